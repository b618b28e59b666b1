//! Security labelling: which information-sensitivity categories (HL7 v3
//! ActCode `SUD`, `HIV`, `PSY`, `SEX`, `STD`, `GDIS`, `SDV`) a piece of data
//! falls in, derived from the clinical codes it carries so that callers need
//! not label by hand. The value lists are data
//! (`data/consent/sensitivity_value_lists.json`), each with its basis.

use serde::Deserialize;
use std::sync::OnceLock;

const LISTS: &str = include_str!("../../data/consent/sensitivity_value_lists.json");

/// FHIR system URI of ICD-10-CM.
pub const ICD10CM: &str = "http://hl7.org/fhir/sid/icd-10-cm";
/// FHIR system URI of SNOMED CT.
pub const SNOMED: &str = "http://snomed.info/sct";
/// FHIR system URI of LOINC.
pub const LOINC: &str = "http://loinc.org";
/// HL7 v3 ActCode, where the sensitivity codes live.
pub const ACT_CODE: &str = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
/// HL7 v3 Confidentiality (N, R, V...).
pub const CONFIDENTIALITY: &str = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";

/// One sensitivity category and the codes that put data in it.
#[derive(Debug, Deserialize)]
pub struct SensitivityCategory {
    /// The ActCode label, e.g. `SUD`.
    pub label: String,
    /// Other ActCode labels that mean the same category (`ETH` for `SUD`).
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Human-readable name.
    pub display: String,
    /// The law or terminology the category rests on.
    pub basis: String,
    icd10cm_prefixes: Vec<String>,
    #[serde(default)]
    snomed: Vec<String>,
    #[serde(default)]
    loinc: Vec<String>,
}

#[derive(Deserialize)]
struct Lists {
    categories: Vec<SensitivityCategory>,
}

/// A set of sensitivity categories, as bits indexed like [`categories`].
pub type CategorySet = u32;

/// The shipped sensitivity categories, in a fixed order.
pub fn categories() -> &'static [SensitivityCategory] {
    static CATS: OnceLock<Vec<SensitivityCategory>> = OnceLock::new();
    CATS.get_or_init(|| {
        // The file is part of the crate and checked by a unit test; an
        // unreadable file would leave labelling empty, so the test guards it.
        serde_json::from_str::<Lists>(LISTS)
            .map(|l| l.categories)
            .unwrap_or_default()
    })
}

/// The category bit of an ActCode label or alias (`SUD`, `ETH`, `HIV`...).
pub fn category_of_label(code: &str) -> Option<CategorySet> {
    categories()
        .iter()
        .position(|c| c.label == code || c.aliases.iter().any(|a| a == code))
        .map(|i| 1u32 << i)
}

fn icd_starts_with(code: &str, prefix: &str) -> bool {
    let mut p = prefix.bytes();
    for c in code.bytes().filter(|c| *c != b'.') {
        match p.next() {
            None => return true,
            Some(x) if x == c.to_ascii_uppercase() => {}
            Some(_) => return false,
        }
    }
    p.next().is_none()
}

/// The categories a clinical code puts data in (empty for unlisted codes and systems).
pub fn categories_of_code(system: &str, code: &str) -> CategorySet {
    let code = code.trim();
    let mut set = 0;
    for (i, cat) in categories().iter().enumerate() {
        let hit = match system {
            ICD10CM => cat
                .icd10cm_prefixes
                .iter()
                .any(|p| icd_starts_with(code, p)),
            SNOMED => cat.snomed.iter().any(|c| c == code),
            LOINC => cat.loinc.iter().any(|c| c == code),
            _ => false,
        };
        if hit {
            set |= 1 << i;
        }
    }
    set
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_lists_load_with_every_category() {
        let labels: Vec<_> = categories().iter().map(|c| c.label.as_str()).collect();
        assert_eq!(labels, ["SUD", "HIV", "PSY", "SEX", "STD", "GDIS", "SDV"]);
    }

    #[test]
    fn icd10cm_codes_label_with_or_without_the_dot() {
        let sud = category_of_label("SUD").unwrap();
        let psy = category_of_label("PSY").unwrap();
        assert_eq!(categories_of_code(ICD10CM, "F10.20"), sud);
        assert_eq!(categories_of_code(ICD10CM, "f1020"), sud);
        assert_eq!(categories_of_code(ICD10CM, "F32.9"), psy);
        assert_eq!(
            categories_of_code(ICD10CM, "B20"),
            category_of_label("HIV").unwrap()
        );
        assert_eq!(categories_of_code(ICD10CM, "Z71.41"), sud);
    }

    #[test]
    fn tobacco_use_is_not_part_2_substance_use() {
        // 42 CFR 2.11 leaves tobacco and caffeine out of "substance use disorder".
        assert_eq!(categories_of_code(ICD10CM, "F17.210"), 0);
        assert_eq!(categories_of_code(ICD10CM, "I10"), 0);
        assert_eq!(categories_of_code(ICD10CM, "F1"), 0);
    }

    #[test]
    fn aliases_share_their_category_bit() {
        assert_eq!(category_of_label("ETH"), category_of_label("SUD"));
        assert_eq!(category_of_label("BH"), category_of_label("PSY"));
        assert_eq!(category_of_label("N"), None);
    }

    #[test]
    fn loinc_and_snomed_codes_label_exactly() {
        assert_eq!(
            categories_of_code(LOINC, "25836-8"),
            category_of_label("HIV").unwrap()
        );
        assert_eq!(
            categories_of_code(SNOMED, "7200002"),
            category_of_label("SUD").unwrap()
        );
        assert_eq!(categories_of_code("http://example.org", "B20"), 0);
    }
}
