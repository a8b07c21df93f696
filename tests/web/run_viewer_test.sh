#!/usr/bin/env bash
# Builds the example's timeline with the CLI, then runs the viewer's browser test on it.
set -euo pipefail
cli=$1
src=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
command -v node >/dev/null || { echo "skipped: no node"; exit 77; }
[ -d "$src/render/web/node_modules/vis-timeline" ] || { echo "skipped: run npm ci in render/web"; exit 77; }
"$cli" build "$src/timelines/examples/putin-biden-reuters.md" -o "$tmp/timeline.json"
cd "$src/render/web"
MIN_EVENTS=4 exec node test/viewer.test.mjs "$tmp/timeline.json"
