//! The zero-copy ER7 message view (HL7 v2.5 chapter 2, section 2.6 "Message
//! construction rules").
//!
//! [`parse`] indexes segments and fields in one pass; repetitions, components
//! and sub-components are split on access, and escape sequences are decoded on
//! access ([`Element::value`] returns `Cow::Borrowed` when nothing needs
//! decoding). Every value borrows from the input.
//!
//! Numbering is HL7's and 1-based throughout: field `n` of a segment is the
//! `n`-th field after the segment name, except in MSH (and FHS/BHS) where
//! field 1 is the field separator itself and field 2 the encoding characters.

use super::error::{Hl7Error, LimitKind};
use super::escape::{ascii_byte, decode, Delimiters};
use super::path::Path;
use super::Limits;
use std::borrow::Cow;

/// How the segments of an input were terminated. HL7 requires CR; LF and
/// CRLF are accepted and reported here so a caller can warn about them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum SegmentTerminator {
    /// Carriage return only (the standard).
    Cr,
    /// Line feed only.
    Lf,
    /// CR LF pairs.
    CrLf,
    /// More than one kind.
    Mixed,
    /// A single segment with no terminator.
    None,
}

#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct TermSeen {
    cr: bool,
    lf: bool,
    crlf: bool,
}

impl TermSeen {
    pub(crate) fn get(self) -> SegmentTerminator {
        match (self.cr, self.lf, self.crlf) {
            (false, false, false) => SegmentTerminator::None,
            (true, false, false) => SegmentTerminator::Cr,
            (false, true, false) => SegmentTerminator::Lf,
            (false, false, true) => SegmentTerminator::CrLf,
            _ => SegmentTerminator::Mixed,
        }
    }
}

/// One raw line of input: a segment's text, its 1-based index among the
/// non-blank lines, and its byte offset.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line<'a> {
    pub(crate) text: &'a str,
    pub(crate) index: usize,
}

/// Splits input into non-blank segment lines, noting the terminators seen.
pub(crate) fn split_lines<'a>(input: &'a str, seen: &mut TermSeen) -> Vec<Line<'a>> {
    let bytes = input.as_bytes();
    let mut lines = Vec::with_capacity(bytes.len() / 64 + 1);
    let mut index = 0usize;
    let mut push = |s: usize, e: usize, lines: &mut Vec<Line<'a>>| {
        if let Some(text) = input.get(s..e) {
            if !text.bytes().all(|b| b == b' ' || b == b'\t') {
                index += 1;
                lines.push(Line { text, index });
            }
        }
    };
    let mut start = 0usize;
    let mut skip_lf = false;
    for i in memchr::memchr2_iter(b'\r', b'\n', bytes) {
        if skip_lf {
            // The LF of a CR LF pair.
            skip_lf = false;
            if i == start {
                start = i + 1;
                continue;
            }
        }
        push(start, i, &mut lines);
        if bytes.get(i) == Some(&b'\r') {
            if bytes.get(i + 1) == Some(&b'\n') {
                seen.crlf = true;
                skip_lf = true;
            } else {
                seen.cr = true;
            }
        } else {
            seen.lf = true;
        }
        start = i + 1;
    }
    push(start, bytes.len(), &mut lines);
    lines
}

#[derive(Debug, Clone)]
struct SegmentIndex<'a> {
    name: &'a str,
    /// Range into `Message::fields`.
    first: usize,
    count: usize,
    /// 1-based index in the original input (batch-wide for batches).
    input_index: usize,
}

/// A parsed HL7 v2 message that borrows its input.
#[derive(Debug, Clone)]
pub struct Message<'a> {
    delimiters: Delimiters,
    segments: Vec<SegmentIndex<'a>>,
    fields: Vec<&'a str>,
    terminator: SegmentTerminator,
}

/// True for a segment name `[A-Z][A-Z0-9]{2}`.
pub(crate) fn valid_segment_name(name: &str) -> bool {
    let b = name.as_bytes();
    b.len() == 3
        && b.first().is_some_and(|c| c.is_ascii_uppercase())
        && b.iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

fn short(name: &str) -> String {
    name.chars().take(16).collect()
}

/// True for segments whose fields 1 and 2 carry the delimiters.
pub(crate) fn is_header_segment(name: &str) -> bool {
    matches!(name, "MSH" | "FHS" | "BHS")
}

/// Reads the delimiters from a header segment (MSH, FHS, BHS) line.
pub(crate) fn header_delimiters(line: &str, segment: usize) -> Result<Delimiters, Hl7Error> {
    let bad = |field, reason: String| Hl7Error::BadEncodingCharacters {
        segment,
        field,
        reason,
    };
    let rest = line.get(3..).unwrap_or_default();
    let field = rest
        .chars()
        .next()
        .ok_or_else(|| bad(1, "no field separator after the segment name".into()))?;
    if !field.is_ascii_graphic() || field.is_ascii_alphanumeric() {
        return Err(bad(
            1,
            format!("field separator {field:?} must be a printable ASCII symbol"),
        ));
    }
    let after = rest.get(1..).unwrap_or_default();
    let enc = after.split(field).next().unwrap_or_default();
    Delimiters::from_parts(field, enc).map_err(|reason| bad(2, reason))
}

impl<'a> Message<'a> {
    /// Builds a message from its lines; the first must be MSH.
    pub(crate) fn from_lines(
        lines: &[Line<'a>],
        terminator: SegmentTerminator,
        limits: &Limits,
    ) -> Result<Self, Hl7Error> {
        let first = lines.first().ok_or(Hl7Error::Empty)?;
        let head = first.text.get(..3).unwrap_or(first.text);
        if head != "MSH" {
            return Err(Hl7Error::MissingHeader {
                segment: first.index,
                name: short(head),
            });
        }
        let delimiters = header_delimiters(first.text, first.index)?;
        Message::build(lines, delimiters, terminator, limits)
    }

    /// Builds a one-segment envelope message (FHS, BHS, BTS, FTS).
    pub(crate) fn envelope(
        line: &Line<'a>,
        delimiters: Delimiters,
        limits: &Limits,
    ) -> Result<Self, Hl7Error> {
        Message::build(
            std::slice::from_ref(line),
            delimiters,
            SegmentTerminator::None,
            limits,
        )
    }

    fn build(
        lines: &[Line<'a>],
        delimiters: Delimiters,
        terminator: SegmentTerminator,
        limits: &Limits,
    ) -> Result<Self, Hl7Error> {
        if lines.len() > limits.max_segments {
            return Err(Hl7Error::LimitExceeded {
                kind: LimitKind::Segments,
                max: limits.max_segments,
                segment: lines.get(limits.max_segments).map_or(0, |l| l.index),
                field: 0,
            });
        }
        let mut msg = Message {
            delimiters,
            segments: Vec::with_capacity(lines.len()),
            fields: Vec::with_capacity(lines.iter().map(|l| l.text.len() / 8).sum()),
            terminator,
        };
        for (n, line) in lines.iter().enumerate() {
            msg.push_segment(line, n == 0, limits)?;
        }
        Ok(msg)
    }

    /// Indexes one segment's fields.
    fn push_segment(
        &mut self,
        line: &Line<'a>,
        first: bool,
        limits: &Limits,
    ) -> Result<(), Hl7Error> {
        let sep = ascii_byte(self.delimiters.field);
        let text = line.text;
        let bytes = text.as_bytes();
        let name_end = bytes.iter().position(|&b| b == sep).unwrap_or(bytes.len());
        let name = text.get(..name_end).unwrap_or_default();
        if !valid_segment_name(name) {
            return Err(Hl7Error::BadSegment {
                segment: line.index,
                name: short(name),
            });
        }
        let header = first && is_header_segment(name);
        if !first && is_header_segment(name) {
            return Err(Hl7Error::BadStructure {
                segment: line.index,
                name: name.to_string(),
                reason: if name == "MSH" {
                    "a second MSH: this input holds more than one message (use parse_batch)".into()
                } else {
                    "batch/file header inside a message".into()
                },
            });
        }
        let first_field = self.fields.len();
        let mut pos = name_end; // at the separator or end
        if header {
            // MSH-1 is the separator itself, MSH-2 the encoding characters,
            // kept whole (never split or decoded).
            let f1 = text.get(3..4).unwrap_or_default();
            self.fields.push(f1);
            let enc_end = bytes
                .iter()
                .skip(4)
                .position(|&b| b == sep)
                .map_or(bytes.len(), |p| p + 4);
            self.fields.push(text.get(4..enc_end).unwrap_or_default());
            pos = enc_end;
        }
        if pos < bytes.len() {
            // `pos` is at a separator: each field runs to the next one.
            let base = pos + 1;
            let mut start = base;
            let rest = bytes.get(base..).unwrap_or_default();
            let ends = memchr::memchr_iter(sep, rest)
                .map(|p| p + base)
                .chain(std::iter::once(bytes.len()));
            for end in ends {
                self.fields.push(text.get(start..end).unwrap_or_default());
                if self.fields.len() - first_field > limits.max_fields {
                    return Err(Hl7Error::LimitExceeded {
                        kind: LimitKind::Fields,
                        max: limits.max_fields,
                        segment: line.index,
                        field: limits.max_fields + 1,
                    });
                }
                start = end + 1;
            }
        }
        self.segments.push(SegmentIndex {
            name,
            first: first_field,
            count: self.fields.len() - first_field,
            input_index: line.index,
        });
        Ok(())
    }

    /// The message's delimiters (from MSH-1 and MSH-2).
    pub fn delimiters(&self) -> &Delimiters {
        &self.delimiters
    }

    /// How segments were terminated in the input.
    pub fn segment_terminator(&self) -> SegmentTerminator {
        self.terminator
    }

    /// Number of segments.
    pub fn len(&self) -> usize {
        self.segments.len()
    }

    /// Always false: a message has at least its MSH.
    pub fn is_empty(&self) -> bool {
        self.segments.is_empty()
    }

    /// The segments in order.
    pub fn segments(&self) -> impl Iterator<Item = Segment<'_, 'a>> + '_ {
        (0..self.segments.len()).filter_map(move |i| self.segment_at(i))
    }

    /// The segment at a 0-based position.
    pub fn segment_at(&self, i: usize) -> Option<Segment<'_, 'a>> {
        let s = self.segments.get(i)?;
        let fields = self.fields.get(s.first..s.first + s.count)?;
        Some(Segment {
            name: s.name,
            fields,
            delimiters: self.delimiters,
            position: i + 1,
            input_index: s.input_index,
        })
    }

    /// The `occurrence`-th (1-based) segment with this name.
    pub fn segment(&self, name: &str, occurrence: usize) -> Option<Segment<'_, 'a>> {
        let i = self
            .segments
            .iter()
            .enumerate()
            .filter(|(_, s)| s.name == name)
            .nth(occurrence.checked_sub(1)?)?
            .0;
        self.segment_at(i)
    }

    /// All segments with this name, in order.
    pub fn segments_named<'m>(
        &'m self,
        name: &'m str,
    ) -> impl Iterator<Item = Segment<'m, 'a>> + 'm {
        self.segments().filter(move |s| s.name == name)
    }

    /// The element a path points at (see [`Path`]), or `None` when absent.
    pub fn element(&self, path: &Path) -> Option<Element<'a>> {
        let seg = self.segment(path.segment(), path.segment_occurrence())?;
        seg.element(path)
    }

    /// The decoded value at a path such as `PID-5-1`, `PID-3(2)-1`, `OBX(2)-5`:
    /// `None` when the element is absent or empty. A path that stops above the
    /// leaves reads the first repetition / component / sub-component (the
    /// convention of HAPI's Terser); use [`Message::raw`] for a whole element.
    pub fn get(&self, path: &str) -> Result<Option<Cow<'a, str>>, Hl7Error> {
        let p = Path::parse(path)?;
        Ok(self.query(&p))
    }

    /// [`Message::get`] with a path parsed once (for loops and batches).
    pub fn query(&self, path: &Path) -> Option<Cow<'a, str>> {
        let e = self.element(path)?;
        let v = e.first_value();
        (!v.is_empty()).then_some(v)
    }

    /// The raw ER7 text of the element at a path (escapes not decoded).
    pub fn raw(&self, path: &str) -> Result<Option<&'a str>, Hl7Error> {
        let p = Path::parse(path)?;
        Ok(self.element(&p).map(|e| e.raw()))
    }

    fn msh_value(&self, field: usize, component: usize) -> Option<Cow<'a, str>> {
        let seg = self.segment_at(0)?;
        let v = seg.field(field)?.component(1, component)?.first_value();
        (!v.is_empty()).then_some(v)
    }

    /// MSH-9 as `(message code, trigger event, message structure)`, e.g.
    /// `("ADT", "A01", "ADT_A01")`; absent parts are empty.
    pub fn message_type(&self) -> (Cow<'a, str>, Cow<'a, str>, Cow<'a, str>) {
        let g = |c| self.msh_value(9, c).unwrap_or_default();
        (g(1), g(2), g(3))
    }

    /// MSH-10, the message control ID.
    pub fn control_id(&self) -> Option<Cow<'a, str>> {
        self.msh_value(10, 1)
    }

    /// MSH-12, the version ID (`2.5.1`).
    pub fn version(&self) -> Option<Cow<'a, str>> {
        self.msh_value(12, 1)
    }
}

/// A view of one segment.
#[derive(Debug, Clone, Copy)]
pub struct Segment<'m, 'a> {
    name: &'a str,
    fields: &'m [&'a str],
    delimiters: Delimiters,
    position: usize,
    input_index: usize,
}

impl<'m, 'a> Segment<'m, 'a> {
    /// The three-character segment name.
    pub fn name(&self) -> &'a str {
        self.name
    }

    /// 1-based position of the segment in its message.
    pub fn position(&self) -> usize {
        self.position
    }

    /// 1-based index of the segment among the input's non-blank lines
    /// (differs from `position` inside batches).
    pub fn input_index(&self) -> usize {
        self.input_index
    }

    /// Number of fields present (the last one may be empty).
    pub fn field_count(&self) -> usize {
        self.fields.len()
    }

    fn is_header(&self) -> bool {
        is_header_segment(self.name)
    }

    /// Field `n` (1-based), `None` past the last field present.
    pub fn field(&self, n: usize) -> Option<Element<'a>> {
        let raw = *self.fields.get(n.checked_sub(1)?)?;
        Some(Element {
            raw,
            level: Level::Field,
            delimiters: self.delimiters,
            literal: self.is_header() && n <= 2,
        })
    }

    /// The fields in order (field 1 first).
    pub fn fields(&self) -> impl Iterator<Item = Element<'a>> + '_ {
        (1..=self.fields.len()).filter_map(move |n| self.field(n))
    }

    /// The element a path points at within this segment (the path's segment
    /// name and occurrence are not checked).
    pub fn element(&self, path: &Path) -> Option<Element<'a>> {
        let field = self.field(path.field())?;
        let Some(c) = path.component() else {
            return match path.repetition_given() {
                Some(r) => field.repetition(r),
                None => Some(field),
            };
        };
        let comp = field.component(path.repetition(), c)?;
        match path.subcomponent() {
            Some(s) => comp.child(s),
            None => Some(comp),
        }
    }
}

/// The level of an [`Element`] in the ER7 hierarchy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// A field (may hold repetitions).
    Field,
    /// One repetition of a field.
    Repetition,
    /// A component.
    Component,
    /// A sub-component (a leaf).
    SubComponent,
}

/// A field, repetition, component or sub-component: a slice of the input
/// plus the delimiters to split and decode it.
#[derive(Debug, Clone, Copy)]
pub struct Element<'a> {
    raw: &'a str,
    level: Level,
    delimiters: Delimiters,
    /// MSH-1 and MSH-2: never split, never decoded.
    literal: bool,
}

impl<'a> Element<'a> {
    /// The ER7 text exactly as in the input.
    pub fn raw(&self) -> &'a str {
        self.raw
    }

    /// The level of this element.
    pub fn level(&self) -> Level {
        self.level
    }

    /// True when the element holds no text.
    pub fn is_empty(&self) -> bool {
        self.raw.is_empty()
    }

    /// True for the HL7 explicit null `""` (the sender asks to delete the value).
    pub fn is_null(&self) -> bool {
        self.raw == "\"\""
    }

    fn child_level(&self) -> Option<(Level, char)> {
        if self.literal {
            return None;
        }
        let d = &self.delimiters;
        match self.level {
            Level::Field => Some((Level::Repetition, d.repetition)),
            Level::Repetition => Some((Level::Component, d.component)),
            Level::Component => Some((Level::SubComponent, d.subcomponent)),
            Level::SubComponent => None,
        }
    }

    /// The children one level down (repetitions of a field, components of a
    /// repetition, sub-components of a component). A leaf (and MSH-1/MSH-2)
    /// yields itself once. An empty element has one empty child.
    pub fn children(&self) -> Children<'a> {
        match self.child_level() {
            Some((level, sep)) => Children {
                rest: Some(self.raw),
                sep: Some(sep),
                level,
                delimiters: self.delimiters,
                literal: false,
            },
            None => Children {
                rest: Some(self.raw),
                sep: None,
                level: self.level,
                delimiters: self.delimiters,
                literal: self.literal,
            },
        }
    }

    /// The `n`-th child (1-based), `None` when absent.
    pub fn child(&self, n: usize) -> Option<Element<'a>> {
        match self.child_level() {
            None => (n == 1).then_some(*self),
            Some((level, sep)) => {
                let raw = self.raw.split(sep).nth(n.checked_sub(1)?)?;
                Some(Element {
                    raw,
                    level,
                    delimiters: self.delimiters,
                    literal: false,
                })
            }
        }
    }

    /// The `n`-th repetition of a field (1-based).
    pub fn repetition(&self, n: usize) -> Option<Element<'a>> {
        match self.level {
            Level::Field => self.child(n),
            _ => (n == 1).then_some(*self),
        }
    }

    /// Component `c` of repetition `r` of a field (both 1-based); on a
    /// repetition, `r` must be 1.
    pub fn component(&self, r: usize, c: usize) -> Option<Element<'a>> {
        let rep = self.repetition(r)?;
        match rep.level {
            Level::Repetition => rep.child(c),
            // MSH-1/2 are literal: only component 1 exists.
            _ => (c == 1).then_some(rep),
        }
    }

    /// The decoded text of the whole element. Delimiters inside it (for a
    /// field with components) stay as they are; use on leaves, or
    /// [`Element::first_value`] to read the first leaf.
    pub fn value(&self) -> Cow<'a, str> {
        if self.literal {
            Cow::Borrowed(self.raw)
        } else {
            decode(self.raw, &self.delimiters)
        }
    }

    /// The decoded text of the first leaf (first repetition, component and
    /// sub-component).
    pub fn first_value(&self) -> Cow<'a, str> {
        let mut e = *self;
        while let Some(c) = e.child(1) {
            if c.level == e.level {
                break;
            }
            e = c;
        }
        e.value()
    }
}

/// Iterator over the children of an [`Element`] (no allocation).
#[derive(Debug, Clone)]
pub struct Children<'a> {
    rest: Option<&'a str>,
    sep: Option<char>,
    level: Level,
    delimiters: Delimiters,
    literal: bool,
}

impl<'a> Iterator for Children<'a> {
    type Item = Element<'a>;

    fn next(&mut self) -> Option<Element<'a>> {
        let rest = self.rest?;
        let raw = match self.sep.and_then(|sep| rest.find(sep).map(|i| (i, sep))) {
            Some((i, sep)) => {
                self.rest = rest.get(i + sep.len_utf8()..);
                rest.get(..i).unwrap_or_default()
            }
            None => {
                self.rest = None;
                rest
            }
        };
        Some(Element {
            raw,
            level: self.level,
            delimiters: self.delimiters,
            literal: self.literal,
        })
    }
}
