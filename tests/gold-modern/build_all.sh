#!/usr/bin/env bash
# Rebuilds every tests/gold-modern/<doc>.gold.json from its <doc>.spec.py with
# tests/gold/mkgold_text.py (the articles are Markdown, plain text and HTML, not TimeML).
# Stops at the first bad spec.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
for spec in *.spec.py; do
  doc=${spec%.spec.py}
  python3 "$here/../gold/mkgold_text.py" "$spec" > "$doc.gold.json.tmp"
  mv "$doc.gold.json.tmp" "$doc.gold.json"
  python3 - "$doc.gold.json" <<'PY'
import json, sys
g = json.load(open(sys.argv[1]))
ev, ln = g["events"], g["links"]
print(f'{sys.argv[1]}: {len(ev)} events ({sum(e["gold"]["required"] for e in ev)} required), '
      f'{len(ln)} links ({sum(l["gold"]["required"] for l in ln)} required)')
PY
done
