#!/usr/bin/env python3
"""Writes the seed corpora (fuzz/corpus/<target>/seed-*) from the repository's
test data: crates/himcore/tests/ (vectors, consent examples) and examples/data/.

Run from the repository root after the test data changes; the output is
committed. Files the fuzzer adds (no `seed-` prefix) stay untracked; crashes
found are kept as `crash-*` files (see docs/security.md).
"""
import hashlib
import json
import os
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "fuzz", "corpus")
SYSTEMS = ["icd10cm", "icd10pcs", "hcpcs", "cpt", "ndc", "loinc", "snomed",
           "npi", "dea", "mbi", "cvx", "nucc"]  # himcore::codes::ALL_SYSTEMS order


def read(*p):
    with open(os.path.join(ROOT, *p), "rb") as f:
        return f.read()


def vectors(area):
    return json.loads(read("crates", "himcore", "tests", "vectors", area + ".json"))["cases"]


def put(target, name, data):
    if isinstance(data, str):
        data = data.encode()
    d = os.path.join(CORPUS, target)
    os.makedirs(d, exist_ok=True)
    digest = hashlib.sha1(data).hexdigest()[:10]
    with open(os.path.join(d, f"seed-{name}-{digest}"), "wb") as f:
        f.write(data)


def dumps(v):
    return json.dumps(v, ensure_ascii=False)


def main():
    # FHIR: whole documents, bundle entries, NDJSON lines, vector inputs.
    fhir_docs = []
    bundle = read("examples", "data", "bundle.json")
    fhir_docs.append(("bundle", bundle))
    for i, e in enumerate(json.loads(bundle).get("entry", [])):
        if "resource" in e:
            fhir_docs.append((f"bundle-entry{i}", dumps(e["resource"]).encode()))
    for i, line in enumerate(read("examples", "data", "invalid.ndjson").splitlines()):
        if line.strip():
            fhir_docs.append((f"invalid-line{i}", line))
    for c in vectors("fhir"):
        inp = c["input"]
        text = inp["text"] if "text" in inp else dumps(inp["resource"])
        fhir_docs.append(("vector", text.encode() if isinstance(text, str) else text))
    consent_docs = []
    for ver in ("r4", "r5"):
        d = os.path.join(ROOT, "crates", "himcore", "tests", "data", "consent", ver)
        for fn in sorted(os.listdir(d)):
            consent_docs.append((f"{ver}-{fn[:-5]}", read(d, fn)))
    consent_docs.append(("example-consent", read("examples", "data", "consent.json")))
    for name, data in fhir_docs + consent_docs:
        put("fhir_json", name, data)
        put("fhir_roundtrip", name, data)
    put("fhir_split", "bundle", bundle)
    put("fhir_split", "invalid-ndjson", read("examples", "data", "invalid.ndjson"))
    put("fhir_split", "consent-bundle", read("examples", "data", "consent_bundle.json"))
    put("fhir_split", "ndjson-of-bundles", dumps(json.loads(bundle)) + "\n" + dumps(json.loads(bundle)) + "\n")
    # Structure-aware: raw bytes drive the generator; deterministic noise seeds.
    rng = random.Random(7)
    for i in range(16):
        put("fhir_typed", f"random{i}", bytes(rng.randrange(256) for _ in range(64 * (i + 1))))

    # Codes: [system, date selector, a, b] + code.
    for c in vectors("codes"):
        inp = c["input"]
        if inp.get("system") not in SYSTEMS:
            continue
        sel = 0 if not inp.get("date") else 1
        put("codes_validate", f"{inp['system']}",
            bytes([SYSTEMS.index(inp["system"]), sel, 0, 0]) + inp["code"].encode())
    for code in read("examples", "data", "codes.txt").decode().split():
        put("codes_validate", "codes-txt", bytes([0, 0, 0, 0]) + code.encode())
    for enc in json.loads(read("examples", "data", "claim.json")):
        put("codes_claim", enc["id"], bytes([1, 0, 0]) + " ".join(enc["diagnoses"]).encode())

    # Consent: documents and policies; requests; bundles.
    for name, data in consent_docs:
        put("consent_compile", name, data)
    for i, c in enumerate(vectors("consent")):
        inp = c["input"]
        put("consent_compile", f"vector{i}", dumps(inp["consents"]))
        if inp.get("policy") is not None:
            put("consent_compile", f"vector-policy{i}", dumps(inp["policy"]))
        put("consent_request", f"vector{i}", dumps(inp["request"]))
    put("consent_compile", "policy-opt-out",
        dumps({"base": "opt-out", "jurisdictions": {"US-CA": "opt-in"}, "combining": "permit-overrides"}))
    for i, line in enumerate(read("examples", "data", "consent_request.json").splitlines()):
        if line.strip():
            put("consent_request", f"example{i}", line)
    put("consent_request", "filter-request", read("examples", "data", "consent_filter_request.json"))
    put("consent_filter", "consent-bundle", read("examples", "data", "consent_bundle.json"))
    put("consent_filter", "bundle", bundle)

    # Audit: structure-aware tamper target (noise seeds); ROI requests. The
    # audit_verify seeds are logs the writer makes: written by
    # `cargo test --manifest-path fuzz/Cargo.toml -p himcore-fuzz-harness -- --ignored write_audit_seeds`.
    for i in range(16):
        put("audit_tamper", f"random{i}", bytes(rng.randrange(256) for _ in range(32 * (i + 1))))
    roi = json.loads(read("examples", "data", "roi_request.json"))
    put("roi_request", "example", read("examples", "data", "roi_request.json"))
    put("roi_request", "by-type", dumps({**roi, "items": [], "resource_types": ["Condition", "Observation"]}))
    put("roi_request", "nothing", dumps({**roi, "items": []}))
    put("roi_request", "btg", dumps({**roi, "purpose": "BTG"}))

    # HL7 v2: the example messages, the third-party test messages (with
    # their licences, tests/data/hl7/PROVENANCE.md) and the vectors.
    hl7 = [("example-" + fn[:-4], read("examples", "data", fn))
           for fn in sorted(os.listdir(os.path.join(ROOT, "examples", "data"))) if fn.endswith(".hl7")]
    hroot = os.path.join(ROOT, "crates", "himcore", "tests", "data", "hl7")
    for sub in sorted(os.listdir(hroot)):
        d = os.path.join(hroot, sub)
        if os.path.isdir(d):
            hl7 += [(f"{sub}-{fn[:-4]}", read(d, fn)) for fn in sorted(os.listdir(d)) if fn.endswith(".hl7")]
    for i, c in enumerate(vectors("hl7")):
        msg = c["input"].get("message")
        if isinstance(msg, str):
            hl7.append((f"vector{i}", msg.encode()))
            if c["input"].get("paths"):
                hl7.append((f"vector{i}-path", (msg.rstrip("\r\n") + "\r" + c["input"]["paths"][0]).encode()))
    for name, data in hl7:
        put("hl7v2_parse", name, data)
        put("hl7v2_roundtrip", name, data)
    for t in ["plain text", "a|b^c~d\\e&f", "\\H\\bold\\N\\", "\\X0D0A\\", "\\.br\\", "#|^~\\&#x|y^z~w\\v&u#t",
              "#!@*$%a!b@c*d$e%f", "tab\there\r\nnewline", "\\Zcustom\\", "\\E\\\\F\\"]:
        put("hl7v2_escape", "text", t)


if __name__ == "__main__":
    main()
