"""HIPAA Safe Harbor de-identification (``himcore::deid``)."""

from typing import (
    Any,
    Dict,
    List,
    Literal,
    Mapping,
    Optional,
    Protocol,
    Sequence,
    Tuple,
    Union,
    final,
    overload,
)

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
_Json = Union[Mapping[str, Any], str, bytes]

@final
class TextDeidentifier:
    def __new__(cls) -> "TextDeidentifier": ...
    def detect(self, text: str) -> List[Dict[str, Any]]: ...
    def deidentify(
        self,
        text: str,
        *,
        policy: Optional[_Json] = None,
        key: Optional[bytes] = None,
        scope: str = "",
    ) -> Dict[str, Any]: ...
    @overload
    def deidentify_many(
        self,
        texts: _ArrowColumn,
        *,
        scopes: Union[Sequence[str], _ArrowColumn, None] = None,
        policy: Optional[_Json] = None,
        key: Optional[bytes] = None,
        parallel: bool = False,
    ) -> pyarrow.RecordBatch: ...
    @overload
    def deidentify_many(
        self,
        texts: Sequence[str],
        *,
        scopes: Union[Sequence[str], _ArrowColumn, None] = None,
        policy: Optional[_Json] = None,
        key: Optional[bytes] = None,
        parallel: bool = False,
    ) -> List[Dict[str, Any]]: ...

@final
class FhirDeidentifier:
    def __new__(
        cls,
        policy: Optional[_Json] = None,
        *,
        key: Optional[bytes] = None,
        reference_date: Optional[str] = None,
        text_engine: Optional[TextDeidentifier] = None,
    ) -> "FhirDeidentifier": ...
    def deidentify(self, resource: _Json) -> Tuple[Dict[str, Any], Dict[str, Any]]: ...
    def deidentify_many(
        self, resources: Sequence[_Json], *, errors: Literal["stop", "skip"] = "stop"
    ) -> Tuple[List[Dict[str, Any]], Dict[str, Any]]: ...

def presets() -> List[str]: ...

__all__ = ["TextDeidentifier", "FhirDeidentifier", "presets"]
