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
    /// Words a PO box or a rural route opens with ("P", "PO", "RR").
    pub po_box: Vec<usize>,
    /// Log-in words ("by" in any case, where initials after a verb of
    /// record-keeping also look; "user", "login", "username" in any case).
    pub login: Vec<usize>,
    /// "the" and a day written as an ordinal word ("the ninth",
    /// "the twenty-first"): the start of "the", and the ordinal's bounds.
    pub ordinal_days: Vec<(usize, usize, usize)>,
    /// Dashes and slashes that open the text or follow white space
    /// (signatures: "-JK", "/tpham4", "MD / abenson PA-C").
    pub dash: Vec<usize>,
    /// Commas followed by spaces or tabs and a capital (", MA 02124").
    pub comma: Vec<usize>,
    pub hospital: Vec<(usize, usize)>,
    /// Month names written in full ("in April") or abbreviated as names are
    /// ("in Oct"): word spans.
    pub month_words: Vec<(usize, usize)>,
    /// Ages in words ("ninety", "nonagenarian", "eighty", "late seventies"):
    /// match spans.
    pub age_words: Vec<(usize, usize)>,
    /// Ages as the ordinal of a birthday ("90th birthday", "her
    /// ninetieth b-day"): the ordinal's number or word.
    pub birthdays: Vec<(usize, usize)>,
    /// Words an age or a birth year follows ("I'm ", "turned ", "died at ",
    /// "born "): the cue's start and the byte after it, where the number
    /// would begin.
    pub age_cues: Vec<(usize, usize)>,
    /// The text has digits outside ASCII, which the patterns' `\d` matches
    /// but this scan does not track: search it in full.
    pub unicode_digits: bool,
}

/// Byte classes for the scan and the tokenizer (one table look-up per byte
/// in place of a chain of range tests).
pub(crate) mod class {
    /// ASCII digit.
    pub(crate) const DIGIT: u8 = 1;
    /// ASCII lower-case letter.
    pub(crate) const LOWER: u8 = 2;
    /// ASCII capital.
    pub(crate) const UPPER: u8 = 4;
    /// Any byte of a non-ASCII character.
    pub(crate) const HIGH: u8 = 8;
    /// Apostrophe or hyphen (joins word parts: O'Brien, Mary-Ann).
    pub(crate) const JOIN: u8 = 16;
    /// ASCII letter or digit.
    pub(crate) const ALNUM: u8 = DIGIT | LOWER | UPPER;

    // Evaluated at compile time: an index out of range would fail the
    // build, it cannot panic at run time.
    #[allow(clippy::indexing_slicing)]
    static TABLE: [u8; 256] = {
        let mut t = [0u8; 256];
        let mut i = 0usize;
        while i < 256 {
            let b = i as u8;
            t[i] = if b.is_ascii_digit() {
                DIGIT
            } else if b.is_ascii_lowercase() {
                LOWER
            } else if b.is_ascii_uppercase() {
                UPPER
            } else if b >= 0x80 {
                HIGH
            } else if b == b'\'' || b == b'-' {
                JOIN
            } else {
                0
            };
            i += 1;
        }
        t
    };

    /// The class bits of `b`.
    pub(crate) fn of(b: u8) -> u8 {
        TABLE.get(usize::from(b)).copied().unwrap_or(0)
    }
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

/// Do the first three letters of `word` begin a month name (any case)?
fn month_prefix(word: &[u8]) -> bool {
    let p = [
        word.first().map_or(0, u8::to_ascii_lowercase),
        word.get(1).map_or(0, u8::to_ascii_lowercase),
        word.get(2).map_or(0, u8::to_ascii_lowercase),
    ];
    matches!(
        &p,
        b"jan"
            | b"feb"
            | b"mar"
            | b"apr"
            | b"may"
            | b"jun"
            | b"jul"
            | b"aug"
            | b"sep"
            | b"oct"
            | b"nov"
            | b"dec"
    )
}

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
    "grp",
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
    "cin",
    "key",
];

/// Strings looked for at the start of words, indexed by their first two
/// letters: the identifier label heads (ASCII case-insensitive) and the
/// facility suffixes (exact).
pub(crate) struct Heads {
    fold: bool,
    // Per pair of first letters (case folded, `26 * a + b`), the range of
    // `heads` starting with them.
    index: Vec<(u16, u16)>,
    heads: Vec<&'static [u8]>,
}

/// Index of a pair of ASCII letters (any case), or `None`.
fn pair(a: u8, b: u8) -> Option<usize> {
    (a.is_ascii_alphabetic() && b.is_ascii_alphabetic())
        .then(|| usize::from((a | 0x20) - b'a') * 26 + usize::from((b | 0x20) - b'a'))
}

impl Heads {
    /// `heads` must start with two ASCII letters (lower case when `fold`).
    pub(crate) fn new(list: &[&'static str], fold: bool) -> Self {
        let mut heads: Vec<(usize, &'static [u8])> = list
            .iter()
            .filter_map(|h| {
                let hb = h.as_bytes();
                Some((pair(*hb.first()?, *hb.get(1)?)?, hb))
            })
            .collect();
        // Stable: heads sharing a pair keep their order.
        heads.sort_by_key(|(k, _)| *k);
        let mut index = vec![(0u16, 0u16); 26 * 26];
        for (i, (k, _)) in heads.iter().enumerate() {
            if let Some(slot) = index.get_mut(*k) {
                let i = u16::try_from(i).unwrap_or(u16::MAX);
                if slot.1 == 0 {
                    *slot = (i, i + 1);
                } else {
                    slot.1 = i + 1;
                }
            }
        }
        Heads {
            fold,
            index,
            heads: heads.into_iter().map(|(_, h)| h).collect(),
        }
    }

    /// The heads that `hay` starts with.
    pub(crate) fn matching<'a>(
        &'a self,
        hay: &'a [u8],
    ) -> impl Iterator<Item = &'static [u8]> + 'a {
        let range = hay
            .first()
            .zip(hay.get(1))
            .and_then(|(a, b)| pair(*a, *b))
            .and_then(|k| self.index.get(k))
            .map_or(0..0, |(s, e)| usize::from(*s)..usize::from(*e));
        self.heads
            .get(range)
            .unwrap_or(&[])
            .iter()
            .copied()
            .filter(move |h| {
                hay.get(..h.len()).is_some_and(|head| {
                    if self.fold {
                        head.eq_ignore_ascii_case(h)
                    } else {
                        head == *h
                    }
                })
            })
    }
}

/// The heads `scan` looks for, built once per engine.
pub(crate) struct ScanHeads {
    /// [`LABEL_HEADS`].
    pub(crate) labels: Heads,
    /// The facility suffixes of the hospital pattern.
    pub(crate) suffixes: Heads,
}

/// Finds the trigger positions of `text`.
pub(crate) fn scan(text: &str, heads: &ScanHeads) -> Triggers {
    let b = text.as_bytes();
    let n = b.len();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    // Sized for a dense note up front: growing eleven lists from empty
    // costs more than the scan itself on short notes.
    let cap = n / 48 + 4;
    let mut t = Triggers {
        numbers: Vec::with_capacity(cap),
        date: Vec::with_capacity(cap),
        age: Vec::with_capacity(cap),
        alnum: Vec::with_capacity(cap),
        street: Vec::with_capacity(cap),
        labelled: Vec::with_capacity(cap),
        comma: Vec::with_capacity(cap),
        ..Triggers::default()
    };
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
                b',' => {
                    let mut q = i + 1;
                    while matches!(at(q), b' ' | b'\t') {
                        q += 1;
                    }
                    if at(q).is_ascii_uppercase() {
                        t.comma.push(i);
                    }
                }
                b'-' | b'/' if i == 0 || matches!(at(i - 1), b' ' | b'\t' | b'\n' | b'\r') => {
                    t.dash.push(i);
                }
                // An em dash signs a note too ("\u{2014} kf").
                0xe2 if at(i + 1) == 0x80
                    && at(i + 2) == 0x94
                    && (i == 0 || matches!(at(i - 1), b' ' | b'\t' | b'\n' | b'\r')) =>
                {
                    t.dash.push(i);
                }
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
        let mut we = ws;
        let mut seen = 0u8;
        while let Some(&x) = b.get(we) {
            let k = class::of(x);
            if k & class::ALNUM == 0 {
                break;
            }
            seen |= k;
            we += 1;
        }
        let (has_digit, has_alpha) = (
            seen & class::DIGIT != 0,
            seen & (class::LOWER | class::UPPER) != 0,
        );
        let len = we - ws;
        let word = b.get(ws..we).unwrap_or(&[]);
        let lead = if c.is_ascii_digit() {
            word.iter().take_while(|x| x.is_ascii_digit()).count()
        } else {
            0
        };
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
            // IPv6 group: up to four hex digits and a colon; a hardware
            // (MAC) address's first pair and a dash ("00-1a-2b-...").
            let hex_group = word.len() <= 4
                && (nb == b':' || (word.len() == 2 && nb == b'-' && at(we + 3) == b'-'))
                && word.iter().all(u8::is_ascii_hexdigit);
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
                // "90th birthday": an age.
                if lead <= 3
                    && len == lead + 2
                    && ordinal_suffix(word.get(lead..).unwrap_or(&[]))
                    && birthday_follows(b.get(we..).unwrap_or(&[]))
                {
                    t.birthdays.push((ws, ws + lead));
                }
                // Ages: "92 yo", "84-year-old", "45M".
                if lead <= 3 {
                    let mut q = ws + lead;
                    while q < n && (maybe_space(at(q)) || at(q) == b'-') {
                        q += 1;
                    }
                    // "3 week old", "6 mo old", "10-day-old": a young age;
                    // "14 mo M", "7 wk F", "14 m/o": one with a sex or "/o".
                    let young = || {
                        let w = b.get(q..(q + 12).min(n)).unwrap_or(&[]);
                        (matches!(at(q) | 0x20, b'w' | b'm' | b'd')
                            && w.windows(3).any(|x| x.eq_ignore_ascii_case(b"old")))
                            || (matches!(at(q) | 0x20, b'w' | b'm')
                                && w.iter().any(|x| matches!(x, b'M' | b'F' | b'/')))
                    };
                    if matches!(at(q), b'y' | b'Y' | b'/')
                        || matches!(x, b'y' | b'M' | b'F')
                        || young()
                    {
                        t.age.push(ws);
                    }
                }
                // Street numbers: "41 Elm", "12B Main", "3-5 High", then
                // blanks and what the pattern lets a street name start
                // with: a capital or digit (words, directions, suffixes),
                // or "of", "the", "de", "la" ("3 days" is no street).
                if lead <= 6 {
                    let mut q = ws + lead;
                    if at(q).is_ascii_alphabetic() {
                        q += 1;
                    }
                    if at(q) == b'-' && at(q + 1).is_ascii_digit() {
                        q += 1;
                        while at(q).is_ascii_digit() {
                            q += 1;
                        }
                    }
                    let blanks = q;
                    while matches!(at(q), b' ' | b'\t') {
                        q += 1;
                    }
                    let next = b.get(q..).unwrap_or(&[]);
                    let small_word = [&b"of"[..], b"the", b"de", b"la"].iter().any(|w| {
                        next.starts_with(w) && matches!(next.get(w.len()), Some(b' ' | b'\t'))
                    });
                    if q > blanks
                        && (at(q).is_ascii_uppercase() || at(q).is_ascii_digit() || small_word)
                    {
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
                    && month_prefix(word)
                    && MONTH_WORDS.iter().any(|m| m.as_bytes() == word)
                {
                    t.date.push(ws);
                    // Full names in any case, and abbreviations written
                    // as names are ("Oct"; "OCT" is also a scan).
                    if MONTH_NAMES
                        .iter()
                        .any(|m| m.as_bytes().eq_ignore_ascii_case(word))
                        || (len <= 4 && word.get(1).is_some_and(u8::is_ascii_lowercase))
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
                    } else if let Some(e) = spelled_ordinal_day(b, q) {
                        t.ordinal_days.push((ws, q, e));
                    }
                } else if (matches!(first, b'C' | b'T' | b'E' | b'H')
                    && HOLIDAYS.iter().any(|h| h.as_bytes() == word))
                    || (word == b"New" && b.get(we..we + 5) == Some(b" Year"))
                {
                    t.date.push(ws);
                }
                // "age 92", "Age: 92", "aged 91", "AGE92".
                if matches!(first | 0x20, b'n' | b'c' | b's' | b'o' | b't' | b'f' | b'e') {
                    age_word(word, ws, b.get(we..).unwrap_or(&[]), &mut t.age_words);
                }
                // "her ninetieth birthday", "hundredth b-day".
                if matches!(first | 0x20, b'n' | b'h')
                    && (word.eq_ignore_ascii_case(b"ninetieth")
                        || word.eq_ignore_ascii_case(b"hundredth"))
                    && birthday_follows(b.get(we..).unwrap_or(&[]))
                {
                    t.birthdays.push((ws, we));
                }
                if matches!(first, b'a' | b'A') {
                    let letters = word.iter().take_while(|x| x.is_ascii_alphabetic()).count();
                    let head = word.get(..letters).unwrap_or(&[]);
                    if head.eq_ignore_ascii_case(b"age")
                        || head.eq_ignore_ascii_case(b"aged")
                        || head.eq_ignore_ascii_case(b"ages")
                    {
                        t.age.push(ws);
                    }
                }
                // "Sex/Age: M/52".
                if len == 1 && matches!(first, b'M' | b'F') && nb == b'/' {
                    t.age.push(ws);
                }
                // "Pt is 92.", "she is 91 and", "Husband is 61.": "is" is
                // read first, the subject only then.
                if maybe_space(nb) {
                    let mut q = we;
                    while q < n && maybe_space(at(q)) {
                        q += 1;
                    }
                    if at(q) | 0x20 == b'i'
                        && at(q + 1) | 0x20 == b's'
                        && AGE_SUBJECTS
                            .iter()
                            .any(|w| word.eq_ignore_ascii_case(w.as_bytes()))
                    {
                        t.age.push(ws);
                    }
                }
                if let Some(end) = age_cue(word, we, b) {
                    t.age_cues.push((ws, end));
                }
                let login_word = || {
                    matches!(word.len(), 4 | 5 | 8)
                        && matches!(word.first().map(|x| x | 0x20), Some(b'u' | b'l'))
                        && [&b"user"[..], b"login", b"username"]
                            .iter()
                            .any(|x| word.eq_ignore_ascii_case(x))
                };
                if word.eq_ignore_ascii_case(b"by") || login_word() {
                    t.login.push(ws);
                }
                if len <= 2
                    && (word.eq_ignore_ascii_case(b"p")
                        || word.eq_ignore_ascii_case(b"po")
                        || word.eq_ignore_ascii_case(b"rr"))
                {
                    t.po_box.push(ws);
                }
                let rest = b.get(ws..).unwrap_or(&[]);
                if heads.labels.matching(rest).next().is_some()
                    || (word.eq_ignore_ascii_case(b"s") && nb == b'/')
                {
                    t.labelled.push(ws);
                }
                // A facility suffix after white space ("Mercy Hospital").
                if first.is_ascii_uppercase() && ws > 0 && maybe_space(at(ws - 1)) {
                    for suffix in heads.suffixes.matching(rest) {
                        if let Some((s, e)) = facility_window(b, ws, ws + suffix.len()) {
                            match t.hospital.last_mut() {
                                Some(w) if s <= w.1 => w.1 = w.1.max(e),
                                _ => t.hospital.push((s, e)),
                            }
                        }
                    }
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
    t
}

/// The bytes a facility match ending on the suffix at `s..e` can cover, or
/// `None` when no match can end there. The pattern is
/// `(Saint )?([A-Z][A-Za-z'’&.-]*\s+){1,5}SUFFIX(\s+(of|at|in)\s+Word( Word){0,2})?`:
/// walk back over up to six white-space-separated runs of word bytes that
/// hold a capital (the pattern's word can start at any capital: it needs
/// no word boundary), and forward over the optional "of Place" tail.
/// Non-ASCII bytes may be Unicode space or the pattern's `’`, so both walks
/// take them either way: the window can only grow.
fn facility_window(b: &[u8], s: usize, e: usize) -> Option<(usize, usize)> {
    let word_byte =
        |x: u8| x.is_ascii_alphabetic() || matches!(x, b'\'' | b'&' | b'.' | b'-') || x >= 0x80;
    let mut start = s;
    let mut i = s;
    for _ in 0..6 {
        let mut j = i;
        while j > 0 && b.get(j - 1).copied().is_some_and(maybe_space) {
            j -= 1;
        }
        if j == i {
            break;
        }
        let run_end = j;
        while j > 0 && b.get(j - 1).copied().is_some_and(word_byte) {
            j -= 1;
        }
        if !b
            .get(j..run_end)
            .is_some_and(|r| r.iter().any(u8::is_ascii_uppercase))
        {
            break;
        }
        start = j;
        i = j;
    }
    if start == s {
        // No capitalised word before the suffix: "the Center", "with
        // Cardiology", a suffix opening the text.
        return None;
    }
    Some((start, facility_tail(b, e)))
}

/// The end of the optional tail after a facility suffix ("... Hospital of
/// Greater Springfield"), or `e` when there is none.
fn facility_tail(b: &[u8], e: usize) -> usize {
    let spaces = |mut i: usize| {
        while b.get(i).copied().is_some_and(maybe_space) {
            i += 1;
        }
        i
    };
    let letters = |mut i: usize, ok: &dyn Fn(u8) -> bool| {
        while b.get(i).copied().is_some_and(ok) {
            i += 1;
        }
        i
    };
    let i = spaces(e);
    if i == e {
        return e;
    }
    let w = letters(i, &|x| x.is_ascii_alphabetic());
    if !matches!(b.get(i..w), Some(b"of" | b"at" | b"in")) {
        return e;
    }
    let mut end = e;
    let mut i = w;
    for _ in 0..3 {
        let j = spaces(i);
        if j == i || !b.get(j).is_some_and(u8::is_ascii_uppercase) {
            break;
        }
        i = letters(j, &|x| {
            x.is_ascii_alphabetic() || matches!(x, b'\'' | b'.' | b'-')
        });
        end = i;
    }
    end
}

/// An ordinal's suffix, any case: `st`, `nd`, `rd`, `th`.
fn ordinal_suffix(w: &[u8]) -> bool {
    [&b"st"[..], b"nd", b"rd", b"th"]
        .iter()
        .any(|x| w.eq_ignore_ascii_case(x))
}

/// Does `after` open with a birthday (" birthday", "-birthday", " bday",
/// " b-day", any case) that ends a word?
fn birthday_follows(after: &[u8]) -> bool {
    let Some((&sep, rest)) = after.split_first() else {
        return false;
    };
    if !matches!(sep, b' ' | b'-') {
        return false;
    }
    [&b"birthday"[..], b"bday", b"b-day"].iter().any(|w| {
        rest.get(..w.len())
            .is_some_and(|x| x.eq_ignore_ascii_case(w))
            && {
                let tail = rest.get(w.len()..).unwrap_or(&[]);
                let tail = tail.strip_prefix(b"s").unwrap_or(tail);
                !tail.first().is_some_and(u8::is_ascii_alphanumeric)
            }
    })
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
    // Tens below ninety ("eighty-seven", "sixty two") and decades in
    // words ("late seventies"): the detector asks for a cue or a unit.
    const TENS: &[&[u8]] = &[
        b"twenty", b"thirty", b"forty", b"fifty", b"sixty", b"seventy", b"eighty",
    ];
    const DECADES: &[&[u8]] = &[
        b"twenties",
        b"thirties",
        b"forties",
        b"fifties",
        b"sixties",
        b"seventies",
        b"eighties",
        b"nineties",
    ];
    if matches!(first, b't' | b'f' | b's' | b'e' | b'n') && (5..=9).contains(&word.len()) {
        if let Some(d) = DECADES.iter().find(|d| word.eq_ignore_ascii_case(d)) {
            out.push((ws, ws + d.len()));
            return;
        }
        if let Some(t) = TENS.iter().find(|t| starts(t)) {
            let tail = word.get(t.len()..).unwrap_or(&[]);
            if tail.is_empty() {
                out.push((ws, ws + t.len()));
            }
            return;
        }
    }
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

/// The end of an age cue starting with `word` (which ends at `we`): "I'm ",
/// "I am ", "turned ", "turning ", "turns ", "died at ", "passed away at ",
/// "passed at ", "lived to ", "a los ", "born ", "born in ", "DOB: ", "be "
/// after "will"/"'ll"
/// (ASCII case ignored), or `None`.
#[inline]
fn age_cue(word: &[u8], we: usize, b: &[u8]) -> Option<usize> {
    let after = b.get(we..).unwrap_or(&[]);
    let follows = |tails: &[&[u8]]| {
        tails.iter().find_map(|tail| {
            after
                .get(..tail.len())
                .is_some_and(|a| a.eq_ignore_ascii_case(tail))
                .then_some(we + tail.len())
        })
    };
    let is = |w: &[u8]| word.eq_ignore_ascii_case(w);
    // Dispatch on length and first letter: most words are none of these.
    match (word.len(), word.first().map_or(0, |x| x | 0x20)) {
        (1, b'i') => follows(&[b"'m ", "\u{2019}m ".as_bytes(), b" am "]),
        (5..=7, b't') if is(b"turned") || is(b"turning") || is(b"turns") => follows(&[b" "]),
        (4, b'd') if is(b"died") => follows(&[b" at "]),
        // "Mother lived to 91", "lived until 96".
        (5, b'l') if is(b"lived") => follows(&[b" to ", b" until ", b" till "]),
        // Spanish: "falleció a los 70", "diagnosticado a los 45".
        (1, b'a') => follows(&[b" los "]),
        (6, b'p') if is(b"passed") => follows(&[b" away at ", b" at "]),
        (4, b'b') if is(b"born") => follows(&[b" in ", b" "]),
        // "DOB: 1926", "DOB 1931": a birth year alone after its label.
        (3, b'd') if is(b"dob") => follows(&[b": ", b":", b" "]),
        // "Pt was 91 at time of death": the patient's age after the
        // subject and the verb (the value and what follows are checked by
        // the detector; "pt is 92" has its own pattern).
        (3, b'w') if is(b"was") => {
            let before = b.get(..we - word.len()).unwrap_or(&[]);
            let before = before.strip_suffix(b" ")?;
            let subject = AGE_SUBJECTS.iter().any(|w| {
                before.len() >= w.len()
                    && before
                        .get(before.len() - w.len()..)
                        .is_some_and(|x| x.eq_ignore_ascii_case(w.as_bytes()))
                    && !before
                        .len()
                        .checked_sub(w.len() + 1)
                        .and_then(|k| before.get(k))
                        .is_some_and(u8::is_ascii_alphanumeric)
            });
            if subject {
                follows(&[b" "])
            } else {
                None
            }
        }
        // "she will be 91", "he'll be 92 in May".
        (2, b'b') if is(b"be") => {
            let before = b.get(..we - 2).unwrap_or(&[]);
            let will = [&b"will "[..], b"'ll ", "\u{2019}ll ".as_bytes()]
                .iter()
                .any(|w| {
                    before.len() >= w.len()
                        && before
                            .get(before.len() - w.len()..)
                            .is_some_and(|x| x.eq_ignore_ascii_case(w))
                });
            if will {
                follows(&[b" "])
            } else {
                None
            }
        }
        _ => None,
    }
}

/// The subjects whose age a verb announces ("pt is 92", "she was 91",
/// "Husband is 61."), or that a bare age follows ("Wife (79)",
/// "Daughter, 16, at bedside").
pub(crate) const AGE_SUBJECTS: &[&str] = &[
    "pt",
    "patient",
    "he",
    "she",
    "husband",
    "wife",
    "spouse",
    "partner",
    "mother",
    "father",
    "mom",
    "dad",
    "son",
    "daughter",
    "sister",
    "brother",
    "grandmother",
    "grandfather",
];

/// The end of a day of the month written as an ordinal word at `at`
/// (`first` ... `thirty-first`, any case), when a word ends there.
fn spelled_ordinal_day(b: &[u8], at: usize) -> Option<usize> {
    const UNITS: &[&[u8]] = &[
        b"first", b"second", b"third", b"fourth", b"fifth", b"sixth", b"seventh", b"eighth",
        b"ninth",
    ];
    const TENS_AND_TEENS: &[&[u8]] = &[
        b"tenth",
        b"eleventh",
        b"twelfth",
        b"thirteenth",
        b"fourteenth",
        b"fifteenth",
        b"sixteenth",
        b"seventeenth",
        b"eighteenth",
        b"nineteenth",
        b"twentieth",
        b"thirtieth",
    ];
    let rest = b.get(at..)?;
    let len = rest
        .iter()
        .take(20)
        .take_while(|x| x.is_ascii_alphabetic() || **x == b'-')
        .count();
    if !(5..=18).contains(&len) || rest.get(len).is_some_and(|x| x.is_ascii_alphanumeric()) {
        return None;
    }
    let w = rest.get(..len)?;
    let is = |x: &[u8], y: &[u8]| x.eq_ignore_ascii_case(y);
    let twenty = w.get(..7).is_some_and(|p| is(p, b"twenty-"))
        && w.get(7..).is_some_and(|u| UNITS.iter().any(|x| is(u, x)));
    let day =
        twenty || is(w, b"thirty-first") || UNITS.iter().chain(TENS_AND_TEENS).any(|d| is(w, d));
    day.then_some(at + len)
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
