//! The HL7 v3 PurposeOfUse hierarchy (ActReason, is-a), from HL7 Terminology
//! 7.0.1: a provision that names `TREAT` also covers a request for `ETREAT`
//! (emergency treatment) and `BTG` (break the glass), which sit under it.

use std::collections::HashMap;
use std::sync::OnceLock;

const TABLE: &str = include_str!("../../data/consent/purpose_of_use.tsv");

fn parents() -> &'static HashMap<&'static str, Option<&'static str>> {
    static PARENTS: OnceLock<HashMap<&'static str, Option<&'static str>>> = OnceLock::new();
    PARENTS.get_or_init(|| {
        TABLE
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let (code, parent) = l.split_once('\t')?;
                Some((code, (parent != "-").then_some(parent)))
            })
            .collect()
    })
}

/// Whether `code` is a PurposeOfUse code of HL7 v3 ActReason.
pub fn is_known(code: &str) -> bool {
    parents().contains_key(code)
}

/// `code` and its ancestors, nearest first (empty for an unknown code).
pub(crate) fn lineage(code: &str) -> Vec<&'static str> {
    let table = parents();
    let mut out = Vec::new();
    let mut current = table.get_key_value(code).map(|(k, _)| *k);
    while let Some(c) = current {
        if out.len() >= 16 || out.contains(&c) {
            break;
        }
        out.push(c);
        current = table.get(c).copied().flatten();
    }
    out
}

/// Whether `code` is `ancestor` or one of its descendants.
pub fn is_a(code: &str, ancestor: &str) -> bool {
    let table = parents();
    let mut current = Some(code);
    // The hierarchy is four levels deep; the bound guards against a cycle in data.
    for _ in 0..16 {
        match current {
            Some(c) if c == ancestor => return true,
            Some(c) => current = table.get(c).copied().flatten(),
            None => return false,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emergency_and_break_the_glass_are_treatment() {
        assert!(is_a("ETREAT", "TREAT"));
        assert!(is_a("BTG", "TREAT"));
        assert!(is_a("BTG", "ETREAT"));
        assert!(!is_a("TREAT", "ETREAT"));
        assert!(!is_a("HPAYMT", "TREAT"));
        assert!(is_a("HTEST", "HOPERAT"));
    }

    #[test]
    fn table_holds_the_whole_purpose_of_use_tree() {
        assert_eq!(parents().len(), 62);
        assert!(is_known("PATRQT") && !is_known("LUNCH"));
    }
}
