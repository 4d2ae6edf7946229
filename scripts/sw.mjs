// Writes the service worker of a built app: DIST/sw.js from the template assets/sw.js, with
// FILES = every file under DIST (but sw.js itself and the JSON Schemas under schema/, which
// are for other systems, not the app), sorted, relative to DIST, and VERSION = the
// first 16 hex digits of the SHA-256 over every file's path and contents. Any change to any
// file gives a new version, so browsers install the new build and the app offers to update.
// Node only, no dependencies. Run by scripts/build.sh after scripts/bundle.mjs:
//   node scripts/sw.mjs [DIST (default dist/)] [TEMPLATE (default assets/sw.js)]
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder } from './files.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(process.argv[2] ?? join(root, 'dist'));
const template = resolve(process.argv[3] ?? join(root, 'assets/sw.js'));

const list = (await filesUnder(dist))
  .filter((f) => f !== 'sw.js' && !f.startsWith('schema/'))
  .sort();
if (!list.includes('index.html')) {
  console.error(`sw.mjs: ${dist} has no index.html (build the app first)`);
  process.exit(1);
}
const hash = createHash('sha256');
for (const file of list) {
  const body = await readFile(join(dist, file));
  hash.update(`${file}\0${body.length}\0`).update(body);
}
const version = hash.digest('hex').slice(0, 16);

const source = await readFile(template, 'utf8');
const filled = source
  .replace("'__VERSION__'", () => JSON.stringify(version))
  .replace('/* __FILES__ */ []', () => JSON.stringify(list, null, 2));
if (filled.includes('__VERSION__') || filled.includes('__FILES__')) {
  console.error(`sw.mjs: ${template} lacks the VERSION or FILES placeholder`);
  process.exit(1);
}
await writeFile(join(dist, 'sw.js'), filled);
console.log(`sw.js: version ${version}, ${list.length} files precached`);
