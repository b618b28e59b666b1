"""himcore.audit and himcore.roi: write, verify, tamper, account, release."""

from __future__ import annotations

import json
import pickle

import pytest

import himcore
from himcore import audit, consent, roi

from conftest import VECTORS

KEY = bytes(range(32))
ENTRY = {
    "time": "2025-06-01T09:30:00Z",
    "action": "access",
    "actor": {"reference": "Practitioner/dr-lee", "roles": ["PRCP"]},
    "patient": "Patient/pat-1001",
    "resources": ["Observation/obs-hgb"],
    "purpose": "TREAT",
    "outcome": "success",
}


def _log(n: int) -> bytes:
    log = audit.AuditLog(KEY)
    out = b""
    for i in range(n):
        line, receipt = log.append(dict(ENTRY, resources=[f"Observation/{i}"]))
        assert receipt["seq"] == i + 1
        out += line
    assert log.next_seq == n + 1
    return out


def test_a_written_log_verifies_with_the_key_and_without_it() -> None:
    data = _log(3)
    report = audit.verify(data, KEY)
    assert report.ok and report.mode == "hmac" and report.last_seq == 3
    assert audit.verify(data).ok
    assert audit.verify(data, KEY.hex()).ok
    assert [seq for seq, _ in audit.read_entries(data, KEY)] == [1, 2, 3]


def test_a_changed_entry_is_found_and_reading_refuses_it() -> None:
    data = _log(3).replace(b"Observation/1", b"Observation/9")
    report = audit.verify(data, KEY)
    assert not report.ok
    assert report.problems[0]["kind"] == "changed"
    with pytest.raises(himcore.AuditError) as info:
        audit.read_entries(data, KEY)
    assert info.value.code == "AUDIT_TAMPERED"


def test_keys_are_checked_and_never_shown() -> None:
    secret = "ab" * 8
    with pytest.raises(himcore.AuditError) as info:
        audit.AuditLog(secret)
    assert info.value.code == "AUDIT_KEY_INVALID"
    assert secret not in str(info.value)
    log = audit.AuditLog(KEY)
    assert KEY.hex() not in repr(log) and "AuditLog(next_seq=1)" == repr(log)
    with pytest.raises(TypeError):
        audit.AuditLog(12345)  # type: ignore[arg-type]
    assert pickle.loads(pickle.dumps(info.value)).code == "AUDIT_KEY_INVALID"


def test_invalid_entries_are_refused() -> None:
    log = audit.AuditLog(KEY)
    with pytest.raises(himcore.AuditError) as info:
        log.append(dict(ENTRY, time="yesterday"))
    assert info.value.code == "AUDIT_INVALID_ENTRY"
    assert log.next_seq == 1


def test_resume_continues_the_chain() -> None:
    data = _log(2)
    log, recovery = audit.AuditLog.resume(data + b'{"body":', KEY)
    assert recovery["valid_len"] == len(data) and recovery["torn_bytes"] > 0
    line, receipt = log.append(ENTRY)
    assert receipt["seq"] == 3
    assert audit.verify(data + line, KEY).ok


def test_audit_event_export() -> None:
    event = audit.to_fhir_audit_event(ENTRY, 1)
    assert event["resourceType"] == "AuditEvent"


def test_release_of_information_records_a_disclosure() -> None:
    doc = json.loads((VECTORS / "audit.json").read_text())
    case = next(c for c in doc["cases"] if c["op"] == "roi.release" and "error_code" not in c["expected"])
    inp = case["input"]
    engine = consent.ConsentEngine(inp["consents"])
    log = audit.AuditLog(KEY)
    result, line, receipt = roi.release_and_record(engine, inp["record"], inp["request"], log)
    assert result.request_id == inp["request"]["id"]
    assert receipt["seq"] == 1
    entries = audit.read_entries(line, KEY)
    assert entries[0][1]["action"] == result.audit_entry["action"]
    with pytest.raises(himcore.RoiError) as info:
        roi.release(engine, inp["record"], dict(inp["request"], items=[], resource_types=[]))
    assert info.value.code == "ROI_NOTHING_REQUESTED"
