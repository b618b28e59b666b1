"""HIPAA Safe Harbor de-identification (``himcore::deid``)."""

from typing import Any, Dict, List, Literal, Mapping, Optional, Sequence, Tuple, Union, final

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
    def deidentify_many(
        self,
        texts: Sequence[str],
        *,
        scopes: Optional[Sequence[str]] = None,
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
