# himcore: one-command set-up for newcomers and CI.
#   make demo   runs the main jobs on the example data in examples/data
#   make test   runs every test of every language present (installs what it needs)
SHELL := /bin/bash
.DEFAULT_GOAL := help
CARGO ?= cargo
HIM := target/debug/him

.PHONY: help demo test test-rust test-fuzz-corpus lint build fetch-fhir-examples test-node

# Official FHIR R4 examples (npm hl7.fhir.r4.examples@4.0.1, CC0) for the
# round-trip tests and the fhir_defs generator; unpacked into target/ (ignored).
FHIR_EXAMPLES_SHA256 := dce87f1b5b9341867033f7d1f544fa1b5232503f6d62813887ac6b8a8b6cb682
fetch-fhir-examples:
	@if [ ! -f target/fhir-examples/package/Patient-example.json ]; then \
	  mkdir -p target/fhir-examples && cd target/fhir-examples && \
	  npm pack --silent hl7.fhir.r4.examples@4.0.1 >/dev/null && \
	  echo "$(FHIR_EXAMPLES_SHA256)  hl7.fhir.r4.examples-4.0.1.tgz" | sha256sum -c --quiet - && \
	  tar xzf hl7.fhir.r4.examples-4.0.1.tgz && rm hl7.fhir.r4.examples-4.0.1.tgz; \
	fi

help:
	@echo "make demo   run the main jobs on examples/data"
	@echo "make test   run every test (Rust, bindings, fuzz corpora replay)"

build:
	$(CARGO) build -p himcore-cli

demo: build
	@echo "== him hl7 parse / to-fhir / ack on examples/data"
	$(HIM) hl7 parse examples/data/adt_a01.hl7 > target/demo-out-1.json && head -c 400 target/demo-out-1.json; echo
	$(HIM) hl7 to-fhir examples/data/adt_a01.hl7 examples/data/oru_r01.hl7 > target/demo-out-2.json && head -c 400 target/demo-out-2.json; echo
	$(HIM) hl7 ack --lf examples/data/adt_a01.hl7 examples/data/oru_r01.hl7
	@echo "== him fhir validate examples/data/bundle.json"
	$(HIM) fhir validate examples/data/bundle.json
	@echo "== him fhir validate examples/data/invalid.ndjson (broken resources: exit 1 expected)"
	$(HIM) fhir validate examples/data/invalid.ndjson || echo "(exit $$?: invalid resources reported)"
	@echo "== him fhir normalize examples/data/bundle.json > target/bundle.normalized.json"
	$(HIM) fhir normalize examples/data/bundle.json > target/bundle.normalized.json
	@head -c 300 target/bundle.normalized.json; echo " ..."
	@echo "== him codes validate --system icd10cm < examples/data/codes.txt (exit 1: some codes are invalid on purpose)"
	$(HIM) codes validate --system icd10cm --date 2026-05-04 < examples/data/codes.txt || echo "(exit $$?: invalid codes reported)"
	@echo "== him codes lookup S72.001A"
	$(HIM) codes lookup --system icd10cm S72.001A
	@echo "== him codes check-claim examples/data/claim.json (exit 1: the second encounter has findings)"
	$(HIM) codes check-claim examples/data/claim.json || echo "(exit $$?: claim findings reported)"
	@echo "== him consent check (exit 1: two of the four requests are denied)"
	-$(HIM) consent check --consent examples/data/consent.json --request examples/data/consent_request.json
	@echo "== him consent filter examples/data/consent_bundle.json (the SUD condition is withheld)"
	$(HIM) consent filter --consent examples/data/consent.json --request examples/data/consent_filter_request.json examples/data/consent_bundle.json > target/demo-out-3.json && head -c 600 target/demo-out-3.json; echo
	@echo "== him audit + him roi: keys, a log, a release of information, verification, accounting (in target/demo-audit)"
	rm -rf target/demo-audit && $(HIM) audit keygen --dir target/demo-audit/keys
	$(HIM) audit append --log target/demo-audit/audit.log --key-file target/demo-audit/keys/audit.key --signing-key target/demo-audit/keys/audit-signing.pk8 --checkpoint-every 2 examples/data/audit_entries.ndjson
	$(HIM) roi release --request examples/data/roi_request.json --record examples/data/consent_bundle.json --consent examples/data/consent.json --log target/demo-audit/audit.log --key-file target/demo-audit/keys/audit.key > target/demo-audit/release.json && head -c 400 target/demo-audit/release.json; echo
	$(HIM) audit verify --log target/demo-audit/audit.log --key-file target/demo-audit/keys/audit.key
	$(HIM) roi accounting --patient Patient/pat-1001 --log target/demo-audit/audit.log --key-file target/demo-audit/keys/audit.key --as-of 2025-06-30
	@echo "== him retention evaluate (federal + California) examples/data/retention_records.ndjson"
	$(HIM) retention evaluate --pack us-federal --pack us-ca --as-of 2026-11-25 examples/data/retention_records.ndjson
	@echo "== him retention explain (first record)"
	head -n 1 examples/data/retention_records.ndjson | $(HIM) retention explain --pack us-federal --pack us-ca --as-of 2026-11-25
	@echo "== him retention certificate"
	$(HIM) retention certificate --pack us-federal --pack us-ca --as-of 2026-11-25 --certificate-id CD-2026-001 --organisation "Example Hospital" --method shredding --authorized-by "HIM Director" --witness "Records Clerk" examples/data/retention_records.ndjson
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
	$(CARGO) clippy -p himcore-node --all-targets --no-deps -- -D warnings

test-rust: fetch-fhir-examples
	HIMCORE_REQUIRE_FHIR_EXAMPLES=1 $(CARGO) test

test: lint test-rust test-python test-node test-kotlin test-fuzz-corpus

# Replays every fuzz corpus (seeds and every crash ever found) through the
# fuzz targets' logic as ordinary tests: stable Rust, no nightly, no libFuzzer.
test-fuzz-corpus:
	$(CARGO) test --manifest-path fuzz/Cargo.toml -p himcore-fuzz-harness

# ---- Python binding (bindings/python): virtualenv .venv-python, pinned tools,
# extension built in debug by maturin, then pytest (includes mypy stubtest and
# a PySpark local-mode job). pip's cache makes re-runs cheap.
PY_VENV := .venv-python
PY := $(PY_VENV)/bin/python
PY_REQS := bindings/python/requirements-dev.txt
.PHONY: test-python

$(PY_VENV)/.installed: $(PY_REQS)
	test -x $(PY) || python3 -m venv $(PY_VENV)
	$(PY) -m pip install --disable-pip-version-check -q -r $(PY_REQS)
	touch $@

test-python: $(PY_VENV)/.installed
	VIRTUAL_ENV=$(abspath $(PY_VENV)) $(PY) -m maturin develop --quiet --manifest-path bindings/python/Cargo.toml
	$(PY) -m pytest -q bindings/python/tests
	PYO3_PYTHON=$(abspath $(PY)) LD_LIBRARY_PATH=$$($(PY) -c 'import sysconfig; print(sysconfig.get_config_var("LIBDIR") or "")') \
	  $(CARGO) test -q -p himcore-python --lib

# Node binding (bindings/node): npm ci, debug napi build (regenerates binding.js
# and index.d.ts from the Rust), the binding's Rust unit tests, node --test
# (API, shared conformance vectors, example web service), tsc --noEmit over a
# typed usage example.
NODE_DIR := bindings/node
test-node:
	cd $(NODE_DIR) && npm ci --no-audit --no-fund --loglevel=error
	cd $(NODE_DIR) && npm run --silent build
	$(CARGO) test -p himcore-node --lib
	cd $(NODE_DIR) && node --test test/
	cd $(NODE_DIR) && npx tsc --noEmit -p test/tsconfig.json

# --- Swift/Kotlin bindings (uniffi) -----------------------------------------
# Library and generator are built together (`--features cli`) so the core is
# compiled once. Generated Kotlin goes to the (ignored) Maven target dir; the
# generated Swift is committed and checked for drift.
UNIFFI_LIBDIR ?= $(or $(CARGO_TARGET_DIR),target)/debug
UNIFFI_LIB := $(UNIFFI_LIBDIR)/libhimcore_uniffi.$(if $(filter Darwin,$(shell uname -s)),dylib,so)
UNIFFI_BINDGEN := $(UNIFFI_LIBDIR)/uniffi-bindgen
UNIFFI_KOTLIN_OUT := bindings/uniffi/kotlin/target/generated-sources/uniffi
UNIFFI_SWIFT := bindings/uniffi/swift

.PHONY: uniffi-build kotlin-bindings swift-bindings test-kotlin test-swift-sync example-kotlin bench-kotlin size-mobile

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
	bindings/uniffi/swift/generate.sh $(UNIFFI_BINDGEN) $(UNIFFI_LIB) "$$tmp" >/dev/null || exit 1; \
	stale=0; for f in Sources/HimCore/HimCore.swift Headers/HimCoreFFI.h Headers/module.modulemap; do \
	  diff -u $(UNIFFI_SWIFT)/$$f "$$tmp/$$f" || stale=1; done; \
	if [ $$stale = 0 ]; then \
	  echo "swift bindings in sync with the Rust surface"; \
	else echo "swift bindings are stale: run 'make swift-bindings' and commit" >&2; exit 1; fi

test-kotlin: kotlin-bindings test-swift-sync
	$(CARGO) test -p himcore-uniffi --features cli --lib
	cd bindings/uniffi/kotlin && rm -rf target/surefire-reports && mvn -q -B -Dstyle.color=never -Dhimcore.libdir=$(abspath $(UNIFFI_LIBDIR)) test
	@echo; cat bindings/uniffi/kotlin/target/surefire-reports/*.txt | sed -n 's/^Tests run: \([0-9]*\), Failures: \([0-9]*\), Errors: \([0-9]*\), Skipped: \([0-9]*\).* in \(.*\)/kotlin \5: \1 run, \2 failed, \3 errors, \4 skipped/p'

# The Kotlin example on the example data (examples/kotlin/Example.kt).
example-kotlin: kotlin-bindings
	cd bindings/uniffi/kotlin && mvn -q -B -Dstyle.color=never -Dhimcore.libdir=$(abspath $(UNIFFI_LIBDIR)) test-compile exec:java

# Release cdylib (tables included, debuginfo stripped): its size for
# docs/benchmarks.md ("Mobile"), and the Kotlin-side throughput against it.
size-mobile:
	$(CARGO) build -p himcore-uniffi --lib --release
	@ls -l $(or $(CARGO_TARGET_DIR),target)/release/libhimcore_uniffi.so | awk '{printf "libhimcore_uniffi.so (release, strip=debuginfo): %d bytes (%.1f MiB)\n", $$5, $$5/1048576}'
	@gzip -9 -c $(or $(CARGO_TARGET_DIR),target)/release/libhimcore_uniffi.so | wc -c | awk '{printf "gzip -9: %d bytes (%.1f MiB)\n", $$1, $$1/1048576}'

bench-kotlin: kotlin-bindings size-mobile
	cd bindings/uniffi/kotlin && mvn -q -B -Dstyle.color=never -Dhimcore.libdir=$(abspath $(or $(CARGO_TARGET_DIR),target)/release) test-compile exec:java -Dexec.mainClass=org.himcore.bench.FfiBenchKt -Dexec.args=
