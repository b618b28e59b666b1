//! Static FHIR R4 element definitions, generated from the official
//! StructureDefinitions (see `crates/himcore/data/fhir_r4_defs.rs` and its
//! generator `crates/himcore-datagen/src/bin/fhir_defs.rs`).
//!
//! One table per resource, datatype and backbone element: the validator walks
//! JSON with these tables, so the rules come from the spec, not from hand-typed
//! structs.

/// A FHIR primitive type (FHIR R4 §2.24.0.1 "Primitive Types").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum P {
    Boolean,
    Integer,
    UnsignedInt,
    PositiveInt,
    Decimal,
    String,
    Markdown,
    Code,
    Id,
    Uri,
    Url,
    Canonical,
    Oid,
    Uuid,
    Base64Binary,
    Instant,
    Date,
    DateTime,
    Time,
    Xhtml,
}

/// The type of an element.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Ty {
    /// A primitive.
    P(P),
    /// A complex datatype or backbone element.
    C(&'static Td),
    /// Any resource (contained, Bundle.entry.resource, Parameters).
    Res,
    /// A choice element `name[x]`: (type-name suffix, type).
    Choice(&'static [(&'static str, Ty)]),
}

/// One element definition.
#[derive(Debug)]
pub(crate) struct El {
    /// JSON name (for a choice, the name without `[x]`).
    pub n: &'static str,
    pub t: Ty,
    pub min: u32,
    /// max is `*` (or > 1): JSON arrays.
    pub many: bool,
    /// A required binding with an enumerable value set.
    pub b: Option<&'static Vs>,
}

/// A type's definition: its elements.
#[derive(Debug)]
pub(crate) struct Td {
    pub name: &'static str,
    pub els: &'static [El],
}

/// An enumerated value set (codes sorted, for binary search).
#[derive(Debug)]
pub(crate) struct Vs {
    pub url: &'static str,
    pub codes: &'static [&'static str],
}

impl Vs {
    pub(crate) fn contains(&self, code: &str) -> bool {
        self.codes.binary_search(&code).is_ok()
    }
}

#[allow(
    dead_code,
    reason = "abstract base types (Resource, DomainResource) are generated for completeness"
)]
mod tables {
    use super::{El, Td, Ty, Vs, P};
    include!("../../data/fhir_r4_defs.rs");
}
pub(crate) use tables::*;
