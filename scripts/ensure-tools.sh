#!/usr/bin/env bash
# Installs what building and testing need, skipping whatever is already present at the right
# version: safe and quick to run every time.
#
#   scripts/ensure-tools.sh            Rust's wasm target, cargo-leptos, wasm-bindgen CLI
#   scripts/ensure-tools.sh --release  ... plus wasm-opt (binaryen from npm) for release builds
#   scripts/ensure-tools.sh --test     ... plus Chromium (Debian) and the end-to-end npm packages
set -euo pipefail

CARGO_LEPTOS_VERSION=0.3.10
WASM_BINDGEN_VERSION=0.2.130 # must equal the wasm-bindgen pin in Cargo.toml
BINARYEN_VERSION=132         # (pinned in scripts/node-tools) Debian's binaryen is too old: its WASM fails in the browser

root="$(cd "$(dirname "$0")/.." && pwd)"
want_release=false
want_test=false
for arg in "$@"; do
  case "$arg" in
    --release) want_release=true ;;
    --test) want_test=true ;;
    *) echo "unknown option $arg" >&2; exit 2 ;;
  esac
done

say() { printf '==> %s\n' "$*"; }

# The build tools are tools, not the product: compile them for a short install, not for speed of
# their own (they spend their time waiting on rustc). No optimisation and no link-time
# optimisation, with parallel code generation (profile settings given to cargo override the
# tools' own manifests), except the few crates that do heavy work on our bundle at every build:
# brotli and gzip (precompressing it) and the WASM parser and rewriter of wasm-bindgen.
tool_build_env=(CARGO_PROFILE_RELEASE_OPT_LEVEL=0 CARGO_PROFILE_RELEASE_LTO=false
  CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 CARGO_PROFILE_RELEASE_DEBUG=false)
tool_build_config=()
for hot in brotli libflate libflate_lz77 walrus wasmparser wasm-encoder wasm-bindgen-cli-support \
  wasm-bindgen-wasm-interpreter wasm-bindgen-wasm-conventions wasm-bindgen-threads-xform; do
  tool_build_config+=(--config "profile.release.package.$hot.opt-level=3")
done

export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(cargo leptos --version 2>/dev/null | awk '{print $2}')" != "$CARGO_LEPTOS_VERSION" ]; then
  say "installing cargo-leptos $CARGO_LEPTOS_VERSION (a few minutes, once)"
  # From $HOME: the project's .cargo/config.toml is not meant for building tools.
  (cd "$HOME" && env "${tool_build_env[@]}" cargo "${tool_build_config[@]}" install cargo-leptos --version "$CARGO_LEPTOS_VERSION" --locked)
fi

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: its lockfile names a crate version the registry no longer has.
  (cd "$HOME" && env "${tool_build_env[@]}" cargo "${tool_build_config[@]}" install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force)
fi

if $want_release; then
  # Exact version pinned in scripts/node-tools/package-lock.json; reinstalled only when it changes.
  tools="$root/scripts/node-tools"
  stamp="$tools/node_modules/.installed-from"
  lock_sum="$(sha256sum "$tools/package-lock.json" | cut -d' ' -f1)"
  if [ "$(cat "$stamp" 2>/dev/null)" != "$lock_sum" ] || [ ! -x "$tools/node_modules/.bin/wasm-opt" ]; then
    say "installing wasm-opt (binaryen $BINARYEN_VERSION from npm)"
    (cd "$tools" && npm ci --no-audit --no-fund --silent)
    echo "$lock_sum" >"$stamp"
  fi
fi

if $want_test; then
  if [ ! -x /usr/bin/chromium ]; then
    say "installing Chromium from Debian"
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
  fi
  e2e="$root/end2end"
  # Reinstall only when the lockfile changed since the last install.
  stamp="$e2e/node_modules/.installed-from"
  lock_sum="$(sha256sum "$e2e/package-lock.json" | cut -d' ' -f1)"
  if [ "$(cat "$stamp" 2>/dev/null)" != "$lock_sum" ]; then
    say "installing the end-to-end test packages (no browser download)"
    (cd "$e2e" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --silent)
    echo "$lock_sum" >"$stamp"
  fi
fi
