"""Consent checks on FHIR Consent resources (``himcore::consent``)."""

from typing import Any, Dict, List, Literal, Mapping, NoReturn, Optional, Sequence, Union, final

_Json = Union[Mapping[str, Any], str, bytes]

@final
class ConsentDecision:
    """Permit or deny, with obligations and reasons."""

    @property
    def decision(self) -> str: ...
    @property
    def permitted(self) -> bool: ...
    @property
    def obligations(self) -> List[Dict[str, Any]]: ...
    @property
    def reasons(self) -> List[Dict[str, Any]]: ...
    def to_dict(self) -> Dict[str, Any]: ...
    def __bool__(self) -> NoReturn: ...

@final
class FilterResult:
    """A Bundle filtered to what may be released."""

    @property
    def bundle(self) -> Dict[str, Any]: ...
    @property
    def released(self) -> int: ...
    @property
    def withheld(self) -> List[Dict[str, Any]]: ...
    @property
    def obligations(self) -> List[Dict[str, Any]]: ...
    def to_dict(self) -> Dict[str, Any]: ...

@final
class ConsentEngine:
    """Consents and a policy compiled once for many decisions."""

    def __new__(
        cls, consents: Sequence[_Json], policy: Optional[_Json] = None
    ) -> "ConsentEngine": ...
    def decide(self, request: _Json) -> ConsentDecision: ...
    def decide_many(
        self,
        requests: Sequence[_Json],
        *,
        parallel: bool = False,
        errors: Literal["raise", "return"] = "raise",
    ) -> List[Any]: ...
    def filter_bundle(self, bundle: _Json, request: _Json) -> FilterResult: ...
    def __len__(self) -> int: ...

def check(
    consents: Sequence[_Json], request: _Json, policy: Optional[_Json] = None
) -> ConsentDecision: ...

__all__ = ["ConsentEngine", "ConsentDecision", "FilterResult", "check"]
