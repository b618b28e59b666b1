//! De-identification (`himcore::deid`): HIPAA Safe Harbor for clinical free
//! text and FHIR records, with keyed pseudonyms, surrogates and date shifts.
//!
//! The rules (45 CFR 164.514(b)(2) Safe Harbor's 18 identifier categories,
//! 164.514(e) limited data set; keyed methods under Expert Determination,
//! 164.514(b)(1)) and the engines are the core's. The key is a native object
//! ([`DeidKey`]): its bytes are copied into Rust once, zeroised on drop, and
//! never come back out, not even in errors or `toString()`. Policies and
//! resources cross as JSON text; reports hold counts, never values.

use std::collections::HashMap;
use std::sync::Arc;

use himcore::deid;
use himcore::ErrorCode;

use crate::{HimCoreError, ItemError};

impl From<deid::DeidError> for HimCoreError {
    fn from(e: deid::DeidError) -> Self {
        // DeidError messages never contain key material or PHI values.
        HimCoreError::Deid {
            code: e.code().to_owned(),
            detail: e.to_string(),
        }
    }
}

/// A secret key for keyed methods (pseudonymize, encrypt, date shift,
/// surrogates). At least 16 bytes; surrounding ASCII whitespace is trimmed.
/// Never printed: there is no accessor for the bytes.
#[derive(uniffi::Object)]
pub struct DeidKey {
    inner: deid::DeidKey,
}

impl std::fmt::Debug for DeidKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DeidKey(<redacted>)")
    }
}

#[uniffi::export]
impl DeidKey {
    /// Builds a key from secret bytes (e.g. from the Android Keystore or the
    /// iOS Keychain). Throws `DEID_KEY_INVALID` when shorter than 16 bytes.
    #[uniffi::constructor]
    pub fn from_bytes(secret: Vec<u8>) -> Result<Arc<Self>, HimCoreError> {
        let inner = deid::DeidKey::from_bytes(&secret)?;
        // `secret` (the FFI copy) is dropped here; the key keeps its own
        // zeroised copy.
        Ok(Arc::new(Self { inner }))
    }

    /// The keyed pseudonym of a value (HMAC-SHA256): the same value and key
    /// always give the same pseudonym.
    pub fn pseudonym(&self, value: String) -> String {
        self.inner.pseudonym(&value)
    }
}

/// One PHI span found in text. `start`/`end` count Unicode scalar values
/// (the core's offsets, as in every binding's vectors; Swift:
/// `text.unicodeScalars`); `start_utf16`/`end_utf16` count UTF-16 code
/// units, which is what Kotlin/Java `String.substring` and Swift's
/// `text.utf16` / `NSRange` take.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct PhiSpan {
    /// First character (Unicode scalar value) of the span.
    pub start: u64,
    /// One past the last character.
    pub end: u64,
    /// First UTF-16 code unit of the span.
    pub start_utf16: u64,
    /// One past the last UTF-16 code unit.
    pub end_utf16: u64,
    /// What the span is: `NAME`, `DATE`, `AGE`, `PHONE`, `EMAIL`, `SSN`,
    /// `MRN`, ... (the Safe Harbor category).
    pub phi_type: String,
    /// Confidence in 0..=1 (rule strength, not a probability).
    pub confidence: f64,
}

/// The result of de-identifying one text.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct TextDeidResult {
    /// The de-identified text.
    pub text: String,
    /// The spans that were replaced (offsets into the input text).
    pub spans: Vec<PhiSpan>,
}

/// UTF-16 offsets of the spans' byte offsets in `text`, in one pass over
/// the text whatever the number of spans.
fn spans(text: &str, found: &[deid::PhiSpan]) -> Vec<PhiSpan> {
    let mut bounds: Vec<usize> = found
        .iter()
        .flat_map(|s| [s.start_byte, s.end_byte])
        .collect();
    bounds.sort_unstable();
    bounds.dedup();
    let mut utf16 = std::collections::HashMap::with_capacity(bounds.len());
    let mut units = 0u64;
    let mut next = bounds.iter().peekable();
    for (byte, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), '\0')))
    {
        while next.peek().is_some_and(|b| **b <= byte) {
            if let Some(b) = next.next() {
                utf16.insert(*b, units);
            }
        }
        units += c.len_utf16() as u64;
    }
    found
        .iter()
        .map(|s| PhiSpan {
            start: s.start as u64,
            end: s.end as u64,
            start_utf16: utf16.get(&s.start_byte).copied().unwrap_or_default(),
            end_utf16: utf16.get(&s.end_byte).copied().unwrap_or_default(),
            phi_type: s.phi_type.as_str().to_owned(),
            confidence: s.confidence,
        })
        .collect()
}

fn text_result(input: &str, r: deid::TextResult) -> TextDeidResult {
    TextDeidResult {
        spans: spans(input, &r.spans),
        text: r.text,
    }
}

fn text_policy(policy_json: Option<&str>) -> Result<deid::TextPolicy, HimCoreError> {
    match policy_json {
        None => Ok(deid::TextPolicy::default()),
        Some(p) => serde_json::from_str(p)
            .map_err(|e| deid::DeidError::PolicyInvalid(e.to_string()).into()),
    }
}

/// PHI detection and replacement in clinical notes. Build it once (it
/// compiles its dictionaries and patterns), then reuse it from any thread.
#[derive(uniffi::Object)]
pub struct TextDeidentifier {
    inner: Arc<deid::TextDeidentifier>,
}

impl std::fmt::Debug for TextDeidentifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TextDeidentifier")
    }
}

#[uniffi::export]
impl TextDeidentifier {
    /// Loads the embedded dictionaries. Throws `DEID_DICTIONARY_CORRUPT`
    /// only for a defective build.
    #[uniffi::constructor]
    pub fn new() -> Result<Arc<Self>, HimCoreError> {
        Ok(Arc::new(Self {
            inner: Arc::new(deid::TextDeidentifier::new()?),
        }))
    }

    /// Finds the PHI spans of a text without changing it.
    pub fn detect(&self, text: String) -> Vec<PhiSpan> {
        spans(&text, &self.inner.detect(&text))
    }

    /// [`Self::detect`] for many texts in one call, in order.
    pub fn detect_batch(&self, texts: Vec<String>) -> Vec<Vec<PhiSpan>> {
        self.inner
            .detect_batch(&texts)
            .iter()
            .zip(&texts)
            .map(|(found, text)| spans(text, found))
            .collect()
    }

    /// Detects and replaces PHI. `policy_json` is a text policy (`method`:
    /// `tag` (default), `redact` or `surrogate`; `keep_types`; `min_age`;
    /// `date_shift_max_days`); `null` is the default (tags, states kept).
    /// `key` is required for `surrogate` (`DEID_KEY_MISSING` otherwise);
    /// `scope` names the patient or document whose dates share one shift.
    #[uniffi::method(default(policy_json = None, key = None, scope = ""))]
    pub fn deidentify(
        &self,
        text: String,
        policy_json: Option<String>,
        key: Option<Arc<DeidKey>>,
        scope: String,
    ) -> Result<TextDeidResult, HimCoreError> {
        let policy = text_policy(policy_json.as_deref())?;
        let key = key.as_ref().map(|k| &k.inner);
        Ok(text_result(
            &text,
            self.inner.deidentify(&text, &policy, key, &scope)?,
        ))
    }

    /// [`Self::deidentify`] for many texts in one call; `scopes` has one
    /// entry per text (or is empty: every text its own empty scope).
    #[uniffi::method(default(policy_json = None, key = None))]
    pub fn deidentify_batch(
        &self,
        texts: Vec<String>,
        scopes: Vec<String>,
        policy_json: Option<String>,
        key: Option<Arc<DeidKey>>,
    ) -> Result<Vec<TextDeidResult>, HimCoreError> {
        let policy = text_policy(policy_json.as_deref())?;
        let key = key.as_ref().map(|k| &k.inner);
        let scopes = if scopes.is_empty() {
            vec![String::new(); texts.len()]
        } else {
            scopes
        };
        Ok(self
            .inner
            .deidentify_batch(&texts, &scopes, &policy, key)?
            .into_iter()
            .zip(&texts)
            .map(|(r, text)| text_result(text, r))
            .collect())
    }
}

/// An input left out of a batch.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DeidSkipped {
    /// Position in the input batch.
    pub index: u64,
    /// Its resourceType, when it had one.
    pub resource_type: Option<String>,
    /// The error code (`DEID_*`).
    pub code: String,
}

/// How often one policy rule applied.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DeidRuleCount {
    /// Rule index in the policy.
    pub rule: u64,
    /// Selector, written back (`path`/`type`/`resource`).
    pub selector: String,
    /// Method name.
    pub method: String,
    /// Elements it applied to.
    pub count: u64,
}

/// What a FHIR de-identification changed. Counts only, never values.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DeidReport {
    /// Policy name.
    pub policy: String,
    /// Top-level inputs (resources or Bundles).
    pub resources_in: u64,
    /// Outputs written.
    pub resources_out: u64,
    /// Inputs left out, with their error codes.
    pub skipped: Vec<DeidSkipped>,
    /// `stop` or `skip`.
    pub error_mode: String,
    /// Per rule, in policy order (rules that never applied included).
    pub rules: Vec<DeidRuleCount>,
    /// Leaves no rule matched, handled by the policy default.
    pub default_applied: u64,
    /// Per category: element datatype (`HumanName`, `date`...) or text span
    /// type (`text:NAME`).
    pub categories: HashMap<String, u64>,
}

/// One de-identified resource.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DeidResourceResult {
    /// The de-identified resource (or Bundle) as JSON.
    pub json: String,
    /// What was changed.
    pub report: DeidReport,
}

/// A de-identified batch.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DeidBatchResult {
    /// De-identified resources as JSON, in input order (skipped ones left out).
    pub resources_json: Vec<String>,
    /// What was done.
    pub report: DeidReport,
    /// The error that stopped the batch (when not skipping errors).
    pub error: Option<ItemError>,
}

fn report(r: deid::DeidReport) -> DeidReport {
    DeidReport {
        policy: r.policy,
        resources_in: r.resources_in as u64,
        resources_out: r.resources_out as u64,
        skipped: r
            .skipped
            .into_iter()
            .map(|s| DeidSkipped {
                index: s.index as u64,
                resource_type: s.resource_type,
                code: s.code,
            })
            .collect(),
        error_mode: r.error_mode,
        rules: r
            .rules
            .into_iter()
            .map(|c| DeidRuleCount {
                rule: c.rule as u64,
                selector: c.selector,
                method: c.method,
                count: c.count as u64,
            })
            .collect(),
        default_applied: r.default_applied as u64,
        categories: r
            .categories
            .into_iter()
            .map(|(k, v)| (k, v as u64))
            .collect(),
    }
}

fn json_value(text: &str) -> Result<serde_json::Value, HimCoreError> {
    serde_json::from_str(text)
        .map_err(|e| deid::DeidError::NotAResource(format!("invalid JSON: {e}")).into())
}

/// The names of the shipped policies (`safe-harbor`, `limited-data-set`,
/// `pseudonymized-research`).
#[uniffi::export]
pub fn deid_presets() -> Vec<String> {
    deid::PRESETS.iter().map(|p| (*p).to_owned()).collect()
}

/// A de-identification policy (rules as data) applied to FHIR resources.
#[derive(uniffi::Object)]
pub struct FhirDeidentifier {
    inner: deid::FhirDeidentifier,
}

impl std::fmt::Debug for FhirDeidentifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("FhirDeidentifier")
    }
}

#[uniffi::export]
impl FhirDeidentifier {
    /// A shipped policy by name. Throws `DEID_PRESET_UNKNOWN`, or
    /// `DEID_KEY_MISSING` when the policy has a keyed method and no key was
    /// given (there is never a default key). `reference_date`
    /// (`YYYY-MM-DD`) is the day ages and date generalisations are computed
    /// from (`null`: the policy's, else today); `text_engine` shares an
    /// already built [`TextDeidentifier`] (`null`: build one).
    #[uniffi::constructor(default(key = None, reference_date = None, text_engine = None))]
    pub fn from_preset(
        name: String,
        key: Option<Arc<DeidKey>>,
        reference_date: Option<String>,
        text_engine: Option<Arc<TextDeidentifier>>,
    ) -> Result<Arc<Self>, HimCoreError> {
        let policy = deid::DeidPolicy::preset(&name)?;
        Self::build(policy, key, reference_date, text_engine)
    }

    /// A policy given as JSON (`docs/deid.md`). Throws `DEID_POLICY_INVALID`
    /// or `DEID_KEY_MISSING`. Other arguments as for `from_preset`.
    #[uniffi::constructor(default(key = None, reference_date = None, text_engine = None))]
    pub fn from_policy_json(
        policy_json: String,
        key: Option<Arc<DeidKey>>,
        reference_date: Option<String>,
        text_engine: Option<Arc<TextDeidentifier>>,
    ) -> Result<Arc<Self>, HimCoreError> {
        let policy = deid::DeidPolicy::from_json(policy_json.as_bytes())?;
        Self::build(policy, key, reference_date, text_engine)
    }

    /// De-identifies one resource or Bundle (JSON). Throws
    /// `DEID_NOT_A_RESOURCE`, `DEID_METHOD_FAILED`, ...
    pub fn deidentify_resource(&self, json: String) -> Result<DeidResourceResult, HimCoreError> {
        let (v, r) = self.inner.deidentify_resource(json_value(&json)?)?;
        Ok(DeidResourceResult {
            json: v.to_string(),
            report: report(r),
        })
    }

    /// De-identifies many resources in one call. `skip_errors`: leave a
    /// failing input out and go on (it is listed in `report.skipped`);
    /// otherwise stop at the first failure (`error` set, its output withheld).
    /// Text that is not JSON counts as a failing input (`DEID_NOT_A_RESOURCE`).
    #[uniffi::method(default(skip_errors = false))]
    pub fn deidentify_batch(&self, jsons: Vec<String>, skip_errors: bool) -> DeidBatchResult {
        let values: Vec<serde_json::Value> = jsons
            .iter()
            .map(|t| serde_json::from_str(t).unwrap_or(serde_json::Value::Null))
            .collect();
        let mode = if skip_errors {
            deid::ErrorMode::Skip
        } else {
            deid::ErrorMode::Stop
        };
        let out = self.inner.deidentify_batch(values, mode);
        DeidBatchResult {
            resources_json: out.resources.iter().map(ToString::to_string).collect(),
            report: report(out.report),
            error: out.error.as_ref().map(ItemError::from_core),
        }
    }
}

impl FhirDeidentifier {
    fn build(
        mut policy: deid::DeidPolicy,
        key: Option<Arc<DeidKey>>,
        reference_date: Option<String>,
        text_engine: Option<Arc<TextDeidentifier>>,
    ) -> Result<Arc<Self>, HimCoreError> {
        if let Some(d) = reference_date {
            // Checked here so a bad date is INVALID_DATE like every other
            // date argument, not a policy error.
            crate::args::iso_date("reference_date", &d)?;
            policy.reference_date = Some(d);
        }
        let key = key.map(|k| k.inner.clone());
        let text = match text_engine {
            Some(t) => Arc::clone(&t.inner),
            None => deid::TextDeidentifier::shared()?,
        };
        Ok(Arc::new(Self {
            inner: deid::FhirDeidentifier::with_text_engine(policy, key, text)?,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_never_print_and_keyed_policies_need_one() {
        let key = DeidKey::from_bytes(b"sixteen bytes at least!".to_vec()).unwrap();
        assert_eq!(format!("{key:?}"), "DeidKey(<redacted>)");
        let missing =
            FhirDeidentifier::from_preset("pseudonymized-research".into(), None, None, None)
                .unwrap_err();
        assert_eq!(missing.code(), "DEID_KEY_MISSING");
    }

    #[test]
    fn utf16_offsets_follow_characters_outside_the_bmp() {
        let engine = TextDeidentifier::new().unwrap();
        let text = "\u{1F600}\u{1F600} Seen by Dr. Okonkwo on April 28, 2020.";
        let found = engine.detect(text.into());
        let name = found.iter().find(|s| s.phi_type == "NAME").unwrap();
        let units: Vec<u16> = text.encode_utf16().collect();
        let slice =
            String::from_utf16(&units[name.start_utf16 as usize..name.end_utf16 as usize]).unwrap();
        assert_eq!(slice, "Okonkwo");
        assert_eq!(name.start_utf16, name.start + 2);
    }

    #[test]
    fn bad_reference_date_is_an_argument_error() {
        let err =
            FhirDeidentifier::from_preset("safe-harbor".into(), None, Some("2025".into()), None)
                .unwrap_err();
        assert_eq!(err.code(), "INVALID_DATE");
    }
}
