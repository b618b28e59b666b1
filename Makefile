# himcore: one-command set-up for newcomers and CI.
#   make demo   runs the main jobs on the example data in examples/data
#   make test   runs every test of every language present (installs what it needs)
SHELL := /bin/bash
.DEFAULT_GOAL := help
CARGO ?= cargo
HIM := target/debug/him

.PHONY: help demo test test-rust test-fuzz-corpus lint build fetch-fhir-examples

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
	$(HIM) hl7 parse examples/data/adt_a01.hl7 | head -c 400; echo
	$(HIM) hl7 to-fhir examples/data/adt_a01.hl7 examples/data/oru_r01.hl7 | head -c 400; echo
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
	$(HIM) consent filter --consent examples/data/consent.json --request examples/data/consent_filter_request.json examples/data/consent_bundle.json | head -c 600; echo
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

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --all-targets -- -D warnings

test-rust: fetch-fhir-examples
	HIMCORE_REQUIRE_FHIR_EXAMPLES=1 $(CARGO) test

# Replays every fuzz corpus (seeds and every crash ever found) through the
# fuzz targets' logic as ordinary tests: stable Rust, no nightly, no libFuzzer.
test-fuzz-corpus:
	$(CARGO) test --manifest-path fuzz/Cargo.toml -p himcore-fuzz-harness

test: lint test-rust test-fuzz-corpus
