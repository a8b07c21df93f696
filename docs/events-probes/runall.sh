#!/bin/bash
# Builds every TimeML article of ../shared/corpus/tempeval3-train and the wire-style probes of
# this folder (written for round 9, published 2023-06-15) with one binary, one JSON per file.
# usage (from the project root): docs/events-probes/runall.sh BINARY OUTDIR
bin=$1; out=$2; mkdir -p "$out"
here=$(cd "$(dirname "$0")" && pwd)
for f in ../shared/corpus/tempeval3-train/*/*.tml; do "$bin" build "$f" -o "$out/$(basename "$f" .tml).json" 2>/dev/null; done
for f in "$here"/w*.txt; do "$bin" build "$f" --published 2023-06-15 -o "$out/wire_$(basename "$f" .txt).json" 2>/dev/null; done
true
