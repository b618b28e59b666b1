"""himcore.consent: engines, decisions, Bundle filtering, fail-closed errors."""

from __future__ import annotations

import json
from typing import Any, Dict

import pytest

import himcore
from himcore import consent

from conftest import VECTORS


def _case(name: str) -> Dict[str, Any]:
    doc = json.loads((VECTORS / "consent.json").read_text())
    return next(c for c in doc["cases"] if c["name"] == name)


def test_deny_and_permit_with_reasons() -> None:
    deny = _case("deny to one practitioner (R5 notThem)")["input"]
    permit = _case("other practitioners permitted (R5 notThem)")["input"]
    engine = consent.ConsentEngine(deny["consents"])
    assert len(engine) == 1
    d = engine.decide(deny["request"])
    assert d.decision == "deny" and d.permitted is False
    assert d.reasons[0]["consent"] == "consent-example-notThem"
    assert engine.decide(json.dumps(permit["request"])).permitted


def test_a_decision_has_no_truth_value() -> None:
    case = _case("deny to one practitioner (R5 notThem)")["input"]
    d = consent.check(case["consents"], case["request"])
    with pytest.raises(TypeError, match="permitted"):
        bool(d)


def test_break_the_glass_carries_obligations() -> None:
    case = _case("break the glass overrides a deny with obligations")["input"]
    d = consent.check(case["consents"], case["request"])
    assert d.permitted
    assert "AUDIT" in [o["code"] for o in d.obligations]


def test_unknown_purpose_and_misspelt_fields_fail_closed() -> None:
    case = _case("deny to one practitioner (R5 notThem)")["input"]
    engine = consent.ConsentEngine(case["consents"])
    with pytest.raises(himcore.ConsentError) as info:
        engine.decide(dict(case["request"], purpose="LUNCH"))
    assert info.value.code == "CONSENT_UNKNOWN_PURPOSE"
    with pytest.raises(himcore.ConsentError) as info:
        engine.decide(dict(case["request"], purpsoe="TREAT"))
    assert info.value.code == "CONSENT_INVALID_REQUEST"
    with pytest.raises(himcore.ConsentError) as info:
        consent.ConsentEngine(["{not json"])
    assert info.value.code == "CONSENT_INVALID_JSON"


def test_decide_many_keeps_errors_in_place_when_asked() -> None:
    case = _case("deny to one practitioner (R5 notThem)")["input"]
    engine = consent.ConsentEngine(case["consents"])
    requests = [case["request"], dict(case["request"], purpose="LUNCH")]
    with pytest.raises(himcore.ConsentError, match=r"requests\[1\]"):
        engine.decide_many(requests)
    out = engine.decide_many(requests, parallel=True, errors="return")
    assert out[0].decision == "deny"
    assert isinstance(out[1], himcore.ConsentError)
    assert out[1].code == "CONSENT_UNKNOWN_PURPOSE"


def test_filter_bundle_withholds_what_may_not_be_released() -> None:
    case = _case("deny to one practitioner (R5 notThem)")["input"]
    engine = consent.ConsentEngine(case["consents"])
    bundle = {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [{"resource": {"resourceType": "Patient", "id": "p"}}],
    }
    result = engine.filter_bundle(bundle, case["request"])
    assert result.released + len(result.withheld) == 1
    assert result.bundle["resourceType"] == "Bundle"
    assert result.to_dict()["released"] == result.released
    with pytest.raises(himcore.ConsentError) as info:
        engine.filter_bundle({"resourceType": "Patient"}, case["request"])
    assert info.value.code == "CONSENT_NOT_A_BUNDLE"
