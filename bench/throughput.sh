#!/usr/bin/env bash
# End-to-end throughput of `dateline timex` and `dateline build` (JSON out) on one core,
# against chrono-node and python3-dateparser on the same articles, in one run.
#
# The corpus: every TempEval-3 training TimeML article of ../shared (the TEXT element and its
# DCT, 256 articles, 0.53 MB of text) as JSONL, repeated with suffixed ids until it holds at
# least MB megabytes of article text (bench/make_corpus.py). Every tool reads the same JSONL
# and is given each article's publication date as its reference date.
#
# MB/s is megabytes (1e6 bytes) of article text (the "text" fields, UTF-8) per second of
# process CPU time (user + system), so that a busy machine does not distort the figures;
# wall-clock MB/s is printed beside it. dateline's times are of the whole process (start-up,
# JSON parsing and output included; output goes to /dev/null); the baselines' times are of
# their parsing loop only (start-up and file reading excluded), which favours them.
# dateparser is about a thousand times slower, so it runs on the first DATEPARSER_MB
# megabytes only (its MB/s is still per its own bytes).
#
# usage: bench/throughput.sh [BUILD_DIR] [MB]     (defaults: build, 50)
# env:   SHARED (default ../shared beside the tree), CORPUS (reuse a corpus file),
#        CHRONO_MB (default: all), DATEPARSER_MB (default 1)
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$src/build}
mb=${2:-50}
shared=${SHARED:-$src/../shared}
cli=$build/dateline
[ -x "$cli" ] || { echo "no $cli: build first (cmake --preset default && cmake --build build -j2)" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
corpus=${CORPUS:-$tmp/corpus.jsonl}
if [ -z "${CORPUS:-}" ]; then
  /usr/bin/python3 "$src/bench/make_corpus.py" "$shared/corpus/tempeval3-train" "$corpus" --mb "$mb"
fi
text_bytes=$(/usr/bin/python3 -c '
import json, sys
print(sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1]) if l.strip()))' "$corpus")
articles=$(grep -c . "$corpus")

results=$tmp/results.jsonl
# One dateline run: process CPU and wall time, peak RSS.
run_dateline() {  # tool-name args...
  local tool=$1; shift
  /usr/bin/time -f '%U %S %e %M' -o "$tmp/time" "$cli" "$@" "$corpus" >/dev/null
  read -r user sys wall rss <"$tmp/time"
  /usr/bin/python3 -c '
import json, sys
tool, b, u, s, w, rss = sys.argv[1:]
print(json.dumps({"tool": tool, "bytes": int(b), "seconds": float(w), "cpu_seconds": float(u) + float(s), "rss_kb": int(rss)}))' \
    "$tool" "$text_bytes" "$user" "$sys" "$wall" "$rss" >>"$results"
}
run_dateline "dateline timex" timex --jsonl -j 1
run_dateline "dateline build" build --jsonl -j 1

if [ -d "$src/bench/node_modules/chrono-node" ]; then
  node "$src/bench/chrono_bench.mjs" "$corpus" ${CHRONO_MB:-} >>"$results"
else
  echo "chrono-node: not installed (cd bench && npm ci); skipped" >&2
fi
if /usr/bin/python3 -c 'import dateparser' 2>/dev/null; then
  PYTHONWARNINGS=ignore /usr/bin/python3 "$src/bench/dateparser_bench.py" "$corpus" "${DATEPARSER_MB:-1}" >>"$results"
else
  echo "dateparser: python3-dateparser is not installed; skipped" >&2
fi

/usr/bin/python3 - "$results" "$articles" "$text_bytes" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
articles, text_bytes = int(sys.argv[2]), int(sys.argv[3])
print(f"corpus: {articles} articles, {text_bytes / 1e6:.1f} MB of article text")
mbs = {r["tool"]: r["bytes"] / 1e6 / r["cpu_seconds"] for r in rows}
chrono = mbs.get("chrono-node")
print(f"{'tool':<16} {'MB':>7} {'CPU s':>8} {'MB/s CPU':>9} {'MB/s wall':>9} {'x chrono':>9} {'peak RSS':>9}")
for r in rows:
    ratio = f"{mbs[r['tool']] / chrono:.1f}" if chrono else "-"
    rss = f"{r['rss_kb'] / 1024:.0f} MB" if "rss_kb" in r else "-"
    print(f"{r['tool']:<16} {r['bytes'] / 1e6:>7.1f} {r['cpu_seconds']:>8.2f} {mbs[r['tool']]:>9.2f} "
          f"{r['bytes'] / 1e6 / r['seconds']:>9.2f} {ratio:>9} {rss:>9}")
PY
