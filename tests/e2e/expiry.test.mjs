// Certificates about to lapse (issue 12 ⑤), in a real Chromium: compliant.json with its
// ISO/IEC 27018 certificate valid until 41 days after the declaration date. C2 stays 適合
// and a 注意 with the date shows under it on the cloud page, the review page, the reader
// and the printed document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fixtures, output, appAndBrowser, openPage, axe } from './support.mjs';

const shots = join(output, 'screenshots');
const app = appAndBrowser(shots);

async function soonFile() {
  const d = JSON.parse(await readFile(join(fixtures, 'compliant.json'), 'utf8'));
  d.cloud.certifications.iso27018.valid_until = '2024-04-01';
  return { name: 'expiring.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(d)) };
}

test('a certificate lapsing 41 days after the declaration date warns everywhere C2 is shown', async () => {
  const file = await soonFile();
  const reader = await openPage(app.browser, app.server.url + '#/read');
  await reader.page.locator('#file-open-input').setInputFiles(file);
  await reader.page.waitForSelector('article.document');
  const row = reader.page.locator('tr[data-condition=C2]');
  assert.equal(await row.getAttribute('data-status'), 'met');
  const inReader = await row.locator('[data-testid=expiring]').textContent();
  assert.match(inReader, /^注意：ISO\/IEC 27018 の認証の有効期限（令和6年4月1日）は申告日の41日後/);
  await reader.context.close();

  const { context, page, errors } = await openPage(app.browser, app.server.url + '#/drafts');
  await page.locator('#file-open-input').setInputFiles(file);
  await page.waitForURL(/#\/$/);
  await page.goto(app.server.url + '#/cloud');
  const note = page.locator('[data-testid=expiring][data-path="cloud.certifications.iso27018"]');
  await note.waitFor();
  assert.match(await note.textContent(), /有効期限（2024-04-01）は申告日の41日後/);
  assert.equal(await page.locator('.condition-note[data-condition=C2]').getAttribute('data-status'), 'met');
  await note.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(shots, 'cloud-c2-expiring-ja-1280.png') });
  await axe(page, 'the cloud page with a warning');
  await page.goto(app.server.url + '#/review');
  await page.locator('tr[data-condition=C2] [data-testid=expiring]').waitFor();
  await page.goto(app.server.url + '#/print');
  await page.locator('article.document tr[data-condition=C2] [data-testid=expiring]').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
