from himcore import codes as codes
from himcore import fhir as fhir
from himcore._errors import CodeError as CodeError
from himcore._errors import FhirError as FhirError
from himcore._errors import FhirValidationError as FhirValidationError
from himcore._errors import HimError as HimError

__version__: str
__all__ = [
    "__version__",
    "HimError",
    "CodeError",
    "FhirError",
    "FhirValidationError",
    "codes",
    "fhir",
]
