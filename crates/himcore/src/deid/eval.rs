//! Scoring detected spans against gold spans: recall, precision and F2 per
//! PHI type and overall. A gold span counts as found when any detected span
//! overlaps it (the type need not match: the text is removed either way); a
//! detected span counts as correct when it overlaps any gold span. F2 weighs
//! recall four times as much as precision, as fits privacy.

use super::text::PhiSpan;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One gold span (character offsets), as in the development set's JSON lines.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GoldSpan {
    /// First character.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// Gold type label (free string: corpora differ in their label sets).
    #[serde(rename = "type")]
    pub phi_type: String,
}

/// Counts and scores for one type (or overall).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TypeScore {
    /// Gold spans of this type.
    pub gold: usize,
    /// Gold spans overlapped by some detection.
    pub found: usize,
    /// Detections of this type.
    pub predicted: usize,
    /// Detections overlapping some gold span.
    pub correct: usize,
    /// found / gold (1 when there is no gold).
    pub recall: f64,
    /// correct / predicted (1 when nothing was predicted).
    pub precision: f64,
    /// F-beta with beta = 2.
    pub f2: f64,
}

impl TypeScore {
    fn finish(&mut self) {
        self.recall = ratio(self.found, self.gold);
        self.precision = ratio(self.correct, self.predicted);
        let (p, r) = (self.precision, self.recall);
        self.f2 = if p + r == 0.0 {
            0.0
        } else {
            5.0 * p * r / (4.0 * p + r)
        };
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Scores per type (gold types for recall, predicted types for precision) and overall.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EvalReport {
    /// Overall counts and scores.
    pub overall: TypeScore,
    /// Per type (union of gold and predicted type names).
    pub per_type: BTreeMap<String, TypeScore>,
}

/// Scores many documents: pairs of (gold spans, detected spans).
pub fn evaluate(docs: &[(Vec<GoldSpan>, Vec<PhiSpan>)]) -> EvalReport {
    let mut r = EvalReport::default();
    for (gold, pred) in docs {
        for g in gold {
            let hit = pred.iter().any(|p| p.start < g.end && p.end > g.start);
            let t = r.per_type.entry(g.phi_type.clone()).or_default();
            t.gold += 1;
            r.overall.gold += 1;
            if hit {
                t.found += 1;
                r.overall.found += 1;
            }
        }
        for p in pred {
            let ok = gold.iter().any(|g| p.start < g.end && p.end > g.start);
            let t = r
                .per_type
                .entry(p.phi_type.as_str().to_string())
                .or_default();
            t.predicted += 1;
            r.overall.predicted += 1;
            if ok {
                t.correct += 1;
                r.overall.correct += 1;
            }
        }
    }
    r.overall.finish();
    for t in r.per_type.values_mut() {
        t.finish();
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deid::PhiType;

    fn p(s: usize, e: usize) -> PhiSpan {
        PhiSpan {
            start: s,
            end: e,
            phi_type: PhiType::Name,
            confidence: 1.0,
            start_byte: s,
            end_byte: e,
        }
    }

    #[test]
    fn overlap_counts_and_f2_weighs_recall() {
        let gold = vec![
            GoldSpan {
                start: 0,
                end: 5,
                phi_type: "NAME".into(),
            },
            GoldSpan {
                start: 10,
                end: 12,
                phi_type: "NAME".into(),
            },
        ];
        let r = evaluate(&[(gold, vec![p(3, 4), p(20, 22)])]);
        assert_eq!(r.overall.found, 1);
        assert_eq!(r.overall.correct, 1);
        assert!((r.overall.recall - 0.5).abs() < 1e-9);
        assert!((r.overall.f2 - 0.5).abs() < 1e-9);
    }
}
