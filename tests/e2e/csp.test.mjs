// The content security policy (issue 11): the built index.html carries the policy as the
// first element of <head> and has no inline script, event handler or style attribute; and
// with compliant.json open, no page or route of the app — every section, the review, the
// reader, drafts, the change list, print, the glossary, in both languages, with a
// subcontractor added and the diagram drawn — makes the browser report a violation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dist, fixtures, output, appAndBrowser } from './support.mjs';

const app = appAndBrowser(join(output, 'csp'));

const POLICY = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; " +
  "connect-src 'self'; manifest-src 'self'; worker-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'";

test('the built index.html has the policy first and no inline script', async () => {
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const first = html.match(/<head>\s*(<[^>]*>)/)[1];
  assert.equal(first, `<meta http-equiv="Content-Security-Policy" content="${POLICY}">`);
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  assert.equal(scripts.length, 1, 'one script: the start script (it also starts the app)');
  for (const [, attrs, body] of scripts) {
    assert.match(attrs, /\bsrc="\.\/start-[0-9a-f]{16}\.js"/, 'scripts load from files');
    assert.match(attrs, /\bintegrity="sha384-/);
    assert.equal(body.trim(), '', 'no inline code');
  }
  assert.doesNotMatch(html, /\son[a-z]+=/i, 'no inline event handler');
  assert.doesNotMatch(html, /\sstyle=/i, 'no style attribute');
  const sw = await readFile(join(dist, 'sw.js'), 'utf8');
  assert.match(sw, /"start-[0-9a-f]{16}\.js"/, 'the service worker caches the start script');
});

test('no page or route reports a policy violation', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP' });
  // Listens from before the first script of every document, in every page.
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  const seen = [];
  const check = async (where) => {
    const found = await page.evaluate(() => window.__violations.splice(0));
    seen.push(where);
    assert.deepEqual(found, [], `violations on ${where}`);
  };
  await page.goto(app.server.url + '#/drafts');
  await page.waitForSelector('main h1');
  await page.locator('#file-open-input').setInputFiles(join(fixtures, 'compliant.json'));
  await page.waitForURL(/#\/$/);
  await check('#/ after opening compliant.json');
  const routes = ['#/basic', '#/entrustment', '#/subcontractors', '#/cloud', '#/responsibility', '#/measures',
    '#/attestation', '#/review', '#/changes', '#/print', '#/glossary', '#/drafts', '#/questions', '#/inbox', '#/part', '#/'];
  for (const lang of ['日本語', 'English']) {
    if (lang === 'English') await page.getByRole('button', { name: 'English' }).click();
    for (const route of routes) {
      await page.goto(app.server.url + route);
      await page.waitForSelector('main h1');
      await page.waitForTimeout(50);
      await check(`${route} (${lang})`);
    }
  }
  // Actions that draw: a new subcontractor (card, diagram), a removal question, the reader.
  await page.getByRole('button', { name: '日本語' }).click();
  await page.goto(app.server.url + '#/subcontractors');
  await page.locator('#subcontractors-add').click();
  await page.waitForSelector('.diagram-figure__svg svg');
  await check('#/subcontractors after adding');
  await page.goto(app.server.url + '#/read');
  await page.waitForSelector('main h1');
  await page.locator('#file-open-input').setInputFiles(join(fixtures, 'noncompliant.json'));
  await page.waitForSelector('article.document');
  await check('#/read with noncompliant.json');
  assert.deepEqual(problems, []);
  assert.ok(seen.length >= 28, `${seen.length} places checked`);
  console.log(`csp: ${seen.length} pages and routes, 0 violations`);
  await context.close();
});
