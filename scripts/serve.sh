#!/usr/bin/env bash
# Builds the app (scripts/build.sh: the split release build + service worker; `--dev` for the
# fast unsplit one) and serves dist/
# at http://127.0.0.1:8080/ with the end-to-end tests' static server (tests/e2e/serve-cli.mjs),
# so the app behaves as deployed: it installs its service worker, works offline after one
# visit and offers 「新しい版があります」 after a rebuild (run this again, then reload).
# PORT changes the port; BASE serves under a sub-path, e.g. BASE=/forms/declaration/.
# Installs what it needs first (scripts/setup.sh) and skips what is present.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/setup.sh
export PATH="$root/tests/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
bash scripts/build.sh "$@"
exec node tests/e2e/serve-cli.mjs dist "${PORT:-8080}" "${BASE:-/}"
