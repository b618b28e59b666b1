from himcore import audit as audit
from himcore import codes as codes
from himcore import consent as consent
from himcore import deid as deid
from himcore import fhir as fhir
from himcore import hl7 as hl7
from himcore import retention as retention
from himcore import roi as roi
from himcore._errors import AuditError as AuditError
from himcore._errors import CodeError as CodeError
from himcore._errors import ConsentError as ConsentError
from himcore._errors import DeidError as DeidError
from himcore._errors import FhirError as FhirError
from himcore._errors import FhirValidationError as FhirValidationError
from himcore._errors import HimError as HimError
from himcore._errors import Hl7Error as Hl7Error
from himcore._errors import RetentionError as RetentionError
from himcore._errors import RoiError as RoiError

__version__: str
__all__ = [
    "__version__",
    "HimError",
    "CodeError",
    "FhirError",
    "FhirValidationError",
    "DeidError",
    "RetentionError",
    "ConsentError",
    "Hl7Error",
    "AuditError",
    "RoiError",
    "audit",
    "codes",
    "consent",
    "deid",
    "fhir",
    "hl7",
    "retention",
    "roi",
]
