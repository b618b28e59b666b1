#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
//! Quality floors for text de-identification.
//!
//! The hand-written clinician notes of `tests/data/deid/` (nursing, ED,
//! discharge, social work, telephone, radiology... notes with invented PHI;
//! see its README): the dev file may be read to find what the engine misses;
//! the holdout file is only scored. The blind file came later, from two
//! writers who never saw the engine: scored once as it came (recall 0.9415,
//! precision 0.9440 at commit fae520b), it then showed what the engine
//! missed, so it is now a development file too. The blind2 file, written
//! the same way, was only scored until commit 86ca306 (recall 0.9542,
//! precision 0.9457) and has been read for misses since. The blind3 file,
//! from two more writers, was only scored until 95b3981 (first at 86ca306:
//! recall 0.9388, precision 0.9571; last 0.9467 / 0.9652) and has been read
//! since. The blind4 file, from two more writers, was only scored until
//! 3353db2 (first at 95b3981: recall 0.9464, precision 0.9388; last
//! 0.9506 / 0.9399) and has been read since. The blind5 file, from two
//! more writers, is only scored (first at 3353db2: recall 0.9546,
//! precision 0.9601; 0.9596 / 0.9651 at the ninth stop's last rule).
//!
//! The synthetic development set of the team's shared data (outside the
//! repository; `HIM_DEID_DEV` gives its path): a regression guard, skipped
//! with a message when the file is absent.
//!
//! Two views per file:
//! - every gold span (as `him deid eval` prints it);
//! - the Safe Harbor view: without states (permitted by 164.514(b)(2)(i)(B)),
//!   organisations that are not providers (employers, schools: not one of the
//!   18 categories), and ages under 90 (only ages over 89 must go).
//!
//! The floors sit just under the figures measured when each rule landed:
//! a change that loses identifiers fails here. Run with `--nocapture` to see
//! the tables; `HIM_DEID_DUMP=1` also prints the dev file's misses.

use himcore::deid::{evaluate, EvalReport, GoldSpan, TextDeidentifier, TextPolicy};

#[derive(serde::Deserialize)]
struct Gold {
    text: String,
    spans: Vec<GoldSpan>,
}

fn engine() -> &'static TextDeidentifier {
    static E: std::sync::OnceLock<TextDeidentifier> = std::sync::OnceLock::new();
    E.get_or_init(|| TextDeidentifier::new().unwrap())
}

fn score(file: &str, safe_harbor: bool, dump: bool) -> EvalReport {
    let path = format!("{}/tests/data/deid/{file}", env!("CARGO_MANIFEST_DIR"));
    let data = std::fs::read_to_string(&path).unwrap();
    score_text(file, &data, safe_harbor, dump, TextPolicy::default())
}

fn score_text(
    file: &str,
    data: &str,
    safe_harbor: bool,
    dump: bool,
    policy: TextPolicy,
) -> EvalReport {
    let docs: Vec<_> = data
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let g: Gold = serde_json::from_str(l).unwrap();
            let pred = engine()
                .deidentify(&g.text, &policy, None, "")
                .unwrap()
                .spans;
            let chars: Vec<char> = g.text.chars().collect();
            let value = |s: &GoldSpan| chars[s.start..s.end].iter().collect::<String>();
            let gold: Vec<GoldSpan> = g
                .spans
                .into_iter()
                .filter(|s| {
                    !safe_harbor
                        || match s.phi_type.as_str() {
                            "STATE" | "ORG" => false,
                            "AGE" => value(s).trim().parse::<u32>().is_ok_and(|a| a > 89),
                            _ => true,
                        }
                })
                .collect();
            if dump {
                for s in &gold {
                    if !pred.iter().any(|p| p.start < s.end && p.end > s.start) {
                        let a = s.start.saturating_sub(30);
                        let b = (s.end + 20).min(chars.len());
                        let ctx: String = chars[a..b].iter().collect();
                        eprintln!("MISS {} {:?}", s.phi_type, ctx);
                    }
                }
            }
            (gold, pred)
        })
        .collect();
    let r = evaluate(&docs);
    eprintln!("{file} (safe harbor view: {safe_harbor})");
    for (t, s) in &r.per_type {
        eprintln!(
            "  {t:<12} gold {:>4} recall {:.3} pred {:>4} precision {:.3}",
            s.gold, s.recall, s.predicted, s.precision
        );
    }
    eprintln!(
        "  OVERALL recall {:.4} precision {:.4} F2 {:.4}",
        r.overall.recall, r.overall.precision, r.overall.f2
    );
    r
}

fn floor(r: &EvalReport, ty: &str, recall: f64) {
    let got = r.per_type.get(ty).map_or(1.0, |s| s.recall);
    assert!(got >= recall, "{ty} recall {got:.4} < {recall}");
}

#[test]
fn dev_notes_keep_their_recall_and_precision() {
    let dump = std::env::var("HIM_DEID_DUMP").is_ok();
    let all = score("clinician_notes_dev.jsonl", false, false);
    assert!(all.overall.recall >= 0.988, "{}", all.overall.recall);
    assert!(all.overall.precision >= 0.965, "{}", all.overall.precision);
    floor(&all, "AGE", 0.95);
    let sh = score("clinician_notes_dev.jsonl", true, dump);
    assert!(sh.overall.recall >= 0.99, "{}", sh.overall.recall);
    floor(&sh, "NAME", 0.985);
    floor(&sh, "DATE", 0.98);
    floor(&sh, "PHONE", 0.99);
    floor(&sh, "MRN", 0.99);
}

/// The floors of one clinician file: overall recall and precision of every
/// gold span, recall of the Safe Harbor view, and recall per type in that
/// view.
struct Floors {
    recall: f64,
    precision: f64,
    age: f64,
    safe_harbor: f64,
    per_type: &'static [(&'static str, f64)],
}

fn holds(file: &str, f: &Floors) {
    let all = score(file, false, false);
    assert!(all.overall.recall >= f.recall, "{}", all.overall.recall);
    assert!(
        all.overall.precision >= f.precision,
        "{}",
        all.overall.precision
    );
    floor(&all, "AGE", f.age);
    let sh = score(file, true, false);
    assert!(sh.overall.recall >= f.safe_harbor, "{}", sh.overall.recall);
    for (ty, recall) in f.per_type {
        floor(&sh, ty, *recall);
    }
}

#[test]
fn holdout_notes_keep_their_recall_and_precision() {
    holds(
        "clinician_notes_holdout.jsonl",
        &Floors {
            recall: 0.984,
            precision: 0.965,
            age: 0.93,
            safe_harbor: 0.987,
            per_type: &[("NAME", 0.975), ("DATE", 0.975), ("MRN", 0.99)],
        },
    );
}

#[test]
fn blind_notes_keep_their_recall_and_precision() {
    holds(
        "clinician_notes_blind.jsonl",
        &Floors {
            recall: 0.963,
            precision: 0.945,
            age: 0.94,
            safe_harbor: 0.968,
            per_type: &[("NAME", 0.97), ("DATE", 0.975), ("MRN", 0.99)],
        },
    );
}

#[test]
fn blind2_notes_keep_their_recall_and_precision() {
    // Scored only until 86ca306 (recall 0.9542); read for misses since.
    holds(
        "clinician_notes_blind2.jsonl",
        &Floors {
            recall: 0.983,
            precision: 0.970,
            age: 0.97,
            safe_harbor: 0.985,
            per_type: &[("NAME", 0.99), ("DATE", 0.985), ("MRN", 0.99)],
        },
    );
}

#[test]
fn blind3_notes_keep_their_recall_and_precision() {
    // Scored only until 95b3981 (recall 0.9467, precision 0.9652); read
    // for misses since.
    holds(
        "clinician_notes_blind3.jsonl",
        &Floors {
            recall: 0.980,
            precision: 0.980,
            age: 0.95,
            safe_harbor: 0.985,
            per_type: &[("NAME", 0.99), ("DATE", 0.99), ("MRN", 0.99)],
        },
    );
}

#[test]
fn blind4_notes_keep_their_recall_and_precision() {
    // Scored only until 3353db2 (first at 95b3981: recall 0.9464,
    // precision 0.9388; last 0.9506 / 0.9399); read for misses since.
    holds(
        "clinician_notes_blind4.jsonl",
        &Floors {
            recall: 0.980,
            precision: 0.965,
            age: 0.97,
            safe_harbor: 0.980,
            per_type: &[("NAME", 0.99), ("DATE", 0.985), ("MRN", 0.97)],
        },
    );
}

#[test]
fn blind5_notes_keep_their_recall_and_precision() {
    // Scored only (at 3353db2, recall 0.9546 and precision 0.9601; at
    // the ninth stop's last rule, 0.9596 / 0.9651); the floors sit under
    // the last figures, with no floor per type.
    holds(
        "clinician_notes_blind5.jsonl",
        &Floors {
            recall: 0.957,
            precision: 0.962,
            age: 0.0,
            safe_harbor: 0.965,
            per_type: &[],
        },
    );
}

#[test]
fn synthetic_dev_set_recall_does_not_regress() {
    let path = std::env::var("HIM_DEID_DEV")
        .unwrap_or_else(|_| "/work/shared/data/deid-dev/synthetic_notes_200.jsonl".into());
    let Ok(data) = std::fs::read_to_string(&path) else {
        eprintln!("dev set {path} not present; set HIM_DEID_DEV to run this guard");
        return;
    };
    // The synthetic set does not annotate states (Safe Harbor permits
    // them): it is scored with states kept.
    let keep_states = TextPolicy {
        keep_types: vec![himcore::deid::PhiType::State],
        ..TextPolicy::default()
    };
    let r = score_text(
        "synthetic_notes_200.jsonl",
        &data,
        false,
        false,
        keep_states,
    );
    assert!(r.overall.recall >= 0.99, "recall {}", r.overall.recall);
    assert!(
        r.overall.precision >= 0.99,
        "precision {}",
        r.overall.precision
    );
}
