"""FHIR R4 validation and normalisation (``himcore::model``).

Resources are ``dict`` or JSON ``str``/``bytes``. ``validate`` returns a
:class:`ValidationReport` whose ``issues`` each carry a ``path``
(``Patient.name[0].given[1]``), a stable ``code``, a ``severity`` and a
``message``; ``normalize`` round-trips a resource through the core and raises
:class:`himcore.FhirValidationError` when it is invalid.
"""

from himcore._himcore import fhir as _native

Issue = _native.Issue
ValidationReport = _native.ValidationReport
validate = _native.validate
validate_many = _native.validate_many
validate_document = _native.validate_document
normalize = _native.normalize
normalize_many = _native.normalize_many

__all__ = [
    "Issue",
    "ValidationReport",
    "validate",
    "validate_many",
    "validate_document",
    "normalize",
    "normalize_many",
]
