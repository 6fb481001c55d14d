#!/usr/bin/env bash
# Answering a long questionnaire a page at a time (decision 0026): a 50-page questionnaire of
# 200 questions (app/examples/seed_big_questionnaire.rs), served by the release server on a fresh
# SQLite file; bench/journey/measure.py goes through it JOURNEYS times as a browser without
# JavaScript would (each page drawn, then saved with two text answers), and prints the p50/p95
# of drawing a page and of saving one, over all pages and over the last ten (where the draft
# holds the most), against page 1 drawn without a draft as the baseline; then the same in Welsh.
# Usage: bench/journey.sh [journeys 10] [port 3033]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
journeys="${1:-10}"
port="${2:-3033}"
export LEPTOS_OUTPUT_NAME=consult
target_dir="${CARGO_TARGET_DIR:-$root/target}"

cargo build --quiet --release -p server --bin server
cargo build --quiet --release -p app --features ssr --example seed_big_questionnaire
work="$(mktemp -d)"
db="sqlite://$work/journey.db?mode=rwc"
trap '[ -n "${server:-}" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
# One address sends every page: the rate limits would count it as a crowd.
DATABASE_URL="$db" LEPTOS_SITE_ADDR="127.0.0.1:$port" LEPTOS_SITE_ROOT=target/site \
  DEMO_RESPONSES=off RATE_LIMITS=off DEMO_DATA=on RUST_LOG=warn "$target_dir/release/server" &
server=$!
for _ in $(seq 1 300); do
  curl -fsS -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null && break
  sleep 0.2
done
# The server has made the database's tables by now.
DATABASE_URL="$db" "$target_dir/release/examples/seed_big_questionnaire" 50 4 fifty-pages >/dev/null
python3 "$root/bench/journey/measure.py" "http://127.0.0.1:$port" fifty-pages "$journeys"
echo
# The same journeys through the Welsh pages (each page also reads the Welsh of its texts).
python3 "$root/bench/journey/measure.py" "http://127.0.0.1:$port" fifty-pages "$journeys" /cy
