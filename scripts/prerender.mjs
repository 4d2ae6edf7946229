// Puts the prerendered page of a first visit into DIST/index.html (scripts/build.sh runs it on
// the release build, after scripts/bundle.mjs): serves DIST, opens PRERENDERED.hash (基本情報)
// in headless Chromium with nothing stored, and takes what the app itself shows there once its
// page is ready (header, save bar, the form: all of <body>), so the snapshot cannot drift from
// the app. In it: comments and empty class attributes dropped, every id and every reference
// to one (for, aria-*, in-page links) prefixed `boot-` so none collides with the app's page
// rendered under it, data-testid dropped (the app's elements keep theirs), and the save bar's
// status says 「読み込み中…」 (nothing is saved until the app takes over). It goes in as
// `<template id="boot-page">` just above the start script at the end of <body>, whose part
// scripts/boot-page.js shows it (scripts/bundle.mjs). Fails when the page is not as expected.
//   node scripts/prerender.mjs DIST
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PRERENDERED } from './pages.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(process.argv[2] ?? '');
if (!process.argv[2]) {
  console.error('usage: node scripts/prerender.mjs DIST');
  process.exit(2);
}
const fail = (message) => {
  console.error(`prerender.mjs: ${message}`);
  process.exit(1);
};
const { serve, launch } = await import(join(root, 'tests/e2e/support.mjs'));

const server = await serve(dist);
const browser = await launch();
let html;
try {
  const context = await browser.newContext({ locale: 'ja-JP', serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url + PRERENDERED.hash);
  await page.waitForFunction((h) => !document.getElementById('boot')
    && !document.querySelector('[data-testid=route-loading]')
    && document.querySelector('body > main h1')?.textContent === h, PRERENDERED.heading, { timeout: 60000 });
  if (errors.length) fail(`the page reported: ${errors.join('; ')}`);
  html = await page.evaluate(() => {
    const box = document.createElement('div');
    for (const el of document.body.children) {
      // Not the shell's own message for an app that could not start (index.html).
      if (!['SCRIPT', 'TEMPLATE', 'NOSCRIPT'].includes(el.tagName) && el.id !== 'boot-failed') box.append(el.cloneNode(true));
    }
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_COMMENT);
    const comments = [];
    while (walker.nextNode()) comments.push(walker.currentNode);
    for (const c of comments) c.remove();
    for (const el of box.querySelectorAll('[class=""]')) el.removeAttribute('class');
    // What a control is without them (its own defaults), in fewer bytes.
    for (const el of box.querySelectorAll('[aria-invalid="false"]')) el.removeAttribute('aria-invalid');
    for (const el of box.querySelectorAll('input[value=""]')) el.removeAttribute('value');
    for (const el of box.querySelectorAll('input[inputmode="text"]')) el.removeAttribute('inputmode');
    for (const el of box.querySelectorAll('[data-testid]')) el.removeAttribute('data-testid');
    for (const el of box.querySelectorAll('[id]')) el.id = 'boot-' + el.id;
    for (const attr of ['for', 'aria-describedby', 'aria-controls', 'aria-labelledby']) {
      for (const el of box.querySelectorAll(`[${attr}]`)) {
        const ids = el.getAttribute(attr).split(/\s+/).filter(Boolean);
        if (ids.length) el.setAttribute(attr, ids.map((id) => 'boot-' + id).join(' '));
        else el.removeAttribute(attr);
      }
    }
    for (const a of box.querySelectorAll('a[href^="#"]:not([href^="#/"])')) {
      a.setAttribute('href', '#boot-' + a.getAttribute('href').slice(1));
    }
    const status = box.querySelector('.save-bar__status');
    if (status) status.textContent = '読み込み中…';
    return box.innerHTML;
  });
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
if (!/<main[^>]*id="boot-main"[\s\S]*<h1[^>]*>基本情報<\/h1>[\s\S]*<input/.test(html)) fail('the snapshot has no 基本情報 heading and form');
if (/<script|\son[a-z]+=|\sstyle=/i.test(html)) fail('the snapshot would hold a script, handler or style attribute');

const index = join(dist, 'index.html');
const page = await readFile(index, 'utf8');
const startTag = page.match(/<script src="\.\/start-[0-9a-f]+\.js"[^>]*><\/script>/);
if (!startTag || page.includes('id="boot-page"')) fail('index.html is not the one scripts/bundle.mjs wrote (no start script)');
const tags = `<template id="boot-page">${html}</template>`;
await writeFile(index, page.replace(startTag[0], () => tags + startTag[0]));
console.log(`prerender.mjs: ${PRERENDERED.hash} prerendered into index.html (${html.length} characters)`);
