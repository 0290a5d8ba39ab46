#!/usr/bin/env bash
# README command 2: sets up whatever is missing, then runs every check and test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

# Once at the start, so that any failure below is reported with the browser it ran on.
step "browser: $("$CHROMIUM" --version) (ChromeDriver $("$CHROMEDRIVER" --version | awk '{print $2}'))"
step "format"
cargo fmt --check
step "clippy (native and wasm32)"
cargo clippy --locked --all-targets -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --all-targets -- -D warnings
step "native tests (the pure core)"
cargo test --locked
step "component tests (wasm32, in headless Chromium through wasm-bindgen-test-runner)"
cargo test --locked --target wasm32-unknown-unknown --lib
step "release build"
scripts/build.sh
step "browser tests (headless Chromium against the built page)"
# A test that hangs (a browser that never answers) fails after five minutes rather than holding
# the run until CI's limit.
node --test --test-concurrency=1 --test-timeout=300000 tests/e2e/
