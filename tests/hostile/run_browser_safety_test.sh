#!/usr/bin/env bash
# Builds the HTML and SVG of a hostile article (tests/hostile/hostile-article.md: scripts,
# handlers, javascript: links, CSS url()s) and checks in headless Chromium that none of it runs.
# usage: run_browser_safety_test.sh DATELINE_CLI      exit 77 = skipped
set -euo pipefail
cli=$1
src=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
command -v node >/dev/null || { echo "skipped: no node"; exit 77; }
[ -d "$src/render/web/node_modules/playwright-core" ] || { echo "skipped: run npm ci in render/web"; exit 77; }
article="$src/tests/hostile/hostile-article.md"
"$cli" build "$article" -o "$tmp/page.html"
"$cli" build "$article" -o "$tmp/picture.svg"
# The article must give events whose evidence carries the markup, or the test shows nothing.
"$cli" build "$article" -o "$tmp/t.json"
grep -q '__pwned' "$tmp/t.json" || { echo "FAIL: no hostile evidence in the timeline"; exit 1; }
cd "$src/render/web"
exec node test/hostile_output.test.mjs "$tmp/page.html" "$tmp/picture.svg"
