#!/usr/bin/env bash
# Rebuilds every <doc>.gold.json of a gold folder from its <doc>.spec.py (the article is found
# through the spec's DOC["path"], relative to that folder). Stops at the first bad spec.
# usage: tests/gold/build_all.sh [FOLDER [SCRIPT]]   (default: this folder, tests/gold; SCRIPT:
#        mkgold_tml.py for TimeML articles, mkgold_text.py for text, Markdown and HTML ones)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "${1:-$here}"
script=${2:-mkgold_tml.py}
for spec in *.spec.py; do
  doc=${spec%.spec.py}
  python3 "$here/$script" "$spec" > "$doc.gold.json.tmp"
  mv "$doc.gold.json.tmp" "$doc.gold.json"
  python3 - "$doc.gold.json" <<'PY'
import json, sys
g = json.load(open(sys.argv[1]))
ev, ln = g["events"], g["links"]
print(f'{sys.argv[1]}: {len(ev)} events ({sum(e["gold"]["required"] for e in ev)} required), '
      f'{len(ln)} links ({sum(l["gold"]["required"] for l in ln)} required)')
PY
done
