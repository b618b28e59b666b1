//! Listed systems other than ICD-10-CM: ICD-10-PCS, HCPCS Level II and CVX.
//!
//! * ICD-10-PCS (CMS "ICD-10-PCS Official Guidelines for Coding and
//!   Reporting", A.1-A.2): exactly 7 characters from 0-9 and A-Z without I and
//!   O (they would be read as 1 and 0); the first character is the section.
//!   Every listed code is a complete, reportable code. Releases: FY2024 and
//!   FY2025 CMS codes files; dated like ICD-10-CM (see `release`).
//! * HCPCS Level II (CMS alpha-numeric file, October 2025): a letter and 4
//!   digits; modifiers are 2 letters/digits. The date is not used: one
//!   quarterly release is shipped (documented in docs/codes.md).
//! * CVX (CDC, October 2025): 1 to 3 digits, written with at least 2 ("03").

use super::release::Release;
use super::table::{self, Keys};
use super::{Disp, Fail, Norm, Passed};
use chrono::NaiveDate;

const fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(x) => x,
        None => NaiveDate::MIN,
    }
}

/// The shipped ICD-10-PCS releases, oldest first.
pub const PCS_RELEASES: [Release; 2] = [
    Release {
        name: "ICD-10-PCS FY2024",
        effective: date(2023, 10, 1),
    },
    Release {
        name: "ICD-10-PCS FY2025",
        effective: date(2024, 10, 1),
    },
];

pub(crate) const PCS_KEYS: Keys = Keys(include_bytes!("../../data/codes/icd10pcs.keys"));
const PCS_INDEX: &[u8] = include_bytes!("../../data/codes/icd10pcs.idx");
const PCS_OFFS: &[u8] = include_bytes!("../../data/codes/icd10pcs.offs");
const PCS_SEQ: &[u8] = include_bytes!("../../data/codes/icd10pcs.seq");
const PCS_WORDS: &str = include_str!("../../data/codes/icd10pcs.words");
const PCS_WORD_OFFS: &[u8] = include_bytes!("../../data/codes/icd10pcs.wordoffs");
pub(crate) const HCPCS_KEYS: Keys = Keys(include_bytes!("../../data/codes/hcpcs.keys"));
const HCPCS_OFFS: &[u8] = include_bytes!("../../data/codes/hcpcs.offs");
const HCPCS_TEXT: &str = include_str!("../../data/codes/hcpcs.text");
pub(crate) const CVX_KEYS: Keys = Keys(include_bytes!("../../data/codes/cvx.keys"));
const CVX_OFFS: &[u8] = include_bytes!("../../data/codes/cvx.offs");
const CVX_TEXT: &str = include_str!("../../data/codes/cvx.text");

type R = Result<Passed, (Fail, Option<Norm>)>;

/// ICD-10-PCS sections by first character (ICD-10-PCS Reference Manual).
pub(crate) fn pcs_section(c: u8) -> Option<&'static str> {
    Some(match c {
        b'0' => "Medical and Surgical",
        b'1' => "Obstetrics",
        b'2' => "Placement",
        b'3' => "Administration",
        b'4' => "Measurement and Monitoring",
        b'5' => "Extracorporeal or Systemic Assistance and Performance",
        b'6' => "Extracorporeal or Systemic Therapies",
        b'7' => "Osteopathic",
        b'8' => "Other Procedures",
        b'9' => "Chiropractic",
        b'B' => "Imaging",
        b'C' => "Nuclear Medicine",
        b'D' => "Radiation Therapy",
        b'F' => "Physical Rehabilitation and Diagnostic Audiology",
        b'G' => "Mental Health",
        b'H' => "Substance Abuse Treatment",
        b'X' => "New Technology",
        _ => return None,
    })
}

pub(crate) fn pcs_normalize(code: &str) -> Result<Norm, Fail> {
    let t = code.trim().as_bytes();
    if t.len() != 7 {
        return Err(Fail::Format("an ICD-10-PCS code is exactly 7 characters"));
    }
    let mut n = Norm::default();
    for &c in t {
        let u = c.to_ascii_uppercase();
        if !u.is_ascii_alphanumeric() {
            return Err(Fail::Format("ICD-10-PCS characters are 0-9 and A-Z"));
        }
        if u == b'I' || u == b'O' {
            return Err(Fail::Format(
                "ICD-10-PCS never uses the letters I and O (read as 1 and 0)",
            ));
        }
        n.push(u);
    }
    Ok(n)
}

pub(crate) fn pcs(code: &str, date: Option<NaiveDate>) -> R {
    let n = pcs_normalize(code).map_err(|f| (f, None))?;
    let first = n.as_str().as_bytes().first().copied().unwrap_or(0);
    if pcs_section(first).is_none() {
        return Err((
            Fail::UnknownWhy("no ICD-10-PCS section has that first character"),
            Some(n),
        ));
    }
    let packed = table::pack(n.as_str().as_bytes()).ok_or((Fail::Unknown, Some(n)))?;
    let (idx, flags) = PCS_KEYS
        .find_indexed(PCS_INDEX, packed)
        .ok_or((Fail::Unknown, Some(n)))?;
    super::status_by_date(&PCS_RELEASES, date, |r| {
        let e = flags & (1 << r) != 0;
        (e, e)
    })
    .map_err(|f| (f, Some(n)))?;
    Ok(Passed {
        norm: n,
        billable: Some(true),
        disp: Disp::Pcs(idx),
    })
}

/// The title of the PCS code at a key index, rebuilt from its words (word
/// numbers: one byte below 128, else `0x80 | hi`, `lo`).
pub(crate) fn pcs_title(idx: usize) -> Option<String> {
    let start = table::u32_at(PCS_OFFS, idx * 4)? as usize;
    let end = table::u32_at(PCS_OFFS, idx * 4 + 4)? as usize;
    let seq = PCS_SEQ.get(start..end)?;
    let mut out = String::new();
    let mut i = 0;
    while let Some(&b) = seq.get(i) {
        let id = if b < 0x80 {
            i += 1;
            usize::from(b)
        } else {
            let lo = *seq.get(i + 1)?;
            i += 2;
            (usize::from(b & 0x7F) << 8) | usize::from(lo)
        };
        let off = table::u32_at(PCS_WORD_OFFS, id * 4)?;
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(table::text_at(PCS_WORDS, off)?);
    }
    Some(out)
}

pub(crate) fn hcpcs_normalize(code: &str) -> Result<Norm, Fail> {
    let t = code.trim().as_bytes();
    let mut buf = [0u8; 5];
    if t.len() > buf.len() {
        return Err(Fail::Format(
            "HCPCS Level II codes are a letter and 4 digits; modifiers are 2 letters or digits",
        ));
    }
    for (b, c) in buf.iter_mut().zip(t) {
        *b = c.to_ascii_uppercase();
    }
    let u = buf.get(..t.len()).unwrap_or(&[]);
    match u {
        [a, rest @ ..]
            if rest.len() == 4 && a.is_ascii_uppercase() && rest.iter().all(u8::is_ascii_digit) =>
        {
            Ok(Norm::from_bytes(u))
        }
        [a, b] if a.is_ascii_alphanumeric() && b.is_ascii_alphanumeric() => Ok(Norm::from_bytes(u)),
        [a, ..] if u.len() == 5 && a.is_ascii_digit() => Err(Fail::Format(
            "5-digit codes are CPT (HCPCS Level I): validate them with system cpt",
        )),
        _ => Err(Fail::Format(
            "HCPCS Level II codes are a letter and 4 digits; modifiers are 2 letters or digits",
        )),
    }
}

pub(crate) fn hcpcs(code: &str) -> R {
    let n = hcpcs_normalize(code).map_err(|f| (f, None))?;
    let packed = table::pack(n.as_str().as_bytes()).ok_or((Fail::Unknown, Some(n)))?;
    let (idx, _) = HCPCS_KEYS.find(packed).ok_or((Fail::Unknown, Some(n)))?;
    let off = table::u32_at(HCPCS_OFFS, idx * 4).unwrap_or(table::NONE);
    Ok(Passed {
        norm: n,
        billable: None,
        disp: table::text_at(HCPCS_TEXT, off).map_or(Disp::None, Disp::Text),
    })
}

pub(crate) fn cvx_normalize(code: &str) -> Result<Norm, Fail> {
    let t = code.trim().as_bytes();
    if t.is_empty() || t.len() > 3 || !t.iter().all(u8::is_ascii_digit) {
        return Err(Fail::Format("a CVX code is 1 to 3 digits"));
    }
    let mut n = Norm::default();
    if t.len() == 1 {
        n.push(b'0');
    }
    for &c in t {
        n.push(c);
    }
    Ok(n)
}

pub(crate) fn cvx(code: &str) -> R {
    let n = cvx_normalize(code).map_err(|f| (f, None))?;
    let packed = table::pack(n.as_str().as_bytes()).ok_or((Fail::Unknown, Some(n)))?;
    let (idx, _) = CVX_KEYS.find(packed).ok_or((Fail::Unknown, Some(n)))?;
    let off = table::u32_at(CVX_OFFS, idx * 4).unwrap_or(table::NONE);
    Ok(Passed {
        norm: n,
        billable: None,
        disp: table::text_at(CVX_TEXT, off).map_or(Disp::None, Disp::Text),
    })
}
