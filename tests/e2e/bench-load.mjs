// The load benchmark (scripts/bench-load.sh runs it; it prints figures and judges nothing).
// Serves the built dist/ and a plain HTML page of the same 基本情報 questions (PLAIN_DIR, made
// from the field registry by `cargo run -p declaration --example plain_page`) with the
// end-to-end tests' static server, which sends the .br/.gz copies as a static host would,
// and prints, in Chromium, side by side in one run:
//   1. the bytes a first visit to #/, #/basic and #/read transfers until the page is ready,
//      as sent raw, gzip and brotli (the service worker blocked, so its precache is apart),
//      and what the service worker precaches after it (every file of the build);
//   2. the median of 7 first visits → first input ready, #/basic against the plain page, and
//      the ratio: when the input is in the document, and when it is also painted (the first
//      contentful paint, if later: a page is blank until its style sheet is here); #/basic's
//      first input is the prerendered page's (scripts/prerender.mjs); then when the app has
//      taken over from it (what is typed is checked and saved from then); the same under a throttled connection (1.6 Mbit/s, 150 ms latency); each
//      over HTTP/1.1 and, when TLS_KEY and TLS_CERT are given, over HTTP/2;
//   3. each route loaded on first use (its chunks not yet fetched): time until its page shows,
//      with the chunks it fetched, unthrottled and throttled.
//   node bench-load.mjs DIST PLAIN_DIR
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, routes } from './support.mjs';

const [distDir, plainDir] = process.argv.slice(2);
if (!distDir || !plainDir) {
  console.error('usage: node bench-load.mjs DIST PLAIN_DIR');
  process.exit(2);
}
const THROTTLE = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 };
const RUNS = 7;
const kib = (n) => (n / 1024).toFixed(1).padStart(7);
const ms = (n) => n.toFixed(0).padStart(6);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const app = await serve(distDir);
const plain = await serve(plainDir);
// The same over HTTP/2 (TLS with a certificate made for this run, which the browser is told
// to accept): one connection carries every request, where HTTP/1.1 queues a page's ~30 files
// on six. TLS_KEY and TLS_CERT name its files (scripts/bench-load.sh makes them).
const tls = process.env.TLS_KEY && { key: await readFile(process.env.TLS_KEY), cert: await readFile(process.env.TLS_CERT) };
const app2 = tls && (await serve(distDir, '/', 0, tls));
const plain2 = tls && (await serve(plainDir, '/', 0, tls));
const browser = await launch();

/** A fresh context and page (a first visit: empty caches), with the DevTools protocol on. */
async function fresh({ throttle = false, encoding = 'br, gzip', workers = 'block' } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP', serviceWorkers: workers, ignoreHTTPSErrors: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': encoding } });
  if (throttle) await cdp.send('Network.emulateNetworkConditions', THROTTLE);
  const bytes = new Map();
  cdp.on('Network.loadingFinished', (e) => bytes.set(e.requestId, e.encodedDataLength));
  const urls = [];
  cdp.on('Network.requestWillBeSent', (e) => urls.push(e.request.url));
  return { context, page, cdp, bytes, urls, total: () => [...bytes.values()].reduce((a, b) => a + b, 0) };
}

/** Waits for the route's page: its code loaded, a heading, and (for a form page) an input;
 * with `app`, the app's own page (the prerendered 基本情報 of a first visit, which takes
 * typing at once, gone: the app took over and saves what is typed). */
function ready(page, wantInput, app = false) {
  return page.waitForFunction(([input, app]) => {
    if (document.querySelector('[data-testid=route-loading]') || !document.querySelector('main h1')) return false;
    if (input && !document.querySelector('main input, main textarea')) return false;
    if (app && document.getElementById('boot')) return false;
    return performance.now();
  }, [wantInput, app], { polling: 'raf', timeout: 60000 }).then((h) => h.jsonValue());
}

/** When the page at time `t` (its input there) was first seen: the first contentful paint if it
 * came later (a page is blank until its style sheet is here, however early its input is in
 * the document). */
function painted(page, t) {
  return page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime, null,
    { polling: 'raf', timeout: 60000 }).then((h) => h.jsonValue()).then((fcp) => Math.max(t, fcp));
}

/** Waits until no request has finished for `quiet` ms. */
async function idle(f, quiet = 400) {
  let last = -1;
  while (f.bytes.size !== last) {
    last = f.bytes.size;
    await new Promise((r) => setTimeout(r, quiet));
  }
}

console.log('load benchmark (Chromium; dist/ served precompressed as a static host would)');
console.log('\n1. bytes transferred on a first visit, until the page is ready (KiB, headers included)');
console.log(`${'route'.padEnd(12)}    raw   gzip brotli  requests`);
for (const route of ['#/', '#/basic', '#/read']) {
  const row = [];
  let requests = 0;
  for (const encoding of ['identity', 'gzip', 'br, gzip']) {
    const f = await fresh({ encoding });
    await f.page.goto(app.url + route);
    await ready(f.page, route === '#/basic', true);
    await idle(f);
    row.push(kib(f.total()));
    requests = f.bytes.size;
    await f.context.close();
  }
  console.log(`${route.padEnd(12)} ${row.join('')}  ${String(requests).padStart(8)}`);
}
{
  // The worker's own requests are not the page's, so its precache is summed from its list.
  const worker = await readFile(join(distDir, 'sw.js'), 'utf8');
  const files = JSON.parse(/const FILES = (\[[\s\S]*?\]);/.exec(worker)[1]);
  let sum = 0;
  for (const f of files) {
    sum += (await stat(join(distDir, f + '.br')).catch(() => stat(join(distDir, f)))).size;
  }
  console.log(`then the service worker precaches every file of the build for offline use: ${files.length} files,`
    + ` ${kib(sum).trim()} KiB brotli in all (fetched past the HTTP cache, so every copy is this build's)`);
}

console.log(`\n2. first visit → first input ready, median of ${RUNS} (ms)`);
const servers = [['HTTP/1.1', plain.url, app.url]];
if (tls) servers.push(['HTTP/2', plain2.url, app2.url]);
for (const throttle of [false, true]) {
  for (const [protocol, plainUrl, appUrl] of servers) {
    const times = { plain: [], app: [], plainSeen: [], appSeen: [], over: [] };
    for (let i = 0; i < RUNS; i++) {
      for (const [name, url] of [['plain', plainUrl], ['app', appUrl + '#/basic']]) {
        const f = await fresh({ throttle, workers: 'allow' });
        await f.page.goto(url, { waitUntil: 'commit' });
        const t = await ready(f.page, true);
        times[name].push(t);
        times[name + 'Seen'].push(await painted(f.page, t));
        if (name === 'app') times.over.push(await ready(f.page, true, true));
        await f.context.close();
      }
    }
    const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
    const label = `${throttle ? 'throttled 1.6 Mbit/s, 150 ms' : 'unthrottled'}, ${protocol}`;
    console.log(`${label.padEnd(38)} in the document: plain page ${ms(m.plain)}   app #/basic ${ms(m.app)}   ratio ${(m.app / m.plain).toFixed(2)}`);
    console.log(`${''.padEnd(38)} painted:         plain page ${ms(m.plainSeen)}   app #/basic ${ms(m.appSeen)}   ratio ${(m.appSeen / m.plainSeen).toFixed(2)}`
      + `   app took over ${ms(m.over)} (${(m.over / m.plainSeen).toFixed(2)}× the plain page painted)`);
  }
}
if (!tls) console.log('(no HTTP/2 figures: TLS_KEY and TLS_CERT are not set)');

console.log('\n3. a route on first use, from #/ (its chunks not yet fetched; ms, chunks fetched, KiB brotli)');
// Every route but the task list (where it starts) and the second glossary address.
const lazyRoutes = routes.filter((r) => r !== '#/' && r !== '#/glossary/ismap');
const firstUse = {};
for (const throttle of [false, true]) {
  const f = await fresh({ throttle });
  await f.page.goto(app.url + '#/');
  await ready(f.page, false);
  await idle(f);
  for (const route of lazyRoutes) {
    const [requests, bytes] = [f.urls.length, f.total()];
    const took = await f.page.evaluate((h) => new Promise((done) => {
      document.querySelector('main h1')?.setAttribute('data-old', '');
      const t0 = performance.now();
      location.hash = h;
      const tick = () => {
        const h1 = document.querySelector('main h1');
        if (h1 && !h1.hasAttribute('data-old') && !document.querySelector('[data-testid=route-loading]')) {
          done(performance.now() - t0);
        } else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }), route);
    await idle(f, 200);
    const chunks = f.urls.slice(requests).filter((u) => u.endsWith('.wasm')).length;
    (firstUse[route] ??= []).push(`${ms(took)} ${String(chunks).padStart(4)} ${kib(f.total() - bytes)}`);
  }
  await f.context.close();
}
console.log(`${'route'.padEnd(18)} ${'unthrottled'.padStart(19)}    ${'throttled'.padStart(19)}`);
for (const route of lazyRoutes) console.log(`${route.padEnd(18)} ${firstUse[route].join('    ')}`);

await browser.close();
await app.close();
await plain.close();
if (tls) { await app2.close(); await plain2.close(); }
