//! One cheap byte pass that finds where the costly patterns of the text
//! engine can start, so that each runs as a short anchored search at those
//! places instead of a full pass over the note.
//!
//! Every list is a *superset* of the positions where the pattern has an
//! anchored match: searching only there finds exactly what a full
//! left-to-right search finds. The property test
//! `gated_search_equals_full_search` in `text.rs` holds the engine to that on
//! generated clinical text; keep each precheck in step with its pattern.

use super::dates::MONTH_NAMES;

/// Start positions (byte offsets, ascending) per gated pattern, and the
/// windows (merged, ascending) that can hold a facility name.
#[derive(Debug, Default)]
pub(crate) struct Triggers {
    pub numbers: Vec<usize>,
    pub date: Vec<usize>,
    pub age: Vec<usize>,
    pub alnum: Vec<usize>,
    pub street: Vec<usize>,
    pub labelled: Vec<usize>,
    pub po_box: Vec<usize>,
    pub hospital: Vec<(usize, usize)>,
    /// Month names written in full ("in April"): word spans.
    pub month_words: Vec<(usize, usize)>,
    /// Ages over 89 in words ("ninety", "nonagenarian"): match spans.
    pub age_words: Vec<(usize, usize)>,
    /// The text has digits outside ASCII, which the patterns' `\d` matches
    /// but this scan does not track: search it in full.
    pub unicode_digits: bool,
}

/// ASCII word byte as `(?-u:\b)` sees it.
fn wordb(x: u8) -> bool {
    x.is_ascii_alphanumeric() || x == b'_'
}

/// What `\s` can be at this byte: ASCII white space, or the first byte of a
/// non-ASCII character (which may be Unicode white space).
fn maybe_space(x: u8) -> bool {
    matches!(x, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) || x >= 0x80
}

/// Month names as the date pattern writes them (case-sensitive).
const MONTH_WORDS: &[&str] = &[
    "Jan",
    "January",
    "Feb",
    "February",
    "Mar",
    "March",
    "Apr",
    "April",
    "May",
    "Jun",
    "June",
    "Jul",
    "July",
    "Aug",
    "August",
    "Sep",
    "Sept",
    "September",
    "Sepember",
    "Oct",
    "October",
    "Nov",
    "November",
    "Dec",
    "December",
    "JAN",
    "JANUARY",
    "FEB",
    "FEBRUARY",
    "MAR",
    "MARCH",
    "APR",
    "APRIL",
    "MAY",
    "JUN",
    "JUNE",
    "JUL",
    "JULY",
    "AUG",
    "AUGUST",
    "SEP",
    "SEPT",
    "SEPTEMBER",
    "SEPEMBER",
    "OCT",
    "OCTOBER",
    "NOV",
    "NOVEMBER",
    "DEC",
    "DECEMBER",
];

const HOLIDAYS: &[&str] = &[
    "Christmas",
    "Thanksgiving",
    "Easter",
    "Hanukkah",
    "Halloween",
];

/// First words of the identifier labels of the labelled pattern (lower
/// case). A word that *starts* with one of them is a candidate: the pattern
/// lets a value follow a label with no space ("MRN57403373").
pub(crate) const LABEL_HEADS: &[&str] = &[
    "mrn",
    "mr",
    "med",
    "record",
    "chart",
    "unit",
    "patient",
    "pt",
    "hospital",
    "member",
    "subscriber",
    "insurance",
    "policy",
    "group",
    "health",
    "beneficiary",
    "medicaid",
    "medicare",
    "mbi",
    "hicn",
    "account",
    "acct",
    "billing",
    "invoice",
    "encounter",
    "visit",
    "fin",
    "licen",
    "lic",
    "dl",
    "driver",
    "dea",
    "npi",
    "certificate",
    "cert",
    "vin",
    "plate",
    "tag",
    "vehicle",
    "serial",
    "sn",
    "device",
    "implant",
    "udi",
    "lot",
    "model",
    "pacemaker",
    "ssn",
    "social",
    "ss",
    "phone",
    "tel",
    "cell",
    "mobile",
    "pager",
    "pgr",
    "ext",
    "cb",
    "beeper",
    "home",
    "work",
    "fax",
    "facsimile",
    "ph",
    "callback",
    "id",
    "ref",
    "case",
    "claim",
    "passport",
    "badge",
    "employee",
];

/// Words that end a facility name in the hospital pattern (each of its
/// suffix alternatives starts with one of these).
pub(crate) const FACILITY_SUFFIX_HEADS: &[&str] = &[
    "Hospital",
    "HOSPITAL",
    "Medical",
    "MEDICAL",
    "Med Ctr",
    "Health",
    "Clinic",
    "CLINIC",
    "Infirmary",
    "Sanitarium",
    "Sanatorium",
    "Hospice",
    "Nursing",
    "Rehab",
    "Care Center",
    "Surgery Center",
    "Surgical Center",
    "Cancer",
    "Heart Institute",
    "Institute",
    "Urgent Care",
    "Family",
    "Pediatrics",
    "Senior Living",
    "Assisted Living",
    "Manor",
    "Memorial",
    "Regional",
    "General",
    "Hosp",
    "Pharmacy",
    "PHARMACY",
    "Drug",
    "Imaging",
    "Dialysis",
    "Infusion",
    "Midwives",
    "Visiting",
    "Home",
    "Community",
    "Kidney",
    "Women",
    "Funeral",
    "Services",
    "Associates",
    "Physicians",
    "Specialists",
    "Laborator",
    "Perinatal",
    "Internal",
    "Orthopedics",
    "Cardiology",
    "Dermatology",
    "Urology",
    "Oncology",
    "Radiology",
    "Center",
    "Centre",
    "Detox",
    "Dental",
    "Dentistry",
    "Surgical",
    "Wellness",
    "Counseling",
    "Chiropractic",
    "Optometry",
    "Recovery",
    "Apothecary",
];

/// Bytes before a facility suffix that can belong to the name ("Saint" and
/// up to five words), and after it ("of Greater Springfield").
const FACILITY_BEFORE: usize = 192;
const FACILITY_AFTER: usize = 96;

/// Per first letter, the label heads starting with it.
pub(crate) struct LabelHeads {
    by_letter: [Vec<&'static [u8]>; 26],
    // Bit `j` of entry `i`: some head starts with letters `i`, `j`.
    second: [u32; 26],
}

impl LabelHeads {
    pub(crate) fn new() -> Self {
        let mut by_letter: [Vec<&'static [u8]>; 26] = Default::default();
        let mut second = [0u32; 26];
        for h in LABEL_HEADS {
            if let (Some(a), Some(b)) = (h.as_bytes().first(), h.as_bytes().get(1)) {
                if let Some(m) = second.get_mut(usize::from(a.wrapping_sub(b'a'))) {
                    *m |= 1u32 << (b.wrapping_sub(b'a') & 31);
                }
            }
            if let Some(slot) = h
                .as_bytes()
                .first()
                .and_then(|c| by_letter.get_mut(usize::from(c.wrapping_sub(b'a'))))
            {
                slot.push(h.as_bytes());
            }
        }
        LabelHeads { by_letter, second }
    }

    fn starts(&self, word: &[u8]) -> bool {
        let Some(first) = word.first() else {
            return false;
        };
        let i = usize::from(first.to_ascii_lowercase().wrapping_sub(b'a'));
        let Some(b2) = word.get(1) else {
            return false;
        };
        let j = b2.to_ascii_lowercase().wrapping_sub(b'a');
        if j >= 26 || self.second.get(i).is_none_or(|m| m & (1u32 << j) == 0) {
            return false;
        }
        let Some(list) = self.by_letter.get(i) else {
            return false;
        };
        list.iter().any(|h| {
            word.len() >= h.len()
                && word
                    .iter()
                    .zip(h.iter())
                    .all(|(a, b)| a.to_ascii_lowercase() == *b)
        })
    }
}

/// Finds the trigger positions of `text`. `suffixes` finds the facility
/// suffix words (built from [`FACILITY_SUFFIX_HEADS`]).
pub(crate) fn scan(
    text: &str,
    labels: &LabelHeads,
    suffixes: &aho_corasick::AhoCorasick,
) -> Triggers {
    let b = text.as_bytes();
    let n = b.len();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut t = Triggers::default();
    // Mixed letter/digit chunks ([A-Za-z0-9/-]+) for the alphanumeric-id
    // pattern: the end of the current chunk and whether it is mixed.
    let mut chunk_end = 0usize;
    let mut chunk_mixed = false;
    let mut i = 0usize;
    while i < n {
        let c = at(i);
        if !c.is_ascii_alphanumeric() {
            if c >= 0xc0 {
                // First byte of a non-ASCII character: is it a digit?
                let ch = text.get(i..).and_then(|r| r.chars().next());
                if ch.is_some_and(char::is_numeric) {
                    t.unicode_digits = true;
                }
            }
            match c {
                b'(' if at(i + 1).is_ascii_digit() => t.numbers.push(i),
                b'+' if at(i + 1) == b'1' => t.numbers.push(i),
                b'#' if i > 0 && wordb(at(i - 1)) => t.labelled.push(i),
                _ => {}
            }
            i += 1;
            continue;
        }
        // A word: a maximal run of ASCII letters and digits, scanned once.
        let ws = i;
        let (mut we, mut lead, mut has_digit, mut has_alpha) = (ws, 0usize, false, false);
        while let Some(&x) = b.get(we) {
            if x.is_ascii_digit() {
                has_digit = true;
                if lead == we - ws {
                    lead += 1;
                }
            } else if x.is_ascii_alphabetic() {
                has_alpha = true;
            } else {
                break;
            }
            we += 1;
        }
        let len = we - ws;
        let word = b.get(ws..we).unwrap_or(&[]);
        let nb = at(we);
        let boundary = ws == 0 || at(ws - 1) != b'_';
        if ws >= chunk_end {
            // A [A-Za-z0-9/-] chunk starts with this word; it is mixed when
            // it holds a letter and a digit (the word alone, or words joined
            // by '-' and '/').
            let mut e = we;
            let mut digit = has_digit;
            let mut letter = has_alpha;
            if matches!(nb, b'-' | b'/') {
                while let Some(&x) = b.get(e) {
                    if x.is_ascii_digit() {
                        digit = true;
                    } else if x.is_ascii_alphabetic() {
                        letter = true;
                    } else if x != b'-' && x != b'/' {
                        break;
                    }
                    e += 1;
                }
            }
            chunk_end = e;
            chunk_mixed = digit && letter;
        }
        if boundary {
            if chunk_mixed {
                t.alnum.push(ws);
            }
            // IPv6 group: up to four hex digits and a colon.
            let hex_group = word.len() <= 4 && nb == b':' && word.iter().all(u8::is_ascii_hexdigit);
            if lead > 0 {
                let x = at(ws + lead);
                let sep = maybe_space(x) || x == b'-' || x == b'.';
                // Phones, SSNs, IPs, long numbers, ZIP codes.
                if lead >= 5
                    || hex_group
                    || (lead == 3 && (sep || x == b'('))
                    || (lead <= 3 && x == b'.')
                    || (lead == 1 && c == b'1' && (sep || x == b'('))
                {
                    t.numbers.push(ws);
                }
                // Dates: 2023-03-14, 3/14, 14.3.23, 14th, 14 March, 14-Mar.
                let month_next = || {
                    let y = at(ws + lead + 1);
                    x >= 0x80
                        || matches!(
                            y,
                            b'J' | b'F' | b'M' | b'A' | b'S' | b'O' | b'N' | b'D' | b'o'
                        )
                };
                if (lead == 4 && matches!(x, b'-' | b'/' | b'.'))
                    || (lead <= 2
                        && (matches!(x, b'/' | b'-' | b'.' | b's' | b'n' | b'r' | b't')
                            || (maybe_space(x) && month_next())))
                {
                    t.date.push(ws);
                }
                // Ages: "92 yo", "84-year-old", "45M".
                if lead <= 3 {
                    let mut q = ws + lead;
                    while q < n && (maybe_space(at(q)) || at(q) == b'-') {
                        q += 1;
                    }
                    if matches!(at(q), b'y' | b'Y' | b'/')
                        || (lead >= 2 && matches!(x, b'y' | b'M' | b'F'))
                    {
                        t.age.push(ws);
                    }
                }
                // Street numbers: "41 Elm", "12B Main", "3-5 High".
                if lead <= 6 {
                    let mut q = ws + lead;
                    if at(q).is_ascii_alphabetic() {
                        q += 1;
                    }
                    if matches!(at(q), b' ' | b'\t' | b'-') {
                        t.street.push(ws);
                    }
                }
            } else {
                if hex_group {
                    t.numbers.push(ws);
                }
                let first = c;
                if (3..=9).contains(&word.len())
                    && matches!(first, b'J' | b'F' | b'M' | b'A' | b'S' | b'O' | b'N' | b'D')
                    && MONTH_WORDS.iter().any(|m| m.as_bytes() == word)
                {
                    t.date.push(ws);
                    if MONTH_NAMES
                        .iter()
                        .any(|m| m.as_bytes().eq_ignore_ascii_case(word))
                    {
                        t.month_words.push((ws, we));
                    }
                } else if (word == b"the" || word == b"The") && maybe_space(nb) {
                    let mut q = we;
                    while q < n && maybe_space(at(q)) {
                        q += 1;
                    }
                    if at(q).is_ascii_digit() {
                        t.date.push(ws);
                    }
                } else if (matches!(first, b'C' | b'T' | b'E' | b'H')
                    && HOLIDAYS.iter().any(|h| h.as_bytes() == word))
                    || (word == b"New" && b.get(we..we + 5) == Some(b" Year"))
                {
                    t.date.push(ws);
                }
                // "age 92", "Age: 92", "aged 91", "AGE92".
                if matches!(first | 0x20, b'n' | b'c' | b's' | b'o') {
                    age_word(word, ws, b.get(we..).unwrap_or(&[]), &mut t.age_words);
                }
                if matches!(first, b'a' | b'A') {
                    let letters = word.iter().take_while(|x| x.is_ascii_alphabetic()).count();
                    let head = word.get(..letters).unwrap_or(&[]);
                    if head.eq_ignore_ascii_case(b"age") || head.eq_ignore_ascii_case(b"aged") {
                        t.age.push(ws);
                    }
                }
                if len <= 2 && (word.eq_ignore_ascii_case(b"p") || word.eq_ignore_ascii_case(b"po"))
                {
                    t.po_box.push(ws);
                }
                if labels.starts(word) || (word.eq_ignore_ascii_case(b"s") && nb == b'/') {
                    t.labelled.push(ws);
                }
            }
        }
        // A '1' ending a word that does not start with it ("x1-617-555-0143",
        // "21 (617) ..."): the optional country code of a phone number.
        if has_digit
            && word.last() == Some(&b'1')
            && !(boundary && len == 1)
            && (maybe_space(nb) || matches!(nb, b'-' | b'.' | b'('))
        {
            push_sorted(&mut t.numbers, we - 1);
        }
        i = we;
    }
    // Facility names: windows around each suffix word.
    let mut last_end = 0usize;
    for m in suffixes.find_iter(text) {
        let mut s = m.start().saturating_sub(FACILITY_BEFORE).max(last_end);
        while s > 0 && !text.is_char_boundary(s) {
            s -= 1;
        }
        let mut e = (m.end() + FACILITY_AFTER).min(n);
        while e < n && !text.is_char_boundary(e) {
            e += 1;
        }
        match t.hospital.last_mut() {
            Some(w) if s <= w.1 => w.1 = w.1.max(e),
            _ => t.hospital.push((s, e)),
        }
        last_end = e;
    }
    t
}

/// Ages over 89 written in words, as spans of the word that says so.
fn age_word(word: &[u8], ws: usize, after: &[u8], out: &mut Vec<(usize, usize)>) {
    let starts = |p: &[u8]| {
        word.len() >= p.len()
            && word
                .iter()
                .zip(p)
                .all(|(a, b)| a.to_ascii_lowercase() == *b)
    };
    let Some(first) = word.first().map(u8::to_ascii_lowercase) else {
        return;
    };
    let span = match first {
        b'n' if starts(b"ninety") => Some((ws, ws + 6)),
        b'n' if starts(b"nonagenarian") => Some((ws, ws + 12)),
        b'c' if starts(b"centenarian") => Some((ws, ws + 11)),
        b's' if starts(b"supercentenarian") => Some((ws + 5, ws + 16)),
        b'o' if word.len() == 3
            && starts(b"one")
            && after.len() >= 8
            && after
                .get(..8)
                .is_some_and(|a| a.eq_ignore_ascii_case(b" hundred")) =>
        {
            Some((ws, ws + 11))
        }
        _ => None,
    };
    if let Some(sp) = span {
        out.push(sp);
    }
}

/// Pushes `p` keeping the list ascending and free of duplicates (positions
/// arrive in order except the in-word '1', which can follow a later push).
fn push_sorted(v: &mut Vec<usize>, p: usize) {
    match v.last() {
        Some(&l) if l == p => {}
        Some(&l) if l > p => {
            if let Err(at) = v.binary_search(&p) {
                v.insert(at, p);
            }
        }
        _ => v.push(p),
    }
}
