"""FHIR R4 validation and normalisation (``himcore::model``)."""

from typing import Any, Dict, List, Literal, Optional, Protocol, Sequence, Tuple, Union, final, overload

import pyarrow  # type: ignore[import-untyped, unused-ignore]

class _ArrowArray(Protocol):
    def __arrow_c_array__(self, requested_schema: Any = ...) -> Tuple[Any, Any]: ...

class _ArrowStream(Protocol):
    def __arrow_c_stream__(self, requested_schema: Any = ...) -> Any: ...

class _PandasSeries(Protocol):
    @property
    def dtype(self) -> Any: ...
    def to_numpy(self, *args: Any, **kwargs: Any) -> Any: ...

_ArrowColumn = Union[_ArrowArray, _ArrowStream, _PandasSeries]
_Resource = Union[Dict[str, Any], str, bytes]

@final
class Issue:
    """One validation problem."""

    @property
    def severity(self) -> str:
        """``"error"`` or ``"warning"``."""
    @property
    def code(self) -> str:
        """Stable machine code, e.g. ``FHIR_INVALID_TYPE``."""
    @property
    def path(self) -> str:
        """FHIRPath-like location, e.g. ``Patient.name[0].given[1]``."""
    @property
    def message(self) -> str:
        """Human-readable explanation (branch on ``code``, not on this)."""
    def __new__(cls, severity: str, code: str, path: str, message: str) -> "Issue": ...
    def to_dict(self) -> Dict[str, str]: ...
    def __eq__(self, other: object) -> bool: ...
    def __ne__(self, other: object) -> bool: ...
    def __reduce__(self) -> Any: ...

@final
class ValidationReport:
    """The result of validating one resource."""

    @property
    def resource_type(self) -> Optional[str]: ...
    @property
    def id(self) -> Optional[str]: ...
    @property
    def valid(self) -> bool: ...
    @property
    def issues(self) -> List[Issue]: ...
    @property
    def errors(self) -> List[Issue]: ...
    @property
    def location(self) -> Optional[str]: ...
    def to_dict(self) -> Dict[str, Any]: ...
    def raise_if_invalid(self) -> None: ...

def validate(resource: _Resource) -> ValidationReport: ...
@overload
def validate_many(
    resources: _ArrowColumn, *, parallel: bool = False
) -> pyarrow.RecordBatch: ...
@overload
def validate_many(
    resources: Sequence[_Resource], *, parallel: bool = False
) -> List[ValidationReport]: ...
def validate_document(
    text: Union[str, bytes], *, parallel: bool = False
) -> List[ValidationReport]: ...
@overload
def normalize(resource: Dict[str, Any]) -> Dict[str, Any]: ...
@overload
def normalize(resource: Union[str, bytes]) -> str: ...
def normalize_many(
    resources: Sequence[_Resource],
    *,
    parallel: bool = False,
    errors: Literal["raise", "return"] = "raise",
) -> List[Any]: ...

__all__ = [
    "Issue",
    "ValidationReport",
    "validate",
    "validate_many",
    "validate_document",
    "normalize",
    "normalize_many",
]
