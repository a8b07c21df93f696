#!/usr/bin/env bash
# Rebuilds every tests/gold-modern4/<doc>.gold.json from its <doc>.spec.py with
# tests/gold/mkgold_text.py (the articles are Markdown, plain text and HTML, not TimeML).
set -euo pipefail
exec "$(dirname "$0")/../gold/build_all.sh" "$(cd "$(dirname "$0")" && pwd)" mkgold_text.py
