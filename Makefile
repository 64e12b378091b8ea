# claimsift developer targets. `make help` lists them.
PYTHON ?= python3
SHELL := /bin/bash

.PHONY: help
help:  ## list the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  %-14s %s\n", $$1, $$2}'

.PHONY: build
build:  ## build and install the extension (editable) into the current Python
	$(PYTHON) -m pip install -q -e .

.PHONY: setup-test
setup-test:  ## install everything the test suites need (Python extras, and Chromium for the render test)
	@if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
			|| echo "warning: could not install chromium; the render test will be skipped"; \
		else echo "note: chromium not installed (needs root + apt-get); the render test will be skipped"; fi; \
	fi
	$(PYTHON) -m pip install -q -e '.[test]'

.PHONY: test-rust
test-rust:  ## Rust unit, integration and doc tests (no Python needed), then the Arrow tables' tests
	cargo test
	cargo test --features arrow --lib arrow::

.PHONY: test-python
test-python:  ## Python tests against the installed build
	$(PYTHON) -m pytest

.PHONY: test
test: setup-test test-rust test-python  ## install test deps, then every test suite

.PHONY: lint
lint:  ## formatting, clippy with and without the python feature, ruff, stub check
	cargo fmt --all -- --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --features python -- -D warnings
	ruff check python tests benches
	ruff format --check python tests benches
	$(PYTHON) -m mypy.stubtest claimsift._claimsift --allowlist tests/stubtest-allowlist.txt --ignore-disjoint-bases

.PHONY: fmt
fmt:  ## format Rust and Python
	cargo fmt --all
	ruff format python tests benches
	ruff check --fix python tests benches

.PHONY: ci
ci: test lint  ## what .ci/run runs: set up, every test, then the linters

.PHONY: demo
demo:  ## the main job: compare the claims of the bundled seeds
	$(PYTHON) -m pip install -q .
	claimsift compare seeds/

FUZZ_SECONDS ?= 15
FUZZ_TARGETS := text pipeline gazetteer_bytes numbers

# The instrumentation cargo-fuzz applies, for running the targets with plain nightly cargo when
# cargo-fuzz is not installed (libFuzzer itself comes from the libfuzzer-sys crate).
FUZZ_RUSTFLAGS := -Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
	-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
	-Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing -Cdebug-assertions -Coverflow-checks
FUZZ_TRIPLE := x86_64-unknown-linux-gnu

.PHONY: fuzz
fuzz:  ## bounded fuzz run of every target (FUZZ_SECONDS each; cargo-fuzz or nightly, else skipped)
	@if ! rustup run nightly rustc --version >/dev/null 2>&1; then \
		echo "make fuzz: skipped: no nightly toolchain (rustup toolchain install nightly)"; exit 0; fi; \
	if cargo fuzz --help >/dev/null 2>&1; then \
		for t in $(FUZZ_TARGETS); do \
			mkdir -p target/fuzz-corpus/$$t; \
			cargo +nightly fuzz run $$t target/fuzz-corpus/$$t fuzz/corpus/$$t -- -max_total_time=$(FUZZ_SECONDS) || exit 1; \
		done; \
	else \
		echo "make fuzz: cargo-fuzz not installed; building the targets with nightly cargo"; \
		(cd fuzz && RUSTFLAGS="$(FUZZ_RUSTFLAGS)" cargo +nightly build --release --bins \
			--target $(FUZZ_TRIPLE) --target-dir ../target/fuzz-build) || exit 1; \
		for t in $(FUZZ_TARGETS); do \
			mkdir -p target/fuzz-corpus/$$t target/fuzz-artifacts; \
			target/fuzz-build/$(FUZZ_TRIPLE)/release/$$t target/fuzz-corpus/$$t fuzz/corpus/$$t \
				-max_total_time=$(FUZZ_SECONDS) -artifact_prefix=target/fuzz-artifacts/$$t- || exit 1; \
		done; \
	fi

.PHONY: soak
soak:  ## not in CI: stream 1M documents through process() and pipe() with a gazetteer, printing RSS
	$(PYTHON) benches/soak.py

.PHONY: bench-compare
bench-compare:  ## compare a million figures (BBC corpus replicated; reads ../shared/corpus): seconds and peak RSS
	cargo run --release --example compare_scale -- ../shared/corpus/news.jsonl --claims 1000000

.PHONY: bench
bench:  ## criterion benches, then the Python throughput script (reads ../shared/corpus)
	cargo bench --bench pipeline -- --warm-up-time 1 --measurement-time 3
	$(PYTHON) benches/bench.py

.PHONY: units
units:  ## regenerate the unit table in src/claims/data from pint + CLDR (needs pip install pint babel)
	$(PYTHON) scripts/gen_units.py
