//! The strict FHIR JSON walker (FHIR R4 §2.6.2 "JSON Representation"):
//! JSON types per element type, arrays exactly for repeating elements, no
//! `null`, empty objects or empty arrays, primitive formats (§2.24.0.1),
//! minimum cardinalities and required bindings. It never stops at the first
//! problem: every issue is collected with its path.

use super::defs::{resource_def, El, Td, Ty, Vs, ELEMENT, P};
use super::json::J;
use super::primitives::{is_valid_time, scan, DatePrecision};
use super::{Issue, Severity};
use std::borrow::Cow;
use std::collections::HashSet;

type Members<'a> = [(Cow<'a, str>, J<'a>)];

pub(crate) struct Walker {
    pub issues: Vec<Issue>,
    path: String,
    /// Do not descend into `Bundle.entry.resource` (the CLI reports entries separately).
    shallow_bundle: bool,
}

impl Walker {
    pub(crate) fn new(root: &str, shallow_bundle: bool) -> Walker {
        Walker {
            issues: Vec::new(),
            path: root.to_string(),
            shallow_bundle,
        }
    }

    fn err(&mut self, code: &'static str, message: String) {
        self.issues.push(Issue {
            severity: Severity::Error,
            code,
            path: self.path.clone(),
            message,
        });
    }

    fn warn(&mut self, code: &'static str, message: String) {
        self.issues.push(Issue {
            severity: Severity::Warning,
            code,
            path: self.path.clone(),
            message,
        });
    }

    /// Validates a resource at the current path (the path already names it).
    pub(crate) fn resource(&mut self, v: &J<'_>) {
        let J::Obj(obj) = v else {
            self.err(
                "FHIR_INVALID_TYPE",
                format!("a resource must be a JSON object, found {}", kind(v)),
            );
            return;
        };
        match v.get("resourceType") {
            None => self.err(
                "FHIR_MISSING_RESOURCE_TYPE",
                "the resource has no resourceType".into(),
            ),
            Some(J::Str(rt)) => match resource_def(rt) {
                Some(td) => self.object(obj, td, true),
                None => self.err(
                    "FHIR_UNKNOWN_RESOURCE_TYPE",
                    format!("'{rt}' is not a FHIR R4 resource type"),
                ),
            },
            Some(other) => self.err(
                "FHIR_INVALID_TYPE",
                format!("resourceType must be a string, found {}", kind(other)),
            ),
        }
    }

    fn object(&mut self, obj: &Members<'_>, td: &'static Td, is_resource: bool) {
        if obj.is_empty() {
            self.err(
                "FHIR_EMPTY_ELEMENT",
                "empty objects are not allowed in FHIR JSON".into(),
            );
            return;
        }
        // Which key filled each choice element (index into td.els); empty
        // vectors do not allocate.
        let mut chosen: Vec<(usize, &str)> = Vec::new();
        // Elements seen so far (bit per index into td.els; no table has more
        // than 128 elements, larger indices fall back to a scan).
        let (mut seen, mut seen_ext) = (0u128, 0u128);
        // Keys outside the bit sets (unknown elements, indices past 127):
        // a set, so an object of n such keys costs O(n), not O(n^2) as a
        // scan of the earlier keys did (found by review for the fuzz suite:
        // 20,000 unknown keys took 39 s). Allocated only when needed.
        let mut seen_other: HashSet<&str> = HashSet::new();
        // Names with a `_name` member, built on first use for the same reason.
        let mut underscored: Option<HashSet<&str>> = None;
        for (key, val) in obj.iter() {
            if is_resource && key == "resourceType" {
                continue;
            }
            let (name, underscore) = match key.strip_prefix('_') {
                Some(n) => (n, true),
                None => (key.as_ref(), false),
            };
            let found = find(td, name);
            // Duplicate keys: serde_json would keep only the last one, so a
            // duplicate is an error rather than a silent loss.
            let repeated = match found {
                Some((idx, el, _)) => {
                    let bit = u32::try_from(idx)
                        .ok()
                        .and_then(|i| 1u128.checked_shl(i))
                        .unwrap_or(0);
                    let set = if underscore { &mut seen_ext } else { &mut seen };
                    let again = if bit != 0 {
                        *set & bit != 0
                    } else {
                        !seen_other.insert(key.as_ref())
                    };
                    *set |= bit;
                    // For a choice, another type under the same element is
                    // FHIR_MULTIPLE_CHOICE, not a duplicate.
                    again
                        && (!matches!(el.t, Ty::Choice(_))
                            || chosen.iter().any(|(i, prev)| *i == idx && *prev == name))
                }
                None => !seen_other.insert(key.as_ref()),
            };
            if repeated {
                let len = self.path.len();
                self.path.push('.');
                self.path.push_str(key);
                self.err(
                    "FHIR_DUPLICATE_ELEMENT",
                    format!("'{key}' appears more than once in the same object"),
                );
                self.path.truncate(len);
            }
            let Some((idx, el, ty)) = found else {
                let len = self.path.len();
                self.path.push('.');
                self.path.push_str(key);
                self.warn(
                    "FHIR_UNKNOWN_ELEMENT",
                    format!("'{key}' is not an element of {}; it is kept as is", td.name),
                );
                self.path.truncate(len);
                continue;
            };
            if matches!(el.t, Ty::Choice(_)) {
                match chosen.iter().find(|(i, _)| *i == idx) {
                    Some((_, prev)) if *prev != name => {
                        let prev = (*prev).to_string();
                        let len = self.path.len();
                        self.path.push('.');
                        self.path.push_str(key);
                        self.err(
                            "FHIR_MULTIPLE_CHOICE",
                            format!(
                                "{}[x] is given more than once ('{prev}' and '{name}')",
                                el.n
                            ),
                        );
                        self.path.truncate(len);
                    }
                    Some(_) => {}
                    None => chosen.push((idx, name)),
                }
            }
            let len = self.path.len();
            self.path.push('.');
            self.path.push_str(key);
            if underscore {
                if let Ty::P(_) = ty {
                    self.primitive_extension(val, el.many);
                } else {
                    self.warn(
                        "FHIR_UNKNOWN_ELEMENT",
                        format!("'{key}': only primitive elements have '_' extensions; it is kept as is"),
                    );
                }
            } else {
                let nulls_ok = el.many
                    && matches!(ty, Ty::P(_))
                    && underscored
                        .get_or_insert_with(|| {
                            obj.iter()
                                .filter_map(|(k, _)| k.strip_prefix('_'))
                                .collect()
                        })
                        .contains(name);
                self.element(val, el, ty, nulls_ok);
            }
            self.path.truncate(len);
        }
        for el in td.els {
            if el.min == 0 {
                continue;
            }
            let present = match el.t {
                Ty::Choice(types) => types.iter().any(|(suffix, _)| {
                    obj.iter()
                        .any(|(k, _)| k.strip_prefix(el.n).is_some_and(|s| s == *suffix))
                }),
                Ty::P(_) => has(obj, el.n) || has_underscore(obj, el.n),
                _ => has(obj, el.n),
            };
            if !present {
                let len = self.path.len();
                self.path.push('.');
                self.path.push_str(el.n);
                if matches!(el.t, Ty::Choice(_)) {
                    self.path.push_str("[x]");
                }
                self.err(
                    "FHIR_REQUIRED_MISSING",
                    format!("{}.{} is required (min {})", td.name, el.n, el.min),
                );
                self.path.truncate(len);
            }
        }
    }

    fn element(&mut self, val: &J<'_>, el: &El, ty: Ty, nulls_ok: bool) {
        if el.many {
            let J::Arr(items) = val else {
                self.err(
                    "FHIR_EXPECTED_ARRAY",
                    format!(
                        "'{}' repeats: it must be a JSON array, found {}",
                        el.n,
                        kind(val)
                    ),
                );
                return;
            };
            if items.is_empty() {
                self.err(
                    "FHIR_EMPTY_ELEMENT",
                    "empty arrays are not allowed in FHIR JSON".into(),
                );
                return;
            }
            for (i, item) in items.iter().enumerate() {
                let len = self.path.len();
                push_index(&mut self.path, i);
                if !(matches!(item, J::Null) && nulls_ok) {
                    self.single(item, ty, el.b);
                }
                self.path.truncate(len);
            }
        } else if let J::Arr(_) = val {
            self.err(
                "FHIR_UNEXPECTED_ARRAY",
                format!("'{}' does not repeat: it must not be a JSON array", el.n),
            );
        } else {
            self.single(val, ty, el.b);
        }
    }

    fn single(&mut self, val: &J<'_>, ty: Ty, b: Option<&'static Vs>) {
        match ty {
            Ty::P(p) => self.primitive(val, p, b),
            Ty::C(td) => match val {
                J::Obj(o) => self.object(o, td, false),
                other => self.err(
                    "FHIR_INVALID_TYPE",
                    format!("expected a {} object, found {}", td.name, kind(other)),
                ),
            },
            Ty::Res => {
                if self.shallow_bundle
                    && self.path.ends_with(".resource")
                    && self.path.starts_with("Bundle.entry[")
                {
                    if !matches!(val, J::Obj(_)) {
                        self.err(
                            "FHIR_INVALID_TYPE",
                            format!("a resource must be a JSON object, found {}", kind(val)),
                        );
                    }
                    return;
                }
                self.resource(val)
            }
            // `find` resolves choices to their concrete type.
            Ty::Choice(_) => {}
        }
    }

    fn primitive_extension(&mut self, val: &J<'_>, many: bool) {
        let el = El {
            n: "",
            t: Ty::C(&ELEMENT),
            min: 0,
            many: false,
            b: None,
        };
        match val {
            J::Arr(items) if many => {
                for (i, item) in items.iter().enumerate() {
                    if !matches!(item, J::Null) {
                        let len = self.path.len();
                        push_index(&mut self.path, i);
                        self.element(item, &el, el.t, false);
                        self.path.truncate(len);
                    }
                }
            }
            _ if many => self.err(
                "FHIR_EXPECTED_ARRAY",
                format!("expected a JSON array, found {}", kind(val)),
            ),
            _ => self.element(val, &el, el.t, false),
        }
    }

    fn primitive(&mut self, val: &J<'_>, p: P, b: Option<&'static Vs>) {
        match (p, val) {
            (_, J::Null) => self.err(
                "FHIR_NULL_VALUE",
                "null is not allowed here in FHIR JSON".into(),
            ),
            (P::Boolean, J::Bool(_)) => {}
            (P::Integer | P::UnsignedInt | P::PositiveInt, J::Num(text)) => {
                let text = *text;
                let ok_form = is_integer_text(text);
                match text.parse::<i32>() {
                    Ok(v) if ok_form => {
                        if p == P::UnsignedInt && v < 0 {
                            self.err(
                                "FHIR_INVALID_VALUE",
                                format!("unsignedInt must be >= 0, found {text}"),
                            );
                        } else if p == P::PositiveInt && v < 1 {
                            self.err(
                                "FHIR_INVALID_VALUE",
                                format!("positiveInt must be >= 1, found {text}"),
                            );
                        }
                    }
                    _ => self.err(
                        "FHIR_INVALID_VALUE",
                        format!(
                            "expected a 32-bit integer without fraction or exponent, found {text}"
                        ),
                    ),
                }
            }
            (P::Decimal, J::Num(_)) => {}
            (P::Boolean | P::Integer | P::UnsignedInt | P::PositiveInt | P::Decimal, other) => {
                let want = match p {
                    P::Boolean => "a JSON boolean (true or false)",
                    P::Decimal => "a JSON number",
                    _ => "a JSON integer",
                };
                self.err(
                    "FHIR_INVALID_TYPE",
                    format!("expected {want}, found {}", kind(other)),
                );
            }
            (_, J::Str(s)) => self.string(s, p, b),
            (_, other) => self.err(
                "FHIR_INVALID_TYPE",
                format!("expected a JSON string, found {}", kind(other)),
            ),
        }
    }

    fn string(&mut self, s: &str, p: P, b: Option<&'static Vs>) {
        if s.is_empty() {
            self.err(
                "FHIR_INVALID_VALUE",
                "empty strings are not allowed in FHIR JSON".into(),
            );
            return;
        }
        let ok = match p {
            P::String | P::Markdown | P::Xhtml => true,
            P::Code => is_code(s),
            P::Id => {
                s.len() <= 64
                    && s.bytes()
                        .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'.')
            }
            P::Uri | P::Url | P::Canonical => !s.chars().any(char::is_whitespace),
            P::Oid => s.strip_prefix("urn:oid:").is_some_and(is_oid),
            P::Uuid => s.strip_prefix("urn:uuid:").is_some_and(is_uuid),
            P::Base64Binary => is_base64(s),
            P::Date => scan(s).is_some_and(|d| d.precision <= DatePrecision::Day),
            P::DateTime => match scan(s) {
                Some(d) if d.precision == DatePrecision::Minute => {
                    self.warn(
                        "FHIR_DATETIME_NO_SECONDS",
                        format!("'{s}' has a time without seconds; FHIR R4 requires seconds (kept as written)"),
                    );
                    true
                }
                Some(_) => true,
                None => false,
            },
            P::Instant => scan(s).is_some_and(|d| d.precision >= DatePrecision::Second),
            P::Time => is_valid_time(s),
            P::Boolean | P::Integer | P::UnsignedInt | P::PositiveInt | P::Decimal => false,
        };
        if !ok {
            self.err(
                "FHIR_INVALID_VALUE",
                format!("'{s}' is not a valid FHIR {}", p_name(p)),
            );
            return;
        }
        if let Some(vs) = b {
            if !vs.contains(s) {
                let shown: Vec<&str> = vs.codes.iter().take(12).copied().collect();
                let more = if vs.codes.len() > 12 { ", ..." } else { "" };
                self.err(
                    "FHIR_CODE_NOT_IN_VALUESET",
                    format!(
                        "'{s}' is not in the required value set {} ({}{more})",
                        vs.url,
                        shown.join(", ")
                    ),
                );
            }
        }
    }
}

/// Finds the element definition a JSON key names (resolving `value[x]` keys).
fn find(td: &'static Td, name: &str) -> Option<(usize, &'static El, Ty)> {
    for (i, el) in td.els.iter().enumerate() {
        match el.t {
            Ty::Choice(types) => {
                if let Some(suffix) = name.strip_prefix(el.n) {
                    if let Some((_, t)) = types.iter().find(|(s, _)| *s == suffix) {
                        return Some((i, el, *t));
                    }
                }
            }
            t => {
                if el.n == name {
                    return Some((i, el, t));
                }
            }
        }
    }
    None
}

fn push_index(path: &mut String, i: usize) {
    // Hot path (every array item): avoid the formatting machinery.
    path.push('[');
    if i < 10 {
        path.push(char::from(b'0' + (i as u8)));
    } else {
        path.push_str(&i.to_string());
    }
    path.push(']');
}

pub(crate) fn kind(v: &J<'_>) -> &'static str {
    match v {
        J::Null => "null",
        J::Bool(_) => "a boolean",
        J::Num(_) => "a number",
        J::Str(_) => "a string",
        J::Arr(_) => "an array",
        J::Obj(_) => "an object",
    }
}

fn p_name(p: P) -> &'static str {
    match p {
        P::Boolean => "boolean",
        P::Integer => "integer",
        P::UnsignedInt => "unsignedInt",
        P::PositiveInt => "positiveInt",
        P::Decimal => "decimal",
        P::String => "string",
        P::Markdown => "markdown",
        P::Code => "code",
        P::Id => "id",
        P::Uri => "uri",
        P::Url => "url",
        P::Canonical => "canonical",
        P::Oid => "oid",
        P::Uuid => "uuid",
        P::Base64Binary => "base64Binary",
        P::Instant => "instant",
        P::Date => "date",
        P::DateTime => "dateTime",
        P::Time => "time",
        P::Xhtml => "xhtml",
    }
}

/// `-?(0|[1-9][0-9]*)`
fn is_integer_text(t: &str) -> bool {
    let d = t.strip_prefix('-').unwrap_or(t);
    !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()) && (d == "0" || !d.starts_with('0'))
}

/// `[^\s]+(\s[^\s]+)*`: no leading, trailing or doubled whitespace.
fn is_code(s: &str) -> bool {
    let mut prev_space = true;
    for c in s.chars() {
        let space = c.is_whitespace();
        if space && prev_space {
            return false;
        }
        prev_space = space;
    }
    !prev_space
}

/// `[0-2](\.(0|[1-9][0-9]*))+`
fn is_oid(s: &str) -> bool {
    let mut parts = s.split('.');
    let first_ok = matches!(parts.next(), Some("0" | "1" | "2"));
    let mut n = 0;
    for p in parts {
        if !is_integer_text(p) || p.starts_with('-') {
            return false;
        }
        n += 1;
    }
    first_ok && n > 0
}

fn is_uuid(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.len() == 5
        && groups.iter().zip([8, 4, 4, 4, 12]).all(|(g, n)| {
            g.len() == n
                && g.bytes()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        })
}

/// `(\s*([0-9a-zA-Z\+/=]){4}\s*)+`
fn is_base64(s: &str) -> bool {
    let mut n = 0usize;
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b == b'+' || b == b'/' || b == b'=' {
            n += 1;
        } else if !b.is_ascii_whitespace() {
            return false;
        }
    }
    n > 0 && n.is_multiple_of(4)
}

fn has(obj: &Members<'_>, name: &str) -> bool {
    obj.iter().any(|(k, _)| k == name)
}

fn has_underscore(obj: &Members<'_>, name: &str) -> bool {
    obj.iter()
        .any(|(k, _)| k.strip_prefix('_').is_some_and(|k| k == name))
}
