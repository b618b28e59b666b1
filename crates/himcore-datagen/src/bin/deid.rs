//! Builds the de-identification dictionaries embedded in himcore
//! (`crates/himcore/data/deid/`) from the gzipped sources in
//! `data-sources/deid/` (see its README for release, sha256 and licence).
//!
//! Outputs:
//! - `lexicon.fst`: one finite-state map from a lower-case token (or a
//!   multi-word place name) to bit flags: first name, surname, city/town,
//!   clinical vocabulary, state name, the SCOWL level of the word when it is a
//!   common lower-case English word, and log2 popularity buckets of the name.
//! - `hospitals.fst`: normalised hospital and facility names (CMS + HIFLD).
//! - `street_suffixes.txt`, `unit_designators.txt`, `states.tsv`,
//!   `restricted_zip3.txt`: small newline tables.
//!
//! Run `cargo run -p himcore-datagen --bin deid` to write, `-- --check` to
//! verify the committed tables are exactly what the sources give.

use flate2::read::GzDecoder;
use himcore_datagen::{emit, workspace_root, Mode};
use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::path::Path;
use std::process::ExitCode;

// Bit layout of lexicon values; mirrored in crates/himcore/src/deid/dict.rs.
const FIRST: u64 = 1;
const SURNAME: u64 = 1 << 1;
const PLACE: u64 = 1 << 2;
const CLINICAL: u64 = 1 << 3;
const STATE: u64 = 1 << 4;
const SCOWL_SHIFT: u32 = 8;
const FIRST_POP_SHIFT: u32 = 16;
const SUR_POP_SHIFT: u32 = 24;

// Generic trailing words of facility names.
const GENERIC: &[&str] = &[
    "hospital",
    "hospitals",
    "medical",
    "center",
    "centers",
    "centre",
    "health",
    "healthcare",
    "care",
    "clinic",
    "system",
    "inc",
    "llc",
    "the",
    "of",
    "and",
    "institute",
    "memorial",
    "regional",
    "general",
    "community",
    "campus",
    "center-",
    "rehabilitation",
    "rehab",
    "behavioral",
    "psychiatric",
    "childrens",
    "children's",
    "cancer",
    "heart",
    "surgical",
    "surgery",
    "specialty",
    "acute",
    "long",
    "term",
    "ltac",
    "services",
    "network",
    "-",
];

fn read_gz(dir: &Path, name: &str) -> Result<String, String> {
    let path = dir.join(name);
    let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = String::new();
    GzDecoder::new(bytes.as_slice())
        .read_to_string(&mut out)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(out)
}

fn read_plain(dir: &Path, name: &str) -> Result<String, String> {
    let path = dir.join(name);
    std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
}

/// Lower-case, keep letters, apostrophes and hyphens; words joined by one space.
fn norm(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // "DANA - FARBER" is written "Dana-Farber" in notes.
    let s = s.replace(" - ", "-");
    for word in s.split(|c: char| c.is_whitespace() || c == ',' || c == '/') {
        let w: String = word
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '\'' || *c == '-' || *c == '&')
            .flat_map(char::to_lowercase)
            .collect();
        if w.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&w);
    }
    out
}

fn bucket(count: u64) -> u64 {
    // floor(log2(count)), 0 for none; fits 5 bits.
    if count == 0 {
        0
    } else {
        u64::from(64 - count.leading_zeros()).min(31)
    }
}

/// Records a name (first name or surname flag) and its popularity; the
/// placeholders for the unnamed ([`PLACEHOLDER_NAMES`]) are no names.
fn set_pop(map: &mut BTreeMap<String, u64>, key: String, flag: u64, shift: u32, count: u64) {
    if PLACEHOLDER_NAMES.contains(&key.as_str()) {
        return;
    }
    let v = map.entry(key).or_insert(0);
    *v |= flag;
    let old = (*v >> shift) & 0xff;
    let b = bucket(count).max(old);
    *v = (*v & !(0xff << shift)) | (b << shift);
}

fn csv_fields(line: &str) -> Vec<String> {
    // Minimal RFC 4180 splitting: quoted fields may hold commas.
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    out.push(cur);
    out
}

/// What name lists record for a person with no name (`Baby`, `Male`,
/// `Unknown`, `FNU` for "first name unknown"): placeholders, not names. Census
/// 2020 counts 27,916 people first-named `Male`, SSA 9,570 girls named
/// `Unknown`; keeping them would make `MALE SEEN BY` a name.
const PLACEHOLDER_NAMES: &[&str] = &[
    "unknown", "baby", "infant", "babyboy", "babygirl", "male", "female", "boy", "girl",
    "notnamed", "unnamed", "noname", "fnu", "lnu", "nfn", "nln",
];

fn run(mode: Mode) -> Result<(), String> {
    let root = workspace_root();
    let src = root.join("data-sources/deid");
    let out = root.join("crates/himcore/data/deid");
    let mut lex: BTreeMap<String, u64> = BTreeMap::new();

    // Surnames: Census 2010 and 2020 (name,rank,count).
    for f in ["census2010_surnames.csv.gz", "census2020_surnames.csv.gz"] {
        for line in read_gz(&src, f)?.lines().skip(1) {
            let mut it = line.split(',');
            let (Some(name), _, Some(count)) = (it.next(), it.next(), it.next()) else {
                continue;
            };
            let count: u64 = count.trim().parse().unwrap_or(0);
            let key = norm(name);
            if key.len() >= 2 && !key.contains(' ') {
                set_pop(&mut lex, key, SURNAME, SUR_POP_SHIFT, count);
            }
        }
    }
    // First names: Census 2020 (name,rank,count,...), SSA (name,sex,total,...),
    // Census 1990 (fixed width NAME freq cum rank; frequency as count proxy).
    for line in read_gz(&src, "census2020_first_names.csv.gz")?
        .lines()
        .skip(1)
    {
        let f: Vec<&str> = line.split(',').collect();
        if let (Some(name), Some(count)) = (f.first(), f.get(2)) {
            let key = norm(name);
            if key.len() >= 2 && !key.contains(' ') {
                set_pop(
                    &mut lex,
                    key,
                    FIRST,
                    FIRST_POP_SHIFT,
                    count.parse().unwrap_or(0),
                );
            }
        }
    }
    for line in read_gz(&src, "ssa_national_first_names_1880_2020.csv.gz")?
        .lines()
        .skip(1)
    {
        let f: Vec<&str> = line.split(',').collect();
        if let (Some(name), Some(count)) = (f.first(), f.get(2)) {
            let count: u64 = count.parse().unwrap_or(0);
            // Names given fewer than 100 times in 140 years are mostly
            // spelling variants that collide with ordinary words.
            let key = norm(name);
            if count >= 100 && key.len() >= 2 {
                set_pop(&mut lex, key, FIRST, FIRST_POP_SHIFT, count);
            }
        }
    }
    for f in [
        "census1990_dist.female.first.gz",
        "census1990_dist.male.first.gz",
    ] {
        for line in read_gz(&src, f)?.lines() {
            if let Some(name) = line.split_whitespace().next() {
                let key = norm(name);
                if key.len() >= 2 {
                    set_pop(&mut lex, key, FIRST, FIRST_POP_SHIFT, 1000);
                }
            }
        }
    }
    // Places: Faraday gazetteer (state, name, type, geoid).
    for line in read_gz(&src, "us_places_faraday.tsv.gz")?.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if let Some(name) = f.get(1) {
            if name.ends_with(" city and") {
                continue; // upstream parse artefact
            }
            let key = norm(name);
            if key.len() >= 3 {
                *lex.entry(key).or_insert(0) |= PLACE;
            }
        }
    }
    // Puerto Rico's 78 municipios (the town and its municipio share the
    // name): the Census county gazetteer, which the place file above lacks.
    for line in read_gz(&src, "census2017_gaz_counties.txt.gz")?.lines() {
        let f: Vec<&str> = line.split('|').collect();
        if let (Some(&"PR"), Some(name)) = (f.first(), f.get(3)) {
            if let Some(town) = name.strip_suffix(" Municipio") {
                // Looked up as written ("bayamón", which the engine's key
                // keeps) and without accents ("bayamon").
                let written = town.to_lowercase();
                let plain: String = written
                    .chars()
                    .map(|c| match c {
                        'á' => 'a',
                        'é' => 'e',
                        'í' => 'i',
                        'ó' => 'o',
                        'ú' | 'ü' => 'u',
                        'ñ' => 'n',
                        c => c,
                    })
                    .collect();
                for key in [written, plain] {
                    if key.len() >= 3 {
                        *lex.entry(key).or_insert(0) |= PLACE;
                    }
                }
            }
        }
    }
    // Cities abroad (authored here): the gazetteer above is US-only.
    for line in read_plain(&src, "world_cities.txt")?.lines() {
        let t = line.trim();
        if !t.is_empty() && !t.starts_with('#') {
            // Three-letter towns read as abbreviations ("OSH", "Jos").
            let key = norm(t);
            if key.len() >= 4 {
                *lex.entry(key).or_insert(0) |= PLACE;
            }
        }
    }
    // States: full names (and written variants) flagged STATE.
    let mut states = String::new();
    for line in read_gz(&src, "us_states.tsv.gz")?.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if let (Some(name), Some(abbr)) = (f.first(), f.get(1)) {
            *lex.entry(norm(name)).or_insert(0) |= STATE;
            states.push_str(&format!("{}\t{}\n", norm(name), abbr.trim()));
        }
    }
    // Common English words (SCOWL level).
    for line in read_gz(&src, "scowl_common_words.tsv.gz")?.lines().skip(1) {
        let mut it = line.split('\t');
        if let (Some(word), Some(level)) = (it.next(), it.next()) {
            let level: u64 = level.trim().parse().unwrap_or(0);
            if word.chars().all(|c| c.is_ascii_lowercase()) && level > 0 {
                let v = lex.entry(word.to_string()).or_insert(0);
                let old = (*v >> SCOWL_SHIFT) & 0xff;
                if old == 0 || level < old {
                    *v = (*v & !(0xff << SCOWL_SHIFT)) | (level << SCOWL_SHIFT);
                }
            }
        }
    }
    // Clinical vocabulary (authored here).
    for line in read_plain(&src, "clinical_terms.txt")?.lines() {
        let t = line.trim();
        if !t.is_empty() && !t.starts_with('#') {
            *lex.entry(t.to_string()).or_insert(0) |= CLINICAL;
        }
    }
    let mut builder = fst::MapBuilder::memory();
    for (k, v) in &lex {
        builder.insert(k, *v).map_err(|e| e.to_string())?;
    }
    let lexicon = builder.into_inner().map_err(|e| e.to_string())?;
    emit(&out.join("lexicon.fst"), &lexicon, mode)?;

    // Hospitals: CMS Facility Name (column 1) and HIFLD NAME (column 1).
    let mut hospitals: BTreeSet<String> = BTreeSet::new();
    for f in [
        "cms_hospital_general_information.csv.gz",
        "hifld_hospitals.csv.gz",
    ] {
        for line in read_gz(&src, f)?.lines().skip(1) {
            if let Some(name) = csv_fields(line).get(1) {
                let key = norm(name);
                if key.contains(' ') {
                    // Also the distinctive head without generic trailing
                    // words ("dana-farber" of "dana-farber cancer institute"),
                    // used only after a place word ("seen at Dana-Farber").
                    let words: Vec<&str> = key.split(' ').collect();
                    let mut n = words.len();
                    while n > 0 && words.get(n - 1).is_some_and(|w| GENERIC.contains(w)) {
                        n -= 1;
                    }
                    if n > 0 && n < words.len() {
                        if let Some(head) = words.get(..n) {
                            let head = head.join(" ");
                            // One-word heads are mostly town names ("quincy"
                            // of "quincy medical center"): keep multi-word or
                            // hyphenated heads only.
                            if head.len() >= 5 && (head.contains(' ') || head.contains('-')) {
                                hospitals.insert(head);
                            }
                        }
                    }
                    hospitals.insert(key);
                }
            }
        }
    }
    let mut hb = fst::SetBuilder::memory();
    for h in &hospitals {
        hb.insert(h).map_err(|e| e.to_string())?;
    }
    emit(
        &out.join("hospitals.fst"),
        &hb.into_inner().map_err(|e| e.to_string())?,
        mode,
    )?;

    // Street suffixes: every variant and abbreviation, lower-case.
    let mut suffixes: BTreeSet<String> = BTreeSet::new();
    for line in read_gz(&src, "usps_street_suffixes.csv.gz")?
        .lines()
        .skip(1)
    {
        for f in line.split(',') {
            let k = norm(f);
            if !k.is_empty() && !k.contains(' ') {
                suffixes.insert(k);
            }
        }
    }
    let mut units: BTreeSet<String> = BTreeSet::new();
    for line in read_gz(&src, "usps_secondary_unit_designators.csv.gz")?
        .lines()
        .skip(1)
    {
        for f in line.split(',') {
            let k = norm(f);
            if !k.is_empty() && k != "#" {
                units.insert(k);
            }
        }
    }
    for line in read_gz(&src, "state_name_variants.csv.gz")?.lines().skip(1) {
        let f: Vec<&str> = line.split(',').collect();
        if let (Some(v), Some(abbr)) = (f.first(), f.get(1)) {
            states.push_str(&format!("{}\t{}\n", norm(v), abbr.trim()));
        }
    }
    let join = |set: &BTreeSet<String>| {
        let mut s = String::new();
        for k in set {
            s.push_str(k);
            s.push('\n');
        }
        s
    };
    emit(
        &out.join("street_suffixes.txt"),
        join(&suffixes).as_bytes(),
        mode,
    )?;
    emit(
        &out.join("unit_designators.txt"),
        join(&units).as_bytes(),
        mode,
    )?;
    let state_lines: BTreeSet<String> = states.lines().map(str::to_string).collect();
    emit(&out.join("states.tsv"), join(&state_lines).as_bytes(), mode)?;
    let zip3: BTreeSet<String> = read_gz(&src, "hipaa_restricted_zip3.txt.gz")?
        .lines()
        .map(|l| l.trim().to_string())
        .filter(|l| l.len() == 3)
        .collect();
    emit(
        &out.join("restricted_zip3.txt"),
        join(&zip3).as_bytes(),
        mode,
    )?;
    Ok(())
}

fn main() -> ExitCode {
    match run(Mode::from_args()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("deid datagen: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn committed_deid_tables_match_their_sources() {
        run(Mode::Check).unwrap();
    }

    #[test]
    fn norm_lowercases_and_strips_punctuation() {
        assert_eq!(norm("ST. MARY'S  Hospital"), "st mary's hospital");
    }
}
