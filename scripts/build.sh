#!/usr/bin/env bash
# Builds the release app into dist/ with trunk (offline: the tools on PATH are used; relative
# URLs, see Trunk.toml), moves trunk's inline boot script into a file (scripts/boot.mjs: the
# content security policy allows no inline script), writes its service worker dist/sw.js (scripts/sw.mjs: the precache
# list and version of this build), writes .br and .gz beside every file (scripts/compress.mjs:
# it prints what a first visit transfers) and prints the size against the budget. Fails when
# the gzipped wasm is over the budget.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export PATH="$root/tests/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
budget_kib=${WASM_GZIP_BUDGET_KIB:-680}
start=$(date +%s)
trunk build --release --offline "$@"
node scripts/boot.mjs dist
node scripts/sw.mjs dist
node scripts/compress.mjs dist
secs=$(( $(date +%s) - start ))
wasm=$(ls dist/*.wasm)
raw=$(stat -c %s "$wasm")
gz=$(gzip -9 -c "$wasm" | wc -c)
js=$(cat dist/declaration-app-*.js | gzip -9 | wc -c)
printf 'size: wasm %d KiB raw, %d KiB gzipped (budget %d KiB); js %d KiB gzipped; build %ds\n' \
  $((raw / 1024)) $((gz / 1024)) "$budget_kib" $((js / 1024)) "$secs"
if [ $((gz / 1024)) -gt "$budget_kib" ]; then
  echo "the gzipped wasm is over its budget of ${budget_kib} KiB" >&2
  exit 1
fi
