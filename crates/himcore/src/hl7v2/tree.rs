//! The owned, decoded message model and the ER7 writer.
//!
//! A [`MessageTree`] holds decoded text (escape sequences already turned into
//! characters) in a uniform nesting: segment → fields → repetitions →
//! components → sub-components. The form is canonical: an element whose ER7
//! text is empty is an empty list, so `""`, `[]` and `[[]]` never compete.
//! [`write`] escapes every value with [`super::encode`], hence
//! `parse(write(t)).to_tree() == t` for every canonical tree `t`.
//!
//! For MSH (and FHS/BHS) field 1 holds the field separator and field 2 the
//! encoding characters, as in the standard's numbering; the writer takes
//! both from [`MessageTree::delimiters`] and refuses a tree where they
//! disagree.

use super::error::Hl7Error;
use super::escape::{encode, Delimiters};
use super::message::{is_header_segment, valid_segment_name, Element, Message};

/// A field: repetitions of components of sub-components (decoded text).
pub type FieldTree = Vec<Vec<Vec<String>>>;

/// One segment of a [`MessageTree`].
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SegmentTree {
    /// Segment name (`PID`).
    pub name: String,
    /// Fields; `fields[0]` is field 1.
    pub fields: Vec<FieldTree>,
}

/// An owned, decoded message: what `him hl7 parse` prints and what [`write()`] writes.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct MessageTree {
    /// The delimiters to write with.
    pub delimiters: Delimiters,
    /// The segments, MSH first.
    pub segments: Vec<SegmentTree>,
}

/// A field holding one plain value (empty text gives the empty field).
pub fn text_field(text: &str) -> FieldTree {
    if text.is_empty() {
        Vec::new()
    } else {
        vec![vec![vec![text.to_string()]]]
    }
}

/// A field holding one repetition of plain components (trailing empty
/// components dropped, as senders do).
pub fn components_field(components: &[&str]) -> FieldTree {
    let keep = components
        .iter()
        .rposition(|c| !c.is_empty())
        .map_or(0, |i| i + 1);
    if keep == 0 {
        return Vec::new();
    }
    let rep = components
        .iter()
        .take(keep)
        .map(|c| {
            if c.is_empty() {
                Vec::new()
            } else {
                vec![(*c).to_string()]
            }
        })
        .collect();
    vec![rep]
}

fn split_level<T>(raw: &str, sep: char, f: impl Fn(&str) -> T) -> Vec<T> {
    if raw.is_empty() {
        Vec::new()
    } else {
        raw.split(sep).map(f).collect()
    }
}

fn field_tree(e: &Element<'_>, literal: bool, d: &Delimiters) -> FieldTree {
    if literal {
        return text_field(e.raw());
    }
    split_level(e.raw(), d.repetition, |rep| {
        split_level(rep, d.component, |comp| {
            split_level(comp, d.subcomponent, |sub| {
                super::escape::decode(sub, d).into_owned()
            })
        })
    })
}

impl<'a> Message<'a> {
    /// The owned, decoded tree of this message.
    pub fn to_tree(&self) -> MessageTree {
        let d = *self.delimiters();
        MessageTree {
            delimiters: d,
            segments: self
                .segments()
                .map(|s| {
                    let header = is_header_segment(s.name());
                    SegmentTree {
                        name: s.name().to_string(),
                        fields: s
                            .fields()
                            .enumerate()
                            .map(|(i, f)| field_tree(&f, header && i < 2, &d))
                            .collect(),
                    }
                })
                .collect(),
        }
    }
}

impl MessageTree {
    /// A tree with the given delimiters and an MSH whose fields 1 and 2
    /// carry them; `msh_fields` are MSH-3 onwards.
    pub fn new(delimiters: Delimiters, msh_fields: Vec<FieldTree>) -> MessageTree {
        let mut fields = vec![
            text_field(&delimiters.field.to_string()),
            text_field(&delimiters.encoding_characters()),
        ];
        fields.extend(msh_fields);
        MessageTree {
            delimiters,
            segments: vec![SegmentTree {
                name: "MSH".into(),
                fields,
            }],
        }
    }

    /// Changes the delimiters (and MSH-1/MSH-2 with them): values are
    /// re-escaped for the new set when written.
    pub fn set_delimiters(&mut self, delimiters: Delimiters) {
        self.delimiters = delimiters;
        for s in &mut self.segments {
            if is_header_segment(&s.name) {
                if let Some(f) = s.fields.get_mut(0) {
                    *f = text_field(&delimiters.field.to_string());
                }
                if let Some(f) = s.fields.get_mut(1) {
                    *f = text_field(&delimiters.encoding_characters());
                }
            }
        }
    }

    /// Appends a segment of plain fields.
    pub fn push(&mut self, name: &str, fields: Vec<FieldTree>) {
        self.segments.push(SegmentTree {
            name: name.to_string(),
            fields,
        });
    }
}

fn literal_of(f: Option<&FieldTree>) -> Option<String> {
    match f.map(Vec::as_slice) {
        None | Some([]) => None,
        Some([rep]) => match rep.as_slice() {
            [comp] => match comp.as_slice() {
                [s] => Some(s.clone()),
                _ => Some(String::from("\u{0}")),
            },
            _ => Some(String::from("\u{0}")),
        },
        Some(_) => Some(String::from("\u{0}")),
    }
}

fn write_segment(
    out: &mut String,
    seg: &SegmentTree,
    index: usize,
    d: &Delimiters,
) -> Result<(), Hl7Error> {
    let unwritable = |reason: String| Hl7Error::Unwritable {
        segment: index,
        reason,
    };
    if !valid_segment_name(&seg.name) {
        return Err(unwritable(format!(
            "segment name {:?} is not [A-Z][A-Z0-9]{{2}}",
            seg.name
        )));
    }
    out.push_str(&seg.name);
    let mut skip = 0;
    if is_header_segment(&seg.name) {
        let enc = d.encoding_characters();
        if let Some(v) = literal_of(seg.fields.first()) {
            if v != d.field.to_string() {
                return Err(unwritable(format!(
                    "{}-1 {v:?} disagrees with the field separator {:?}",
                    seg.name, d.field
                )));
            }
        }
        if let Some(v) = literal_of(seg.fields.get(1)) {
            if v != enc {
                return Err(unwritable(format!(
                    "{}-2 {v:?} disagrees with the encoding characters {enc:?}",
                    seg.name
                )));
            }
        }
        out.push(d.field);
        out.push_str(&enc);
        skip = 2;
    }
    for field in seg.fields.iter().skip(skip) {
        out.push(d.field);
        for (r, rep) in field.iter().enumerate() {
            if r > 0 {
                out.push(d.repetition);
            }
            for (c, comp) in rep.iter().enumerate() {
                if c > 0 {
                    out.push(d.component);
                }
                for (s, sub) in comp.iter().enumerate() {
                    if s > 0 {
                        out.push(d.subcomponent);
                    }
                    out.push_str(&encode(sub, d));
                }
            }
        }
    }
    out.push('\r');
    Ok(())
}

/// Writes a tree as ER7: segments terminated by CR, every value escaped.
pub fn write(tree: &MessageTree) -> Result<String, Hl7Error> {
    let d = &tree.delimiters;
    d.validate()
        .map_err(|reason| Hl7Error::Unwritable { segment: 1, reason })?;
    match tree.segments.first() {
        Some(s) if s.name == "MSH" => {}
        _ => {
            return Err(Hl7Error::Unwritable {
                segment: 1,
                reason: "a message must start with MSH".into(),
            })
        }
    }
    let mut out = String::with_capacity(tree.segments.len() * 64);
    for (i, seg) in tree.segments.iter().enumerate() {
        if i > 0 && seg.name == "MSH" {
            return Err(Hl7Error::Unwritable {
                segment: i + 1,
                reason: "a second MSH: write each message separately".into(),
            });
        }
        write_segment(&mut out, seg, i + 1, d)?;
    }
    if d.unusual() {
        // A letter, digit or '.' as delimiter can land inside an escape
        // sequence; check the text reads back as the tree, or refuse.
        let same = super::parse(&out).is_ok_and(|m| m.to_tree() == *tree);
        if !same {
            return Err(Hl7Error::Unwritable {
                segment: 1,
                reason: "the delimiters collide with the escape sequences this content needs"
                    .into(),
            });
        }
    }
    Ok(out)
}

/// Writes several messages one after another (a batch without envelope).
pub fn write_batch(trees: &[MessageTree]) -> Result<String, Hl7Error> {
    let mut out = String::new();
    for t in trees {
        out.push_str(&write(t)?);
    }
    Ok(out)
}
