import { serve, launch } from './support.mjs';
const app = await serve(process.argv[2]);
const browser = await launch();
for (let i = 0; i < 5; i++) {
  const context = await browser.newContext({ locale: 'ja-JP', serviceWorkers: 'block' });
  await context.addInitScript(() => {
    window.__marks = {};
    const mo = new MutationObserver(() => {
      if (!window.__marks.boot && !document.getElementById('boot') && document.body) window.__marks.bootGone = performance.now();
      if (!window.__marks.h1 && document.querySelector('main h1')) window.__marks.h1 = performance.now();
      if (!window.__marks.input && document.querySelector('main input')) window.__marks.input = performance.now();
    });
    mo.observe(document, { childList: true, subtree: true });
    const inst = WebAssembly.instantiate;
    WebAssembly.instantiate = function (...a) { const t = performance.now(); return inst.apply(this, a).then((r) => { (window.__marks.inst ??= []).push([Math.round(t), Math.round(performance.now())]); return r; }); };
  });
  const page = await context.newPage();
  await page.goto(app.url + '#/basic', { waitUntil: 'commit' });
  await page.waitForFunction(() => document.querySelector('main input') && !document.querySelector('[data-testid=route-loading]'), null, { polling: 'raf' });
  await page.waitForTimeout(200);
  const r = await page.evaluate(() => ({
    marks: window.__marks,
    res: performance.getEntriesByType('resource').map((e) => [e.name.split('/').pop(), Math.round(e.startTime), Math.round(e.responseEnd)]),
    nav: performance.getEntriesByType('navigation').map((e) => [Math.round(e.responseEnd), Math.round(e.domInteractive), Math.round(e.domContentLoadedEventEnd)]),
  }));
  console.log(JSON.stringify(r));
  await context.close();
}
await browser.close(); await app.close();
