#!/usr/bin/env bash
# Ambassadeur's one entry point.
#   ./build.sh          install what is missing, build dist/ and ambassadeur.zip
#   ./build.sh test     the same, then formatting, lints and every test: Rust, WASM, JS, and the
#                       browser suite in Chromium and in Firefox ESR
#   ./build.sh package  the same build, then the store packages in packages/: the Chrome Web Store
#                       zip, the Firefox .xpi and the source archive for addons.mozilla.org
#   ./build.sh repro    builds the WASM again in a temporary folder and compares the bytes
#   ./build.sh bench    the same build, then the benchmarks; rewrites docs/performance.md
#   ./build.sh fmt      format the code and apply the linters' safe fixes
# Needs Debian (root for apt), rustup, cargo, node and npm; installs the rest.
set -euo pipefail
cd "$(dirname "$0")"
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# No test tool downloads a browser: the tests drive Debian's chromium and firefox-esr.
export PUPPETEER_SKIP_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# The WASM must not depend on where the sources or the crates are: addons.mozilla.org's
# reviewers rebuild it elsewhere and compare (BUILDING.md). The crates' own paths are
# relative already; the registry's are mapped to one name.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}=/cargo"

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

# rust-toolchain.toml pins the toolchain. Where the machine's stable toolchain is that very
# version, rustup is shown it under the pinned name instead of downloading it again.
pin_toolchain() {
  local channel host home installed
  channel=$(sed -n 's/^channel = "\(.*\)"$/\1/p' rust-toolchain.toml)
  installed=$(rustup toolchain list)
  grep -q "^$channel-" <<<"$installed" && return
  host=$(rustup run stable rustc -vV | sed -n 's/^host: //p')
  home=${RUSTUP_HOME:-$HOME/.rustup}
  if [ "$(rustup run stable rustc -V | cut -d' ' -f2)" = "$channel" ] && [ -d "$home/toolchains/stable-$host" ]; then
    say "rustup: the stable toolchain is $channel; using it as the pinned one"
    ln -s "$home/toolchains/stable-$host" "$home/toolchains/$channel-$host"
  else
    say "rustup: installing the pinned toolchain $channel"
    rustup toolchain install "$channel" --profile minimal --component rustfmt,clippy --target wasm32-unknown-unknown
  fi
}

setup() {
  pin_toolchain
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
  if [ -f "$pkg/ambassadeur_bg.wasm" ] && [ -z "$(find crate Cargo.toml Cargo.lock rust-toolchain.toml -newer "$pkg/ambassadeur_bg.wasm" -type f | head -1)" ]; then
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
  esbuild extension/content/main.js "${common[@]}" --format=iife --outfile=dist/content/main.js
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
  node scripts/manifest.js dist manifest.json package.json >dist/manifest.json
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

# A zip of folder $1 as $2 whose bytes depend on the files only: sorted names, one date.
zip_dir() {
  python3 - "$1" "$2" <<'PY'
import os, sys, zipfile
src, out = sys.argv[1], sys.argv[2]
names = sorted(os.path.relpath(os.path.join(d, f), src).replace(os.sep, '/') for d, _, fs in os.walk(src) for f in fs)
with zipfile.ZipFile(out, 'w') as z:
    for name in names:
        info = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
        info.external_attr = 0o644 << 16
        info.compress_type = zipfile.ZIP_DEFLATED
        with open(os.path.join(src, name), 'rb') as f:
            z.writestr(info, f.read(), compresslevel=9)
PY
}

# The three files a release needs, in packages/: the Chrome Web Store's zip, the Firefox
# add-on, and the source archive (with BUILDING.md) that addons.mozilla.org's reviewers build.
package() {
  build
  local version tmp file
  version=$(node -p "require('./package.json').version")
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"; trap - RETURN' RETURN
  rm -rf packages
  mkdir -p packages
  for browser in chrome firefox; do
    cp -r dist "$tmp/$browser"
    node scripts/manifest.js "$browser" dist/manifest.json >"$tmp/$browser/manifest.json"
  done
  zip_dir "$tmp/chrome" "packages/ambassadeur-$version-chrome.zip"
  zip_dir "$tmp/firefox" "packages/ambassadeur-$version-firefox.xpi"
  [ -z "$(git status --porcelain --untracked-files=no)" ] ||
    echo "note: the source archive holds the last commit, not the changes in the work tree" >&2
  git archive --format=zip --prefix="ambassadeur-$version/" -o "packages/ambassadeur-$version-source.zip" HEAD
  for file in packages/*; do
    say "$(printf '%-42s %9s bytes' "$file" "$(stat -c %s "$file")")"
  done
}

# The WASM built again from the same sources in another folder, with its own target
# directory, must come out byte for byte the same as target/pkg.
check_reproducible() {
  setup
  build_wasm
  say "reproducible WASM: building again in a temporary folder"
  local tmp file
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"; trap - RETURN' RETURN
  git ls-files -z Cargo.toml Cargo.lock rust-toolchain.toml rustfmt.toml crate | tar --null -T - -cf - | tar -C "$tmp" -xf -
  (cd "$tmp" && CARGO_TARGET_DIR="$tmp/target" wasm-pack build crate --release --target web --no-typescript --no-pack --out-dir ../pkg >"$tmp/build.log" 2>&1) || {
    grep -v '^ *Compiling ' "$tmp/build.log" | tail -40 >&2
    echo "the second build failed" >&2
    return 1
  }
  for file in ambassadeur_bg.wasm ambassadeur.js; do
    if ! cmp "target/pkg/$file" "$tmp/pkg/$file"; then
      echo "$file differs between the two builds (sha256 $(sha256sum <"target/pkg/$file" | cut -c1-16) vs $(sha256sum <"$tmp/pkg/$file" | cut -c1-16))" >&2
      return 1
    fi
  done
  say "reproducible WASM: the same bytes ($(sha256sum <target/pkg/ambassadeur_bg.wasm | cut -c1-64))"
}

# The browser suite, once in each browser; prints how long each run took.
browser_tests() {
  local browser start
  for browser in chromium firefox; do
    say "browser tests ($browser)"
    start=$SECONDS
    BROWSER=$browser node --test --test-concurrency=1 tests/browser/
    say "browser tests ($browser): $((SECONDS - start)) s"
  done
}

run_tests() {
  package
  check_rust
  check_js
  apt_install chromium fonts-noto-color-emoji firefox-esr
  say "cargo test"
  cargo test --workspace
  say "wasm-pack test --node"
  wasm-pack test --node crate
  say "JS unit tests"
  node --test tests/unit/
  browser_tests
  check_reproducible
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
  package) package ;;
  repro) check_reproducible ;;
  bench) run_bench ;;
  fmt)
    cargo fmt --all
    fmt_js
    ;;
  *)
    echo "usage: ./build.sh [build|test|package|repro|bench|fmt]" >&2
    exit 2
    ;;
esac
