"""HL7 v2.x messages (``himcore::hl7v2``): parse, query by path, map to FHIR
R4, acknowledge. A malformed message raises :class:`himcore.Hl7Error`, whose
``segment`` and ``field`` say where."""

from himcore._himcore import hl7 as _native

Message = _native.Message
parse = _native.parse
query = _native.query
to_fhir = _native.to_fhir
to_fhir_many = _native.to_fhir_many
ack = _native.ack
split_messages = _native.split_messages

__all__ = ["Message", "parse", "query", "to_fhir", "to_fhir_many", "ack", "split_messages"]
