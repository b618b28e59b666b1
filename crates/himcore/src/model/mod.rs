//! FHIR R4 (4.0.1) resources in JSON: strict validation, lossless parse and
//! write.
//!
//! Rules implemented (FHIR R4 §2.6.2 JSON representation, §2.24 datatypes,
//! §4.1 terminology bindings): every element has the JSON type its FHIR type
//! requires, repeating elements are arrays and others are not, no `null`,
//! empty object or empty array, primitive formats (date, dateTime, instant,
//! time, id, code, uri, oid, uuid, base64Binary, integer ranges), minimum
//! cardinalities, choice elements given once, and required bindings whose
//! value set the spec enumerates. The element tables are generated from the
//! official StructureDefinitions of every R4 resource and datatype
//! (`crates/himcore/data/fhir_r4_defs.rs`, made by the `fhir_defs` generator
//! of `himcore-datagen`).
//!
//! Lossless: a [`Resource`] keeps the JSON object it was read from (with the
//! workspace's `serde_json` features `preserve_order` and
//! `arbitrary_precision`), so element order, decimal text (`1.50`), date
//! precision (`1974`, `1974-12`), `_element` primitive extensions and unknown
//! elements come back exactly as they were read.
//!
//! Validation never stops at the first problem: a [`ValidationReport`]
//! carries every [`Issue`] with its path (`Patient.name[0].given[1]`), a
//! stable code and a message.

mod datatypes;
mod defs;
mod json;
mod primitives;
mod validate;

pub use datatypes::{
    Address, Annotation, Attachment, CodeableConcept, Coding, ContactPoint, Extension, HumanName,
    Identifier, Meta, Narrative, Period, Quantity, Reference,
};
pub(crate) use json::{drop_iteratively, too_deep};
pub use primitives::{is_valid_time, DatePrecision, FhirDateTime};

use crate::ErrorCode;
use serde::Serialize;
use serde_json::{Map, Value};

/// How serious an [`Issue`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The resource is not valid FHIR R4.
    Error,
    /// Valid, but worth knowing (an unknown element kept as is, a dateTime
    /// without seconds).
    Warning,
}

/// One validation problem.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Issue {
    /// Error or warning.
    pub severity: Severity,
    /// Stable machine code, e.g. `FHIR_INVALID_TYPE` (see `docs/errors.md`).
    pub code: &'static str,
    /// FHIRPath-like location, e.g. `Patient.name[0].given[1]`.
    pub path: String,
    /// Human-readable explanation (may improve over time; branch on `code`).
    pub message: String,
}

/// The result of validating one resource.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ValidationReport {
    /// `resourceType`, when the input had one as a string.
    #[serde(rename = "resourceType")]
    pub resource_type: Option<String>,
    /// `id`, when the input had one as a string.
    pub id: Option<String>,
    /// True when there is no issue of severity error.
    pub valid: bool,
    /// Every problem found, in document order.
    pub issues: Vec<Issue>,
}

impl ValidationReport {
    /// Issues of severity error only.
    pub fn errors(&self) -> impl Iterator<Item = &Issue> {
        self.issues.iter().filter(|i| i.severity == Severity::Error)
    }
}

/// Errors of the FHIR model.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum FhirError {
    /// The input is not JSON.
    #[error("invalid JSON: {0}")]
    InvalidJson(String),
    /// The JSON is not a valid FHIR R4 resource; the report has every issue.
    #[error("invalid FHIR resource: {}", summary(.0))]
    Invalid(Box<ValidationReport>),
}

fn summary(r: &ValidationReport) -> String {
    let mut errors = r.errors();
    match errors.next() {
        Some(first) => {
            let more = errors.count();
            let tail = if more > 0 {
                format!(" (and {more} more)")
            } else {
                String::new()
            };
            format!("{} at {}: {}{tail}", first.code, first.path, first.message)
        }
        None => "no errors".to_string(),
    }
}

impl FhirError {
    /// The full validation report, for [`FhirError::Invalid`].
    pub fn report(&self) -> Option<&ValidationReport> {
        match self {
            FhirError::Invalid(r) => Some(r),
            FhirError::InvalidJson(_) => None,
        }
    }
}

impl ErrorCode for FhirError {
    fn code(&self) -> &'static str {
        match self {
            FhirError::InvalidJson(_) => "FHIR_INVALID_JSON",
            FhirError::Invalid(_) => "FHIR_INVALID_RESOURCE",
        }
    }
}

/// Validates one resource given as JSON text. Never fails: text that is not
/// JSON gives an issue with code `FHIR_INVALID_JSON`.
pub fn validate_json(text: &str) -> ValidationReport {
    match json::parse(text) {
        Ok(v) => validate_j(&v, false),
        Err(e) => invalid_json_report(&e),
    }
}

fn invalid_json_report(message: &str) -> ValidationReport {
    ValidationReport {
        resource_type: None,
        id: None,
        valid: false,
        issues: vec![Issue {
            severity: Severity::Error,
            code: "FHIR_INVALID_JSON",
            path: String::new(),
            message: message.to_string(),
        }],
    }
}

/// Validates one resource given as a JSON value.
pub fn validate_value(value: &Value) -> ValidationReport {
    validate_value_with(value, false)
}

fn validate_value_with(value: &Value, shallow_bundle: bool) -> ValidationReport {
    if json::too_deep(value) {
        return invalid_json_report("recursion limit exceeded: nested deeper than 128");
    }
    validate_j(&json::J::from_value(value), shallow_bundle)
}

fn validate_j(value: &json::J<'_>, shallow_bundle: bool) -> ValidationReport {
    let resource_type = value
        .get("resourceType")
        .and_then(json::J::as_str)
        .map(str::to_string);
    let id = value
        .get("id")
        .and_then(json::J::as_str)
        .map(str::to_string);
    let mut w = validate::Walker::new(resource_type.as_deref().unwrap_or(""), shallow_bundle);
    w.resource(value);
    let valid = !w.issues.iter().any(|i| i.severity == Severity::Error);
    ValidationReport {
        resource_type,
        id,
        valid,
        issues: w.issues,
    }
}

/// Validates many resources (one JSON text each) in one call: the batch entry
/// point for bindings.
pub fn validate_many(texts: &[&str]) -> Vec<ValidationReport> {
    texts.iter().map(|t| validate_json(t)).collect()
}

/// Parses and writes back one resource (compact JSON). Fails on invalid JSON
/// or an invalid resource; what it keeps is exactly what [`Resource`] keeps.
pub fn normalize_json(text: &str) -> Result<String, FhirError> {
    Resource::from_json(text).map(|r| r.to_json())
}

/// One resource found by [`split_resources`], borrowed from the input text.
#[derive(Clone, Debug, PartialEq)]
pub struct SplitItem<'a> {
    /// Where it came from: `line 3` (NDJSON), `entry[2]` or `line 3 entry[2]`
    /// (Bundle entries), or empty for a single document.
    pub location: String,
    /// True for a Bundle whose entries follow as separate items (it is
    /// validated without descending into their resources).
    pub bundle_shell: bool,
    node: Result<json::J<'a>, String>,
}

impl SplitItem<'_> {
    /// The JSON syntax error of this line or document, if it is not JSON.
    pub fn json_error(&self) -> Option<&str> {
        self.node.as_ref().err().map(String::as_str)
    }

    /// The item as a `serde_json::Value` (numbers keep their written digits).
    pub fn to_value(&self) -> Result<Value, FhirError> {
        match &self.node {
            Ok(j) => j.to_value().map_err(FhirError::InvalidJson),
            Err(e) => Err(FhirError::InvalidJson(e.clone())),
        }
    }
}

/// Splits input text into JSON documents: the whole text when it is one JSON
/// value, otherwise NDJSON (each non-blank line, with its `line N` location).
/// A byte-order mark is ignored.
pub fn split_documents(text: &str) -> Vec<(String, &str)> {
    let text = text.trim_start_matches('\u{feff}');
    if json::parse(text).is_ok() || text.trim().lines().count() <= 1 {
        return vec![(String::new(), text)];
    }
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| (format!("line {}", i + 1), l))
        .collect()
}

/// Splits input text into resources, so the CLI and the bindings agree: a
/// single resource gives one item; a Bundle gives the Bundle itself followed
/// by each `entry[i].resource`; NDJSON gives one item per non-blank line
/// (each of which may be a Bundle). Text that is not JSON gives an item whose
/// [`validate_split_item`] report is `FHIR_INVALID_JSON`.
pub fn split_resources(text: &str) -> Vec<SplitItem<'_>> {
    let mut out = Vec::new();
    for (location, doc) in split_documents(text) {
        match json::parse(doc) {
            Ok(j) => push_split(j, location, &mut out),
            Err(e) => out.push(SplitItem {
                location,
                bundle_shell: false,
                node: Err(e),
            }),
        }
    }
    out
}

fn push_split<'a>(v: json::J<'a>, location: String, out: &mut Vec<SplitItem<'a>>) {
    let is_bundle = v.get("resourceType").and_then(json::J::as_str) == Some("Bundle");
    if !is_bundle {
        out.push(SplitItem {
            location,
            bundle_shell: false,
            node: Ok(v),
        });
        return;
    }
    let entries: Vec<(usize, json::J<'a>)> = match v.get("entry") {
        Some(json::J::Arr(es)) => es
            .iter()
            .enumerate()
            .filter_map(|(i, e)| e.get("resource").map(|r| (i, r.clone())))
            .collect(),
        _ => Vec::new(),
    };
    let sep = if location.is_empty() { "" } else { " " };
    out.push(SplitItem {
        location: location.clone(),
        bundle_shell: true,
        node: Ok(v),
    });
    for (i, r) in entries {
        out.push(SplitItem {
            location: format!("{location}{sep}entry[{i}]"),
            bundle_shell: false,
            node: Ok(r),
        });
    }
}

/// Validates one [`SplitItem`]: a Bundle shell without its entries'
/// resources (they are items of their own), a syntax error as
/// `FHIR_INVALID_JSON`.
pub fn validate_split_item(item: &SplitItem<'_>) -> ValidationReport {
    match &item.node {
        Ok(j) => validate_j(j, item.bundle_shell),
        Err(e) => invalid_json_report(e),
    }
}

/// Validates a whole input (one resource, a Bundle, or NDJSON) in one call:
/// one report per resource, as `him fhir validate` prints them.
pub fn validate_document(text: &str) -> Vec<ValidationReport> {
    split_resources(text)
        .iter()
        .map(validate_split_item)
        .collect()
}

/// Normalizes many resources (one JSON text each) in one call.
pub fn normalize_many(texts: &[&str]) -> Vec<Result<String, FhirError>> {
    texts.iter().map(|t| normalize_json(t)).collect()
}

macro_rules! typed_resources {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {
        $(
            $(#[$doc])*
            ///
            /// Holds the validated JSON object whole (see the module docs).
            #[derive(Clone, Debug, PartialEq)]
            pub struct $name {
                json: Map<String, Value>,
            }

            impl $name {
                /// The resource's JSON object, exactly as read.
                pub fn json(&self) -> &Map<String, Value> {
                    &self.json
                }
                /// One element's JSON value.
                pub fn get(&self, element: &str) -> Option<&Value> {
                    self.json.get(element)
                }
                /// A primitive string element (code, id, uri, date...).
                pub fn get_str(&self, element: &str) -> Option<&str> {
                    self.json.get(element).and_then(Value::as_str)
                }
                /// `meta`, typed.
                pub fn meta(&self) -> Option<Meta> {
                    datatypes::read(self.json.get("meta"))
                }
                /// `identifier`, typed (empty when the type has none).
                pub fn identifiers(&self) -> Vec<Identifier> {
                    datatypes::read_all(self.json.get("identifier"))
                }
                /// A CodeableConcept element (e.g. `code`, `category`'s items via
                /// [`Self::codeable_concepts`]), typed.
                pub fn codeable_concept(&self, element: &str) -> Option<CodeableConcept> {
                    datatypes::read(self.json.get(element))
                }
                /// A repeating CodeableConcept element, typed.
                pub fn codeable_concepts(&self, element: &str) -> Vec<CodeableConcept> {
                    datatypes::read_all(self.json.get(element))
                }
                /// A Reference element (e.g. `subject`), typed.
                pub fn reference(&self, element: &str) -> Option<Reference> {
                    datatypes::read(self.json.get(element))
                }
            }
        )*

        /// A FHIR R4 resource: a typed variant for the resource types himcore
        /// works with, [`Resource::Other`] for every other type, kept whole.
        #[derive(Clone, Debug, PartialEq)]
        #[non_exhaustive]
        pub enum Resource {
            $(
                #[allow(missing_docs, reason = "the variant is named for its resource type")]
                $name($name),
            )*
            /// Any other R4 resource type, validated and kept whole.
            Other(GenericResource),
        }

        impl Resource {
            fn wrap(json: Map<String, Value>) -> Resource {
                match json.get("resourceType").and_then(Value::as_str).unwrap_or("") {
                    $(stringify!($name) => Resource::$name($name { json }),)*
                    _ => Resource::Other(GenericResource { json }),
                }
            }

            /// The resource's JSON object, exactly as read.
            pub fn json(&self) -> &Map<String, Value> {
                match self {
                    $(Resource::$name(r) => &r.json,)*
                    Resource::Other(r) => &r.json,
                }
            }
        }
    };
}

typed_resources!(
    /// FHIR R4 Patient.
    Patient,
    /// FHIR R4 Practitioner.
    Practitioner,
    /// FHIR R4 Organization.
    Organization,
    /// FHIR R4 Encounter.
    Encounter,
    /// FHIR R4 Condition.
    Condition,
    /// FHIR R4 Procedure.
    Procedure,
    /// FHIR R4 Observation.
    Observation,
    /// FHIR R4 MedicationRequest.
    MedicationRequest,
    /// FHIR R4 AllergyIntolerance.
    AllergyIntolerance,
    /// FHIR R4 DocumentReference.
    DocumentReference,
    /// FHIR R4 Consent.
    Consent,
    /// FHIR R4 Provenance.
    Provenance,
    /// FHIR R4 AuditEvent.
    AuditEvent,
    /// FHIR R4 Bundle.
    Bundle,
);

/// A resource of a type without a typed variant (e.g. `Medication`), kept whole.
#[derive(Clone, Debug, PartialEq)]
pub struct GenericResource {
    json: Map<String, Value>,
}

impl GenericResource {
    /// The resource's JSON object, exactly as read.
    pub fn json(&self) -> &Map<String, Value> {
        &self.json
    }
    /// One element's JSON value.
    pub fn get(&self, element: &str) -> Option<&Value> {
        self.json.get(element)
    }
    /// A primitive string element.
    pub fn get_str(&self, element: &str) -> Option<&str> {
        self.json.get(element).and_then(Value::as_str)
    }
}

impl Resource {
    /// Parses and strictly validates one resource. Fails with
    /// `FHIR_INVALID_JSON` or `FHIR_INVALID_RESOURCE` (whose
    /// [`FhirError::report`] lists every issue).
    pub fn from_json(text: &str) -> Result<Resource, FhirError> {
        // Validate from the borrowed tree first: invalid input never pays for
        // building the owned Value.
        let j = json::parse(text).map_err(FhirError::InvalidJson)?;
        let report = validate_j(&j, false);
        if !report.valid {
            return Err(FhirError::Invalid(Box::new(report)));
        }
        match serde_json::from_str::<Value>(text) {
            Ok(Value::Object(json)) => Ok(Resource::wrap(json)),
            Ok(_) => Err(FhirError::Invalid(Box::new(report))),
            Err(e) => Err(FhirError::InvalidJson(e.to_string())),
        }
    }

    /// Validates and wraps a JSON value.
    pub fn from_value(value: Value) -> Result<Resource, FhirError> {
        let report = validate_value(&value);
        if !report.valid {
            if json::too_deep(&value) {
                json::drop_iteratively(value);
            }
            return Err(FhirError::Invalid(Box::new(report)));
        }
        match value {
            Value::Object(json) => Ok(Resource::wrap(json)),
            // validate_value rejects non-objects; keep the error typed anyway.
            _ => Err(FhirError::Invalid(Box::new(report))),
        }
    }

    /// Writes the resource as compact JSON, exactly as it was read.
    pub fn to_json(&self) -> String {
        // Serialising a Map of Values cannot fail (all keys are strings).
        serde_json::to_string(self.json()).unwrap_or_default()
    }

    /// The resource as a JSON value.
    pub fn to_value(&self) -> Value {
        Value::Object(self.json().clone())
    }

    /// `resourceType`.
    pub fn resource_type(&self) -> &str {
        self.json()
            .get("resourceType")
            .and_then(Value::as_str)
            .unwrap_or("")
    }

    /// `id`, when present.
    pub fn id(&self) -> Option<&str> {
        self.json().get("id").and_then(Value::as_str)
    }
}

/// `Patient.gender` (required binding to administrative-gender).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AdministrativeGender {
    /// male
    Male,
    /// female
    Female,
    /// other
    Other,
    /// unknown
    Unknown,
}

impl Patient {
    /// `Patient.gender`.
    pub fn gender(&self) -> Option<AdministrativeGender> {
        match self.get_str("gender")? {
            "male" => Some(AdministrativeGender::Male),
            "female" => Some(AdministrativeGender::Female),
            "other" => Some(AdministrativeGender::Other),
            "unknown" => Some(AdministrativeGender::Unknown),
            _ => None,
        }
    }
    /// `Patient.birthDate` with its precision.
    pub fn birth_date(&self) -> Option<FhirDateTime> {
        FhirDateTime::parse_date(self.get_str("birthDate")?)
    }
    /// `Patient.active`.
    pub fn active(&self) -> Option<bool> {
        self.get("active").and_then(Value::as_bool)
    }
    /// `Patient.name`, typed.
    pub fn names(&self) -> Vec<HumanName> {
        datatypes::read_all(self.get("name"))
    }
    /// `Patient.telecom`, typed.
    pub fn telecom(&self) -> Vec<ContactPoint> {
        datatypes::read_all(self.get("telecom"))
    }
    /// `Patient.address`, typed.
    pub fn addresses(&self) -> Vec<Address> {
        datatypes::read_all(self.get("address"))
    }
}

impl Bundle {
    /// `Bundle.type`.
    pub fn bundle_type(&self) -> Option<&str> {
        self.get_str("type")
    }
    /// The entries' resources, typed (each was validated with the Bundle).
    pub fn resources(&self) -> Vec<Resource> {
        self.get("entry")
            .and_then(Value::as_array)
            .map(|es| {
                es.iter()
                    .filter_map(|e| e.get("resource").and_then(Value::as_object))
                    .map(|o| Resource::wrap(o.clone()))
                    .collect()
            })
            .unwrap_or_default()
    }
}

impl Observation {
    /// `Observation.status` (required).
    pub fn status(&self) -> Option<&str> {
        self.get_str("status")
    }
    /// `Observation.valueQuantity`, typed (decimal text kept).
    pub fn value_quantity(&self) -> Option<Quantity> {
        datatypes::read(self.get("valueQuantity"))
    }
}
