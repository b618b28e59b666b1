"""The tamper-evident access and disclosure log (``himcore::audit``)."""

import datetime
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple, Union, final

_Json = Union[Mapping[str, Any], str, bytes]
_Key = Union[bytes, str]

@final
class VerifyReport:
    @property
    def ok(self) -> bool: ...
    @property
    def mode(self) -> str: ...
    @property
    def last_seq(self) -> int: ...
    @property
    def last_hash(self) -> Optional[str]: ...
    @property
    def unprotected_tail(self) -> int: ...
    @property
    def valid_len(self) -> int: ...
    @property
    def problems(self) -> List[Dict[str, Any]]: ...
    def to_dict(self) -> Dict[str, Any]: ...

@final
class AuditLog:
    def __new__(
        cls, key: _Key, *, signing_key: Optional[bytes] = None, checkpoint_every: Optional[int] = None
    ) -> "AuditLog": ...
    @staticmethod
    def resume(
        log: Union[bytes, str], key: _Key, *, signing_key: Optional[bytes] = None
    ) -> Tuple["AuditLog", Dict[str, Any]]: ...
    @property
    def next_seq(self) -> int: ...
    def append(self, entry: _Json) -> Tuple[bytes, Dict[str, Any]]: ...
    def checkpoint(self, time: str) -> Tuple[bytes, Dict[str, Any]]: ...

def verify(
    log: Union[bytes, str], key: Optional[_Key] = None, trusted: Optional[Sequence[str]] = None
) -> VerifyReport: ...
def read_entries(log: Union[bytes, str], key: _Key) -> List[Tuple[int, Dict[str, Any]]]: ...
def accounting(
    log: Union[bytes, str], key: _Key, patient: str, as_of: Union[datetime.date, str]
) -> Dict[str, Any]: ...
def to_fhir_audit_event(entry: _Json, seq: int) -> Dict[str, Any]: ...

__all__ = [
    "AuditLog",
    "VerifyReport",
    "verify",
    "read_entries",
    "accounting",
    "to_fhir_audit_event",
]
