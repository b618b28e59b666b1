//! Date recognition checks and format-preserving date shifting.
//!
//! Safe Harbor removes every date element except the year
//! (45 CFR 164.514(b)(2)(i)(C)). For surrogate output a date is moved by a
//! keyed number of days and written back in its original form (`04/28/20`
//! stays `MM/DD/YY`, `April 28, 2020` stays `Month D, YYYY`), so intervals
//! between one patient's dates are preserved.

use chrono::{Datelike, NaiveDate};

/// Month names, lower case.
pub(crate) const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

// Words that announce a date before a bare "4/28".
const DATE_CONTEXT: &[&str] = &[
    "on",
    "since",
    "from",
    "until",
    "till",
    "dated",
    "date",
    "seen",
    "dos",
    "admitted",
    "admission",
    "discharged",
    "discharge",
    "starting",
    "started",
    "last",
    "next",
    "through",
    "thru",
    "by",
    "before",
    "after",
    "of",
    "due",
    "scheduled",
    "returns",
    "return",
    "visit",
    "surgery",
    "dob",
    "born",
    "lmp",
    "edd",
    "edc",
    "doi",
    "dod",
    "as of",
    "returned",
    "stopped",
    "resumed",
    "delivered",
    "sent",
    "faxed",
    "mailed",
    "called",
    "signed",
    "completed",
    "bx",
    "biopsy",
    "echo",
    "cxr",
    "ekg",
    "ecg",
    "effective",
    "adm",
    "d/c",
    "placed",
    "given",
    "done",
    "changed",
    "drawn",
    "intake",
    "reply",
    "approved",
    "accepted",
    "submitted",
    "filed",
    "received",
    "uploaded",
    "appt",
    "f/u",
    // The days of the week are in [`WEEKDAYS`], looked up with these.
    // Events a date follows, rarely a score: "CVA 8/10", "recheck 2/3".
    "recheck",
    "rtc",
    "repeat",
    "cva",
    "stroke",
    "tia",
    "stemi",
    "nstemi",
    "cath",
    "pci",
    "cabg",
    "cta",
    "mri",
    "egd",
    "colonoscopy",
    "nephrostomy",
    "intubated",
    "extubated",
    "transfused",
    "fell",
    "onset",
];

/// Words before a fraction that make it a score or a count, never a
/// date: "Apgars 8/9", "BIMS 11/15", "abx day 5/14", "total score 6/9",
/// "BiPAP 12/5".
const SCORE_CONTEXT: &[&str] = &[
    "apgar", "apgars", "bims", "score", "day", "moca", "mmse", "slums", "gcs", "tinetti", "berg",
    "dgi", "phq", "gad", "nodes", "sets", "cultures", "cores", "total",
    // Ventilator pressures: "BiPAP 12/5", "CPAP 10/5".
    "bipap", "cpap", "avaps", "ipap",
];

/// Words after a fraction that make it a count: "2/17 lymph nodes",
/// "2/4 sets", "3/12 cores positive".
const COUNT_FOLLOWERS: &[&str] = &[
    "lymph",
    "nodes",
    "ln",
    "sets",
    "cultures",
    "bottles",
    "cores",
    "doses",
    "tabs",
    "puffs",
    "mg",
    "mcg",
    "ml",
    "units",
    // A murmur's grade: "3/6 holosystolic murmur", "2/6 SEM".
    "holosystolic",
    "systolic",
    "diastolic",
    "murmur",
    "sem",
];

/// Does `before` end with a [`DATE_CONTEXT`] word or a day of the week
/// ([`WEEKDAYS`]) that follows no letter?
/// Only the suffixes starting after a non-letter are looked up, in a set
/// built once.
fn ends_with_date_context(before: &str) -> bool {
    static SET: std::sync::OnceLock<
        std::collections::HashSet<&'static str, super::dict::FastHash>,
    > = std::sync::OnceLock::new();
    let set = SET.get_or_init(|| DATE_CONTEXT.iter().chain(WEEKDAYS).copied().collect());
    let b = before.as_bytes();
    (0..b.len()).any(|k| {
        (k == 0 || !b.get(k - 1).is_some_and(u8::is_ascii_alphabetic))
            && before.get(k..).is_some_and(|w| set.contains(w))
    })
}

fn num(s: &str) -> Option<u32> {
    s.parse().ok()
}

/// Confirms a date-pattern match and trims it; `None` for look-alikes such
/// as pain scores (`7/10`), motor strength (`5/5`) and impossible dates.
pub(crate) fn accept_date(text: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    let m = text.get(s..e)?;
    if let Some(rest) = m.strip_prefix("the ").or_else(|| m.strip_prefix("The ")) {
        let off = m.len() - rest.len();
        let day: String = rest.chars().take_while(char::is_ascii_digit).collect();
        let d = num(&day)?;
        return ((1..=31).contains(&d)).then_some((s + off, e));
    }
    // "11//25/26": a doubled slash is a typo, not an empty part.
    let doubled = m.contains("//");
    let parts: Vec<&str> = m
        .split(['/', '-', '.'])
        .filter(|p| !p.is_empty() || !doubled)
        .collect();
    if m.bytes()
        .all(|b| b.is_ascii_digit() || b == b'/' || b == b'-' || b == b'.')
    {
        match parts.as_slice() {
            [a, b] if m.contains('/') && a.len() <= 2 && b.len() <= 2 => {
                let (mo, d) = (num(a)?, num(b)?);
                if !(1..=12).contains(&mo) || !(1..=31).contains(&d) {
                    return None;
                }
                // The tail of a longer run of slashes ("1/2/5", "[AGE]/2/5"
                // once its head became a tag) is no date of its own.
                if text.get(..s).is_some_and(|h| h.ends_with('/')) {
                    return None;
                }
                let before = preceding_words(text, s);
                let last = last_word(&before);
                let next = text
                    .get(e..)
                    .unwrap_or("")
                    .trim_start_matches(' ')
                    .split(|ch: char| !ch.is_ascii_alphabetic())
                    .next()
                    .unwrap_or("");
                if SCORE_CONTEXT.contains(&last)
                    || COUNT_FOLLOWERS.iter().any(|w| next.eq_ignore_ascii_case(w))
                {
                    return None;
                }
                if ends_with_date_context(&before) {
                    return Some((s, e));
                }
                // Fractions and scales (x/2 ... x/5, x/10) unless the text
                // around says date: a clock time after ("4/2 ~2300", "3/5 1800",
                // "8/3 @ 0900"), a range ("3/5-3/6"), or a timeline line
                // ("3/1: Cr 2.1").
                // Scores and fractions never exceed their denominator (5/5,
                // 2/4, 1/2, 7/10): 9/3 or 10/1 can only be a date.
                if (d <= 5 || d == 10)
                    && mo <= d
                    && !date_by_position(text, s, e)
                    && !date_ends_clause(text, s, e, &before, d)
                {
                    return None;
                }
                // Only the next word matters: never copy the rest of the text.
                let rest = text.get(e..).unwrap_or("").trim_start();
                let after: String = rest
                    .chars()
                    .take(12)
                    .collect::<String>()
                    .to_ascii_lowercase();
                if after.starts_with("pain")
                    || after.starts_with("strength")
                    || after.starts_with("tab")
                {
                    return None;
                }
                Some((s, e))
            }
            // "Seen on 3-14 for f/u": a month and day joined by a hyphen
            // only after a word that announces a date, and before no unit
            // ("on 3-5 L", "since 2-3 days" are ranges).
            [a, b] if m.contains('-') && a.len() <= 2 && b.len() <= 2 => {
                let (mo, d) = (num(a)?, num(b)?);
                if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || mo >= d && d <= 12 {
                    return None;
                }
                let before = preceding_words(text, s);
                let last = last_word(&before);
                let rest = text.get(e..).unwrap_or("");
                let next = rest
                    .trim_start_matches(' ')
                    .split(|ch: char| !ch.is_ascii_alphanumeric())
                    .next()
                    .unwrap_or("")
                    .to_ascii_lowercase();
                let ends = !rest.starts_with(|ch: char| ch.is_ascii_alphanumeric())
                    && (next.is_empty()
                        || matches!(
                            next.as_str(),
                            "for" | "at" | "with" | "and" | "in" | "to" | "when" | "per" | "by"
                        ));
                (matches!(
                    last,
                    "on" | "since"
                        | "seen"
                        | "dos"
                        | "dated"
                        | "returned"
                        | "admitted"
                        | "discharged"
                ) && ends)
                    .then_some((s, e))
            }
            // YYYY-MM, YYYY/MM: a month of a year ("Echo 2026-03").
            [a, b] if a.len() == 4 && b.len() == 2 && !m.contains('.') => {
                let (y, mo) = (num(a)?, num(b)?);
                ((1900..=2099).contains(&y) && (1..=12).contains(&mo)).then_some((s, e))
            }
            [a, b] => {
                // M/YYYY
                let mo = num(a)?;
                ((1..=12).contains(&mo) && b.len() == 4).then_some((s, e))
            }
            [a, b, c] => {
                let (x, y, z) = (num(a)?, num(b)?, num(c)?);
                if a.len() == 4 {
                    return ((1..=12).contains(&y) && (1..=31).contains(&z)).then_some((s, e));
                }
                let md = (1..=12).contains(&x) && (1..=31).contains(&y);
                let dm = (1..=12).contains(&y) && (1..=31).contains(&x);
                let _ = z;
                (md || dm).then_some((s, e))
            }
            _ => None,
        }
    } else {
        Some((s, e))
    }
}

/// Whether the text around a short M/D says it is a date.
fn date_by_position(text: &str, s: usize, e: usize) -> bool {
    let after = text.get(e..).unwrap_or("");
    let a = after.trim_start_matches([' ', '~', '@']);
    let a = a.trim_start_matches(['~', '@', ' ']);
    let digits = a.bytes().take_while(u8::is_ascii_digit).count();
    let next = a.as_bytes().get(digits).copied();
    // A 24-hour clock time, or "10am"/"1:40".
    // A full stop after it ends the sentence ("weaned 1/5 0900."); a digit
    // after the stop makes a decimal.
    let decimal =
        next == Some(b'.') && a.as_bytes().get(digits + 1).is_some_and(u8::is_ascii_digit);
    let clock =
        (digits == 4 && !matches!(next, Some(b'/' | b'-')) && !decimal && a.len() < after.len())
            || ((1..=2).contains(&digits) && matches!(next, Some(b':')) && a.len() < after.len())
            || ((1..=2).contains(&digits)
                && a.get(digits..).is_some_and(|r| {
                    r.starts_with("am")
                        || r.starts_with("pm")
                        || r.starts_with(" am")
                        || r.starts_with(" pm")
                }));
    // A range with another M/D: "3/5-3/6", "3/5 - 3/6".
    let range_after = after
        .trim_start_matches([' ', '-'])
        .bytes()
        .take_while(u8::is_ascii_digit)
        .count()
        > 0
        && after.trim_start().starts_with('-')
        && after
            .trim_start_matches([' ', '-'])
            .bytes()
            .find(|x| !x.is_ascii_digit())
            == Some(b'/');
    let before = text.get(..s).unwrap_or("");
    let b = before.trim_end_matches(' ');
    let range_before = b.ends_with('-')
        && b.trim_end_matches(['-', ' '])
            .bytes()
            .next_back()
            .is_some_and(|x| x.is_ascii_digit())
        && b.trim_end_matches(['-', ' '])
            .trim_end_matches(|c: char| c.is_ascii_digit())
            .ends_with('/');
    // Alone at the start of a line, before ':' or ' -' ("3/1: Cr 2.1").
    let line_start = before
        .rsplit('\n')
        .next()
        .is_some_and(|l| l.trim_matches([' ', '\t', '-', '*']).is_empty());
    // ... or before a reading on a log line ("5/10  144/88").
    let log_line = line_start && {
        let r = after.trim_start_matches([' ', '\t']);
        r.len() < after.len() && {
            let d = r.bytes().take_while(u8::is_ascii_digit).count();
            d >= 2 && r.as_bytes().get(d) == Some(&b'/')
        }
    };
    let timeline = log_line || line_start && (after.starts_with(':') || after.starts_with(" -"));
    // A weekday after it: "bed avail 3/5 (Wed)", "4/2 Thurs".
    let weekday = {
        let w = after.trim_start_matches([' ', '(']);
        w.len() < after.len() && {
            let len = w.bytes().take_while(u8::is_ascii_alphabetic).count();
            w.get(..len)
                .is_some_and(|d| WEEKDAYS.iter().any(|x| d.eq_ignore_ascii_case(x)))
        }
    };
    clock || range_after || range_before || timeline || weekday
}

/// Day names and their abbreviations (lower case; compared in any case).
const WEEKDAYS: &[&str] = &[
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The last run of letters and digits of `before` ("" when it ends in
/// neither).
/// Words after which a fraction at a clause's end is a grade, a rating or
/// a share, not a date: strength and reflexes ("hip flex 4/5."), symptom
/// ratings ("nausea 3/10;"), portions ("ate 1/2.").
const GRADE_WORDS: &[&str] = &[
    "strength",
    "str",
    "flex",
    "flexion",
    "ext",
    "extension",
    "abd",
    "abduction",
    "add",
    "adduction",
    "grip",
    "reflex",
    "reflexes",
    "dtrs",
    "pulses",
    "pulse",
    "motor",
    "power",
    "mmt",
    "ue",
    "le",
    "rue",
    "lue",
    "rle",
    "lle",
    "bue",
    "ble",
    "bilat",
    "bil",
    "sensation",
    "hip",
    "knee",
    "ankle",
    "shoulder",
    "elbow",
    "wrist",
    "df",
    "pf",
    "quads",
    "quad",
    "hamstrings",
    "hams",
    "biceps",
    "triceps",
    "deltoid",
    "deltoids",
    "iliopsoas",
    "glutes",
    "pain",
    "anxiety",
    "nausea",
    "dyspnea",
    "sob",
    "fatigue",
    "mood",
    "depression",
    "stress",
    "itch",
    "itching",
    "dizziness",
    "vertigo",
    "craving",
    "cravings",
    "rating",
    "rated",
    "rates",
    "scale",
    "effort",
    "rpe",
    "borg",
    "murmur",
    "edema",
    "reps",
    "trials",
    "attempts",
    "rest",
    "activity",
    "worst",
    "best",
    "avg",
    "average",
    "now",
    "currently",
    "intensity",
    "severity",
    "x",
    "of",
    "out",
    "at",
    "ate",
    "eaten",
    "took",
    "tab",
    "tabs",
    "dose",
    "consumed",
    "meal",
    "meals",
    "breakfast",
    "lunch",
    "dinner",
    "tray",
    "voided",
    "tolerated",
    "tolerating",
    "completed",
    "finished",
    "drank",
    "intake",
    "po",
    "fluids",
    "bottle",
    "formula",
    "feeds",
    "feed",
    "aspiration",
    "latch",
    "ha",
    "headache",
    "cramping",
    "cramps",
    "spasm",
    "spasms",
    "is",
    "was",
    "a",
    "the",
    "and",
];

/// A short date with a small day ("3/5", "4/10") that ends a clause (a
/// full stop, semicolon, comma or parenthesis, the line's end, or "by"
/// after it) and follows a word that grades nothing: "Weaned to RA 3/5.",
/// "recheck wt 2/3.", "Skilled Nursing 4/10;", "DENIED 6/10,", "5/10 by
/// Dr. Ochoa". A line that holds another fraction over the same number is a
/// list of scores ("pain 3/10, anxiety 2/10").
fn date_ends_clause(text: &str, s: usize, e: usize, before: &str, d: u32) -> bool {
    let after = text.get(e..).unwrap_or("");
    let a = after.trim_start_matches([' ', '\t']);
    let ends = a.is_empty()
        || a.starts_with(['\n', '\r', ';', ',', ')'])
        || (a.starts_with('.') && !a.as_bytes().get(1).is_some_and(u8::is_ascii_digit))
        || a.starts_with("by ");
    if !ends {
        return false;
    }
    let word = last_word(before.trim_end_matches(|ch: char| !ch.is_ascii_alphanumeric()));
    // A rating over ten ("cramping 5/10.") and a full score ("5/5;") are
    // as likely: there the date needs "by" after it or a capitalised name
    // before it ("Skilled Nursing 4/10;", "Women's Care 4/4;").
    let full = text
        .get(s..e)
        .and_then(|m| m.split_once('/'))
        .is_some_and(|(x, y)| x == y);
    if d == 10 || full {
        let raw = text.get(..s).unwrap_or("");
        let raw = raw.trim_end_matches(|ch: char| !ch.is_ascii_alphanumeric());
        let w = raw
            .rsplit(|ch: char| !ch.is_ascii_alphanumeric())
            .next()
            .unwrap_or("");
        let titled = w.len() >= 3
            && w.starts_with(|ch: char| ch.is_ascii_uppercase())
            && w.bytes().skip(1).all(|x| x.is_ascii_lowercase());
        if !(titled || a.starts_with("by ")) {
            return false;
        }
    }
    // A tag before it ("[DATE]\"1/2") reads as the number it replaced
    // ("2/1\"1/2"), so a second pass finds no more than the first.
    let tagged = text
        .get(..s)
        .unwrap_or("")
        .trim_end_matches(|ch: char| !ch.is_ascii_alphanumeric() && ch != ']')
        .ends_with(']');
    if word.is_empty()
        || tagged
        || word.bytes().all(|x| x.is_ascii_digit())
        || GRADE_WORDS.contains(&word)
        || SCORE_CONTEXT.contains(&word)
    {
        return false;
    }
    // Another "n/d" on the line with the same d and n <= d: a score list.
    let line_start = text.get(..s).unwrap_or("").rfind('\n').map_or(0, |p| p + 1);
    let line_end = after.find('\n').map_or(text.len(), |p| e + p);
    let line = text.get(line_start..line_end).unwrap_or("");
    let den = d.to_string();
    let mut from = 0usize;
    while let Some(p) = line.get(from..).and_then(|l| l.find('/')).map(|p| p + from) {
        from = p + 1;
        if line_start + p == s + (e - s) - den.len() - 1 {
            continue;
        }
        let num_len = line
            .get(..p)
            .unwrap_or("")
            .bytes()
            .rev()
            .take_while(u8::is_ascii_digit)
            .count();
        let n = line.get(p - num_len..p).and_then(|v| v.parse::<u32>().ok());
        let rest = line.get(p + 1..).unwrap_or("");
        // A fraction of its own, not two parts of a longer date ("7/2/2":
        // no "2/2" in it).
        // Nor one glued to a word (no date can start there: `e6/10`), nor
        // one in a link (`http://^6/10`), which a tag takes on the first
        // pass. Both fractions read each other alike.
        let start = p - num_len;
        let glued = start
            .checked_sub(1)
            .and_then(|k| line.as_bytes().get(k))
            .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_' || *b == b'/');
        let chunk_start = line
            .get(..start)
            .and_then(|h| h.rfind(char::is_whitespace))
            .map_or(0, |k| k + 1);
        // Inside a link as the URL pattern reads one: from `http://`,
        // `https://`, `ftp://` or `www.` on, with no quote or bracket
        // between.
        let head = line
            .get(chunk_start..start)
            .unwrap_or("")
            .to_ascii_lowercase();
        let linked = ["http://", "https://", "ftp://", "www."]
            .iter()
            .filter_map(|p| head.rfind(p))
            .max()
            .is_some_and(|k| {
                !head
                    .get(k..)
                    .unwrap_or("")
                    .contains(['<', '>', '{', '}', '"', '\''])
            });
        let within_date = glued || linked || rest.as_bytes().get(den.len()) == Some(&b'/');
        // The partner ends as a date could (`1/2e` is none): a word
        // character after it keeps it out.
        let same = rest.starts_with(den.as_str())
            && !rest
                .as_bytes()
                .get(den.len())
                .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_');
        if same && !within_date && n.is_some_and(|n| n <= d) {
            return false;
        }
    }
    true
}

fn last_word(before: &str) -> &str {
    before
        .rsplit(|ch: char| !ch.is_ascii_alphanumeric())
        .next()
        .unwrap_or("")
}

fn preceding_words(text: &str, pos: usize) -> String {
    let mut st = pos.saturating_sub(16);
    while !text.is_char_boundary(st) {
        st += 1;
    }
    text.get(st..pos)
        .unwrap_or("")
        .trim_end_matches([' ', ':', '\t'])
        .to_ascii_lowercase()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Year4,
    Year2,
    Month,
    Day,
}

#[derive(Clone, Debug)]
enum Seg {
    Lit(String),
    Num(String, Option<Role>),
    MonthWord(String),
    Ordinal(String),
}

pub(crate) fn month_of(word: &str) -> Option<u32> {
    let w = word.to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    let w = if w == "sept" { "sep".to_string() } else { w };
    MONTH_NAMES
        .iter()
        .position(|m| m.starts_with(&w))
        .and_then(|p| u32::try_from(p + 1).ok())
}

fn segments(s: &str) -> Vec<Seg> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut kind = 0u8; // 0 lit, 1 digit, 2 alpha
    let flush = |out: &mut Vec<Seg>, cur: &mut String, kind: u8| {
        if cur.is_empty() {
            return;
        }
        let t = std::mem::take(cur);
        out.push(match kind {
            1 => Seg::Num(t, None),
            2 => {
                let lower = t.to_ascii_lowercase();
                if matches!(lower.as_str(), "st" | "nd" | "rd" | "th")
                    && matches!(out.last(), Some(Seg::Num(..)))
                {
                    Seg::Ordinal(t)
                } else if month_of(&t).is_some() {
                    Seg::MonthWord(t)
                } else {
                    Seg::Lit(t)
                }
            }
            _ => Seg::Lit(t),
        });
    };
    for ch in s.chars() {
        let k = if ch.is_ascii_digit() {
            1
        } else if ch.is_ascii_alphabetic() {
            2
        } else {
            0
        };
        if k != kind {
            flush(&mut out, &mut cur, kind);
            kind = k;
        }
        cur.push(ch);
    }
    flush(&mut out, &mut cur, kind);
    out
}

/// Shifts a written date by `days`, keeping its written form. `None` when the
/// text is not a date this module can read (the caller then tags it).
pub fn shift_date_text(original: &str, days: i64) -> Option<String> {
    let mut segs = segments(original);
    let has_month_word = segs.iter().any(|s| matches!(s, Seg::MonthWord(_)));
    let nums: Vec<usize> = segs
        .iter()
        .enumerate()
        .filter(|(_, s)| matches!(s, Seg::Num(..)))
        .map(|(i, _)| i)
        .collect();
    let lens: Vec<usize> = nums
        .iter()
        .filter_map(|i| match segs.get(*i) {
            Some(Seg::Num(t, _)) => Some(t.len()),
            _ => None,
        })
        .collect();
    let vals: Vec<u32> = nums
        .iter()
        .filter_map(|i| match segs.get(*i) {
            Some(Seg::Num(t, _)) => t.parse().ok(),
            _ => None,
        })
        .collect();
    let roles: Vec<Role> = if has_month_word {
        lens.iter()
            .map(|l| match l {
                4 => Role::Year4,
                _ => Role::Day,
            })
            .collect::<Vec<_>>()
    } else {
        match (lens.as_slice(), vals.as_slice()) {
            ([4, _, _], _) => vec![Role::Year4, Role::Month, Role::Day],
            ([_, _, yl], [a, _, _]) => {
                let y = if *yl == 4 { Role::Year4 } else { Role::Year2 };
                if *a <= 12 {
                    vec![Role::Month, Role::Day, y]
                } else {
                    vec![Role::Day, Role::Month, y]
                }
            }
            ([_, 4], _) => vec![Role::Month, Role::Year4],
            ([_, _], _) => vec![Role::Month, Role::Day],
            ([_], _) => vec![Role::Day],
            _ => return None,
        }
    };
    // A two-digit year after an apostrophe with a month word ("Apr '20").
    let roles: Vec<Role> = roles
        .into_iter()
        .enumerate()
        .map(|(k, r)| {
            if has_month_word && r == Role::Day && k > 0 && lens.get(k) == Some(&2) {
                let idx = nums.get(k).copied().unwrap_or(0);
                if idx > 0 {
                    if let Some(Seg::Lit(l)) = segs.get(idx - 1) {
                        if l.ends_with('\'') {
                            return Role::Year2;
                        }
                    }
                }
            }
            r
        })
        .collect();
    let mut year: Option<i32> = None;
    let mut month: Option<u32> = None;
    let mut day: Option<u32> = None;
    for (k, r) in roles.iter().enumerate() {
        let v = *vals.get(k)?;
        match r {
            Role::Year4 => year = Some(i32::try_from(v).ok()?),
            Role::Year2 => {
                let v = i32::try_from(v).ok()?;
                year = Some(if v <= 30 { 2000 + v } else { 1900 + v });
            }
            Role::Month => month = Some(v),
            Role::Day => day = Some(v),
        }
    }
    for s in &segs {
        if let Seg::MonthWord(w) = s {
            month = month_of(w);
        }
    }
    let has_day = day.is_some();
    let date =
        NaiveDate::from_ymd_opt(year.unwrap_or(2000), month.unwrap_or(1), day.unwrap_or(15))?;
    let shifted = date.checked_add_signed(chrono::Duration::days(days))?;
    let _ = has_day;
    // Write back each part in its original style. A numeric date with no
    // zero-padded field ("4/28") is written unpadded.
    let padded = segs
        .iter()
        .any(|s| matches!(s, Seg::Num(t, _) if t.len() == 2 && t.starts_with('0')));
    let worded = has_month_word || !padded;
    for (k, idx) in nums.iter().enumerate() {
        let Some(role) = roles.get(k) else { continue };
        if let Some(Seg::Num(t, r)) = segs.get_mut(*idx) {
            let width = t.len();
            let v = match role {
                Role::Year4 => format!("{:04}", shifted.year()),
                Role::Year2 => format!("{:02}", shifted.year().rem_euclid(100)),
                Role::Month => pad(shifted.month(), width, worded, t.starts_with('0')),
                Role::Day => pad(shifted.day(), width, worded, t.starts_with('0')),
            };
            *t = v;
            *r = Some(*role);
        }
    }
    let new_day = shifted.day();
    let mut out = String::with_capacity(original.len() + 4);
    for s in &mut segs {
        match s {
            Seg::Lit(t) => out.push_str(t),
            Seg::Num(t, _) => out.push_str(t),
            Seg::MonthWord(w) => out.push_str(&month_word(w, shifted.month())),
            Seg::Ordinal(o) => {
                let suf = ordinal(new_day);
                if o.chars().all(|c| c.is_ascii_uppercase()) {
                    out.push_str(&suf.to_ascii_uppercase());
                } else {
                    out.push_str(suf);
                }
            }
        }
    }
    Some(out)
}

// Numeric dates keep their two-digit fields; worded dates ("April 8")
// pad only when the original did ("April 08").
fn pad(v: u32, width: usize, worded: bool, leading_zero: bool) -> String {
    if (width >= 2 && !worded) || leading_zero {
        format!("{v:02}")
    } else {
        v.to_string()
    }
}

fn ordinal(d: u32) -> &'static str {
    match (d % 10, d % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

fn month_word(orig: &str, m: u32) -> String {
    let full = MONTH_NAMES
        .get(usize::try_from(m).unwrap_or(1).saturating_sub(1))
        .copied()
        .unwrap_or("january");
    let is_full = MONTH_NAMES.iter().any(|n| n.eq_ignore_ascii_case(orig));
    let mut w: String = if is_full {
        full.to_string()
    } else {
        full.chars().take(3).collect()
    };
    if orig.chars().all(|c| c.is_ascii_uppercase()) {
        w = w.to_ascii_uppercase();
    } else if orig.chars().next().is_some_and(|c| c.is_ascii_uppercase()) {
        let mut cs = w.chars();
        if let Some(f) = cs.next() {
            w = f.to_ascii_uppercase().to_string() + cs.as_str();
        }
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_context_set_answers_as_the_suffix_list_does() {
        let by_list = |before: &str| {
            DATE_CONTEXT.iter().chain(WEEKDAYS).any(|w| {
                before
                    .strip_suffix(w)
                    .is_some_and(|b| !b.as_bytes().last().is_some_and(u8::is_ascii_alphabetic))
            })
        };
        for before in [
            "seen", "pt seen", "reseen", "as of", "has of", "f/u", "2 f/u", "next", "context", "",
            "on", "upon", "lmp", "x", "d/c on", "\u{e9}on", "w/ f/u",
        ] {
            assert_eq!(
                ends_with_date_context(before),
                by_list(before),
                "{before:?}"
            );
        }
    }

    #[test]
    fn shifting_keeps_written_format() {
        assert_eq!(shift_date_text("04/28/20", 3).unwrap(), "05/01/20");
        assert_eq!(shift_date_text("April 28, 2020", 3).unwrap(), "May 1, 2020");
        assert_eq!(shift_date_text("28-Apr-2020", 3).unwrap(), "1-May-2020");
        assert_eq!(shift_date_text("2020-04-28", -28).unwrap(), "2020-03-31");
        assert_eq!(shift_date_text("4/28", 3).unwrap(), "5/1");
        assert_eq!(shift_date_text("3rd", 1).unwrap(), "4th");
        assert_eq!(shift_date_text("12 MAR 1941", 1).unwrap(), "13 MAR 1941");
        assert_eq!(shift_date_text("11//25/26", 1).unwrap(), "11//26/26");
        assert_eq!(shift_date_text("Nov 25,2026", 6).unwrap(), "Dec 1,2026");
    }

    #[test]
    fn impossible_numeric_dates_are_rejected() {
        assert!(accept_date("13/45/2020", 0, 10).is_none());
        assert!(accept_date("7/10", 0, 4).is_none());
        assert!(accept_date("on 7/10", 3, 7).is_some());
        assert!(accept_date("11//25/26", 0, 9).is_some());
        assert!(accept_date("11//45/26", 0, 9).is_none());
    }
}
