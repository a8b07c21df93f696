#!/usr/bin/env bash
# Rebuilds every tests/gold-fresh/<doc>.gold.json from its <doc>.spec.py with ../gold/mkgold_tml.py
# (the article is found through the spec's DOC["path"], relative to this folder).
set -euo pipefail
cd "$(dirname "$0")"
for spec in *.spec.py; do
  doc=${spec%.spec.py}
  python3 ../gold/mkgold_tml.py "$spec" > "$doc.gold.json.tmp"
  mv "$doc.gold.json.tmp" "$doc.gold.json"
  python3 - "$doc.gold.json" <<'PY'
import json, sys
g = json.load(open(sys.argv[1]))
ev, ln = g["events"], g["links"]
print(f'{sys.argv[1]}: {len(ev)} events ({sum(e["gold"]["required"] for e in ev)} required), '
      f'{len(ln)} links ({sum(l["gold"]["required"] for l in ln)} required)')
PY
done
