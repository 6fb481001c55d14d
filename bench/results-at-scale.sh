#!/usr/bin/env bash
# The results dashboard's data at scale: writes N responses (default 1,000,000) of a 10-question
# questionnaire straight into a fresh SQLite file and a fresh PostgreSQL database, then times the
# unfiltered dashboard, a one-filter and a three-filter dashboard and a cross-tab (p50/p95 of 100
# runs each), the first filtered view, and the process's memory.
# Usage: bench/results-at-scale.sh [responses] [sqlite|postgres|both]
set -euo pipefail
cd "$(dirname "$0")/.."
export LEPTOS_OUTPUT_NAME=consult
responses="${1:-1000000}"
which="${2:-both}"
export TEST_POSTGRES_URL="${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/test}"
cargo build --quiet --release -p app --features ssr --example results_at_scale
bin="${CARGO_TARGET_DIR:-target}/release/examples/results_at_scale"
for backend in sqlite postgres; do
  if [ "$which" = both ] || [ "$which" = "$backend" ]; then
    "$bin" "$backend" "$responses"
    echo
  fi
done
