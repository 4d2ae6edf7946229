// The guided form in a real Chromium: filling the whole compliant declaration by typing and
// clicking, then exporting it; the error summary; sections that do not apply; a two-level
// subcontractor chain; Japanese IME composition; the language switch; keyboard-only use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { serve, launch, openPage, fixtures, output, root, appAndBrowser, settled } from './support.mjs';
import { fillDeclaration, answer, next, controlId } from './fill.mjs';

const app = appAndBrowser(join(output, 'exports'));

/** The declaration without what differs between two writings of it: id, times, export stamps, empty texts. */
function comparable(d) {
  const drop = new Set(['id', 'created_at', 'updated_at', 'exported_at', 'generator', 'integrity']);
  const clean = (v, top) => {
    if (Array.isArray(v)) return v.map((x) => clean(x, false));
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v)
        .filter(([k, x]) => !(top && drop.has(k)) && x !== '')
        .map(([k, x]) => [k, clean(x, false)]));
    }
    return v;
  };
  return clean(d, true);
}

test('every answer of compliant.json typed in, exported, equal to the fixture; the checker accepts it', async () => {
  const fixture = JSON.parse(await readFile(join(fixtures, 'compliant.json'), 'utf8'));
  const { context, page, errors } = await openPage(app.browser, app.server.url);
  await fillDeclaration(page, fixture);
  await page.waitForSelector('table.verdict tbody tr');
  const words = await page.$$eval('table.verdict .verdict__status', (s) => s.map((e) => e.textContent));
  assert.deepEqual(words, Array(11).fill('適合'));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /申告書ファイル（JSON）を保存/ }).click(),
  ]);
  // Versions told apart: the name carries the export time in Japan time.
  assert.match(download.suggestedFilename(), /^申告書_○○市_2024-02-20_\d{8}-\d{4}\.json$/);
  const file = join(output, 'exports', 'typed-compliant.json');
  await download.saveAs(file);
  const exported = JSON.parse(await readFile(file, 'utf8'));
  assert.deepEqual(comparable(exported), comparable(fixture));
  assert.match(exported.integrity.sha256, /^[0-9a-f]{64}$/);
  const check = execFileSync(join(root, 'target/release/declaration-check'), [file], { encoding: 'utf8' });
  assert.equal(JSON.parse(check).complete, true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('error summary: count, focus, エラー： in the title, links focus their field', async () => {
  const { context, page } = await openPage(app.browser, app.server.url + '#/basic');
  await page.locator('form.section-form button[type=submit]').click();
  const summary = page.locator('.error-summary');
  await summary.waitFor();
  assert.equal(await summary.evaluate((e) => e === document.activeElement), true, 'summary has focus');
  assert.match(await page.title(), /^エラー：/);
  assert.match(await summary.locator('h2').textContent(), /（\d+件）/);
  await summary.getByRole('link', { name: '委託元の地方公共団体名を入力してください' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), controlId('basic.municipality'));
  // The same words sit under the field.
  assert.match(await page.locator('#f-basic-municipality-error').textContent(), /委託元の地方公共団体名を入力してください/);
  await context.close();
});

test('sections that do not apply are skipped and say so', async () => {
  const { context, page } = await openPage(app.browser, app.server.url + '#/entrustment');
  const item = (key) => page.locator(`.task-list__item[data-section="${key}"]`);
  await answer(page, 'entrustment.resubcontract', false);
  await answer(page, 'entrustment.uses_cloud', false);
  await page.getByRole('link', { name: 'タスク一覧へ戻る' }).click();
  for (const key of ['subcontractors', 'cloud', 'responsibility', 'measures']) {
    assert.equal(await item(key).getAttribute('data-state'), 'NotApplicable', key);
    assert.match(await item(key).textContent(), /対象外/);
    assert.equal(await item(key).getByRole('link').count(), 0);
  }
  assert.match(await item('subcontractors').textContent(), /再委託しないため/);
  await context.close();
});

test('a two-level subcontractor chain', async () => {
  const { context, page } = await openPage(app.browser, app.server.url + '#/entrustment');
  await answer(page, 'entrustment.resubcontract', true);
  await page.goto(app.server.url + '#/subcontractors');
  await page.getByRole('button', { name: '再委託先を追加', exact: true }).click();
  await answer(page, 'subcontractors[0].name', '国民健康保険中央会');
  await page.getByRole('button', { name: '再委託先を追加', exact: true }).click();
  await answer(page, 'subcontractors[1].name', '株式会社サンプル保守');
  await page.locator(`#${controlId('subcontractors[1].parent')}`).selectOption('sub-1');
  const options = await page.locator(`#${controlId('subcontractors[1].parent')} option`).allTextContents();
  assert.ok(options.some((o) => o.includes('国民健康保険中央会')));
  await page.getByRole('link', { name: 'タスク一覧へ戻る' }).click();
  await page.getByRole('link', { name: '記入内容を確認する' }).click();
  await settled(page, '記入内容の確認');
  const text = await page.locator('main').textContent();
  assert.ok(text.includes('株式会社サンプル保守'));
  assert.ok(text.includes('国民健康保険中央会'));
  await context.close();
});

test('Japanese IME composition is never broken', async () => {
  const { context, page } = await openPage(app.browser, app.server.url + '#/basic');
  const input = page.locator('#' + controlId('basic.municipality'));
  await input.click();
  const cdp = await context.newCDPSession(page);
  for (const step of ['み', 'みえ', 'みえけ', 'みえけん']) {
    await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
  }
  assert.equal(await input.inputValue(), 'みえけん');
  await cdp.send('Input.insertText', { text: '三重県' });
  await page.keyboard.type('○○市');
  assert.equal(await input.inputValue(), '三重県○○市');
  await input.blur();
  // The draft holds the committed text: the review page shows it.
  await page.goto(app.server.url + '#/review');
  await settled(page, '記入内容の確認');
  assert.ok((await page.locator('main').textContent()).includes('三重県○○市'));
  await context.close();
});

test('language switch: every label, hint and message in English, and back', async () => {
  const { context, page } = await openPage(app.browser, app.server.url + '#/basic');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByLabel('Commissioning municipality').waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page.locator('form.section-form button[type=submit]').click();
  await page.locator('.error-summary').waitFor();
  assert.match(await page.locator('.error-summary').textContent(), /Enter the commissioning municipality/i);
  assert.equal(await page.locator('main').evaluate((m) => /[ぁ-んァ-ン]/.test(m.innerText)), false, 'no Japanese left');
  await page.getByRole('button', { name: '日本語' }).click();
  await page.getByLabel('委託元の地方公共団体名').waitFor();
  await context.close();
});

/** Tab to the next control to type into: past the links of the hints (a term of the 用語集). */
async function tabToNextField(page) {
  await page.keyboard.press('Tab');
  while (await page.evaluate(() => ['A', 'SUMMARY'].includes(document.activeElement?.tagName))) {
    await page.keyboard.press('Tab');
  }
}

test('keyboard only: the basic section completed with Tab, typing and Enter', async () => {
  const fixture = JSON.parse(await readFile(join(fixtures, 'compliant.json'), 'utf8'));
  const { context, page } = await openPage(app.browser, app.server.url + '#/basic');
  const b = fixture.basic;
  const values = [b.municipality, b.assessment_title, b.pi_file, b.system_name, String(b.item_number)];
  await page.locator('#' + controlId('basic.municipality')).focus();
  for (const v of values) {
    await page.keyboard.type(v);
    await tabToNextField(page);
  }
  // The date as a Japanese user may type it: full-width, with slashes.
  await page.keyboard.type('２０２４／２／２０');
  await tabToNextField(page);
  // The offer to send it to several municipalities (宛先) comes before the declarant.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'addressees-start');
  await tabToNextField(page);
  for (const v of [b.declarant.organization, b.declarant.department, b.declarant.name, b.declarant.title, b.declarant.email, '０５９－０００－００００']) {
    await page.keyboard.type(v);
    await tabToNextField(page);
  }
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === '委託の概要')
    .catch(async () => { throw new Error(await page.locator('.error-summary').textContent()); });
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1', 'focus moves to the new heading');
  await context.close();
});
