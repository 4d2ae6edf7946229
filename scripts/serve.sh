#!/usr/bin/env bash
# Builds the app and serves it at http://127.0.0.1:8080/ (trunk, release, offline).
# Installs what it needs first (scripts/setup.sh) and skips what is present.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/setup.sh
export PATH="$root/tests/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
exec trunk serve --release --offline --address 127.0.0.1 --port "${PORT:-8080}" "$@"
