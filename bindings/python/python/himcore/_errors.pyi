from typing import Any, Iterable, List, Optional

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

class DeidError(HimError): ...
class RetentionError(HimError): ...
class ConsentError(HimError): ...
class Hl7Error(HimError):
    segment: Optional[int]
    field: Optional[int]
    def __init__(
        self,
        message: str,
        code: str = "HL7_ERROR",
        segment: Optional[int] = None,
        field: Optional[int] = None,
    ) -> None: ...

class AuditError(HimError): ...
class RoiError(HimError): ...

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
