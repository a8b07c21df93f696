#!/usr/bin/env bash
# Regenerates docs/images/example.png, the README's picture: the bundled example article's
# timeline as SVG (Graphviz in-process, through the CLI), rasterized with rsvg-convert.
# Run after scripts/setup.sh (or any build of build/dateline).
set -euo pipefail
cd "$(dirname "$0")/.."
example=timelines/examples/putin-biden-reuters.md
bin=${DATELINE:-build/dateline}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" build "$example" -o "$tmp/example.svg"
mkdir -p docs/images
rsvg-convert --zoom 1.5 --background-color white "$tmp/example.svg" -o docs/images/example.png
echo "wrote docs/images/example.png"
