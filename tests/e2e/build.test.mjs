// The build stops, naming the file, the assumption and the section of docs/building.md, when
// a tool's output does not have the shape the build's scripts assume (scripts/assumptions.mjs):
// each check is fed this build's own files (they pass) and an altered copy (it stops).
// Runs on the staged output of the last `bash scripts/build.sh` (target/bundle/release/pkg).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { checkGlue, splitLoaders } from '../../scripts/assumptions.mjs';
import { shortenImports } from '../../scripts/imports.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = join(root, 'target/bundle/release/pkg');
const doc = readFileSync(join(root, 'docs/building.md'), 'utf8');

/** Asserts `f` throws an error naming `file`, the doc and a section the doc has. */
function stops(f, file, section) {
  assert.throws(f, (e) => {
    assert.match(e.message, new RegExp(file.replace(/[.$]/g, '\\$&')), e.message);
    assert.match(e.message, /docs\/building\.md/, e.message);
    assert.ok(e.message.includes(`"${section}"`), e.message);
    assert.ok(doc.includes(`### ${section}`), `docs/building.md has a section "${section}"`);
    return true;
  });
}

test('the staged build is there to check', () => {
  assert.ok(existsSync(join(pkg, '__wasm_split.js')), `${pkg} (run bash scripts/build.sh first)`);
});

test("wasm-split's loader: read as it is, refused when its shape changes", () => {
  const names = readdirSync(pkg);
  const js = readFileSync(join(pkg, '__wasm_split.js'), 'utf8');
  const loaders = splitLoaders(js, names);
  assert.ok(loaders.size >= 10, `${loaders.size} loaders`);
  assert.ok([...loaders.values()].some((d) => d.split === 'reader_pages'), 'the reader pages are a split point');
  stops(() => splitLoaders(js.replaceAll('makeLoad(', 'makeLoader('), names), '__wasm_split.js', "wasm-split's loader");
  stops(() => splitLoaders(js.replace(/\n, \[[^\]]*__chunk_\d+/, '\n, [__chunk_999'), names), '__wasm_split.js', "wasm-split's loader");
});

test("wasm-bindgen's glue: its default export and { module_or_path }", () => {
  const js = readFileSync(join(pkg, 'declaration-app.js'), 'utf8');
  checkGlue(js, './declaration-app_bg.js');
  stops(() => checkGlue(js.replaceAll('module_or_path', 'module_path'), './declaration-app_bg.js'), 'declaration-app.js', "wasm-bindgen's glue");
  stops(() => checkGlue(js.replace(/export\s*\{[^}]*\}/, '').replace(/export default/, ''), './declaration-app_bg.js'), 'declaration-app.js', "wasm-bindgen's glue");
});

/** A wasm module importing one function `field` from `module` (and nothing else). */
function moduleImporting(module, field) {
  const enc = new TextEncoder();
  const str = (s) => [enc.encode(s).length, ...enc.encode(s)];
  const types = [1, 0x60, 0, 0];
  const imports = [1, ...str(module), ...str(field), 0, 0];
  return Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 1, types.length, ...types, 2, imports.length, ...imports]);
}

test("wasm-bindgen's import names: shortened as they are, refused when none is __wbg_ or one is named twice", () => {
  const wasm = readFileSync(join(pkg, 'declaration-app_bg.wasm'));
  const glue = readFileSync(join(pkg, 'declaration-app.js'), 'utf8');
  const { glue: short } = shortenImports(wasm, glue);
  assert.ok(short.length < glue.length);
  stops(() => shortenImports(moduleImporting('./declaration-app_bg.js', 'log'), 'const imports = { "./declaration-app_bg.js": { log } };'), 'declaration-app_bg.wasm', "wasm-bindgen's import names");
  const name = '__wbg_log_0123456789abcdef';
  stops(() => shortenImports(moduleImporting('./declaration-app_bg.js', name), `"./declaration-app_bg.js"; ${name}; ${name};`), 'declaration-app.js', "wasm-bindgen's import names");
  stops(() => shortenImports(moduleImporting('./declaration-app_bg.js', name), `${name}`), 'declaration-app.js', "wasm-bindgen's import names");
});
