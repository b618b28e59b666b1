"""himcore.codes: answers, dates, lookups, claims, errors."""

from __future__ import annotations

import datetime
import pickle

import pytest

import himcore
from himcore import codes


def test_valid_billable_code_has_display_and_normalized_form() -> None:
    r = codes.validate("icd10cm", " e119 ")
    assert r.valid is True
    assert r.billable is True
    assert r.normalized == "E11.9"
    assert r.display == "Type 2 diabetes mellitus without complications"
    assert r.error_code is None and r.error_message is None
    assert r.system == "icd10cm" and r.code == " e119 "


def test_header_code_is_valid_but_not_billable() -> None:
    r = codes.validate("icd10cm", "E11")
    assert (r.valid, r.billable) == (True, False)


def test_invalid_code_is_an_answer_with_a_stable_code_not_an_exception() -> None:
    r = codes.validate("icd10cm", "E11.99")
    assert r.valid is False
    assert r.billable is None
    assert r.error_code == "CODE_UNKNOWN"
    assert r.error_message
    with pytest.raises(himcore.CodeError) as info:
        r.raise_if_invalid()
    assert info.value.code == "CODE_UNKNOWN"


def test_date_of_service_selects_the_release_in_force() -> None:
    # QA0 arrives with the FY2026 April update (effective 2026-04-01); the
    # FY2025 April update is shipped, the FY2026 October release is not.
    before = codes.validate("icd10cm", "QA0", datetime.date(2025, 4, 1))
    gap = codes.validate("icd10cm", "QA0", datetime.date(2026, 3, 31))
    after = codes.validate("icd10cm", "QA0", datetime.date(2026, 4, 1))
    assert before.error_code == "CODE_NOT_YET_VALID"
    assert gap.error_code == "CODE_RELEASE_UNAVAILABLE"
    assert after.valid
    assert codes.validate("icd10cm", "QA0", "2026-04-01") == after
    # A datetime counts by its date.
    assert codes.validate("icd10cm", "QA0", datetime.datetime(2026, 4, 1, 9, 30)) == after


def test_bad_dates_are_rejected_not_ignored() -> None:
    with pytest.raises(ValueError):
        codes.validate("icd10cm", "E11.9", "2026-13-01")
    with pytest.raises(TypeError):
        codes.validate("icd10cm", "E11.9", 20260401)  # type: ignore[arg-type]


def test_systems_by_name_or_fhir_uri() -> None:
    assert codes.validate("http://hl7.org/fhir/sid/icd-10-cm", "E11.9").valid
    assert codes.validate_coding("http://loinc.org", "2345-7").valid
    assert codes.system_uri("icd10cm") == "http://hl7.org/fhir/sid/icd-10-cm"
    assert "ndc" in codes.systems() and len(codes.systems()) == 12


def test_unknown_system_raises_code_error_with_code() -> None:
    with pytest.raises(himcore.CodeError) as info:
        codes.validate("icd11", "X")
    assert info.value.code == "CODE_UNKNOWN_SYSTEM"
    with pytest.raises(himcore.CodeError) as info:
        codes.validate_coding("http://example.org/unknown", "X")
    assert info.value.code == "CODE_UNKNOWN_SYSTEM"


def test_check_digit_systems() -> None:
    assert codes.validate("npi", "1234567893").valid
    assert codes.validate("npi", "1234567890").error_code == "CODE_CHECK_DIGIT"
    assert codes.validate("ndc", "1234567890").error_code == "CODE_NDC_AMBIGUOUS"
    assert codes.is_valid("npi", "1234567893") is True
    assert codes.is_valid("npi", "1234567890") is False


def test_normalize_raises_for_malformed_codes() -> None:
    assert codes.normalize("icd10cm", "s72001a") == "S72.001A"
    with pytest.raises(himcore.CodeError) as info:
        codes.normalize("icd10cm", "!!")
    assert info.value.code == "CODE_INVALID_FORMAT"


def test_lookup_gives_hierarchy_and_notes() -> None:
    info = codes.lookup("icd10cm", "E11")
    assert info.code == "E11" and info.billable is False
    assert "E11.9" in info.children
    assert info.chapter is not None and info.block is not None
    assert info.release is not None
    d = info.to_dict()
    assert d["code"] == "E11" and d["children"] == info.children
    with pytest.raises(himcore.CodeError) as err:
        codes.lookup("icd10cm", "E11.99")
    assert err.value.code == "CODE_UNKNOWN"


def test_check_claim_reports_excludes1_and_duplicates() -> None:
    report = codes.check_claim(["E11.9", "E10.9", "E11.9"])
    assert report.clean is False
    found = {f.code for f in report.findings}
    assert {"CODE_EXCLUDES1_PAIR", "CODE_DUPLICATE"} <= found
    assert [c.normalized for c in report.codes] == ["E11.9", "E10.9", "E11.9"]
    assert codes.check_claim(["E11.9"]).clean
    many = codes.check_claim_many([["E11.9"], ["E11.9", "E10.9"]], parallel=True)
    assert [r.clean for r in many] == [True, False]
    assert report.to_dict()["findings"][0]["code"] in found


def test_validate_many_list_matches_single_calls_sequential_and_parallel() -> None:
    inputs = ["E11.9", "e11.9", "E11", "E11.99", "", "Z3A.01", "O9A.111"] * 50
    single = [codes.validate("icd10cm", c) for c in inputs]
    assert codes.validate_many("icd10cm", inputs) == single
    assert codes.validate_many("icd10cm", inputs, parallel=True) == single
    assert codes.validate_many("icd10cm", iter(inputs[:3])) == single[:3]
    assert codes.validate_many("icd10cm", []) == []


def test_validate_many_rejects_a_bare_string_and_non_strings() -> None:
    with pytest.raises(TypeError):
        codes.validate_many("icd10cm", "E11.9")
    with pytest.raises(TypeError):
        codes.validate_many("icd10cm", ["E11.9", 3])  # type: ignore[list-item]


def test_repr_and_dict_shape() -> None:
    r = codes.validate("icd10cm", "E11.99")
    assert repr(r).startswith("CodeValidation(system='icd10cm', code='E11.99', valid=False")
    assert "error_code='CODE_UNKNOWN'" in repr(r)
    d = r.to_dict()
    assert list(d) == ["system", "code", "normalized", "valid", "billable", "display", "error"]
    assert d["error"]["code"] == "CODE_UNKNOWN"


def test_code_error_pickles() -> None:
    with pytest.raises(himcore.CodeError) as info:
        codes.validate("nope", "x")
    copy = pickle.loads(pickle.dumps(info.value))
    assert type(copy) is himcore.CodeError and copy.code == "CODE_UNKNOWN_SYSTEM"
