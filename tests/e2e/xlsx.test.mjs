// 「Excel形式で保存」 in a real Chromium, on the four pages that have it: the review page and
// 印刷用の書面 (the draft, compliant.json imported), 変更箇所 (compliant.json against
// noncompliant.json, 2024-02-28) and the reader (noncompliant.json opened). The writer's chunk
// is fetched on the first press only — never on a first visit, nor when a page with the button
// opens — and each press downloads a workbook, saved to tests/output/xlsx-app/ for
// scripts/xlsx_check.py to read back with openpyxl. When the chunk cannot be fetched the button
// says so (an alert), keeps the draft, and works once it can be fetched again. After one
// online visit to #/ the button works offline: the service worker precached the writer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openPage, fixtures, output, appAndBrowser, settled, untilControlled } from './support.mjs';

const out = join(output, 'xlsx-app');
const app = appAndBrowser(out, { fresh: true });
const isWriter = (u) => /\/split_xlsx_writer[^/]*\.wasm$/.test(u);

/** Presses the button `id` and saves the download as `name`; its suggested name. */
async function save(page, id, name) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`#${id}`).click()]);
  const file = join(out, name);
  await download.saveAs(file);
  const bytes = await readFile(file);
  assert.equal(bytes.subarray(0, 2).toString(), 'PK', `${name} is a zip (an .xlsx)`);
  await page.locator(`#${id}-status`).filter({ hasText: 'を保存しました。' }).waitFor();
  return download.suggestedFilename();
}

/** Opens `hash` by the app's own navigation and waits until `heading` shows. */
async function go(page, hash, heading) {
  await page.evaluate((h) => { location.hash = h; }, hash);
  await settled(page, heading);
}

test('the review, print, change-list and reader pages save workbooks; the writer loads on first press', async () => {
  const { context, page, requests, errors } = await openPage(app.browser, app.server.url + '#/drafts');
  await page.locator('#file-open-input').setInputFiles(join(fixtures, 'compliant.json'));
  await page.waitForURL(/#\/$/);
  await go(page, '#/review', '記入内容の確認');
  await page.locator('#review-xlsx').waitFor();
  assert.equal(requests.filter(isWriter).length, 0, 'not fetched on a first visit nor when the page opens');

  const t0 = Date.now();
  assert.equal(await save(page, 'review-xlsx', 'review.xlsx'), '申告書_○○市_2024-02-20.xlsx');
  const firstPress = Date.now() - t0;
  assert.equal(requests.filter(isWriter).length, 1, 'fetched on the first press');

  await go(page, '#/print', '印刷用の書面');
  const t1 = Date.now();
  assert.equal(await save(page, 'print-xlsx', 'print.xlsx'), '申告書_○○市_2024-02-20.xlsx');
  const secondPress = Date.now() - t1;
  assert.equal(requests.filter(isWriter).length, 1, 'not fetched again');

  await go(page, '#/changes', '変更箇所の一覧');
  await page.locator('#changes-file-input').setInputFiles(join(fixtures, 'noncompliant.json'));
  await page.getByTestId('changes-table').waitFor();
  await page.locator('#changes-date').fill('2024-02-28');
  await page.locator('#changes-date').blur();
  assert.equal(await save(page, 'changes-xlsx', 'change-list.xlsx'), '変更箇所_○○市_2024-02-28.xlsx');

  await go(page, '#/read', '申告書を読む');
  await page.locator('#file-open-input').setInputFiles(join(fixtures, 'noncompliant.json'));
  await page.locator('#read-xlsx').waitFor();
  assert.equal(await save(page, 'read-xlsx', 'read.xlsx'), 'noncompliant.xlsx');

  assert.deepEqual(errors, []);
  console.log(`first press (chunk fetched, workbook written): ${firstPress} ms; a later press: ${secondPress} ms`);
  await context.close();
});

test('a writer that cannot be fetched is said so, as an alert, and a later press works', async () => {
  const context = await app.browser.newContext({ locale: 'ja-JP', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(app.server.url + '#/drafts');
  await page.locator('#file-open-input').setInputFiles(join(fixtures, 'compliant.json'));
  await page.waitForURL(/#\/$/);
  await page.route(isWriter, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await go(page, '#/review', '記入内容の確認');
  await page.locator('#review-xlsx').click();
  const alert = page.locator('#review-xlsx-error');
  await alert.waitFor();
  assert.equal(await alert.getAttribute('role'), 'alert');
  assert.match(await alert.textContent(), /Excel形式で保存する機能を読み込めませんでした。通信できることを確かめてから、もう一度押してください。/);
  assert.equal(await page.locator('#review-xlsx').isEnabled(), true, 'the button can be pressed again');

  await page.unroute(isWriter);
  assert.equal(await save(page, 'review-xlsx', 'after-retry.xlsx'), '申告書_○○市_2024-02-20.xlsx');
  assert.equal(await page.locator('#review-xlsx-error').count(), 0, 'the alert is gone');
  await context.close();
});

test('a declaration at the import limits, with hostile text, saves a workbook', async () => {
  // 500 subcontractors down one chain, 500 measures, and answers made to trip a spreadsheet:
  // a formula, a right-to-left override, a 4000-character text.
  const d = JSON.parse(await readFile(join(fixtures, 'compliant.json'), 'utf8'));
  const sub = d.subcontractors[0];
  d.subcontractors = Array.from({ length: 500 }, (_, i) => ({
    ...sub, id: `sub-${i}`, parent: i === 0 ? 'contractor' : `sub-${i - 1}`,
    name: i === 0 ? '=HYPERLINK("http://evil.example","x")' : `再委託先株式会社${i}\u202e`,
  }));
  d.measures = Array.from({ length: 500 }, (_, i) => ({ ...d.measures[i % d.measures.length], id: `m-${i}` }));
  d.entrustment.content = '長'.repeat(4000);
  delete d.integrity;
  const file = join(out, 'limits.json');
  await writeFile(file, JSON.stringify(d));
  const { context, page, errors } = await openPage(app.browser, app.server.url + '#/read');
  await page.locator('#file-open-input').setInputFiles(file);
  await page.locator('#read-xlsx').waitFor({ timeout: 60000 });
  const t0 = Date.now();
  assert.equal(await save(page, 'read-xlsx', 'limits.xlsx'), 'limits.xlsx');
  console.log(`a workbook at the limits (500 subcontractors, 500 measures): ${Date.now() - t0} ms from the press`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('after one online visit to #/ the button works offline: the writer came with the service worker', async () => {
  const { context, page, requests, errors } = await openPage(app.browser, app.server.url);
  await untilControlled(page);
  assert.equal(requests.filter(isWriter).length, 0, 'a first visit does not fetch the writer itself');
  await context.setOffline(true);
  await go(page, '#/drafts', '下書き一覧');
  await page.locator('#file-open-input').setInputFiles(join(fixtures, 'compliant.json'));
  await page.waitForURL(/#\/$/);
  await go(page, '#/review', '記入内容の確認');
  assert.equal(await save(page, 'review-xlsx', 'offline.xlsx'), '申告書_○○市_2024-02-20.xlsx');
  assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e)), []);
  await context.close();
});
