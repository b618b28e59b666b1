"""The exception hierarchy of himcore.

Every error raised by himcore is a :class:`HimError`; ``err.code`` is the
core's stable machine code (``CODE_UNKNOWN``, ``FHIR_INVALID_JSON``, ...), the
same string the Rust core, the CLI and the other bindings report. Branch on
``err.code``, never on the message, which may improve over time.

The classes are plain Python so that they pickle (Spark and multiprocessing
send exceptions between processes).
"""

from __future__ import annotations

# `typing` costs more to import than the rest of himcore: only type
# checkers need these names (annotations are not evaluated at run time).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Iterable, List


class HimError(Exception):
    """Base class of every himcore error; ``code`` is the stable machine code."""

    code: str
    message: str

    def __init__(self, message: str, code: str = "HIM_ERROR") -> None:
        super().__init__(message, code)
        self.message = message
        self.code = code

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class CodeError(HimError):
    """A code-system error (``CODE_*``): unknown system, bad claim input, ..."""


class FhirError(HimError):
    """A FHIR error (``FHIR_*``): input that is not a FHIR resource at all."""


class FhirValidationError(FhirError):
    """A FHIR resource that failed validation, with every problem found.

    ``issues`` holds :class:`himcore.fhir.Issue` objects, each with its
    ``path`` (``Patient.name[0].given[1]``), ``code``, ``severity`` and
    ``message``.
    """

    issues: List[Any]

    def __init__(
        self, message: str, code: str = "FHIR_INVALID_RESOURCE", issues: Iterable[Any] = ()
    ) -> None:
        super().__init__(message, code)
        self.issues = list(issues)

    def __reduce__(self) -> Any:
        return (type(self), (self.message, self.code, self.issues))


class DeidError(HimError):
    """A de-identification error (``DEID_*``): a missing or invalid key, an
    invalid policy, input that is not a resource. Fails closed: nothing is
    released half de-identified. Keys never appear in messages."""


class RetentionError(HimError):
    """A retention error (``RETENTION_*``): unknown jurisdiction, record type or
    pack, no applicable rule, an invalid record or pack."""


class ConsentError(HimError):
    """A consent error (``CONSENT_*``): an unusable consent, policy or request.
    Consent fails closed: nothing the core cannot read is ever ignored."""


class Hl7Error(HimError):
    """An HL7 v2 error (``HL7_*``); ``segment`` and ``field`` (1-based, or
    None) say where in the message."""

    segment: "int | None"
    field: "int | None"

    def __init__(
        self,
        message: str,
        code: str = "HL7_ERROR",
        segment: "int | None" = None,
        field: "int | None" = None,
    ) -> None:
        super().__init__(message, code)
        self.segment = segment
        self.field = field

    def __reduce__(self) -> "Any":
        return (type(self), (self.message, self.code, self.segment, self.field))


class AuditError(HimError):
    """An audit-log error (``AUDIT_*``): a bad key or entry, a log that does
    not verify (``AUDIT_TAMPERED``). Keys never appear in messages."""


class RoiError(HimError):
    """A release-of-information error (``ROI_*``), e.g. a request that names
    nothing (minimum necessary). Consent and audit problems met during a
    release keep their own classes and codes."""


# Shown and pickled as `himcore.X`, the public name.
for _cls in (
    HimError,
    CodeError,
    FhirError,
    FhirValidationError,
    DeidError,
    RetentionError,
    ConsentError,
    Hl7Error,
    AuditError,
    RoiError,
):
    _cls.__module__ = "himcore"
del _cls

__all__ = [
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
]
