"""himcore.hl7: parse, query, FHIR mapping, acknowledgments, errors with positions."""

from __future__ import annotations

import pickle

import pytest

import himcore
from himcore import hl7

ADT = (
    "MSH|^~\\&|REG|HOSP|HIM|HIMD|20250314083012-0500||ADT^A01^ADT_A01|MSG1|P|2.5.1\r"
    "PID|1||MRN1^^^HOSP^MR~SSN9^^^SSA^SS||DOE^JANE^Q||19800229|F\r"
    "PV1|1|I\r"
    "DG1|1||I10^Hypertension^I10C\r"
)


def test_message_exposes_type_segments_and_paths() -> None:
    m = hl7.parse(ADT)
    assert m.message_type == ("ADT", "A01", "ADT_A01")
    assert m.control_id == "MSG1" and m.version == "2.5.1"
    assert m.segments == ["MSH", "PID", "PV1", "DG1"] and len(m) == 4
    assert m.get("PID-5-1") == "DOE"
    assert m.get("PID-3(2)-1") == "SSN9"
    assert m.get("PID-99") is None
    assert "ADT^A01" in repr(m)


def test_to_fhir_gives_a_bundle_and_what_was_not_mapped() -> None:
    mapping = hl7.to_fhir(ADT)
    assert mapping["bundle"]["resourceType"] == "Bundle"
    types = [e["resource"]["resourceType"] for e in mapping["bundle"]["entry"]]
    assert "Patient" in types
    assert isinstance(mapping["unmapped"], list)
    assert hl7.parse(ADT).to_fhir() == mapping


def test_malformed_messages_raise_with_code_and_position() -> None:
    with pytest.raises(himcore.Hl7Error) as info:
        hl7.parse("PID|1||x\r")
    err = info.value
    assert err.code.startswith("HL7_")
    copy = pickle.loads(pickle.dumps(err))
    assert (copy.code, copy.segment, copy.field) == (err.code, err.segment, err.field)


def test_to_fhir_many_splits_a_feed_and_keeps_errors_in_place() -> None:
    feed = ADT + "\r" + ADT.replace("MSG1", "MSG2")
    assert len(hl7.split_messages(feed)) == 2
    assert len(hl7.to_fhir_many(feed, parallel=True)) == 2
    out = hl7.to_fhir_many([ADT, "garbage"], errors="return")
    assert out[0]["bundle"]["resourceType"] == "Bundle"
    assert isinstance(out[1], himcore.Hl7Error)
    with pytest.raises(himcore.Hl7Error, match=r"messages\[1\]"):
        hl7.to_fhir_many([ADT, "garbage"])


def test_ack_accepts_a_good_message_and_rejects_a_bad_one() -> None:
    code, text = hl7.ack(ADT, control_id="ACK1", timestamp="20250101120000+0000")
    assert code == "AA" and "MSA|AA|MSG1" in text
    bad_segment = "MSH|^~\\&|REG|HOSP|HIM|HIMD|2025||ADT^A01|MSG2|P|2.5\rPID|1\rpv1|x\r"
    code, text = hl7.ack(bad_segment, control_id="ACK2", timestamp="20250101")
    assert code == "AE" and "\rERR|" in text
    code, _ = hl7.ack("MSH|^~|A\r", control_id="ACK3", timestamp="20250101")
    assert code == "AR"
