#!/usr/bin/env bash
# README command 1: sets up whatever is missing, then serves the widget with trunk.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
# A development build in its own folder, so it never replaces the release dist/.
exec trunk serve --offline --locked --dist target/serve-dist --address 127.0.0.1 --port "${PORT:-8080}" "$@"
