//! FHIR R4 JSON validation and lossless parse/write (`himcore::model`).
//!
//! The rules (JSON types, cardinalities, required bindings, primitive
//! formats) are the core's, FHIR R4 §2.6.2 and §4.1; this module converts
//! the core's report into uniffi records and nothing else. Resources cross
//! the door as JSON text: that is what apps already hold (from a server or
//! a file), and it keeps the round trip lossless.

use std::sync::Arc;

use himcore::model;

use crate::HimCoreError;

/// How serious a [`FhirIssue`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum FhirSeverity {
    /// The resource is not valid FHIR R4.
    Error,
    /// Valid, but worth knowing (an unknown element kept as is, ...).
    Warning,
}

/// One validation problem in a resource.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct FhirIssue {
    /// Error or warning.
    pub severity: FhirSeverity,
    /// Stable machine code, e.g. `FHIR_INVALID_TYPE` (see `docs/errors.md`).
    pub code: String,
    /// FHIRPath-like location, e.g. `Patient.name[0].given[1]`.
    pub path: String,
    /// Human-readable explanation (branch on `code`, not on this).
    pub message: String,
}

/// The result of validating one resource: every problem, not only the first.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct FhirValidationReport {
    /// `resourceType`, when the input had one as a string.
    pub resource_type: Option<String>,
    /// `id`, when the input had one as a string.
    pub id: Option<String>,
    /// True when no issue has severity error.
    pub valid: bool,
    /// Every problem found, in document order.
    pub issues: Vec<FhirIssue>,
}

impl From<model::Severity> for FhirSeverity {
    fn from(s: model::Severity) -> Self {
        match s {
            model::Severity::Error => Self::Error,
            model::Severity::Warning => Self::Warning,
        }
    }
}

impl From<&model::Issue> for FhirIssue {
    fn from(i: &model::Issue) -> Self {
        Self {
            severity: i.severity.into(),
            code: i.code.to_owned(),
            path: i.path.clone(),
            message: i.message.clone(),
        }
    }
}

impl From<model::ValidationReport> for FhirValidationReport {
    fn from(r: model::ValidationReport) -> Self {
        Self {
            issues: r.issues.iter().map(FhirIssue::from).collect(),
            resource_type: r.resource_type,
            id: r.id,
            valid: r.valid,
        }
    }
}

impl From<model::FhirError> for HimCoreError {
    fn from(e: model::FhirError) -> Self {
        let issues = e
            .report()
            .map(|r| r.issues.iter().map(FhirIssue::from).collect())
            .unwrap_or_default();
        HimCoreError::Fhir {
            code: himcore::ErrorCode::code(&e).to_owned(),
            detail: e.to_string(),
            issues,
        }
    }
}

/// Validates one FHIR R4 resource given as JSON text. Never throws: text
/// that is not JSON gives a report with an issue `FHIR_INVALID_JSON`.
#[uniffi::export]
pub fn validate_resource(json: String) -> FhirValidationReport {
    model::validate_json(&json).into()
}

/// Validates many resources (one JSON text each) in one call, in order.
#[uniffi::export]
pub fn validate_resources(jsons: Vec<String>) -> Vec<FhirValidationReport> {
    let texts: Vec<&str> = jsons.iter().map(String::as_str).collect();
    model::validate_many(&texts)
        .into_iter()
        .map(FhirValidationReport::from)
        .collect()
}

/// Parses and writes back one resource as compact JSON: what the round trip
/// keeps (everything: unknown elements, decimal text, date precision,
/// primitive extensions). Throws `HimCoreException.Fhir` with
/// `FHIR_INVALID_JSON` or `FHIR_INVALID_RESOURCE` (whose `issues` lists
/// every problem).
#[uniffi::export]
pub fn normalize_resource(json: String) -> Result<String, HimCoreError> {
    Ok(model::normalize_json(&json)?)
}

/// A parsed, valid FHIR R4 resource. Immutable; safe to share across threads.
#[derive(Debug, uniffi::Object)]
pub struct FhirResource {
    inner: model::Resource,
}

#[uniffi::export]
impl FhirResource {
    /// Parses and strictly validates a resource; throws
    /// `HimCoreException.Fhir` (`FHIR_INVALID_JSON`, `FHIR_INVALID_RESOURCE`
    /// with every issue) when it is not valid.
    #[uniffi::constructor]
    pub fn parse(json: String) -> Result<Arc<Self>, HimCoreError> {
        Ok(Arc::new(Self {
            inner: model::Resource::from_json(&json)?,
        }))
    }

    /// `resourceType`, e.g. `Patient`.
    pub fn resource_type(&self) -> String {
        self.inner.resource_type().to_owned()
    }

    /// `id`, when present.
    pub fn id(&self) -> Option<String> {
        self.inner.id().map(str::to_owned)
    }

    /// The resource as compact JSON, exactly as it was read.
    pub fn to_json(&self) -> String {
        self.inner.to_json()
    }
}

/// One resource of a document validated by [`validate_document`].
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct FhirDocumentEntry {
    /// Where the resource is: empty for a single resource, `entry[2]` in a
    /// Bundle, `line 3` in NDJSON (`line 3 entry[0]` for a Bundle on a line).
    pub location: String,
    /// Its validation report.
    pub report: FhirValidationReport,
}

/// Validates a whole document the way `him fhir validate` reads a file: a
/// single resource, a Bundle (the Bundle itself, then each
/// `entry[i].resource`), or NDJSON (one resource per non-blank line). A line
/// that is not JSON gives an entry with `FHIR_INVALID_JSON`; nothing is
/// skipped.
#[uniffi::export]
pub fn validate_document(text: String) -> Vec<FhirDocumentEntry> {
    model::split_resources(&text)
        .iter()
        .map(|item| FhirDocumentEntry {
            location: item.location.clone(),
            report: model::validate_split_item(item).into(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_resource_error_carries_every_issue() {
        let err = FhirResource::parse(
            r#"{"resourceType":"Patient","active":"yes","gender":"mail"}"#.into(),
        )
        .unwrap_err();
        let HimCoreError::Fhir { code, issues, .. } = err else {
            panic!("not a FHIR error: {err:?}");
        };
        assert_eq!(code, "FHIR_INVALID_RESOURCE");
        assert_eq!(issues.len(), 2);
    }

    #[test]
    fn report_conversion_keeps_order_and_severity() {
        let text = r#"{"resourceType":"Patient","active":"yes","gender":"mail"}"#;
        let core = model::validate_json(text);
        let ours = validate_resource(text.into());
        assert_eq!(ours.valid, core.valid);
        let pairs: Vec<_> = core
            .issues
            .iter()
            .map(|i| (i.code.to_owned(), i.path.clone()))
            .collect();
        let got: Vec<_> = ours
            .issues
            .iter()
            .map(|i| (i.code.clone(), i.path.clone()))
            .collect();
        assert_eq!(got, pairs);
        assert!(ours
            .issues
            .iter()
            .all(|i| i.severity == FhirSeverity::Error));
    }
}
