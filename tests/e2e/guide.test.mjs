// The form that guides, in a real Chromium: the inline 不適合 notice on the cloud page as
// the ISMAP answer changes; the task list's badges and verdict tally; 「未定」 before the
// deciding question is answered; the export that asks first while conditions are open; a
// 記入例 put into an empty measure, and asked about before it replaces typed text; a hint's
// link to the 用語集; and at 375 px the first field of 基本情報 visible without scrolling.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openPage, fixtures, output, appAndBrowser } from './support.mjs';
import { answer, controlId } from './fill.mjs';

const shots = join(output, 'screenshots');
const app = appAndBrowser(shots);

/** A page with `file` imported as the open draft. */
async function withDraft(file, viewport) {
  const opened = await openPage(app.browser, app.server.url + '#/drafts', viewport);
  await opened.page.locator('#file-open-input').setInputFiles(join(fixtures, file));
  await opened.page.waitForURL(/#\/$/);
  return opened;
}

test('the ISMAP answer shows its condition where it is given', async () => {
  const { context, page, errors } = await withDraft('compliant.json');
  await page.goto(app.server.url + '#/cloud');
  const note = page.locator('.condition-note[data-condition=C6]');
  await note.waitFor();
  assert.equal(await note.getAttribute('data-status'), 'met');
  assert.match(await note.textContent(), /^適合 条件C6（ISMAPクラウドサービスリストへの掲載）を満たしています：/);
  await answer(page, 'cloud.ismap.listed', false);
  await page.waitForFunction(() => document.querySelector('.condition-note[data-condition=C6]')?.dataset.status === 'not_met');
  const text = await note.textContent();
  assert.match(text, /^不適合 この回答では条件C6（ISMAPクラウドサービスリストへの掲載）を満たしません：/);
  // The notice stays though the listing's details are no longer asked.
  assert.equal(await page.locator('#' + controlId('cloud.ismap.registration_number')).count(), 0);
  await page.screenshot({ path: join(shots, 'cloud-c6-not-met-ja-1280.png'), fullPage: false });
  await answer(page, 'cloud.ismap.listed', true);
  await page.waitForFunction(() => document.querySelector('.condition-note[data-condition=C6]')?.dataset.status === 'met');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the task list shows each section\'s conditions and the verdict tally', async () => {
  const { context, page } = await withDraft('noncompliant.json');
  const tally = page.getByTestId('verdict-tally');
  assert.equal(await tally.textContent(), '条件11件中 適合8・不適合3・未入力0');
  const badge = (id) => page.locator(`.task-list__conditions [data-condition=${id}]`);
  assert.equal(await badge('C6').getAttribute('data-status'), 'not_met');
  assert.match(await badge('C6').textContent(), /C6 不適合/);
  assert.equal(await badge('S7').getAttribute('data-status'), 'met');
  const cloud = page.locator('.task-list__item[data-section=cloud]');
  assert.equal(await cloud.locator('.task-list__conditions li').count(), 6);
  await page.screenshot({ path: join(shots, 'overview-verdict-ja-1280.png'), fullPage: true });
  await context.close();
});

test('sections that depend on an unanswered question are 未定, never 対象外', async () => {
  const { context, page } = await openPage(app.browser, app.server.url + '#/');
  const item = page.locator('.task-list__item[data-section=cloud]');
  assert.equal(await item.getAttribute('data-state'), 'Undecided');
  assert.match(await item.textContent(), /未定/);
  assert.doesNotMatch(await item.textContent(), /対象外/);
  assert.match(await item.textContent(), /先に「委託の概要」の「クラウド事業者の環境への設置」に回答してください/);
  assert.equal(await item.getByRole('link').count(), 0);
  await context.close();
});

test('exporting with conditions not met asks first and never blocks', async () => {
  const { context, page } = await withDraft('noncompliant.json');
  await page.goto(app.server.url + '#/review');
  assert.match(await page.getByTestId('completeness').textContent(), /記入は完了していますが、3件の条件を満たしていません/);
  await page.getByRole('button', { name: /申告書ファイル（JSON）を保存/ }).click();
  const ask = page.getByTestId('export-confirm');
  await ask.waitFor();
  assert.match(await ask.textContent(), /3件の条件を満たしていないか、未入力です/);
  assert.equal(await ask.locator('li a').count(), 3);
  await page.screenshot({ path: join(shots, 'review-export-confirm-ja-1280.png'), fullPage: false });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-anyway').click(),
  ]);
  assert.match(download.suggestedFilename(), /^申告書_.*\.json$/);
  await context.close();
});

test('a 記入例 fills an empty measure, and asks before replacing typed text', async () => {
  const { context, page } = await openPage(app.browser, app.server.url + '#/entrustment');
  await answer(page, 'entrustment.uses_cloud', true);
  await page.goto(app.server.url + '#/measures');
  await page.getByLabel('追加する対策の分類').selectOption('encryption');
  await page.getByRole('button', { name: '対策を追加', exact: true }).click();
  const description = page.locator('#' + controlId('measures[0].description'));
  await description.waitFor();
  const details = page.locator('#' + controlId('measures[0].description') + '-example');
  await details.locator('summary').click();
  const example = await details.locator('.example__text').textContent();
  assert.match(example, /AES-256/);
  await details.getByRole('button', { name: 'この例を使う' }).click();
  assert.equal(await description.inputValue(), example);
  await description.fill('自分で書いた暗号化の対策です。鍵は年1回更新します。');
  await details.getByRole('button', { name: 'この例を使う' }).click();
  await details.getByRole('alertdialog').waitFor();
  await details.getByRole('button', { name: 'やめる' }).click();
  assert.equal(await description.inputValue(), '自分で書いた暗号化の対策です。鍵は年1回更新します。');
  await details.getByRole('button', { name: 'この例を使う' }).click();
  await details.getByRole('button', { name: '置き換える' }).click();
  assert.equal(await description.inputValue(), example);
  await context.close();
});

test('a hint links to the 用語集, and Back returns', async () => {
  const { context, page } = await openPage(app.browser, app.server.url + '#/entrustment');
  await answer(page, 'entrustment.uses_cloud', true);
  await page.goto(app.server.url + '#/cloud');
  await page.locator('.hint__term', { hasText: 'ISMAP（イスマップ）' }).first().click();
  await page.waitForURL(/#\/glossary\/ismap$/);
  await page.waitForFunction(() => document.activeElement?.id === 'term-ismap');
  assert.match(await page.locator('#term-ismap').textContent(), /政府情報システムのためのセキュリティ評価制度/);
  await page.getByRole('button', { name: '戻る' }).click();
  await page.waitForURL(/#\/cloud$/);
  await context.close();
});

test('at 375 px the first field of 基本情報 is visible without scrolling', async () => {
  const { context, page } = await openPage(app.browser, app.server.url + '#/basic', { width: 375, height: 667 });
  const input = page.locator('#' + controlId('basic.municipality'));
  await input.waitFor();
  const box = await input.boundingBox();
  assert.ok(box.y + box.height <= 667, `the first field ends at ${box.y + box.height}px`);
  const header = await page.locator('.header').boundingBox();
  const bar = await page.locator('.save-bar').boundingBox();
  const chrome = bar.y + bar.height - header.y;
  console.log(`header and save bar at 375 px: ${Math.round(chrome)} px`);
  assert.ok(chrome <= 120, `header and save bar take ${chrome}px`);
  await page.screenshot({ path: join(shots, 'basic-ja-375-fold.png'), fullPage: false });
  await context.close();
});
