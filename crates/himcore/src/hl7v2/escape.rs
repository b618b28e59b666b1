//! Delimiters and escape sequences (HL7 v2.5 chapter 2, sections 2.5.4
//! "Message delimiters" and 2.7 "Use of escape sequences in text fields").
//!
//! Decoding (`decode`) turns the separator escapes `\F\ \S\ \T\ \R\ \E\` (and
//! `\P\`, the v2.7 truncation character, when MSH-2 declares one) into the
//! characters they stand for, hexadecimal data `\Xhh..\` into text, and the
//! line break `\.br\` into `"\n"`. Hexadecimal data is read as UTF-8 when the
//! bytes are valid UTF-8, otherwise byte by byte as ISO 8859-1 (so `\Xe1\` is
//! `á`, as in python-hl7). Every other sequence — the formatting commands
//! `\H\ \N\ \.sp\ \.in\ \.ti\ \.sk\ \.ce\ \.fi\ \.nf\`, the character set
//! switches `\Cxxyy\ \Mxxyyzz\`, locally defined `\Z..\` and anything unknown —
//! is kept verbatim, escape characters included, and an escape character with
//! no closing partner is kept as is. Nothing is dropped.
//!
//! Encoding (`encode`) is the inverse used by the writer: delimiters become
//! their escapes, `"\n"` becomes `\.br\`, CR and the other C0 control
//! characters (except tab) become `\Xhh\` (they would otherwise end a segment
//! or break MLLP framing), and an escape character that starts a sequence the
//! decoder keeps verbatim is written as is, so `decode(encode(s)) == s` for
//! every string `s`.

use std::borrow::Cow;

/// The delimiters of a message: MSH-1 and the characters of MSH-2 in their
/// standard order (component, repetition, escape, sub-component, and the
/// optional v2.7 truncation character). All are single ASCII characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Delimiters {
    /// Field separator (MSH-1), usually `|`.
    pub field: char,
    /// Component separator, usually `^`.
    pub component: char,
    /// Repetition separator, usually `~`.
    pub repetition: char,
    /// Escape character, usually `\`.
    pub escape: char,
    /// Sub-component separator, usually `&`.
    pub subcomponent: char,
    /// Truncation character (HL7 v2.7+, usually `#`), when MSH-2 has five characters.
    pub truncation: Option<char>,
}

impl Default for Delimiters {
    fn default() -> Self {
        Delimiters {
            field: '|',
            component: '^',
            repetition: '~',
            escape: '\\',
            subcomponent: '&',
            truncation: None,
        }
    }
}

impl Delimiters {
    /// Reads delimiters from a field separator and the MSH-2 text. MSH-2 must
    /// have 4 or 5 characters; all delimiters must be distinct printable ASCII
    /// characters (`!`..`~`). `Err` carries the reason.
    pub fn from_parts(field: char, encoding: &str) -> Result<Self, String> {
        // No allocation: this runs once per message.
        let mut all = [field; 6];
        let mut n = 1;
        for c in encoding.chars() {
            if n == 6 {
                n += 1;
                break;
            }
            if let Some(slot) = all.get_mut(n) {
                *slot = c;
            }
            n += 1;
        }
        let count = n - 1;
        if count != 4 && count != 5 {
            let found = encoding.chars().count();
            return Err(format!(
                "MSH-2 must have 4 or 5 characters (component, repetition, escape, sub-component[, truncation]), found {found}"
            ));
        }
        let used = all.get(..n).unwrap_or_default();
        for (i, c) in used.iter().enumerate() {
            if !c.is_ascii_graphic() {
                return Err(format!(
                    "delimiter {c:?} is not a printable ASCII character"
                ));
            }
            if used.iter().skip(i + 1).any(|o| o == c) {
                return Err(format!("delimiter {c:?} is used twice"));
            }
        }
        match used {
            [_, component, repetition, escape, subcomponent, rest @ ..] => Ok(Delimiters {
                field,
                component: *component,
                repetition: *repetition,
                escape: *escape,
                subcomponent: *subcomponent,
                truncation: rest.first().copied(),
            }),
            _ => Err("MSH-2 too short".to_string()),
        }
    }

    /// The MSH-2 text: component, repetition, escape, sub-component[, truncation].
    pub fn encoding_characters(&self) -> String {
        let mut s = String::with_capacity(5);
        s.push(self.component);
        s.push(self.repetition);
        s.push(self.escape);
        s.push(self.subcomponent);
        if let Some(t) = self.truncation {
            s.push(t);
        }
        s
    }

    /// Checks the invariants `from_parts` enforces (for hand-built values).
    pub fn validate(&self) -> Result<(), String> {
        Delimiters::from_parts(self.field, &self.encoding_characters()).map(|_| ())
    }

    /// True when some character of `text` is one of the delimiters.
    pub(crate) fn collides(&self, text: &str) -> bool {
        text.chars().any(|c| {
            c == self.field
                || c == self.component
                || c == self.repetition
                || c == self.escape
                || c == self.subcomponent
                || Some(c) == self.truncation
        })
    }

    /// True when a delimiter is a letter, digit or `.`, which can occur
    /// inside escape sequences (`\F\`, `\X0D\`, `\.br\`).
    pub(crate) fn unusual(&self) -> bool {
        [
            self.field,
            self.component,
            self.repetition,
            self.escape,
            self.subcomponent,
        ]
        .into_iter()
        .chain(self.truncation)
        .any(|c| c.is_ascii_alphanumeric() || c == '.')
    }

    #[inline]
    pub(crate) fn esc(&self) -> u8 {
        // Delimiters are ASCII by construction (validated); a non-ASCII value
        // in a hand-built struct maps to 0 which never matches text bytes of
        // interest, and `validate` reports it.
        ascii_byte(self.escape)
    }
}

#[inline]
pub(crate) fn ascii_byte(c: char) -> u8 {
    if c.is_ascii() {
        c as u8
    } else {
        0
    }
}

/// What one escape sequence (the text between two escape characters) means.
enum Seq<'s> {
    Char(char),
    Text(String),
    Verbatim(&'s str),
}

fn classify<'s>(seq: &'s str, d: &Delimiters) -> Seq<'s> {
    match seq {
        "F" => Seq::Char(d.field),
        "S" => Seq::Char(d.component),
        "T" => Seq::Char(d.subcomponent),
        "R" => Seq::Char(d.repetition),
        "E" => Seq::Char(d.escape),
        "P" => match d.truncation {
            Some(t) => Seq::Char(t),
            None => Seq::Verbatim(seq),
        },
        ".br" => Seq::Char('\n'),
        _ => match seq.strip_prefix('X').and_then(decode_hex) {
            Some(text) => Seq::Text(text),
            None => Seq::Verbatim(seq),
        },
    }
}

fn hex_val(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

fn decode_hex(hex: &str) -> Option<String> {
    let b = hex.as_bytes();
    if b.is_empty() || !b.len().is_multiple_of(2) {
        return None;
    }
    let mut bytes = Vec::with_capacity(b.len() / 2);
    for pair in b.chunks_exact(2) {
        match pair {
            [h, l] => bytes.push(hex_val(*h)? * 16 + hex_val(*l)?),
            _ => return None,
        }
    }
    Some(match String::from_utf8(bytes) {
        Ok(s) => s,
        // Not UTF-8: read as ISO 8859-1, where every byte is the code point.
        Err(e) => e.into_bytes().iter().map(|&b| char::from(b)).collect(),
    })
}

/// Decodes the escape sequences of one value (see the module docs).
/// Borrows when the value holds no escape character.
pub fn decode<'a>(raw: &'a str, d: &Delimiters) -> Cow<'a, str> {
    let esc = d.esc();
    if !raw.as_bytes().contains(&esc) {
        return Cow::Borrowed(raw);
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(i) = rest.as_bytes().iter().position(|&b| b == esc) {
        out.push_str(rest.get(..i).unwrap_or_default());
        let after = rest.get(i + 1..).unwrap_or_default();
        match after.as_bytes().iter().position(|&b| b == esc) {
            None => {
                // Unterminated: keep verbatim.
                out.push_str(rest.get(i..).unwrap_or_default());
                rest = "";
            }
            Some(j) => {
                let seq = after.get(..j).unwrap_or_default();
                match classify(seq, d) {
                    Seq::Char(c) => out.push(c),
                    Seq::Text(t) => out.push_str(&t),
                    Seq::Verbatim(v) => {
                        out.push(d.escape);
                        out.push_str(v);
                        out.push(d.escape);
                    }
                }
                rest = after.get(j + 1..).unwrap_or_default();
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

fn is_special(c: char, d: &Delimiters) -> bool {
    c == d.field
        || c == d.component
        || c == d.repetition
        || c == d.escape
        || c == d.subcomponent
        || Some(c) == d.truncation
        || (c.is_ascii_control() && c != '\t')
}

/// Encodes one value for ER7 (see the module docs): `decode(encode(s)) == s`
/// when no delimiter is a letter, digit or `.`. Such a delimiter can occur
/// inside the escape sequences themselves (`\X0E\` with `0` as the escape
/// character), so the round trip cannot hold for every text; [`super::write`]
/// checks and refuses with `HL7_UNWRITABLE` (found by the `hl7v2_escape` fuzz
/// target). Borrows when nothing needs escaping.
pub fn encode<'a>(text: &'a str, d: &Delimiters) -> Cow<'a, str> {
    if !text.chars().any(|c| is_special(c, d)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut iter = text.char_indices();
    while let Some((i, c)) = iter.next() {
        let code = if c == d.field {
            Some('F')
        } else if c == d.component {
            Some('S')
        } else if c == d.subcomponent {
            Some('T')
        } else if c == d.repetition {
            Some('R')
        } else if Some(c) == d.truncation {
            Some('P')
        } else {
            None
        };
        if let Some(code) = code {
            out.push(d.escape);
            out.push(code);
            out.push(d.escape);
        } else if c == d.escape {
            // Keep a sequence the decoder would keep verbatim; escape the rest.
            let after = text.get(i + c.len_utf8()..).unwrap_or_default();
            let verbatim = after.find(d.escape).and_then(|j| {
                let seq = after.get(..j)?;
                let keep = !seq.is_empty()
                    && !seq.chars().any(|s| is_special(s, d))
                    && matches!(classify(seq, d), Seq::Verbatim(_));
                keep.then_some(seq)
            });
            match verbatim {
                Some(seq) => {
                    out.push(d.escape);
                    out.push_str(seq);
                    out.push(d.escape);
                    // Skip the sequence and its closing escape character.
                    for _ in 0..seq.chars().count() + 1 {
                        iter.next();
                    }
                }
                None => {
                    out.push(d.escape);
                    out.push('E');
                    out.push(d.escape);
                }
            }
        } else if c == '\n' && !d.collides(".br") {
            out.push(d.escape);
            out.push_str(".br");
            out.push(d.escape);
        } else if c.is_ascii_control() && c != '\t' {
            // Hex digits in the case that does not clash with a delimiter
            // (alphanumeric delimiters are legal, if unwise).
            let upper = format!("X{:02X}", c as u32);
            let hex = if d.collides(&upper) {
                format!("X{:02x}", c as u32)
            } else {
                upper
            };
            out.push(d.escape);
            out.push_str(&hex);
            out.push(d.escape);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d() -> Delimiters {
        Delimiters::default()
    }

    #[test]
    fn separator_escapes_decode_to_delimiters() {
        assert_eq!(decode(r"a\F\b\S\c\T\d\R\e\E\f", &d()), "a|b^c&d~e\\f");
    }

    #[test]
    fn hex_decodes_utf8_then_latin1() {
        assert_eq!(decode(r"\X20202020\", &d()), "    ");
        assert_eq!(decode(r"\Xe1\\Xe9\", &d()), "áé");
        assert_eq!(decode(r"\XC3A9\", &d()), "é");
    }

    #[test]
    fn formatting_and_unknown_sequences_are_kept_verbatim() {
        assert_eq!(decode(r"\H\text\N\", &d()), r"\H\text\N\");
        assert_eq!(decode(r"\.sp2\x\Zfoo\", &d()), r"\.sp2\x\Zfoo\");
        assert_eq!(decode(r"a\.br\b", &d()), "a\nb");
        assert_eq!(decode(r"tail\", &d()), r"tail\");
        assert_eq!(decode(r"\X4\", &d()), r"\X4\");
    }

    #[test]
    fn encode_inverts_decode() {
        for s in [
            "plain",
            "a|b^c&d~e\\f",
            r"\H\",
            r"\E\",
            "\\",
            "\\\\",
            "line\nbreak\r\x0b",
            r"\X41\",
            "é ü",
            r"\H\x\",
        ] {
            let e = encode(s, &d());
            assert_eq!(decode(&e, &d()), s, "via {e:?}");
        }
    }

    #[test]
    fn truncation_character_escapes_only_when_declared() {
        let mut t = d();
        t.truncation = Some('#');
        assert_eq!(encode("Apt #5", &t), r"Apt \P\5");
        assert_eq!(decode(r"Apt \P\5", &t), "Apt #5");
        assert_eq!(encode("Apt #5", &d()), "Apt #5");
    }

    #[test]
    fn bad_encoding_characters_are_rejected() {
        assert!(Delimiters::from_parts('|', "^~\\").is_err());
        assert!(Delimiters::from_parts('|', "^&&^").is_err());
        assert!(Delimiters::from_parts('|', "^~\\&#$").is_err());
        assert!(Delimiters::from_parts('|', "^~|&").is_err());
        assert!(Delimiters::from_parts('!', "$r?@").is_ok());
    }
}
