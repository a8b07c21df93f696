#!/usr/bin/env bash
# scale/dask_pipeline.py in its two modes on one local cluster (a scheduler and two one-thread
# workers on 127.0.0.1): the pybind11 module in the worker process (--mode module) against a
# `dateline` subprocess per map and reduce task (--mode subprocess). Prints the wall time of
# each run (the median of RUNS) and checks that both give the same bytes.
#
# usage: bench/dask_modes.sh [BUILD_DIR] ARTICLE_DIR       env: RUNS (default 3)
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$src/build}
articles=$2
runs=${RUNS:-3}
py=/usr/bin/python3
module_dir=$(dirname "$(find "$build/python" -name 'dateline*.so' | head -1)")
$py -c "import distributed" 2>/dev/null || { echo "needs python3-distributed" >&2; exit 2; }

tmp=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

port=$($py -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export PYTHONPATH="$module_dir${PYTHONPATH:+:$PYTHONPATH}"
export DASK_DISTRIBUTED__WORKER__DAEMON=False
dask-scheduler --host 127.0.0.1 --port "$port" --no-dashboard >"$tmp/scheduler.log" 2>&1 &
pids+=($!)
for w in 1 2; do
  dask-worker "tcp://127.0.0.1:$port" --host 127.0.0.1 --nthreads 1 --nworkers 1 --no-dashboard \
    --local-directory "$tmp/worker$w" >"$tmp/worker$w.log" 2>&1 &
  pids+=($!)
done
$py - "$port" <<'PY'
import sys, time
from dask.distributed import Client
c = Client(f"tcp://127.0.0.1:{sys.argv[1]}", timeout=30)
deadline = time.time() + 60
while len(c.scheduler_info()["workers"]) < 2:
    if time.time() > deadline:
        sys.exit("workers did not join within 60 s")
    time.sleep(0.2)
c.close()
PY

n=$(ls "$articles" | wc -l)
for mode in module subprocess; do
  for r in $(seq "$runs"); do
    start=$(date +%s.%N)
    $py "$src/scale/dask_pipeline.py" "$articles" --scheduler "tcp://127.0.0.1:$port" --mode "$mode" \
      --dateline "$build/dateline" -o "$tmp/$mode.json"
    end=$(date +%s.%N)
    echo "$mode $(echo "$end - $start" | bc)" >>"$tmp/times"
  done
done
cmp "$tmp/module.json" "$tmp/subprocess.json"
$py - "$tmp/times" "$n" "$runs" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
n = int(sys.argv[2])
print(f"{n} articles, 2 workers x 1 thread, median of {sys.argv[3]} runs (wall):")
for mode in ("module", "subprocess"):
    t = statistics.median(float(s) for m, s in rows if m == mode)
    print(f"  --mode {mode:<10} {t:7.2f} s  {n / t:7.1f} articles/s")
PY
echo "module and subprocess outputs are identical"
