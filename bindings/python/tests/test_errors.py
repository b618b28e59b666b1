"""The exception hierarchy: every error is a HimError carrying the core's code."""

from __future__ import annotations

import pickle

import pytest

import himcore
from himcore import fhir


def test_area_errors_subclass_him_error() -> None:
    assert issubclass(himcore.HimError, Exception)
    assert issubclass(himcore.CodeError, himcore.HimError)
    assert issubclass(himcore.FhirError, himcore.HimError)
    assert issubclass(himcore.FhirValidationError, himcore.FhirError)


def test_invalid_resource_raises_validation_error_with_every_issue_and_path() -> None:
    with pytest.raises(himcore.FhirValidationError) as info:
        fhir.normalize({"resourceType": "Patient", "gender": "mail", "active": "yes"})
    err = info.value
    assert err.code == "FHIR_INVALID_RESOURCE"
    assert [(i.code, i.path) for i in err.issues] == [
        ("FHIR_CODE_NOT_IN_VALUESET", "Patient.gender"),
        ("FHIR_INVALID_TYPE", "Patient.active"),
    ]
    assert "FHIR_INVALID_RESOURCE" in str(err)


def test_text_that_is_not_json_raises_fhir_error_with_its_code() -> None:
    with pytest.raises(himcore.FhirError) as info:
        fhir.normalize("{not json")
    assert info.value.code == "FHIR_INVALID_JSON"
    assert not isinstance(info.value, himcore.FhirValidationError)


def test_errors_survive_pickling_with_code_and_issues() -> None:
    # Spark and multiprocessing ship exceptions between processes.
    report = fhir.validate({"resourceType": "Patient", "gender": "mail"})
    with pytest.raises(himcore.FhirValidationError) as info:
        report.raise_if_invalid()
    copy = pickle.loads(pickle.dumps(info.value))
    assert type(copy) is himcore.FhirValidationError
    assert copy.code == info.value.code
    assert copy.issues == info.value.issues
    assert str(copy) == str(info.value)


def test_error_classes_are_public_under_himcore() -> None:
    assert himcore.HimError.__module__ == "himcore"
    assert repr(himcore.CodeError("m", "CODE_X")).startswith("CodeError(")


@pytest.mark.parametrize(
    "call",
    [
        lambda: fhir.validate(object()),
        lambda: fhir.validate_many("{}"),
        lambda: fhir.validate_many([{"resourceType": "Patient"}, object()]),
        lambda: fhir.validate_many(3),
        lambda: fhir.normalize(object()),
        lambda: fhir.validate_document(3),
    ],
)
def test_wrong_argument_types_raise_type_error(call: object) -> None:
    with pytest.raises(TypeError):
        call()  # type: ignore[operator]


def test_nan_in_a_resource_dict_is_a_value_error_not_silent() -> None:
    with pytest.raises(ValueError):
        fhir.validate({"resourceType": "Observation", "valueQuantity": {"value": float("nan")}})
