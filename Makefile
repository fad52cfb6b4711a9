# A thin wrapper over CMake and CTest: the README's two commands.
#   make run    install missing Debian packages, configure, build, launch the wizard
#   make test   the same set-up, then the whole suite with the real test bed
#   make sanitize  the suite once more under ASan, LSan and UBSan (CI runs it too)
#   make fuzz      every libFuzzer target for FUZZ_SECONDS each (docs/fuzzing.md)
#   make package   the Debian package (.deb) in BUILD_DIR, with CPack (docs/packaging.md)
#   make demo      the wizard in practice mode on a private test bed (root; docs/gui.md)
BUILD_DIR ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: all deps configure build run test sanitize fuzz clean eval-catalog bench package demo

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

package: build
	@cd $(BUILD_DIR) && cpack

# Practice mode: the test bed (DNS on port 53, Postfix: root) and the wizard on it, with
# exercises for new staff; everything stops when the wizard exits (tools/demo.sh). Root
# is checked before the build, which would otherwise take minutes to end in the same no.
demo:
	@if [ "$$(id -u)" != 0 ]; then \
		echo "make demo needs root: the practice test bed runs a DNS server on port 53 and Postfix." >&2; \
		echo "Run it as root, e.g.: sudo --preserve-env=DISPLAY,XAUTHORITY make demo" >&2; \
		exit 1; fi
	@$(MAKE) --no-print-directory build
	@./tools/demo.sh $(BUILD_DIR) $(ARGS)

# The whole suite again under AddressSanitizer, LeakSanitizer and UndefinedBehaviorSanitizer,
# in its own folder (SANITIZE_DIR) so the two builds never rebuild each other. -O0 builds a
# third faster than -O1 and the tests hardly notice (they wait on servers and Qt, which is
# not instrumented); -g1 keeps file:line in every report. The Debug type keeps Qt's own
# range checks (Q_ASSERT in QList::at and friends) on. A leak fails the test unless
# tests/sanitizers/lsan.supp names it as Qt's or a system library's own; the first
# undefined behaviour stops the test. docs/fuzzing.md has the figures.
SANITIZE_DIR ?= $(BUILD_DIR)-sanitize
SANITIZE_CXXFLAGS := -O0 -g1 -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined
SANITIZE_LDFLAGS := -fsanitize=address,undefined
SANITIZE_ENV := ASAN_OPTIONS=detect_leaks=1:check_initialization_order=1:strict_init_order=1 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitizers/lsan.supp:print_suppressions=0 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

sanitize: deps
	@cmake -S . -B $(SANITIZE_DIR) -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="$(SANITIZE_CXXFLAGS)" \
		-DCMAKE_EXE_LINKER_FLAGS="$(SANITIZE_LDFLAGS)" -DCMAKE_MODULE_LINKER_FLAGS="$(SANITIZE_LDFLAGS)" \
		-DCMAKE_SHARED_LINKER_FLAGS="$(SANITIZE_LDFLAGS)" $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(SANITIZE_DIR) -j $(JOBS)
	@cd $(SANITIZE_DIR) && $(SANITIZE_ENV) ctest --output-on-failure -j $(JOBS) $(CTEST_ARGS)

# The libFuzzer targets (tests/fuzz, docs/fuzzing.md), built with clang, ASan and UBSan in
# their own folder, then run one at a time for FUZZ_SECONDS each on a scratch corpus that
# starts from the seeds in tests/fuzz/corpus and keeps what it finds between runs.
# FUZZ_TARGETS="xtext replyreader" runs only those; crashes land in FUZZ_CORPUS/artifacts.
FUZZ_DIR ?= $(BUILD_DIR)-fuzz
FUZZ_SECONDS ?= 60
FUZZ_CORPUS ?= $(FUZZ_DIR)/corpus
FUZZ_TARGETS ?=

fuzz:
	@./tools/deps.sh --fuzz
	@CC=clang CXX=clang++ cmake -S . -B $(FUZZ_DIR) -DSMTPWIZARD_FUZZ=ON $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(FUZZ_DIR) -j $(JOBS) --target fuzzers
	@./tools/fuzz.sh $(FUZZ_DIR) $(FUZZ_CORPUS) $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# The reply catalogue against the labelled corpus: accuracy per category, confusion and
# the dev split's worst misses (docs/catalog.md).
eval-catalog: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS) --target eval-catalog
	@$(BUILD_DIR)/tests/eval/eval-catalog $(ARGS)

# Benchmarks against swaks, smtp-source and minimal Qt programs, side by side in one run
# (tests/bench/run.sh); prints each goal with its ratio and writes docs/benchmarks.md.
bench: configure
	@./tests/bench/run.sh $(BUILD_DIR)

clean:
	@rm -rf $(BUILD_DIR)
