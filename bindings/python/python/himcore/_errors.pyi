from typing import Any, Iterable, List

class HimError(Exception):
    code: str
    message: str
    def __init__(self, message: str, code: str = "HIM_ERROR") -> None: ...

class CodeError(HimError): ...
class FhirError(HimError): ...

class FhirValidationError(FhirError):
    issues: List[Any]
    def __init__(
        self, message: str, code: str = "FHIR_INVALID_RESOURCE", issues: Iterable[Any] = ()
    ) -> None: ...

class RetentionError(HimError): ...
class ConsentError(HimError): ...
class AuditError(HimError): ...
class RoiError(HimError): ...

__all__ = [
    "HimError",
    "CodeError",
    "FhirError",
    "FhirValidationError",
    "RetentionError",
    "ConsentError",
    "AuditError",
    "RoiError",
]
