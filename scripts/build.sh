#!/usr/bin/env bash
# Builds the release widget into dist/ (offline, with the installed tools), then its single file
# (dist/cermin.html) and its service worker (dist/sw.js).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
trunk build --release --offline --locked
# The static shell (title and radar frame, by the widget's own draw function) in index.html.
cargo run --quiet --locked --example shell -- dist/index.html
node scripts/single-file.mjs
node scripts/scorm-package.mjs
# Last: versions the served files and writes dist/sw.js (offline after one visit). After the
# SCORM packages, which therefore have neither sw.js nor the switch that registers it.
node scripts/offline.mjs
