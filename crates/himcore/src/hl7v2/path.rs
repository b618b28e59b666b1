//! Paths to elements: `PID-5-1`, `PID-3(2)-1`, `OBX(2)-5`.
//!
//! Grammar (all indices 1-based, as in the HL7 standard):
//!
//! ```text
//! path  = SEG [ "(" occurrence ")" ] "-" field [ "(" repetition ")" ]
//!         [ "-" component [ "-" subcomponent ] ]
//! ```
//!
//! `SEG` is a three-character segment name; `occurrence` picks the n-th
//! segment of that name in the message (default 1); `field` is the field
//! number (for MSH, MSH-1 is the field separator and MSH-2 the encoding
//! characters); `repetition` picks a field repetition (default 1).
//! Only `-` separates parts: python-hl7's dotted keys (`PID.3.1.2`) put a
//! repetition level after the field and would be misread, so they are
//! rejected rather than guessed. A path that stops above the leaves reads the
//! first repetition / component / sub-component.

use super::error::Hl7Error;
use super::message::valid_segment_name;

/// A parsed path (see the module docs for the grammar).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Path {
    segment: String,
    occurrence: usize,
    field: usize,
    repetition: Option<usize>,
    component: Option<usize>,
    subcomponent: Option<usize>,
}

fn bad(path: &str, reason: &str) -> Hl7Error {
    Hl7Error::BadPath {
        path: path.chars().take(64).collect(),
        reason: reason.to_string(),
    }
}

/// Parses `digits` or `digits(digits)`, both >= 1.
fn index_with_paren(part: &str, path: &str) -> Result<(usize, Option<usize>), Hl7Error> {
    let (head, paren) = match part.find('(') {
        Some(i) => {
            let inner = part
                .get(i + 1..)
                .and_then(|r| r.strip_suffix(')'))
                .ok_or_else(|| bad(path, "unclosed '('"))?;
            (
                part.get(..i).unwrap_or_default(),
                Some(number(inner, path)?),
            )
        }
        None => (part, None),
    };
    Ok((number(head, path)?, paren))
}

fn number(s: &str, path: &str) -> Result<usize, Hl7Error> {
    if s.is_empty() || s.len() > 6 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad(path, "indices are positive decimal numbers (1-based)"));
    }
    match s.parse::<usize>() {
        Ok(0) | Err(_) => Err(bad(path, "indices are 1-based: 0 is not an index")),
        Ok(n) => Ok(n),
    }
}

impl Path {
    /// Parses a path such as `PID-3(2)-1`.
    pub fn parse(path: &str) -> Result<Path, Hl7Error> {
        let mut parts = path.split('-');
        let seg = parts.next().unwrap_or_default();
        let (name, occurrence) = match seg.find('(') {
            Some(i) => {
                let inner = seg
                    .get(i + 1..)
                    .and_then(|r| r.strip_suffix(')'))
                    .ok_or_else(|| bad(path, "unclosed '('"))?;
                (seg.get(..i).unwrap_or_default(), number(inner, path)?)
            }
            None => (seg, 1),
        };
        if !valid_segment_name(name) {
            return Err(bad(
                path,
                "segment name must be three characters [A-Z][A-Z0-9]{2}",
            ));
        }
        let field_part = parts
            .next()
            .ok_or_else(|| bad(path, "a field number is required (PID-5)"))?;
        let (field, repetition) = index_with_paren(field_part, path)?;
        let component = parts.next().map(|c| number(c, path)).transpose()?;
        let subcomponent = parts.next().map(|c| number(c, path)).transpose()?;
        if parts.next().is_some() {
            return Err(bad(
                path,
                "too many parts (SEG-field-component-subcomponent)",
            ));
        }
        Ok(Path {
            segment: name.to_string(),
            occurrence,
            field,
            repetition,
            component,
            subcomponent,
        })
    }

    /// Builds a path from its parts (all 1-based).
    pub fn new(
        segment: &str,
        occurrence: usize,
        field: usize,
        repetition: Option<usize>,
        component: Option<usize>,
        subcomponent: Option<usize>,
    ) -> Path {
        Path {
            segment: segment.to_string(),
            occurrence: occurrence.max(1),
            field: field.max(1),
            repetition,
            component,
            subcomponent: component.and(subcomponent),
        }
    }

    /// The segment name.
    pub fn segment(&self) -> &str {
        &self.segment
    }
    /// Which occurrence of the segment (1-based, default 1).
    pub fn segment_occurrence(&self) -> usize {
        self.occurrence
    }
    /// The field number.
    pub fn field(&self) -> usize {
        self.field
    }
    /// The repetition (default 1).
    pub fn repetition(&self) -> usize {
        self.repetition.unwrap_or(1)
    }
    /// The repetition when the path names one.
    pub fn repetition_given(&self) -> Option<usize> {
        self.repetition
    }
    /// The component, when given.
    pub fn component(&self) -> Option<usize> {
        self.component
    }
    /// The sub-component, when given.
    pub fn subcomponent(&self) -> Option<usize> {
        self.subcomponent
    }
}

impl std::fmt::Display for Path {
    /// The canonical form, leaving out default `(1)`s: `OBX(2)-5`, `PID-3(2)-1`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.segment)?;
        if self.occurrence > 1 {
            write!(f, "({})", self.occurrence)?;
        }
        write!(f, "-{}", self.field)?;
        if let Some(r) = self.repetition.filter(|r| *r > 1) {
            write!(f, "({r})")?;
        }
        if let Some(c) = self.component {
            write!(f, "-{c}")?;
        }
        if let Some(s) = self.subcomponent {
            write!(f, "-{s}")?;
        }
        Ok(())
    }
}

impl std::str::FromStr for Path {
    type Err = Hl7Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Path::parse(s)
    }
}
