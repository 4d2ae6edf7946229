#!/usr/bin/env bash
# Fuzzes the import for SECONDS (default 300) with cargo-fuzz on nightly: any bytes go
# through declaration::fuzzing::check_import. Installs nightly and cargo-fuzz when missing
# (from the registries only). The corpus starts from fuzz/seeds/ and grows in
# fuzz/corpus/ (not committed); a failing input is written to fuzz/artifacts/import/ —
# copy it into fuzz/regressions/ with a name saying what it broke, fix the bug, and the
# ordinary `cargo test` replays it from then on. Prints the executions and findings.
#   bash scripts/fuzz.sh [SECONDS] [JOBS]     (MAX_LEN=bytes caps an input, default 256 KiB)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"
seconds=${1:-300}
jobs=${2:-1}
rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
cargo fuzz --version >/dev/null 2>&1 || cargo install cargo-fuzz --locked
cd "$root/fuzz"
mkdir -p corpus/import artifacts/import
log="$(mktemp)"
set +e
cargo +nightly fuzz run import corpus/import seeds regressions --jobs "$jobs" -- \
  -max_total_time="$seconds" -max_len="${MAX_LEN:-262144}" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 2>&1 | tee "$log" \
  | grep -E '^#[0-9]+ *(DONE|INITED)|Done [0-9]+ runs|SUMMARY|panicked|stat::number_of_executed_units'
status=${PIPESTATUS[0]}
set -e
for f in fuzz-*.log; do [ -f "$f" ] && cat "$f" >> "$log"; done
runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
found=$(find artifacts/import -type f | wc -l)
echo "fuzz: ${seconds}s x ${jobs} job(s), ${runs} executions, ${found} failing input(s) in fuzz/artifacts/import/"
exit "$status"
