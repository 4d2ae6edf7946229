// What the build's scripts assume of the output of the tools before them — wasm-split-cli's
// loader, wasm-bindgen's glue and its import names — each checked here, so that a tool whose
// output changed stops the build with a message naming the file, the assumption and the
// section of docs/building.md that describes it, never a wrong bundle.
// tests/e2e/build.test.mjs feeds every check an altered file to show it stops.

const DOC = 'docs/building.md';

/** The error a broken assumption stops the build with. */
export function broken(file, assumption, section) {
  return new Error(`${file}: ${assumption}. The build assumes this of its tools; see ${DOC}, "${section}", before changing a tool or this script.`);
}

/** Every loader of __wasm_split.js (wasm-split-cli 0.2.4): id → { split, file, deps }, one per
 * chunk_*.wasm and split_*.wasm of `names`. */
export function splitLoaders(js, names) {
  const section = "wasm-split's loader";
  const defs = new Map();
  const re = /const (__chunk_\d+|__wasm_split_load_(\w+)) = (?:wrapAsyncCb\()?makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([\w.]+\.wasm)"[\s\S]*?\n, \[([^\]]*)\]\)/g;
  for (const [, id, split, file, deps] of js.matchAll(re)) {
    defs.set(id, { split, file, deps: deps.split(',').map((d) => d.trim()).filter(Boolean) });
  }
  const wasmFiles = names.filter((n) => /^(chunk_|split_).*\.wasm$/.test(n));
  if (defs.size !== wasmFiles.length) {
    throw broken('__wasm_split.js', `one loader "const __chunk_N | __wasm_split_load_NAME = makeLoad(() => { const src = fetch(new URL("./FILE.wasm" …), [deps])" per chunk file: read ${defs.size} loaders for ${wasmFiles.length} chunk files`, section);
  }
  const missing = [...defs.values()].find((d) => !names.includes(d.file));
  if (missing) throw broken('__wasm_split.js', `every loader fetches a file of the build: ${missing.file} is not one`, section);
  for (const d of defs.values()) {
    const unknown = d.deps.find((dep) => !defs.has(dep));
    if (unknown) throw broken('__wasm_split.js', `every loader depends on loaders it defines: ${unknown} is not defined`, section);
  }
  return defs;
}

/** The glue wasm-bindgen writes for `--target web`: a default export that reads
 * `{ module_or_path }`, and the one module name its imports come from. */
export function checkGlue(js, glueModule) {
  const section = "wasm-bindgen's glue";
  if (!/export\s*\{[^}]*\bas default\b|export default\b/.test(js)) {
    throw broken('declaration-app.js', 'the glue has a default export (the init function the start script calls)', section);
  }
  if (!/\bmodule_or_path\b/.test(js)) {
    throw broken('declaration-app.js', 'the init function reads { module_or_path } (the start script calls init({ module_or_path: URL }))', section);
  }
  if (js.split(JSON.stringify(glueModule)).length !== 2) {
    throw broken('declaration-app.js', `the glue names the module its imports come from, ${glueModule}, exactly once`, "wasm-bindgen's import names");
  }
}
