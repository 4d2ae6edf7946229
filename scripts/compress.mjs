// Writes FILE.br (brotli, quality 11) and FILE.gz (gzip -9) beside every text and wasm file
// of a built dist/, for hosts that serve precompressed files (nginx gzip_static/brotli_static,
// Caddy `precompressed`, Netlify, Cloudflare Pages, GitHub Pages gzip on the fly), and prints
// what a first visit to `#/` transfers: index.html and every file it loads before the app
// shows (CSS, boot script, JS glue and its imports, the main wasm), raw, gzip and brotli,
// then every chunk of the split build (fetched when its route first opens). Run by
// scripts/build.sh after scripts/sw.mjs (the compressed copies are not precached: the
// browser caches what the host sent, decoded).
//   node scripts/compress.mjs [DIST (default dist/)]
// Prints `first-visit: raw R gzip G brotli B` in bytes on its last line.
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve, dirname, extname, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { filesUnder } from './files.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(process.argv[2] ?? join(root, 'dist'));
const kinds = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.svg', '.json', '.webmanifest']);

const sizes = new Map();
for (const name of await filesUnder(dist)) {
  if (!kinds.has(extname(name))) continue;
  const bytes = await readFile(join(dist, name));
  const gz = gzipSync(bytes, { level: 9 });
  const br = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
  await writeFile(join(dist, name + '.gz'), gz);
  await writeFile(join(dist, name + '.br'), br);
  sizes.set(name, { raw: bytes.length, gz: gz.length, br: br.length });
}

// What index.html loads, and what each JS file imports, transitively (paths relative to the
// file that names them). The split build's chunks load later, when a route first opens.
const isChunk = (f) => /(^|\/)(chunk_|split_)[^/]*\.wasm$/.test(f);
const html = await readFile(join(dist, 'index.html'), 'utf8');
const wanted = ['index.html'];
for (const [, ref] of html.matchAll(/(?:href|src)="\.?\/?([^"?#]+\.(?:css|js|wasm))"/g)) wanted.push(ref);
for (let i = 0; i < wanted.length; i++) {
  if (!wanted[i].endsWith('.js') || !sizes.has(wanted[i])) continue;
  const text = await readFile(join(dist, wanted[i]), 'utf8');
  for (const [, ref] of text.matchAll(/['"](\.\/[^'"]+\.(?:js|wasm))['"]/g)) {
    const path = posix.normalize(posix.join(posix.dirname(wanted[i]), ref));
    if (!isChunk(path) && !wanted.includes(path)) wanted.push(path);
  }
}
const first = [...new Set(wanted)].filter((f) => sizes.has(f));
const sum = (list, k) => list.reduce((n, f) => n + sizes.get(f)[k], 0);
const kib = (n) => (n / 1024).toFixed(1).padStart(8);
const row = (label, s) => console.log(`${label.padEnd(56)} ${kib(s.raw)} ${kib(s.gz)} ${kib(s.br)}`);
const total = (list) => ({ raw: sum(list, 'raw'), gz: sum(list, 'gz'), br: sum(list, 'br') });
console.log(`compress.mjs: .br and .gz written beside ${sizes.size} files`);
console.log(`${'file'.padEnd(56)}      raw     gzip   brotli (KiB)`);
for (const f of first) row(f, sizes.get(f));
row('first visit to #/', total(first));
const chunks = [...sizes.keys()].filter(isChunk);
if (chunks.length > 0) {
  console.log('chunks, loaded when a route first opens (the service worker fetches them all after the first visit):');
  for (const f of chunks) row(`  ${f}`, sizes.get(f));
  row(`all ${chunks.length} chunks`, total(chunks));
}
const t = total(first);
console.log(`first-visit: raw ${t.raw} gzip ${t.gz} brotli ${t.br}`);
