import { serve, launch } from './support.mjs';
const [dir, url2] = process.argv.slice(2);
const app = await serve(dir);
const browser = await launch();
const THROTTLE = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 };
for (let i = 0; i < 3; i++) {
  const context = await browser.newContext({ locale: 'ja-JP', serviceWorkers: 'block' });
  await context.addInitScript(() => {
    window.__m = {};
    new MutationObserver(() => {
      if (!window.__m.input && document.querySelector('main input')) window.__m.input = Math.round(performance.now());
    }).observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', THROTTLE);
  await page.goto(app.url + (url2 ?? '#/basic'), { waitUntil: 'commit' });
  await page.waitForFunction(() => document.querySelector('main input'), null, { polling: 'raf' });
  await page.waitForTimeout(100);
  const r = await page.evaluate(() => ({ m: window.__m, paint: performance.getEntriesByType('paint').map((e) => [e.name.slice(0, 5), Math.round(e.startTime)]),
    res: performance.getEntriesByType('resource').filter((e) => !/chunk_/.test(e.name)).map((e) => [e.name.split('/').pop().slice(0, 12), Math.round(e.startTime), Math.round(e.connectEnd - e.connectStart), Math.round(e.responseStart), Math.round(e.responseEnd)]),
    nav: (({ responseStart, responseEnd, domInteractive }) => [Math.round(responseStart), Math.round(responseEnd), Math.round(domInteractive)])(performance.getEntriesByType('navigation')[0]) }));
  console.log(JSON.stringify(r));
  await context.close();
}
await browser.close(); await app.close();
