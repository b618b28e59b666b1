# himcore: one-command set-up for newcomers and CI.
#   make demo   runs the main jobs on the example data in examples/data
#   make test   runs every test of every language present (installs what it needs)
SHELL := /bin/bash
.DEFAULT_GOAL := help
CARGO ?= cargo
HIM := target/debug/him

.PHONY: help demo test test-rust lint build test-node

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

test: lint test-rust test-node

# Node binding (bindings/node): npm ci, debug napi build (regenerates binding.js
# and index.d.ts from the Rust), node --test, tsc --noEmit over a typed example.
NODE_DIR := bindings/node
test-node:
	cd $(NODE_DIR) && npm ci --no-audit --no-fund --loglevel=error
	cd $(NODE_DIR) && npm run --silent build
	cd $(NODE_DIR) && node --test test/
	cd $(NODE_DIR) && npx tsc --noEmit -p test/tsconfig.json
