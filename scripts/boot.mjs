// Moves trunk's inline boot script out of a built index.html, so the page runs under a
// content security policy without 'unsafe-inline' (index.html's first <meta>): the
// <script type="module"> trunk writes becomes DIST/boot-<hash>.js, loaded by
// <script type="module" src integrity>. Fails when index.html still holds an inline script
// afterwards, or when its CSP <meta> is not the first element of <head>. Run by
// scripts/build.sh after trunk and before scripts/sw.mjs (which lists the files to cache).
//   node scripts/boot.mjs [DIST (default dist/)]
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(process.argv[2] ?? join(root, 'dist'));
const indexPath = join(dist, 'index.html');
let html = await readFile(indexPath, 'utf8');

const inline = /<script type="module">([\s\S]*?)<\/script>/;
const found = html.match(inline);
if (found) {
  const body = found[1].trim() + '\n';
  const digest = createHash('sha256').update(body).digest();
  const name = `boot-${digest.toString('hex').slice(0, 16)}.js`;
  const sri = 'sha384-' + createHash('sha384').update(body).digest('base64');
  await writeFile(join(dist, name), body);
  html = html.replace(inline, () => `<script type="module" src="./${name}" integrity="${sri}"></script>`);
  await writeFile(indexPath, html);
  console.log(`boot.mjs: trunk's boot script moved to ${name}`);
}

const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
const inlineLeft = scripts.filter(([, attrs, body]) => !/\bsrc=/.test(attrs) || body.trim() !== '');
if (inlineLeft.length > 0) {
  console.error(`boot.mjs: ${indexPath} still has ${inlineLeft.length} inline script(s)`);
  process.exit(1);
}
if (/\son[a-z]+=/i.test(html) || /\sstyle=/i.test(html)) {
  console.error(`boot.mjs: ${indexPath} has an inline event handler or style attribute`);
  process.exit(1);
}
const head = html.match(/<head>\s*<([^>]*)>/);
if (!head || !head[1].startsWith('meta http-equiv="Content-Security-Policy"')) {
  console.error(`boot.mjs: the Content-Security-Policy <meta> must be the first element of <head>`);
  process.exit(1);
}
