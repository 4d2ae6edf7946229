// The change list (変更箇所, #/changes) in a real Chromium: compliant.json imported as the
// draft on the drafts page, noncompliant.json chosen as the earlier version through the
// page's file control; the expected rows, one row set to 事後 with an explanation, two more
// set at once (selected, 事後, one explanation for both), the CSV
// download (BOM, header, the choices), and the printed list as an A4 landscape PDF read back
// with pdftotext, its first page as a PNG in tests/output/changes/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { serve, launch, openPage, fixtures, output, axe, appAndBrowser } from './support.mjs';


const out = join(output, 'changes');

const app = appAndBrowser(out);

/** The texts of the cells of the row of `path`. */
const cells = (page, path) => page.locator(`tr[data-path="${path}"]`).locator('td:not(.changes-table__select), th').allTextContents();

test('noncompliant → compliant: rows, a 事後 row, the CSV and the printed A4 list', async () => {
  const { context, page, errors } = await openPage(app.browser, app.server.url + '#/drafts');
  // The current draft: compliant.json, imported as the lead's drafts page does it.
  await page.locator('#file-open-input').setInputFiles(join(fixtures, 'compliant.json'));
  await page.waitForURL(/#\/$/);
  await page.getByRole('link', { name: '変更箇所の一覧を作る' }).click();
  await page.waitForURL(/#\/changes$/);
  assert.equal(await page.locator('main h1').textContent(), '変更箇所の一覧');
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
  await page.getByTestId('changes-empty').waitFor();

  // The earlier version: noncompliant.json through the page's own file control.
  await page.locator('#changes-file-input').setInputFiles(join(fixtures, 'noncompliant.json'));
  await page.getByTestId('changes-table').waitFor();
  const heads = await page.locator('.changes-table thead th:not(.changes-table__select)').allTextContents();
  assert.deepEqual(heads, ['変更日', '項目', '変更前の記載', '変更後の記載', '提出時期', '提出時期に係る説明']);
  const paths = await page.locator('.changes-table tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.path));
  assert.ok(paths.includes('cloud.ismap.listed'), paths.join());
  assert.ok(paths.includes('cloud.certifications.iso27018.held'), paths.join());
  assert.ok(paths.includes('cloud.data_location.regions[name=Singapore]'), 'a removed region is a row');
  assert.ok(!paths.some((p) => /updated_at|created_at|^id$/.test(p)), 'no metadata rows');

  const listed = await cells(page, 'cloud.ismap.listed');
  assert.equal(listed[1], 'クラウドサービス ISMAPクラウドサービスリストへの掲載');
  assert.deepEqual([listed[2], listed[3]], ['いいえ', 'はい']);
  const number = await cells(page, 'cloud.ismap.registration_number');
  assert.deepEqual([number[2], number[3]], ['(記載なし)', 'C21-0001-1']);
  const region = await cells(page, 'cloud.data_location.regions[name=Singapore]');
  assert.match(region[2], /Singapore/);
  assert.equal(region[3], '(記載なし)');

  await axe(page, 'the change list');

  // 変更日: 2024/2/28 typed is 2024-02-28, shown in the era.
  await page.locator('#changes-date').fill('2024/2/28');
  await page.locator('#changes-date').blur();
  assert.equal(await page.inputValue('#changes-date'), '2024-02-28');
  assert.equal((await cells(page, 'cloud.ismap.listed'))[0], '令和6年2月28日');

  // 提出時期 is the user's choice: no row starts as 事前 (issue 30); each says 選択してください
  // and is marked until chosen.
  for (let n = 0; n < paths.length; n++) assert.equal(await page.inputValue(`#change-${n}-timing`), '');
  assert.equal(await page.locator('.changes-table__unchosen').count(), paths.length);

  // One row 事後 with an explanation, by its labels as a screen reader user finds them.
  const row = paths.indexOf('cloud.ismap.listed');
  await page.locator(`#change-${row}-timing`).selectOption('after');
  await page.locator(`#change-${row}-explanation`).fill('ISMAPへの登録後に提出するため');
  await page.locator(`#change-${row}-explanation`).blur();
  assert.equal(
    await page.locator(`label[for=change-${row}-timing]`).textContent(),
    '提出時期：クラウドサービス ISMAPクラウドサービスリストへの掲載',
  );

  // Several rows at once: two ticked, 事後 with one reason for both.
  const both = ['cloud.certifications.iso27018.held', 'cloud.ismap.registration_number'];
  for (const p of both) await page.locator(`#change-${paths.indexOf(p)}-select`).check();
  await page.locator('#changes-bulk-timing').selectOption('after');
  await page.locator('#changes-bulk-explanation').fill('認証の更新後に提出するため');
  await page.getByTestId('changes-bulk-apply').click();
  assert.equal(await page.getByTestId('changes-bulk-status').textContent(), '選択した2件の行の提出時期を「事後」にしました。');
  for (const p of both) assert.equal(await page.inputValue(`#change-${paths.indexOf(p)}-timing`), 'after');
  await page.screenshot({ path: join(out, 'changes-bulk.png'), fullPage: true });

  // CSV: UTF-8 with BOM, the document's header, the row's choices.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'CSVで保存' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), '変更箇所_○○市_2024-02-28.csv');
  const file = join(out, download.suggestedFilename());
  await download.saveAs(file);
  const bytes = await readFile(file);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  assert.equal(lines[0], '変更日,項目,変更前の記載,変更後の記載,提出時期,提出時期に係る説明');
  assert.equal(lines.filter((l) => l).length, paths.length + 1);
  assert.ok(
    lines.includes('令和6年2月28日,クラウドサービス ISMAPクラウドサービスリストへの掲載,いいえ,はい,事後,ISMAPへの登録後に提出するため'),
    lines.join('\n'),
  );
  assert.equal(lines.filter((l) => l.endsWith(',事後,認証の更新後に提出するため')).length, 2, lines.join('\n'));
  // The rows left unchosen say so.
  assert.equal(lines.filter((l) => l.endsWith(',未選択,')).length, paths.length - 3, lines.join('\n'));
  assert.match(await page.locator('.status-message').textContent(), /変更箇所_○○市_2024-02-28\.csv を保存しました/);

  // Print: A4 landscape, only the list; the choices print as words.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('#changes-date').isVisible(), false);
  assert.equal(await page.locator('.header').isVisible(), false);
  const pdf = join(out, 'changes.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: null });
  const info = execFileSync('pdfinfo', [pdf]).toString();
  assert.match(info, /Page size:\s+84[12]\.\d+ x 59[45]\.\d+ pts \(A4\)/, info); // landscape
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  for (const h of ['変更日', '項目', '変更前の記載', '変更後の記載', '提出時期', '提出時期に係る説明']) {
    assert.ok(text.includes(h), `${h} printed`);
  }
  assert.ok(text.includes('C21-0001-1'), 'a changed value printed');
  // A cell's words may wrap over lines: read in reading order, without the layout.
  const flat = execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/g, '');
  assert.ok(flat.includes('ISMAPへの登録後に提出するため'), 'the explanation printed');
  assert.ok(text.includes('事後'), 'the timing printed');
  assert.ok(!text.includes('CSVで保存'), 'no buttons printed');
  assert.ok(!text.includes('申告書を作成'), 'no app header printed');
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdf, join(out, 'changes-page')]);

  await page.screenshot({ path: join(out, 'changes-screen-1280.png'), fullPage: true });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: join(out, 'changes-screen-375.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});
