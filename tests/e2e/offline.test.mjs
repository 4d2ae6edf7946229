// Offline use, in a real Chromium: after one visit the service worker (dist/sw.js, written by
// scripts/sw.mjs) serves the app with the network gone; a new build waits and is offered by
// 「新しい版があります」, and 「更新する」 switches to it; the built dist/ works from a sub-path;
// and no request ever leaves the app's own origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFile, cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, openPage, dist, fixtures, root, routes, untilControlled } from './support.mjs';
import { controlId } from './fill.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The VERSION written into `dir`/sw.js. */
async function versionOf(dir) {
  const match = /const VERSION = "([0-9a-f]+)";/.exec(await readFile(join(dir, 'sw.js'), 'utf8'));
  assert.ok(match, `${dir}/sw.js has a version`);
  return match[1];
}

/** Opens the task list's link to the basic section and checks its page works. */
async function basicSectionWorks(page) {
  await page.getByRole('link', { name: /基本情報/ }).first().click();
  await page.waitForFunction(() => location.hash === '#/basic');
  const input = page.locator('#' + controlId('basic.municipality'));
  await input.waitFor();
  await input.fill('三重県○○市');
  assert.equal(await input.inputValue(), '三重県○○市');
}

const cacheNames = (page) => page.evaluate(() => caches.keys());

test('after one visit the app opens offline: reload with the network and the server gone', async () => {
  const server = await serve();
  const { context, page, errors } = await openPage(browser, server.url);
  await untilControlled(page);
  const version = await versionOf(dist);
  assert.ok((await cacheNames(page)).some((n) => n.endsWith(':' + version)), 'a cache of this build');
  await context.setOffline(true);
  await server.close();
  const response = await page.reload();
  assert.ok(response.fromServiceWorker(), 'the page came from the service worker');
  await page.waitForSelector('main h1');
  assert.match(await page.locator('main h1').textContent(), /\S/);
  assert.equal(await page.locator('header').isVisible(), true);
  await basicSectionWorks(page);
  assert.deepEqual(errors, []);
  await context.close();
});

test('after one visit to #/ only, every route opens offline: its chunks came with the service worker', async () => {
  const server = await serve();
  const { context, page, errors, requests } = await openPage(browser, server.url);
  await untilControlled(page);
  const chunks = (await readdir(join(dist, (await readdir(dist)).find((f) => f.startsWith('app-')))))
    .filter((f) => /^(chunk_|split_).*\.wasm$/.test(f));
  const fetchedOnline = requests.filter((u) => /\/(chunk_|split_)[^/]*\.wasm$/.test(u)).length;
  console.log(`# offline: ${chunks.length} chunks in the build, ${fetchedOnline} fetched by the page online`);
  assert.ok(chunks.length > 0, 'the release build is split into chunks');
  await context.setOffline(true);
  await server.close();
  for (const hash of routes) {
    await page.evaluate((h) => { location.hash = h; }, hash);
    await page.waitForFunction(() => !document.querySelector('[data-testid=route-loading]')
      && document.querySelector('main h1'), null, { timeout: 10000 });
    assert.equal(await page.locator('[data-testid=route-failed]').count(), 0, `${hash} loaded its code`);
    assert.match(await page.locator('main h1').first().textContent(), /\S/, `${hash} has a heading`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('a new build: the old worker keeps serving, the new one is offered and takes over on 更新する', async (t) => {
  const copy = await mkdtemp(join(tmpdir(), 'declaration-dist-'));
  await cp(dist, copy, { recursive: true });
  const server = await serve(copy);
  const { context, page } = await openPage(browser, server.url);
  try {
    const before = await versionOf(copy);
    await untilControlled(page);
    await basicSectionWorks(page);
    assert.equal(await page.getByText('新しい版があります').count(), 0, 'no prompt without an update');

    // The "rebuild": one asset changes, and the service worker and the compressed copies the
    // server sends are written again, as scripts/build.sh does.
    const css = (await readdir(copy)).find((f) => f.endsWith('.css'));
    await appendFile(join(copy, css), '\n/* rebuilt */\n');
    execFileSync(process.execPath, [join(root, 'scripts/sw.mjs'), copy], { stdio: 'ignore' });
    execFileSync(process.execPath, [join(root, 'scripts/compress.mjs'), copy], { stdio: 'ignore' });
    const after = await versionOf(copy);
    assert.notEqual(after, before);

    await t.test('the reload is still served by the old worker, which offers the new version', async () => {
      await page.reload();
      await page.waitForSelector('main h1');
      const prompt = page.locator('[role=status]').filter({ hasText: '新しい版があります' });
      await prompt.waitFor({ timeout: 20000 });
      assert.match(await prompt.textContent(), /入力中の下書きは保存されたまま残ります/);
      assert.equal(await page.locator('[role=alert]').filter({ hasText: '新しい版' }).count(), 0);
      const cached = await cacheNames(page);
      assert.ok(cached.some((n) => n.endsWith(':' + before)), 'the old cache is kept while the new one waits');
      const css = await page.evaluate(() => fetch(document.querySelector('link[rel=stylesheet]').href).then((r) => r.text()));
      assert.ok(!css.includes('rebuilt'), 'the page still runs on the old files');
    });

    await t.test('更新する reloads the page under the new worker; the old cache is gone', async () => {
      const reloaded = page.waitForEvent('load');
      await page.getByRole('button', { name: '更新する' }).click();
      await reloaded;
      await page.waitForSelector('main h1');
      await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
      const cached = await cacheNames(page);
      assert.ok(cached.some((n) => n.endsWith(':' + after)), `new cache in ${cached}`);
      assert.ok(!cached.some((n) => n.endsWith(':' + before)), `old cache deleted from ${cached}`);
      const css = await page.evaluate(() => fetch(document.querySelector('link[rel=stylesheet]').href).then((r) => r.text()));
      assert.ok(css.includes('rebuilt'), 'the page now runs on the new files');
      assert.equal(await page.getByText('新しい版があります').count(), 0, 'no prompt after the update');
    });

    await t.test('the draft typed before the update is intact under the new version', async () => {
      await page.goto(server.url + '#/basic');
      const input = page.locator('#' + controlId('basic.municipality'));
      await input.waitFor();
      assert.equal(await input.inputValue(), '三重県○○市');
      const stored = await page.evaluate(() => Object.keys(localStorage)
        .filter((k) => k.startsWith('cloud-decl/v1/draft/'))
        .map((k) => JSON.parse(localStorage.getItem(k)).declaration.basic.municipality));
      assert.deepEqual(stored, ['三重県○○市']);
    });
  } finally {
    await context.close();
    await server.close();
    await rm(copy, { recursive: true, force: true });
  }
});

test('served from a sub-path: everything stays under it, the worker\'s scope and the manifest\'s are the sub-path', async () => {
  const server = await serve(dist, '/forms/declaration/');
  const { context, page, errors, requests } = await openPage(browser, server.url);
  context.on('request', (r) => requests.push(r.url()));
  try {
    await untilControlled(page);
    await page.reload();
    await page.waitForSelector('main h1');
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope);
    assert.equal(scope, server.url);
    const header = await page.locator('header').evaluate((e) => getComputedStyle(e).backgroundColor);
    assert.equal(header, 'rgb(11, 12, 12)', 'main.css is applied');
    const { errors: manifestErrors, manifest } = await (await context.newCDPSession(page)).send('Page.getAppManifest');
    assert.deepEqual(manifestErrors, []);
    assert.equal(manifest.startUrl, server.url);
    assert.equal(manifest.scope, server.url);
    assert.ok(manifest.icons.some((i) => i.sizes === '512x512'), 'a 512 px icon');
    await basicSectionWorks(page);
    assert.ok(requests.length > 0);
    assert.deepEqual(requests.filter((u) => !u.startsWith(server.url)), [], 'every request under the sub-path');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await server.close();
  }
});

test('every request of a session stays on the app\'s own origin (no fonts, no CDN)', async () => {
  const server = await serve();
  const { context, page, requests } = await openPage(browser, server.url);
  const fromContext = [];
  context.on('request', (r) => fromContext.push(r.url()));
  try {
    await untilControlled(page);
    await basicSectionWorks(page);
    await page.getByRole('link', { name: 'タスク一覧へ戻る' }).click();
    await page.getByRole('link', { name: /委託の概要/ }).first().click();
    await page.waitForFunction(() => location.hash === '#/entrustment');
    await page.waitForSelector('main h1');
    await page.getByRole('link', { name: '申告書を読む' }).click();
    await page.getByLabel('申告書ファイル（JSON）を開く').setInputFiles(join(fixtures, 'compliant.json'));
    await page.waitForSelector('table.verdict tbody tr');
    const origin = new URL(server.url).origin;
    const all = [...requests, ...fromContext];
    assert.ok(all.length > 3, 'the log saw the app load');
    assert.deepEqual(all.filter((u) => new URL(u).origin !== origin), [], 'only the app\'s own origin');
  } finally {
    await context.close();
    await server.close();
  }
});
