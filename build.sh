#!/usr/bin/env bash
# Ambassadeur's one entry point.
#   ./build.sh          install what is missing, build dist/ (Chromium), dist-firefox/ and ambassadeur.zip
#   ./build.sh test     the same, then formatting, lints and every test: Rust, WASM, JS and the
#                       browser suite in Chromium and Firefox ESR (BROWSER=chromium or firefox: one)
#   ./build.sh package  the same build, then packages/: the Chrome Web Store zip, the Firefox .xpi
#                       and the source archive for addons.mozilla.org's reviewers (docs/building.md)
#   ./build.sh bench    the same build, then the benchmarks; rewrites docs/performance.md
#   ./build.sh fmt      format the code and apply the linters' safe fixes
# Needs Debian (root for apt), rustup, cargo, node and npm; installs the rest.
set -euo pipefail
cd "$(dirname "$0")"
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

WASM_PACK_VERSION=0.15.1
# The Rust toolchain: rust-toolchain.toml pins it (the WASM is rebuilt byte for byte).
RUST_TOOLCHAIN=$(awk -F'"' '/^channel/ { print $2 }' rust-toolchain.toml)
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
  rustup toolchain list | grep -q "^$RUST_TOOLCHAIN-" || {
    say "rustup: installing Rust $RUST_TOOLCHAIN (rust-toolchain.toml)"
    rustup toolchain install "$RUST_TOOLCHAIN" --profile minimal
  }
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

# The WASM holds no path of the machine it was built on: the source folder and cargo's
# registry are written as /ambassadeur and /cargo (the toolchain's own are /rustc/<hash>
# already). With the toolchain pinned, the same source gives the same bytes anywhere.
wasm_pack_build() {
  local out=$1 flags="--remap-path-prefix=$PWD=/ambassadeur" src
  local cargo_home=${CARGO_HOME:-$HOME/.cargo}
  for src in "$cargo_home"/registry/src/*/; do
    [ -d "$src" ] && flags+=" --remap-path-prefix=${src%/}=/cargo"
  done
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$flags" \
    wasm-pack build crate --release --target web --no-typescript --no-pack --out-dir "$out"
}

# Rebuilds the WASM only when the core changed: a second run is quick.
build_wasm() {
  local pkg=target/pkg
  if [ -f "$pkg/ambassadeur_bg.wasm" ] && [ -z "$(find crate Cargo.toml Cargo.lock rust-toolchain.toml -newer "$pkg/ambassadeur_bg.wasm" -type f | head -1)" ]; then
    return
  fi
  say "wasm-pack: building the core"
  wasm_pack_build "../$pkg"
}

# The WASM again, from a copy of the source in another folder with a target folder of
# its own: the same bytes as target/pkg, or the build is not reproducible.
check_reproducible() {
  say "reproducible build: the WASM rebuilt elsewhere, compared byte for byte"
  local copy
  copy=$(mktemp -d)
  # Removed when this function returns; the trap then removes itself (a RETURN trap
  # would otherwise fire on every later function's return, with $copy gone).
  trap 'rm -rf "$copy"; trap - RETURN' RETURN
  cp -r crate Cargo.toml Cargo.lock rust-toolchain.toml "$copy/"
  rm -rf "$copy/crate/pkg"
  if ! (cd "$copy" && wasm_pack_build ../pkg >"$copy/build.log" 2>&1); then
    tail -20 "$copy/build.log" >&2
    echo "the rebuild failed" >&2
    return 1
  fi
  local f
  for f in ambassadeur_bg.wasm ambassadeur.js; do
    cmp "target/pkg/$f" "$copy/pkg/$f" || { echo "$f differs when rebuilt: the build is not reproducible" >&2; return 1; }
  done
  if grep -a -q -e "$PWD" -e "${CARGO_HOME:-$HOME/.cargo}" target/pkg/ambassadeur_bg.wasm; then
    echo "the WASM holds a path of this machine" >&2
    return 1
  fi
  echo "same bytes: $(sha256sum target/pkg/ambassadeur_bg.wasm | cut -d' ' -f1)"
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

# A zip of a folder's files, sorted, with one fixed date: the same files give the same bytes.
zip_folder() {
  python3 - "$1" "$2" <<'PY'
import os, sys, zipfile
src, out = sys.argv[1], sys.argv[2]
paths = sorted(os.path.relpath(os.path.join(d, f), src) for d, _, fs in os.walk(src) for f in fs)
with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    for p in paths:
        info = zipfile.ZipInfo(p.replace(os.sep, '/'), date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        with open(os.path.join(src, p), 'rb') as f:
            z.writestr(info, f.read(), compresslevel=9)
PY
}

build() {
  setup
  build_wasm
  say "assembling dist/ and dist-firefox/"
  rm -rf dist dist-firefox
  mkdir -p dist/wasm
  tar -C extension --exclude='*.js' --exclude='*.d.ts' -cf - . | tar -C dist -xf -
  bundle_js
  node tools/manifest.js chromium >dist/manifest.json
  cp target/pkg/ambassadeur.js target/pkg/ambassadeur_bg.wasm dist/wasm/
  # Firefox: the same files, its own manifest (tools/manifest.js).
  cp -r dist dist-firefox
  rm dist-firefox/managed-schema.json
  node tools/manifest.js firefox >dist-firefox/manifest.json
  rm -f ambassadeur.zip
  zip_folder dist ambassadeur.zip
  local raw gz
  raw=$(stat -c %s dist/wasm/ambassadeur_bg.wasm)
  gz=$(gzip -9c dist/wasm/ambassadeur_bg.wasm | wc -c)
  say "built dist/, dist-firefox/ and ambassadeur.zip (WASM $raw bytes, $gz gzipped)"
}

# The packages for the stores, named by the version (package.json, the one place it is
# written). The source archive holds the committed files: what `git archive` gives.
package() {
  build
  local version
  version=$(node -p "require('./package.json').version")
  rm -rf packages
  mkdir -p packages
  zip_folder dist "packages/ambassadeur-$version-chrome.zip"
  zip_folder dist-firefox "packages/ambassadeur-$version-firefox.xpi"
  git archive --format=zip --prefix="ambassadeur-$version/" -o "packages/ambassadeur-$version-source.zip" HEAD
  [ -z "$(git status --porcelain --untracked-files=no)" ] ||
    echo "note: the source archive holds the last commit; uncommitted changes are not in it" >&2
  say "packages/: $(ls packages | tr '\n' ' ')"
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

# The browser suite in one browser: chromium or firefox.
browser_tests() {
  say "browser tests ($1)"
  BROWSER=$1 node --test --test-concurrency=1 tests/browser/
}

run_tests() {
  local browsers
  case "${BROWSER:-both}" in
    chromium) browsers=(chromium) ;;
    firefox) browsers=(firefox) ;;
    both) browsers=(chromium firefox) ;;
    *)
      echo "BROWSER must be chromium, firefox or both (unset: both)" >&2
      exit 2
      ;;
  esac
  build
  check_rust
  check_js
  apt_install chromium fonts-noto-color-emoji
  [[ " ${browsers[*]} " == *" firefox "* ]] && apt_install firefox-esr
  say "cargo test"
  cargo test --workspace
  say "wasm-pack test --node"
  wasm-pack test --node crate
  check_reproducible
  say "JS unit tests"
  node --test tests/unit/
  local browser
  for browser in "${browsers[@]}"; do browser_tests "$browser"; done
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
  package) package ;;
  fmt)
    cargo fmt --all
    fmt_js
    ;;
  *)
    echo "usage: ./build.sh [build|test|package|bench|fmt]" >&2
    exit 2
    ;;
esac
