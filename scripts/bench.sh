#!/usr/bin/env bash
# The widget's benchmark (issues 7, 16 and 21): builds what it measures, offline, then measures it
# in headless Chromium (node bench/bench.mjs): sizes, the first chart on a desktop and on a phone
# (against Chart.js and a minimal Yew + plotters page, and as Moodle serves the SCORM package), the
# first use of a deferred feature, the longest start-up task, Lighthouse, and the earlier
# scenarios. Prints one line per figure and a summary with PASS/FAIL per target; see bench/README.md.
#
#   scripts/bench.sh [--no-setup] [--before <git rev>] [bench.mjs options…]
#
# - dist/: the current tree's release build (scripts/build.sh).
# - bench/minimal-radar/dist/: the minimal reference page (cargo, wasm-bindgen, wasm-opt -Oz).
# - dist-before/: with --before REV, REV built with its own scripts/build.sh in a temporary git
#   worktree and its dist/ copied here (kept, with the commit in dist-before/.rev, so the same REV
#   is not built twice). Without --before, a dist-before/ already there is measured as "before";
#   with none, only the current build is measured.
# - --no-setup: skip scripts/setup.sh (the tools are known to be installed).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

before_rev=""
setup=1
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --before) before_rev=${2:?"--before needs a git revision"}; shift 2 ;;
    --before=*) before_rev=${1#--before=}; shift ;;
    --no-setup) setup=0; shift ;;
    *) args+=("$1"); shift ;;
  esac
done

if [ "$setup" = 1 ]; then scripts/setup.sh; fi
source scripts/env.sh
say() { printf '\033[1mbench:\033[0m %s\n' "$*"; }

# The current tree.
say "building the current tree into dist/"
scripts/build.sh

# The minimal Yew + plotters radar page (a crate of its own, with its own lock file and workspace).
minimal=bench/minimal-radar
say "building the minimal Yew + plotters page into $minimal/dist/"
(cd "$minimal" && cargo build --locked --offline --release --target wasm32-unknown-unknown)
target_dir=$(cd "$minimal" && cargo metadata --format-version 1 --no-deps --locked --offline |
  node -e 'let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => console.log(JSON.parse(s).target_directory))')
rm -rf "$minimal/dist"
wasm-bindgen "$target_dir/wasm32-unknown-unknown/release/minimal-radar.wasm" --target web \
  --out-dir "$minimal/dist" --out-name minimal_radar --no-typescript
wasm-opt -Oz "$minimal/dist/minimal_radar_bg.wasm" -o "$minimal/dist/minimal_radar_bg.wasm"
cp "$minimal/index.html" "$minimal/dist/index.html"

# The build to compare with.
if [ -n "$before_rev" ]; then
  commit=$(git rev-parse --verify "$before_rev^{commit}")
  if [ -f dist-before/.rev ] && [ "$(cat dist-before/.rev)" = "$commit" ]; then
    say "dist-before/ is already $commit"
  else
    work=$(mktemp -d /tmp/cermin-before.XXXXXX)
    cleanup() { git -C "$root" worktree remove --force "$work/tree" 2>/dev/null || true; rm -rf "$work"; }
    trap cleanup EXIT
    say "building $before_rev ($commit) in a temporary worktree"
    git worktree add --detach "$work/tree" "$commit" >/dev/null
    # The same npm tools (no network): the worktree borrows this tree's node_modules.
    ln -s "$root/node_modules" "$work/tree/node_modules"
    (cd "$work/tree" && scripts/build.sh)
    rm -rf dist-before
    cp -r "$work/tree/dist" dist-before
    echo "$commit" > dist-before/.rev
    cleanup
    trap - EXIT
  fi
fi
if [ -d dist-before ]; then
  say "measuring dist/ against dist-before/ ($(cat dist-before/.rev 2>/dev/null || echo "a copy of unknown revision"))"
  args=(--before dist-before "${args[@]}")
fi

node bench/bench.mjs "${args[@]}"
