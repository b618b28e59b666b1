"""himcore: the Health Information Management core, for Python.

Submodules mirror the Rust core: :mod:`himcore.codes` (code validation on the
official code sets), :mod:`himcore.fhir` (FHIR R4 validation and
normalisation), :mod:`himcore.deid` (de-identification),
:mod:`himcore.consent` (consent decisions),
:mod:`himcore.retention` (records retention), :mod:`himcore.hl7` (HL7 v2
messages), :mod:`himcore.audit` (tamper-evident log) and :mod:`himcore.roi`
(release of information). Every error is a :class:`HimError` with a stable
``.code``.
"""

from himcore._himcore import __version__
from himcore._errors import (
    AuditError,
    CodeError,
    ConsentError,
    DeidError,
    FhirError,
    FhirValidationError,
    HimError,
    Hl7Error,
    RetentionError,
    RoiError,
)

from himcore import audit, codes, consent, deid, fhir, hl7, retention, roi

__all__ = [
    "__version__",
    "HimError",
    "CodeError",
    "FhirError",
    "FhirValidationError",
    "DeidError",
    "RetentionError",
    "ConsentError",
    "Hl7Error",
    "AuditError",
    "RoiError",
    "audit",
    "codes",
    "consent",
    "deid",
    "fhir",
    "hl7",
    "retention",
    "roi",
]
