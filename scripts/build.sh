#!/usr/bin/env bash
# Builds the release widget into dist/ (offline, with the installed tools).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
trunk build --release --offline --locked
node scripts/single-file.mjs
node scripts/scorm-package.mjs
