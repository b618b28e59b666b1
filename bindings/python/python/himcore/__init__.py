"""himcore: the Health Information Management core, for Python.

Submodules mirror the Rust core: :mod:`himcore.codes` (code validation on the
official code sets), :mod:`himcore.fhir` (FHIR R4 validation and
normalisation), :mod:`himcore.consent` (consent decisions) and
:mod:`himcore.retention` (records retention). Every error is a
:class:`HimError` with a stable ``.code``.
"""

from himcore._himcore import __version__
from himcore._errors import (
    CodeError,
    ConsentError,
    FhirError,
    FhirValidationError,
    HimError,
    RetentionError,
)

from himcore import codes, consent, fhir, retention

__all__ = [
    "__version__",
    "HimError",
    "CodeError",
    "FhirError",
    "FhirValidationError",
    "RetentionError",
    "ConsentError",
    "codes",
    "consent",
    "fhir",
    "retention",
]
