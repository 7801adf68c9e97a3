#!/usr/bin/env bash
# Ambassadeur's one entry point.
#   ./build.sh          install what is missing, build dist/ and ambassadeur.zip
#   ./build.sh test     the same, then formatting, lints and every test: Rust, WASM, JS and the browser
#   ./build.sh bench    the same build, then the benchmarks; rewrites docs/performance.md
#   ./build.sh fmt      format the code and apply the linters' safe fixes
# Needs Debian (root for apt), rustup, cargo, node and npm; installs the rest.
set -euo pipefail
cd "$(dirname "$0")"
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

WASM_PACK_VERSION=0.15.1
# wasm-pack wants wasm-bindgen-cli at exactly the version Cargo.lock pins.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return
  say "apt: installing ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

setup() {
  local installed component
  installed=$(rustup component list --installed)
  for component in rustfmt clippy; do
    grep -q "^$component-" <<<"$installed" || {
      say "rustup: adding $component"
      rustup component add "$component"
    }
  done
  rustup target list --installed | grep -qx wasm32-unknown-unknown || {
    say "rustup: adding the wasm32 target"
    rustup target add wasm32-unknown-unknown
  }
  local wbg
  wbg=$(wasm_bindgen_version)
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wbg" ]; then
    say "cargo: installing wasm-bindgen-cli $wbg"
    cargo install wasm-bindgen-cli --version "$wbg" --force
  fi
  if [ "$(wasm-pack --version 2>/dev/null)" != "wasm-pack $WASM_PACK_VERSION" ]; then
    say "cargo: installing wasm-pack $WASM_PACK_VERSION"
    cargo install wasm-pack --version "$WASM_PACK_VERSION" --locked --force
  fi
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "npm: installing the dev dependencies"
    npm ci --no-audit --no-fund
  fi
}

# Rebuilds the WASM only when the core changed: a second run is quick.
build_wasm() {
  local pkg=target/pkg
  if [ -f "$pkg/ambassadeur_bg.wasm" ] && [ -z "$(find crate Cargo.toml Cargo.lock -newer "$pkg/ambassadeur_bg.wasm" -type f | head -1)" ]; then
    return
  fi
  say "wasm-pack: building the core"
  wasm-pack build crate --release --target web --no-typescript --no-pack --out-dir ../$pkg
}

# The extension's JavaScript: each entry point bundled with what it imports. The
# content script becomes one classic script (a content script cannot be a module);
# the background, popup and options stay ES modules. The core's glue is loaded as is.
# highlights.css reads the severities' looks as custom properties, defined here from
# shared/severities.js.
bundle_js() {
  local common=(--bundle --charset=utf8 --legal-comments=none --log-level=warning)
  esbuild extension/content/main.js "${common[@]}" --format=iife --loader:.css=text --outfile=dist/content/main.js
  esbuild extension/background/service-worker.js extension/popup/popup.js extension/options/options.js \
    "${common[@]}" --format=esm --outbase=extension --outdir=dist --external:../wasm/ambassadeur.js
  node --input-type=module -e "import { cssProperties } from './extension/shared/severities.js';
    console.log(':root { ' + cssProperties() + ' }');" | cat - extension/content/highlights.css >dist/content/highlights.css
}

build() {
  setup
  build_wasm
  say "assembling dist/"
  rm -rf dist
  mkdir -p dist/wasm
  tar -C extension --exclude='*.js' --exclude='*.d.ts' -cf - . | tar -C dist -xf -
  bundle_js
  cp manifest.json dist/
  cp target/pkg/ambassadeur.js target/pkg/ambassadeur_bg.wasm dist/wasm/
  rm -f ambassadeur.zip
  (cd dist && python3 -m zipfile -c ../ambassadeur.zip ./*)
  local raw gz
  raw=$(stat -c %s dist/wasm/ambassadeur_bg.wasm)
  gz=$(gzip -9c dist/wasm/ambassadeur_bg.wasm | wc -c)
  say "built dist/ and ambassadeur.zip (WASM $raw bytes, $gz gzipped)"
}

# Formatting and lints, natively and for the WASM build; warnings fail the run.
check_rust() {
  say "cargo fmt --check"
  cargo fmt --all --check
  say "cargo clippy"
  cargo clippy --workspace --all-targets -- -D warnings
  cargo clippy --workspace --lib --tests --target wasm32-unknown-unknown -- -D warnings
}

# The JavaScript's formatting and lint (Biome, no warning passes) and its JSDoc types (tsc).
check_js() {
  say "JS: format and lint (biome), types (tsc)"
  biome ci --error-on-warnings
  tsc -p .
}

run_tests() {
  build
  check_rust
  check_js
  apt_install chromium fonts-noto-color-emoji
  say "cargo test"
  cargo test --workspace
  say "wasm-pack test --node"
  wasm-pack test --node crate
  say "JS unit tests"
  node --test tests/unit/
  say "browser tests (Chromium)"
  node --test --test-concurrency=1 tests/browser/
}

fmt_js() {
  [ -x node_modules/.bin/biome ] || npm ci --no-audit --no-fund
  biome check --write
}

run_bench() {
  build
  say "benchmarks: native (criterion), WASM in Node, harper.js and alex"
  node tests/bench/run.js
}

case "${1:-build}" in
  build) build ;;
  test) run_tests ;;
  bench) run_bench ;;
  fmt)
    cargo fmt --all
    fmt_js
    ;;
  *)
    echo "usage: ./build.sh [build|test|bench|fmt]" >&2
    exit 2
    ;;
esac
