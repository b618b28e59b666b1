"""Consent checks on FHIR Consent resources (``himcore::consent``).

Build a :class:`ConsentEngine` once from consents and a policy, then decide
requests or filter Bundles. Anything the core cannot read is a
:class:`himcore.ConsentError`: consent fails closed.
"""

from himcore._himcore import consent as _native

ConsentEngine = _native.ConsentEngine
ConsentDecision = _native.ConsentDecision
FilterResult = _native.FilterResult
check = _native.check

__all__ = ["ConsentEngine", "ConsentDecision", "FilterResult", "check"]
