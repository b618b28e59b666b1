"""Shared conformance vectors (crates/himcore/tests/vectors/*.json).

The Rust tests, and the Node and Kotlin bindings, run the same files: every
door must give the same answer. ``expected`` is matched as a subset of the
result's JSON shape (keys absent from ``expected`` are not compared; lists
must have the same length), or ``{"error_code": X}`` when the call must raise
a HimError with that code.
"""

from __future__ import annotations

import json
from typing import Any, Callable, Dict, List, Tuple

import pytest

import himcore
from himcore import audit, codes, consent, deid, fhir, hl7, retention, roi

from conftest import load_vectors, vector_files


def _to_plain(result: Any) -> Any:
    if hasattr(result, "to_dict"):
        return result.to_dict()
    if isinstance(result, list):
        return [_to_plain(r) for r in result]
    return result


def _fhir_validate(inp: Dict[str, Any]) -> Any:
    return fhir.validate(inp["resource"])


def _fhir_validate_json(inp: Dict[str, Any]) -> Any:
    return fhir.validate(inp["text"])


def _codes_validate(inp: Dict[str, Any]) -> Any:
    r = codes.validate(inp["system"], inp["code"], inp.get("date"))
    d = r.to_dict()
    # The attributes Python users read must agree with the JSON shape.
    assert (r.system, r.code, r.normalized, r.valid, r.billable, r.display) == (
        d["system"], d["code"], d["normalized"], d["valid"], d["billable"], d["display"]
    )
    err = d["error"]
    assert (r.error_code, r.error_message) == (
        (err["code"], err["message"]) if err else (None, None)
    )
    # The batch door gives the same answer as the single call.
    assert codes.validate_many(inp["system"], [inp["code"]], inp.get("date")) == [r]
    return d


def _codes_normalize(inp: Dict[str, Any]) -> Any:
    return codes.normalize(inp["system"], inp["code"])


def _codes_lookup(inp: Dict[str, Any]) -> Any:
    info = codes.lookup(inp["system"], inp["code"], inp.get("date"))
    d = info.to_dict()
    heading = lambda h: None if h is None else (h["id"], h["title"])  # noqa: E731
    notes = lambda ns: [(n["kind"], n["text"]) for n in ns]  # noqa: E731
    assert (info.code, info.title, info.billable, info.release, info.parent, info.children) == (
        d["code"], d["title"], d["billable"], d["release"], d["parent"], d["children"]
    )
    assert (info.chapter, info.block) == (heading(d["chapter"]), heading(d["block"]))
    assert info.notes == notes(d["notes"])
    assert info.block_notes == notes(d["block_notes"])
    assert info.chapter_notes == notes(d["chapter_notes"])
    assert info.seventh_characters == [
        (s["character"], s["meaning"]) for s in d["seventh_characters"]
    ]
    return d


def _codes_check_claim(inp: Dict[str, Any]) -> Any:
    report = codes.check_claim(inp["codes"], inp.get("date"))
    d = report.to_dict()
    assert report.clean == d["clean"]
    assert [c.to_dict() for c in report.codes] == d["codes"]
    assert [(f.code, f.codes, f.message) for f in report.findings] == [
        (f["code"], f["codes"], f["message"]) for f in d["findings"]
    ]
    assert codes.check_claim_many([inp["codes"]], inp.get("date"))[0].to_dict() == d
    return d


def _consent_check(inp: Dict[str, Any]) -> Any:
    decision = consent.check(inp["consents"], inp["request"], inp.get("policy"))
    d = decision.to_dict()
    assert (decision.decision, decision.obligations, decision.reasons) == (
        d["decision"], d["obligations"], d["reasons"]
    )
    assert decision.permitted == (d["decision"] == "permit")
    # The engine's batch door gives the same answer.
    engine = consent.ConsentEngine(inp["consents"], inp.get("policy"))
    assert engine.decide_many([inp["request"]], parallel=True)[0].to_dict() == d
    return d


def _retention_evaluate(inp: Dict[str, Any]) -> Any:
    engine = retention.RetentionEngine(inp["packs"])
    decision = engine.evaluate(inp["record"], inp["as_of"])
    d = decision.to_dict()
    until = decision.retain_until
    assert (until if isinstance(until, str) else until.isoformat()) == d["retain_until"]
    assert (decision.id, decision.status, decision.as_of.isoformat()) == (
        d["id"], d["status"], d["as_of"]
    )
    assert (decision.governing_rule, decision.rules, decision.warnings) == (
        d["governing_rule"], d["rules"], d["warnings"]
    )
    assert decision.holds == d.get("holds", [])
    many = engine.evaluate_many([inp["record"]], inp["as_of"], parallel=True)
    assert many[0].to_dict() == d
    return d


def _audit_verify(inp: Dict[str, Any]) -> Any:
    report = audit.verify(inp["log"], inp.get("key_hex"))
    d = report.to_dict()
    assert (report.ok, report.mode, report.last_seq, report.last_hash, report.problems) == (
        d["ok"], d["mode"], d["last_seq"], d["last_hash"], d["problems"]
    )
    # Bytes and text logs are the same log.
    assert audit.verify(inp["log"].encode(), inp.get("key_hex")).to_dict() == d
    return d


def _roi_accounting(inp: Dict[str, Any]) -> Any:
    return audit.accounting(inp["log"], inp["key_hex"], inp["patient"], inp["as_of"])


def _roi_release(inp: Dict[str, Any]) -> Any:
    engine = consent.ConsentEngine(inp["consents"])
    result = roi.release(engine, inp["record"], inp["request"])
    d = result.to_dict()
    assert (result.request_id, result.released, result.not_found) == (
        d["request_id"], d["released"], d["not_found"]
    )
    assert result.bundle == d["bundle"] and result.audit_entry == d["audit_entry"]
    return d


def _hl7_parse(inp: Dict[str, Any]) -> Any:
    result = hl7.query(inp["message"], inp["paths"])
    # The Message object reads the same values.
    message = hl7.parse(inp["message"])
    assert message.segments == result["segments"]
    assert {p: message.get(p) for p in inp["paths"]} == result["values"]
    return result


def _hl7_ack(inp: Dict[str, Any]) -> Any:
    code, text = hl7.ack(inp["message"], control_id=inp["control_id"], timestamp=inp["timestamp"])
    return {"code": code, "ack": text}


_TEXT_ENGINE: List[Any] = []


def _text_engine() -> Any:
    # Building the engine compiles its dictionaries: once per test run.
    if not _TEXT_ENGINE:
        _TEXT_ENGINE.append(deid.TextDeidentifier())
    return _TEXT_ENGINE[0]


def _deid_key(inp: Dict[str, Any]) -> Any:
    # The vectors hold keys as text; the binding takes the raw bytes.
    return inp["key"].encode() if inp.get("key") is not None else None


def _deid_text(inp: Dict[str, Any]) -> Any:
    engine = _text_engine()
    kwargs = dict(policy=inp.get("policy"), key=_deid_key(inp), scope=inp.get("scope", ""))
    result = engine.deidentify(inp["text"], **kwargs)
    many = engine.deidentify_many(
        [inp["text"]], scopes=[kwargs["scope"]], policy=kwargs["policy"], key=kwargs["key"],
        parallel=True,
    )
    assert many == [result]
    return result


def _deid_fhir(inp: Dict[str, Any]) -> Any:
    engine = deid.FhirDeidentifier(
        inp["policy"], key=_deid_key(inp), reference_date=inp.get("reference_date"),
        text_engine=_text_engine(),
    )
    resource, report = engine.deidentify(inp["resource"])
    assert report["resources_in"] == 1
    return {"resource": resource}


# op name in the vector files -> how this binding runs it.
OPS: Dict[str, Callable[[Dict[str, Any]], Any]] = {
    "fhir.validate": _fhir_validate,
    "fhir.validate_json": _fhir_validate_json,
    "codes.validate": _codes_validate,
    "codes.normalize": _codes_normalize,
    "codes.lookup": _codes_lookup,
    "codes.check_claim": _codes_check_claim,
    "consent.check": _consent_check,
    "retention.evaluate": _retention_evaluate,
    "audit.verify": _audit_verify,
    "roi.accounting": _roi_accounting,
    "roi.release": _roi_release,
    "hl7.parse": _hl7_parse,
    "hl7.ack": _hl7_ack,
    "deid.text": _deid_text,
    "deid.fhir": _deid_fhir,
}

# Areas whose vectors this binding must run (an unknown op there fails).
AREAS = {"fhir", "codes", "consent", "retention", "audit", "hl7", "deid"}


def _matches(expected: Any, actual: Any, where: str, problems: List[str]) -> None:
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            problems.append(f"{where}: expected an object, got {actual!r}")
            return
        for key, value in expected.items():
            if key not in actual:
                problems.append(f"{where}.{key}: missing")
            else:
                _matches(value, actual[key], f"{where}.{key}", problems)
    elif isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            problems.append(f"{where}: expected {json.dumps(expected)}, got {actual!r}")
            return
        for i, (e, a) in enumerate(zip(expected, actual)):
            _matches(e, a, f"{where}[{i}]", problems)
    elif expected != actual or type(expected) is not type(actual):
        problems.append(f"{where}: expected {expected!r}, got {actual!r}")


def _cases() -> List[Tuple[str, str, Dict[str, Any]]]:
    out = []
    for path in vector_files():
        doc = load_vectors(path)
        for case in doc["cases"]:
            out.append((doc["area"], f"{path.stem}: {case['name']}", case))
    return out


CASES = _cases()


def test_vector_files_are_present() -> None:
    areas = {area for area, _, _ in CASES}
    assert AREAS <= areas, f"missing vector files for {AREAS - areas}"


@pytest.mark.parametrize("area,name,case", CASES, ids=[c[1] for c in CASES])
def test_conformance_vector(area: str, name: str, case: Dict[str, Any]) -> None:
    if area not in AREAS:
        pytest.skip(f"the Python binding does not expose area {area!r} yet")
    op = OPS.get(case["op"])
    assert op is not None, f"{name}: op {case['op']} has no Python mapping"
    expected = case["expected"]
    if isinstance(expected, dict) and "error_code" in expected:
        with pytest.raises(himcore.HimError) as info:
            op(case["input"])
        assert info.value.code == expected["error_code"]
        # Where the error is (HL7: segment and field) is part of the answer.
        for key, value in expected.items():
            if key != "error_code":
                assert getattr(info.value, key) == value, key
        return
    problems: List[str] = []
    _matches(expected, _to_plain(op(case["input"])), "result", problems)
    assert not problems, "\n".join(problems)
