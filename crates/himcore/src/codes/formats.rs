//! Format-only systems: CPT, NDC, LOINC, SNOMED CT, NPI, DEA, MBI, NUCC.
//!
//! No list is shipped for these (CPT is AMA copyright; NDC, LOINC, SNOMED CT,
//! NPI, DEA and MBI lists are large, licensed or private), so `valid` means
//! well formed with a correct check digit. Sources of each rule:
//! * CPT: AMA CPT code structure: Category I `nnnnn`, Category II `nnnnF`,
//!   Category III `nnnnT`, Proprietary Laboratory Analyses `nnnnU`.
//! * NDC: FDA, 21 CFR 207.35: 10-digit labeler-product-package in 4-4-2, 5-3-2
//!   or 5-4-1; HIPAA claims use the 11-digit 5-4-2 form (a leading zero pads
//!   the short segment); the FDA rule of 2026 adds a 12-digit 6-4-2 form.
//! * LOINC: Regenstrief "LOINC Users' Guide", mod 10 check digit (Luhn over
//!   the digits before the hyphen).
//! * SNOMED CT: "SNOMED CT Technical Implementation Guide", SCTID: 6 to 18
//!   digits, no leading zero, last digit Verhoeff, the two before it the
//!   partition identifier (00 concept, 10 extension concept).
//! * NPI: 45 CFR 162.406 and the CMS NPI check digit: Luhn over `80840`
//!   followed by the first 9 digits.
//! * DEA: DEA registration number: 2 letters and 7 digits;
//!   (d1+d3+d5) + 2(d2+d4+d6) ends in d7.
//! * MBI: CMS "Understanding the MBI format": 11 characters
//!   `C A AN N A AN N A A N N` (C = 1-9), letters without S, L, O, I, B, Z.
//! * NUCC taxonomy: 10 characters, 3 digits, 6 digits/letters, final `X`.

use super::{Disp, Fail, Norm, Passed};

type R = Result<Passed, (Fail, Option<Norm>)>;

fn pass(norm: Norm) -> R {
    Ok(Passed {
        norm,
        billable: None,
        disp: Disp::None,
    })
}

fn fmt(reason: &'static str) -> (Fail, Option<Norm>) {
    (Fail::Format(reason), None)
}

/// Trimmed and upper-cased ASCII, refusing anything non-ASCII (no allocation).
fn upper(code: &str, max: usize) -> Result<Norm, (Fail, Option<Norm>)> {
    let t = code.trim();
    if t.is_empty() {
        return Err(fmt("empty"));
    }
    if t.len() > max {
        return Err(fmt("too long"));
    }
    if !t.is_ascii() {
        return Err(fmt("non-ASCII characters"));
    }
    let mut n = Norm::default();
    for c in t.bytes() {
        n.push(c.to_ascii_uppercase());
    }
    Ok(n)
}

pub(crate) fn cpt(code: &str) -> R {
    let n = upper(code, 5)?;
    let b = n.as_str().as_bytes();
    let ok = match b {
        [a, b, c, d, e] => {
            [a, b, c, d].iter().all(|x| x.is_ascii_digit())
                && (e.is_ascii_digit() || matches!(e, b'F' | b'T' | b'U'))
        }
        _ => false,
    };
    if !ok {
        return Err(fmt(
            "CPT codes are 5 characters: nnnnn (Category I), nnnnF (II), nnnnT (III) or nnnnU (PLA)",
        ));
    }
    pass(n)
}

/// Luhn check digit for a digit string (the digit to append).
pub(crate) fn luhn_digit(digits: &[u8]) -> u8 {
    let mut sum = 0u32;
    for (i, d) in digits.iter().rev().enumerate() {
        let v = u32::from(d - b'0');
        sum += if i % 2 == 0 {
            let x = v * 2;
            x / 10 + x % 10
        } else {
            v
        };
    }
    b'0' + ((10 - sum % 10) % 10) as u8
}

pub(crate) fn ndc(code: &str) -> R {
    let t = code.trim();
    if t.is_empty() || t.len() > 14 || !t.bytes().all(|c| c.is_ascii_digit() || c == b'-') {
        return Err(fmt("an NDC is digits in 3 segments separated by hyphens"));
    }
    // At most 3 segments, without allocating.
    let mut seg = [""; 3];
    let mut count = 0usize;
    for part in t.split('-') {
        match seg.get_mut(count) {
            Some(slot) => *slot = part,
            None => return Err(fmt("an NDC has at most 3 segments")),
        }
        count += 1;
    }
    let parts = seg.get(..count).unwrap_or(&[]);
    let mut lens = [0usize; 3];
    for (l, p) in lens.iter_mut().zip(parts) {
        *l = p.len();
    }
    let lens = lens.get(..count).unwrap_or(&[]);
    let mut n = Norm::default();
    let mut put = |segs: [(&str, usize); 3]| {
        for (i, (s, w)) in segs.iter().enumerate() {
            if i > 0 {
                n.push(b'-');
            }
            for _ in s.len()..*w {
                n.push(b'0');
            }
            for c in s.bytes() {
                n.push(c);
            }
        }
    };
    match (parts, lens) {
        ([a, b, c], [4, 4, 2])
        | ([a, b, c], [5, 3, 2])
        | ([a, b, c], [5, 4, 1])
        | ([a, b, c], [5, 4, 2]) => put([(a, 5), (b, 4), (c, 2)]),
        ([a, b, c], [6, 4, 2]) => put([(a, 6), (b, 4), (c, 2)]),
        ([d], [11]) => {
            let (a, rest) = d.split_at(5);
            let (b, c) = rest.split_at(4);
            put([(a, 5), (b, 4), (c, 2)])
        }
        ([d], [12]) => {
            let (a, rest) = d.split_at(6);
            let (b, c) = rest.split_at(4);
            put([(a, 6), (b, 4), (c, 2)])
        }
        ([_], [10]) => return Err((Fail::NdcAmbiguous, None)),
        _ => {
            return Err(fmt(
                "NDC forms are 4-4-2, 5-3-2, 5-4-1, 5-4-2, 6-4-2, 11 or 12 digits",
            ))
        }
    }
    pass(n)
}

pub(crate) fn loinc(code: &str) -> R {
    let n = upper(code, 10)?;
    let s = n.as_str();
    let Some((num, check)) = s.split_once('-') else {
        return Err(fmt(
            "a LOINC code is digits, a hyphen and a check digit (2160-0)",
        ));
    };
    let nb = num.as_bytes();
    let ok = !nb.is_empty()
        && nb.len() <= 7
        && nb.iter().all(u8::is_ascii_digit)
        && check.len() == 1
        && check.bytes().all(|c| c.is_ascii_digit());
    if !ok {
        return Err(fmt(
            "a LOINC code is 1 to 7 digits, a hyphen and one check digit",
        ));
    }
    if nb.len() > 1 && nb.first() == Some(&b'0') {
        return Err(fmt("LOINC codes have no leading zeros"));
    }
    let expected = luhn_digit(nb);
    if check.as_bytes().first() != Some(&expected) {
        return Err((Fail::CheckDigit { expected }, None));
    }
    pass(n)
}

const VERHOEFF_D: [[u8; 10]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P: [[u8; 10]; 8] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VERHOEFF_INV: [u8; 10] = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

fn verhoeff_step(c: u8, pos: usize, digit: u8) -> u8 {
    let p = VERHOEFF_P
        .get(pos % 8)
        .and_then(|row| row.get(usize::from(digit)))
        .copied()
        .unwrap_or(0);
    VERHOEFF_D
        .get(usize::from(c))
        .and_then(|row| row.get(usize::from(p)))
        .copied()
        .unwrap_or(0)
}

/// The Verhoeff check digit for a digit string.
pub(crate) fn verhoeff_digit(digits: &[u8]) -> u8 {
    let mut c = 0u8;
    for (i, d) in digits.iter().rev().enumerate() {
        c = verhoeff_step(c, i + 1, d - b'0');
    }
    b'0' + VERHOEFF_INV.get(usize::from(c)).copied().unwrap_or(0)
}

pub(crate) fn snomed(code: &str) -> R {
    let n = upper(code, 18)?;
    let b = n.as_str().as_bytes();
    if b.len() < 6 || !b.iter().all(u8::is_ascii_digit) {
        return Err(fmt("a SNOMED CT identifier is 6 to 18 digits"));
    }
    if b.first() == Some(&b'0') {
        return Err(fmt("SNOMED CT identifiers have no leading zero"));
    }
    let (body, check) = b.split_at(b.len() - 1);
    let expected = verhoeff_digit(body);
    if check.first() != Some(&expected) {
        return Err((Fail::CheckDigit { expected }, None));
    }
    let partition = body.get(body.len() - 2..).unwrap_or(&[]);
    match partition {
        [b'0', b'0'] => {}
        [b'1', b'0'] => {
            // Extension id: at least one item digit, 7-digit namespace.
            if b.len() < 11 {
                return Err(fmt(
                    "an extension SNOMED CT concept id (partition 10) needs a 7-digit namespace",
                ));
            }
        }
        [b'0' | b'1', b'1'] => {
            return Err(fmt("partition 01/11 marks a description id, not a concept"))
        }
        [b'0' | b'1', b'2'] => {
            return Err(fmt(
                "partition 02/12 marks a relationship id, not a concept",
            ))
        }
        _ => return Err(fmt("unknown SNOMED CT partition identifier")),
    }
    pass(n)
}

pub(crate) fn npi(code: &str) -> R {
    let n = upper(code, 10)?;
    let b = n.as_str().as_bytes();
    if b.len() != 10 || !b.iter().all(u8::is_ascii_digit) {
        return Err(fmt("an NPI is 10 digits"));
    }
    // The NPI is an ISO 7812 card number with prefix 80840 (USA health).
    let mut payload = [b'0'; 14];
    for (slot, c) in payload
        .iter_mut()
        .zip(b"80840".iter().chain(b.iter().take(9)))
    {
        *slot = *c;
    }
    let expected = luhn_digit(&payload);
    if b.get(9) != Some(&expected) {
        return Err((Fail::CheckDigit { expected }, None));
    }
    pass(n)
}

/// First letters of DEA registration numbers (registrant types).
const DEA_TYPES: &[u8] = b"ABCDEFGHJKLMPRSTUX";

pub(crate) fn dea(code: &str) -> R {
    let n = upper(code, 9)?;
    let b = n.as_str().as_bytes();
    let [t, l, d @ ..] = b else {
        return Err(fmt("a DEA number is 2 letters and 7 digits"));
    };
    if d.len() != 7 || !d.iter().all(u8::is_ascii_digit) || !(l.is_ascii_uppercase() || *l == b'9')
    {
        return Err(fmt("a DEA number is 2 letters and 7 digits"));
    }
    if !DEA_TYPES.contains(t) {
        return Err(fmt("unknown DEA registrant type (first letter)"));
    }
    let v = |i: usize| u32::from(d.get(i).copied().unwrap_or(b'0') - b'0');
    let sum = v(0) + v(2) + v(4) + 2 * (v(1) + v(3) + v(5));
    let expected = b'0' + (sum % 10) as u8;
    if d.get(6) != Some(&expected) {
        return Err((Fail::CheckDigit { expected }, None));
    }
    pass(n)
}

fn mbi_letter(c: u8) -> bool {
    c.is_ascii_uppercase() && !b"SLOIBZ".contains(&c)
}

pub(crate) fn mbi(code: &str) -> R {
    let t = code.trim();
    // The printed form groups 4-3-4 with hyphens; hyphens elsewhere are refused.
    let compact: String = if t.len() == 13
        && t.as_bytes().get(4) == Some(&b'-')
        && t.as_bytes().get(8) == Some(&b'-')
    {
        t.chars().filter(|c| *c != '-').collect()
    } else {
        t.to_string()
    };
    let n = upper(&compact, 11)?;
    let b = n.as_str().as_bytes();
    if b.len() != 11 {
        return Err(fmt("an MBI is 11 characters (hyphens only as 4-3-4)"));
    }
    let digit = |c: &u8| c.is_ascii_digit();
    let ok = b.iter().enumerate().all(|(i, c)| match i {
        0 => (b'1'..=b'9').contains(c),
        1 | 4 | 7 | 8 => mbi_letter(*c),
        2 | 5 => digit(c) || mbi_letter(*c),
        _ => digit(c),
    });
    if !ok {
        return Err(fmt(
            "MBI characters: 1-9, letter, letter/digit, digit, letter, letter/digit, digit, letter, letter, digit, digit (no S, L, O, I, B, Z)",
        ));
    }
    pass(n)
}

pub(crate) fn nucc(code: &str) -> R {
    let n = upper(code, 10)?;
    let b = n.as_str().as_bytes();
    let ok = b.len() == 10
        && b.iter().take(3).all(u8::is_ascii_digit)
        && b.iter()
            .skip(3)
            .take(6)
            .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
        && b.get(9) == Some(&b'X');
    if !ok {
        return Err(fmt(
            "a NUCC taxonomy code is 10 characters: 3 digits, 6 letters/digits, X",
        ));
    }
    pass(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn_and_verhoeff_match_published_vectors() {
        assert_eq!(luhn_digit(b"2160"), b'0');
        assert_eq!(luhn_digit(b"718"), b'7');
        assert_eq!(luhn_digit(b"4548"), b'4');
        assert_eq!(luhn_digit(b"80840123456789"), b'3');
        assert_eq!(verhoeff_digit(b"2229800"), b'6');
        assert_eq!(verhoeff_digit(b"13887500"), b'5');
    }
}
