// The prerendered page of a first visit (issue 14; scripts/prerender.mjs, scripts/boot-page.js):
// #/basic shows the form before the wasm arrives; what is typed there, the focus and the caret
// go into the app when it takes over, never in the middle of an IME composition; a link pressed
// meanwhile is followed then; it is not shown where the app would show another page (a stored
// draft, English chosen); what the app cannot take (its page's code failed) comes back after
// the reload. Each test holds the main wasm until it has typed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { output, appAndBrowser, axe, settled } from './support.mjs';
import { controlId } from './fill.mjs';

const shots = join(output, 'screenshots');
const app = appAndBrowser(join(output, 'exports'));
const boot = (key) => '#boot-' + controlId(key);
const real = (key) => '#' + controlId(key);

/** A fresh first visit to #/basic whose wasm (or, with `what`, another file) waits for `release()`. */
async function held(what = /declaration-app_bg\.wasm$/, { before } = {}) {
  const context = await app.browser.newContext({ locale: 'ja-JP', serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  if (before) await before(page);
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route(what, async (route) => { await gate; await route.continue(); });
  await page.goto(app.server.url + '#/basic');
  return { context, page, errors, release };
}
const takenOver = (page) => page.waitForFunction(() => !document.getElementById('boot'));

test('#/basic shows its form before the wasm has come; typing, focus and caret move into the app', async () => {
  const { context, page, errors, release } = await held();
  await page.locator(boot('basic.municipality')).waitFor();
  assert.equal(await page.locator('#boot main h1').textContent(), '基本情報');
  assert.equal(await page.locator('#boot .save-bar__status').textContent(), '読み込み中…', 'nothing is saved yet, and it says so');
  assert.equal(await page.getByLabel('委託元の地方公共団体名').count(), 1, 'one labelled control: the app\'s page is not shown yet');
  await axe(page, 'the prerendered 基本情報');
  await page.screenshot({ path: join(shots, 'prerender-basic.png') });
  await page.locator('#boot .skip-link').focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => [document.activeElement.id, location.hash].join(' ')), 'boot-main #/basic',
    'the skip link moves the focus to the form and leaves the address alone');
  await page.getByLabel('委託元の地方公共団体名').fill('三重県○○市');
  await page.locator(boot('basic.declarant.email')).fill('yamada@');
  await page.locator(boot('basic.assessment_title')).click();
  await page.keyboard.type('全項目評価書');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await page.locator('#boot').count(), 1, 'the wasm is held: no app yet');
  release();
  await takenOver(page);
  await page.getByTestId('save-status').getByText('保存しました').waitFor();
  assert.equal(await page.locator(real('basic.municipality')).inputValue(), '三重県○○市');
  const email = page.locator(real('basic.declarant.email'));
  assert.equal(await email.inputValue(), 'yamada@');
  assert.equal(await email.getAttribute('aria-invalid'), 'true', 'taken as if typed and left: its error shows');
  assert.equal(await page.evaluate(() => [document.activeElement.id, document.activeElement.selectionStart].join(' ')),
    `${controlId('basic.assessment_title')} 5`, 'the focus and the caret follow');
  await page.keyboard.type('X');
  assert.equal(await page.locator(real('basic.assessment_title')).inputValue(), '全項目評価X書');
  assert.equal(await page.locator('main').count(), 1);
  await axe(page, '基本情報 after the app took over');
  // The draft holds it: another page of the app shows it.
  await page.evaluate(() => { location.hash = '#/review'; });
  await settled(page, '記入内容の確認');
  assert.ok((await page.locator('main').textContent()).includes('三重県○○市'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('the app never takes over during an IME composition: it waits for its end', async () => {
  const { context, page, errors, release } = await held();
  const input = page.locator(boot('basic.municipality'));
  await input.click();
  const cdp = await context.newCDPSession(page);
  for (const step of ['み', 'みえ', 'みえけん']) {
    await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
  }
  release();
  // The app is ready under the snapshot, and waits.
  await page.waitForFunction(() => document.querySelector('body > main h1')?.textContent === '基本情報');
  await page.waitForTimeout(300);
  assert.equal(await page.locator('#boot').count(), 1, 'still composing: the snapshot stays');
  assert.equal(await input.inputValue(), 'みえけん');
  await cdp.send('Input.insertText', { text: '三重県' });
  await takenOver(page);
  await page.keyboard.type('○○市');
  assert.equal(await page.locator(real('basic.municipality')).inputValue(), '三重県○○市');
  await page.getByTestId('save-status').getByText('保存しました').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a link pressed before the app is there is followed once it is, with what was typed saved', async () => {
  const { context, page, errors, release } = await held();
  await page.locator(boot('basic.municipality')).fill('三重県○○市');
  await page.locator('#boot').getByRole('link', { name: '用語集' }).click();
  assert.equal(await page.evaluate(() => location.hash), '#/basic', 'not followed by the snapshot');
  release();
  await settled(page, '用語集');
  assert.equal(await page.evaluate(() => location.hash), '#/glossary');
  await page.evaluate(() => { location.hash = '#/basic'; });
  await settled(page, '基本情報');
  assert.equal(await page.locator(real('basic.municipality')).inputValue(), '三重県○○市');
  assert.deepEqual(errors, []);
  await context.close();
});

test('not shown where the app would show something else: a stored draft, English, another page', async () => {
  for (const [label, before, hash] of [
    ['a stored draft', (p) => p.addInitScript(() => { if (!localStorage.length) localStorage.setItem('cloud-decl/v1/draft/x', '{}'); }), '#/basic'],
    ['English chosen', (p) => p.addInitScript(() => localStorage.setItem('cloud-decl/v1/lang', 'en')), '#/basic'],
    ['another page', null, '#/entrustment'],
  ]) {
    const context = await app.browser.newContext({ locale: 'ja-JP', serviceWorkers: 'block' });
    const page = await context.newPage();
    if (before) await before(page);
    let release;
    const gate = new Promise((r) => { release = r; });
    await page.route(/declaration-app_bg\.wasm$/, async (route) => { await gate; await route.continue(); });
    await page.goto(app.server.url + hash);
    await page.locator('#boot [role=status]').waitFor();
    await page.waitForTimeout(200);
    assert.match(await page.locator('#boot').textContent(), /読み込み中…/, label);
    assert.equal(await page.locator('#boot input').count(), 0, `${label}: no snapshot`);
    release();
    await page.waitForFunction(() => !document.getElementById('boot'));
    await context.close();
  }
});

test('what the app cannot take (its page\'s code failed) comes back after the reload', async () => {
  const { context, page, errors, release } = await held(/declaration-app_bg\.wasm$/, {
    before: (p) => p.route(/split_simple_sections\.wasm$/, (route) => route.fulfill({ status: 404, body: 'not found' })),
  });
  await page.locator(boot('basic.municipality')).fill('三重県○○市');
  release();
  await page.getByTestId('route-failed').waitFor();
  await takenOver(page);
  await page.unroute(/split_simple_sections\.wasm$/);
  await page.unroute(/declaration-app_bg\.wasm$/);
  await Promise.all([page.waitForEvent('load'), page.getByTestId('route-reload').click()]);
  await takenOver(page);
  await page.getByTestId('save-status').getByText('保存しました').waitFor();
  assert.equal(await page.locator(real('basic.municipality')).inputValue(), '三重県○○市', 'typed back, then saved');
  assert.equal(await page.evaluate(() => sessionStorage.length), 0, 'and no longer kept aside');
  assert.deepEqual(errors, []);
  await context.close();
});

test('when the app cannot start at all, the page says so and what was typed comes back after the reload', async () => {
  // The main module breaks off on the way (the connection dropped): no app, so the start
  // script says so over the prerendered form, and keeps what was typed, then and after.
  const context = await app.browser.newContext({ locale: 'ja-JP', serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route(/declaration-app_bg\.wasm$/, async (route) => { await gate; await route.abort('connectionreset'); });
  await page.goto(app.server.url + '#/basic');
  await page.locator(boot('basic.municipality')).fill('三重県○○市');
  release();
  const failed = page.locator('#boot-failed');
  await failed.waitFor();
  assert.match(await page.locator('#boot-main > #boot-failed[role=alert]').textContent(), /申告書フォームを読み込めませんでした。.*入力した内容は再読み込みしても消えません。.*The form could not be loaded\./);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'boot-' + controlId('basic.municipality'),
    'the field being typed in keeps the focus (an IME composition is not ended)');
  assert.equal(await page.locator('#boot .save-bar__status').isVisible(), false, 'nothing says it is still loading');
  assert.equal(await page.locator(boot('basic.municipality')).inputValue(), '三重県○○市', 'the form stays, with what was typed');
  await axe(page, 'the prerendered 基本情報 when the app could not start');
  await page.screenshot({ path: join(shots, 'prerender-failed.png') });
  await page.locator(boot('basic.item_number')).fill('5'); // typed after the message: kept too
  await page.unroute(/declaration-app_bg\.wasm$/);
  await Promise.all([page.waitForEvent('load'), failed.getByRole('button').click()]);
  await takenOver(page);
  await page.getByTestId('save-status').getByText('保存しました').waitFor();
  assert.equal(await page.locator(real('basic.municipality')).inputValue(), '三重県○○市', 'typed back, then saved');
  assert.equal(await page.locator(real('basic.item_number')).inputValue(), '5');
  assert.equal(await page.locator('#boot-failed').isVisible(), false);
  assert.ok(errors.length >= 1 && errors.every((e) => /fetch|network/i.test(e)), `only the failed download is reported: ${errors.join(' | ')}`);
  await context.close();
});
