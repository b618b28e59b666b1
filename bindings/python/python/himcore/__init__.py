"""himcore: the Health Information Management core, for Python.

Submodules mirror the Rust core: :mod:`himcore.codes` (code validation on the
official code sets) and :mod:`himcore.fhir` (FHIR R4 validation and
normalisation). Every error is a :class:`HimError` with a stable ``.code``.
"""

from himcore._himcore import __version__
from himcore._errors import CodeError, FhirError, FhirValidationError, HimError

from himcore import codes, fhir

__all__ = [
    "__version__",
    "HimError",
    "CodeError",
    "FhirError",
    "FhirValidationError",
    "codes",
    "fhir",
]
