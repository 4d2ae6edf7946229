import { serve, launch } from './support.mjs';
const app = await serve(process.argv[2]);
const browser = await launch();
for (let i = 0; i < 4; i++) {
  const context = await browser.newContext({ locale: 'ja-JP', serviceWorkers: 'block' });
  await context.addInitScript(() => {
    window.__m = {};
    document.addEventListener('DOMContentLoaded', () => { window.__m.dcl = Math.round(performance.now()); });
    new MutationObserver(() => {
      if (!window.__m.pre && document.getElementById('boot')?.hasAttribute('data-prerendered')) window.__m.pre = Math.round(performance.now());
      if (!window.__m.boot && document.getElementById('boot')) window.__m.boot = Math.round(performance.now());
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
  const page = await context.newPage();
  await page.goto(app.url + '#/basic', { waitUntil: 'commit' });
  await page.waitForFunction(() => !document.getElementById('boot') && document.querySelector('main input'), null, { polling: 'raf' });
  const r = await page.evaluate(() => ({ m: window.__m, paint: performance.getEntriesByType('paint').map((e) => [e.name, Math.round(e.startTime)]),
    res: performance.getEntriesByType('resource').filter((e) => !/chunk_/.test(e.name)).map((e) => [e.name.split('/').pop().slice(0, 24), Math.round(e.startTime), Math.round(e.responseEnd)]),
    nav: (({ responseEnd, domInteractive }) => [Math.round(responseEnd), Math.round(domInteractive)])(performance.getEntriesByType('navigation')[0]) }));
  console.log(JSON.stringify(r));
  await context.close();
}
await browser.close(); await app.close();
