// The shell index.html shows before the wasm runs (issue 14): the product name and
// 「読み込み中…」 styled by the CSS while the module is on its way, a <noscript> message in
// Japanese and English when JavaScript is off, and none of it left once the app is up; the
// wasm comes as its brotli copy; a deep link's chunks are fetched beside the main module,
// each once, exactly those its page needs; a page whose code cannot be fetched offers to reload,
// and so does the shell when the app cannot start at all (no main module, or an altered one).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dist, output, appAndBrowser, openPage, axe, settled, routes } from './support.mjs';
import { controlId } from './fill.mjs';

const shots = join(output, 'screenshots');
const app = appAndBrowser(join(output, 'exports'));

test('the page says it is loading until the wasm arrives, then the app replaces it', async () => {
  const context = await app.browser.newContext({ locale: 'ja-JP', serviceWorkers: 'block' });
  const page = await context.newPage();
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(/\.wasm$/, async (route) => { await held; await route.continue(); });
  const wasm = page.waitForResponse(/\.wasm$/);
  // Not #/basic: a first visit there shows its prerendered form (prerender.test.mjs).
  await page.goto(app.server.url + '#/entrustment');
  const loading = page.locator('#boot [role=status]');
  await loading.waitFor();
  assert.match(await loading.textContent(), /読み込み中…/);
  assert.equal(await page.locator('#boot .header__name').textContent(), 'クラウド再委託 自己申告書');
  const size = await loading.evaluate((e) => getComputedStyle(e).fontSize);
  assert.equal(size, '20px', 'styled by the CSS before the wasm');
  await page.screenshot({ path: join(shots, 'shell-loading.png') });
  release();
  assert.equal((await wasm).headers()['content-encoding'], 'br', 'the .br copy is sent (scripts/compress.mjs)');
  await page.waitForSelector('main h1');
  assert.equal(await page.locator('#boot').count(), 0, 'the shell is gone');
  assert.equal(await page.locator('header').count(), 1, 'one header');
  await axe(page, 'the form after the shell');
  await context.close();
});

test('a first visit fetches the chunks of its page beside the main module: every route, each file once, none unused', async () => {
  const name = (url) => new URL(url, 'http://x/').pathname.split('/').pop();
  const chunks = (urls) => urls.map(name).filter((n) => /^(chunk_|split_).*\.wasm$/.test(n)).sort();
  const wrong = [];
  /** Opens `route` in `context` and notes what differs between the preloads and the chunks
   * the app asked for, or what was downloaded twice. */
  const check = async (context, route, label = route) => {
    const page = await context.newPage();
    await page.goto(app.server.url + route);
    await page.waitForFunction(() => !document.getElementById('boot') && document.querySelector('main h1') && !document.querySelector('[data-testid=route-loading]'));
    await page.waitForTimeout(300);
    const seen = await page.evaluate(() => ({
      preloaded: [...document.querySelectorAll('link[rel=preload][as=fetch]')].map((l) => l.href),
      asked: window.__asked,
      loaded: performance.getEntriesByType('resource').map((e) => e.name),
    }));
    const [preloaded, asked] = [chunks(seen.preloaded), chunks(seen.asked)];
    if (preloaded.join() !== asked.join()) wrong.push(`${label}: preloaded ${preloaded.join(' ') || 'none'}, its page asked for ${asked.join(' ') || 'none'}`);
    const twice = seen.loaded.map(name).filter((n, i, all) => n.endsWith('.wasm') && all.indexOf(n) !== i);
    if (twice.length) wrong.push(`${label}: downloaded twice: ${twice.join(' ')}`);
    return { page, asked };
  };
  const fresh = async () => {
    const context = await app.browser.newContext({ locale: 'ja-JP', serviceWorkers: 'block' });
    // What the app itself asks for (__wasm_split.js loads a chunk with fetch).
    await context.addInitScript(() => {
      const asked = (window.__asked = []);
      const fetch = window.fetch;
      window.fetch = function (input, init) {
        asked.push(String(input instanceof Request ? input.url : input));
        return fetch.call(this, input, init);
      };
    });
    return context;
  };
  for (const route of routes) {
    const context = await fresh();
    const { asked } = await check(context, route);
    if (route !== '#/' && asked.length === 0) wrong.push(`${route}: no chunk (is this route not lazy any more?)`);
    if (route === '#/' && asked.length !== 0) wrong.push(`#/: a first visit fetched ${chunks(asked).join(' ')}`);
    await context.close();
  }
  // A returning user: a draft is stored, so the task list needs the reader of stored records.
  const context = await fresh();
  const { page } = await check(context, '#/basic');
  await page.locator('#' + controlId('basic.municipality')).fill('三重県○○市');
  await page.getByText('保存しました').first().waitFor();
  const again = await check(context, '#/', '#/ with a draft stored');
  if (again.asked.length === 0) wrong.push('#/ with a draft stored: the reader was not fetched');
  assert.equal(await again.page.locator('#' + controlId('basic.municipality')).count(), 0);
  await again.page.goto(app.server.url + '#/basic');
  await again.page.reload();
  await settled(again.page, '基本情報');
  assert.equal(await again.page.locator('#' + controlId('basic.municipality')).inputValue(), '三重県○○市', 'the stored draft is read back');
  await context.close();
  assert.deepEqual(wrong, [], 'scripts/bundle.mjs PAGES and src/pages/mod.rs Pages must agree');
});

test('the main module is downloaded once and compiled as it comes, however late the start script', async () => {
  // The start script starts the main module's download and compilation, and instantiates it
  // (an earlier build had a boot module beside it, which on a loaded machine could run first
  // and fetch the module a second time). Held 1.5 s, it still fetches it once.
  const mains = [];
  for (const delay of [0, 1500]) {
    const context = await app.browser.newContext({ locale: 'ja-JP', serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const main = [];
    page.on('request', (r) => { if (/declaration-app_bg\.wasm$/.test(r.url())) main.push(r.url()); });
    await page.route(/\/start-[0-9a-f]+\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, delay));
      await route.continue();
    });
    await page.goto(app.server.url + '#/basic');
    await settled(page, '基本情報');
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource')
      .filter((e) => e.name.endsWith('declaration-app_bg.wasm')).length);
    mains.push(`start script held ${delay} ms: ${main.length} request(s), ${loaded} download(s)`);
    assert.deepEqual(errors, [], `no error with the start script held ${delay} ms`);
    await context.close();
  }
  assert.deepEqual(mains, [
    'start script held 0 ms: 1 request(s), 1 download(s)',
    'start script held 1500 ms: 1 request(s), 1 download(s)',
  ]);
});

test('a host that serves the wasm as application/octet-stream still gets a working form', async () => {
  // compileStreaming refuses a module without the wasm type; the start script then compiles
  // the bytes it fetched (and checked) whole, with no second download.
  const context = await app.browser.newContext({ locale: 'ja-JP', serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.route(/declaration-app_bg\.wasm$/, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers(), 'content-type': 'application/octet-stream' };
    delete headers['content-encoding'];
    delete headers['content-length'];
    await route.fulfill({ status: 200, headers, body: await response.body() });
  });
  await page.goto(app.server.url + '#/basic');
  await settled(page, '基本情報');
  await page.locator('#' + controlId('basic.municipality')).fill('三重県○○市');
  await page.getByText('保存しました').first().waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a glue or main module altered on the way does not run: their integrity is checked', async () => {
  for (const file of [/declaration-app\.js$/, /declaration-app_bg\.wasm$/]) {
    const context = await app.browser.newContext({ locale: 'ja-JP', serviceWorkers: 'block' });
    const page = await context.newPage();
    const messages = [];
    page.on('console', (m) => messages.push(m.text()));
    page.on('pageerror', (e) => messages.push(String(e)));
    await page.route(file, async (route) => {
      const response = await route.fetch();
      // Still a valid file: a comment, or an empty custom section named "x".
      const body = Buffer.concat([await response.body(), Buffer.from(String(file).includes('wasm') ? [0, 2, 1, 0x78] : '\n;')]);
      const headers = { ...response.headers() };
      delete headers['content-encoding'];
      delete headers['content-length'];
      await route.fulfill({ status: 200, headers, body });
    });
    await page.goto(app.server.url + '#/');
    await page.waitForTimeout(1500);
    assert.equal(await page.locator('body > main h1').count(), 0, `${file}: the app did not start`);
    assert.ok(messages.some((m) => /integrity/i.test(m)), `${file}: the browser says why: ${messages.join(' | ')}`);
    assert.ok(await page.locator('#boot-failed').isVisible(), `${file}: the page says it could not load`);
    await context.close();
  }
});

test('the main module imports the glue\'s functions by short names, and the glue names each once', async () => {
  // scripts/imports.mjs: wasm-bindgen's `__wbg_<name>_<16 hex digits>` cost a first visit
  // ~4 KiB brotli, in the wasm and again in the glue.
  const folder = (await readdir(dist)).find((n) => /^app-[0-9a-f]{16}$/.test(n));
  const wasm = await readFile(join(dist, folder, 'declaration-app_bg.wasm'));
  const glue = await readFile(join(dist, folder, 'declaration-app.js'), 'utf8');
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(wasm));
  const fromGlue = imports.filter((i) => i.module === 'w');
  assert.ok(fromGlue.length > 100, `${fromGlue.length} functions of the glue imported`);
  assert.deepEqual(imports.filter((i) => i.module !== 'w' && i.module !== './__wasm_split.js'), [], 'no other module');
  for (const { name } of fromGlue) {
    assert.match(name, /^[a-z]{1,2}$/, 'a short name');
    assert.equal(glue.match(new RegExp(`(?<![\\w$])${name}:function`, 'g'))?.length, 1, `the glue defines ${name} once`);
  }
  assert.doesNotMatch(glue, /__wbg_\w+_[0-9a-f]{16}\b/, 'no hashed name is left in the glue');
});

test('a main module that cannot be fetched: the page says so in Japanese and English, and its button reloads into the app', async () => {
  const context = await app.browser.newContext({ locale: 'ja-JP', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route(/declaration-app_bg\.wasm$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto(app.server.url + '#/');
  const failed = page.locator('#boot-failed');
  await failed.waitFor();
  const alert = page.locator('#boot main > #boot-failed[role=alert]');
  assert.match(await alert.textContent(), /^申告書フォームを読み込めませんでした。通信できることを確かめてから、再読み込みしてください。/);
  assert.equal(await alert.locator('[lang=en] strong').textContent(), 'The form could not be loaded.');
  assert.equal(await page.locator('#boot .boot__loading').isVisible(), false, 'it no longer says it is loading');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), '再読み込み Reload', 'its reload button has the focus');
  await axe(page, 'the shell when the app could not start');
  await page.screenshot({ path: join(shots, 'shell-failed.png') });
  await page.unroute(/declaration-app_bg\.wasm$/);
  await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
  await settled(page, '申告書を作成する');
  assert.equal(await failed.isVisible(), false, 'the app is up and the message is gone');
  await context.close();
});

test('the service worker registers only once the first page is there (its precache waits for the page)', async () => {
  const context = await app.browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(/split_simple_sections\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.goto(app.server.url + '#/basic');
  // The app's page, under the prerendered one (hidden until the app takes over).
  await page.locator('[data-testid=route-loading]').waitFor({ state: 'attached' });
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(async () => String(await navigator.serviceWorker.getRegistration())), 'undefined',
    'no worker while the page\'s code is on its way');
  release();
  await settled(page, '基本情報');
  await page.waitForFunction(async () => Boolean(await navigator.serviceWorker.getRegistration()));
  await context.close();
});

test('with JavaScript off, the page says in Japanese and English what to do', async () => {
  const context = await app.browser.newContext({ locale: 'ja-JP', javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(app.server.url);
  const text = await page.locator('noscript').evaluate((n) => n.textContent).catch(() => '');
  const shown = await page.locator('body').innerText();
  assert.match(shown, /JavaScript を有効にしてください/, text);
  assert.match(shown, /This form needs JavaScript/);
  assert.doesNotMatch(shown, /読み込み中/, 'nothing is loading');
  await page.screenshot({ path: join(shots, 'shell-noscript.png') });
  await context.close();
});

test('a page whose code cannot be fetched (a new version deployed) says so and reloads; the draft is kept', async () => {
  const context = await app.browser.newContext({ locale: 'ja-JP', serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(app.server.url + '#/basic');
  const input = page.locator('#' + controlId('basic.municipality'));
  await input.fill('三重県○○市');
  await page.getByText('保存しました').first().waitFor();
  // What the old page asks for next is gone from the host, as after a deploy.
  const missing = [];
  await page.route(/\/(chunk_|split_)[^/]*\.wasm$/, (route) => {
    missing.push(route.request().url());
    return route.fulfill({ status: 404, body: 'not found' });
  });
  await page.evaluate(() => { location.hash = '#/review'; });
  const failed = page.getByTestId('route-failed');
  await failed.waitFor();
  assert.ok(missing.length > 0, 'the review page asked for its chunks');
  assert.equal(await failed.locator('h1').textContent(), 'このページを読み込めませんでした');
  assert.match(await failed.textContent(), /入力した内容はこの端末に保存されています/);
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1', 'the alert\'s heading has the focus');
  await axe(page, 'a page that could not be loaded');
  await page.screenshot({ path: join(shots, 'route-failed.png') });
  await page.unroute(/\/(chunk_|split_)[^/]*\.wasm$/);
  await Promise.all([page.waitForEvent('load'), page.getByTestId('route-reload').click()]);
  await settled(page, '記入内容の確認');
  assert.ok((await page.locator('main').textContent()).includes('三重県○○市'), 'the draft came back');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the task list needs no checks for a blank draft, and waits for them once the draft has answers', async () => {
  const context = await app.browser.newContext({ locale: 'ja-JP', serviceWorkers: 'block' });
  const page = await context.newPage();
  const wasm = [];
  page.on('request', (r) => { if (/\/(chunk_|split_)[^/]*\.wasm$/.test(r.url())) wasm.push(r.url()); });
  await page.goto(app.server.url + '#/');
  await page.locator('main h1').waitFor();
  // A first visit: the blank draft's states and verdict, with no chunk fetched for them.
  assert.equal(await page.getByTestId('verdict-tally').textContent(), '条件11件中 適合0・不適合0・未入力11');
  assert.equal(await page.locator('[data-section=basic]').getAttribute('data-state'), 'NotStarted');
  assert.equal(await page.locator('[data-section=subcontractors]').getAttribute('data-state'), 'Undecided');
  assert.deepEqual(wasm, [], 'a first visit to #/ fetches no chunk');
  // One answer of 基本情報: in progress (its other answers are missing), not complete.
  await page.evaluate(() => { location.hash = '#/basic'; });
  await settled(page, '基本情報');
  await page.locator('#' + controlId('basic.municipality')).fill('三重県○○市');
  await page.getByText('保存しました').first().waitFor();
  // Back later: the task list of the stored draft, whose checks come from their own chunk.
  const later = await context.newPage();
  await later.goto(app.server.url + '#/');
  await later.locator('[data-section=basic]').waitFor();
  assert.equal(await later.locator('[data-section=basic]').getAttribute('data-state'), 'InProgress');
  assert.equal(await later.getByTestId('verdict-tally').textContent(), '条件11件中 適合0・不適合0・未入力11');
  await later.close();
  // The checks' chunk cannot be fetched: no wrong state, the page says so and offers a reload.
  const cut = await context.newPage();
  await cut.route(/split_draft_checker\.wasm$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await cut.goto(app.server.url + '#/');
  await cut.getByTestId('route-failed').waitFor();
  assert.equal(await cut.locator('[data-section=basic]').count(), 0, 'no task list with unchecked states');
  await cut.unroute(/split_draft_checker\.wasm$/);
  await Promise.all([cut.waitForEvent('load'), cut.getByTestId('route-reload').click()]);
  await cut.locator('[data-section=basic]').waitFor();
  assert.equal(await cut.locator('[data-section=basic]').getAttribute('data-state'), 'InProgress');
  await context.close();
});
