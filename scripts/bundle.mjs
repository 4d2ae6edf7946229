// Lays out a built app in DIST from the wasm-bindgen output PKG (scripts/build.sh runs it;
// what trunk used to do, and it also ships the split build's chunks):
//   - PKG's files (declaration-app.js, declaration-app_bg.wasm and, in the split build,
//     __wasm_split.js with its chunk_N.wasm and split_NAME.wasm) go into DIST/app-HASH/,
//     HASH being the first 16 hex digits of the SHA-256 over their names and contents. The
//     files name one another (the glue imports __wasm_split.js, which imports the glue, and
//     the main wasm's import section names it), so the folder carries the hash, not each
//     file: a new build is a new folder, and no host or browser cache mixes two builds.
//   - index.html (the template at the root) becomes DIST/index.html: each
//     `<link data-bundle rel="copy-file" href>` is copied beside it, `rel="css"` becomes
//     main-HASH.css with its integrity, and `rel="rust"` becomes the boot script
//     boot-HASH.js (a file: the content security policy allows no inline script), loaded
//     with its integrity, plus preloads of the glue, the main wasm and __wasm_split.js. In
//     the split build an async preload script, preload-HASH.js, runs before the style sheet
//     has come: it compiles the main module as it arrives (exported as `main`, which the boot
//     script imports, so the boot waits for it and never fetches the module twice) and starts
//     fetching the chunks of the page the address opens; on 基本情報, with nothing stored,
//     it imports boot-page.js (scripts/boot-page.js, put in PKG by scripts/build.sh), which
//     shows the page scripts/prerender.mjs snapshots into index.html (PAGES below, read against __wasm_split.js's list of what
//     each split point needs), so a deep link's chunks arrive beside the main module.
// Fails when the page would hold an inline script, handler or style, or when its CSP <meta>
// is not the first element of <head>.
//   node scripts/bundle.mjs PKG DIST
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyCss, minifyJs } from './minify.mjs';
import { AT_START, PAGES, PRERENDERED, STORED, UNOPENED } from './pages.mjs';

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
  const defs = new Map();
  const re = /const (__chunk_\d+|__wasm_split_load_(\w+)) = (?:wrapAsyncCb\()?makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([\w.]+\.wasm)"[\s\S]*?\n, \[([^\]]*)\]\)/g;
  for (const [, id, split, file, deps] of js.matchAll(re)) {
    defs.set(id, { split, file, deps: deps.split(',').map((d) => d.trim()).filter(Boolean) });
  }
  const wasmFiles = names.filter((n) => /^(chunk_|split_).*\.wasm$/.test(n));
  if (defs.size !== wasmFiles.length || [...defs.values()].some((d) => !names.includes(d.file))) {
    fail(`__wasm_split.js: read ${defs.size} loaders for ${wasmFiles.length} chunk files; its layout changed`);
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
const all = createHash('sha256');
const bodies = new Map();
const sources = new Map(); // as wasm-bindgen and wasm-split wrote them (splitFiles reads that)
for (const name of names) {
  const read = await readFile(join(pkg, name));
  const body = name.endsWith('.js') ? Buffer.from(await minifyJs(read)) : read;
  sources.set(name, read);
  bodies.set(name, body);
  all.update(`${name}\0${body.length}\0`).update(body);
}
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
    let preload = '';
    if (split) {
      const files = splitFiles(String(sources.get('__wasm_split.js')), names);
      preload =
        `// The main module, compiled as it arrives. The boot script imports \`main\`, so it waits\n` +
        `// for this script however late it comes, and instantiates what it compiled; undefined\n` +
        `// (no compileStreaming, or a host that serves the wasm with another type) leaves the\n` +
        `// boot script to fetch the module itself.\n` +
        `export const main = WebAssembly.compileStreaming\n` +
        `  ? WebAssembly.compileStreaming(fetch('${wasm}', { integrity: '${sri(bodies.get('declaration-app_bg.wasm'))}', mode: 'cors', credentials: 'same-origin' })).catch(() => undefined)\n` +
        `  : undefined;\n` +
        `// The chunks of the page this address opens, fetched now beside the main module.\n` +
        `const files = ${JSON.stringify(files)};\n` +
        `const pages = ${JSON.stringify(PAGES)};\n` +
        `const stored = ${JSON.stringify(STORED)};\n` +
        `const atStart = ${JSON.stringify(AT_START)};\n` +
        `const at = location.hash.replace(/^#\\/?/, '');\n` +
        `const page = pages.find(([, re]) => new RegExp(re).test(at));\n` +
        `let kept = false;\n` +
        `try { kept = Object.keys(localStorage).some((k) => k.startsWith(stored.prefix) && !stored.not.includes(k)); } catch { /* no storage */ }\n` +
        `const wanted = new Set(page ? files[page[0]] : []);\n` +
        `if (kept) for (const split of atStart) for (const file of files[split]) wanted.add(file);\n` +
        (bodies.has('boot-page.js')
          ? `// The prerendered page's script (scripts/boot-page.js), only where it may show it.\n` +
            `if (!kept && new RegExp(${JSON.stringify(PRERENDERED.route)}).test(at)) import('./${folder}/boot-page.js');\n`
          : '') +
        `for (const file of wanted) {\n` +
        `  const link = document.createElement('link');\n` +
        `  Object.assign(link, { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', type: 'application/wasm', href: './${folder}/' + file });\n` +
        `  document.head.append(link);\n` +
        `}\n`;
    }
    let preloadTag = '';
    let preloadName = '';
    if (preload) {
      // An async script: it runs as soon as it is here, without waiting for the style sheet
      // or the rest of the page (a deferred one would), so the chunks start with the main module.
      preload = await minifyJs(preload);
      preloadName = `preload-${hex(preload)}.js`;
      await writeFile(join(dist, preloadName), preload);
      preloadTag = `    <script type="module" async src="./${preloadName}" integrity="${sri(preload)}"></script>\n`;
    }
    // The main module is compiled while it downloads (started by the preload script, which runs
    // before the style sheet has come), not after the page is parsed. The boot script imports the
    // preload script (one module: the same URL), so it never runs first and fetches the module again.
    const boot = await minifyJs(
      (preloadName
        ? `import { main } from './${preloadName}';\n` +
          `const { default: init } = await import('${glue}');\n` +
          `await init({ module_or_path: (await main) ?? '${wasm}' });\n`
        : `const { default: init } = await import('${glue}');\n` + `await init({ module_or_path: '${wasm}' });\n`),
    );
    const bootName = `boot-${hex(boot)}.js`;
    await writeFile(join(dist, bootName), boot);
    replacement =
      preloadTag +
      `    <script type="module" src="./${bootName}" integrity="${sri(boot)}"></script>\n` +
      `    <link rel="modulepreload" href="${glue}" crossorigin="anonymous" integrity="${sri(bodies.get('declaration-app.js'))}" />\n` +
      `    <link rel="preload" href="${wasm}" crossorigin="anonymous" integrity="${sri(bodies.get('declaration-app_bg.wasm'))}" as="fetch" type="application/wasm" />\n` +
      (split ? `    <link rel="modulepreload" href="./${folder}/__wasm_split.js" crossorigin="anonymous" integrity="${sri(split)}" />\n` : '');
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
await writeFile(join(dist, 'index.html'), html);
const chunks = names.filter((n) => /^(chunk_|split_)/.test(n)).length;
console.log(`bundle.mjs: ${dist} laid out, ${names.length} files in ${folder}/ (${chunks} chunks)`);
