"""himcore.fhir: validation reports, batches, documents and normalisation."""

from __future__ import annotations

import json
from pathlib import Path

import himcore
from himcore import fhir

BAD_PATIENT = {
    "resourceType": "Patient",
    "id": "p1",
    "gender": "mail",
    "active": "yes",
    "birthDate": "1974-13-45",
}


def test_validate_reports_every_problem_with_code_and_path() -> None:
    report = fhir.validate(BAD_PATIENT)
    assert report.valid is False
    assert report.resource_type == "Patient"
    assert report.id == "p1"
    assert [(i.severity, i.code, i.path) for i in report.issues] == [
        ("error", "FHIR_CODE_NOT_IN_VALUESET", "Patient.gender"),
        ("error", "FHIR_INVALID_TYPE", "Patient.active"),
        ("error", "FHIR_INVALID_VALUE", "Patient.birthDate"),
    ]
    assert all(i.message for i in report.issues)
    assert report.errors == report.issues


def test_dict_str_and_bytes_give_the_same_report() -> None:
    text = json.dumps(BAD_PATIENT)
    a = fhir.validate(BAD_PATIENT).to_dict()
    assert fhir.validate(text).to_dict() == a
    assert fhir.validate(text.encode()).to_dict() == a


def test_report_to_dict_has_the_cli_json_shape() -> None:
    d = fhir.validate({"resourceType": "Patient", "gender": "mail"}).to_dict()
    assert list(d) == ["resourceType", "id", "valid", "issues"]
    assert list(d["issues"][0]) == ["severity", "code", "path", "message"]


def test_repr_is_informative() -> None:
    report = fhir.validate(BAD_PATIENT)
    assert repr(report) == (
        "ValidationReport(resource_type='Patient', id='p1', valid=False, errors=3, warnings=0)"
    )
    assert repr(report.issues[0]).startswith(
        "Issue(severity='error', code='FHIR_CODE_NOT_IN_VALUESET', path='Patient.gender'"
    )


def test_warnings_do_not_make_a_resource_invalid() -> None:
    report = fhir.validate({"resourceType": "Patient", "favouriteColour": "blue"})
    assert report.valid
    assert [i.severity for i in report.issues] == ["warning"]
    assert report.errors == []
    report.raise_if_invalid()


def test_validate_many_matches_one_by_one_sequential_and_parallel() -> None:
    resources = [BAD_PATIENT, {"resourceType": "Patient"}, "not json", "[]"] * 25
    one_by_one = [fhir.validate(r).to_dict() for r in resources]
    assert [r.to_dict() for r in fhir.validate_many(resources)] == one_by_one
    assert [r.to_dict() for r in fhir.validate_many(resources, parallel=True)] == one_by_one
    assert fhir.validate_many([]) == []


def test_validate_document_reads_bundles_and_ndjson_like_the_cli(examples: Path) -> None:
    bundle = (examples / "bundle.json").read_text()
    reports = fhir.validate_document(bundle)
    assert reports[0].resource_type == "Bundle"
    assert reports[0].location == ""
    assert [r.location for r in reports[1:4]] == ["entry[0]", "entry[1]", "entry[2]"]
    assert all(r.valid for r in reports)

    ndjson = (examples / "invalid.ndjson").read_text()
    reports = fhir.validate_document(ndjson, parallel=True)
    assert reports[0].location == "line 1"
    assert not all(r.valid for r in reports)
    assert fhir.validate(BAD_PATIENT).location is None


def test_normalize_keeps_decimals_and_unknown_elements_as_written() -> None:
    text = (
        '{"resourceType":"Observation","status":"final","code":{"text":"x"},'
        '"valueQuantity":{"value":1.50},"_status":{"extension":[{"url":"u","valueString":"s"}]},'
        '"zzUnknown":1}'
    )
    out = fhir.normalize(text)
    assert isinstance(out, str)
    assert json.loads(out) == json.loads(text)
    assert '"value":1.50' in out


def test_normalize_returns_a_dict_for_a_dict() -> None:
    patient = {"resourceType": "Patient", "id": "x", "birthDate": "1974"}
    out = fhir.normalize(patient)
    assert out == patient
    assert out is not patient


def test_version_is_exposed() -> None:
    assert himcore.__version__.count(".") == 2


def test_normalize_many_keeps_input_kinds_and_places_errors() -> None:
    good = {"resourceType": "Patient", "id": "a"}
    text = '{"resourceType":"Observation","status":"final","code":{"text":"x"},"valueQuantity":{"value":1.50}}'
    bad = {"resourceType": "Patient", "gender": "mail"}
    out = fhir.normalize_many([good, text], parallel=True)
    assert out[0] == good and isinstance(out[1], str) and '"value":1.50' in out[1]
    try:
        fhir.normalize_many([good, bad])
    except himcore.FhirValidationError as err:
        assert err.message.startswith("resources[1]: ")
        assert err.issues[0].path == "Patient.gender"
    else:
        raise AssertionError("an invalid resource must raise")
    placed = fhir.normalize_many([good, bad, "{"], errors="return")
    assert isinstance(placed[1], himcore.FhirValidationError)
    assert isinstance(placed[2], himcore.FhirError) and placed[2].code == "FHIR_INVALID_JSON"
