import { chromium } from 'playwright-core';
import http from 'node:http';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const ctxs = {}; const pages = {};
const logs = [];
async function ctx(name, vp) {
  if (!ctxs[name]) {
    ctxs[name] = await browser.newContext({ locale: 'ja-JP', viewport: vp || { width: 1280, height: 800 }, acceptDownloads: true });
    pages[name] = await ctxs[name].newPage();
    pages[name].on('console', m => logs.push(`[${name}] ${m.type()}: ${m.text()}`));
    pages[name].on('pageerror', e => logs.push(`[${name}] PAGEERROR: ${e.message}`));
  }
  return pages[name];
}
const AsyncFunction = Object.getPrototypeOf(async function(){}).constructor;
const state = {};
http.createServer(async (req, res) => {
  let body = ''; for await (const c of req) body += c;
  try {
    const fn = new AsyncFunction('ctx','pages','ctxs','browser','state','logs', body);
    const r = await fn(ctx, pages, ctxs, browser, state, logs);
    res.end(typeof r === 'string' ? r : JSON.stringify(r, null, 1));
  } catch (e) { res.end('ERROR: ' + e.stack); }
}).listen(9333, () => console.log('driver ready'));
