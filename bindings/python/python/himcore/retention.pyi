"""Records retention (``himcore::retention``)."""

import datetime
from typing import Any, Dict, List, Literal, Mapping, Optional, Sequence, Union, final

_Json = Union[Mapping[str, Any], str, bytes]
_Date = Union[datetime.date, str]

@final
class RetentionDecision:
    """A retention decision for one record."""

    @property
    def id(self) -> str: ...
    @property
    def as_of(self) -> datetime.date: ...
    @property
    def status(self) -> str: ...
    @property
    def retain_until(self) -> Union[datetime.date, str]: ...
    @property
    def governing_rule(self) -> Dict[str, Any]: ...
    @property
    def rules(self) -> List[Dict[str, Any]]: ...
    @property
    def holds(self) -> List[str]: ...
    @property
    def warnings(self) -> List[Dict[str, Any]]: ...
    def to_dict(self) -> Dict[str, Any]: ...

@final
class RetentionEngine:
    """Rule packs compiled once for many evaluations."""

    def __new__(
        cls,
        packs: Optional[Sequence[str]] = None,
        *,
        custom_packs: Optional[Sequence[_Json]] = None,
        default_jurisdiction: Optional[str] = None,
        default_record_type: Optional[str] = None,
    ) -> "RetentionEngine": ...
    @property
    def pack_names(self) -> List[str]: ...
    @property
    def record_types(self) -> List[str]: ...
    @property
    def jurisdictions(self) -> List[str]: ...
    def evaluate(self, record: _Json, as_of: _Date) -> RetentionDecision: ...
    def evaluate_many(
        self,
        records: Sequence[_Json],
        as_of: _Date,
        *,
        parallel: bool = False,
        errors: Literal["raise", "return"] = "raise",
    ) -> List[Any]: ...
    def status_counts(self, records: Sequence[_Json], as_of: _Date) -> Dict[str, int]: ...

def evaluate(record: _Json, as_of: _Date, packs: Sequence[str]) -> RetentionDecision: ...
def shipped_packs() -> List[str]: ...

__all__ = ["RetentionEngine", "RetentionDecision", "evaluate", "shipped_packs"]
