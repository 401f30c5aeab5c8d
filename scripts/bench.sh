#!/usr/bin/env bash
# Runs every benchmark executable built under build/bench and prints their figures; record them
# in bench/RESULTS.md with the date and machine.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
found=0
for b in $(find "$BUILD/bench" -maxdepth 2 -type f -executable -name 'bench_*' | sort); do
    found=1
    echo "== $b"
    "$b"
done
[ "$found" = 1 ] || echo "no benchmarks built"
