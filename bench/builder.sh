#!/usr/bin/env bash
# The builder at scale: a 200-question, 10-page questionnaire. Builds the release site, serves it
# on a fresh SQLite file (demo content plus that questionnaire), and prints the builder's load
# time, the time from a keyboard move to the outline redrawn, from a drop (keyboard and pointer)
# to it saved, and the respondent page's server time: median and p95 of each.
# Usage: bench/builder.sh [port, default 3031]   (BUILDER_RUNS=30 runs per figure)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
port="${1:-3031}"
"$root/scripts/ensure-tools.sh" --release --test
export PATH="$root/scripts/node-tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export LEPTOS_OUTPUT_NAME=consult
target_dir="${CARGO_TARGET_DIR:-$root/target}"

# playwright-core comes from the page-weight bench's packages.
bench="$root/bench/page-weight"
stamp="$bench/node_modules/.installed-from"
lock_sum="$(sha256sum "$bench/package-lock.json" | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$lock_sum" ]; then
  (cd "$bench" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --silent)
  echo "$lock_sum" >"$stamp"
fi

cargo leptos build --release --precompress --split
dir="$(mktemp -d)"
db="sqlite://$dir/builder.db?mode=rwc"
trap 'kill $server 2>/dev/null || true; rm -rf "$dir"' EXIT
DATABASE_URL="$db" LEPTOS_SITE_ADDR="127.0.0.1:$port" LEPTOS_SITE_ROOT=target/site \
  DEMO_DATA=on RUST_LOG=warn "$target_dir/release/server" &
server=$!
for _ in $(seq 1 100); do
  curl -fsS -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null && break
  sleep 0.2
done
DATABASE_URL="$db" cargo run --quiet --release -p app --features ssr --example seed_big_questionnaire
node "$root/bench/builder/measure.mjs" "http://127.0.0.1:$port"
