//! The policy around the consents: what happens when no consent applies
//! (opt-in or opt-out, per jurisdiction; deny when none is set), which
//! sensitive categories need explicit consent and their stated exceptions,
//! how several consents combine, and break-the-glass.

use super::labels::category_of_label;
use super::purpose;
use super::ConsentError;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The base policy where no consent applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BasePolicy {
    /// Sharing needs the patient's consent: no consent, deny.
    OptIn,
    /// Sharing is allowed unless the patient opted out: no consent, permit
    /// (sensitive categories still need explicit consent).
    OptOut,
}

/// How the decisions of several applicable consents combine.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Combining {
    /// Any deny wins (the default).
    #[default]
    DenyOverrides,
    /// Any permit wins.
    PermitOverrides,
    /// The most recently dated consent wins; ties fall back to deny-overrides.
    MostRecent,
}

/// Something the recipient or the system must do when a permit is acted on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Obligation {
    /// Code, e.g. v3 ObligationPolicy `AUDIT`, `NORDSCLCD`, or `NOTIFY`.
    pub code: String,
    /// Code system (omitted for himcore's own codes such as `NOTIFY`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system: Option<String>,
    /// Why the obligation attaches.
    pub why: String,
}

/// A stated exception to the explicit-consent rule for a sensitive category.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SensitiveException {
    /// The category label, e.g. `SUD`.
    pub category: String,
    /// Purposes (and their descendants) for which the exception holds.
    pub purposes: Vec<String>,
    /// The legal basis, e.g. `42 CFR 2.51 (medical emergencies)`.
    pub basis: String,
}

/// Break-the-glass: emergency access that is permitted but carries obligations.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BreakGlass {
    /// Purposes that count as breaking the glass (descendants included).
    #[serde(default = "default_btg_purposes")]
    pub purposes: Vec<String>,
    /// Whether breaking the glass overrides a deny (consent or policy).
    #[serde(default = "default_true")]
    pub overrides_deny: bool,
    /// Obligations every break-the-glass permit carries.
    #[serde(default = "default_btg_obligations")]
    pub obligations: Vec<Obligation>,
}

impl Default for BreakGlass {
    fn default() -> Self {
        BreakGlass {
            purposes: default_btg_purposes(),
            overrides_deny: true,
            obligations: default_btg_obligations(),
        }
    }
}

fn default_true() -> bool {
    true
}

fn default_btg_purposes() -> Vec<String> {
    vec!["BTG".into()]
}

fn default_btg_obligations() -> Vec<Obligation> {
    vec![
        Obligation {
            code: "AUDIT".into(),
            system: Some(super::labels::ACT_CODE.into()),
            why: "break-the-glass access must be audited".into(),
        },
        Obligation {
            code: "NOTIFY".into(),
            system: None,
            why: "notify the privacy officer of the break-the-glass access".into(),
        },
    ]
}

fn default_sensitive() -> Vec<String> {
    ["SUD", "HIV", "PSY", "SEX", "STD", "GDIS", "SDV"]
        .map(String::from)
        .to_vec()
}

fn default_exceptions() -> Vec<SensitiveException> {
    vec![SensitiveException {
        category: "SUD".into(),
        purposes: vec!["ETREAT".into()],
        basis: "42 CFR 2.51: disclosure to medical personnel to the extent necessary to meet a bona fide medical emergency".into(),
    }]
}

/// The policy a [`super::ConsentEngine`] applies around the consents.
/// JSON: `{"base":"opt-in"|"opt-out","jurisdictions":{"US-CA":"opt-in"},
/// "combining":"deny-overrides","sensitive_categories":[...],"exceptions":[...],"break_glass":{...}}`;
/// every field is optional and [`ConsentPolicy::default`] denies when no consent applies.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConsentPolicy {
    /// Base policy when no consent applies and the jurisdiction has none of its own;
    /// `None` denies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base: Option<BasePolicy>,
    /// Base policy per jurisdiction (e.g. `US-CA`), overriding `base`.
    #[serde(default)]
    pub jurisdictions: BTreeMap<String, BasePolicy>,
    /// How several applicable consents combine.
    #[serde(default)]
    pub combining: Combining,
    /// Categories that need explicit consent (a permit that names the category).
    #[serde(default = "default_sensitive")]
    pub sensitive_categories: Vec<String>,
    /// Stated exceptions to the explicit-consent rule.
    #[serde(default = "default_exceptions")]
    pub exceptions: Vec<SensitiveException>,
    /// Break-the-glass handling.
    #[serde(default)]
    pub break_glass: BreakGlass,
}

impl Default for ConsentPolicy {
    fn default() -> Self {
        ConsentPolicy {
            base: None,
            jurisdictions: BTreeMap::new(),
            combining: Combining::default(),
            sensitive_categories: default_sensitive(),
            exceptions: default_exceptions(),
            break_glass: BreakGlass::default(),
        }
    }
}

impl ConsentPolicy {
    /// Parses a policy from JSON; unknown fields, categories and purposes are errors.
    pub fn from_json(json: &str) -> Result<ConsentPolicy, ConsentError> {
        let p: ConsentPolicy =
            serde_json::from_str(json).map_err(|e| ConsentError::InvalidPolicy(e.to_string()))?;
        p.check()?;
        Ok(p)
    }

    /// Reads a policy from a JSON value (same rules as [`ConsentPolicy::from_json`]).
    pub fn from_value(value: &serde_json::Value) -> Result<ConsentPolicy, ConsentError> {
        let p = ConsentPolicy::deserialize(value)
            .map_err(|e| ConsentError::InvalidPolicy(e.to_string()))?;
        p.check()?;
        Ok(p)
    }

    /// Checks that every category and purpose the policy names is known.
    pub fn check(&self) -> Result<(), ConsentError> {
        let cats = self
            .sensitive_categories
            .iter()
            .chain(self.exceptions.iter().map(|e| &e.category));
        for c in cats {
            if category_of_label(c).is_none() {
                return Err(ConsentError::InvalidPolicy(format!(
                    "unknown sensitivity category {c:?}"
                )));
            }
        }
        let purposes = self
            .exceptions
            .iter()
            .flat_map(|e| e.purposes.iter())
            .chain(self.break_glass.purposes.iter());
        for p in purposes {
            if !purpose::is_known(p) {
                return Err(ConsentError::UnknownPurpose(p.clone()));
            }
        }
        Ok(())
    }

    pub(crate) fn base_for(&self, jurisdiction: Option<&str>) -> Option<BasePolicy> {
        jurisdiction
            .and_then(|j| self.jurisdictions.get(j).copied())
            .or(self.base)
    }
}
