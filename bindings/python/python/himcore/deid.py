"""HIPAA Safe Harbor de-identification (``himcore::deid``) of clinical free
text and FHIR resources, with keyed pseudonyms, surrogates and date shifts.

Keys are ``bytes``; they are handed to the core and never kept, shown or put
in a message. Build engines once and reuse them.
"""

from himcore._himcore import deid as _native

TextDeidentifier = _native.TextDeidentifier
FhirDeidentifier = _native.FhirDeidentifier
presets = _native.presets

__all__ = ["TextDeidentifier", "FhirDeidentifier", "presets"]
