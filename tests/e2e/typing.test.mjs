// Japanese as people type it, in a real Chromium: era dates (令和6年2月28日, R6.2.28) and
// full-width phone numbers and postal codes are stored as spec §3 says and exported so; the
// language chosen is remembered across a reload; the printed document is Japanese under the
// English UI, in English on request, and carries the declaration's id and its file's hash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openPage, appIsUp, fixtures, output, appAndBrowser, storedDraft } from './support.mjs';
import { controlId } from './fill.mjs';

const out = join(output, 'exports');
const app = appAndBrowser(out);

const stored = storedDraft;

/** Types `text` into the control of `path` and leaves it (Tab). */
async function typeAndLeave(page, path, text) {
  const input = page.locator('#' + controlId(path));
  await input.fill('');
  await input.type(text);
  await page.keyboard.press('Tab');
  return input;
}

test('era dates are taken and stored as ISO dates', async () => {
  const { context, page, errors } = await openPage(app.browser, app.server.url + '#/basic');
  const date = await typeAndLeave(page, 'basic.declaration_date', '令和6年2月28日');
  assert.equal(await date.inputValue(), '2024-02-28', 'the control shows the stored date');
  await page.waitForFunction(() => document.querySelector('[data-testid=save-status]')?.textContent.includes('保存しました'));
  assert.equal((await stored(page)).basic.declaration_date, '2024-02-28');
  await typeAndLeave(page, 'basic.declaration_date', 'R6.2.28');
  assert.equal(await date.inputValue(), '2024-02-28');
  // No error: it is a real date.
  assert.equal(await page.locator('#' + controlId('basic.declaration_date') + '-error').count(), 0);
  // A day that is not in the era says so, as any unreal date.
  await typeAndLeave(page, 'basic.declaration_date', '令和1年4月30日');
  await page.locator('#' + controlId('basic.declaration_date') + '-error').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('full-width phone numbers and bare postal codes are stored and exported normalised', async () => {
  const { context, page, errors } = await openPage(app.browser, app.server.url + '#/basic');
  const phone = await typeAndLeave(page, 'basic.declarant.phone', '０５９－２２２－４１６５');
  assert.equal(await phone.inputValue(), '059-222-4165');
  await page.goto(app.server.url + '#/entrustment');
  const postal = await typeAndLeave(page, 'entrustment.contractor.postal_code', '5140003');
  assert.equal(await postal.inputValue(), '514-0003');
  await page.waitForFunction(() => document.querySelector('[data-testid=save-status]')?.textContent.includes('保存しました'));
  const d = await stored(page);
  assert.equal(d.basic.declarant.phone, '059-222-4165');
  assert.equal(d.entrustment.contractor.postal_code, '514-0003');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-any').click(),
  ]);
  const file = join(out, 'typed-normalised.json');
  await download.saveAs(file);
  const exported = JSON.parse(await readFile(file, 'utf8'));
  assert.equal(exported.basic.declarant.phone, '059-222-4165');
  assert.equal(exported.entrustment.contractor.postal_code, '514-0003');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a 法人番号 typed in full width is stored half-width; a wrong check digit is named', async () => {
  const { context, page, errors } = await openPage(app.browser, app.server.url + '#/entrustment');
  const path = 'entrustment.contractor.corporate_number';
  const contractor = page.getByRole('group', { name: '委託先' });
  await contractor.getByLabel('法人番号').waitFor();
  assert.equal(await page.locator('#' + controlId(path)).getAttribute('inputmode'), 'numeric');
  const input = await typeAndLeave(page, path, '４０１１－００１－０９８９９３');
  assert.equal(await input.inputValue(), '4011001098993');
  assert.equal(await page.locator('#' + controlId(path) + '-error').count(), 0);
  await page.waitForFunction(() => document.querySelector('[data-testid=save-status]')?.textContent.includes('保存しました'));
  assert.equal((await stored(page)).entrustment.contractor.corporate_number, '4011001098993');
  await typeAndLeave(page, path, '4011001098994');
  const error = page.locator('#' + controlId(path) + '-error');
  await error.waitFor();
  assert.match(await error.textContent(), /法人番号の検査用数字（先頭の1桁）が合いません/);
  await typeAndLeave(page, path, '12345');
  await page.waitForFunction((id) => document.getElementById(id)?.textContent.includes('現在5桁'), controlId(path) + '-error');
  // It is optional: emptied, no error.
  await typeAndLeave(page, path, '');
  await page.waitForFunction((id) => !document.getElementById(id), controlId(path) + '-error');
  assert.deepEqual(errors, []);
  await context.close();
});

test('English is remembered after a reload', async () => {
  const { context, page } = await openPage(app.browser, app.server.url + '#/basic');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByLabel('Commissioning municipality').waitFor();
  await page.reload();
  await appIsUp(page);
  await page.getByLabel('Commissioning municipality').waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page.getByRole('button', { name: '日本語' }).click();
  // Japanese and nothing else stored: a first visit, so the prerendered 基本情報 shows first,
  // with its own control of that label, until the app takes over.
  await page.reload();
  await appIsUp(page);
  await page.getByLabel('委託元の地方公共団体名').waitFor();
  await context.close();
});

test('the print page is Japanese under the English UI, English on request, with id and hash', async () => {
  const { context, page, errors } = await openPage(app.browser, app.server.url + '#/drafts');
  await page.locator('#file-open-input').setInputFiles(join(fixtures, 'compliant.json'));
  await page.waitForURL(/#\/$/);
  await page.getByRole('button', { name: 'English' }).click();
  await page.evaluate(() => { location.hash = '#/print'; });
  const doc = page.locator('article.document');
  await doc.waitFor();
  assert.equal(await doc.getAttribute('lang'), 'ja', 'the city files the Japanese document');
  assert.equal(await page.getByTestId('declaration-date').textContent(), '令和6年2月20日');
  const ids = page.getByTestId('document-ids');
  const fixture = JSON.parse(await readFile(join(fixtures, 'compliant.json'), 'utf8'));
  assert.match(await ids.textContent(), new RegExp(`申告書ID：${fixture.id}`));
  assert.match(await ids.textContent(), /未書き出し/);
  await page.getByLabel('English (a copy for reference)').check();
  await page.waitForFunction(() => document.querySelector('article.document')?.lang === 'en');
  assert.match(await ids.textContent(), /Declaration ID/);
  await page.getByLabel('Japanese (to hand in)').check();
  await page.waitForFunction(() => document.querySelector('article.document')?.lang === 'ja');
  // Once exported, the document carries the start of the file's hash.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-any').click(),
  ]);
  const file = join(out, 'printed-and-exported.json');
  await download.saveAs(file);
  const hash = JSON.parse(await readFile(file, 'utf8')).integrity.sha256;
  await page.waitForFunction((h) => document.querySelector('[data-testid=document-ids]')?.textContent.includes(h),
    hash.slice(0, 16));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a country is chosen from the list or typed as a name', async () => {
  const { context, page, errors } = await openPage(app.browser, app.server.url + '#/entrustment');
  await page.locator(`#${controlId('entrustment.uses_cloud')} input[value="true"]`).check();
  await page.goto(app.server.url + '#/cloud');
  await page.getByRole('button', { name: '保管場所を追加' }).click();
  const path = 'cloud.data_location.regions[0].country';
  const list = await page.locator('#' + controlId(path)).getAttribute('list');
  const options = await page.locator(`datalist#${list} option`).evaluateAll((os) => os.map((o) => [o.value, o.textContent]));
  assert.deepEqual(options[0], ['JP', '日本'], '日本 first');
  const country = await typeAndLeave(page, path, '日本');
  assert.equal(await country.inputValue(), 'JP');
  await typeAndLeave(page, path, 'ｓｇ');
  assert.equal(await country.inputValue(), 'SG');
  assert.deepEqual(errors, []);
  await context.close();
});
