#!/usr/bin/env bash
# README command 1: sets up whatever is missing, builds the widget and the trainer's cohort page,
# then serves both: the widget at the URL it prints, the cohort page at <URL>cohort.html.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
# Development builds in folders of their own, so they never replace the release dist/. The widget
# is built by scripts/widget-build.mjs (its wasm is split, which trunk cannot do); the cohort page
# by trunk, which names every page index.html: it is built apart and joins the widget's folder as
# cohort.html (as scripts/build.sh does for dist/).
node scripts/widget-build.mjs --dev --out target/serve-dist
trunk build --offline --locked --dist target/serve-cohort cohort.html
cp target/serve-cohort/index.html target/serve-dist/cohort.html
cp target/serve-cohort/{cohort.js,cohort_bg.wasm,cohort.css,cohort-boot.js} target/serve-dist/
exec node scripts/serve-dir.mjs target/serve-dist "${PORT:-8080}"
