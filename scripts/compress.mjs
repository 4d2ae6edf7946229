// Writes FILE.br (brotli, quality 11) and FILE.gz (gzip -9) beside every text and wasm file
// of a built dist/, for hosts that serve precompressed files (nginx gzip_static/brotli_static,
// Caddy `precompressed`, Netlify, Cloudflare Pages, GitHub Pages gzip on the fly), and prints
// what a first visit to `#/` transfers: index.html and every file it loads before the app
// shows (CSS, boot script, JS glue and its imports, the wasm), raw, gzip and brotli. Run by
// scripts/build.sh after scripts/sw.mjs (the compressed copies are not precached: the
// browser caches what the host sent, decoded).
//   node scripts/compress.mjs [DIST (default dist/)]
// Prints `first-visit: raw R gzip G brotli B` in bytes on its last line.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, resolve, dirname, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(process.argv[2] ?? join(root, 'dist'));
const kinds = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.svg', '.json', '.webmanifest']);

const sizes = new Map();
for (const name of (await readdir(dist)).sort()) {
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

// What index.html loads, and what each JS file imports, transitively.
const html = await readFile(join(dist, 'index.html'), 'utf8');
const wanted = ['index.html'];
for (const [, ref] of html.matchAll(/(?:href|src)="\.?\/?([^"?#]+\.(?:css|js|wasm))"/g)) wanted.push(ref);
for (let i = 0; i < wanted.length; i++) {
  if (!wanted[i].endsWith('.js') || !sizes.has(wanted[i])) continue;
  const text = await readFile(join(dist, wanted[i]), 'utf8');
  for (const [, ref] of text.matchAll(/['"]\.\/([^'"]+\.(?:js|wasm))['"]/g)) {
    if (!ref.startsWith('chunk_') && !ref.startsWith('split_') && !wanted.includes(ref)) wanted.push(ref);
  }
}
const first = [...new Set(wanted)].filter((f) => sizes.has(f));
const sum = (k) => first.reduce((n, f) => n + sizes.get(f)[k], 0);
const kib = (n) => (n / 1024).toFixed(1).padStart(8);
console.log(`compress.mjs: .br and .gz written beside ${sizes.size} files`);
console.log(`${'file'.padEnd(48)}      raw     gzip   brotli (KiB)`);
for (const f of first) {
  const s = sizes.get(f);
  console.log(`${f.padEnd(48)} ${kib(s.raw)} ${kib(s.gz)} ${kib(s.br)}`);
}
console.log(`${'first visit to #/'.padEnd(48)} ${kib(sum('raw'))} ${kib(sum('gz'))} ${kib(sum('br'))}`);
console.log(`first-visit: raw ${sum('raw')} gzip ${sum('gz')} brotli ${sum('br')}`);
