//! Generator of the code-set tables embedded by `himcore::codes`.
//!
//! Reads the gzip-compressed official files under `data-sources/codes/`
//! (release, publisher, sha256 and licence in `data-sources/README.md`),
//! checks each against its recorded SHA-256, and writes compact binary tables
//! into `crates/himcore/data/codes/`. The layout of every table is described in
//! `crates/himcore/src/codes/table.rs`; in short:
//!
//! * `*.keys`: sorted 8-byte little-endian records, the code (no dot, at most
//!   7 ASCII characters) packed big-endian in the upper 7 bytes and a flags byte
//!   in the lowest byte, so a binary search compares `key >> 8`;
//! * `*.text`: UTF-8 strings, each ended by `\n`, addressed by `u32` offsets;
//! * `icd10cm.meta`: one fixed 20-byte record per ICD-10-CM key.
//!
//! Usage: `cargo run -p himcore-datagen --bin codes [-- --check]`.

// A build-time tool over fixed-size per-release arrays indexed by the release
// constants below; a bad source makes it stop with an error, never write.
#![allow(clippy::indexing_slicing)]

use himcore_datagen::{emit, sha256_hex, workspace_root, Mode};
use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::path::Path;

/// Source files: name under `data-sources/codes/` (without `.gz`) and the
/// SHA-256 of the uncompressed original.
const SOURCES: &[(&str, &str)] = &[
    (
        "icd10c-tabular-April-1-2026.xml",
        "f161f8182aff3ce3a2a78e202f8259c08eaee2c670a9e45b0072445c52302935",
    ),
    (
        "icd10cm-tabular-April-2025.xml",
        "d6cdf5283f35a102d77ead236ec8c8929f22ba7f3356dbadff18ede01a3a3de5",
    ),
    (
        "icd10cm-codes-2024.txt",
        "814677aef29e68228eb3801db08ee040a7d8ad9994229fad800edd102698392a",
    ),
    (
        "icd10pcs_codes_2025.txt",
        "8fd50f47f8927728e3a819c22403502a28dc4e996b7d907e3259c45bd418f99c",
    ),
    (
        "icd10pcs-codes-2024.txt",
        "404f773a43113b8cf9b578a46ef5547ea84d1b528b4c9df3d6463b33b3d82e9d",
    ),
    (
        "hcpcs_2025_oct_codes_and_modifiers.tsv",
        "bb6233345bcceaadad7604875a71b503931a41066f03f18168f06f05ef775c48",
    ),
    (
        "cvx.tsv",
        "9f7509461accb30b97dc3d99b90f2c177195c1801fa314795ad18b65bc24933c",
    ),
];

const NONE: u32 = u32::MAX;

fn main() {
    let mode = Mode::from_args();
    match run(mode) {
        Ok(()) => {
            if mode == Mode::Check {
                println!("codes tables are up to date");
            }
        }
        Err(e) => {
            eprintln!("codes generator: {e}");
            std::process::exit(1);
        }
    }
}

fn read_source(root: &Path, name: &str) -> Result<String, String> {
    let path = root.join("data-sources/codes").join(format!("{name}.gz"));
    let gz = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut text = Vec::new();
    flate2::read::GzDecoder::new(gz.as_slice())
        .read_to_end(&mut text)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let want = SOURCES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, h)| *h)
        .ok_or_else(|| format!("{name} is not a registered source"))?;
    let got = sha256_hex(&text);
    if got != want {
        return Err(format!("{name}: sha256 {got}, expected {want}"));
    }
    String::from_utf8(text).map_err(|e| format!("{name}: {e}"))
}

fn run(mode: Mode) -> Result<(), String> {
    let root = workspace_root();
    let out = root.join("crates/himcore/data/codes");
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    icd10cm(&root, &mut files)?;
    simple_tables(&root, &mut files)?;
    for (name, bytes) in &files {
        emit(&out.join(name), bytes, mode)?;
    }
    Ok(())
}

/// Packs a code (no dot, <= 7 ASCII chars) and a flags byte into a key.
fn key(code: &str, flags: u8) -> Result<u64, String> {
    let b = code.as_bytes();
    if b.is_empty() || b.len() > 7 || !b.iter().all(|c| c.is_ascii_alphanumeric()) {
        return Err(format!("cannot pack code {code:?}"));
    }
    let mut k = [0u8; 8];
    k[..b.len()].copy_from_slice(b);
    k[7] = flags;
    Ok(u64::from_be_bytes(k))
}

fn clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A text blob of `\n`-terminated strings, deduplicated.
#[derive(Default)]
struct Blob {
    bytes: Vec<u8>,
    seen: BTreeMap<String, u32>,
}

impl Blob {
    fn add(&mut self, s: &str) -> Result<u32, String> {
        if s.contains('\n') {
            return Err(format!("text contains a newline: {s:?}"));
        }
        if let Some(&o) = self.seen.get(s) {
            return Ok(o);
        }
        let o = u32::try_from(self.bytes.len()).map_err(|e| e.to_string())?;
        self.bytes.extend_from_slice(s.as_bytes());
        self.bytes.push(b'\n');
        self.seen.insert(s.to_string(), o);
        Ok(o)
    }
}

// ---------------------------------------------------------------- ICD-10-CM

/// Release bit order, shared with `himcore::codes::icd10cm::RELEASES`.
const CM_FY2024: usize = 0;
const CM_FY2025_APRIL: usize = 1;
const CM_FY2026_APRIL: usize = 2;

#[derive(Default, Clone)]
struct CmCode {
    title: Option<String>,
    /// Notes as (kind, text) in document order.
    notes: Vec<(String, String)>,
    seven: Option<usize>,
    section: Option<usize>,
    derived: bool,
    in_release: [bool; 3],
    billable: [bool; 3],
    excludes1: Vec<Ref>,
    code_first: Vec<Ref>,
}

#[derive(Default)]
struct Tabular {
    chapters: Vec<(String, String)>,
    /// (chapter index, first, last, id, title)
    sections: Vec<(usize, String, String, String, String)>,
    /// sevenChrDef sets, each a list of (char, meaning).
    sevens: Vec<Vec<(char, String)>>,
    /// Notes of chapters ("chapter:N") and sections ("section:ID"), from the
    /// newest release that has the group.
    group_notes: BTreeMap<String, GroupNotes>,
}

/// Notes of a chapter or section, with the code ranges of its Excludes1
/// and codeFirst notes.
#[derive(Default, Clone)]
struct GroupNotes {
    notes: Vec<(String, String)>,
    excludes1: Vec<Ref>,
    code_first: Vec<Ref>,
}

fn group_notes(n: roxmltree::Node<'_, '_>) -> GroupNotes {
    let mut g = GroupNotes::default();
    for kind in NOTE_KINDS {
        for block in n.children().filter(|c| c.has_tag_name(*kind)) {
            for note in block.children().filter(|c| c.has_tag_name("note")) {
                let t = text_of(note);
                if *kind == "excludes1" {
                    g.excludes1.extend(note_refs(&t));
                }
                if *kind == "codeFirst" {
                    g.code_first.extend(note_refs(&t));
                }
                g.notes.push((kind.to_string(), t));
            }
        }
    }
    g
}

const NOTE_KINDS: &[&str] = &[
    "inclusionTerm",
    "includes",
    "excludes1",
    "excludes2",
    "codeFirst",
    "useAdditionalCode",
    "codeAlso",
    "notes",
    "sevenChrNote",
];

fn child<'a>(n: roxmltree::Node<'a, 'a>, tag: &str) -> Option<roxmltree::Node<'a, 'a>> {
    n.children().find(|c| c.has_tag_name(tag))
}

fn text_of(n: roxmltree::Node<'_, '_>) -> String {
    let mut s = String::new();
    for d in n.descendants() {
        if d.is_text() {
            s.push_str(d.text().unwrap_or(""));
            s.push(' ');
        }
    }
    clean(&s)
}

/// A code reference of a note: inclusive key range and a qualifier (0, or
/// bytes `[position + 1, length, value...]` big-endian: the code's
/// characters at that 0-based position, without dot, must equal the value).
type Ref = (u64, u64, u64);

/// Code references in an instructional note: `(A00-A09)`, `(E08.-)`,
/// `(K52.0)`, `(O99.5-)`, `(S02.0-, S02.1-)`, and references qualified by a
/// character (`(E08-E13 with .42)`, `(T36-T50 with fifth or sixth character
/// 5)`, `(S42.- with 7th character B or C)`). Qualifiers that are not a
/// plain position and value are skipped with their reference, so a note is
/// never widened.
fn note_refs(note: &str) -> Vec<Ref> {
    let mut out = Vec::new();
    for group in note.split('(').skip(1) {
        let inner = group.split(')').next().unwrap_or("");
        if let Some((r, q)) = inner.split_once(" with ") {
            let r = r.trim().trim_end_matches(',').trim();
            if r.contains(',') {
                continue;
            }
            let (Some((lo, hi)), Some(quals)) = (ref_range(r), qualifiers(q.trim())) else {
                continue;
            };
            out.extend(quals.into_iter().map(|q| (lo, hi, q)));
            continue;
        }
        for part in inner.split(',') {
            if let Some((lo, hi)) = ref_range(part.trim()) {
                out.push((lo, hi, 0));
            }
        }
    }
    out
}

/// The key range of `A00-A09`, `E08.-`, `K52.0`: from the first code to
/// everything below the last.
fn ref_range(part: &str) -> Option<(u64, u64)> {
    let (a, b) = match part.split_once('-') {
        Some((a, b)) if !b.trim().is_empty() => (a.trim(), b.trim()),
        Some((a, _)) => (a.trim(), a.trim()),
        None => (part, part),
    };
    let (a, b) = (ref_code(a)?, ref_code(b)?);
    let lo = key(&a, 0).ok()?;
    let hi = key(&b, 0).ok()?;
    // Everything below `b`: fill the unused bytes with 0xFF.
    let mut hb = hi.to_be_bytes();
    for x in hb.iter_mut().skip(b.len()) {
        *x = 0xFF;
    }
    Some((lo, u64::from_be_bytes(hb)))
}

fn qualifier(pos: usize, value: &str) -> Option<u64> {
    let v = value.as_bytes();
    if v.is_empty() || v.len() > 4 || pos > 6 || !v.iter().all(u8::is_ascii_alphanumeric) {
        return None;
    }
    let mut b = [0u8; 8];
    b[0] = pos as u8 + 1;
    b[1] = v.len() as u8;
    b[2..2 + v.len()].copy_from_slice(v);
    Some(u64::from_be_bytes(b))
}

/// Values of a token: `5`, `B`, `1-4` (digits), `.51-.52` (same length).
fn values(token: &str) -> Option<Vec<String>> {
    let t = token.trim().trim_start_matches('.');
    match t.split_once('-') {
        Some((a, b)) => {
            let b = b.trim_start_matches('.');
            if a.len() != b.len() || !a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit()) {
                return None;
            }
            let (x, y): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
            (x <= y).then(|| (x..=y).map(|n| format!("{n:0w$}", w = a.len())).collect())
        }
        None => (!t.is_empty() && t.bytes().all(|c| c.is_ascii_alphanumeric()))
            .then(|| vec![t.to_string()]),
    }
}

/// Qualifiers of `with .42`, `with .51-.52`, `with fifth or sixth character
/// 1-4`, `with 7th character B or C`; None for anything else.
fn qualifiers(q: &str) -> Option<Vec<u64>> {
    if q.starts_with('.') {
        let vals = values(q)?;
        return vals.iter().map(|v| qualifier(3, v)).collect();
    }
    let words: Vec<&str> = q.split_whitespace().collect();
    let at = words
        .iter()
        .position(|w| *w == "character" || *w == "characters")?;
    let mut positions = Vec::new();
    for w in words.get(..at)? {
        match *w {
            "or" => {}
            "fourth" | "4th" => positions.push(3),
            "fifth" | "5th" => positions.push(4),
            "sixth" | "six" | "6th" => positions.push(5),
            "seventh" | "7th" => positions.push(6),
            _ => return None,
        }
    }
    let mut vals = Vec::new();
    for w in words.get(at + 1..)? {
        if *w == "or" {
            continue;
        }
        vals.extend(values(w.trim_end_matches(','))?);
    }
    if positions.is_empty() || vals.is_empty() {
        return None;
    }
    let mut out = Vec::new();
    for p in &positions {
        for v in &vals {
            out.push(qualifier(*p, v)?);
        }
    }
    Some(out)
}

/// An ICD-10-CM code as written in a note (`E08.`, `K52.0`, `A00`), without
/// its dot; `None` when it is not one.
fn ref_code(s: &str) -> Option<String> {
    let s = s.trim_end_matches('.');
    let c: String = s.chars().filter(|c| *c != '.').collect();
    let b = c.as_bytes();
    let ok = (3..=7).contains(&b.len())
        && b.first().is_some_and(u8::is_ascii_uppercase)
        && b.iter()
            .all(|x| x.is_ascii_uppercase() || x.is_ascii_digit())
        && b.get(1)
            .is_some_and(|x| x.is_ascii_digit() || x.is_ascii_uppercase())
        && (s.len() == 3 || s.as_bytes().get(3) == Some(&b'.'));
    ok.then_some(c)
}

fn parse_tabular(
    xml: &str,
    release: usize,
    tab: &mut Tabular,
    codes: &mut BTreeMap<String, CmCode>,
) -> Result<(), String> {
    let doc = roxmltree::Document::parse_with_options(
        xml,
        roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        },
    )
    .map_err(|e| e.to_string())?;
    let root = doc.root_element();
    for chapter in root.children().filter(|c| c.has_tag_name("chapter")) {
        let num = child(chapter, "name").map(text_of).unwrap_or_default();
        let desc = child(chapter, "desc").map(text_of).unwrap_or_default();
        tab.group_notes
            .insert(format!("chapter:{num}"), group_notes(chapter));
        let ci = match tab.chapters.iter().position(|(n, _)| *n == num) {
            Some(i) => {
                if release == CM_FY2026_APRIL {
                    if let Some(c) = tab.chapters.get_mut(i) {
                        c.1 = desc;
                    }
                }
                i
            }
            None => {
                tab.chapters.push((num, desc));
                tab.chapters.len() - 1
            }
        };
        for section in chapter.children().filter(|c| c.has_tag_name("section")) {
            let id = section.attribute("id").unwrap_or("").to_string();
            let title = child(section, "desc").map(text_of).unwrap_or_default();
            tab.group_notes
                .insert(format!("section:{id}"), group_notes(section));
            let (first, last) = match id.split_once('-') {
                Some((a, b)) => (a.to_string(), b.to_string()),
                None => (id.clone(), id.clone()),
            };
            let si = match tab.sections.iter().position(|s| s.3 == id) {
                Some(i) => {
                    if release == CM_FY2026_APRIL {
                        if let Some(s) = tab.sections.get_mut(i) {
                            s.4 = title;
                            s.0 = ci;
                        }
                    }
                    i
                }
                None => {
                    tab.sections.push((ci, first, last, id, title));
                    tab.sections.len() - 1
                }
            };
            for diag in section.children().filter(|c| c.has_tag_name("diag")) {
                walk_diag(diag, si, None, &[], release, tab, codes)?;
            }
        }
    }
    Ok(())
}

/// A restriction stated in a note, e.g. S06: "7th characters D and S do not
/// apply to codes in category S06 with 6th character 7 - ..., or 8 - ...":
/// (7th characters excluded, 6th characters they are excluded for).
type SevenExclusion = (Vec<char>, Vec<char>);

fn seven_exclusion(note: &str) -> Option<SevenExclusion> {
    let (head, tail) = note.split_once(" do not apply to codes")?;
    let chars_part = head.strip_prefix("7th character")?.trim_start_matches('s');
    let sevenths: Vec<char> = chars_part
        .split([' ', ','])
        .filter(|w| w.len() == 1)
        .filter_map(|w| w.chars().next())
        .filter(char::is_ascii_alphanumeric)
        .collect();
    let (_, sixth_part) = tail.split_once("with 6th character")?;
    // "7 - death due to ..., or 8 - death due to ...": the characters are the
    // single-character words followed by " - ".
    let sixths: Vec<char> = sixth_part
        .split(" - ")
        .filter_map(|chunk| chunk.trim().rsplit(' ').next())
        .filter(|w| w.len() == 1)
        .filter_map(|w| w.chars().next())
        .filter(char::is_ascii_alphanumeric)
        .collect();
    (!sevenths.is_empty() && !sixths.is_empty()).then_some((sevenths, sixths))
}

fn walk_diag(
    diag: roxmltree::Node<'_, '_>,
    section: usize,
    inherited_seven: Option<usize>,
    inherited_excl: &[SevenExclusion],
    release: usize,
    tab: &mut Tabular,
    codes: &mut BTreeMap<String, CmCode>,
) -> Result<(), String> {
    let name = child(diag, "name")
        .map(text_of)
        .ok_or("diag without name")?
        .replace('.', "");
    let title = child(diag, "desc").map(text_of).unwrap_or_default();
    let mut seven = inherited_seven;
    if let Some(def) = child(diag, "sevenChrDef") {
        let mut set = Vec::new();
        for ext in def.children().filter(|c| c.has_tag_name("extension")) {
            let ch = ext
                .attribute("char")
                .and_then(|c| c.chars().next())
                .ok_or("extension without char")?;
            set.push((ch, text_of(ext)));
        }
        seven = Some(match tab.sevens.iter().position(|s| *s == set) {
            Some(i) => i,
            None => {
                tab.sevens.push(set);
                tab.sevens.len() - 1
            }
        });
    }
    let mut excl: Vec<SevenExclusion> = inherited_excl.to_vec();
    let mut notes = Vec::new();
    let mut excludes1 = Vec::new();
    let mut code_first = Vec::new();
    for kind in NOTE_KINDS {
        for block in diag.children().filter(|c| c.has_tag_name(*kind)) {
            for note in block.children().filter(|c| c.has_tag_name("note")) {
                let t = text_of(note);
                if *kind == "excludes1" {
                    excludes1.extend(note_refs(&t));
                }
                if *kind == "notes" {
                    excl.extend(seven_exclusion(&t));
                }
                if *kind == "codeFirst" {
                    code_first.extend(note_refs(&t));
                }
                notes.push((kind.to_string(), t));
            }
        }
    }
    let children: Vec<_> = diag.children().filter(|c| c.has_tag_name("diag")).collect();
    let leaf = children.is_empty();
    let expands = leaf && seven.is_some();
    {
        let e = codes.entry(name.clone()).or_default();
        // The newest tabular release wins for text (they are parsed oldest first).
        e.title = Some(title.clone());
        e.notes = notes;
        e.excludes1 = excludes1;
        e.code_first = code_first;
        e.seven = seven;
        e.section = Some(section);
        e.in_release[release] = true;
        e.billable[release] = leaf && !expands;
    }
    if expands {
        let set = seven
            .and_then(|i| tab.sevens.get(i))
            .cloned()
            .unwrap_or_default();
        let mut padded = name.clone();
        while padded.len() < 6 {
            padded.push('X');
        }
        let sixth = padded.chars().nth(5);
        for (ch, _) in set {
            if excl
                .iter()
                .any(|(sev, six)| sev.contains(&ch) && sixth.is_some_and(|x| six.contains(&x)))
            {
                continue;
            }
            let code = format!("{padded}{ch}");
            let e = codes.entry(code).or_default();
            e.derived = true;
            e.seven = seven;
            e.section = Some(section);
            e.in_release[release] = true;
            e.billable[release] = true;
        }
    }
    for c in children {
        walk_diag(c, section, seven, &excl, release, tab, codes)?;
    }
    Ok(())
}

fn icd10cm(root: &Path, files: &mut Vec<(String, Vec<u8>)>) -> Result<(), String> {
    let mut tab = Tabular::default();
    let mut codes: BTreeMap<String, CmCode> = BTreeMap::new();
    let x25 = read_source(root, "icd10cm-tabular-April-2025.xml")?;
    parse_tabular(&x25, CM_FY2025_APRIL, &mut tab, &mut codes)?;
    drop(x25);
    let x26 = read_source(root, "icd10c-tabular-April-1-2026.xml")?;
    parse_tabular(&x26, CM_FY2026_APRIL, &mut tab, &mut codes)?;
    drop(x26);

    // FY2024: the CMS codes file lists billable codes only. Its headers are
    // the prefixes of those codes that are tabular codes in a later release,
    // plus every 3-character category (always a code).
    let fy24 = read_source(root, "icd10cm-codes-2024.txt")?;
    let mut fy24_billable = BTreeSet::new();
    for line in fy24.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            continue;
        }
        let (code, title) = line.split_once(' ').ok_or("FY2024 line without title")?;
        fy24_billable.insert(code.to_string());
        let e = codes.entry(code.to_string()).or_default();
        e.in_release[CM_FY2024] = true;
        e.billable[CM_FY2024] = true;
        if e.title.is_none() && !e.derived {
            e.title = Some(clean(title));
        }
    }
    for code in &fy24_billable {
        for n in 3..code.len() {
            let p = code.get(..n).ok_or("prefix")?;
            let known_header = codes
                .get(p)
                .is_some_and(|c| !c.derived && c.title.is_some());
            if n == 3 || known_header {
                let e = codes.entry(p.to_string()).or_default();
                e.in_release[CM_FY2024] = true;
            }
        }
    }
    // Section of codes only in FY2024 (by category range).
    let sections = tab.sections.clone();
    for (code, c) in codes.iter_mut() {
        if c.section.is_none() {
            let cat = code.get(..3).unwrap_or("");
            c.section = sections
                .iter()
                .position(|(_, f, l, _, _)| cat >= f.as_str() && cat <= l.as_str());
        }
    }

    // Emit.
    let mut keys = Vec::new();
    let mut meta = Vec::new();
    let mut text = Blob::default();
    let mut ranges: Vec<u64> = Vec::new();
    let mut stats = [0usize; 6];
    for (code, c) in &codes {
        let mut flags = 0u8;
        for r in 0..3 {
            if c.in_release[r] {
                flags |= 1 << r;
                stats[r] += 1;
            }
            if c.billable[r] {
                flags |= 1 << (r + 3);
                stats[r + 3] += 1;
            }
        }
        if c.derived {
            flags |= 1 << 6;
        }
        keys.extend_from_slice(&key(code, flags)?.to_le_bytes());
        let title = match (&c.title, c.derived) {
            (Some(t), false) => text.add(t)?,
            _ => NONE,
        };
        let notes = if c.notes.is_empty() {
            NONE
        } else {
            let joined: Vec<String> = c.notes.iter().map(|(k, t)| format!("{k}\t{t}")).collect();
            text.add(&joined.join("\t"))?
        };
        // Excludes1 then codeFirst ranges, each list led by its length.
        let lists = if c.excludes1.is_empty() && c.code_first.is_empty() {
            NONE
        } else {
            let o = u32::try_from(ranges.len()).map_err(|e| e.to_string())?;
            for v in [&c.excludes1, &c.code_first] {
                ranges.push(v.len() as u64);
                for (a, b, q) in v {
                    ranges.push(*a);
                    ranges.push(*b);
                    ranges.push(*q);
                }
            }
            o
        };
        let seven = c.seven.map_or(0u16, |s| s as u16 + 1);
        let section = c.section.map_or(u16::MAX, |s| s as u16);
        meta.extend_from_slice(&title.to_le_bytes());
        meta.extend_from_slice(&notes.to_le_bytes());
        meta.extend_from_slice(&lists.to_le_bytes());
        meta.extend_from_slice(&seven.to_le_bytes());
        meta.extend_from_slice(&section.to_le_bytes());
    }
    eprintln!(
        "icd10cm: {} union codes; per release codes {:?} billable {:?}",
        codes.len(),
        &stats[..3],
        &stats[3..]
    );
    // Group notes: text offset and ranges offset (decimal, "-" for none).
    let mut group = |key: &str| -> Result<(String, String), String> {
        let Some(g) = tab.group_notes.get(key) else {
            return Ok(("-".into(), "-".into()));
        };
        let notes = if g.notes.is_empty() {
            "-".to_string()
        } else {
            let joined: Vec<String> = g.notes.iter().map(|(k, t)| format!("{k}\t{t}")).collect();
            text.add(&joined.join("\t"))?.to_string()
        };
        let lists = if g.excludes1.is_empty() && g.code_first.is_empty() {
            "-".to_string()
        } else {
            let o = ranges.len();
            for v in [&g.excludes1, &g.code_first] {
                ranges.push(v.len() as u64);
                for (a, b, q) in v {
                    ranges.push(*a);
                    ranges.push(*b);
                    ranges.push(*q);
                }
            }
            o.to_string()
        };
        Ok((notes, lists))
    };
    let mut chapters = String::new();
    for (n, d) in &tab.chapters {
        let (no, li) = group(&format!("chapter:{n}"))?;
        chapters.push_str(&format!("{n}\t{d}\t{no}\t{li}\n"));
    }
    let mut secs = String::new();
    for (ci, f, l, id, t) in &tab.sections {
        let (no, li) = group(&format!("section:{id}"))?;
        secs.push_str(&format!("{ci}\t{f}\t{l}\t{id}\t{t}\t{no}\t{li}\n"));
    }
    let mut sevens = String::new();
    for set in &tab.sevens {
        let parts: Vec<String> = set.iter().map(|(c, d)| format!("{c}\t{d}")).collect();
        sevens.push_str(&parts.join("\t"));
        sevens.push('\n');
    }
    let ranges_bytes: Vec<u8> = ranges.iter().flat_map(|r| r.to_le_bytes()).collect();
    files.push(("icd10cm.idx".into(), prefix_index(&keys)?));
    files.push(("icd10cm.keys".into(), keys));
    files.push(("icd10cm.meta".into(), meta));
    files.push(("icd10cm.text".into(), text.bytes));
    files.push(("icd10cm.ranges".into(), ranges_bytes));
    files.push(("icd10cm_chapters.tsv".into(), chapters.into_bytes()));
    files.push(("icd10cm_sections.tsv".into(), secs.into_bytes()));
    files.push(("icd10cm_seven.tsv".into(), sevens.into_bytes()));
    Ok(())
}

// ------------------------------------------------- PCS, HCPCS, CVX (simple)

/// A keyed table: `name.keys` (8-byte keys with flags), `name.offs` (u32 per
/// key into the text), `name.text` (deduplicated `\n`-terminated strings).
fn simple_table(
    name: &str,
    rows: &BTreeMap<String, (u8, String)>,
    files: &mut Vec<(String, Vec<u8>)>,
) -> Result<(), String> {
    let mut keys = Vec::new();
    let mut offs = Vec::new();
    let mut text = Blob::default();
    for (code, (flags, title)) in rows {
        keys.extend_from_slice(&key(code, *flags)?.to_le_bytes());
        offs.extend_from_slice(&text.add(title)?.to_le_bytes());
    }
    files.push((format!("{name}.keys"), keys));
    files.push((format!("{name}.offs"), offs));
    files.push((format!("{name}.text"), text.bytes));
    Ok(())
}

/// PCS titles are long and built from a small vocabulary, so they are stored
/// as sequences of word numbers: `icd10pcs.words` (`\n`-terminated words,
/// most frequent first), `icd10pcs.wordoffs` (u32 per word),
/// `icd10pcs.offs` (u32 per key into `icd10pcs.seq`, plus an end sentinel),
/// `icd10pcs.seq` (word numbers: one byte below 128, else two bytes
/// `0x80 | n >> 8`, `n & 0xFF`); plus `icd10pcs.keys` and `icd10pcs.idx`.
fn pcs_table(
    rows: &BTreeMap<String, (u8, String)>,
    files: &mut Vec<(String, Vec<u8>)>,
) -> Result<(), String> {
    let mut freq: BTreeMap<&str, usize> = BTreeMap::new();
    for (_, t) in rows.values() {
        for w in t.split(' ') {
            *freq.entry(w).or_default() += 1;
        }
    }
    let mut by_id: Vec<(&str, usize)> = freq.into_iter().collect();
    by_id.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    if by_id.len() >= 0x8000 {
        return Err("PCS vocabulary too large".into());
    }
    let vocab: BTreeMap<&str, usize> = by_id
        .iter()
        .enumerate()
        .map(|(i, (w, _))| (*w, i))
        .collect();
    let mut words = Vec::new();
    let mut word_offs = Vec::new();
    for (w, _) in &by_id {
        word_offs.extend_from_slice(&(words.len() as u32).to_le_bytes());
        words.extend_from_slice(w.as_bytes());
        words.push(b'\n');
    }
    let mut keys = Vec::new();
    let mut offs = Vec::new();
    let mut seq: Vec<u8> = Vec::new();
    for (code, (flags, title)) in rows {
        keys.extend_from_slice(&key(code, *flags)?.to_le_bytes());
        offs.extend_from_slice(&(seq.len() as u32).to_le_bytes());
        for w in title.split(' ') {
            let id = vocab.get(w).copied().ok_or("word")?;
            if id < 0x80 {
                seq.push(id as u8);
            } else {
                seq.push(0x80 | (id >> 8) as u8);
                seq.push((id & 0xFF) as u8);
            }
        }
    }
    offs.extend_from_slice(&(seq.len() as u32).to_le_bytes());
    files.push(("icd10pcs.idx".into(), prefix_index(&keys)?));
    files.push(("icd10pcs.keys".into(), keys));
    files.push(("icd10pcs.offs".into(), offs));
    files.push(("icd10pcs.seq".into(), seq));
    files.push(("icd10pcs.words".into(), words));
    files.push(("icd10pcs.wordoffs".into(), word_offs));
    Ok(())
}

/// Number of a 3-character prefix of digits and upper-case letters
/// (0-9 -> 0-9, A-Z -> 10-35), in code order.
fn prefix_number(code: &[u8]) -> Option<usize> {
    let digit = |c: u8| match c {
        b'0'..=b'9' => Some(usize::from(c - b'0')),
        b'A'..=b'Z' => Some(usize::from(c - b'A') + 10),
        _ => None,
    };
    Some((digit(*code.first()?)? * 36 + digit(*code.get(1)?)?) * 36 + digit(*code.get(2)?)?)
}

/// `.idx`: for each 3-character prefix number p (36^3 of them, plus an end
/// entry), the index of the first key whose prefix number is >= p, as u32,
/// so a lookup binary-searches only its own category.
fn prefix_index(keys: &[u8]) -> Result<Vec<u8>, String> {
    let n = keys.len() / 8;
    let mut count = vec![0u32; 36 * 36 * 36];
    for i in 0..n {
        let k = u64::from_le_bytes(keys[i * 8..i * 8 + 8].try_into().map_err(|_| "key")?);
        let p = prefix_number(&k.to_be_bytes()).ok_or("code shorter than 3")?;
        count[p] += 1;
    }
    // Keys are sorted by code and prefix numbers follow code order, so the
    // start of prefix p is the number of keys with a smaller prefix.
    let mut starts = Vec::with_capacity(count.len() + 1);
    let mut acc = 0u32;
    for c in &count {
        starts.push(acc);
        acc += c;
    }
    starts.push(acc);
    Ok(starts.iter().flat_map(|s| s.to_le_bytes()).collect())
}

fn simple_tables(root: &Path, files: &mut Vec<(String, Vec<u8>)>) -> Result<(), String> {
    // ICD-10-PCS: bit 0 FY2024, bit 1 FY2025; titles from the newest release.
    let mut pcs: BTreeMap<String, (u8, String)> = BTreeMap::new();
    for (bit, name) in [
        (0u8, "icd10pcs-codes-2024.txt"),
        (1, "icd10pcs_codes_2025.txt"),
    ] {
        let src = read_source(root, name)?;
        for line in src.lines() {
            let line = line.trim_end();
            if line.is_empty() {
                continue;
            }
            let (code, title) = line.split_once(' ').ok_or("PCS line without title")?;
            let e = pcs.entry(code.to_string()).or_insert((0, String::new()));
            e.0 |= 1 << bit;
            e.1 = clean(title);
        }
    }
    eprintln!("icd10pcs: {} union codes", pcs.len());
    pcs_table(&pcs, files)?;

    // HCPCS Level II: flags 1 = code, 2 = modifier.
    let src = read_source(root, "hcpcs_2025_oct_codes_and_modifiers.tsv")?;
    let mut hcpcs: BTreeMap<String, (u8, String)> = BTreeMap::new();
    for line in src.lines().skip(1) {
        let mut f = line.split('\t');
        let (Some(kind), Some(code), desc) = (f.next(), f.next(), f.next()) else {
            return Err(format!("HCPCS line {line:?}"));
        };
        let flag = match kind {
            "code" => 1,
            "modifier" => 2,
            other => return Err(format!("HCPCS kind {other:?}")),
        };
        let e = hcpcs
            .entry(code.trim().to_string())
            .or_insert((0, clean(desc.unwrap_or(""))));
        e.0 |= flag;
    }
    eprintln!("hcpcs: {} codes and modifiers", hcpcs.len());
    simple_table("hcpcs", &hcpcs, files)?;

    // CVX: code and name.
    let src = read_source(root, "cvx.tsv")?;
    let mut cvx: BTreeMap<String, (u8, String)> = BTreeMap::new();
    for line in src.lines().skip(1) {
        let mut f = line.split('\t');
        let (Some(code), Some(name)) = (f.next(), f.next()) else {
            return Err(format!("CVX line {line:?}"));
        };
        cvx.insert(code.trim().to_string(), (1, clean(name)));
    }
    eprintln!("cvx: {} codes", cvx.len());
    simple_table("cvx", &cvx, files)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn note_references_keep_ranges_and_position_qualifiers() {
        assert_eq!(note_refs("gestational diabetes (O24.4-)").len(), 1);
        assert_eq!(note_refs("intestinal (A00-A09), (K52.0, K52.1)").len(), 3);
        let r = note_refs("diabetes mellitus (E08-E13 with .42)");
        assert_eq!(r.len(), 1);
        assert_ne!(r[0].2, 0);
        assert_eq!(
            note_refs("adverse effect (T36-T50 with fifth or sixth character 5)").len(),
            2
        );
        assert_eq!(
            qualifiers("fifth or sixth character 1-4").map(|q| q.len()),
            Some(8)
        );
        assert_eq!(qualifiers("7th character B or C").map(|q| q.len()), Some(2));
        // Qualifiers that are not a position and value drop the reference.
        assert!(note_refs("sequelae (I69. with final characters -23)").is_empty());
        assert!(note_refs("(S52.- with open fracture 7th character)").is_empty());
        assert!(note_refs("see chapter notes").is_empty());
    }

    #[test]
    fn seven_character_exclusion_note_is_understood() {
        let n = "7th characters D and S do not apply to codes in category S06 with 6th character 7 - death due to brain injury prior to regaining consciousness, or 8 - death due to other cause prior to regaining consciousness.";
        assert_eq!(seven_exclusion(n), Some((vec!['D', 'S'], vec!['7', '8'])));
        assert_eq!(seven_exclusion("Use additional code"), None);
    }
}
