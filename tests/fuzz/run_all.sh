#!/usr/bin/env bash
# Fuzzes every target for SECONDS each (default 600), JOBS targets at a time (default 2), new
# inputs going to a scratch corpus (not the seed corpus in the tree), and prints each target's
# exec count. Crashes are left as SCRATCH/art-<target>/crash-* files: fix, then copy each
# into tests/fuzz/corpus/<target>/ so that both the fuzz build (ctest: <target>_replay) and
# the default build (dateline_tests FuzzReplay.*) replay it.
# usage: tests/fuzz/run_all.sh [SECONDS] [SCRATCH_DIR] [JOBS]
set -euo pipefail
cd "$(dirname "$0")/../.."
src=$PWD
secs=${1:-600}
scratch=${2:-/tmp/dateline-fuzz}
jobs=${3:-2}
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$jobs" >/dev/null
mkdir -p "$scratch"
# Graphviz, glib and fontconfig state that LeakSanitizer reports after an input (to_svg).
export LSAN_OPTIONS="suppressions=$src/tests/fuzz/lsan.supp"
run() {
  local name=$1 log="$scratch/$1.log"
  mkdir -p "$scratch/$name" "$scratch/art-$name"
  (cd "$scratch" && "$src/build-fuzz/tests/fuzz/$name" -max_total_time="$secs" -timeout=10 -rss_limit_mb=4096 \
      -artifact_prefix="art-$name/" "$scratch/$name" "$src/tests/fuzz/corpus/$name" >"$log" 2>&1) ||
    echo "$name: FAILED, see $log and $scratch/art-$name/"
  local execs
  execs=$(grep -o 'Done [0-9]* runs' "$log" | grep -o '[0-9]*' || echo "?")
  echo "$name: $secs s, $execs execs"
}
running=0
for bin in build-fuzz/tests/fuzz/fuzz_*; do
  [ -x "$bin" ] || continue
  run "$(basename "$bin")" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then wait -n; running=$((running - 1)); fi
done
wait
