#!/usr/bin/env bash
# Rebuilds every tests/gold-fresh4/<doc>.gold.json from its <doc>.spec.py, as tests/gold does.
set -euo pipefail
exec "$(dirname "$0")/../gold/build_all.sh" "$(cd "$(dirname "$0")" && pwd)"
