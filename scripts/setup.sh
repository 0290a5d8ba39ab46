#!/usr/bin/env bash
# Installs whatever the build and the tests need and is not there yet. Idempotent: a second run
# only checks versions. Everything comes from package registries (crates.io, npm, Debian); nothing
# downloads a prebuilt binary from the web.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

# Keep these in step with Cargo.toml (wasm-bindgen is pinned with `=`, wasm_split_helpers is the
# splitter's runtime) and Trunk.toml ([tools]).
WASM_BINDGEN_VERSION=0.2.130
TRUNK_VERSION_REQ='~0.21'
WASM_SPLIT_VERSION=0.2.4

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q '^trunk 0\.21\.'; then
  say "installing trunk $TRUNK_VERSION_REQ from crates.io (about 25 minutes on 2 cores)"
  cargo install --locked trunk --version "$TRUNK_VERSION_REQ"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION from crates.io (about 15 minutes)"
  # Not --locked: one locked dependency of the CLI is missing from the registry.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# The splitter that divides the widget's wasm into its first path and later parts
# (scripts/widget-build.mjs). It has no --version: cargo's list of installed crates says.
if ! cargo install --list | grep -q "^wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "installing wasm-split-cli $WASM_SPLIT_VERSION from crates.io (a few minutes)"
  cargo install --locked wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --force
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing Debian's chromium and chromium-driver"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver fonts-dejavu-core >/dev/null
fi
# Which browser the tests will drive: Debian serves a newer one as it comes, so a failure report
# must say which it was.
say "browser: $("$CHROMIUM" --version 2>/dev/null || echo "chromium not found at $CHROMIUM")"

# npm: wasm-opt (binaryen@132, which parses rustc 1.95's wasm) and terser for the build, and the
# browser-test drivers.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/terser ] \
   || [ ! -x node_modules/.bin/esbuild ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (package-lock.json)"
  npm ci --no-audit --no-fund --loglevel=error
fi

say "fetching crates"
cargo fetch --locked >/dev/null 2>&1 || cargo fetch
say "ready"
