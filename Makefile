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

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --all-targets -- -D warnings

test-rust:
	$(CARGO) test

test: lint test-rust test-kotlin

# --- Swift/Kotlin bindings (uniffi) -----------------------------------------
# Library and generator are built together (`--features cli`) so the core is
# compiled once. Generated Kotlin goes to the (ignored) Maven target dir; the
# generated Swift is committed and checked for drift.
UNIFFI_LIBDIR ?= target/debug
UNIFFI_LIB := $(UNIFFI_LIBDIR)/libhimcore_uniffi.$(if $(filter Darwin,$(shell uname -s)),dylib,so)
UNIFFI_BINDGEN := $(UNIFFI_LIBDIR)/uniffi-bindgen
UNIFFI_KOTLIN_OUT := bindings/uniffi/kotlin/target/generated-sources/uniffi
UNIFFI_SWIFT := bindings/uniffi/swift

.PHONY: uniffi-build kotlin-bindings swift-bindings test-kotlin test-swift-sync

uniffi-build:
	$(CARGO) build -p himcore-uniffi --features cli --lib --bin uniffi-bindgen

kotlin-bindings: uniffi-build
	rm -rf $(UNIFFI_KOTLIN_OUT)
	$(UNIFFI_BINDGEN) generate --library $(UNIFFI_LIB) --language kotlin --no-format --out-dir $(UNIFFI_KOTLIN_OUT)

# Regenerate the committed Swift sources after changing the Rust surface.
swift-bindings: uniffi-build
	bindings/uniffi/swift/generate.sh $(UNIFFI_BINDGEN) $(UNIFFI_LIB) $(UNIFFI_SWIFT)

# No Swift compiler here: prove the committed Swift matches the Rust surface.
test-swift-sync: uniffi-build
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	bindings/uniffi/swift/generate.sh $(UNIFFI_BINDGEN) $(UNIFFI_LIB) "$$tmp" >/dev/null && \
	if diff -ru $(UNIFFI_SWIFT)/Sources "$$tmp/Sources" && diff -ru $(UNIFFI_SWIFT)/Headers "$$tmp/Headers"; then \
	  echo "swift bindings in sync with the Rust surface"; \
	else echo "swift bindings are stale: run 'make swift-bindings' and commit" >&2; exit 1; fi

test-kotlin: kotlin-bindings test-swift-sync
	cd bindings/uniffi/kotlin && mvn -q -B test
