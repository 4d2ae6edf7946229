// 受付一覧 with 20 files (issue 12 ④), in a real Chromium: twenty declarations made from the
// fixtures (different cities and dates; one changed after export, one with a certificate
// about to lapse, two versions of one declaration) and a review file are picked at once;
// every row says what `declaration-check` says of that file; sorting by a column and
// filtering (only 不適合) work; the CSV is byte for byte `declaration-check --format csv`
// on the same files; two versions compare; a row opens in the reader; the drafts are never
// touched; axe finds nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fixtures, output, appAndBrowser, openPage, axe, checker } from './support.mjs';

const out = join(output, 'exports');
const shots = join(output, 'screenshots');
const dir = join(output, 'inbox');
const app = appAndBrowser(out);
const CITIES = ['札幌市', '仙台市', '新潟市', '金沢市', '静岡市', '浜松市', '名古屋市', '津市', '大津市', '京都市',
  '堺市', '神戸市', '奈良市', '岡山市', '広島市', '松山市', '高知市', '福岡市', '熊本市', '那覇市'];

const run = (args) => checker(dir, args);

/** Twenty files: name → declaration. */
async function makeFiles() {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const base = {};
  for (const f of ['compliant', 'noncompliant', 'draft']) {
    base[f] = JSON.parse(await readFile(join(fixtures, `${f}.json`), 'utf8'));
  }
  const names = [];
  for (let i = 0; i < 20; i++) {
    const kind = ['compliant', 'noncompliant', 'draft'][i % 3];
    const d = structuredClone(base[kind]);
    d.id = `inbox-${String(i).padStart(2, '0')}`;
    d.basic.municipality = CITIES[i];
    if (kind !== 'draft') d.basic.declaration_date = `2024-0${1 + (i % 9)}-1${i % 10}`;
    if (i === 4) d.integrity = { sha256: '0'.repeat(64) }; // changed after export
    if (i === 6) d.cloud.certifications.iso27018.valid_until = '2024-09-30'; // lapses within 90 days of 2024-07-16
    if (i === 19) { // a second version of file 0
      Object.assign(d, structuredClone(base.compliant));
      d.id = 'inbox-00';
      d.basic.municipality = CITIES[0];
      d.basic.declaration_date = '2024-01-10';
      d.basic.system_name = '国民健康保険システム（改訂）';
      d.updated_at = '2024-03-01T09:00:00+09:00'; // later than file 0's (the fixture's)
    }
    const name = `申告書_${String(i).padStart(2, '0')}_${CITIES[i]}.json`;
    await writeFile(join(dir, name), JSON.stringify(d, null, 2));
    names.push(name);
  }
  return names;
}

test('the 受付一覧 with 20 files: each row right, sorting, filtering, CSV as the CLI, comparing, opening', async () => {
  const names = await makeFiles();
  const { context, page, errors } = await openPage(app.browser, app.server.url + '#/inbox', { width: 1600, height: 1000 });
  await page.locator('#inbox-files-input').setInputFiles(names.map((n) => join(dir, n)));
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=inbox-row]').length === 20);
  assert.equal(await page.getByTestId('inbox-count').textContent(), '20件中 20件を表示');

  // Each row says what the CLI says of the file.
  const lines = run(names).trim().split('\n').map((l) => JSON.parse(l));
  for (const line of lines) {
    const row = page.locator(`[data-testid=inbox-row][data-file="${line.file}"]`);
    const states = await row.locator('td[data-condition]').evaluateAll((tds) => Object.fromEntries(tds.map((t) => [t.dataset.condition, t.dataset.status])));
    assert.deepEqual(states, line.conditions, line.file);
    assert.equal(await row.locator('td[data-complete]').getAttribute('data-complete'), String(line.complete), line.file);
    // 総合判定 as the CLI's "overall": never 適合 for an incomplete file (issue 31).
    assert.equal(await row.locator('td[data-overall]').getAttribute('data-overall'), line.overall, line.file);
    if (!line.complete) assert.notEqual(line.overall, 'met', line.file);
    // 期限 holds what lapses by the declaration date (the CLI's JSON) and what has lapsed by
    // today (as the reader's banner says); the CSV below is compared cell for cell.
    const lapsing = await row.getByTestId('inbox-expiring').textContent();
    for (const e of line.expiring) assert.match(lapsing, new RegExp(e.valid_until), line.file);
  }
  const tampered = page.locator(`[data-testid=inbox-row][data-file="${names[4]}"] td[data-integrity]`);
  assert.equal(await tampered.textContent(), '出力後に変更されています');
  // A file without a hash is not "unchanged" (issue 31): it says it cannot be checked.
  const plain = page.locator(`[data-testid=inbox-row][data-file="${names[0]}"] td[data-integrity]`);
  if ((await plain.getAttribute('data-integrity')) === 'absent') {
    assert.equal(await plain.textContent(), 'ハッシュなし（改変の有無を確認できません）');
  }
  assert.match(await page.locator(`[data-testid=inbox-row][data-file="${names[6]}"] [data-testid=inbox-expiring]`).textContent(), /2024-09-30/);

  // The CSV is the CLI's, byte for byte, when every row is shown in the order received.
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('inbox-csv').click()]);
  assert.equal(csvDownload.suggestedFilename(), '受付一覧.csv');
  const csvFile = join(out, 'inbox.csv');
  await csvDownload.saveAs(csvFile);
  const cliCsv = run(['--format', 'csv', ...names]);
  assert.equal(await readFile(csvFile, 'utf8'), cliCsv);

  // Sorting by municipality, then the other way.
  const files = () => page.locator('[data-testid=inbox-row] .inbox__name').allTextContents();
  await page.locator('button[data-sort=Municipality]').click();
  const cityOf = Object.fromEntries(names.map((n, i) => [n, CITIES[i === 19 ? 0 : i]]));
  const ascending = (await files()).map((f) => cityOf[f]);
  assert.deepEqual(ascending, [...ascending].sort());
  assert.equal(await page.locator('th:has(button[data-sort=Municipality])').getAttribute('aria-sort'), 'ascending');
  await page.locator('button[data-sort=Municipality]').click();
  await page.waitForFunction(() => document.querySelector('th:has(button[data-sort=Municipality])').getAttribute('aria-sort') === 'descending');
  assert.deepEqual((await files()).map((f) => cityOf[f]), [...ascending].reverse());
  // Only those with a condition 不適合.
  await page.locator('#inbox-filter').selectOption('not_met');
  const notMet = lines.filter((l) => Object.values(l.conditions).includes('not_met')).map((l) => l.file).sort();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=inbox-row]').length === n, notMet.length);
  assert.deepEqual((await files()).sort(), notMet);
  assert.equal(await page.getByTestId('inbox-count').textContent(), `20件中 ${notMet.length}件を表示`);
  await axe(page, 'the 受付一覧');
  await page.screenshot({ path: join(shots, 'inbox-20-not-met-ja.png'), fullPage: true });
  await page.locator('#inbox-filter').selectOption('all');

  // Two versions of one declaration compared: the older file (by its own time) is 変更前
  // whichever box is ticked first (issue 31), and 入れ替える turns it round.
  const tick = (i) => page.locator(`[data-testid=inbox-row][data-file="${names[i]}"] input[type=checkbox]`);
  const sides = async () => [await page.getByTestId('compare-before').textContent(), await page.getByTestId('compare-after').textContent()];
  const readings = [];
  for (const order of [[19, 0], [0, 19]]) {
    for (const i of order) await tick(i).check();
    await page.getByTestId('compare-table').waitFor();
    assert.match(await page.getByTestId('compare-table').textContent(), /国民健康保険システム（改訂）/);
    const row = page.locator('[data-testid=compare-table] tbody tr', { hasText: '対象システム名' });
    assert.match(await row.locator('td').nth(2).textContent(), /（改訂）/, 'the revised name is 変更後');
    readings.push(await sides());
    for (const i of order) await tick(i).uncheck();
  }
  assert.deepEqual(readings[0], readings[1], 'the same comparison whatever the order ticked');
  assert.ok(readings[0][0].startsWith(names[0]) && readings[0][1].startsWith(names[19]), readings[0].join(' | '));
  await tick(0).check();
  await tick(19).check();
  await page.getByTestId('compare-swap').click();
  assert.ok((await sides())[0].startsWith(names[19]), 'swapped');
  await page.getByTestId('compare-swap').click();
  const [compareCsv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compare-csv').click()]);
  assert.equal(compareCsv.suggestedFilename(), `比較_${names[19].replace(/\.json$/, '')}.csv`);
  const compareFile = join(out, 'compare.csv');
  await compareCsv.saveAs(compareFile);
  const compareText = (await readFile(compareFile, 'utf8')).replace(/^\uFEFF/, '');
  assert.match(compareText.split('\r\n')[0], /^変更日,項目,変更前の記載,変更後の記載,提出時期,提出時期に係る説明$/);
  assert.match(compareText, /国民健康保険システム（改訂）/);
  // 変更日 is the later file's own date (2024-03-01), not the day it was compared.
  assert.match(compareText.split('\r\n')[1], /^令和6年3月1日,/);
  await axe(page, 'the 受付一覧 comparing two versions');
  await page.getByTestId('inbox-compare').screenshot({ path: join(shots, 'inbox-compare-ja.png') });

  // In English.
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Received files');
  assert.equal(await page.getByTestId('inbox-count').textContent(), 'Showing 20 of 20');
  await axe(page, 'the 受付一覧 in English');
  await page.screenshot({ path: join(shots, 'inbox-20-en.png'), fullPage: true });
  await page.getByRole('button', { name: '日本語' }).click();
  // A row opens in the reader; back again, the table is still there.
  await page.locator(`[data-testid=inbox-row][data-file="${names[1]}"] [data-testid=inbox-open]`).click();
  await page.waitForSelector('article.document');
  assert.equal(await page.getByTestId('read-file').textContent(), names[1]);
  await page.goBack();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=inbox-row]').length === 20);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.ok(!keys.some((k) => k.startsWith('cloud-decl/v1/draft/')), 'no draft was made');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a review file beside the declarations gives the open questions; a broken file says why', async () => {
  const names = await makeFiles();
  const review = {
    format: 'cloud-subcontract-review', schema_version: 1, id: 'r-1',
    declaration: { id: 'inbox-01', sha256: 'ab'.repeat(32), municipality: CITIES[1] },
    outcome: 'returned',
    items: [
      { id: 'q1', target: { condition: 'C6' }, comment: '確認させてください。', status: 'open' },
      { id: 'q2', target: { section: 'cloud' }, comment: '資料を添付してください。', status: 'resolved' },
    ],
  };
  await writeFile(join(dir, 'review.json'), JSON.stringify(review));
  await writeFile(join(dir, 'broken.json'), '{ "format": ');
  const { context, page, errors } = await openPage(app.browser, app.server.url + '#/inbox');
  await page.locator('#inbox-files-input').setInputFiles([join(dir, names[1]), join(dir, 'review.json'), join(dir, 'broken.json')]);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=inbox-row]').length === 1);
  // The review file is read after the declaration: its count arrives then.
  await page.waitForFunction(() => document.querySelector('[data-testid=inbox-questions]')?.textContent === '1件');
  await page.locator('#inbox-files-error').waitFor();
  assert.match(await page.locator('#inbox-files-error').textContent(), /broken\.json：/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the table of tests/fixtures/*.json saves as the CLI prints it', async () => {
  const names = ['compliant.json', 'draft.json', 'noncompliant.json'];
  const { context, page, errors } = await openPage(app.browser, app.server.url + '#/inbox');
  await page.locator('#inbox-files-input').setInputFiles(names.map((n) => join(fixtures, n)));
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=inbox-row]').length === 3);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('inbox-csv').click()]);
  const file = join(out, 'inbox-fixtures.csv');
  await download.saveAs(file);
  assert.equal(await readFile(file, 'utf8'), checker(fixtures, ['--format', 'csv', ...names]));
  assert.deepEqual(errors, []);
  await context.close();
});

test('one declaration sent to several municipalities: the same body is grouped, the one that differs stands out', async () => {
  const sameDir = join(output, 'inbox-same');
  await rm(sameDir, { recursive: true, force: true });
  await mkdir(sameDir, { recursive: true });
  const base = JSON.parse(await readFile(join(fixtures, 'compliant.json'), 'utf8'));
  const cities = ['伊賀市', '名張市', '亀山市', '鈴鹿市'];
  const names = [];
  for (const [i, city] of cities.entries()) {
    const d = structuredClone(base);
    d.id = `same-${i}`;
    d.basic.municipality = city;
    d.basic.item_number = 3 + i;
    if (city === '名張市') d.entrustment.content = `${d.entrustment.content}（名張市のみ追記）`;
    const name = `申告書_${city}.json`;
    await writeFile(join(sameDir, name), JSON.stringify(d, null, 2));
    names.push(name);
  }
  for (const width of [1280, 375]) {
    const { context, page, errors } = await openPage(app.browser, app.server.url + '#/inbox', { width, height: 900 });
    await page.locator('#inbox-files-input').setInputFiles(names.map((n) => join(sameDir, n)));
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=inbox-row]').length === 4);
    const summary = page.getByTestId('inbox-same-summary');
    assert.match(await summary.textContent(), /本文が同じファイル（同一内容）：A（3件）。/);
    const tagOf = (file) => page.locator(`[data-testid=inbox-row][data-file="${file}"] [data-testid=inbox-same]`);
    for (const city of ['伊賀市', '亀山市', '鈴鹿市']) {
      assert.equal(await tagOf(`申告書_${city}.json`).textContent(), '同一内容A（3件）');
      assert.ok(await tagOf(`申告書_${city}.json`).isVisible(), `${city}'s tag shows at ${width} px`);
    }
    assert.equal(await tagOf('申告書_名張市.json').count(), 0, 'the one that differs has no group');
    // The checker says the same of each file's body.
    const lines = checker(sameDir, names).trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(new Set(lines.map((l) => l.body_sha256)).size, 2);
    // Grouped with the keyboard: the group's rows first, the odd one last.
    await summary.locator('button[data-sort=Body]').focus();
    await page.keyboard.press('Enter');
    const order = await page.locator('[data-testid=inbox-row]').evaluateAll((rows) => rows.map((r) => r.dataset.file));
    assert.deepEqual(order, ['申告書_伊賀市.json', '申告書_亀山市.json', '申告書_鈴鹿市.json', '申告書_名張市.json']);
    await page.screenshot({ path: join(shots, `inbox-same-content-${width}.png`), fullPage: true });
    assert.deepEqual(errors, []);
    await context.close();
  }
});
