#!/usr/bin/env bash
# Times the results page's data at a small and a large number of responses, in one process, and
# prints the ratio. Usage: bench/results-at-scale.sh [responses, default 20000]
set -euo pipefail
cd "$(dirname "$0")/.."
export LEPTOS_OUTPUT_NAME=consult
exec cargo run --quiet --release -p app --features ssr --example results_at_scale -- "${1:-20000}"
