"""Code validation on the official code sets (``himcore::codes``).

Systems: ``icd10cm``, ``icd10pcs``, ``hcpcs``, ``cpt``, ``ndc``, ``loinc``,
``snomed``, ``npi``, ``dea``, ``mbi``, ``cvx``, ``nucc`` (or their FHIR system
URIs). An invalid code is an answer (``valid`` is False and ``error_code``
says why), not an exception.
"""

from himcore._himcore import codes as _native

CodeValidation = _native.CodeValidation
CodeInfo = _native.CodeInfo
ClaimReport = _native.ClaimReport
ClaimFinding = _native.ClaimFinding
validate = _native.validate
validate_coding = _native.validate_coding
is_valid = _native.is_valid
validate_many = _native.validate_many
normalize = _native.normalize
lookup = _native.lookup
check_claim = _native.check_claim
check_claim_many = _native.check_claim_many
systems = _native.systems
system_uri = _native.system_uri
releases = _native.releases

__all__ = [
    "CodeValidation",
    "CodeInfo",
    "ClaimReport",
    "ClaimFinding",
    "validate",
    "validate_coding",
    "is_valid",
    "validate_many",
    "normalize",
    "lookup",
    "check_claim",
    "check_claim_many",
    "systems",
    "system_uri",
    "releases",
]
