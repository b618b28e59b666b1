"""Records retention: how long each record must be kept (``himcore::retention``).

Build a :class:`RetentionEngine` once from rule packs (``shipped_packs()``
lists those compiled in), then evaluate records (dicts) as of a date.
"""

from himcore._himcore import retention as _native

RetentionEngine = _native.RetentionEngine
RetentionDecision = _native.RetentionDecision
evaluate = _native.evaluate
shipped_packs = _native.shipped_packs

__all__ = ["RetentionEngine", "RetentionDecision", "evaluate", "shipped_packs"]
