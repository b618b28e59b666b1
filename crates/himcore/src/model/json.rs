//! A small borrowing JSON reader (RFC 8259) for validation: strings without
//! escapes and numbers are slices of the input, objects keep their members in
//! order. Validating straight from this tree avoids the allocations of a
//! `serde_json::Value` (a hash map per object, a `String` per key and
//! number), which dominate the cost of validating FHIR JSON.

use serde_json::Value;
use std::borrow::Cow;

/// Nesting limit, as serde_json's (keeps the recursion bounded on hostile input).
const MAX_DEPTH: usize = 128;

/// A borrowed JSON value.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum J<'a> {
    Null,
    Bool(bool),
    /// The number's text, as written.
    Num(&'a str),
    Str(Cow<'a, str>),
    Arr(Vec<J<'a>>),
    Obj(Vec<(Cow<'a, str>, J<'a>)>),
}

impl<'a> J<'a> {
    pub(crate) fn get(&self, key: &str) -> Option<&J<'a>> {
        match self {
            J::Obj(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub(crate) fn as_str(&self) -> Option<&str> {
        match self {
            J::Str(s) => Some(s),
            _ => None,
        }
    }

    /// Builds an owned `serde_json::Value` (numbers keep their digits).
    pub(crate) fn to_value(&self) -> Result<Value, String> {
        Ok(match self {
            J::Null => Value::Null,
            J::Bool(b) => Value::Bool(*b),
            J::Num(t) => Value::Number(serde_json::from_str(t).map_err(|e| e.to_string())?),
            J::Str(s) => Value::String(s.to_string()),
            J::Arr(a) => Value::Array(a.iter().map(J::to_value).collect::<Result<_, _>>()?),
            J::Obj(o) => Value::Object(
                o.iter()
                    .map(|(k, v)| Ok((k.to_string(), v.to_value()?)))
                    .collect::<Result<_, String>>()?,
            ),
        })
    }

    /// Borrows a `serde_json::Value` as a `J` (numbers by their written text).
    pub(crate) fn from_value(v: &'a Value) -> J<'a> {
        match v {
            Value::Null => J::Null,
            Value::Bool(b) => J::Bool(*b),
            Value::Number(n) => J::Num(n.as_str()),
            Value::String(s) => J::Str(Cow::Borrowed(s)),
            Value::Array(a) => J::Arr(a.iter().map(J::from_value).collect()),
            Value::Object(o) => J::Obj(
                o.iter()
                    .map(|(k, v)| (Cow::Borrowed(k.as_str()), J::from_value(v)))
                    .collect(),
            ),
        }
    }
}

/// True when `v` nests arrays and objects deeper than [`MAX_DEPTH`], the
/// text reader's limit: a `Value` built by a caller (a binding converting
/// its own objects) gets the same bound as text, so the recursive
/// validation below never overflows the stack. Looks no deeper than the limit.
pub(crate) fn too_deep(v: &Value) -> bool {
    fn deeper(v: &Value, depth: usize) -> bool {
        match v {
            Value::Array(a) => depth >= MAX_DEPTH || a.iter().any(|c| deeper(c, depth + 1)),
            Value::Object(o) => depth >= MAX_DEPTH || o.values().any(|c| deeper(c, depth + 1)),
            _ => false,
        }
    }
    deeper(v, 0)
}

/// Drops a value without recursion: serde_json drops nested arrays and
/// objects recursively, which overflows the stack on a value nested
/// hundreds of thousands deep (one a caller built, not one parsed from
/// text, which is bounded by the parser). Children are moved to a heap stack
/// first, so each drop below is shallow.
pub(crate) fn drop_iteratively(v: Value) {
    let mut stack = vec![v];
    while let Some(mut v) = stack.pop() {
        match &mut v {
            Value::Array(a) => stack.append(a),
            Value::Object(o) => {
                let members = std::mem::take(o);
                stack.extend(members.into_iter().map(|(_, c)| c));
            }
            _ => {}
        }
    }
}

/// Parses one JSON document (surrounding whitespace allowed).
pub(crate) fn parse(text: &str) -> Result<J<'_>, String> {
    let mut p = Parser {
        s: text,
        b: text.as_bytes(),
        i: 0,
        depth: 0,
    };
    p.ws();
    let v = p.value()?;
    p.ws();
    if p.i < p.b.len() {
        return Err(p.error("trailing characters"));
    }
    Ok(v)
}

struct Parser<'a> {
    s: &'a str,
    b: &'a [u8],
    i: usize,
    depth: usize,
}

impl<'a> Parser<'a> {
    fn error(&self, what: &str) -> String {
        let upto = self.s.get(..self.i.min(self.s.len())).unwrap_or("");
        let line = upto.matches('\n').count() + 1;
        let column = upto.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        format!("{what} at line {line} column {column}")
    }

    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn ws(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.peek() {
            self.i += 1;
        }
    }

    fn eat(&mut self, lit: &str, v: J<'a>) -> Result<J<'a>, String> {
        if self.b.get(self.i..self.i + lit.len()) == Some(lit.as_bytes()) {
            self.i += lit.len();
            Ok(v)
        } else {
            Err(self.error("expected a JSON value"))
        }
    }

    fn value(&mut self) -> Result<J<'a>, String> {
        match self.peek() {
            None => Err(self.error("unexpected end of input")),
            Some(b'{') => self.object(),
            Some(b'[') => self.array(),
            Some(b'"') => Ok(J::Str(self.string()?)),
            Some(b't') => self.eat("true", J::Bool(true)),
            Some(b'f') => self.eat("false", J::Bool(false)),
            Some(b'n') => self.eat("null", J::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error("expected a JSON value")),
        }
    }

    fn enter(&mut self) -> Result<(), String> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error("recursion limit exceeded"));
        }
        self.i += 1;
        self.ws();
        Ok(())
    }

    fn object(&mut self) -> Result<J<'a>, String> {
        self.enter()?;
        let mut members = Vec::with_capacity(4);
        if self.peek() == Some(b'}') {
            self.i += 1;
            self.depth -= 1;
            return Ok(J::Obj(members));
        }
        loop {
            if self.peek() != Some(b'"') {
                return Err(self.error("expected a member name"));
            }
            let k = self.string()?;
            self.ws();
            if self.peek() != Some(b':') {
                return Err(self.error("expected ':'"));
            }
            self.i += 1;
            self.ws();
            let v = self.value()?;
            members.push((k, v));
            self.ws();
            match self.peek() {
                Some(b',') => {
                    self.i += 1;
                    self.ws();
                }
                Some(b'}') => {
                    self.i += 1;
                    self.depth -= 1;
                    return Ok(J::Obj(members));
                }
                _ => return Err(self.error("expected ',' or '}'")),
            }
        }
    }

    fn array(&mut self) -> Result<J<'a>, String> {
        self.enter()?;
        let mut items = Vec::new();
        if self.peek() == Some(b']') {
            self.i += 1;
            self.depth -= 1;
            return Ok(J::Arr(items));
        }
        loop {
            items.push(self.value()?);
            self.ws();
            match self.peek() {
                Some(b',') => {
                    self.i += 1;
                    self.ws();
                }
                Some(b']') => {
                    self.i += 1;
                    self.depth -= 1;
                    return Ok(J::Arr(items));
                }
                _ => return Err(self.error("expected ',' or ']'")),
            }
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while let Some(b'0'..=b'9') = self.peek() {
            self.i += 1;
        }
        self.i - start
    }

    fn number(&mut self) -> Result<J<'a>, String> {
        let start = self.i;
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        let int_start = self.i;
        let n = self.digits();
        if n == 0 || (n > 1 && self.b.get(int_start) == Some(&b'0')) {
            return Err(self.error("invalid number"));
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            if self.digits() == 0 {
                return Err(self.error("invalid number"));
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.i += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.i += 1;
            }
            if self.digits() == 0 {
                return Err(self.error("invalid number"));
            }
        }
        self.s
            .get(start..self.i)
            .map(J::Num)
            .ok_or_else(|| self.error("invalid number"))
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let h = self
            .s
            .get(self.i..self.i + 4)
            .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or_else(|| self.error("invalid \\u escape"))?;
        self.i += 4;
        u32::from_str_radix(h, 16).map_err(|_| self.error("invalid \\u escape"))
    }

    fn string(&mut self) -> Result<Cow<'a, str>, String> {
        self.i += 1; // opening quote
        let start = self.i;
        // Fast path: no escapes; skip plain bytes in one scan.
        let plain = self
            .b
            .get(self.i..)
            .unwrap_or(&[])
            .iter()
            .position(|&c| c == b'"' || c == b'\\' || c < 0x20)
            .unwrap_or(self.b.len() - self.i);
        self.i += plain;
        loop {
            match self.peek() {
                None => return Err(self.error("unterminated string")),
                Some(b'"') => {
                    let s = self
                        .s
                        .get(start..self.i)
                        .ok_or_else(|| self.error("invalid string"))?;
                    self.i += 1;
                    return Ok(Cow::Borrowed(s));
                }
                Some(b'\\') => break,
                Some(c) if c < 0x20 => return Err(self.error("control character in string")),
                Some(_) => self.i += 1,
            }
        }
        let mut out = String::from(self.s.get(start..self.i).unwrap_or(""));
        loop {
            match self.peek() {
                None => return Err(self.error("unterminated string")),
                Some(b'"') => {
                    self.i += 1;
                    return Ok(Cow::Owned(out));
                }
                Some(b'\\') => {
                    self.i += 1;
                    let c = self
                        .peek()
                        .ok_or_else(|| self.error("unterminated string"))?;
                    self.i += 1;
                    match c {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let hi = self.hex4()?;
                            let cp = if (0xD800..0xDC00).contains(&hi) {
                                if self.b.get(self.i..self.i + 2) != Some(b"\\u") {
                                    return Err(self.error("lone surrogate in \\u escape"));
                                }
                                self.i += 2;
                                let lo = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return Err(self.error("lone surrogate in \\u escape"));
                                }
                                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                            } else {
                                hi
                            };
                            out.push(
                                char::from_u32(cp)
                                    .ok_or_else(|| self.error("lone surrogate in \\u escape"))?,
                            );
                        }
                        _ => return Err(self.error("invalid escape")),
                    }
                }
                Some(c) if c < 0x20 => return Err(self.error("control character in string")),
                Some(_) => {
                    // Copy one UTF-8 character (the input is a valid &str).
                    let rest = self.s.get(self.i..).unwrap_or("");
                    if let Some(ch) = rest.chars().next() {
                        out.push(ch);
                        self.i += ch.len_utf8();
                    } else {
                        return Err(self.error("invalid string"));
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_like_serde_json() {
        let text = r#" {"a": [1, -0.50, 1e+3, 2e-7, true, false, null], "b\"\u00e9\ud83d\ude00": {"c": "x\ty"}, "": {}} "#;
        let ours = parse(text).unwrap();
        let theirs: Value = serde_json::from_str(text).unwrap();
        assert_eq!(ours.get("a"), J::from_value(&theirs).get("a"));
        assert_eq!(ours, J::from_value(&theirs));
    }

    #[test]
    fn rejects_what_json_rejects() {
        for bad in [
            "",
            "{",
            "[1,]",
            "{\"a\":1,}",
            "01",
            "1.",
            "-",
            "1e",
            "\"\\x\"",
            "\"\\ud800\"",
            "tru",
            "{\"a\" 1}",
            "[1] 2",
            "\"a\nb\"",
            "{'a':1}",
            "NaN",
        ] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let deep = "[".repeat(10_000) + &"]".repeat(10_000);
        assert!(parse(&deep).unwrap_err().contains("recursion limit"));
    }

    fn arb_json() -> impl proptest::strategy::Strategy<Value = Value> {
        use proptest::prelude::*;
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            (any::<i64>(), "[0-9]{0,4}", prop::option::of(-20i32..20)).prop_map(|(i, f, e)| {
                let mut t = i.to_string();
                if !f.is_empty() {
                    t = format!("{t}.{f}");
                }
                if let Some(e) = e {
                    t = format!("{t}e{e}");
                }
                serde_json::from_str(&t).unwrap()
            }),
            "\\PC*".prop_map(Value::String),
        ];
        leaf.prop_recursive(4, 48, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                prop::collection::vec(("\\PC{0,6}", inner), 0..6)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest::proptest! {
        #[test]
        fn reads_what_serde_json_writes(v in arb_json(), pretty in proptest::bool::ANY) {
            let text = if pretty {
                serde_json::to_string_pretty(&v).unwrap()
            } else {
                serde_json::to_string(&v).unwrap()
            };
            let ours = parse(&text).unwrap();
            proptest::prop_assert_eq!(ours, J::from_value(&v));
        }

        #[test]
        fn never_panics_on_arbitrary_text(text in "\\PC{0,40}") {
            let ours = parse(&text).is_ok();
            let theirs = serde_json::from_str::<Value>(&text).is_ok();
            proptest::prop_assert_eq!(ours, theirs, "{:?}", text);
        }
    }

    #[test]
    fn errors_carry_line_and_column() {
        assert_eq!(
            parse("{\n  \"a\": x}").unwrap_err(),
            "expected a JSON value at line 2 column 8"
        );
    }
}
