#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (wallet only: the decoders live there) and runs each
# for FUZZ_SECONDS (default 20) from its seed corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${FUZZ_BUILD:-build-fuzz}
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFB_WALLET_ONLY=ON \
    -DFB_FUZZ=ON -DFB_FUZZ_SECONDS="${FUZZ_SECONDS:-20}" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
cmake --build "$BUILD" -j "$(nproc)"
ctest --test-dir "$BUILD" -L fuzz --output-on-failure
