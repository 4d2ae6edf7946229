#!/usr/bin/env bash
# Installs what building and testing the app needs, from the package registries only, and
# skips what is already there. Safe to run again; asks nothing (CI has no stdin).
#   Rust: the wasm32 target, rustfmt, clippy, wasm-bindgen-cli (= Cargo.lock), wasm-split-cli
#         (the release build's splitter, scripts/build.sh)
#   Debian: chromium, chromium-driver, poppler-utils, fonts-noto-cjk, openssl,
#           libreoffice-calc-nogui (renders the Excel workbooks, scripts/xlsx_check.py)
#   npm (tests/e2e): playwright-core, axe-core, esbuild (scripts/minify.mjs), binaryen 132
#                    (scripts/wasm-opt.mjs; Debian's binaryen 108 breaks the module, and
#                    is not used)
#   PyPI (scripts/requirements-test.txt): jsonschema, the schema tests' validator; openpyxl,
#         the workbooks' reader
# Source it (`. scripts/setup.sh`) to get PATH set for the tools.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$root/tests/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
log() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

rustup target list --installed | grep -qx wasm32-unknown-unknown \
  || { log "adding the wasm32 target"; rustup target add wasm32-unknown-unknown; }
for c in rustfmt clippy; do
  rustup component list --installed | grep -q "^$c" || { log "adding $c"; rustup component add "$c"; }
done

# wasm-split-cli 0.2.4 goes with the wasm_split_helpers 0.2.3 that Leptos 0.8 uses (Cargo.lock).
if ! cargo install --list | grep -q '^wasm_split_cli_support v0\.2\.4:'; then
  log "installing wasm-split-cli 0.2.4 (about 10 minutes on 2 cores, once)"
  cargo install --locked wasm_split_cli_support --version 0.2.4 --features build-binary
fi

wb_version="$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/, ""); print; exit}' "$root/Cargo.lock")"
if ! wasm-bindgen --version 2>/dev/null | grep -q " $wb_version\$"; then
  log "installing wasm-bindgen-cli $wb_version (it must equal Cargo.lock's wasm-bindgen)"
  cargo install wasm-bindgen-cli --version "$wb_version" --force
fi

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
[ -x /usr/bin/chromedriver ] || need_apt+=(chromium-driver)
command -v pdftotext >/dev/null || need_apt+=(poppler-utils)
# Japanese glyphs for screenshots and printed PDFs (the app itself fetches no fonts).
fc-list :lang=ja 2>/dev/null | grep -q . || need_apt+=(fonts-noto-cjk)
# The load benchmark's certificate for its HTTP/2 figures (scripts/bench-load.sh).
command -v openssl >/dev/null || need_apt+=(openssl)
# Renders the Excel workbooks to PDF and PNG for a look (scripts/xlsx_check.py).
command -v soffice >/dev/null || need_apt+=(libreoffice-calc-nogui)
# pip, for the tests' Python packages below (a Python without it is Debian's own).
python3 -m pip --version >/dev/null 2>&1 || need_apt+=(python3-pip)
if [ ${#need_apt[@]} -gt 0 ]; then
  log "installing ${need_apt[*]} from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need_apt[@]}"
fi

if [ ! -f "$root/tests/e2e/node_modules/binaryen/index.js" ] || [ ! -d "$root/tests/e2e/node_modules/playwright-core" ] \
  || [ ! -d "$root/tests/e2e/node_modules/axe-core" ] || [ ! -d "$root/tests/e2e/node_modules/esbuild" ] \
  || [ "$root/tests/e2e/package-lock.json" -nt "$root/tests/e2e/node_modules/.package-lock.json" ]; then
  log "installing the npm packages of tests/e2e"
  (cd "$root/tests/e2e" && npm ci --no-audit --no-fund)
fi

if ! python3 -c "import jsonschema, openpyxl" 2>/dev/null; then
  log "installing the Python packages of the tests (scripts/requirements-test.txt)"
  req="$root/scripts/requirements-test.txt"
  # Debian's own Python refuses installs beside its packages (PEP 668); these two pure-Python
  # packages are only read by the tests, so they may go there.
  python3 -m pip install --quiet --disable-pip-version-check -r "$req" 2>/dev/null \
    || python3 -m pip install --quiet --disable-pip-version-check --break-system-packages -r "$req"
fi

log "ready: $(wasm-bindgen --version), wasm-split-cli 0.2.4, binaryen $(node -p "require('$root/tests/e2e/node_modules/binaryen/package.json').version"), $(chromium --version 2>/dev/null | head -1)"
