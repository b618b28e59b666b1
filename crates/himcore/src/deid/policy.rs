//! De-identification policies as data (JSON via serde).
//!
//! A policy is an ordered list of rules. Each rule has a selector (a path
//! such as `Patient.name` or `*.note.text`, and/or a datatype such as
//! `HumanName`, `Address`, `date`) and a method. For every element the first
//! matching rule applies ("earlier rules win"). `keep` on an object or array
//! keeps it and makes `keep` the default for its children, whose own matches
//! still apply; every other method acts on the whole element. An element no
//! rule matches gets the policy `default` (`redact` unless changed): unknown
//! elements are removed, so the policy fails closed.
//!
//! Schema: see `docs/deid.md` ("Policy schema").

use super::text::TextPolicy;
use super::DeidError;
use serde::{Deserialize, Serialize};

static SAFE_HARBOR: &str = include_str!("presets/safe-harbor.json");
static LIMITED_DATA_SET: &str = include_str!("presets/limited-data-set.json");
static PSEUDONYMIZED_RESEARCH: &str = include_str!("presets/pseudonymized-research.json");

/// Names of the shipped presets.
pub const PRESETS: [&str; 3] = ["safe-harbor", "limited-data-set", "pseudonymized-research"];

/// A whole policy.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeidPolicy {
    /// Policy name (reported).
    #[serde(default)]
    pub name: String,
    /// Ordered rules; the first match wins.
    pub rules: Vec<DeidRule>,
    /// Method for elements no rule matches (default: redact = remove).
    #[serde(default = "default_method")]
    pub default: DeidMethod,
    /// Settings for free text sent through the text engine (`method: text`).
    #[serde(default)]
    pub text: TextPolicy,
    /// Largest date shift in days for `date_shift` (default 365).
    #[serde(default = "default_shift")]
    pub date_shift_max_days: u32,
    /// Reference date (`YYYY-MM-DD`) for computing ages from birth dates in
    /// `generalize`; when absent, the caller's current date is used.
    #[serde(default)]
    pub reference_date: Option<String>,
}

fn default_method() -> DeidMethod {
    DeidMethod::Redact
}

fn default_shift() -> u32 {
    365
}

/// One rule: selector fields plus a method.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DeidRule {
    /// Which elements.
    #[serde(flatten)]
    pub selector: Selector,
    /// What to do with them.
    #[serde(flatten)]
    pub method: DeidMethod,
    /// Why (legal basis, e.g. "164.514(b)(2)(i)(A)"); reported, never applied.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<String>,
}

/// Element selector. All given fields must match; at least one is required.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Selector {
    /// Element path: `ResourceType.element.child`, `*` matches one segment
    /// (`*.identifier`, `Patient.*.period`). Array indexes are not written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Datatype: HumanName, Address, ContactPoint, Identifier, Reference,
    /// Attachment, Narrative, Annotation, Extension, Period, date (any
    /// date/dateTime/instant string), string, number, boolean.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub datatype: Option<String>,
    /// Restrict to one resource type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource: Option<String>,
}

/// A de-identification method.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "method", rename_all = "snake_case")]
pub enum DeidMethod {
    /// Leave as is (containers: children default to keep).
    Keep,
    /// Remove the element.
    Redact,
    /// Move dates by a keyed per-patient number of days (keeps precision).
    DateShift,
    /// Replace with HMAC-SHA256 pseudonyms; references `Type/id` are
    /// rewritten consistently with the target's pseudonymized id.
    Pseudonymize,
    /// AES-256-GCM encryption (reversible with the key).
    Encrypt,
    /// Replace with a fixed JSON value.
    Substitute {
        /// The replacement.
        value: serde_json::Value,
    },
    /// Coarsen: dates to the year, ZIP codes to ZIP3 (restricted -> 000),
    /// ages over 89 to 90, Address to state/country/ZIP3, birth dates of
    /// people over 89 removed.
    Generalize,
    /// Add keyed uniform noise in `[-range, +range]` (absolute, or a fraction
    /// of the value when `relative`), rounded to `decimals`.
    Perturb {
        /// Noise bound.
        range: f64,
        /// Bound is a fraction of the value.
        #[serde(default)]
        relative: bool,
        /// Decimal places kept (default 0).
        #[serde(default)]
        decimals: u32,
    },
    /// Free text through the text engine (narrative XHTML: text nodes only).
    Text,
}

impl DeidMethod {
    /// The method's name as written in policies.
    pub fn name(&self) -> &'static str {
        match self {
            DeidMethod::Keep => "keep",
            DeidMethod::Redact => "redact",
            DeidMethod::DateShift => "date_shift",
            DeidMethod::Pseudonymize => "pseudonymize",
            DeidMethod::Encrypt => "encrypt",
            DeidMethod::Substitute { .. } => "substitute",
            DeidMethod::Generalize => "generalize",
            DeidMethod::Perturb { .. } => "perturb",
            DeidMethod::Text => "text",
        }
    }

    /// Whether the method needs a key.
    pub fn needs_key(&self) -> bool {
        matches!(
            self,
            DeidMethod::DateShift
                | DeidMethod::Pseudonymize
                | DeidMethod::Encrypt
                | DeidMethod::Perturb { .. }
        )
    }
}

impl DeidPolicy {
    /// Parses a policy from JSON bytes and checks it.
    pub fn from_json(bytes: &[u8]) -> Result<Self, DeidError> {
        let raw: serde_json::Value =
            serde_json::from_slice(bytes).map_err(|e| DeidError::PolicyInvalid(e.to_string()))?;
        // Flattened rule fields cannot use serde's deny_unknown_fields, so a
        // misspelt key ("pth") is caught here instead of silently ignored.
        const RULE_KEYS: [&str; 9] = [
            "path", "type", "resource", "method", "basis", "value", "range", "relative", "decimals",
        ];
        if let Some(rules) = raw.get("rules").and_then(|r| r.as_array()) {
            for (i, r) in rules.iter().enumerate() {
                let obj = r
                    .as_object()
                    .ok_or_else(|| DeidError::PolicyInvalid(format!("rule {i}: not an object")))?;
                if let Some(k) = obj.keys().find(|k| !RULE_KEYS.contains(&k.as_str())) {
                    return Err(DeidError::PolicyInvalid(format!(
                        "rule {i}: unknown field `{k}`"
                    )));
                }
            }
        }
        let p: DeidPolicy =
            serde_json::from_value(raw).map_err(|e| DeidError::PolicyInvalid(e.to_string()))?;
        p.validate()?;
        Ok(p)
    }

    /// A shipped preset by name.
    pub fn preset(name: &str) -> Result<Self, DeidError> {
        let src = match name {
            "safe-harbor" => SAFE_HARBOR,
            "limited-data-set" => LIMITED_DATA_SET,
            "pseudonymized-research" => PSEUDONYMIZED_RESEARCH,
            other => return Err(DeidError::PresetUnknown(other.to_string())),
        };
        DeidPolicy::from_json(src.as_bytes())
    }

    /// Checks selectors and parameters.
    pub fn validate(&self) -> Result<(), DeidError> {
        for (i, r) in self.rules.iter().enumerate() {
            let s = &r.selector;
            if s.path.is_none() && s.datatype.is_none() && s.resource.is_none() {
                return Err(DeidError::PolicyInvalid(format!(
                    "rule {i}: needs at least one of path, type, resource"
                )));
            }
            if let Some(p) = &s.path {
                if p.is_empty() || p.split('.').any(str::is_empty) {
                    return Err(DeidError::PolicyInvalid(format!(
                        "rule {i}: bad path `{p}`"
                    )));
                }
            }
            if let Some(t) = &s.datatype {
                if !DATATYPES.contains(&t.as_str()) {
                    return Err(DeidError::PolicyInvalid(format!(
                        "rule {i}: unknown type `{t}` (known: {})",
                        DATATYPES.join(", ")
                    )));
                }
            }
            if let DeidMethod::Perturb { range, .. } = r.method {
                if !range.is_finite() || range < 0.0 {
                    return Err(DeidError::PolicyInvalid(format!(
                        "rule {i}: perturb range must be a non-negative number"
                    )));
                }
            }
        }
        if let Some(d) = &self.reference_date {
            if chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_err() {
                return Err(DeidError::PolicyInvalid(format!(
                    "reference_date `{d}` is not YYYY-MM-DD"
                )));
            }
        }
        Ok(())
    }

    /// Whether any rule (or the default, or the text settings) needs a key.
    pub fn needs_key(&self) -> Option<&'static str> {
        if let Some(r) = self.rules.iter().find(|r| r.method.needs_key()) {
            return Some(r.method.name());
        }
        if self.default.needs_key() {
            return Some(self.default.name());
        }
        let uses_text = self.rules.iter().any(|r| r.method == DeidMethod::Text);
        if uses_text && self.text.method == super::TextMethod::Surrogate {
            return Some("text surrogate");
        }
        None
    }
}

/// Datatypes a selector may name.
pub const DATATYPES: [&str; 14] = [
    "HumanName",
    "Address",
    "ContactPoint",
    "Identifier",
    "Reference",
    "Attachment",
    "Narrative",
    "Annotation",
    "Extension",
    "Period",
    "date",
    "string",
    "number",
    "boolean",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presets_parse_and_validate() {
        for p in PRESETS {
            DeidPolicy::preset(p).unwrap();
        }
        assert!(matches!(
            DeidPolicy::preset("nope"),
            Err(DeidError::PresetUnknown(_))
        ));
    }

    #[test]
    fn unknown_fields_and_types_are_rejected() {
        let bad = br#"{"rules":[{"type":"Nonsense","method":"keep"}]}"#;
        assert!(matches!(
            DeidPolicy::from_json(bad),
            Err(DeidError::PolicyInvalid(_))
        ));
        let bad = br#"{"rules":[{"path":"Patient.name","method":"zap"}]}"#;
        assert!(matches!(
            DeidPolicy::from_json(bad),
            Err(DeidError::PolicyInvalid(_))
        ));
        let bad = br#"{"rules":[{"method":"keep"}]}"#;
        assert!(matches!(
            DeidPolicy::from_json(bad),
            Err(DeidError::PolicyInvalid(_))
        ));
    }
}
