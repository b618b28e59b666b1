//! Typed views of the FHIR R4 general-purpose datatypes (FHIR R4 §2.24.0.2):
//! Coding, CodeableConcept, Identifier, HumanName, Address, ContactPoint,
//! Reference, Period, Quantity, Attachment, Annotation, Meta, Narrative,
//! Extension.
//!
//! A [`Resource`](super::Resource) stores its JSON whole; these structs are
//! read from it on demand for typed access. Elements a struct does not name
//! (extensions on primitives, unknown elements) stay in the resource, so the
//! views never cost a round trip anything. Decimals are `serde_json::Number`,
//! which keeps the written text (`1.50`); dates are strings in their written
//! form (parse them with [`FhirDateTime`](super::FhirDateTime)).

use serde::{Deserialize, Serialize};
use serde_json::{Number, Value};

/// FHIR Extension: `url` and one `value[x]` (kept as JSON).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Extension {
    /// Identifies the meaning of the extension.
    pub url: String,
    /// Every other member (`valueString`, nested `extension`...), as written.
    #[serde(flatten)]
    pub rest: serde_json::Map<String, Value>,
}

macro_rules! datatype {
    ($(#[$doc:meta])* $name:ident { $($(#[$fdoc:meta])* $field:ident : $ty:ty),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
        #[serde(rename_all = "camelCase")]
        pub struct $name {
            /// Element id.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub id: Option<String>,
            /// Extensions.
            #[serde(default, skip_serializing_if = "Vec::is_empty")]
            pub extension: Vec<Extension>,
            $(
                $(#[$fdoc])*
                #[serde(default, skip_serializing_if = "is_empty")]
                pub $field: $ty,
            )*
        }
    };
}

/// serde `skip_serializing_if` for both `Option` and `Vec` fields.
fn is_empty<T: IsEmpty>(v: &T) -> bool {
    v.is_empty_value()
}

trait IsEmpty {
    fn is_empty_value(&self) -> bool;
}
impl<T> IsEmpty for Option<T> {
    fn is_empty_value(&self) -> bool {
        self.is_none()
    }
}
impl<T> IsEmpty for Vec<T> {
    fn is_empty_value(&self) -> bool {
        self.is_empty()
    }
}

datatype!(
    /// FHIR Coding: a code from a code system.
    Coding {
        /// Code system URI (`http://loinc.org`).
        system: Option<String>,
        /// Code system version.
        version: Option<String>,
        /// The code.
        code: Option<String>,
        /// Display text from the code system.
        display: Option<String>,
        /// Chosen by the user.
        user_selected: Option<bool>,
    }
);

datatype!(
    /// FHIR CodeableConcept: codings plus text.
    CodeableConcept {
        /// Codes from code systems.
        coding: Vec<Coding>,
        /// Plain text.
        text: Option<String>,
    }
);

datatype!(
    /// FHIR Period: start and end (dateTime text as written).
    Period {
        /// Start, inclusive.
        start: Option<String>,
        /// End, inclusive.
        end: Option<String>,
    }
);

datatype!(
    /// FHIR Reference to another resource.
    Reference {
        /// Literal reference (`Patient/123`, `urn:uuid:...`).
        reference: Option<String>,
        /// Type the reference refers to.
        r#type: Option<String>,
        /// Logical reference.
        identifier: Option<Box<Identifier>>,
        /// Text alternative.
        display: Option<String>,
    }
);

datatype!(
    /// FHIR Identifier (MRN, NPI, SSN...).
    Identifier {
        /// usual | official | temp | secondary | old.
        r#use: Option<String>,
        /// Kind of identifier.
        r#type: Option<CodeableConcept>,
        /// Namespace URI.
        system: Option<String>,
        /// The value.
        value: Option<String>,
        /// When valid.
        period: Option<Period>,
        /// Issuing organization.
        assigner: Option<Reference>,
    }
);

datatype!(
    /// FHIR HumanName.
    HumanName {
        /// usual | official | temp | nickname | anonymous | old | maiden.
        r#use: Option<String>,
        /// Full text.
        text: Option<String>,
        /// Family name.
        family: Option<String>,
        /// Given names, in order.
        given: Vec<String>,
        /// Prefixes.
        prefix: Vec<String>,
        /// Suffixes.
        suffix: Vec<String>,
        /// When in use.
        period: Option<Period>,
    }
);

datatype!(
    /// FHIR Address.
    Address {
        /// home | work | temp | old | billing.
        r#use: Option<String>,
        /// postal | physical | both.
        r#type: Option<String>,
        /// Full text.
        text: Option<String>,
        /// Street lines.
        line: Vec<String>,
        /// City.
        city: Option<String>,
        /// District or county.
        district: Option<String>,
        /// State.
        state: Option<String>,
        /// Postal code.
        postal_code: Option<String>,
        /// Country.
        country: Option<String>,
        /// When in use.
        period: Option<Period>,
    }
);

datatype!(
    /// FHIR ContactPoint (phone, email...).
    ContactPoint {
        /// phone | fax | email | pager | url | sms | other.
        system: Option<String>,
        /// The address or number.
        value: Option<String>,
        /// home | work | temp | old | mobile.
        r#use: Option<String>,
        /// Preference order.
        rank: Option<u32>,
        /// When in use.
        period: Option<Period>,
    }
);

datatype!(
    /// FHIR Quantity (value keeps its written decimal text).
    Quantity {
        /// Numerical value, as written.
        value: Option<Number>,
        /// < | <= | >= | >.
        comparator: Option<String>,
        /// Unit text.
        unit: Option<String>,
        /// Unit system (`http://unitsofmeasure.org`).
        system: Option<String>,
        /// Coded unit.
        code: Option<String>,
    }
);

datatype!(
    /// FHIR Attachment.
    Attachment {
        /// Mime type.
        content_type: Option<String>,
        /// Language.
        language: Option<String>,
        /// base64 data.
        data: Option<String>,
        /// Where the data is.
        url: Option<String>,
        /// Size in bytes.
        size: Option<u32>,
        /// base64 SHA-1 hash.
        hash: Option<String>,
        /// Label.
        title: Option<String>,
        /// Creation dateTime as written.
        creation: Option<String>,
    }
);

datatype!(
    /// FHIR Annotation (a note).
    Annotation {
        /// When (dateTime as written).
        time: Option<String>,
        /// The note (markdown).
        text: Option<String>,
        /// authorReference / authorString.
        author_reference: Option<Reference>,
        /// Author as text.
        author_string: Option<String>,
    }
);

datatype!(
    /// FHIR Meta.
    Meta {
        /// Version id.
        version_id: Option<String>,
        /// Last updated (instant as written).
        last_updated: Option<String>,
        /// Source system.
        source: Option<String>,
        /// Profiles claimed.
        profile: Vec<String>,
        /// Security labels.
        security: Vec<Coding>,
        /// Tags.
        tag: Vec<Coding>,
    }
);

datatype!(
    /// FHIR Narrative (human-readable XHTML summary).
    Narrative {
        /// generated | extensions | additional | empty.
        status: Option<String>,
        /// The XHTML `div`.
        div: Option<String>,
    }
);

/// Reads one element of a validated resource as a typed datatype.
pub(crate) fn read<T: for<'de> Deserialize<'de>>(v: Option<&Value>) -> Option<T> {
    // Validation already checked the JSON shape, so this only fails for
    // elements a struct models more narrowly (e.g. rank above u32): those
    // stay readable as JSON through `get`.
    v.and_then(|v| T::deserialize(v).ok())
}

/// Reads a repeating element as typed datatypes.
pub(crate) fn read_all<T: for<'de> Deserialize<'de>>(v: Option<&Value>) -> Vec<T> {
    v.and_then(Value::as_array)
        .map(|items| {
            items
                .iter()
                .filter_map(|i| T::deserialize(i).ok())
                .collect()
        })
        .unwrap_or_default()
}
