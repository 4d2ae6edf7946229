// Minifies the JavaScript and CSS a first visit loads (the wasm-bindgen glue, __wasm_split.js,
// the boot script, the style sheet) with esbuild's transform: names inside a module are
// shortened and whitespace and comments dropped, while every export, import and URL stays as
// it is (the wasm imports the glue's functions by name; the glue and __wasm_split.js import
// each other). esbuild is an npm package of tests/e2e (scripts/setup.sh installs it).
// Used by scripts/bundle.mjs.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { transform } = await import(pathToFileURL(join(root, 'tests/e2e/node_modules/esbuild/lib/main.js')));

/** The module `code` (an ES module's source text), minified. */
export async function minifyJs(code) {
  return (await transform(String(code), { loader: 'js', format: 'esm', minify: true, legalComments: 'none' })).code;
}

/** The classic script `code` (no import or export), minified and wrapped in a function so
 * none of its names is a global. */
export async function minifyScript(code) {
  return (await transform(String(code), { loader: 'js', format: 'iife', minify: true, legalComments: 'none' })).code;
}

/** The style sheet `css`, minified (for the browsers the app supports: today's Chromium,
 * Firefox, Safari and Edge). */
export async function minifyCss(css) {
  return (await transform(String(css), { loader: 'css', minify: true, target: ['chrome111', 'firefox113', 'safari16.4'] })).code;
}
