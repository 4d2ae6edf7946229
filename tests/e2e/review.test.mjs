// The reviewer's 照会事項 in the reader (issue 12 ①), in a real Chromium: noncompliant.json
// is opened; questions are added on C6, on a subcontractor's answer and on the cloud
// section through 「照会する」 beside each, one is edited and an empty one refused; the outcome
// is set to 差戻し; the review file is saved and holds all of it, each target where it was
// asked (the subcontractor's by its entry id); reopening the same file brings the review
// back; the drafts are untouched; axe finds nothing on the reader with the panel.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fixtures, output, appAndBrowser, openPage, axe, ask } from './support.mjs';

const out = join(output, 'exports');
const shots = join(output, 'screenshots');
const app = appAndBrowser(out);

async function openFile(page) {
  await page.locator('#file-open-input').setInputFiles(join(fixtures, 'noncompliant.json'));
  await page.waitForSelector('article.document');
  await page.waitForSelector('[data-testid=review-panel]');
}

test('the reviewer asks on a condition, an answer and a section, returns it and saves the review file', async () => {
  const { context, page, errors } = await openPage(app.browser, app.server.url + '#/read');
  await openFile(page);
  const d = JSON.parse(await readFile(join(fixtures, 'noncompliant.json'), 'utf8'));
  // A question with no text is refused, in words.
  await page.locator('tr[data-condition=C6] [data-testid=ask]').click();
  await page.getByTestId('ask-add').click();
  await page.locator('#review-comment-error').waitFor();
  assert.match(await page.locator('#review-comment-error').textContent(), /照会内容を入力してください/);
  await page.locator('#review-comment').fill('ISMAPの登録番号と掲載状況を確認させてください。');
  await page.getByTestId('ask-add').click();
  await page.locator('[data-testid=ask-form]').waitFor({ state: 'detached' });
  // On a subcontractor's answer, and on a section.
  await ask(page, page.locator('#a-f-subcontractors-0-inspection [data-testid=ask]'), '立入調査の頻度を記載してください。');
  await ask(page, page.locator('section[data-section=cloud] h3 [data-testid=ask]'), 'クラウドの項目全体の根拠資料を添付してください。');
  const items = page.locator('[data-testid=review-items] > li');
  assert.equal(await items.count(), 3);
  assert.match(await page.locator('#review-panel-title').textContent(), /照会事項（3件）/);
  const listed = await items.allTextContents();
  assert.match(listed[0], /C6 ISMAP/);
  assert.match(listed[1], /再委託先1：/);
  assert.match(listed[2], /クラウドサービス/);
  // Edit the third.
  await items.nth(2).getByRole('button', { name: /^編集/ }).click();
  await items.nth(2).locator('textarea').fill('クラウドの項目の根拠資料（認証書の写し）を添付してください。');
  await items.nth(2).getByRole('button', { name: '変更を保存' }).click();
  await page.waitForFunction(() => /認証書の写し/.test(document.querySelector('[data-testid=review-items]').textContent));
  // The link of a question takes focus to its answer.
  await items.nth(1).locator('.review-item__target button').click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'a-f-subcontractors-0-inspection');
  // 差戻し, with a note.
  await page.locator('#review-outcome-returned').check();
  await page.locator('#review-note').fill('照会事項に回答のうえ、再提出してください。');
  await page.locator('#review-note').blur();
  await page.locator('[data-testid=review-panel]').screenshot({ path: join(shots, 'reader-review-panel-ja.png') });
  await axe(page, 'the reader with its review panel');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-review').click()]);
  assert.equal(download.suggestedFilename(), '照会事項_○○市_2024-02-20.json');
  const file = join(out, 'review-returned.json');
  await download.saveAs(file);
  const review = JSON.parse(await readFile(file, 'utf8'));
  assert.equal(review.format, 'cloud-subcontract-review');
  assert.equal(review.declaration.id, d.id);
  assert.match(review.declaration.sha256, /^[0-9a-f]{64}$/);
  assert.equal(review.outcome, 'returned');
  assert.equal(review.outcome_note, '照会事項に回答のうえ、再提出してください。');
  assert.deepEqual(review.items.map((i) => i.target), [
    { condition: 'C6' },
    { path: 'subcontractors[0].inspection', entry_id: d.subcontractors[0].id },
    { section: 'cloud' },
  ]);
  assert.ok(review.items.every((i) => i.status === 'open' && i.id && i.created_at));
  // The list as CSV for Excel: BOM, one row per question, the target in words.
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-review-csv').click()]);
  assert.equal(csvDownload.suggestedFilename(), '照会事項_○○市_2024-02-20.csv');
  const csvFile = join(out, 'review-returned.csv');
  await csvDownload.saveAs(csvFile);
  const csv = await readFile(csvFile, 'utf8');
  assert.ok(csv.startsWith('\ufeff番号,対象,照会内容,状態,回答,回答日時,経過\r\n'), csv.slice(0, 80));
  const rows = csv.trim().split('\r\n');
  assert.equal(rows.length, 4);
  assert.match(rows[1], /^1,C6 ISMAP.*,ISMAPの登録番号と掲載状況を確認させてください。,未回答,,,$/);
  assert.match(rows[2], /^2,再委託先1：/);
  // Reopening the same file brings it back; the drafts were never touched.
  await page.reload();
  await openFile(page);
  assert.equal(await page.locator('[data-testid=review-items] > li').count(), 3);
  assert.ok(await page.locator('#review-outcome-returned').isChecked());
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.ok(keys.some((k) => k === `cloud-decl/v1/review/${d.id}`), keys.join());
  assert.ok(!keys.some((k) => k.startsWith('cloud-decl/v1/draft/')), 'no draft was made');
  // Delete one: it goes, and stays gone after a reopen.
  await page.locator('[data-testid=review-items] > li').nth(0).getByRole('button', { name: /^削除/ }).click();
  assert.equal(await page.locator('[data-testid=review-items] > li').count(), 2);
  await page.reload();
  await openFile(page);
  assert.equal(await page.locator('[data-testid=review-items] > li').count(), 2);
  // The print page shows no 照会する.
  await page.goto(app.server.url + '#/print');
  await page.waitForSelector('main h1');
  assert.equal(await page.locator('[data-testid=ask]').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
