# The two commands the README promises:
#   make run    installs what is missing, builds, and starts the app
#   make test   installs what is missing, builds, and runs every test
BUILD     ?= build
BUILDTYPE ?= RelWithDebInfo
JOBS      ?= $(shell nproc)
CMAKE_ARGS ?=

.PHONY: all deps configure build run test test-unit fuzz asan bench screenshots package format clean

all: build

deps:
	./scripts/install-deps.sh

$(BUILD)/build.ninja:
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILDTYPE) -DFB_WERROR=ON \
	    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache $(CMAKE_ARGS)

configure: $(BUILD)/build.ninja

build: deps configure
	cmake --build $(BUILD) -j $(JOBS)

run: build
	./$(BUILD)/app/flashback

test: deps
	./scripts/test.sh

test-unit: build
	ctest --test-dir $(BUILD) -L unit --output-on-failure -j $(JOBS)

# libFuzzer targets, built with clang in their own tree (FUZZ_SECONDS per target).
fuzz: deps
	./scripts/fuzz.sh

# Debug build with AddressSanitizer and UndefinedBehaviorSanitizer, then the unit tests.
asan: deps
	cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DFB_SANITIZE=ON \
	    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
	cmake --build build-asan -j $(JOBS)
	ctest --test-dir build-asan -L unit --output-on-failure

bench: build
	./scripts/bench.sh

screenshots: build
	./scripts/screenshots.sh $(BUILD)

# The Debian package (CPack, cmake/FbPackaging.cmake): $(BUILD)/flashback_<version>_<arch>.deb
package: build
	cd $(BUILD) && cpack -G DEB

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD) build-fuzz build-asan
