#!/usr/bin/env bash
# Runs every check and test: formatting, lints (server and browser builds separately), unit and
# service tests (SQLite, and PostgreSQL when TEST_POSTGRES_URL is set), HTTP tests through the
# router, and the browser journeys in Chromium with axe-core. Exits non-zero on any failure.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
"$root/scripts/ensure-tools.sh" --test
export PATH="$HOME/.cargo/bin:$PATH"

# cargo-leptos compiles this name into the server; giving every cargo command the same value
# keeps them from rebuilding each other's dependencies.
export LEPTOS_OUTPUT_NAME=consult
target_dir="${CARGO_TARGET_DIR:-$root/target}"
log_dir="$(mktemp -d)"
trap 'rm -rf "$log_dir"' EXIT

started=$SECONDS
step() {
  local name="$1"
  shift
  printf '\n==> %s\n' "$name"
  local t=$SECONDS
  "$@"
  printf '    (%s: %ss)\n' "$name" "$((SECONDS - t))"
}

step "formatting" cargo fmt --all --check
step "clippy, server build" cargo clippy --quiet -p app -p server -p migration --features app/ssr --all-targets -- -D warnings
step "clippy, browser build" cargo clippy --quiet -p app -p frontend --features app/hydrate --target wasm32-unknown-unknown -- -D warnings
step "WASM bundle is free of server-only crates" "$root/scripts/check-wasm-deps.sh"

if [ -n "${TEST_POSTGRES_URL:-}" ]; then
  echo "    service tests run on SQLite and on PostgreSQL ($TEST_POSTGRES_URL)"
else
  echo "    service tests run on SQLite (set TEST_POSTGRES_URL to add PostgreSQL)"
fi
# --no-fail-fast: one failing test binary must not hide the results of the others.
step "unit, service and HTTP tests" bash -c \
  "set -o pipefail; cargo test --no-fail-fast -p app -p server -p migration --features app/ssr -- --skip hostile_input_never_breaks 2>&1 | tee '$log_dir/cargo.log'"
# Its own step, output shown: the seed to replay it with and what it covered.
step "fuzz test: hostile input at every route" bash -c \
  "set -o pipefail; cargo test -p server --features app/ssr --test fuzz -- --nocapture 2>&1 | tee -a '$log_dir/cargo.log' | grep -Ev '^ *(Compiling|Finished|Running)'"

step "build the site (server + WASM, staff islands split off)" cargo leptos build --split
step "browser journeys (Chromium, axe-core)" bash -c \
  "set -o pipefail; cd end2end && CARGO_TARGET_DIR='$target_dir' npx playwright test 2>&1 | tee '$log_dir/e2e.log'"

cargo_passed=$(grep -Eo 'test result: ok\. [0-9]+ passed' "$log_dir/cargo.log" | awk '{s+=$4} END {print s+0}')
e2e_passed=$(grep -Eo '^ *[0-9]+ passed' "$log_dir/e2e.log" | awk '{s+=$1} END {print s+0}')
printf '\nAll checks passed in %ss: %s Rust tests, %s browser tests.\n' \
  "$((SECONDS - started))" "$cargo_passed" "$e2e_passed"
echo "$((cargo_passed + e2e_passed)) passed, 0 failed"
