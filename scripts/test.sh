#!/usr/bin/env bash
# The full test run behind `make test`: build (warnings are errors), install the npm test peers,
# run every CTest label, then the fuzz targets for a bounded time.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
JOBS=${JOBS:-$(nproc)}

cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=${BUILDTYPE:-RelWithDebInfo} -DFB_WERROR=ON \
    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
cmake --build "$BUILD" -j "$JOBS"

# Test-time peers (s3rver, the chains' SDKs, the AWS signer) from the npm lockfile.
if [ -f tests/package.json ]; then
    (cd tests && { [ -d node_modules ] && [ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-audit --no-fund; })
fi

export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$BUILD" --output-on-failure -j "$JOBS" -LE fuzz

if [ "${FB_SKIP_FUZZ:-0}" != 1 ]; then
    ./scripts/fuzz.sh
fi
echo "make test: all tests passed"
