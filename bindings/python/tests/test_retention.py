"""himcore.retention: engines, decisions, batches, errors."""

from __future__ import annotations

import datetime
import pickle

import pytest

import himcore
from himcore import retention

ADULT_CA = {
    "id": "r1",
    "record_type": "medical_record",
    "jurisdiction": "US-CA",
    "facility_type": "hospital",
    "patient_birth_date": "1970-01-01",
    "created": "2010-03-15",
    "discharged": "2010-03-15",
    "programs": [],
}


def test_decision_names_status_date_and_governing_rule() -> None:
    engine = retention.RetentionEngine(["us-ca"])
    d = engine.evaluate(ADULT_CA, datetime.date(2026, 1, 1))
    assert d.status == "eligible_for_destruction"
    assert d.retain_until == datetime.date(2017, 3, 15)
    assert d.governing_rule["id"] == "us-ca-hospital"
    assert d.as_of == datetime.date(2026, 1, 1)
    assert "status='eligible_for_destruction'" in repr(d)
    assert d.to_dict()["retain_until"] == "2017-03-15"


def test_as_of_is_required_and_strict() -> None:
    engine = retention.RetentionEngine(["us-ca"])
    with pytest.raises(TypeError):
        engine.evaluate(ADULT_CA, None)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        engine.evaluate(ADULT_CA, "01/01/2026")


def test_errors_carry_retention_codes() -> None:
    with pytest.raises(himcore.RetentionError) as info:
        retention.RetentionEngine(["us-zz"])
    assert info.value.code == "RETENTION_UNKNOWN_PACK"
    engine = retention.RetentionEngine(["us-ca"])
    with pytest.raises(himcore.RetentionError) as info:
        engine.evaluate(dict(ADULT_CA, jurisdiction="US-ZZ"), "2026-01-01")
    assert info.value.code == "RETENTION_UNKNOWN_JURISDICTION"
    with pytest.raises(himcore.RetentionError) as info:
        engine.evaluate(dict(ADULT_CA, colour="blue"), "2026-01-01")
    assert info.value.code == "RETENTION_INVALID_RECORD"
    assert pickle.loads(pickle.dumps(info.value)).code == "RETENTION_INVALID_RECORD"


def test_evaluate_many_raises_or_returns_errors_in_place() -> None:
    engine = retention.RetentionEngine(["us-federal", "us-ca"])
    bad = dict(ADULT_CA, id="bad", jurisdiction="US-ZZ")
    records = [ADULT_CA, bad, dict(ADULT_CA, id="r3")]
    with pytest.raises(himcore.RetentionError, match=r"records\[1\]"):
        engine.evaluate_many(records, "2026-01-01")
    out = engine.evaluate_many(records, "2026-01-01", parallel=True, errors="return")
    assert [type(x).__name__ for x in out] == [
        "RetentionDecision",
        "RetentionError",
        "RetentionDecision",
    ]
    assert out[1].code == "RETENTION_UNKNOWN_JURISDICTION"
    assert out[2].id == "r3"
    with pytest.raises(ValueError):
        engine.evaluate_many(records, "2026-01-01", errors="ignore")  # type: ignore[arg-type]


def test_status_counts_counts_every_record() -> None:
    engine = retention.RetentionEngine(["us-ca"])
    counts = engine.status_counts([ADULT_CA, dict(ADULT_CA, jurisdiction="US-ZZ"), "{"], "2026-01-01")
    assert counts == {"retain": 0, "eligible_for_destruction": 1, "on_hold": 0, "errors": 2}


def test_engine_introspection_and_shipped_packs() -> None:
    assert "us-federal" in retention.shipped_packs()
    engine = retention.RetentionEngine(["us-federal", "us-ca"])
    assert sorted(engine.pack_names) == ["us-ca", "us-federal"]
    assert "medical_record" in engine.record_types
    assert "US-CA" in engine.jurisdictions
    assert retention.evaluate(ADULT_CA, "2026-01-01", ["us-ca"]).status == "eligible_for_destruction"


def test_default_jurisdiction_is_an_explicit_choice_with_a_warning() -> None:
    engine = retention.RetentionEngine(["us-ca"], default_jurisdiction="US-CA")
    d = engine.evaluate(dict(ADULT_CA, jurisdiction="US-ZZ"), "2026-01-01")
    assert any(w["code"] == "RETENTION_DEFAULT_APPLIED" for w in d.warnings)
