// Serves a built app from the command line with the end-to-end tests' static server
// (support.mjs), so what you try by hand is what the tests see, service worker included:
//   node tests/e2e/serve-cli.mjs DIR PORT [BASE]
// e.g. `node tests/e2e/serve-cli.mjs dist 8080` or `... dist 8080 /forms/declaration/`.
// Serves on 127.0.0.1 only (a secure context for service workers). Stops on Ctrl-C.
import { serve } from './support.mjs';

const [dir, port, base = '/'] = process.argv.slice(2);
if (!dir || !/^\d+$/.test(port ?? '') || !base.startsWith('/') || !base.endsWith('/')) {
  console.error('usage: node serve-cli.mjs DIR PORT [BASE]   (BASE like /forms/declaration/, default /)');
  process.exit(2);
}
const server = await serve(dir, base, Number(port));
console.log(`serving ${dir} at ${server.url} (Ctrl-C stops)`);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close().then(() => process.exit(0)));
}
