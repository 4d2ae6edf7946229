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
//     with its integrity, plus preloads of the glue and the main wasm.
// Fails when the page would hold an inline script, handler or style, or when its CSP <meta>
// is not the first element of <head>.
//   node scripts/bundle.mjs PKG DIST
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

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
const hex = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
const sri = (bytes) => 'sha384-' + createHash('sha384').update(bytes).digest('base64');

const names = (await readdir(pkg)).filter((n) => /\.(js|wasm)$/.test(n)).sort();
for (const needed of ['declaration-app.js', 'declaration-app_bg.wasm']) {
  if (!names.includes(needed)) fail(`${pkg} has no ${needed} (run wasm-bindgen first)`);
}
const all = createHash('sha256');
const bodies = new Map();
for (const name of names) {
  const body = await readFile(join(pkg, name));
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
    const css = await readFile(join(root, attr('href')));
    const name = `${basename(attr('href'), '.css')}-${hex(css)}.css`;
    await writeFile(join(dist, name), css);
    replacement = `    <link rel="stylesheet" href="./${name}" integrity="${sri(css)}" />\n`;
  } else if (rel === 'rust') {
    const glue = `./${folder}/declaration-app.js`;
    const wasm = `./${folder}/declaration-app_bg.wasm`;
    const boot = `import init from '${glue}';\nawait init({ module_or_path: '${wasm}' });\n`;
    const bootName = `boot-${hex(boot)}.js`;
    await writeFile(join(dist, bootName), boot);
    replacement =
      `    <script type="module" src="./${bootName}" integrity="${sri(boot)}"></script>\n` +
      `    <link rel="modulepreload" href="${glue}" crossorigin="anonymous" integrity="${sri(bodies.get('declaration-app.js'))}" />\n` +
      `    <link rel="preload" href="${wasm}" crossorigin="anonymous" integrity="${sri(bodies.get('declaration-app_bg.wasm'))}" as="fetch" type="application/wasm" />\n`;
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
