// Lays out a built app in DIST from the wasm-bindgen output PKG (scripts/build.sh runs it;
// what trunk used to do, and it also ships the split build's chunks):
//   - PKG's files (declaration-app.js, declaration-app_bg.wasm and, in the split build,
//     __wasm_split.js with its chunk_N.wasm and split_NAME.wasm) go into DIST/app-HASH/,
//     HASH being the first 16 hex digits of the SHA-256 over their names and contents. The
//     files name one another (the glue imports __wasm_split.js, which imports the glue), so
//     the folder carries the hash, not each file: a new build is a new folder, and no host
//     or browser cache mixes two builds.
//     The JavaScript is minified (scripts/minify.mjs) and the main module imports the glue's
//     functions by short names (scripts/imports.mjs).
//   - index.html (the template at the root) becomes DIST/index.html: each
//     `<link data-bundle rel="copy-file" href>` is copied beside it, `rel="css"` becomes
//     main-HASH.css with its integrity, and `rel="rust"` becomes, in the split build, a
//     classic script at the end of <body>, start-HASH.js (a file: the content security
//     policy allows no inline script), loaded with its integrity. It runs once the page is
//     parsed, before the first paint: it compiles the main module as it arrives
//     (`main`, so the module is never fetched twice), preloads the glue and
//     __wasm_split.js with their integrity once the style sheet is here, starts fetching the
//     chunks of the page the address opens (PAGES of scripts/pages.mjs, read against
//     __wasm_split.js's list of what each split point needs), so a deep link's chunks arrive
//     beside the main module, shows the prerendered page of a first visit to 基本情報
//     (scripts/boot-page.js; scripts/prerender.mjs puts its template above the script), and
//     starts the app, or says it could not (scripts/start-app.js). The unsplit build
//     (`build.sh --dev`) has a boot module, boot-HASH.js, and preloads instead.
// Fails when the page would hold an inline script, handler or style, or when its CSP <meta>
// is not the first element of <head>.
//   node scripts/bundle.mjs PKG DIST
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkGlue, splitLoaders } from './assumptions.mjs';
import { GLUE_MODULE, shortenImports } from './imports.mjs';
import { minifyCss, minifyJs, minifyScript } from './minify.mjs';
import { AT_START, LANG_KEY, PAGES, PRERENDERED, STORED, UNOPENED } from './pages.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [pkgArg, distArg] = process.argv.slice(2);
if (!pkgArg || !distArg) {
  console.error('usage: node scripts/bundle.mjs PKG DIST');
  process.exit(2);
}
const pkg = resolve(pkgArg);
const dist = resolve(distArg);
const fail = (message) => {
  console.error(`bundle.mjs: ${message}`);
  process.exit(1);
};
/** Every split point of __wasm_split.js with the wasm files it loads (its own and every chunk
 * it depends on, transitively), or fails when the file is not laid out as expected. */
function splitFiles(js, names) {
  let defs;
  try {
    defs = splitLoaders(js, names);
  } catch (e) {
    fail(e.message);
  }
  const files = (id, seen = new Set()) => {
    const d = defs.get(id) ?? fail(`__wasm_split.js: ${id} is not defined`);
    for (const dep of d.deps) if (!seen.has(dep)) { seen.add(dep); files(dep, seen); }
    return [...seen].map((x) => defs.get(x).file).concat(d.file);
  };
  const out = {};
  for (const [id, d] of defs) if (d.split) out[d.split] = files(id).sort();
  for (const [split] of PAGES) if (!out[split]) fail(`__wasm_split.js has no split point ${split} (PAGES is out of date)`);
  for (const split of AT_START) if (!out[split]) fail(`__wasm_split.js has no split point ${split}`);
  for (const split of Object.keys(out)) {
    if (!AT_START.includes(split) && !UNOPENED.includes(split) && !PAGES.some(([s]) => s === split)) fail(`PAGES does not say which routes open ${split}`);
  }
  return out;
}

const hex = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
const sri = (bytes) => 'sha384-' + createHash('sha384').update(bytes).digest('base64');

const names = (await readdir(pkg)).filter((n) => /\.(js|wasm)$/.test(n)).sort();
for (const needed of ['declaration-app.js', 'declaration-app_bg.wasm']) {
  if (!names.includes(needed)) fail(`${pkg} has no ${needed} (run wasm-bindgen first)`);
}
const bodies = new Map();
const sources = new Map(); // as wasm-bindgen and wasm-split wrote them (splitFiles reads that)
for (const name of names) {
  const read = await readFile(join(pkg, name));
  sources.set(name, read);
  bodies.set(name, name.endsWith('.js') ? Buffer.from(await minifyJs(read)) : read);
}
// The glue as the start script calls it (scripts/assumptions.mjs), then its functions
// imported by short names (scripts/imports.mjs).
let shortened;
try {
  checkGlue(String(sources.get('declaration-app.js')), GLUE_MODULE);
  shortened = shortenImports(bodies.get('declaration-app_bg.wasm'), bodies.get('declaration-app.js'));
} catch (e) {
  fail(e.message);
}
bodies.set('declaration-app_bg.wasm', shortened.wasm);
bodies.set('declaration-app.js', Buffer.from(shortened.glue));
const all = createHash('sha256');
for (const [name, body] of bodies) all.update(`${name}\0${body.length}\0`).update(body);
const folder = `app-${all.digest('hex').slice(0, 16)}`;

await rm(dist, { recursive: true, force: true });
await mkdir(join(dist, folder), { recursive: true });
for (const [name, body] of bodies) await writeFile(join(dist, folder, name), body);

let html = await readFile(join(root, 'index.html'), 'utf8');
const links = [...html.matchAll(/[ \t]*<link data-bundle ([^>]*?)\/?>\n?/g)];
for (const [tag, attrs] of links) {
  const attr = (k) => attrs.match(new RegExp(`\\b${k}="([^"]*)"`))?.[1];
  const rel = attr('rel');
  let replacement = '';
  if (rel === 'copy-file') {
    await copyFile(join(root, attr('href')), join(dist, basename(attr('href'))));
  } else if (rel === 'css') {
    const css = Buffer.from(await minifyCss(await readFile(join(root, attr('href')))));
    const name = `${basename(attr('href'), '.css')}-${hex(css)}.css`;
    await writeFile(join(dist, name), css);
    replacement = `    <link rel="stylesheet" href="./${name}" integrity="${sri(css)}" />\n`;
  } else if (rel === 'rust') {
    const glue = `./${folder}/declaration-app.js`;
    const wasm = `./${folder}/declaration-app_bg.wasm`;
    const split = bodies.get('__wasm_split.js');
    let start = '';
    if (split) {
      const files = splitFiles(String(sources.get('__wasm_split.js')), names);
      // What an address may preload: a page's split point, and what a stored draft needs at
      // start. Each as a string of hex digits, a bit per chunk (bit n of the string read as
      // one number: chunk_n.wasm), its own file being split_NAME.wasm.
      const lists = {};
      for (const split of [...PAGES.map(([s]) => s), ...AT_START]) {
        let bits = 0n;
        for (const f of files[split]) {
          if (f === `split_${split}.wasm`) continue;
          const n = /^chunk_(\d+)\.wasm$/.exec(f)?.[1] ?? fail(`${split} loads ${f}, not a chunk_N.wasm`);
          bits |= 1n << BigInt(n);
        }
        if (!files[split].includes(`split_${split}.wasm`)) fail(`${split} has no split_${split}.wasm`);
        lists[split] = bits.toString(16);
      }
      start =
        `// The main module, checked against its integrity and compiled as it arrives; the end of\n` +
        `// this script (scripts/start-app.js) instantiates it. A host that serves the wasm with\n` +
        `// another type gets it compiled whole; one whose bytes fail the check gets no app, and\n` +
        `// the page says so (it is never fetched again without the check).\n` +
        `const main = fetch('${wasm}', { integrity: '${sri(bodies.get('declaration-app_bg.wasm'))}', mode: 'cors', credentials: 'same-origin' })\n` +
        `  .then((r) => WebAssembly.compileStreaming(r.clone()).catch(() => r.arrayBuffer().then((b) => WebAssembly.compile(b))));\n` +
        `// The chunks of the page this address opens, fetched now beside the main module.\n` +
        `const lists = ${JSON.stringify(lists)};\n` +
        `const pages = ${JSON.stringify(PAGES)};\n` +
        `const stored = ${JSON.stringify(STORED)};\n` +
        `const at = location.hash.replace(/^#\\/?/, '');\n` +
        `const page = pages.find(([, re]) => new RegExp(re).test(at));\n` +
        `let kept = false;\n` +
        `try { kept = Object.keys(localStorage).some((k) => k.startsWith(stored.prefix) && !stored.not.includes(k)); } catch { /* no storage */ }\n` +
        `const wanted = new Set();\n` +
        `const want = (split) => {\n` +
        `  wanted.add('split_' + split + '.wasm');\n` +
        `  const bits = BigInt('0x' + lists[split]);\n` +
        `  for (let n = 0n; bits >> n; n++) if ((bits >> n) & 1n) wanted.add('chunk_' + n + '.wasm');\n` +
        `};\n` +
        `if (page) want(page[0]);\n` +
        `if (kept) for (const split of ${JSON.stringify(AT_START)}) want(split);\n` +
        `// The glue and __wasm_split.js, with their integrity: only now, after the style sheet\n` +
        `// (this script waited for it), so on a slow connection they do not share its bandwidth.\n` +
        `const glue = '${glue}';\n` +
        `for (const [href, integrity] of [[glue, '${sri(bodies.get('declaration-app.js'))}'], ['./${folder}/__wasm_split.js', '${sri(split)}']]) {\n` +
        `  const link = document.createElement('link');\n` +
        `  Object.assign(link, { rel: 'modulepreload', crossOrigin: 'anonymous', href, integrity });\n` +
        `  document.head.append(link);\n` +
        `}\n` +
        `for (const file of [...wanted].sort()) {\n` +
        `  const link = document.createElement('link');\n` +
        `  Object.assign(link, { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', type: 'application/wasm', href: './${folder}/' + file });\n` +
        `  document.head.append(link);\n` +
        `}\n` +
        `// The prerendered page of a first visit (its template is just above this script).\n` +
        `const prerendered = ${JSON.stringify(PRERENDERED.route)};\n` +
        `const langKey = ${JSON.stringify(LANG_KEY)};\n` +
        (await readFile(join(root, 'scripts/boot-page.js'), 'utf8')) +
        (await readFile(join(root, 'scripts/start-app.js'), 'utf8'));
    }
    let startTag = '';
    if (start) {
      // A classic script at the end of <body>: it runs as soon as the page is parsed, before
      // the first paint (the style sheet is fetched beside it), and starts the app itself, so
      // nothing else can fetch the main module a second time.
      start = await minifyScript(start);
      const startName = `start-${hex(start)}.js`;
      await writeFile(join(dist, startName), start);
      startTag = `    <script src="./${startName}" integrity="${sri(start)}"></script>\n`;
    } else {
      // The unsplit build (`build.sh --dev`): a boot module instantiates the main module.
      const boot = await minifyJs(
        `const { default: init } = await import('${glue}');\n` + `await init({ module_or_path: '${wasm}' });\n`,
      );
      const bootName = `boot-${hex(boot)}.js`;
      await writeFile(join(dist, bootName), boot);
      replacement =
        `    <script type="module" src="./${bootName}" integrity="${sri(boot)}"></script>\n` +
        `    <link rel="modulepreload" href="${glue}" crossorigin="anonymous" integrity="${sri(bodies.get('declaration-app.js'))}" />\n` +
        `    <link rel="preload" href="${wasm}" crossorigin="anonymous" as="fetch" type="application/wasm" />\n`;
    }
    if (startTag) {
      if (!html.includes('</body>')) fail('index.html has no </body>');
      html = html.replace('</body>', () => startTag + '  </body>');
    }
  } else {
    fail(`index.html: unknown <link data-bundle rel="${rel}">`);
  }
  html = html.replace(tag, () => replacement);
}
if (!links.some(([, a]) => /rel="rust"/.test(a))) fail('index.html has no <link data-bundle rel="rust">');

const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
if (scripts.some(([, attrs, body]) => !/\bsrc=/.test(attrs) || body.trim() !== '')) {
  fail('index.html would hold an inline script');
}
if (/\son[a-z]+=/i.test(html) || /\sstyle=/i.test(html)) {
  fail('index.html has an inline event handler or style attribute');
}
const head = html.match(/<head>\s*<([^>]*)>/);
if (!head || !head[1].startsWith('meta http-equiv="Content-Security-Policy"')) {
  fail('the Content-Security-Policy <meta> must be the first element of <head>');
}
// The template's indentation goes (a first visit loads every byte of it): line breaks
// between tags vanish, within text they become the one space they render as, and no void
// element ends in ` />`.
html = html.replace(/>\s*\n\s*</g, '><').replace(/\s*\n\s*/g, ' ').replace(/\s*\/>/g, '>').trim() + '\n';
await writeFile(join(dist, 'index.html'), html);
const chunks = names.filter((n) => /^(chunk_|split_)/.test(n)).length;
console.log(`bundle.mjs: ${dist} laid out, ${names.length} files in ${folder}/ (${chunks} chunks)`);
