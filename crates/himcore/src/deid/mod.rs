//! De-identification: HIPAA Safe Harbor for clinical free text and FHIR
//! records, with keyed pseudonyms, surrogates and date shifts.
//!
//! Legal basis: 45 CFR 164.514(b)(2) (Safe Harbor: removal of 18 identifier
//! categories and no actual knowledge of re-identification) and
//! 164.514(e) (limited data set). Keyed pseudonyms, encryption and date shifts
//! are not Safe Harbor methods: they fall under Expert Determination
//! (164.514(b)(1)) or re-identification codes (164.514(c)); see `docs/deid.md`.
//!
//! - [`TextDeidentifier`]: PHI span detection and replacement in notes.
//! - [`FhirDeidentifier`]: a [`DeidPolicy`] (rules as data) applied to FHIR
//!   JSON resources, with a [`DeidReport`] of counts (never values).
//! - [`DeidKey`]: the secret for keyed methods; never printed.
//!
//! The module does no I/O: keys and policies come in as bytes or values.

mod dates;
pub mod dict;
mod error;
pub mod eval;
pub mod fhir;
mod key;
mod policy;
mod scan;
mod surrogate;
pub mod text;

pub use dates::shift_date_text;
pub use error::DeidError;
pub use eval::{evaluate, EvalReport, GoldSpan, TypeScore};
pub use fhir::{DeidOutcome, DeidReport, ErrorMode, FhirDeidentifier, RuleCount, SkippedResource};
pub use key::{DeidKey, MIN_KEY_BYTES};
pub use policy::{DeidMethod, DeidPolicy, DeidRule, Selector, PRESETS};
pub use text::{PhiSpan, PhiType, TextDeidentifier, TextMethod, TextPolicy, TextResult};
