#!/usr/bin/env bash
# The load benchmark: serves the built dist/ as a static host would (precompressed .br/.gz)
# and prints, in Chromium, the bytes of a first visit to #/, #/basic and #/read, the time to
# the first input of #/basic against a plain HTML page of the same 基本情報 questions (made
# from the field registry) unthrottled and at 1.6 Mbit/s with 150 ms latency, over HTTP/1.1
# and over HTTP/2 (as static hosts serve; TLS with a certificate made here), and each lazy
# route's time on first use (tests/e2e/bench-load.mjs). Figures only: it judges nothing.
# Builds dist/ first when there is none. scripts/test.sh runs it after the end-to-end tests.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export PATH="$root/tests/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
[ -f dist/index.html ] || bash scripts/build.sh
plain="$(mktemp -d)"
trap 'rm -rf "$plain"' EXIT
css="$(cd dist && ls main-*.css)"
cp "dist/$css" "$plain/"
cargo run --locked -q -p declaration --example plain_page -- "$css" > "$plain/index.html"
node scripts/compress.mjs "$plain" > /dev/null
# A certificate for this run only, for the HTTP/2 figures (browsers speak HTTP/2 only over TLS).
if command -v openssl > /dev/null && openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 \
    -nodes -subj /CN=127.0.0.1 -days 1 -keyout "$plain/key.pem" -out "$plain/cert.pem" 2> /dev/null; then
  mkdir -p "$plain/tls" && mv "$plain/key.pem" "$plain/cert.pem" "$plain/tls/"
  export TLS_KEY="$plain/tls/key.pem" TLS_CERT="$plain/tls/cert.pem"
fi
node tests/e2e/bench-load.mjs dist "$plain"
