//! ICD-10-CM (diagnoses), from the CDC tabular list.
//!
//! Rules (ICD-10-CM Official Guidelines for Coding and Reporting, section I.A
//! and I.B): a code is 3 to 7 characters, a letter, then a digit or letter
//! (category QA0 since the April 2026 update), a digit or letter (C4A, O9A,
//! Z3A), an optional dot after the third character, then up to 4 more. Only
//! leaves of the tabular tree are billable. A 7th character comes from the
//! nearest `sevenChrDef` above the code, and codes shorter than 6 characters
//! take the placeholder X before it (I.A.4, I.A.5). A note under category S06
//! restricts 7th characters D and S; the generator applies such notes.
//!
//! Releases shipped: FY2024 (CMS codes file, billable codes; headers derived),
//! FY2025 April update and FY2026 April update (CDC tabular XML).

use super::release::Release;
use super::table::{self, Keys, NONE};
use super::{Disp, Fail, Norm, Passed};
use chrono::NaiveDate;

const fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(x) => x,
        None => NaiveDate::MIN,
    }
}

/// The shipped ICD-10-CM releases, oldest first (bit order of the flags).
pub const RELEASES: [Release; 3] = [
    Release {
        name: "ICD-10-CM FY2024",
        effective: date(2023, 10, 1),
    },
    Release {
        name: "ICD-10-CM FY2025 April 1 update",
        effective: date(2025, 4, 1),
    },
    Release {
        name: "ICD-10-CM FY2026 April 1 update",
        effective: date(2026, 4, 1),
    },
];

pub(crate) const KEYS: Keys = Keys(include_bytes!("../../data/codes/icd10cm.keys"));
const META: &[u8] = include_bytes!("../../data/codes/icd10cm.meta");
const TEXT: &str = include_str!("../../data/codes/icd10cm.text");
const RANGES: &[u8] = include_bytes!("../../data/codes/icd10cm.ranges");
const CHAPTERS: &str = include_str!("../../data/codes/icd10cm_chapters.tsv");
const SECTIONS: &str = include_str!("../../data/codes/icd10cm_sections.tsv");
const SEVEN: &str = include_str!("../../data/codes/icd10cm_seven.tsv");
const META_SIZE: usize = 16;
const INDEX: &[u8] = include_bytes!("../../data/codes/icd10cm.idx");
/// Flag bit: a code made of a tabular code and a 7th character.
pub(crate) const DERIVED: u8 = 1 << 6;

/// Normalises to the dotted form (`E11.9`); the bytes without the dot are
/// returned alongside for lookups.
pub(crate) fn normalize(code: &str) -> Result<(Norm, [u8; 7], usize), Fail> {
    let s = code.trim().as_bytes();
    let mut raw = [0u8; 7];
    let mut n = 0usize;
    let mut dot_at = None;
    for (i, &c) in s.iter().enumerate() {
        if c == b'.' {
            if dot_at.is_some() {
                return Err(Fail::Format("more than one dot"));
            }
            dot_at = Some(i);
            continue;
        }
        if !c.is_ascii_alphanumeric() {
            return Err(Fail::Format(
                "only letters, digits and one dot after the third character are allowed",
            ));
        }
        let slot = raw
            .get_mut(n)
            .ok_or(Fail::Format("longer than 7 characters"))?;
        *slot = c.to_ascii_uppercase();
        n += 1;
    }
    if n < 3 {
        return Err(Fail::Format("shorter than 3 characters"));
    }
    if let Some(d) = dot_at {
        if d != 3 {
            return Err(Fail::Format("the dot must follow the third character"));
        }
        if n == 3 {
            return Err(Fail::Format("nothing follows the dot"));
        }
    }
    let [c0, c1, c2, ..] = raw;
    if !c0.is_ascii_uppercase() {
        return Err(Fail::Format("the first character must be a letter"));
    }
    if !(c1.is_ascii_alphanumeric() && c2.is_ascii_alphanumeric()) {
        return Err(Fail::Format("characters 2 and 3 must be letters or digits"));
    }
    let mut norm = Norm::default();
    for (i, &c) in raw.iter().take(n).enumerate() {
        if i == 3 {
            norm.push(b'.');
        }
        norm.push(c);
    }
    Ok((norm, raw, n))
}

/// Exists/billable bits of release `r` in a flags byte.
fn in_release(flags: u8, r: usize) -> bool {
    flags & (1 << r) != 0
}
fn billable_in(flags: u8, r: usize) -> bool {
    flags & (1 << (r + 3)) != 0
}

/// Validates a normalised code (bytes without dot) for a date.
pub(crate) fn check(norm: Norm, raw: &[u8], date: Option<NaiveDate>) -> Result<Passed, Fail> {
    let packed = table::pack(raw).ok_or(Fail::Format("longer than 7 characters"))?;
    let Some((idx, flags)) = KEYS.find_indexed(INDEX, packed) else {
        return Err(missing_placeholder(raw).unwrap_or(Fail::Unknown));
    };
    let billable = super::status_by_date(&RELEASES, date, |r| {
        (in_release(flags, r), billable_in(flags, r))
    })?;
    Ok(Passed {
        norm,
        billable,
        disp: Disp::Icd(idx),
    })
}

/// Explains an unknown code that is a code with 7th characters plus one of
/// them without the X placeholders (S02.0A for S02.0XXA). Not repaired: the
/// caller must send the full code.
fn missing_placeholder(raw: &[u8]) -> Option<Fail> {
    let (last, base) = raw.split_last()?;
    if !(3..6).contains(&base.len()) {
        return None;
    }
    let mut padded = [b'X'; 7];
    padded.get_mut(..base.len())?.copy_from_slice(base);
    *padded.get_mut(6)? = *last;
    KEYS.find_indexed(INDEX, table::pack(&padded)?).map(|_| {
        Fail::UnknownWhy(
            "a 7th character goes in position 7: fill the empty positions with the placeholder X",
        )
    })
}

struct Meta {
    title: u32,
    notes: u32,
    /// Offset (in u64 units) of the Excludes1 list followed by the codeFirst
    /// list in RANGES, each led by its length.
    lists: u32,
    seven: u16,
    section: u16,
}

fn meta(idx: usize) -> Option<Meta> {
    let at = idx * META_SIZE;
    Some(Meta {
        title: table::u32_at(META, at)?,
        notes: table::u32_at(META, at + 4)?,
        lists: table::u32_at(META, at + 8)?,
        seven: table::u16_at(META, at + 12)?,
        section: table::u16_at(META, at + 14)?,
    })
}

/// The code at a key index, without dot.
pub(crate) fn code_at(idx: usize) -> Option<String> {
    let (buf, n) = table::unpack(KEYS.get(idx)?);
    Some(String::from_utf8_lossy(buf.get(..n)?).into_owned())
}

/// Dotted form of an undotted code.
pub(crate) fn dotted(raw: &str) -> String {
    match (raw.get(..3), raw.get(3..)) {
        (Some(a), Some(b)) if !b.is_empty() => format!("{a}.{b}"),
        _ => raw.to_string(),
    }
}

/// The tabular parent: the longest shorter code that exists (for a code with
/// a 7th character this skips the X placeholders: S02.0XXA -> S02.0).
pub(crate) fn parent_index(idx: usize) -> Option<usize> {
    let (buf, n) = table::unpack(KEYS.get(idx)?);
    for len in (3..n).rev() {
        let packed = table::pack(buf.get(..len)?)?;
        if let Some((p, _)) = KEYS.find(packed) {
            return Some(p);
        }
    }
    None
}

/// The 7th-character definitions set (character, meaning) of a set number.
fn seven_set(seven: u16) -> Vec<(char, &'static str)> {
    let Some(line) = (seven as usize)
        .checked_sub(1)
        .and_then(|i| SEVEN.lines().nth(i))
    else {
        return Vec::new();
    };
    let parts: Vec<&str> = line.split('\t').collect();
    parts
        .chunks(2)
        .filter_map(|c| match c {
            [ch, meaning] => Some((ch.chars().next()?, *meaning)),
            _ => None,
        })
        .collect()
}

/// Title of the code at `idx`; a code with a 7th character is titled from
/// its tabular parent and the 7th character's meaning, as in the tabular list.
pub(crate) fn title(idx: usize) -> Option<String> {
    let m = meta(idx)?;
    if m.title != NONE {
        return table::text_at(TEXT, m.title).map(str::to_string);
    }
    let flags = (KEYS.get(idx)? & 0xFF) as u8;
    if flags & DERIVED == 0 {
        return None;
    }
    let (buf, n) = table::unpack(KEYS.get(idx)?);
    let seventh = char::from(*buf.get(n.checked_sub(1)?)?);
    let parent = parent_index(idx)?;
    let base = title(parent)?;
    let meaning = seven_set(m.seven)
        .into_iter()
        .find(|(c, _)| *c == seventh)
        .map(|(_, m)| m)?;
    Some(format!("{base}, {meaning}"))
}

/// Code references of the Excludes1 (`which` 0) or
/// codeFirst (`which` 1) list at `off`.
fn ranges(off: u32, which: usize) -> Vec<Ref> {
    if off == NONE {
        return Vec::new();
    }
    let mut at = off as usize * 8;
    for _ in 0..which {
        let skip = table::u64_at(RANGES, at).unwrap_or(0) as usize;
        at += 8 + skip * 24;
    }
    let count = table::u64_at(RANGES, at).unwrap_or(0) as usize;
    (0..count)
        .filter_map(|i| {
            let e = at + 8 + i * 24;
            Some(Ref {
                lo: table::u64_at(RANGES, e)?,
                hi: table::u64_at(RANGES, e + 8)?,
                qualifier: table::u64_at(RANGES, e + 16)?,
            })
        })
        .collect()
}

/// A code reference of a note: codes with keys in `lo..=hi`, and when
/// `qualifier` is not 0, whose characters at a position (bytes
/// `[position + 1, length, value...]`) equal a value ("E08-E13 with .42").
#[derive(Clone, Copy)]
pub(crate) struct Ref {
    lo: u64,
    hi: u64,
    qualifier: u64,
}

/// The code's own and its ancestors' ranges of a list kind.
fn inherited_ranges(idx: usize, which: usize) -> Vec<Ref> {
    let mut out = Vec::new();
    let mut cur = Some(idx);
    while let Some(i) = cur {
        if let Some(m) = meta(i) {
            out.extend(ranges(m.lists, which));
        }
        cur = parent_index(i);
    }
    // The block's and the chapter's notes apply to every code in them.
    let g = groups(idx);
    for off in [g.block_lists, g.chapter_lists] {
        out.extend(ranges(off, which));
    }
    out
}

/// The block (tabular section) and chapter of a code, with the offsets of
/// their notes (text) and code-range lists.
struct Groups {
    block: Option<(&'static str, &'static str)>,
    chapter: Option<(&'static str, &'static str)>,
    block_notes: u32,
    block_lists: u32,
    chapter_notes: u32,
    chapter_lists: u32,
}

/// A decimal offset field of the chapter/section tables ("-": none).
fn off_field(f: Option<&&str>) -> u32 {
    f.and_then(|s| s.parse().ok()).unwrap_or(NONE)
}

fn groups(idx: usize) -> Groups {
    let mut g = Groups {
        block: None,
        chapter: None,
        block_notes: NONE,
        block_lists: NONE,
        chapter_notes: NONE,
        chapter_lists: NONE,
    };
    // Section line: chapter index, first, last, id, title, notes, lists.
    let Some(line) = meta(idx).and_then(|m| SECTIONS.lines().nth(m.section as usize)) else {
        return g;
    };
    let f: Vec<&str> = line.split('\t').collect();
    if let (Some(id), Some(title)) = (f.get(3), f.get(4)) {
        g.block = Some((id, title));
    }
    g.block_notes = off_field(f.get(5));
    g.block_lists = off_field(f.get(6));
    // Chapter line: number, title, notes, lists.
    let chapter_line = f
        .first()
        .and_then(|ci| ci.parse::<usize>().ok())
        .and_then(|ci| CHAPTERS.lines().nth(ci));
    if let Some(line) = chapter_line {
        let c: Vec<&str> = line.split('\t').collect();
        if let (Some(n), Some(t)) = (c.first(), c.get(1)) {
            g.chapter = Some((n, t));
        }
        g.chapter_notes = off_field(c.get(2));
        g.chapter_lists = off_field(c.get(3));
    }
    g
}

/// Notes stored as `kind\ttext\tkind\ttext...` at `off` in the text table.
fn notes_at(off: u32) -> Vec<(String, String)> {
    let Some(text) = table::text_at(TEXT, off) else {
        return Vec::new();
    };
    let parts: Vec<&str> = text.split('\t').collect();
    parts
        .chunks(2)
        .filter_map(|c| match c {
            [k, t] => Some((k.to_string(), t.to_string())),
            _ => None,
        })
        .collect()
}

/// Excludes1 ranges that apply to the code (its own and its ancestors').
pub(crate) fn excludes1(idx: usize) -> Vec<Ref> {
    inherited_ranges(idx, 0)
}

/// codeFirst ranges that apply to the code (its own and its ancestors').
pub(crate) fn code_first(idx: usize) -> Vec<Ref> {
    inherited_ranges(idx, 1)
}

/// True when the code's key lies in one of the ranges.
pub(crate) fn in_ranges(idx: usize, ranges: &[Ref]) -> bool {
    let Some(k) = KEYS.get(idx) else {
        return false;
    };
    let code = k.to_be_bytes();
    let k = k & !0xFF;
    ranges.iter().any(|r| {
        if !(r.lo <= k && k <= r.hi) {
            return false;
        }
        let q = r.qualifier.to_be_bytes();
        let [pos1, len, v @ ..] = q;
        if pos1 == 0 {
            return true;
        }
        let start = usize::from(pos1 - 1);
        let want = v.get(..usize::from(len));
        code.get(start..start + usize::from(len)) == want
    })
}

/// Whether any code on the way up is a manifestation code ("in diseases
/// classified elsewhere", guideline I.A.13).
pub(crate) fn is_manifestation(idx: usize) -> bool {
    let mut cur = Some(idx);
    while let Some(i) = cur {
        if title(i).is_some_and(|t| t.to_ascii_lowercase().contains("classified elsewhere")) {
            return true;
        }
        cur = parent_index(i);
    }
    false
}

/// Everything the tables know about one code.
pub(crate) struct Detail {
    pub chapter: Option<(String, String)>,
    pub block: Option<(String, String)>,
    pub notes: Vec<(String, String)>,
    pub block_notes: Vec<(String, String)>,
    pub chapter_notes: Vec<(String, String)>,
    pub seventh: Vec<(char, String)>,
    pub children: Vec<usize>,
}

/// Chapter, block, own notes, 7th characters and children of a code.
pub(crate) fn detail(idx: usize, release: usize) -> Detail {
    let m = meta(idx);
    let g = groups(idx);
    let chapter = g.chapter.map(|(n, t)| (n.to_string(), t.to_string()));
    let block = g.block.map(|(n, t)| (n.to_string(), t.to_string()));
    let notes = m.as_ref().map(|m| notes_at(m.notes)).unwrap_or_default();
    let seventh = m
        .as_ref()
        .map(|m| seven_set(m.seven))
        .unwrap_or_default()
        .into_iter()
        .map(|(c, s)| (c, s.to_string()))
        .collect();
    Detail {
        chapter,
        block,
        notes,
        block_notes: notes_at(g.block_notes),
        chapter_notes: notes_at(g.chapter_notes),
        seventh,
        children: children(idx, release),
    }
}

/// Direct children of a code that exist in release `release`.
fn children(idx: usize, release: usize) -> Vec<usize> {
    let Some(k) = KEYS.get(idx) else {
        return Vec::new();
    };
    let (buf, n) = table::unpack(k);
    let mut out = Vec::new();
    let mut i = idx + 1;
    while let Some(ck) = KEYS.get(i) {
        let (cb, cn) = table::unpack(ck);
        if cn <= n || cb.get(..n) != buf.get(..n) {
            break;
        }
        if in_release((ck & 0xFF) as u8, release) && parent_index(i) == Some(idx) {
            out.push(i);
        }
        i += 1;
    }
    out
}

/// Number of codes and of billable codes in shipped release `r` (an index
/// into [`RELEASES`]).
pub fn release_counts(r: usize) -> (usize, usize) {
    let (mut codes, mut billable) = (0, 0);
    for i in 0..KEYS.len() {
        let f = KEYS.get(i).map_or(0, |k| (k & 0xFF) as u8);
        codes += usize::from(in_release(f, r));
        billable += usize::from(billable_in(f, r));
    }
    (codes, billable)
}

/// True when a codeFirst note on the code or an ancestor gives its list as
/// examples ("underlying disease, such as: ..."), so any etiology code
/// listed first satisfies it, not only the codes the note names.
pub(crate) fn code_first_is_open(idx: usize) -> bool {
    let mut cur = Some(idx);
    while let Some(i) = cur {
        let notes = meta(i).and_then(|m| table::text_at(TEXT, m.notes));
        if let Some(text) = notes {
            let parts: Vec<&str> = text.split('\t').collect();
            let open = parts.chunks(2).any(|c| match c {
                [k, t] => *k == "codeFirst" && t.contains("such as"),
                _ => false,
            });
            if open {
                return true;
            }
        }
        cur = parent_index(i);
    }
    false
}
