// Shortens the names the main module imports its JavaScript functions by. wasm-bindgen names
// each `__wbg_<name>_<16 hex digits>` (~165 of them), under the module "./declaration-app_bg.js";
// the hex digits do not compress, and a first visit loads every name twice (in the wasm's
// import section and in the glue's import object): 4.1 KiB brotli in all, measured on this build. Here each
// becomes a short name (`a`, `b`, … `ba`, …) in both, and the module `w`. Only the main
// module imports from the glue (the chunks import the main module's memory, table and exports
// through __wasm_split.js), so no other file names them. Fails, changing nothing, when a name
// is not exactly once in the glue or the rewritten module does not compile with the same
// imports. Used by scripts/bundle.mjs.

import { broken } from './assumptions.mjs';

export const GLUE_MODULE = './declaration-app_bg.js';
const SHORT_MODULE = 'w';

/** Reads an unsigned LEB128 at `at`: [value, next offset]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, at];
  }
}

/** The unsigned LEB128 encoding of `n`. */
function uleb(n) {
  const out = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    out.push(b);
  } while (n > 0);
  return out;
}

const utf8 = new TextEncoder();
const text = new TextDecoder();
const name = (s) => [...uleb(utf8.encode(s).length), ...utf8.encode(s)];

/** The n-th short name: a…z, then ba, bb, … (an object key in the glue: a keyword such as
 * `do` is a valid one; `__proto__` is never reached). */
function short(n) {
  const digits = 'abcdefghijklmnopqrstuvwxyz';
  let s = '';
  do {
    s = digits[n % 26] + s;
    n = Math.floor(n / 26);
  } while (n > 0);
  return s;
}

/** Skips an import's description of `kind` at `at` (function, table, memory, global, tag). */
function skipDescription(bytes, kind, at) {
  const limits = (p) => {
    const [flags, q] = leb(bytes, p);
    let [, r] = leb(bytes, q);
    if (flags & 1) [, r] = leb(bytes, r);
    return r;
  };
  if (kind === 0) return leb(bytes, at)[1];
  if (kind === 1) return limits(at + 1);
  if (kind === 2) return limits(at);
  if (kind === 3) return at + 2;
  if (kind === 4) return leb(bytes, at + 1)[1];
  throw new Error(`imports.mjs: an import of unknown kind ${kind}`);
}

/** `{ wasm, glue }`: the main module and its glue (minified or not) with the glue's
 * imports renamed. */
export function shortenImports(wasm, glue) {
  const bytes = new Uint8Array(wasm);
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = leb(bytes, at + 1);
    const end = start + size;
    if (id !== 2) {
      at = end;
      continue;
    }
    const [count, first] = leb(bytes, start);
    const entries = [];
    const renamed = new Map();
    let p = first;
    for (let i = 0; i < count; i++) {
      const [ml, m0] = leb(bytes, p);
      const module = text.decode(bytes.subarray(m0, m0 + ml));
      const [fl, f0] = leb(bytes, m0 + ml);
      const field = text.decode(bytes.subarray(f0, f0 + fl));
      const d0 = f0 + fl;
      const d1 = skipDescription(bytes, bytes[d0], d0 + 1);
      if (module === GLUE_MODULE) {
        if (!renamed.has(field)) renamed.set(field, short(renamed.size));
        entries.push([...name(SHORT_MODULE), ...name(renamed.get(field)), ...bytes.subarray(d0, d1)]);
      } else {
        entries.push([...bytes.subarray(p, d1)]);
      }
      p = d1;
    }
    if (p !== end) throw new Error('imports.mjs: the import section did not read to its end');
    if (![...renamed.keys()].some((n) => n.startsWith('__wbg_'))) {
      throw broken('declaration-app_bg.wasm', `the main module imports functions named __wbg_<name>_<hash> from ${GLUE_MODULE} (none found)`, "wasm-bindgen's import names");
    }
    let js = String(glue);
    const moduleKey = JSON.stringify(GLUE_MODULE);
    if (js.split(moduleKey).length !== 2) {
      throw broken('declaration-app.js', `the glue names the module its imports come from, ${GLUE_MODULE}, exactly once`, "wasm-bindgen's import names");
    }
    js = js.replace(moduleKey, JSON.stringify(SHORT_MODULE));
    for (const [from, to] of renamed) {
      const word = new RegExp(`(?<![\\w$])${from}(?![\\w$])`, 'g');
      const uses = js.match(word)?.length ?? 0;
      if (uses !== 1) {
        throw broken('declaration-app.js', `the glue names each function the module imports exactly once: ${from} ${uses} times`, "wasm-bindgen's import names");
      }
      js = js.replace(word, to);
    }
    const body = [...uleb(count), ...entries.flat()];
    const out = new Uint8Array([...bytes.subarray(0, at), 2, ...uleb(body.length), ...body, ...bytes.subarray(end)]);
    const before = WebAssembly.Module.imports(new WebAssembly.Module(bytes));
    const after = WebAssembly.Module.imports(new WebAssembly.Module(out));
    const same = before.length === after.length && before.every((b, i) => {
      const a = after[i];
      return a.kind === b.kind && (b.module === GLUE_MODULE
        ? a.module === SHORT_MODULE && a.name === renamed.get(b.name)
        : a.module === b.module && a.name === b.name);
    });
    if (!same) throw new Error('imports.mjs: the rewritten module does not import the same');
    return { wasm: Buffer.from(out), glue: js };
  }
  throw new Error('imports.mjs: the main module has no import section');
}
