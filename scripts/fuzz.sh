#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (the wallet's decoders, the storage layer's manifest
# and S3 XML readers, the API client's changes feed; FB_FUZZ_ONLY builds just those libraries)
# and runs each for FUZZ_SECONDS (default 20) from its seed corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${FUZZ_BUILD:-build-fuzz}
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFB_WALLET_ONLY=OFF -DFB_FUZZ_ONLY=ON \
    -DFB_FUZZ=ON -DFB_FUZZ_SECONDS="${FUZZ_SECONDS:-20}" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
cmake --build "$BUILD" -j "$(nproc)"
ctest --test-dir "$BUILD" -L fuzz --output-on-failure
