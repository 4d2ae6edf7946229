// The reviewer's pile (issue 31), in a real Chromium: 32 received files made here — complete
// and compliant, not met, drafts, no attestation, one answer missing, edited after export,
// two versions of one declaration, certificates about to lapse, a name holding a bidi
// control, a broken file — through the 受付一覧 and the reader, as a city's reviewer would:
// the pile picked at once; the table within 1280 px with the file's name kept in view when
// it scrolls sideways; sorted by 期限 (soonest first) and filtered to 未完了; a row opened and
// the way back finds the same filter, sort and scroll; a reload finds the pile; the two
// versions compared in both tick orders read the same; the CSV is the CLI's on the same
// files (the broken one a row with its reason); emptying the list is undone; the verdict
// banner of five kinds of file in the first screenful at 1280×800 and 375×667; a card per
// file at 375 px. Screenshots of each are written for a person to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fixtures, output, appAndBrowser, openPage, checker } from './support.mjs';

const out = join(output, 'exports');
const shots = join(output, 'screenshots');
const dir = join(output, 'pile');
const app = appAndBrowser(out);
const RLO = '\u202E';

const run = (args) => checker(dir, args);

/** The pile: file name → what it is. The broken file comes last (the CSV lists refused
 * files after the rows). */
async function makePile() {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const base = {};
  for (const f of ['compliant', 'noncompliant', 'draft']) {
    base[f] = JSON.parse(await readFile(join(fixtures, `${f}.json`), 'utf8'));
  }
  const files = [];
  const add = (kind, change = () => {}) => {
    const n = String(files.length + 1).padStart(2, '0');
    const d = structuredClone(base[kind === 'draft' ? 'draft' : kind === 'noncompliant' ? 'noncompliant' : 'compliant']);
    d.id = `pile-${n}`;
    d.basic.municipality = `市${n}`;
    change(d);
    files.push({ name: `申告書_${n}_${kind}.json`, kind, d });
  };
  for (let i = 0; i < 10; i++) add('compliant');
  for (let i = 0; i < 6; i++) add('noncompliant');
  for (let i = 0; i < 4; i++) add('draft');
  for (let i = 0; i < 2; i++) add('no-attestation', (d) => { delete d.attestation; });
  add('one-missing', (d) => { delete d.basic.system_name; });
  for (let i = 0; i < 2; i++) add('edited', (d) => { d.integrity = { sha256: '0'.repeat(64) }; });
  add('version', (d) => { d.id = 'pile-versions'; d.exported_at = '2024-02-20T01:00:00Z'; });
  add('version', (d) => {
    d.id = 'pile-versions';
    d.basic.municipality = files.at(-1).d.basic.municipality;
    d.exported_at = '2024-03-01T01:00:00Z';
    d.basic.system_name = '国民健康保険システム（改訂）';
  });
  for (const until of ['2024-05-01', '2024-03-15', '2024-04-01']) {
    add('lapsing', (d) => { d.cloud.certifications.iso27018.valid_until = until; });
  }
  add('bidi', (d) => { d.subcontractors[0].name = `国民健康保険${RLO}会央中`; });
  for (const f of files) await writeFile(join(dir, f.name), JSON.stringify(f.d, null, 2));
  await writeFile(join(dir, '申告書_99_broken.json'), '{ "format": ');
  files.push({ name: '申告書_99_broken.json', kind: 'broken' });
  return files;
}

const rows = (page) => page.locator('[data-testid=inbox-row]');
const rowCount = (page, n) => page.waitForFunction((n) => document.querySelectorAll('[data-testid=inbox-row]').length === n, n);

/** The banner's box is inside the first screenful, and what it says. */
async function bannerFirst(page, height, where) {
  const banner = page.getByTestId('verdict-banner');
  await banner.waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await banner.boundingBox();
  assert.ok(box.y >= 0 && box.y + box.height <= height, `${where}: banner ${Math.round(box.y)}–${Math.round(box.y + box.height)} px, screen ${height}`);
  return page.getByTestId('banner-overall').getAttribute('data-status');
}

test('a pile of 32 files: fits, sorts by 期限, filters 未完了, comes back as left, survives a reload, compares, saves the CLI’s CSV, undoes a clear', async () => {
  const pile = await makePile();
  const names = pile.map((f) => f.name);
  const declarations = pile.filter((f) => f.kind !== 'broken');
  const lines = run(declarations.map((f) => f.name)).trim().split('\n').map((l) => JSON.parse(l));
  const overallOf = Object.fromEntries(lines.map((l) => [l.file, l.overall]));

  const { context, page, errors } = await openPage(app.browser, app.server.url + '#/inbox', { width: 1280, height: 800 });
  await page.locator('#inbox-files-input').setInputFiles(names.map((n) => join(dir, n)));
  await rowCount(page, declarations.length);
  await page.getByTestId('inbox-refused').waitFor();
  assert.match(await page.getByTestId('inbox-refused').textContent(), /申告書_99_broken\.json/);

  // Every column within 1280 px: the table does not scroll sideways.
  const fit = await page.locator('#inbox-scroll').evaluate((e) => [e.scrollWidth, e.clientWidth]);
  assert.ok(fit[0] <= fit[1] + 1, `the table is ${fit[0]} px wide in ${fit[1]} px`);
  await page.locator('#inbox-caption').evaluate((e) => e.scrollIntoView());
  await page.screenshot({ path: join(shots, 'pile-inbox-1280.png') });
  // The conditions' marks carry their words for a screen reader and on hover.
  const cell = rows(page).first().locator('td[data-condition=C1]');
  assert.match(await cell.locator('.visually-hidden').textContent(), /^C1 .+：適合$/);
  assert.match(await page.locator('th.inbox__cond').first().getAttribute('aria-label'), /^C1 /);
  // The two versions say which is which; the latest is marked.
  const version = (n) => page.locator(`[data-testid=inbox-row][data-file="${n}"] [data-testid=inbox-version]`).textContent();
  const [v1, v2] = declarations.filter((f) => f.kind === 'version').map((f) => f.name);
  assert.equal(await version(v1), '版 1/2');
  assert.equal(await version(v2), '版 2/2（最新）');
  assert.equal(await page.locator(`[data-testid=inbox-row][data-file="${v2}"] [data-testid=inbox-exported]`).textContent(), '2024-03-01 10:00');

  // Sorted by 期限: the certificates lapsing soonest first.
  await page.locator('button[data-sort=Expiring]').click();
  const lapsing = declarations.filter((f) => f.kind === 'lapsing')
    .sort((a, b) => a.d.cloud.certifications.iso27018.valid_until.localeCompare(b.d.cloud.certifications.iso27018.valid_until))
    .map((f) => f.name);
  const shownNames = () => page.locator('[data-testid=inbox-row] .inbox__name').allTextContents();
  assert.deepEqual((await shownNames()).slice(0, 3), lapsing);
  // Only 未完了, as the CLI judges them.
  await page.locator('#inbox-filter').selectOption('incomplete');
  const incomplete = lines.filter((l) => l.overall === 'incomplete').map((l) => l.file);
  await rowCount(page, incomplete.length);
  assert.deepEqual((await shownNames()).sort(), [...incomplete].sort());
  assert.ok(incomplete.length >= 7, `${incomplete.length} incomplete`);

  // Opened from far down the table, and back: the same filter, order and scroll.
  await page.setViewportSize({ width: 1280, height: 400 });
  await page.evaluate(() => window.scrollTo(0, (document.body.scrollHeight - innerHeight) * 0.6));
  const scrolled = await page.evaluate(() => window.scrollY);
  assert.ok(scrolled > 100, `scrolled ${scrolled}`);
  // A row on the screen there.
  const onScreen = await page.evaluate(() => [...document.querySelectorAll('[data-testid=inbox-row]')]
    .findIndex((r) => r.getBoundingClientRect().top > 0 && r.getBoundingClientRect().bottom < innerHeight));
  assert.ok(onScreen >= 0, 'a row is on the screen');
  const last = rows(page).nth(onScreen);
  const opened = await last.locator('.inbox__name').textContent();
  await last.getByTestId('inbox-open').click();
  await page.setViewportSize({ width: 1280, height: 800 });
  assert.equal(await bannerFirst(page, 800, opened), 'incomplete');
  assert.equal(await page.getByTestId('read-file').textContent(), opened);
  await page.setViewportSize({ width: 1280, height: 400 });
  await page.getByTestId('back-to-inbox').click();
  await rowCount(page, incomplete.length);
  assert.equal(await page.locator('#inbox-filter').inputValue(), 'incomplete');
  assert.equal(await page.locator('th:has(button[data-sort=Expiring])').getAttribute('aria-sort'), 'ascending');
  await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 5, scrolled);
  // The focus is back on the row's 「開く」, not at the top of the page.
  assert.equal(await page.evaluate(() => document.activeElement?.closest('[data-testid=inbox-row]')?.dataset.file), opened);
  await page.setViewportSize({ width: 1280, height: 800 });

  // A reload finds the pile (kept in this browser), the refused file with it.
  await page.reload();
  await page.locator('main h1').waitFor();
  await rowCount(page, declarations.length);
  await page.getByTestId('inbox-refused').waitFor();

  // The two versions compared, ticked in both orders: the same reading.
  const tick = (n) => page.locator(`[data-testid=inbox-row][data-file="${n}"] input[type=checkbox]`);
  const sides = async () => [await page.getByTestId('compare-before').textContent(), await page.getByTestId('compare-after').textContent()];
  const readings = [];
  for (const order of [[v2, v1], [v1, v2]]) {
    for (const n of order) await tick(n).check();
    await page.getByTestId('compare-table').waitFor();
    readings.push(await sides());
    for (const n of order) await tick(n).uncheck();
  }
  assert.deepEqual(readings[0], readings[1]);
  assert.ok(readings[0][0].startsWith(v1) && readings[0][1].startsWith(v2), readings[0].join(' | '));
  await tick(v1).check();
  await tick(v2).check();
  await page.getByTestId('compare-table').waitFor();
  await page.getByTestId('inbox-compare').screenshot({ path: join(shots, 'pile-compare-1280.png') });
  // 「比較を印刷」 prints the comparison alone (as the change list prints).
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => document.body.classList.add('print-compare'));
  assert.ok(await page.getByTestId('compare-table').isVisible());
  assert.ok(!(await page.getByTestId('inbox-table').isVisible()), 'the table is not printed with the comparison');
  assert.ok(!(await page.getByTestId('compare-print').isVisible()), 'nor its buttons');
  await page.pdf({ path: join(output, 'pile-compare.pdf'), format: 'A4' });
  await page.screenshot({ path: join(shots, 'pile-compare-print.png'), fullPage: true });
  await page.evaluate(() => document.body.classList.remove('print-compare'));
  await page.emulateMedia({ media: 'screen' });
  await tick(v1).uncheck();
  await tick(v2).uncheck();

  // The CSV: the CLI's on the same files, byte for byte, the refused file a row of its own.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('inbox-csv').click()]);
  const csvFile = join(out, 'pile.csv');
  await download.saveAs(csvFile);
  const csv = await readFile(csvFile, 'utf8');
  assert.equal(csv, run(['--format', 'csv', ...names]));
  const last_row = csv.trim().split('\r\n').at(-1);
  assert.match(last_row, /^申告書_99_broken\.json,{20}.+JSON/);
  assert.ok(!/,(met|not_met|true|false|absent),/.test(csv), 'no machine word in the CSV');

  // 「一覧を空にする」 is undone, and the pile stays kept.
  await page.getByTestId('inbox-clear').click();
  await page.getByTestId('inbox-empty').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'inbox-undo');
  await page.getByTestId('inbox-undo').click();
  await rowCount(page, declarations.length);
  await page.reload();
  await rowCount(page, declarations.length);

  // The banner of each kind of file, first on the screen at 1280×800.
  const kinds = { compliant: 'met', noncompliant: 'not_met', draft: 'incomplete', edited: 'met', bidi: 'incomplete' };
  for (const [kind, status] of Object.entries(kinds)) {
    const f = declarations.find((x) => x.kind === kind);
    await page.goto(app.server.url + '#/inbox');
    await rowCount(page, declarations.length);
    await page.locator(`[data-testid=inbox-row][data-file="${f.name}"] [data-testid=inbox-open]`).click();
    assert.equal(await bannerFirst(page, 800, `${kind} at 1280`), status);
    assert.equal(status, overallOf[f.name], `the banner says what the CLI says of ${f.name}`);
    if (kind === 'edited') {
      assert.equal(await page.getByTestId('banner-integrity').getAttribute('data-integrity'), 'mismatch');
      assert.match(await page.getByTestId('banner-caveat').textContent(), /出力後に変更されています/, 'the verdict itself is qualified');
    }
    if (kind === 'noncompliant') {
      // The banner's links move within the page, never to another route.
      for (const [link, target] of [['banner-tally', 'document-verdict'], ['banner-questions', 'review-panel']]) {
        await page.getByTestId(link).locator('xpath=descendant-or-self::a').first().press('Enter');
        await page.waitForFunction((id) => document.activeElement?.id === id, target);
        assert.match(page.url(), /#\/read$/, `${link} stays on the reader`);
        assert.equal(await page.getByTestId('read-file').textContent(), f.name);
      }
    }
    if (kind === 'bidi') {
      assert.match(await page.getByTestId('banner-bidi').textContent(), /制御文字/);
      assert.match(await page.locator('article.document').textContent(), /国民健康保険⟨U\+202E⟩会央中/);
    }
    await page.screenshot({ path: join(shots, `pile-reader-${kind}-1280.png`) });
  }
  assert.deepEqual(errors, []);
  await context.close();

  // At a phone's width: the reader's banner first, and a card per file in the 受付一覧.
  const phone = await openPage(app.browser, app.server.url + '#/read', { width: 375, height: 667 });
  for (const kind of Object.keys(kinds)) {
    const f = declarations.find((x) => x.kind === kind);
    await phone.page.goto(app.server.url + '#/read');
    await phone.page.locator('#file-open-input').setInputFiles(join(dir, f.name));
    await phone.page.getByTestId('verdict-banner').waitFor();
    await phone.page.waitForFunction((n) => document.querySelector('[data-testid=read-file]')?.textContent === n, f.name);
    assert.equal(await bannerFirst(phone.page, 667, `${kind} at 375`), kinds[kind]);
    await phone.page.screenshot({ path: join(shots, `pile-reader-${kind}-375.png`) });
  }
  await phone.page.goto(app.server.url + '#/inbox');
  await phone.page.locator('#inbox-files-input').setInputFiles(names.map((n) => join(dir, n)));
  await rowCount(phone.page, declarations.length);
  const card = rows(phone.page).first();
  for (const part of ['td[data-overall]', 'td[data-condition=S7]', '[data-testid=inbox-open]', '[data-testid=inbox-questions]']) {
    const box = await card.locator(part).boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 375, `${part} within the card at 375 px: ${JSON.stringify(box)}`);
  }
  // The sort buttons are there at a phone's width, above the cards.
  assert.ok(await phone.page.locator('button[data-sort=Expiring]').isVisible(), 'sorting at 375 px');
  const noSideways = await phone.page.evaluate(() => document.documentElement.scrollWidth <= 375);
  assert.ok(noSideways, 'the page does not scroll sideways at 375 px');
  await card.evaluate((e) => e.scrollIntoView());
  await phone.page.screenshot({ path: join(shots, 'pile-inbox-375.png') });
  assert.deepEqual(phone.errors, []);
  await phone.context.close();
});

test('the file name stays in view when a narrow table scrolls sideways', async () => {
  const pile = await makePile();
  const { context, page, errors } = await openPage(app.browser, app.server.url + '#/inbox', { width: 900, height: 700 });
  await page.locator('#inbox-files-input').setInputFiles(pile.slice(0, 3).map((f) => join(dir, f.name)));
  await rowCount(page, 3);
  const scroller = page.locator('#inbox-scroll');
  const [wide, shown] = await scroller.evaluate((e) => [e.scrollWidth, e.clientWidth]);
  assert.ok(wide > shown, 'at 900 px the table scrolls');
  await scroller.evaluate((e) => { e.scrollLeft = e.scrollWidth; });
  const name = await rows(page).first().locator('th.inbox__file').boundingBox();
  const box = await scroller.boundingBox();
  assert.ok(Math.abs(name.x - box.x) < 2, `the name column sits at the left edge: ${name.x} vs ${box.x}`);
  await page.screenshot({ path: join(shots, 'pile-inbox-900-scrolled.png') });
  assert.deepEqual(errors, []);
  await context.close();
});
