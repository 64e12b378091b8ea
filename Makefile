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
test-rust:  ## Rust unit, integration and doc tests (no Python needed)
	cargo test

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

.PHONY: bench
bench:  ## criterion benches, then the Python throughput script (reads ../shared/corpus)
	cargo bench --bench pipeline -- --warm-up-time 1 --measurement-time 3
	$(PYTHON) benches/bench.py

.PHONY: units
units:  ## regenerate the unit table in src/claims/data from pint + CLDR (needs pip install pint babel)
	$(PYTHON) scripts/gen_units.py
