# A thin wrapper over CMake and CTest: the README's two commands.
#   make run    install missing Debian packages, configure, build, launch the wizard
#   make test   the same set-up, then the whole suite with the real test bed
BUILD_DIR ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: all deps configure build run test cli clean

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

clean:
	@rm -rf $(BUILD_DIR)
