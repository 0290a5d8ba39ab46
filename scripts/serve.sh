#!/usr/bin/env bash
# README command 1: sets up whatever is missing, then serves the widget with trunk.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
exec trunk serve --offline --locked --address 127.0.0.1 --port "${PORT:-8080}" "$@"
