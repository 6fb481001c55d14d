#!/usr/bin/env bash
# Exports at scale: writes N responses (default 1,000,000) of a 10-question questionnaire straight
# into a fresh SQLite file (app/examples/results_at_scale.rs, `generate`), serves it with the
# release server, signs in and downloads every response as CSV and as XLSX over HTTP; prints the
# time of each download, its size and rows, and the server's memory (resident before; its peak
# during each export).
# Then the same two prepared in the background (decision 0024): the time from asking to "ready"
# (polling the download's page as a browser without JavaScript would), and to fetch the file.
# Each export's peak is read alone: the kernel's high-water mark (VmHWM) is reset before each one
# (`echo 5 > /proc/PID/clear_refs`), so one export's peak is never carried into the next row.
# Usage: bench/export.sh [responses 1000000] [port 3032]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
responses="${1:-1000000}"
port="${2:-3032}"
export LEPTOS_OUTPUT_NAME=consult
target_dir="${CARGO_TARGET_DIR:-$root/target}"

cargo build --quiet --release -p server --bin server
cargo build --quiet --release -p app --features ssr --example results_at_scale
work="$(mktemp -d)"
db="$work/export.db"
trap '[ -n "${server:-}" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
"$target_dir/release/examples/results_at_scale" generate "$db" "$responses"

DATABASE_URL="sqlite://$db?mode=rwc" LEPTOS_SITE_ADDR="127.0.0.1:$port" LEPTOS_SITE_ROOT=target/site \
  DEMO_RESPONSES=off DEMO_DATA=on RUST_LOG=warn "$target_dir/release/server" &
server=$!
for _ in $(seq 1 300); do
  curl -fsS -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null && break
  sleep 0.2
done
jar="$work/cookies"
curl -fsS -o /dev/null -c "$jar" -H "Origin: http://127.0.0.1:$port" \
  --data-urlencode "email=demo.staff@example.gov.uk" --data-urlencode "password=demo-password-2026" \
  "http://127.0.0.1:$port/staff/sign-in"
echo "server memory before: $(awk '/VmRSS/ {print int($2/1024) " MB"}' /proc/$server/status)"
echo
# The server's peak resident memory since the last reset.
peak() { awk '/VmHWM/ {print int($2/1024) " MB"}' "/proc/$server/status"; }
reset_peak() { echo 5 > "/proc/$server/clear_refs"; }
echo "| export of $responses responses | time | size | rows | server peak RSS |"
echo "|---|---|---|---|---|"
for kind in csv xlsx; do
  out="$work/responses.$kind"
  reset_peak
  took=$(curl -fsS -b "$jar" -o "$out" -w '%{time_total}' \
    "http://127.0.0.1:$port/staff/consultations/results-at-scale/results/responses.$kind")
  size=$(du -m "$out" | cut -f1)
  if [ "$kind" = csv ]; then
    rows=$(($(wc -l <"$out") - 1))
  else
    rows="(workbook)"
  fi
  echo "| $kind | ${took} s | ${size} MB | $rows | $(peak) |"
  rm -f "$out"
done
echo
echo "| prepared in the background | until ready | fetching the file | size | server peak RSS |"
echo "|---|---|---|---|---|"
for kind in csv xlsx; do
  reset_peak
  start=$(date +%s.%N)
  page=$(curl -fsS -b "$jar" -o /dev/null -w '%{redirect_url}' -H "Origin: http://127.0.0.1:$port" \
    --data "format=$kind" "http://127.0.0.1:$port/staff/consultations/results-at-scale/results/downloads")
  until curl -fsS -b "$jar" -H 'Accept: text/html' "$page" | grep -q 'Your download is ready.'; do
    if curl -fsS -b "$jar" -H 'Accept: text/html' "$page" | grep -q -e 'could not be prepared' -e 'stopped before'; then
      echo "the $kind download failed" >&2
      exit 1
    fi
    sleep 0.5
  done
  ready=$(echo "$(date +%s.%N) - $start" | bc)
  out="$work/prepared.$kind"
  took=$(curl -fsS -b "$jar" -o "$out" -w '%{time_total}' "$page/file")
  size=$(du -m "$out" | cut -f1)
  printf '| %s | %.1f s | %s s | %s MB | %s |\n' "$kind" "$ready" "$took" "$size" "$(peak)"
  rm -f "$out"
done
echo
echo "server memory after: $(awk '/VmRSS/ {print int($2/1024) " MB"}' /proc/$server/status)"
