#!/usr/bin/env bash
# Builds the release widget and the trainer's cohort page into dist/ (offline, with the installed
# tools), then the single files (dist/cermin.html, dist/cermin-cohort.html), the SCORM packages and
# the widget's service worker (dist/sw.js).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
# The widget: its first path and the parts loaded after it (a split trunk cannot make yet).
node scripts/widget-build.mjs
# The static shell (title and radar frame, by the widget's own draw function) in index.html.
cargo run --quiet --locked --example shell -- dist/index.html
# The cohort page is a second trunk target (its own html and binary, so its code never enters the
# widget's wasm). Trunk empties its dist folder on each build and always names the page
# index.html: it builds into a folder of its own, and its files join the widget's.
trunk build --release --offline --locked --dist target/cohort-dist cohort.html
cp target/cohort-dist/index.html dist/cohort.html
cp target/cohort-dist/{cohort.js,cohort_bg.wasm,cohort.css,cohort-boot.js} dist/
node scripts/single-file.mjs
node scripts/scorm-package.mjs
# Last: versions the served files and writes dist/sw.js (offline after one visit). After the
# SCORM packages, which therefore have neither sw.js nor the switch that registers it.
node scripts/offline.mjs
