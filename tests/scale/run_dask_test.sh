#!/usr/bin/env bash
# Starts a real Dask scheduler and two workers on 127.0.0.1, runs scale/dask_pipeline.py over
# a sharded corpus (in-process module mode and subprocess mode), and checks that the result
# equals the single-process `dateline build` of the same inputs, byte for byte.
# usage: run_dask_test.sh DATELINE_CLI PYTHON_MODULE_DIR
set -euo pipefail
cli=$1
module_dir=$2
src=$(cd "$(dirname "$0")/../.." && pwd)
py=/usr/bin/python3
$py -c "import distributed" 2>/dev/null || { echo "skipped: python3-distributed is not installed"; exit 77; }
[ -n "$(ls "$module_dir"/dateline*.so 2>/dev/null)" ] || { echo "skipped: no Python module in $module_dir"; exit 77; }

tmp=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

# The corpus: the bundled example plus articles written here, split over two shard folders
# and a JSONL file, so that the reduce tree has several levels.
mkdir -p "$tmp/shard1" "$tmp/shard2"
cp "$src/timelines/examples/putin-biden-reuters.md" "$tmp/shard1/"
for i in 1 2 3 4 5; do
  cat > "$tmp/shard$(( i % 2 + 1 ))/wire$i.txt" <<ART
---
published: 2021-03-1$i
---
The foreign minister said on Tuesday that talks with the delegation would resume next week.
Officials met in Geneva on March $((i + 1)), 2021, after the ambassador was recalled for consultations.
ART
done
printf '%s\n' '{"id": "a1", "text": "Iran and the IAEA held talks on Monday.", "published": "2021-03-17"}' \
  '{"id": "a2", "text": "The EU imposed new sanctions on Belarus on Friday.", "published": "2021-03-19"}' > "$tmp/batch.jsonl"
inputs=("$tmp/shard1" "$tmp/shard2" "$tmp/batch.jsonl")
files=($(ls "$tmp/shard1"/* | sort) $(ls "$tmp/shard2"/* | sort) "$tmp/batch.jsonl")

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
# Wait (bounded) until both workers have joined.
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

"$cli" build "${files[@]}" -o "$tmp/single.json"
$py "$src/scale/dask_pipeline.py" "${inputs[@]}" --scheduler "tcp://127.0.0.1:$port" --fan-in 2 -o "$tmp/dask-module.json"
cmp "$tmp/single.json" "$tmp/dask-module.json"
$py "$src/scale/dask_pipeline.py" "${inputs[@]}" --scheduler "tcp://127.0.0.1:$port" --fan-in 3 \
  --mode subprocess --dateline "$cli" -o "$tmp/dask-subprocess.json"
cmp "$tmp/single.json" "$tmp/dask-subprocess.json"
docs=$($py -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["documents"]))' "$tmp/single.json")
[ "$docs" -eq 8 ] || { echo "expected 8 documents, got $docs"; exit 1; }
echo "dask: 2 workers, $docs documents, module and subprocess modes equal the single-process build"
