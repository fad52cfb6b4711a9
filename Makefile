# A thin wrapper over CMake and CTest: the README's two commands.
#   make run    install missing Debian packages, configure, build, launch the wizard
#   make test   the same set-up, then the whole suite with the real test bed
#   make sanitize  the suite once more under ASan and UBSan
BUILD_DIR ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: all deps configure build run test sanitize clean eval-catalog

all: build

deps:
	@./tools/deps.sh

configure: deps
	@cmake -S . -B $(BUILD_DIR) $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	@./tools/launch.sh $(BUILD_DIR)/smtp-wizard $(ARGS)

test: build
	@cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS) $(CTEST_ARGS)

# The whole suite again under AddressSanitizer and UndefinedBehaviorSanitizer (own folder).
# Qt's own allocations are not ours to chase, so leak reports are off.
sanitize: deps
	@cmake -S . -B $(BUILD_DIR)-sanitize -DCMAKE_BUILD_TYPE=Debug \
		-DCMAKE_CXX_FLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer" \
		-DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
	@cmake --build $(BUILD_DIR)-sanitize -j $(JOBS)
	@cd $(BUILD_DIR)-sanitize && ASAN_OPTIONS=detect_leaks=0 \
		UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ctest --output-on-failure -j $(JOBS) $(CTEST_ARGS)

# The reply catalogue against the labelled corpus: accuracy per category, confusion and
# the dev split's worst misses (docs/catalog.md).
eval-catalog: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS) --target eval-catalog
	@$(BUILD_DIR)/tests/eval/eval-catalog $(ARGS)

clean:
	@rm -rf $(BUILD_DIR)
