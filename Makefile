# himcore: one-command set-up for newcomers and CI.
#   make demo   runs the main jobs on the example data in examples/data
#   make test   runs every test of every language present (installs what it needs)
SHELL := /bin/bash
.DEFAULT_GOAL := help
CARGO ?= cargo
HIM := target/debug/him

.PHONY: help demo test test-rust lint build test-python

help:
	@echo "make demo   run the main jobs on examples/data"
	@echo "make test   run every test (Rust, bindings, fuzz corpora replay)"

build:
	$(CARGO) build -p himcore-cli

demo: build
	@echo "== him fhir validate examples/data/bundle.json"
	$(HIM) fhir validate examples/data/bundle.json

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --all-targets -- -D warnings

test-rust:
	$(CARGO) test

test: lint test-rust test-python

# ---- Python binding (bindings/python): virtualenv .venv-python, pinned tools,
# extension built in debug by maturin, then pytest (includes mypy stubtest and
# a PySpark local-mode job). pip's cache makes re-runs cheap.
PY_VENV := .venv-python
PY := $(PY_VENV)/bin/python
PY_REQS := bindings/python/requirements-dev.txt

$(PY_VENV)/.installed: $(PY_REQS)
	test -x $(PY) || python3 -m venv $(PY_VENV)
	$(PY) -m pip install --disable-pip-version-check -q -r $(PY_REQS)
	touch $@

test-python: $(PY_VENV)/.installed
	VIRTUAL_ENV=$(abspath $(PY_VENV)) $(PY) -m maturin develop --quiet --manifest-path bindings/python/Cargo.toml
	$(PY) -m pytest -q bindings/python/tests
