//! Replays every file of every corpus (`fuzz/corpus/<target>/`) through its
//! target's logic on stable Rust: the seeds, and every crash ever found
//! (kept as `crash-*` files), stay regression tests without nightly.

use himcore_fuzz_harness::{Target, TARGETS};
use std::path::PathBuf;

fn corpus_dir(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../corpus")
        .join(name)
}

fn replay(t: &Target) {
    let dir = corpus_dir(t.name);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{} has no corpus files", t.name);
    for f in &files {
        let data = std::fs::read(f).expect("corpus file");
        // Name the file that failed: the panic message alone would not.
        let outcome = std::panic::catch_unwind(|| (t.run)(&data));
        assert!(outcome.is_ok(), "{} failed on {}", t.name, f.display());
    }
}

#[test]
fn every_target_has_a_fuzz_binary_and_a_corpus() {
    let bins =
        std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../Cargo.toml"))
            .expect("fuzz/Cargo.toml");
    for t in TARGETS {
        assert!(
            bins.contains(&format!("name = \"{}\"", t.name)),
            "no [[bin]] for {}",
            t.name
        );
        assert!(corpus_dir(t.name).is_dir(), "no corpus for {}", t.name);
    }
}

#[test]
fn corpus_fhir_json_replays_clean() {
    replay(himcore_fuzz_harness::target("fhir_json").expect("target"));
}

#[test]
fn corpus_fhir_roundtrip_replays_clean() {
    replay(himcore_fuzz_harness::target("fhir_roundtrip").expect("target"));
}

#[test]
fn corpus_fhir_typed_replays_clean() {
    replay(himcore_fuzz_harness::target("fhir_typed").expect("target"));
}

#[test]
fn corpus_fhir_split_replays_clean() {
    replay(himcore_fuzz_harness::target("fhir_split").expect("target"));
}

#[test]
fn corpus_codes_validate_replays_clean() {
    replay(himcore_fuzz_harness::target("codes_validate").expect("target"));
}

#[test]
fn corpus_codes_claim_replays_clean() {
    replay(himcore_fuzz_harness::target("codes_claim").expect("target"));
}

#[test]
fn corpus_consent_compile_replays_clean() {
    replay(himcore_fuzz_harness::target("consent_compile").expect("target"));
}

#[test]
fn corpus_consent_request_replays_clean() {
    replay(himcore_fuzz_harness::target("consent_request").expect("target"));
}

#[test]
fn corpus_consent_filter_replays_clean() {
    replay(himcore_fuzz_harness::target("consent_filter").expect("target"));
}

#[test]
fn corpus_retention_pack_replays_clean() {
    replay(himcore_fuzz_harness::target("retention_pack").expect("target"));
}

#[test]
fn corpus_retention_record_replays_clean() {
    replay(himcore_fuzz_harness::target("retention_record").expect("target"));
}

#[test]
fn corpus_audit_verify_replays_clean() {
    replay(himcore_fuzz_harness::target("audit_verify").expect("target"));
}

#[test]
fn corpus_audit_tamper_replays_clean() {
    replay(himcore_fuzz_harness::target("audit_tamper").expect("target"));
}

#[test]
fn corpus_roi_request_replays_clean() {
    replay(himcore_fuzz_harness::target("roi_request").expect("target"));
}

#[test]
fn corpus_hl7v2_parse_replays_clean() {
    replay(himcore_fuzz_harness::target("hl7v2_parse").expect("target"));
}

#[test]
fn corpus_hl7v2_roundtrip_replays_clean() {
    replay(himcore_fuzz_harness::target("hl7v2_roundtrip").expect("target"));
}

#[test]
fn corpus_hl7v2_escape_replays_clean() {
    replay(himcore_fuzz_harness::target("hl7v2_escape").expect("target"));
}

#[test]
fn corpus_deid_text_replays_clean() {
    replay(himcore_fuzz_harness::target("deid_text").expect("target"));
}

#[test]
fn corpus_deid_policy_replays_clean() {
    replay(himcore_fuzz_harness::target("deid_policy").expect("target"));
}

#[test]
fn corpus_deid_fhir_replays_clean() {
    replay(himcore_fuzz_harness::target("deid_fhir").expect("target"));
}

/// Writes the audit_verify seeds (logs as the writer makes them, with the
/// harness's fixed fuzzing keys): `cargo test -- --ignored write_audit_seeds`.
#[test]
#[ignore = "writes seed files; run by hand when the log format changes"]
fn write_audit_seeds() {
    let dir = corpus_dir("audit_verify");
    std::fs::create_dir_all(&dir).unwrap();
    for (n, every) in [(1, 1000), (3, 1), (6, 2), (9, 4)] {
        let log = himcore_fuzz_harness::audit::seed_log(n, every);
        std::fs::write(dir.join(format!("seed-log-{n}-every-{every}")), &log).unwrap();
        // A torn tail, as a crash mid-append leaves it.
        std::fs::write(
            dir.join(format!("seed-torn-{n}-every-{every}")),
            &log[..log.len() - 7],
        )
        .unwrap();
    }
}
