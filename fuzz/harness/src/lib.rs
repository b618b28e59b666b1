//! The logic of every himcore fuzz target, as plain functions of `&[u8]`.
//!
//! The cargo-fuzz binaries in `fuzz/fuzz_targets/` are one line each: they
//! hand libFuzzer's input to the function named like the target. The same
//! functions run on stable Rust from `tests/corpus.rs`, which replays every
//! file of every corpus (`fuzz/corpus/<target>/`) as an ordinary test, so a
//! crash found once stays fixed without nightly in CI.
//!
//! A target fails by panicking: either the core panicked (a bug: bad input
//! must give a typed error), or a property of the target does not hold
//! (`assert!`: two paths that must agree disagree). See `docs/security.md`.

pub mod audit;
pub mod codes;
pub mod consent;
pub mod deid;
pub mod fhir;
pub mod gen;
pub mod hl7v2;
pub mod retention;

/// A fuzz target: its name (the corpus directory and the cargo-fuzz binary)
/// and its logic.
pub struct Target {
    /// Name of the cargo-fuzz binary and of `fuzz/corpus/<name>/`.
    pub name: &'static str,
    /// Runs one input; panics on a finding.
    pub run: fn(&[u8]),
}

/// Every target, in the order `run.sh` runs them.
pub const TARGETS: &[Target] = &[
    Target {
        name: "fhir_json",
        run: fhir::fhir_json,
    },
    Target {
        name: "fhir_roundtrip",
        run: fhir::fhir_roundtrip,
    },
    Target {
        name: "fhir_typed",
        run: fhir::fhir_typed,
    },
    Target {
        name: "fhir_split",
        run: fhir::fhir_split,
    },
    Target {
        name: "codes_validate",
        run: codes::codes_validate,
    },
    Target {
        name: "codes_claim",
        run: codes::codes_claim,
    },
    Target {
        name: "consent_compile",
        run: consent::consent_compile,
    },
    Target {
        name: "consent_request",
        run: consent::consent_request,
    },
    Target {
        name: "consent_filter",
        run: consent::consent_filter,
    },
    Target {
        name: "retention_pack",
        run: retention::retention_pack,
    },
    Target {
        name: "retention_record",
        run: retention::retention_record,
    },
    Target {
        name: "audit_verify",
        run: audit::audit_verify,
    },
    Target {
        name: "audit_tamper",
        run: audit::audit_tamper,
    },
    Target {
        name: "roi_request",
        run: audit::roi_request,
    },
    Target {
        name: "hl7v2_parse",
        run: hl7v2::hl7v2_parse,
    },
    Target {
        name: "hl7v2_roundtrip",
        run: hl7v2::hl7v2_roundtrip,
    },
    Target {
        name: "hl7v2_escape",
        run: hl7v2::hl7v2_escape,
    },
    Target {
        name: "deid_text",
        run: deid::deid_text,
    },
    Target {
        name: "deid_policy",
        run: deid::deid_policy,
    },
    Target {
        name: "deid_fhir",
        run: deid::deid_fhir,
    },
];

/// The target named `name`.
pub fn target(name: &str) -> Option<&'static Target> {
    TARGETS.iter().find(|t| t.name == name)
}
