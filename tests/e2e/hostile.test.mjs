// Hostile text in a received file (issue 11), in a real Chromium: a subcontractor's name
// holding a right-to-left override (Trojan Source, CVE-2021-42574) and a zero-width space.
// The reader, the review page, the subcontractors page (cards and diagram) and the printed
// document show the name isolated (U+2068 … U+2069) with its override dropped, never the
// override itself outside the form's own input, and the page names the character in its
// error: 「見えない制御文字（U+202E）が含まれています」.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fixtures, output, appAndBrowser, openPage } from './support.mjs';

const app = appAndBrowser(join(output, 'hostile'));
const RLO = '\u202E';

async function hostileFile() {
  const d = JSON.parse(await readFile(join(fixtures, 'compliant.json'), 'utf8'));
  d.subcontractors[0].name = `株式会社${RLO}ABC`;
  return { name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(d)) };
}

/** Every text node of the page outside form controls that holds an override. */
const overrides = (page) => page.evaluate((rlo) => {
  const found = [];
  const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walk.nextNode()) {
    if (walk.currentNode.data.includes(rlo)) found.push(walk.currentNode.parentElement?.outerHTML.slice(0, 120));
  }
  for (const el of document.querySelectorAll('[title], [aria-label]')) {
    for (const a of ['title', 'aria-label']) if (el.getAttribute(a)?.includes(rlo)) found.push(`${a} of ${el.tagName}`);
  }
  return found;
}, RLO);

test('a right-to-left override in a name is isolated on every page and named in its error', async () => {
  const file = await hostileFile();
  const reader = await openPage(app.browser, app.server.url + '#/read');
  await reader.page.locator('#file-open-input').setInputFiles(file);
  await reader.page.waitForSelector('article.document');
  assert.deepEqual(await overrides(reader.page), [], 'the reader');
  const text = await reader.page.textContent('article.document');
  assert.ok(text.includes('\u2068株式会社⟨U+202E⟩ABC\u2069'), 'the name is isolated in the document, its control shown as what it is');
  assert.match(text, /見えない制御文字（U\+202E）が含まれています/);
  await reader.context.close();

  const { context, page, errors } = await openPage(app.browser, app.server.url + '#/drafts');
  await page.locator('#file-open-input').setInputFiles(file);
  await page.waitForURL(/#\/$/);
  for (const route of ['#/', '#/subcontractors', '#/review', '#/print', '#/drafts']) {
    await page.goto(app.server.url + route);
    await page.waitForSelector('main h1');
    await page.waitForTimeout(100);
    assert.deepEqual(await overrides(page), [], route);
  }
  await page.goto(app.server.url + '#/subcontractors');
  const svg = await page.locator('.diagram-figure__svg svg').innerHTML();
  assert.ok(!svg.includes(RLO) && svg.includes('株式会社⟨U+202E⟩'), 'the diagram');
  assert.deepEqual(errors, []);
  await context.close();
});
