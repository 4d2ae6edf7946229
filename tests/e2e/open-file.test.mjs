// The app skeleton in a real Chromium: open a declaration through the file control and see
// the §4 verdict; a bad file says why; the language switch; no request leaves the origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { serve, launch, openPage, fixtures, output, appAndBrowser } from './support.mjs';

const shots = join(output, 'screenshots');

const app = appAndBrowser(shots);

const statuses = (page) =>
  page.$$eval('table.verdict tbody tr', (rows) =>
    rows.map((r) => [r.dataset.condition, r.querySelector('.verdict__status').textContent]));

test('compliant.json opened through the file control: every condition 適合', async () => {
  const { context, page, requests, errors } = await openPage(app.browser, app.server.url + '#/read');
  assert.equal(await page.title(), 'クラウド再委託 自己申告書');
  await page.getByLabel('申告書ファイル（JSON）を開く').setInputFiles(join(fixtures, 'compliant.json'));
  await page.waitForSelector('table.verdict tbody tr');
  const rows = await statuses(page);
  assert.deepEqual(rows.map(([id]) => id), ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'S5', 'S6', 'S7']);
  for (const [id, word] of rows) assert.equal(word, '適合', `${id} should be 適合`);
  assert.equal(await page.locator('[data-complete]').getAttribute('data-complete'), 'true');
  await page.screenshot({ path: join(shots, 'open-compliant-ja-1280.png'), fullPage: true });
  const origin = new URL(app.server.url).origin;
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin)), [], 'only the app\'s own origin');
  assert.deepEqual(errors, []);
  await context.close();
});

test('noncompliant.json: C2, C4, C6 不適合; English switch shows Not met', async () => {
  const { context, page } = await openPage(app.browser, app.server.url + '#/read', { width: 375, height: 800 });
  await page.locator('#file-open-input').setInputFiles(join(fixtures, 'noncompliant.json'));
  await page.waitForSelector('table.verdict tbody tr');
  const notMet = (await statuses(page)).filter(([, w]) => w === '不適合').map(([id]) => id);
  assert.deepEqual(notMet, ['C2', 'C4', 'C6']);
  await page.screenshot({ path: join(shots, 'open-noncompliant-ja-375.png'), fullPage: true });
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.title(), 'Cloud re-subcontracting self-declaration');
  const en = await statuses(page);
  assert.equal(en.find(([id]) => id === 'C4')[1], 'Not met');
  assert.ok(await page.getByLabel('Open a declaration file (JSON)').isVisible());
  await context.close();
});

test('a file that is not a declaration: an alert says why, in Japanese', async () => {
  const { context, page } = await openPage(app.browser, app.server.url + '#/read');
  await page.locator('#file-open-input').setInputFiles({
    name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"something-else"}'),
  });
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /申告書ファイルではありません/);
  assert.equal(await page.locator('table.verdict').count(), 0);
  await context.close();
});

test('the reader: an example left with its ○ is 未入力 at its condition; one word for word is marked', async () => {
  // Issue 30: 「この例を使う」 left as it is must never read 適合; an answer equal to an example
  // is allowed (it may be true) and the reviewer sees 「記入例と同じ文です」 beside it.
  const d = JSON.parse(await readFile(join(fixtures, 'compliant.json'), 'utf8'));
  d.responsibility.model_document.title = '○○クラウド 責任共有モデル（○年○月版）';
  d.subcontractors[0].reason = '国保総合(国保集約)システムは全国共通のシステムであり、その開発元である再委託先が保守・運用を一括して行うことで、品質と費用の両面で最も合理的に業務を履行できるため。';
  const { context, page, errors } = await openPage(app.browser, app.server.url + '#/read');
  await page.locator('#file-open-input').setInputFiles({
    name: 'example.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(d)),
  });
  await page.waitForSelector('table.verdict tbody tr');
  const rows = Object.fromEntries(await statuses(page));
  assert.equal(rows.C7, '未入力');
  assert.equal(rows.S5, '適合', 'an example used word for word is an answer');
  const mark = page.getByTestId('same-as-example');
  assert.equal(await mark.count(), 1);
  assert.equal(await mark.textContent(), '記入例と同じ文です');
  assert.match(await page.locator('[data-condition=C7]').first().textContent(), /記入例の「○」が残っています/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the reader: a file with every condition met but no attestation is 未完了, its checks 未記入', async () => {
  // Issue 31: never 「総合判定：適合」 for an incomplete file, and an unanswered check never
  // reads 「いいえ」.
  const d = JSON.parse(await readFile(join(fixtures, 'compliant.json'), 'utf8'));
  delete d.attestation;
  const { context, page, errors } = await openPage(app.browser, app.server.url + '#/read');
  await page.locator('#file-open-input').setInputFiles({
    name: 'no-attestation.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(d)),
  });
  await page.waitForSelector('table.verdict tbody tr');
  const overall = page.getByTestId('overall');
  assert.equal(await overall.getAttribute('data-status'), 'incomplete');
  assert.equal(await overall.textContent(), '未完了（未記入・誤り 5件）');
  assert.ok(Object.values(Object.fromEntries(await statuses(page))).every((s) => s === '適合'));
  const truthful = page.locator('#a-f-attestation-truthful');
  assert.match(await truthful.textContent(), /^未記入/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the reader: the verdict banner is in the first screenful at 1280×800 and 375×667, integrity in the reviewer\'s words', async () => {
  // Issue 31: the overall verdict where the eye lands, before the 照会事項 panel; a file
  // edited after export says so as a warning; one without a hash says it cannot be checked.
  const d = JSON.parse(await readFile(join(fixtures, 'noncompliant.json'), 'utf8'));
  const edited = { ...d, integrity: { sha256: '0'.repeat(64) } };
  for (const [w, h] of [[1280, 800], [375, 667]]) {
    for (const [name, file, integrity, words] of [
      ['noncompliant.json', d, 'absent', 'ハッシュなし（改変の有無を確認できません）'],
      ['edited.json', edited, 'mismatch', '出力後に変更されています'],
    ]) {
      const { context, page, errors } = await openPage(app.browser, app.server.url + '#/read', { width: w, height: h });
      await page.locator('#file-open-input').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
      const banner = page.getByTestId('verdict-banner');
      await banner.waitFor();
      const box = await banner.boundingBox();
      assert.ok(box.y + box.height <= h, `${name} at ${w}: the banner ends at ${box.y + box.height}, below the first screenful (${h})`);
      const panel = await page.getByTestId('review-panel').boundingBox();
      assert.ok(panel.y > box.y, 'the 照会事項 panel comes after it');
      assert.equal(await page.getByTestId('banner-overall').getAttribute('data-status'), 'not_met');
      assert.equal(await page.getByTestId('banner-overall').textContent(), '不適合');
      assert.match(await page.getByTestId('banner-tally').textContent(), /^条件11件中 適合8・不適合3・未入力0/);
      assert.equal(await page.getByTestId('banner-integrity').getAttribute('data-integrity'), integrity);
      assert.match(await page.getByTestId('banner-integrity').textContent(), new RegExp(words.replace(/[()（）]/g, '.')));
      assert.match(await page.getByTestId('document-ids').textContent(), new RegExp(`改変の確認：${words.replace(/[()（）]/g, '.')}`));
      assert.match(await page.getByTestId('banner-questions').textContent(), /未解決の照会：なし/);
      await page.screenshot({ path: join(shots, `reader-banner-${name.replace('.json', '')}-${w}.png`) });
      assert.deepEqual(errors, []);
      await context.close();
    }
  }
});
