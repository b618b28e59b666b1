"""himcore.deid: free text and FHIR de-identification, keys, fail-closed errors."""

from __future__ import annotations

import pickle

import pytest

import himcore
from himcore import deid

NOTE = "Patient: Jason Glover  MRN: 57403373\nDOB: 06/23/1961. Seen by Dr. Okonkwo on April 28, 2020."
KEY = b"k" * 32
PATIENT = {
    "resourceType": "Patient",
    "id": "123",
    "name": [{"family": "Glover", "given": ["Jason"]}],
    "birthDate": "1961-06-23",
    "gender": "male",
}


@pytest.fixture(scope="module")
def text_engine() -> deid.TextDeidentifier:
    return deid.TextDeidentifier()


def test_text_is_tagged_with_spans(text_engine: deid.TextDeidentifier) -> None:
    result = text_engine.deidentify(NOTE)
    assert "Jason" not in result["text"] and "57403373" not in result["text"]
    assert "[NAME]" in result["text"]
    assert {s["type"] for s in result["spans"]} >= {"NAME", "MRN", "DATE"}
    assert [s["type"] for s in text_engine.detect(NOTE)] == [s["type"] for s in result["spans"]]


def test_surrogates_need_a_key_and_are_stable_per_scope(text_engine: deid.TextDeidentifier) -> None:
    policy = {"method": "surrogate"}
    with pytest.raises(himcore.DeidError) as info:
        text_engine.deidentify(NOTE, policy=policy)
    assert info.value.code == "DEID_KEY_MISSING"
    a = text_engine.deidentify(NOTE, policy=policy, key=KEY, scope="p1")
    b = text_engine.deidentify(NOTE, policy=policy, key=KEY, scope="p1")
    assert a == b and "Jason Glover" not in a["text"]


def test_keys_are_bytes_and_never_shown(text_engine: deid.TextDeidentifier) -> None:
    with pytest.raises(TypeError):
        text_engine.deidentify(NOTE, policy={"method": "surrogate"}, key="k" * 32)  # type: ignore[arg-type]
    with pytest.raises(himcore.DeidError) as info:
        deid.FhirDeidentifier("pseudonymized-research", key=b"short-secret")
    assert info.value.code == "DEID_KEY_INVALID"
    assert "short-secret" not in str(info.value)
    assert pickle.loads(pickle.dumps(info.value)).code == "DEID_KEY_INVALID"


def test_batch_matches_single_calls(text_engine: deid.TextDeidentifier) -> None:
    notes = [NOTE, "No PHI here.", NOTE.replace("Jason", "Maria")] * 5
    single = [text_engine.deidentify(n) for n in notes]
    assert text_engine.deidentify_many(notes) == single
    assert text_engine.deidentify_many(notes, parallel=True) == single
    with pytest.raises(ValueError):
        text_engine.deidentify_many(notes, scopes=["a"])
    with pytest.raises(TypeError):
        text_engine.deidentify_many(NOTE)


def test_fhir_safe_harbor_removes_names_and_generalises_dates(
    text_engine: deid.TextDeidentifier,
) -> None:
    engine = deid.FhirDeidentifier(reference_date="2025-01-01", text_engine=text_engine)
    out, report = engine.deidentify(PATIENT)
    assert "name" not in out and "id" not in out
    assert out["birthDate"] == "1961" and out["gender"] == "male"
    assert report["resources_out"] == 1
    assert "safe-harbor" in repr(engine)
    assert "safe-harbor" in deid.presets()


def test_fhir_batch_stop_or_skip(text_engine: deid.TextDeidentifier) -> None:
    engine = deid.FhirDeidentifier("safe-harbor", reference_date="2025-01-01", text_engine=text_engine)
    with pytest.raises(himcore.DeidError) as info:
        engine.deidentify_many([PATIENT, [1, 2]])
    assert info.value.code == "DEID_NOT_A_RESOURCE"
    out, report = engine.deidentify_many([PATIENT, [1, 2], PATIENT], errors="skip")
    assert len(out) == 2
    assert [s["index"] for s in report["skipped"]] == [1]


def test_unknown_preset_and_invalid_policy_fail_closed() -> None:
    with pytest.raises(himcore.DeidError) as info:
        deid.FhirDeidentifier("safe-harbour")
    assert info.value.code == "DEID_PRESET_UNKNOWN"
    with pytest.raises(himcore.DeidError) as info:
        deid.FhirDeidentifier({"rules": [], "colour": "blue"})
    assert info.value.code == "DEID_POLICY_INVALID"


def test_an_arrow_column_of_notes_gives_a_record_batch(text_engine: deid.TextDeidentifier) -> None:
    pa = pytest.importorskip("pyarrow")
    notes = [NOTE, None, "No PHI here."]
    batch = text_engine.deidentify_many(pa.array(notes), parallel=True)
    assert batch.schema.names == ["text", "spans"]
    rows = batch.to_pylist()
    single = text_engine.deidentify(NOTE)
    assert rows[0] == {"text": single["text"], "spans": single["spans"]}
    assert rows[1] == {"text": None, "spans": None}
    assert rows[2]["spans"] == []
    scoped = text_engine.deidentify_many(
        pa.array([NOTE, NOTE]), scopes=pa.array(["p1", "p2"]),
        policy={"method": "surrogate"}, key=KEY,
    )
    assert scoped.column("text")[0].as_py() == text_engine.deidentify(
        NOTE, policy={"method": "surrogate"}, key=KEY, scope="p1"
    )["text"]
