// Drafts that are never lost, in a real Chromium: autosave then reload (and a reload at
// once, inside the debounce), a closed and reopened browser with a persistent profile, two
// tabs on one draft, a full localStorage, a corrupt stored record, storage switched off,
// export then import round trip, drag and drop, and an invalid import that changes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve, launch, openPage, fixtures, output, chromiumArgs, appAndBrowser } from './support.mjs';
import { controlId } from './fill.mjs';

const PREFIX = 'cloud-decl/v1/draft/';
const municipality = '#' + controlId('basic.municipality');
const system = '#' + controlId('basic.system_name');

const app = appAndBrowser(join(output, 'exports'));

/** Goes to the basic section's page. */
async function toBasic(page) {
  await page.goto(app.server.url + '#/basic');
  await page.waitForSelector(municipality);
}

/** Types `text` into the control `sel` as a user does (key by key), then leaves it. */
async function type(page, sel, text) {
  await page.locator(sel).fill('');
  await page.locator(sel).pressSequentially(text);
  await page.locator(sel).blur();
}

/** The stored drafts of the page's origin, parsed. */
const stored = (page) => page.evaluate((prefix) => Object.keys(localStorage)
  .filter((k) => k.startsWith(prefix))
  .map((k) => JSON.parse(localStorage.getItem(k))), PREFIX);

const savedStatus = (page) => page.waitForFunction(
  () => /保存しました/.test(document.querySelector('[data-testid=save-status]')?.textContent ?? ''));

test('typed words come back after a reload, also when the reload comes inside the debounce', async () => {
  const { context, page, errors } = await openPage(app.browser, app.server.url);
  await toBasic(page);
  await type(page, municipality, '津市');
  // A figure, not a judgement: how long after the last keystroke the words were stored.
  const ms = await page.evaluate((prefix) => new Promise((done) => {
    const start = performance.now();
    const poll = () => {
      const stored = Object.keys(localStorage).filter((k) => k.startsWith(prefix))
        .some((k) => localStorage.getItem(k).includes('津市'));
      if (stored) done(performance.now() - start); else setTimeout(poll, 5);
    };
    poll();
  }), PREFIX);
  console.log(`autosave: stored ${Math.round(ms)} ms after leaving the field (debounce 250 ms)`);
  await savedStatus(page);
  assert.match(await page.locator('[data-testid=save-status]').textContent(), /^保存しました \d\d:\d\d:\d\d$/);
  await page.reload();
  await page.waitForSelector(municipality);
  assert.equal(await page.inputValue(municipality), '津市');
  // Typed, and the page reloads at once: the pagehide flush must have saved it.
  await page.locator(system).fill('国保総合システム');
  await page.reload();
  await page.waitForSelector(system);
  assert.equal(await page.inputValue(system), '国保総合システム');
  assert.equal(await page.inputValue(municipality), '津市');
  assert.deepEqual(errors, []);
  await context.close();
});

test('closing the browser and opening it again with the same profile keeps the draft', async () => {
  const profile = await mkdtemp(join(tmpdir(), 'decl-profile-'));
  const open = () => chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs, locale: 'ja-JP',
  });
  try {
    let ctx = await open();
    let page = ctx.pages()[0] ?? await ctx.newPage();
    await toBasic(page);
    await type(page, municipality, '四日市市');
    await savedStatus(page);
    await ctx.close();
    ctx = await open();
    page = ctx.pages()[0] ?? await ctx.newPage();
    await toBasic(page);
    assert.equal(await page.inputValue(municipality), '四日市市');
    await ctx.close();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});

test('two tabs on one draft: the newer version is never silently overwritten', async () => {
  const { context, page: a } = await openPage(app.browser, app.server.url);
  await toBasic(a);
  await type(a, municipality, '伊勢市');
  await savedStatus(a);
  const b = await context.newPage();
  await toBasic(b);
  assert.equal(await b.inputValue(municipality), '伊勢市');
  // A saves; B, with nothing unsaved, follows A.
  await type(a, municipality, '伊勢市（A）');
  await b.waitForFunction((sel) => document.querySelector(sel).value === '伊勢市（A）', municipality);
  // B has words it could not save yet (its writes are refused for a moment) when A saves:
  // B must stop and ask, and nothing is lost.
  await b.evaluate(() => {
    window.realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await type(b, system, 'Bのシステム');
  await b.waitForSelector('[data-testid=save-refused]');
  await b.evaluate(() => { Storage.prototype.setItem = window.realSetItem; });
  await type(a, system, 'Aのシステム');
  await b.waitForSelector('[data-testid=changed-elsewhere]');
  assert.match(await b.locator('[data-testid=changed-elsewhere]').textContent(), /別のタブ/);
  assert.equal(await b.inputValue(system), 'Bのシステム', 'B still shows its own words');
  // B typing on does not overwrite A's version.
  await type(b, system, 'Bのシステム2');
  await b.waitForTimeout(600);
  assert.deepEqual((await stored(a)).map((r) => r.declaration.basic?.system_name), ['Aのシステム']);
  await b.getByTestId('keep-both').click();
  await savedStatus(b);
  const systems = (await stored(a)).map((r) => r.declaration.basic?.system_name).sort();
  assert.deepEqual(systems, ['Aのシステム', 'Bのシステム2']);
  await context.close();
});

test('a full localStorage: the failure is said, the words stay, and the next change after space is freed saves', async () => {
  const { context, page } = await openPage(app.browser, app.server.url);
  await toBasic(page);
  await page.evaluate(() => {
    const chunk = 'x'.repeat(256 * 1024);
    for (let i = 0; ; i++) {
      try { localStorage.setItem(`filler-${i}`, chunk); } catch { break; }
    }
    // Top up with small pieces so not even a small draft fits.
    for (let i = 0; ; i++) {
      try { localStorage.setItem(`filler-small-${i}`, 'x'.repeat(512)); } catch { break; }
    }
  });
  await type(page, municipality, '松阪市');
  await page.waitForSelector('[data-testid=save-refused]');
  assert.match(await page.locator('[data-testid=save-status]').textContent(), /保存できませんでした/);
  assert.match(await page.locator('[data-testid=save-refused]').textContent(), /いっぱい/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-testid=save-refused] [data-testid=trouble-export]').click(),
  ]);
  const file = join(output, 'exports', 'quota-rescue.json');
  await download.saveAs(file);
  assert.equal(JSON.parse(await readFile(file, 'utf8')).basic.municipality, '松阪市');
  assert.equal(await page.inputValue(municipality), '松阪市');
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler-')).forEach((k) => localStorage.removeItem(k)));
  await type(page, municipality, '松阪市役所');
  await savedStatus(page);
  await page.waitForSelector('[data-testid=save-refused]', { state: 'detached' });
  assert.equal((await stored(page))[0].declaration.basic.municipality, '松阪市役所');
  await context.close();
});

test('a corrupt stored record: the app starts, says so, keeps the record and offers its raw data', async () => {
  const { context, page, errors } = await openPage(app.browser, app.server.url);
  await page.evaluate((prefix) => localStorage.setItem(prefix + 'broken-1', '{"revision": 3, "declaration": {'), PREFIX);
  await page.reload();
  await page.waitForSelector('[data-testid=unreadable]');
  assert.equal(await page.getAttribute('[data-testid=unreadable]', 'role'), 'alert');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-raw').click(),
  ]);
  const file = join(output, 'exports', 'corrupt-raw.txt');
  await download.saveAs(file);
  assert.equal(await readFile(file, 'utf8'), '{"revision": 3, "declaration": {');
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), PREFIX + 'broken-1'), '{"revision": 3, "declaration": {');
  // The form still works and saves.
  await toBasic(page);
  await type(page, municipality, '鈴鹿市');
  await savedStatus(page);
  assert.deepEqual(errors, []);
  await context.close();
});

test('storage switched off (it throws): the app starts, says so, and the draft can be exported', async () => {
  const context = await app.browser.newContext({ locale: 'ja-JP' });
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  const page = await context.newPage();
  await page.goto(app.server.url + '#/basic');
  await page.waitForSelector('[data-testid=storage-unavailable]');
  assert.match(await page.locator('[data-testid=storage-unavailable]').textContent(), /保存/);
  assert.match(await page.locator('[data-testid=save-status]').textContent(), /^保存できませんでした — このブラウザでは下書きを保存できません/);
  await type(page, municipality, '桑名市');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-any').click(),
  ]);
  const file = join(output, 'exports', 'no-storage.json');
  await download.saveAs(file);
  assert.equal(JSON.parse(await readFile(file, 'utf8')).basic.municipality, '桑名市');
  await context.close();
});

/** The declaration without the stamps an export or a save changes. */
function comparable(d) {
  const { exported_at, generator, integrity, updated_at, ...rest } = d;
  return rest;
}

test('export then import: the same declaration; importing it again asks before replacing', async () => {
  const { context, page, errors } = await openPage(app.browser, app.server.url + '#/drafts');
  await page.locator('#file-open-input').setInputFiles(join(fixtures, 'compliant.json'));
  await page.waitForURL(/#\/$/);
  await savedStatus(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-any').click(),
  ]);
  const file = join(output, 'exports', 'round-trip.json');
  await download.saveAs(file);
  const fixture = JSON.parse(await readFile(join(fixtures, 'compliant.json'), 'utf8'));
  const exported = JSON.parse(await readFile(file, 'utf8'));
  assert.deepEqual(comparable(exported), comparable(fixture));
  await page.goto(app.server.url + '#/drafts');
  await page.locator('#file-open-input').setInputFiles(file);
  await page.waitForSelector('[data-testid=import-confirm]');
  assert.equal((await stored(page)).length, 1, 'nothing replaced before the user chose');
  await page.getByTestId('import-keep-both').click();
  await page.waitForURL(/#\/$/);
  const all = await stored(page);
  assert.equal(all.length, 2);
  for (const r of all) assert.deepEqual(comparable({ ...r.declaration, id: fixture.id }), comparable(fixture));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a file dropped on the import zone becomes a draft', async () => {
  const { context, page } = await openPage(app.browser, app.server.url + '#/drafts');
  const text = await readFile(join(fixtures, 'compliant.json'), 'utf8');
  const dt = await page.evaluateHandle((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], 'compliant.json', { type: 'application/json' }));
    return dt;
  }, text);
  await page.dispatchEvent('[data-testid=drop-zone]', 'dragenter', { dataTransfer: dt });
  await page.dispatchEvent('[data-testid=drop-zone]', 'drop', { dataTransfer: dt });
  await page.waitForURL(/#\/$/);
  await toBasic(page);
  assert.equal(await page.inputValue(municipality), JSON.parse(text).basic.municipality);
  await context.close();
});

test('an invalid import says what and where, and leaves the current draft untouched', async () => {
  const { context, page } = await openPage(app.browser, app.server.url);
  await toBasic(page);
  await type(page, municipality, '名張市');
  await savedStatus(page);
  const before = await stored(page);
  await page.goto(app.server.url + '#/drafts');
  const bad = JSON.parse(await readFile(join(fixtures, 'compliant.json'), 'utf8'));
  bad.entrustment.handler_count = 12;
  await page.locator('#file-open-input').setInputFiles({
    name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)),
  });
  const message = await page.locator('#file-open-error').textContent();
  assert.match(message, /entrustment\.handler_count|取扱者数/);
  assert.deepEqual(await stored(page), before);
  await toBasic(page);
  assert.equal(await page.inputValue(municipality), '名張市');
  await context.close();
});

test('the drafts list: name from the answers, duplicate, rename, delete with undo', async () => {
  const { context, page } = await openPage(app.browser, app.server.url + '#/drafts');
  await page.locator('#file-open-input').setInputFiles(join(fixtures, 'compliant.json'));
  await page.waitForURL(/#\/$/);
  await page.goto(app.server.url + '#/drafts');
  const entries = page.locator('.drafts__entry');
  await entries.first().waitFor();
  assert.match(await entries.first().locator('h2').textContent(), /○○市/);
  assert.equal(await entries.first().locator('[data-complete]').textContent(), '記入完了');
  await entries.first().locator('[data-action=duplicate]').click();
  await page.waitForFunction(() => document.querySelectorAll('.drafts__entry').length === 2);
  const copy = page.locator('.drafts__entry', { hasText: 'コピー' });
  await copy.locator('[data-action=rename]').click();
  await copy.locator('input').fill('練習用の写し');
  await copy.getByRole('button', { name: '名前を保存' }).click();
  await page.waitForSelector('.drafts__entry h2:has-text("練習用の写し")');
  await page.locator('.drafts__entry', { hasText: '練習用の写し' }).locator('[data-action=delete]').click();
  await page.waitForFunction(() => document.querySelectorAll('.drafts__entry').length === 1);
  await page.getByTestId('undo-delete').click();
  await page.waitForFunction(() => document.querySelectorAll('.drafts__entry').length === 2);
  assert.equal((await stored(page)).length, 2);
  await context.close();
});

test('the reader stores nothing until the reviewer copies the file into their own drafts', async () => {
  const { context, page } = await openPage(app.browser, app.server.url + '#/read');
  await page.locator('#file-open-input').setInputFiles(join(fixtures, 'noncompliant.json'));
  await page.waitForSelector('table.verdict tbody tr');
  assert.deepEqual(await stored(page), [], 'reading saves nothing');
  await page.getByTestId('copy-to-drafts').click();
  await page.waitForURL(/#\/$/);
  const all = await stored(page);
  assert.equal(all.length, 1);
  const fixture = JSON.parse(await readFile(join(fixtures, 'noncompliant.json'), 'utf8'));
  assert.notEqual(all[0].declaration.id, fixture.id, 'the copy has an id of its own');
  await toBasic(page);
  assert.equal(await page.inputValue(municipality), fixture.basic.municipality);
  await context.close();
});

test('a draft stored by an older version (schema_version 0) opens migrated, and saving writes the current version', async () => {
  const { context, page, errors } = await openPage(app.browser, app.server.url);
  const v0 = JSON.parse(await readFile(join(fixtures, 'compliant.json'), 'utf8'));
  v0.schema_version = 0;
  v0.entrustment.handler_count = '10人未満';
  v0.measures[0].category = 'os';
  await page.evaluate(({ prefix, v0 }) => {
    localStorage.setItem(prefix + v0.id, JSON.stringify({
      store_version: 1, revision: 3, saved_at: '2024-02-20T00:00:00Z', declaration: v0,
    }));
    localStorage.setItem('cloud-decl/v1/current', v0.id);
  }, { prefix: PREFIX, v0 });
  await page.goto(app.server.url + '#/entrustment');
  await page.reload();
  const count = '#' + controlId('entrustment.handler_count');
  await page.waitForSelector(count);
  assert.equal(await page.inputValue(count), 'under_10', '10人未満 became the code under_10');
  await page.goto(app.server.url + '#/drafts');
  assert.equal(await page.locator('.drafts__entry [data-complete]').first().textContent(), '記入完了');
  await page.goto(app.server.url + '#/basic');
  await type(page, system, '国保総合システム（改）');
  await page.waitForFunction((prefix) => Object.keys(localStorage).some((k) => k.startsWith(prefix)
    && localStorage.getItem(k).includes('国保総合システム（改）')), PREFIX);
  const [record] = await stored(page);
  assert.equal(record.declaration.schema_version, 1);
  assert.equal(record.declaration.entrustment.handler_count, 'under_10');
  assert.equal(record.declaration.measures[0].category, 'os_middleware_vulnerability');
  assert.deepEqual(errors, []);
  await context.close();
});
