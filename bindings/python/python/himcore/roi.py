"""Release of information (``himcore::roi``): minimum necessary, consent and
policy, and the disclosure entry for the audit log."""

from himcore._himcore import roi as _native

Release = _native.Release
release = _native.release
release_and_record = _native.release_and_record

__all__ = ["Release", "release", "release_and_record"]
