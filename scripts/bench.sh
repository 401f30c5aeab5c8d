#!/usr/bin/env bash
# Builds every benchmark with optimisation (its own Release tree, build-bench: figures from an
# unoptimised build say nothing) and runs them, printing their figures; record them in
# bench/RESULTS.md with the date and machine. BUILD=dir to use another tree (it is configured
# as Release too); NO_BUILD=1 to only run what is built.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build-bench}
if [ "${NO_BUILD:-0}" != 1 ]; then
    launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFB_WERROR=ON "${launcher[@]}" >/dev/null
    targets=$(cmake --build "$BUILD" --target help | grep -oE '^bench_[a-z0-9_]+:' | tr -d ':' \
        | grep -v -e '_autogen' | sort -u)
    # shellcheck disable=SC2086
    [ -n "$targets" ] && cmake --build "$BUILD" --target $targets
fi
type=$(grep -E '^CMAKE_BUILD_TYPE:' "$BUILD/CMakeCache.txt" 2>/dev/null | cut -d= -f2 || true)
[ "$type" = Release ] || echo "warning: $BUILD is a '${type:-no type}' build, not Release" >&2
# The transfer benchmark starts s3rver from the source tree's tests/node_modules.
export FB_SOURCE_DIR=${FB_SOURCE_DIR:-$PWD}
found=0
for b in $(find "$BUILD/bench" -maxdepth 2 -type f -executable -name 'bench_*' | sort); do
    found=1
    echo "== $b"
    "$b"
done
[ "$found" = 1 ] || echo "no benchmarks built"
