"""The tamper-evident access and disclosure log (``himcore::audit``).

The core does no I/O: :meth:`AuditLog.append` returns the bytes to append to
your store; :func:`verify` reads a whole log's bytes and says what, if
anything, was changed, removed, inserted or reordered, and where.
"""

from himcore._himcore import audit as _native

AuditLog = _native.AuditLog
VerifyReport = _native.VerifyReport
verify = _native.verify
read_entries = _native.read_entries
accounting = _native.accounting
to_fhir_audit_event = _native.to_fhir_audit_event

__all__ = [
    "AuditLog",
    "VerifyReport",
    "verify",
    "read_entries",
    "accounting",
    "to_fhir_audit_event",
]
