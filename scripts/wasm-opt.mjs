// Shrinks wasm modules in place as `wasm-opt -Oz` does (binaryen 132's default passes at
// optimize level 2, shrink level 2), through binaryen's JS API in two processes: the split
// build has ~230 modules, and the `wasm-opt` command (binaryen compiled to wasm, run by node)
// spends ~1 s starting for each, which made that step take 7 minutes instead of 40 s. Fails
// (and leaves the file as it was) when a module does not validate after optimizing.
// Run by scripts/build.sh:
//   node scripts/wasm-opt.mjs FILE.wasm...
import { spawn } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// binaryen is installed with the end-to-end tests' npm packages (scripts/setup.sh).
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { default: binaryen } = await import(pathToFileURL(join(root, 'tests/e2e/node_modules/binaryen/index.js')));

// What Rust's wasm32-unknown-unknown target emits and the browsers of the README run: the
// features binaryen's own command enables by default.
const F = binaryen.Features;
const features = F.MutableGlobals | F.SignExt | F.NontrappingFPToInt | F.BulkMemory | F.BulkMemoryOpt
  | F.ReferenceTypes | F.Multivalue | F.CallIndirectOverlong;

function shrink(file) {
  const module = binaryen.readBinary(readFileSync(file));
  try {
    module.setFeatures(features);
    binaryen.setOptimizeLevel(2);
    binaryen.setShrinkLevel(2);
    binaryen.setDebugInfo(false);
    module.optimize();
    if (!module.validate()) throw new Error(`${file} does not validate after optimizing`);
    writeFileSync(file, module.emitBinary());
  } finally {
    module.dispose();
  }
}

const files = process.argv.slice(2);
if (process.env.WASM_OPT_WORKER) {
  for (const file of files) shrink(file);
} else {
  // Largest first, dealt out in turn, so the two processes finish together.
  const bySize = files.map((f) => [statSync(f).size, f]).sort((a, b) => b[0] - a[0]).map(([, f]) => f);
  const halves = [bySize.filter((_, i) => i % 2 === 0), bySize.filter((_, i) => i % 2 === 1)];
  const self = fileURLToPath(import.meta.url);
  const runs = halves.filter((h) => h.length > 0).map((half) => new Promise((done, fail) => {
    const child = spawn(process.execPath, [self, ...half], {
      env: { ...process.env, WASM_OPT_WORKER: '1' },
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    // binaryen warns about the name subsection wasm-split writes; it is dropped anyway.
    child.stderr.on('data', (d) => {
      const kept = String(d).split('\n').filter((l) => l && !l.includes('unknown name subsection'));
      if (kept.length > 0) process.stderr.write(kept.join('\n') + '\n');
    });
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`wasm-opt.mjs: a worker failed (${code})`))));
  }));
  await Promise.all(runs);
}
