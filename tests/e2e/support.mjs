// Shared pieces of the end-to-end tests: a static server for the built `dist/` (on
// loopback, any free port) and Debian's Chromium driven by playwright-core. Nothing is
// downloaded: the browser is /usr/bin/chromium.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { mkdir, readFile, rm, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { inflateRawSync } from 'node:zlib';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const dist = join(root, 'dist');
export const fixtures = join(root, 'tests/fixtures');
export const output = join(root, 'tests/output');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The precompressed copy of `path` (scripts/compress.mjs) the request accepts, as a static
 * host with `precompressed br gzip` would pick it: brotli, then gzip, else none. */
async function precompressed(req, path) {
  const accepts = String(req.headers['accept-encoding'] ?? '');
  for (const [enc, ext] of [['br', '.br'], ['gzip', '.gz']]) {
    if (!new RegExp(`\\b${enc}\\b`).test(accepts)) continue;
    try {
      return { enc, body: await readFile(path + ext) };
    } catch { /* not there: the next one, or the file as it is */ }
  }
  return null;
}

/** Serves `dir` under `base` (like `/` or `/forms/declaration/`) on 127.0.0.1, on `port`
 * (any free one by default), sending a file's .br or .gz copy when there is one and the
 * browser accepts it. Also run from the command line by serve-cli.mjs. With `tls`
 * ({ key, cert }) over HTTP/2 with TLS (HTTP/1.1 for clients without it), as today's static
 * hosts serve; else over plain HTTP/1.1, where a browser opens at most six connections. */
export async function serve(dir = dist, base = '/', port = 0, tls = null) {
  dir = resolve(dir);
  const handler = async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (!url.pathname.startsWith(base)) { res.writeHead(404).end(); return; }
    let rel = decodeURIComponent(url.pathname.slice(base.length)) || 'index.html';
    const file = normalize(join(dir, rel));
    if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
    try {
      const s = await stat(file);
      const path = s.isDirectory() ? join(file, 'index.html') : file;
      const type = types[extname(path)] ?? 'application/octet-stream';
      const packed = await precompressed(req, path);
      if (packed) {
        res.writeHead(200, { 'content-type': type, 'content-encoding': packed.enc, vary: 'accept-encoding' });
        res.end(packed.body);
        return;
      }
      const body = await readFile(path);
      res.writeHead(200, { 'content-type': type, vary: 'accept-encoding' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  };
  const server = tls ? createSecureServer({ ...tls, allowHTTP1: true }, handler) : createServer(handler);
  const sessions = new Set();
  server.on('session', (s) => { sessions.add(s); s.on('close', () => sessions.delete(s)); });
  await new Promise((ok, fail) => server.once('error', fail).listen(port, '127.0.0.1', ok));
  const url = `${tls ? 'https' : 'http'}://127.0.0.1:${server.address().port}${base}`;
  const close = () => new Promise((ok) => {
    server.close(ok);
    server.closeAllConnections?.();
    for (const s of sessions) s.destroy();
  });
  return { url, close };
}

export const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Launches Debian's Chromium headless. */
export function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs });
}

/** Opens a page that records every request it makes and every error it prints. */
export async function openPage(browser, url, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport, locale: 'ja-JP' });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  await appIsUp(page);
  return { context, page, requests, errors };
}

/** Every route of the app, as location hashes (src/route.rs): the task list, the sections, the
 *  pages loaded on first use, and a glossary term. */
export const routes = [
  '#/', '#/basic', '#/entrustment', '#/subcontractors', '#/cloud', '#/responsibility', '#/measures',
  '#/attestation', '#/review', '#/print', '#/changes', '#/questions', '#/drafts', '#/read', '#/inbox',
  '#/part', '#/glossary', '#/glossary/ismap',
];

/** Waits until the app shows a page with a heading: the shell is gone (`#boot`, with the
 *  loading text or the prerendered form of a first visit to #/basic, scripts/boot-page.js). */
export async function appIsUp(page) {
  await page.waitForFunction(() => !document.getElementById('boot') && document.querySelector('main h1'));
}

/** Waits until the page headed `heading` is shown (its code loaded: no 「読み込み中…」; the
 *  app's own page, not the prerendered one). */
export async function settled(page, heading) {
  await page.waitForFunction((h) => !document.getElementById('boot') && !document.querySelector('[data-testid=route-loading]')
    && document.querySelector('main h1')?.textContent === h, heading);
}

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core's WCAG 2.2 A/AA rules on the whole page and asserts there is no violation. */
export async function axe(page, where) {
  // Evaluated through the DevTools protocol: the app's policy blocks injected inline scripts.
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  }));
  const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(found, [], `axe on ${where}`);
}

/** For a test file: before its tests, makes the output folder `dir` (emptied first when
 *  `fresh`), serves dist/ and launches Chromium; after them, closes both. The returned
 *  object holds `server` and `browser` once the tests run. */
export function appAndBrowser(dir, { fresh = false } = {}) {
  const it = {};
  before(async () => {
    if (fresh) await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    it.server = await serve();
    it.browser = await launch();
  });
  after(async () => {
    await it.browser?.close();
    await it.server?.close();
  });
  return it;
}

/** Asks through the 「照会する」 button found by `button`, with `text`. */
export async function ask(page, button, text) {
  await button.click();
  const comment = page.locator('#review-comment');
  await comment.waitFor();
  // Focus moves to the form on the frame after it is drawn.
  await page.waitForFunction(() => document.activeElement?.id === 'review-comment', null, { timeout: 3000 });
  await comment.fill(text);
  await page.getByTestId('ask-add').click();
  await page.locator('[data-testid=ask-form]').waitFor({ state: 'detached' });
}

/** Waits until a service worker controls the page, reloading once if the first visit is not claimed. */
export async function untilControlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  const claimed = await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 5000 })
    .then(() => true, () => false);
  if (!claimed) {
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 5000 });
  }
  await page.waitForSelector('main h1');
}

/** Clicks with `click` and saves the download it starts as `dir/name`: the path and the
 *  name the app suggested. */
export async function saveDownload(page, click, dir, name) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = join(dir, name);
  await download.saveAs(file);
  return { file, suggested: download.suggestedFilename() };
}

/** Opens card `i` of the subcontractors list when it is closed. */
export async function openCard(page, i) {
  if (!(await page.locator(`#subcontractor-${i}-body`).isVisible())) await page.locator(`#subcontractor-${i}-toggle`).click();
  await page.locator(`#subcontractor-${i}-body`).waitFor();
}

/** The draft as the app keeps it: the declaration of the record localStorage holds. */
export async function storedDraft(page) {
  return page.evaluate(() => {
    const id = localStorage.getItem('cloud-decl/v1/current');
    return JSON.parse(localStorage.getItem(`cloud-decl/v1/draft/${id}`)).declaration;
  });
}

/** `declaration-check` (the release build) on `args` in the folder `cwd`: its stdout. Exit 1
 *  (some file incomplete or not met) and 2 (some file unreadable) are expected of a pile: the
 *  output is printed all the same; any other exit fails. */
export function checker(cwd, args) {
  try {
    return execFileSync(join(root, 'target/release/declaration-check'), args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (e) {
    if (e.status !== 1 && e.status !== 2) throw e;
    return e.stdout;
  }
}

/** The files of a ZIP (as the app writes it: stored or deflated entries, UTF-8 names), read
 *  from its central directory: name → bytes. Throws on anything else, so a broken ZIP fails
 *  the test that reads it. */
export function unzip(buf) {
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end >= 0, 'a ZIP has an end of central directory');
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const files = new Map();
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(at), 0x02014b50, 'a central directory entry');
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.subarray(at + 46, at + 46 + nameLen).toString('utf8');
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(dataAt, dataAt + size);
    files.set(name, method === 8 ? inflateRawSync(raw) : Buffer.from(raw));
    at += 46 + nameLen + extraLen + commentLen;
  }
  return files;
}
