//! Structure-aware generation: builds JSON values shaped like FHIR resources
//! out of fuzzer bytes (via `arbitrary`), so the validator's deeper rules are
//! reached instead of the JSON syntax checks.

use arbitrary::{Result, Unstructured};
use serde_json::{Map, Number, Value};

/// Resource types: the typed variants of `himcore::model::Resource` and a
/// few others (kept whole as `Resource::Other`), plus an unknown one.
pub const RESOURCE_TYPES: &[&str] = &[
    "Patient",
    "Practitioner",
    "Organization",
    "Encounter",
    "Condition",
    "Procedure",
    "Observation",
    "MedicationRequest",
    "AllergyIntolerance",
    "DocumentReference",
    "Consent",
    "Provenance",
    "AuditEvent",
    "Bundle",
    "Medication",
    "Immunization",
    "DiagnosticReport",
    "NotAResource",
];

/// Element names seen across the R4 resources and datatypes (also in
/// `fuzz/dict/fhir.dict`), including choice elements and `_element`
/// primitive extensions.
pub const ELEMENTS: &[&str] = &[
    "id",
    "meta",
    "text",
    "status",
    "div",
    "extension",
    "modifierExtension",
    "url",
    "valueString",
    "valueCode",
    "valueBoolean",
    "valueInteger",
    "valueDecimal",
    "valueQuantity",
    "valueCodeableConcept",
    "valueDateTime",
    "valuePeriod",
    "identifier",
    "system",
    "value",
    "use",
    "type",
    "coding",
    "code",
    "display",
    "version",
    "userSelected",
    "name",
    "family",
    "given",
    "prefix",
    "suffix",
    "gender",
    "birthDate",
    "_birthDate",
    "deceasedBoolean",
    "deceasedDateTime",
    "active",
    "telecom",
    "address",
    "line",
    "city",
    "state",
    "postalCode",
    "country",
    "period",
    "start",
    "end",
    "subject",
    "reference",
    "patient",
    "encounter",
    "category",
    "clinicalStatus",
    "verificationStatus",
    "onsetDateTime",
    "onsetAge",
    "recordedDate",
    "effectiveDateTime",
    "effectivePeriod",
    "issued",
    "performer",
    "component",
    "unit",
    "interpretation",
    "referenceRange",
    "low",
    "high",
    "intent",
    "medicationCodeableConcept",
    "medicationReference",
    "authoredOn",
    "dosageInstruction",
    "criticality",
    "reaction",
    "manifestation",
    "content",
    "attachment",
    "contentType",
    "data",
    "size",
    "hash",
    "scope",
    "policyRule",
    "provision",
    "actor",
    "role",
    "action",
    "securityLabel",
    "purpose",
    "class",
    "dataPeriod",
    "decision",
    "target",
    "recorded",
    "agent",
    "who",
    "entity",
    "source",
    "outcome",
    "entry",
    "resource",
    "fullUrl",
    "request",
    "method",
    "timestamp",
    "total",
    "link",
    "relation",
    "resourceType",
    "contained",
    "_given",
    "_status",
    "language",
    "implicitRules",
    "lastUpdated",
    "profile",
    "security",
    "tag",
    "versionId",
    "occurrenceDateTime",
    "date",
];

/// Primitive texts worth trying in any string position: the formats the
/// validator checks (dates, instants, ids, codes, URIs, base64) and
/// required-binding codes.
pub const STRINGS: &[&str] = &[
    "",
    " ",
    "1974",
    "1974-12",
    "1974-12-25",
    "1974-13-45",
    "2015-02-29",
    "2016-02-29",
    "2025-06-01T09:30:00Z",
    "2025-06-01T09:30:00+01:00",
    "2025-06-01T09:30",
    "2025-06-01T24:00:00Z",
    "12:30:00",
    "25:00:00",
    "p1",
    "a-b.c",
    "a_b",
    "-1",
    "2147483648",
    "true",
    "male",
    "female",
    "other",
    "unknown",
    "final",
    "active",
    "inactive",
    "draft",
    "proposed",
    "rejected",
    "entered-in-error",
    "permit",
    "deny",
    "transaction",
    "collection",
    "document",
    "searchset",
    "batch",
    "http://loinc.org",
    "http://snomed.info/sct",
    "urn:oid:1.2.3",
    "urn:uuid:c757873d-ec9a-4326-a141-556f43239520",
    "Patient/p1",
    "#contained",
    "aGVsbG8=",
    "not base64!",
    "718-7",
    "E11.9",
    "F11.20",
    "<div xmlns=\"http://www.w3.org/1999/xhtml\">x</div>",
    "\u{0}",
    "\u{feff}",
    "-0",
    "1e999",
    "0.10",
];

/// Builds a JSON value of at most `depth` levels from `u`.
pub fn value(u: &mut Unstructured<'_>, depth: u32) -> Result<Value> {
    let kind = if depth == 0 {
        u.int_in_range(0..=5)?
    } else {
        u.int_in_range(0..=7)?
    };
    Ok(match kind {
        0 => Value::Null,
        1 => Value::Bool(u.arbitrary()?),
        2 => Value::Number(Number::from(u.arbitrary::<i64>()?)),
        3 => {
            // Decimal text kept as written (arbitrary_precision).
            let whole: i32 = u.arbitrary()?;
            let frac: u16 = u.arbitrary()?;
            let text = format!("{whole}.{frac:03}");
            serde_json::from_str::<Value>(&text).unwrap_or(Value::Null)
        }
        4 => Value::String(string(u)?),
        5 => Value::String(u.arbitrary::<String>()?),
        6 => {
            let n = u.int_in_range(0..=4)?;
            let mut items = Vec::with_capacity(n);
            for _ in 0..n {
                items.push(value(u, depth - 1)?);
            }
            Value::Array(items)
        }
        _ => Value::Object(object(u, depth - 1)?),
    })
}

/// A FHIR-ish string: usually one of [`STRINGS`].
pub fn string(u: &mut Unstructured<'_>) -> Result<String> {
    Ok(u.choose(STRINGS)?.to_string())
}

/// An element name: usually one of [`ELEMENTS`], sometimes anything.
pub fn element(u: &mut Unstructured<'_>) -> Result<String> {
    if u.ratio(9u8, 10u8)? {
        Ok(u.choose(ELEMENTS)?.to_string())
    } else {
        u.arbitrary()
    }
}

/// A JSON object of FHIR-ish members.
pub fn object(u: &mut Unstructured<'_>, depth: u32) -> Result<Map<String, Value>> {
    let n = u.int_in_range(0..=6)?;
    let mut m = Map::new();
    for _ in 0..n {
        let k = element(u)?;
        let v = value(u, depth)?;
        m.insert(k, v);
    }
    Ok(m)
}

/// A resource: `resourceType` from [`RESOURCE_TYPES`] first, then members.
pub fn resource(u: &mut Unstructured<'_>, depth: u32) -> Result<Value> {
    let rt = u.choose(RESOURCE_TYPES)?;
    let mut m = Map::new();
    m.insert("resourceType".into(), Value::String((*rt).into()));
    for (k, v) in object(u, depth)? {
        m.entry(k).or_insert(v);
    }
    // Sometimes one member nested around the 128-level limit the text
    // reader enforces: the Value path must enforce the same limit.
    if u.ratio(1u8, 16u8)? {
        let mut v = value(u, 1)?;
        for _ in 0..u.int_in_range(100..=140)? {
            v = if u.arbitrary()? {
                Value::Array(vec![v])
            } else {
                let mut o = Map::new();
                o.insert(element(u)?, v);
                Value::Object(o)
            };
        }
        m.insert(element(u)?, v);
    }
    Ok(Value::Object(m))
}
