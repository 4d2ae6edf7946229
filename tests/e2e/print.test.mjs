// The printed document (書面) and the reviewer's view in a real Chromium: a received file
// opened in the reader and printed to PDF (A4, print media) — every section heading, the
// municipality, the era date, every subcontractor, the verdict words, a sensible number of
// pages — in Japanese and in English; the 西暦 switch on #/print; and the reviewer's way from
// a condition not met to its answer. The PDFs and 50-dpi PNGs of their pages are written to
// tests/output/print/ to be looked at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, openPage, fixtures, output, root, axe, appAndBrowser } from './support.mjs';

const run = promisify(execFile);
const dir = join(output, 'print');

/** The seven section titles [ja, en], as spec §6 words them (written here, not read from the
 *  code, so a changed title in the code fails this test). */
const SECTION_TITLES = [
  ['基本情報', 'Basic information'],
  ['委託の概要', 'The entrustment'],
  ['再委託先', 'Subcontractors'],
  ['クラウドサービス', 'Cloud service'],
  ['責任共有モデル', 'Shared responsibility'],
  ['セキュリティ対策', 'Security measures'],
  ['確認・誓約', 'Attestation'],
];

/** The section titles: [ja, en]. */
async function sectionTitles() {
  return SECTION_TITLES;
}

const app = appAndBrowser(dir, { fresh: true });

/** Prints the page to tests/output/print/<name>.pdf as the print dialog does, renders its
 *  pages as PNGs, and returns the PDF's text (pdftotext -layout) and page count. */
async function printToPdf(page, name) {
  await page.emulateMedia({ media: 'print' });
  const file = join(dir, `${name}.pdf`);
  await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  const { stdout: text } = await run('pdftotext', ['-layout', file, '-']);
  const { stdout: info } = await run('pdfinfo', [file]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
  assert.ok(Math.abs(Number(size[1]) - 595.28) < 2 && Math.abs(Number(size[2]) - 841.89) < 2,
    `A4 portrait, not ${size[0]}`);
  await run('pdftoppm', ['-png', '-r', '50', file, join(dir, name)]);
  return { text, pages, flat: text.replace(/\s+/g, '') };
}


/** Opens `file` (a fixture name or { name, buffer }) in the reader. */
async function openInReader(file, viewport) {
  const opened = await openPage(app.browser, app.server.url + '#/read', viewport);
  const input = typeof file === 'string' ? join(fixtures, file) : { mimeType: 'application/json', ...file };
  await opened.page.locator('#file-open-input').setInputFiles(input);
  await opened.page.waitForSelector('article.document');
  return opened;
}

/** compliant.json with a longer chain: four more subcontractors, two levels deep. */
async function longChain() {
  const d = JSON.parse(await readFile(join(fixtures, 'compliant.json'), 'utf8'));
  const base = d.subcontractors[0];
  const more = [
    ['sub-2', 'sub-1', '株式会社サンプル保守'],
    ['sub-3', 'sub-2', 'サンプルデータセンター株式会社'],
    ['sub-4', 'sub-1', '合同会社テスト運用'],
    ['sub-5', 'contractor', '一般社団法人サンプル情報センター'],
  ];
  for (const [id, parent, name] of more) d.subcontractors.push({ ...base, id, parent, name });
  return { name: 'long-chain.json', buffer: Buffer.from(JSON.stringify(d)) };
}

test('compliant.json printed from the reader: every section, era dates, subcontractors, verdict', async () => {
  const titles = await sectionTitles();
  const { context, page, errors } = await openInReader('compliant.json');
  const pdf = await printToPdf(page, 'compliant-ja');
  for (const [ja] of titles) assert.ok(pdf.text.includes(ja), `section ${ja}`);
  for (const word of ['○○市', '御中', '令和6年2月20日', '令和6年1月15日', '国民健康保険中央会', '適合', '署名欄', '印']) {
    assert.ok(pdf.text.includes(word), `${word} is printed`);
  }
  assert.ok(!pdf.flat.includes('2024年2月20日'), 'era dates by default');
  // The page numbers of the margin boxes: "1 / N" … "N / N".
  assert.ok(pdf.flat.includes(`1/${pdf.pages}`) && pdf.flat.includes(`${pdf.pages}/${pdf.pages}`), 'page numbers');
  // A4 portrait at 10pt: the one-subcontractor declaration takes 4 to 8 pages.
  assert.ok(pdf.pages >= 4 && pdf.pages <= 8, `${pdf.pages} pages`);
  // No UI chrome: the header, the file control, the print bar and the reviewer's links.
  for (const chrome of ['下書き一覧', '申告書ファイル（JSON）を開く', '印刷する', '適合していない条件']) {
    assert.ok(!pdf.flat.includes(chrome), `${chrome} is not printed`);
  }
  // The title block comes first even though the reviewer sees the verdict first.
  assert.ok(pdf.text.indexOf('御中') < pdf.text.indexOf('適合判定'), 'title block before the verdict');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a longer chain: every subcontractor printed, rows kept whole, headings with what follows', async () => {
  const { context, page } = await openInReader(await longChain());
  const pdf = await printToPdf(page, 'long-chain-ja');
  for (const name of ['国民健康保険中央会', '株式会社サンプル保守', 'サンプルデータセンター株式会社', '合同会社テスト運用', '一般社団法人サンプル情報センター']) {
    assert.ok(pdf.text.includes(name), `${name} is printed`);
  }
  assert.ok(pdf.pages >= 6 && pdf.pages <= 14, `${pdf.pages} pages`);
  // In print, no table row may break across pages and no heading is left at a page's foot
  // (the PNGs of the pages show it).
  await page.emulateMedia({ media: 'print' });
  const rules = await page.evaluate(() => {
    const rows = [...document.querySelectorAll('.document tr')];
    const heads = [...document.querySelectorAll('.document h3, .document h4')];
    return {
      rows: rows.length,
      split: rows.filter((r) => getComputedStyle(r).breakInside !== 'avoid').length,
      orphanable: heads.filter((h) => getComputedStyle(h).breakAfter !== 'avoid').length,
      chrome: ['.header', '.save-bar', '.print-bar', '.file-open']
        .filter((s) => document.querySelector(s)?.checkVisibility()),
    };
  });
  await page.emulateMedia({ media: 'screen' });
  assert.ok(rules.rows > 100, `${rules.rows} rows`);
  assert.equal(rules.split, 0, 'rows that may split');
  assert.equal(rules.orphanable, 0, 'headings that may be orphaned');
  assert.deepEqual(rules.chrome, [], 'UI chrome shown in print');
  await context.close();
});

test('the English UI prints an English document', async () => {
  const titles = await sectionTitles();
  const { context, page } = await openInReader('compliant.json');
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.locator('article.document').getAttribute('lang'), 'en');
  const pdf = await printToPdf(page, 'compliant-en');
  for (const [, en] of titles) assert.ok(pdf.text.includes(en), `section ${en}`);
  for (const word of ['To: ○○市', '20 February 2024', '15 January 2024', '国民健康保険中央会', 'Met', 'Signature']) {
    assert.ok(pdf.text.includes(word), `${word} is printed`);
  }
  assert.ok(!pdf.text.includes('令和'), 'English uses the Gregorian calendar');
  assert.ok(!pdf.text.includes('記入内容'), 'no Japanese UI words');
  assert.ok(pdf.pages >= 4 && pdf.pages <= 9, `${pdf.pages} pages`);
  await context.close();
});

test('#/print: the draft, 西暦 on a switch, and 印刷する opens the print dialog', async () => {
  const { context, page, errors } = await openPage(app.browser, app.server.url + '#/drafts');
  await page.locator('#file-open-input').setInputFiles(join(fixtures, 'compliant.json'));
  await page.waitForURL(/#\/$/);
  await page.getByRole('link', { name: '印刷用の書面を表示' }).click();
  await page.waitForURL(/#\/print$/);
  await page.waitForSelector('article.document');
  const date = page.getByTestId('declaration-date');
  assert.equal(await date.textContent(), '令和6年2月20日');
  await axe(page, '#/print');
  assert.ok(await page.getByLabel(/和暦/).isChecked());
  await page.getByLabel(/西暦/).check();
  assert.equal(await date.textContent(), '2024年2月20日');
  const pdf = await printToPdf(page, 'draft-gregorian-ja');
  assert.ok(pdf.text.includes('2024年2月20日') && pdf.text.includes('2024年1月15日'));
  assert.ok(!pdf.text.includes('令和6年'), 'no era date once 西暦 is chosen');
  assert.ok(!pdf.flat.includes('日付の表記') && !pdf.flat.includes('印刷用の書面'), 'the print bar is not printed');
  await page.evaluate(() => { window.printed = 0; window.print = () => { window.printed += 1; }; });
  await page.getByRole('button', { name: '印刷する' }).click();
  assert.equal(await page.evaluate(() => window.printed), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the reviewer: noncompliant.json shows the verdict first and a 不適合 link focuses its answer', async () => {
  const { context, page } = await openInReader('noncompliant.json', { width: 375, height: 800 });
  const verdictFirst = await page.evaluate(() => {
    const table = document.querySelector('table.verdict');
    const head = document.querySelector('.document__head');
    return Boolean(table.compareDocumentPosition(head) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  assert.ok(verdictFirst, 'the verdict table comes before the declaration');
  assert.equal(await page.locator('table.verdict tbody tr[data-condition]').count(), 11);
  await axe(page, 'the reader with noncompliant.json');
  const c4 = page.locator('[data-testid=open-conditions] [data-condition=C4] button');
  assert.equal(await c4.textContent(), '保管場所3：国');
  await c4.click();
  const focused = await page.evaluate(() => [document.activeElement.id, document.activeElement.textContent]);
  assert.deepEqual(focused, ['a-f-cloud-data_location-regions-2-country', 'SG']);
  assert.ok(await page.locator('#a-f-cloud-data_location-regions-2-country').isVisible());
  await page.locator('[data-testid=open-conditions] [data-condition=C2] button').click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'a-f-cloud-certifications-iso27018-held');
  await page.screenshot({ path: join(dir, 'reader-noncompliant-375.png'), fullPage: false });
  assert.equal(await page.evaluate(() => location.hash), '#/read', 'the links do not change the route');
  const pdf = await printToPdf(page, 'noncompliant-ja');
  assert.ok(pdf.text.includes('不適合'));
  await context.close();
});
