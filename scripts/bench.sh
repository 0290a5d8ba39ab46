#!/usr/bin/env bash
# Issue 7's benchmark: sets up what is missing, builds the release widget, then measures it
# (sizes, first chart against a Chart.js reference, redraw, 1,000-session history, exports,
# memory) in headless Chromium. Prints one line per figure and a budget summary; see bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
scripts/build.sh
node bench/bench.mjs "$@"
