//! Records retention: how long each record must be kept, and when it may be
//! destroyed.
//!
//! Rules are data ([`RulePack`], JSON, `schema_version` 1), each with its
//! citation, applicability, clock and period, and a record of how it was
//! verified. Shipped packs (compiled in): US federal (HIPAA documentation,
//! 45 CFR 164.316(b)(2) and 164.530(j); accounting of disclosures,
//! 164.528; Medicare hospital Conditions of Participation, 42 CFR
//! 482.24(b)(1); critical access hospitals, 485.638 (unverified); Medicare
//! Advantage, 422.504(d)) and eleven states' hospital or provider rules
//! (AZ, CA, CO, MA, MD, NC, NY, PA, TN, TX, WA). See `docs/retention.md`.
//!
//! Evaluation ([`RetentionEngine`]) follows these rules, in this order:
//!
//! 1. An unknown jurisdiction or record type is an error unless the caller
//!    chose a default ([`EngineOptions`]); a record no rule governs is an
//!    error ([`RetentionError::NoApplicableRule`]).
//! 2. Every rule in force on the evaluation date whose conditions the
//!    record meets applies. A missing fact that could make a rule apply
//!    (facility, programs, research) makes it apply, with a warning. Rules
//!    for minors apply in addition to the general rules, so a minor is never
//!    kept less than an adult in the same place.
//! 3. The longest period wins, unless an applicable rule explicitly
//!    overrides another ([`Rule::overrides`]). A period that needs a missing
//!    fact (a birth date on a record that could be a child's) is
//!    `indeterminate`: the record is kept and a warning says which fact.
//! 4. A legal hold active on the evaluation date always wins (`on_hold`).
//!
//! The decision is `retain`, `eligible_for_destruction` (the evaluation date
//! is after `retain_until`) or `on_hold`; it names the governing rule and
//! every applicable rule with its citation. Destruction lists and AHIMA-style
//! certificates are built from the same decisions ([`DestructionCertificate`]).

mod certificate;
mod date;
mod engine;
mod error;
mod explain;
mod pack;
mod record;

pub use certificate::{
    CertificateRequest, DestructionCertificate, DestructionEntry, DestructionList,
    DestructionMethod, ExcludedRecord, SeriesSummary, SignatureBlock,
};
pub use date::parse_date;
pub use engine::{DecisionBuf, EngineOptions, RetentionEngine, DEFAULT_AGE_OF_MAJORITY};
pub use error::RetentionError;
pub use explain::{ConsideredRule, Explanation};
pub use pack::{
    shipped_pack, shipped_pack_names, AfterClock, Applicability, Clock, JurisdictionDecl, Period,
    Rule, RulePack, UntilAge, Verification, VerificationStatus, SCHEMA_VERSION, SHIPPED_PACKS,
};
pub use record::{
    LegalHold, RetainUntil, RetentionDecision, RetentionRecord, RetentionStatus, RetentionWarning,
    RuleOutcome, RuleRef,
};
