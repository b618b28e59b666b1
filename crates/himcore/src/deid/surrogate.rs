//! Keyed, consistent surrogates for free-text PHI: the same value gives the
//! same replacement for one key (so a name stays one person across a
//! project), different keys give unlinkable replacements. Names and cities
//! are drawn from the embedded Census/SSA/gazetteer lists; identifiers keep
//! their shape (digits stay digits, letters stay letters); dates are shifted.

use super::dates::shift_date_text;
use super::dict::{flag, Dictionaries};
use super::text::PhiType;
use super::DeidKey;

/// The surrogate for one span of type `ty`.
pub(crate) fn surrogate(
    dict: &Dictionaries,
    key: &DeidKey,
    ty: PhiType,
    original: &str,
    shift_days: i64,
) -> String {
    match ty {
        PhiType::Name => replace_words(dict, key, original, WordKind::Person),
        PhiType::Date => shift_date_text(original, shift_days).unwrap_or_else(|| "[DATE]".into()),
        PhiType::Age => match original.trim().parse::<u32>() {
            Ok(a) if a > 89 => "90+".into(),
            Ok(_) => original.into(),
            Err(_) => "[AGE]".into(),
        },
        PhiType::City => {
            let v = key.mac_u64("surrogate-city", original.to_lowercase().as_bytes());
            dict.nth_with_flag(v, flag::PLACE, 0, false)
                .map(|c| title_case(&c))
                .unwrap_or_else(|| "[CITY]".into())
        }
        PhiType::Street => replace_words(dict, key, original, WordKind::Street),
        PhiType::Hospital | PhiType::Org => replace_words(dict, key, original, WordKind::Facility),
        PhiType::State => {
            // A keyed state code, or a state name for a written name.
            let v = key.mac_u64("surrogate-state", original.to_lowercase().as_bytes());
            let mut codes: Vec<&str> = dict.state_codes.iter().copied().collect();
            codes.sort_unstable();
            let n = codes.len().max(1) as u64;
            let code = codes.get((v % n) as usize).copied().unwrap_or("[STATE]");
            if original.trim().len() == 2 {
                code.into()
            } else {
                dict.states
                    .iter()
                    .filter(|(name, c)| **c == code && !name.contains('.'))
                    .map(|(name, _)| *name)
                    .max_by_key(|name| name.len())
                    .map_or_else(|| code.into(), title_case)
            }
        }
        PhiType::Email => {
            let p = key.pseudonym(&original.to_lowercase());
            format!("user{}@example.org", p.get(..8).unwrap_or("0"))
        }
        PhiType::Url => {
            let p = key.pseudonym(&original.to_lowercase());
            format!("https://example.org/{}", p.get(..10).unwrap_or("0"))
        }
        PhiType::Ip if original.contains('.') => {
            let m = key.mac("surrogate-ip", original.as_bytes());
            format!("10.{}.{}.{}", m[0], m[1], m[2].max(1))
        }
        _ => shape_preserving(key, original),
    }
}

// Generic words of facility names and directions, kept in surrogates.
const FACILITY_WORDS: &[&str] = &[
    "hospital",
    "medical",
    "center",
    "centre",
    "health",
    "healthcare",
    "care",
    "clinic",
    "nursing",
    "home",
    "rehabilitation",
    "rehab",
    "institute",
    "memorial",
    "regional",
    "general",
    "community",
    "university",
    "children's",
    "st",
    "saint",
    "mount",
    "mt",
    "of",
    "the",
    "and",
    "at",
    "assisted",
    "living",
    "surgery",
    "surgical",
    "cancer",
    "heart",
    "hospice",
    "infirmary",
    "manor",
    "senior",
    "family",
    "practice",
    "medicine",
    "urgent",
    "north",
    "south",
    "east",
    "west",
    "n",
    "s",
    "e",
    "w",
    "ne",
    "nw",
    "se",
    "sw",
    "suite",
    "apt",
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum WordKind {
    Person,
    Street,
    Facility,
}

fn replace_words(dict: &Dictionaries, key: &DeidKey, original: &str, kind: WordKind) -> String {
    let mut out = String::with_capacity(original.len() + 8);
    let mut word = String::new();
    let flush = |out: &mut String, word: &mut String| {
        if word.is_empty() {
            return;
        }
        let w = std::mem::take(word);
        out.push_str(&replace_word(dict, key, &w, kind));
    };
    for ch in original.chars() {
        if ch.is_alphanumeric() || ch == '\'' {
            word.push(ch);
        } else {
            flush(&mut out, &mut word);
            out.push(ch);
        }
    }
    flush(&mut out, &mut word);
    out
}

fn replace_word(dict: &Dictionaries, key: &DeidKey, w: &str, kind: WordKind) -> String {
    let lower = w.to_lowercase();
    if w.chars().any(|c| c.is_ascii_digit()) {
        return shape_preserving(key, w);
    }
    // Keep street suffixes and unit words (streets) or facility keywords
    // (facilities); every other word, even a common one ("Elm", "Maple"),
    // is part of the name and is replaced.
    let keep = match kind {
        WordKind::Street => {
            dict.street_suffixes.contains(lower.as_str())
                || dict.units.contains(lower.as_str())
                || FACILITY_WORDS.contains(&lower.as_str())
        }
        WordKind::Facility => FACILITY_WORDS.contains(&lower.as_str()),
        WordKind::Person => false,
    };
    if keep || (kind != WordKind::Person && w.len() <= 1) {
        return w.to_string();
    }
    if w.chars().count() == 1 {
        let m = key.mac("surrogate-initial", lower.as_bytes());
        let c = char::from(b'A' + m[0] % 26);
        return if w.chars().all(char::is_lowercase) {
            c.to_ascii_lowercase().to_string()
        } else {
            c.to_string()
        };
    }
    let base = lower.trim_end_matches("'s");
    let e = dict.entry(base);
    let f = if kind == WordKind::Person
        && e.has(flag::FIRST)
        && (!e.has(flag::SURNAME) || e.first_pop() >= e.surname_pop())
    {
        flag::FIRST
    } else {
        flag::SURNAME
    };
    let purpose = if f == flag::FIRST {
        "surrogate-first"
    } else {
        "surrogate-surname"
    };
    let v = key.mac_u64(purpose, base.as_bytes());
    let Some(name) = dict.nth_with_flag(v, f, 12, false) else {
        return "[NAME]".into();
    };
    let mut s = apply_case(w, &name);
    if lower.ends_with("'s") {
        s.push_str("'s");
    }
    s
}

fn apply_case(model: &str, word: &str) -> String {
    if model
        .chars()
        .all(|c| !c.is_alphabetic() || c.is_uppercase())
        && model.chars().count() > 1
    {
        word.to_uppercase()
    } else if model.chars().next().is_some_and(char::is_uppercase) {
        title_case(word)
    } else {
        word.to_lowercase()
    }
}

fn title_case(w: &str) -> String {
    w.split(' ')
        .map(|p| {
            let mut cs = p.chars();
            match cs.next() {
                Some(c) => c.to_uppercase().collect::<String>() + cs.as_str(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Replaces digits by keyed digits and letters by keyed letters, keeping
/// punctuation and case, so `(555) 123-4567` stays a phone-shaped string.
pub(crate) fn shape_preserving(key: &DeidKey, original: &str) -> String {
    let mut stream: Vec<u8> = Vec::new();
    let mut counter = 0u32;
    let mut out = String::with_capacity(original.len());
    for (i, ch) in original.chars().enumerate() {
        while stream.len() <= i {
            let mut data = original.as_bytes().to_vec();
            data.extend_from_slice(&counter.to_be_bytes());
            stream.extend_from_slice(&key.mac("surrogate-shape", &data));
            counter += 1;
        }
        let r = stream.get(i).copied().unwrap_or(0);
        out.push(if ch.is_ascii_digit() {
            char::from(b'0' + r % 10)
        } else if ch.is_ascii_uppercase() {
            char::from(b'A' + r % 26)
        } else if ch.is_ascii_lowercase() {
            char::from(b'a' + r % 26)
        } else {
            ch
        });
    }
    out
}
