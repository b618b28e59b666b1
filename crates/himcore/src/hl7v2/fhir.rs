//! HL7 v2 to FHIR R4, following the HL7 Version 2-to-FHIR mapping guide
//! (segment maps PID→Patient, PV1→Encounter, DG1→Condition,
//! AL1→AllergyIntolerance, OBR→DiagnosticReport, OBX→Observation; data type
//! maps CX→Identifier, XPN→HumanName, XAD→Address, XTN→ContactPoint,
//! CWE/CE→CodeableConcept, DTM→dateTime) where it applies.
//!
//! Supported messages: ADT^A01, ADT^A03, ADT^A04, ADT^A08 (Patient,
//! Encounter, Condition per DG1, AllergyIntolerance per AL1, Observation per
//! OBX) and ORU^R01 (Patient, Encounter when PV1 is present,
//! DiagnosticReport per OBR, Observation per OBX). The result is a FHIR
//! `collection` Bundle as JSON, with `urn:uuid:` full URLs derived
//! deterministically from the message header (MSH-3, MSH-4, MSH-7, MSH-10),
//! never from patient data.
//!
//! Nothing is dropped silently: every valued leaf of the message that no
//! mapping consumed is listed in [`FhirMapping::unmapped`] with its path
//! (`PID-11-8`, `OBX(2)-8`) and a reason — a whole field when none of it was
//! used, each leaf otherwise. Set IDs (field 1 of PID, PV1, DG1, AL1, OBR,
//! OBX...) and MSH-1/MSH-2 are structure, not data, and are not listed. The
//! HL7 explicit null `""` carries no value and is not listed either.
//!
//! Times: FHIR requires a time zone whenever a time of day is given. An HL7
//! time without an offset is read in [`MappingOptions::default_timezone`]
//! when set; otherwise only its date is kept and the loss is reported.

use super::error::Hl7Error;
use super::message::{Message, Segment};
use super::path::Path;
use serde_json::{json, Map, Value};
use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

/// Options of the mapping.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct MappingOptions {
    /// Offset (`+01:00`, `-05:00`, `Z`) for HL7 times that carry none.
    pub default_timezone: Option<String>,
}

/// One part of the message that did not make it into the Bundle.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Unmapped {
    /// Path of the element (`PID-11-8`, `OBX(2)-8`, `MSH-7`).
    pub path: String,
    /// Why it is not (fully) in the Bundle.
    pub reason: String,
}

/// A Bundle and what it leaves out.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct FhirMapping {
    /// The FHIR R4 Bundle (type `collection`).
    pub bundle: Value,
    /// The parts of the message not carried into the Bundle.
    pub unmapped: Vec<Unmapped>,
}

const NO_MAPPING: &str = "no FHIR mapping for this element";

type Key = (usize, usize, usize, usize, usize);

/// A small multiplicative hasher for the used-element set: its keys are
/// small integers from the message itself, so SipHash's DoS resistance
/// buys nothing here and costs most of the mapping time.
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.write_u64(u64::from(*b));
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

type KeySet = HashSet<Key, BuildHasherDefault<KeyHasher>>;

struct Seg<'m, 'a> {
    seg: Segment<'m, 'a>,
    occ: usize,
}

struct Ctx<'m, 'a> {
    msg: &'m Message<'a>,
    used: KeySet,
    notes: Vec<Unmapped>,
    tz: Option<String>,
    seed: u64,
    entries: Vec<Value>,
    counter: u64,
}

fn fnv(seed: u64, data: &[u8]) -> u64 {
    let mut h = seed;
    for b in data {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

fn set_id_field(name: &str) -> bool {
    matches!(
        name,
        "PID"
            | "PV1"
            | "DG1"
            | "AL1"
            | "OBR"
            | "OBX"
            | "NK1"
            | "IN1"
            | "NTE"
            | "PR1"
            | "GT1"
            | "SPM"
            | "ROL"
            | "IAM"
    )
}

fn path_of(name: &str, occ: usize, f: usize, r: usize, c: usize, s: usize) -> String {
    let comp = (c > 0).then_some(c);
    let sub = (s > 0).then_some(s);
    Path::new(name, occ, f, Some(r.max(1)), comp, sub).to_string()
}

impl<'m, 'a> Ctx<'m, 'a> {
    fn seg(&self, name: &str, occ: usize) -> Option<Seg<'m, 'a>> {
        self.msg.segment(name, occ).map(|seg| Seg { seg, occ })
    }

    fn all(&self, name: &str) -> Vec<Seg<'m, 'a>> {
        let mut out = Vec::new();
        let mut occ = 1;
        while let Some(s) = self.seg(name, occ) {
            out.push(s);
            occ += 1;
        }
        out
    }

    fn mark(&mut self, s: &Seg<'_, '_>, f: usize, r: usize, c: usize, sub: usize) {
        self.used.insert((s.seg.position(), f, r, c, sub));
    }

    /// Number of repetitions of a field (0 when empty or absent).
    fn reps(&self, s: &Seg<'_, '_>, f: usize) -> usize {
        match s.seg.field(f) {
            Some(e) if !e.is_empty() => e.children().count(),
            _ => 0,
        }
    }

    /// Reads sub-component `sub` of component `c` of repetition `r` of field
    /// `f`, marking it used. `None` when empty or the explicit null.
    fn sub(&mut self, s: &Seg<'_, '_>, f: usize, r: usize, c: usize, sub: usize) -> Option<String> {
        let e = s.seg.field(f)?.component(r, c)?.child(sub)?;
        if e.is_empty() || e.is_null() {
            return None;
        }
        self.mark(s, f, r, c, sub);
        // Padding is not data, and FHIR codes and strings may not carry it.
        let v = e.value();
        let t = v.trim();
        (!t.is_empty()).then(|| t.to_string())
    }

    fn comp(&mut self, s: &Seg<'_, '_>, f: usize, r: usize, c: usize) -> Option<String> {
        self.sub(s, f, r, c, 1)
    }

    fn field1(&mut self, s: &Seg<'_, '_>, f: usize) -> Option<String> {
        self.comp(s, f, 1, 1)
    }

    fn note(&mut self, s: &Seg<'_, '_>, f: usize, r: usize, c: usize, reason: impl Into<String>) {
        // Name the component only when the repetition has several.
        let single = s
            .seg
            .field(f)
            .and_then(|e| e.repetition(r))
            .is_none_or(|rep| rep.children().count() <= 1);
        let c = if c == 1 && single { 0 } else { c };
        self.notes.push(Unmapped {
            path: path_of(s.seg.name(), s.occ, f, r, c, 0),
            reason: reason.into(),
        });
    }

    fn new_id(&mut self, kind: &str) -> String {
        self.counter += 1;
        let a = fnv(self.seed ^ self.counter, kind.as_bytes());
        let b = fnv(
            a.rotate_left(17) ^ 0x9e37_79b9_7f4a_7c15,
            &self.counter.to_le_bytes(),
        );
        // RFC 4122 layout with version 8 (custom) and the variant bits set.
        let hi = (a & 0xffff_ffff_ffff_0fff) | 0x0000_0000_0000_8000;
        let lo = (b & 0x3fff_ffff_ffff_ffff) | 0x8000_0000_0000_0000;
        format!(
            "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
            hi >> 32,
            (hi >> 16) & 0xffff,
            hi & 0xffff,
            lo >> 48,
            lo & 0xffff_ffff_ffff
        )
    }

    fn add(&mut self, kind: &str, mut resource: Map<String, Value>) -> String {
        let id = self.new_id(kind);
        let mut r = Map::new();
        r.insert("resourceType".into(), Value::String(kind.into()));
        r.insert("id".into(), Value::String(id.clone()));
        r.append(&mut resource);
        let url = format!("urn:uuid:{id}");
        self.entries
            .push(json!({"fullUrl": url, "resource": Value::Object(r)}));
        url
    }

    /// An HL7 DTM as a FHIR dateTime (see the module docs on time zones).
    fn date_time(&mut self, s: &Seg<'_, '_>, f: usize, r: usize, c: usize) -> Option<String> {
        let raw = self.comp(s, f, r, c)?;
        match convert_dtm(&raw, self.tz.as_deref()) {
            Ok((v, dropped)) => {
                if dropped {
                    self.note(
                        s,
                        f,
                        r,
                        c,
                        "time of day dropped: no time zone in the message and no default_timezone",
                    );
                }
                Some(v)
            }
            Err(why) => {
                self.note(s, f, r, c, format!("not an HL7 date/time ({why}): {raw:?}"));
                None
            }
        }
    }

    fn date_only(&mut self, s: &Seg<'_, '_>, f: usize) -> Option<String> {
        let raw = self.comp(s, f, 1, 1)?;
        match convert_dtm(&raw, Some("Z")) {
            Ok((v, _)) => {
                let date: String = v.chars().take(10).collect();
                if v.len() > 10 {
                    self.note(s, f, 1, 1, "time part dropped: the FHIR element is a date");
                }
                Some(date)
            }
            Err(why) => {
                self.note(s, f, 1, 1, format!("not an HL7 date ({why}): {raw:?}"));
                None
            }
        }
    }

    /// CWE/CE (components 1-3 and 4-6, original text 9) → CodeableConcept.
    fn codeable(&mut self, s: &Seg<'_, '_>, f: usize, r: usize) -> Option<Value> {
        let mut codings = Vec::new();
        let mut text = None;
        for base in [1usize, 4] {
            let code = self.comp(s, f, r, base);
            let display = self.comp(s, f, r, base + 1);
            let system = self.comp(s, f, r, base + 2);
            if code.is_none() {
                if base == 1 && display.is_some() {
                    text = display;
                }
                if system.is_some() {
                    self.note(s, f, r, base + 2, "coding system without a code");
                }
                continue;
            }
            let code = code.unwrap_or_default();
            if !code_ok(&code) {
                self.note(
                    s,
                    f,
                    r,
                    base,
                    format!("{code:?} is not a valid FHIR code: kept as text only"),
                );
                if base == 1 {
                    text = Some(match display {
                        Some(d) => format!("{code} {d}"),
                        None => code,
                    });
                }
                continue;
            }
            let mut coding = Map::new();
            if let Some(sys) = &system {
                match system_uri(sys) {
                    Some(uri) => {
                        coding.insert("system".into(), Value::String(uri));
                    }
                    None => self.note(
                        s,
                        f,
                        r,
                        base + 2,
                        format!(
                            "coding system {sys:?} has no known FHIR URI: code kept without system"
                        ),
                    ),
                }
            }
            coding.insert("code".into(), Value::String(code));
            if let Some(d) = display {
                coding.insert("display".into(), Value::String(d));
            }
            codings.push(Value::Object(coding));
        }
        if let Some(t) = self.comp(s, f, r, 9) {
            text = Some(t);
        }
        let mut cc = Map::new();
        if !codings.is_empty() {
            cc.insert("coding".into(), Value::Array(codings));
        }
        if let Some(t) = text {
            cc.insert("text".into(), Value::String(t));
        }
        (!cc.is_empty()).then_some(Value::Object(cc))
    }

    /// CWE bound to an HL7 table: codings without a coding system get the
    /// table's v2 code system.
    fn codeable_table(&mut self, s: &Seg<'_, '_>, f: usize, table: &str) -> Option<Value> {
        let mut cc = self.codeable(s, f, 1)?;
        if let Some(codings) = cc.get_mut("coding").and_then(Value::as_array_mut) {
            for c in codings.iter_mut().filter_map(Value::as_object_mut) {
                c.entry("system").or_insert_with(|| {
                    Value::String(format!("http://terminology.hl7.org/CodeSystem/v2-{table}"))
                });
            }
        }
        Some(cc)
    }

    /// A coded value from an HL7 table, as a CodeableConcept with the
    /// table's v2 code system.
    fn table_concept(&mut self, s: &Seg<'_, '_>, f: usize, table: &str) -> Option<Value> {
        let code = self.field1(s, f)?;
        if !code_ok(&code) {
            self.note(s, f, 1, 1, format!("{code:?} is not a valid FHIR code"));
            return None;
        }
        Some(
            json!({"coding": [{"system": format!("http://terminology.hl7.org/CodeSystem/v2-{table}"), "code": code}]}),
        )
    }

    /// CX → Identifier.
    fn identifier(&mut self, s: &Seg<'_, '_>, f: usize, r: usize) -> Option<Value> {
        let value = self.comp(s, f, r, 1)?;
        let mut id = Map::new();
        // CX.4 assigning authority (HD: namespace & universal id & type).
        let ns = self.sub(s, f, r, 4, 1);
        let uid = self.sub(s, f, r, 4, 2);
        let uid_type = self.sub(s, f, r, 4, 3);
        if let Some(u) = &uid {
            match uid_type.as_deref().map(str::to_ascii_uppercase).as_deref() {
                Some("ISO") if oid_ok(u) => {
                    id.insert("system".into(), Value::String(format!("urn:oid:{u}")));
                }
                Some("UUID")
                    if u.len() == 36 && u.bytes().all(|b| b.is_ascii_hexdigit() || b == b'-') =>
                {
                    let lower = u.to_ascii_lowercase();
                    id.insert("system".into(), Value::String(format!("urn:uuid:{lower}")));
                }
                Some("URI") | Some("URL") if !u.chars().any(char::is_whitespace) => {
                    id.insert("system".into(), Value::String(u.clone()));
                }
                _ => self.note(
                    s,
                    f,
                    r,
                    4,
                    "assigning authority universal ID of unknown type or malformed: no Identifier.system",
                ),
            }
        }
        if let Some(t) = self.comp(s, f, r, 5) {
            if !code_ok(&t) {
                self.note(
                    s,
                    f,
                    r,
                    5,
                    format!("identifier type {t:?} is not a valid FHIR code"),
                );
            } else {
                id.insert(
                "type".into(),
                    json!({"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": t}]}),
                );
            }
        }
        id.insert("value".into(), Value::String(value));
        if let Some(n) = ns {
            id.insert("assigner".into(), json!({"display": n}));
        }
        let start = self.date_time(s, f, r, 7);
        let end = self.date_time(s, f, r, 8);
        if let Some(p) = period(start, end) {
            id.insert("period".into(), p);
        }
        Some(Value::Object(id))
    }

    /// XPN → HumanName.
    fn name(&mut self, s: &Seg<'_, '_>, f: usize, r: usize) -> Option<Value> {
        let mut n = Map::new();
        if let Some(family) = self.sub(s, f, r, 1, 1) {
            n.insert("family".into(), Value::String(family));
        }
        let given: Vec<Value> = [2, 3]
            .into_iter()
            .filter_map(|c| self.comp(s, f, r, c))
            .map(Value::String)
            .collect();
        if !given.is_empty() {
            n.insert("given".into(), Value::Array(given));
        }
        let suffix: Vec<Value> = [4, 6]
            .into_iter()
            .filter_map(|c| self.comp(s, f, r, c))
            .map(Value::String)
            .collect();
        if !suffix.is_empty() {
            n.insert("suffix".into(), Value::Array(suffix));
        }
        if let Some(p) = self.comp(s, f, r, 5) {
            n.insert("prefix".into(), json!([p]));
        }
        if let Some(t) = self.comp(s, f, r, 7) {
            let u = match t.as_str() {
                "L" => Some("official"),
                "M" => Some("maiden"),
                "N" => Some("nickname"),
                "S" => Some("anonymous"),
                "T" => Some("temp"),
                _ => None,
            };
            match u {
                Some(u) => {
                    n.insert("use".into(), Value::String(u.into()));
                }
                None => self.note(s, f, r, 7, format!("name type {t:?} has no FHIR NameUse")),
            }
        }
        (!n.is_empty()).then_some(Value::Object(n))
    }

    /// XAD → Address.
    fn address(&mut self, s: &Seg<'_, '_>, f: usize, r: usize) -> Option<Value> {
        let mut a = Map::new();
        let lines: Vec<Value> = [(1, 1), (2, 1)]
            .into_iter()
            .filter_map(|(c, sub)| self.sub(s, f, r, c, sub))
            .map(Value::String)
            .collect();
        if !lines.is_empty() {
            a.insert("line".into(), Value::Array(lines));
        }
        for (c, key) in [
            (3, "city"),
            (4, "state"),
            (5, "postalCode"),
            (6, "country"),
            (9, "district"),
        ] {
            if let Some(v) = self.comp(s, f, r, c) {
                a.insert(key.into(), Value::String(v));
            }
        }
        if let Some(t) = self.comp(s, f, r, 7) {
            match t.as_str() {
                "H" => {
                    a.insert("use".into(), json!("home"));
                }
                "B" | "O" => {
                    a.insert("use".into(), json!("work"));
                }
                "C" => {
                    a.insert("use".into(), json!("temp"));
                }
                "BA" => {
                    a.insert("use".into(), json!("old"));
                }
                "M" => {
                    a.insert("type".into(), json!("postal"));
                }
                _ => self.note(
                    s,
                    f,
                    r,
                    7,
                    format!("address type {t:?} has no FHIR AddressUse"),
                ),
            }
        }
        (!a.is_empty()).then_some(Value::Object(a))
    }

    /// XTN → ContactPoint (`default_use` for PID-13 home, PID-14 work).
    fn telecom(&mut self, s: &Seg<'_, '_>, f: usize, r: usize, default_use: &str) -> Option<Value> {
        let equipment = self.comp(s, f, r, 3);
        let email = self.comp(s, f, r, 4);
        let formatted = self.comp(s, f, r, 1);
        let country = self.comp(s, f, r, 5);
        let area = self.comp(s, f, r, 6);
        let local = self.comp(s, f, r, 7);
        let ext = self.comp(s, f, r, 8);
        let (system, value) = if let Some(e) = email {
            ("email", e)
        } else {
            let value = match (formatted, local) {
                (Some(v), _) => v,
                (None, Some(l)) => {
                    let mut v = String::new();
                    if let Some(c) = country {
                        v.push_str(&format!("+{c} "));
                    }
                    if let Some(a) = area {
                        v.push_str(&format!("({a}) "));
                    }
                    v.push_str(&l);
                    if let Some(x) = &ext {
                        v.push_str(&format!(" ext. {x}"));
                    }
                    v
                }
                (None, None) => return None,
            };
            let system = match equipment.as_deref() {
                Some("FX") => "fax",
                Some("BP") => "pager",
                Some("Internet") | Some("X.400") => "email",
                _ => "phone",
            };
            (system, value)
        };
        let mut cp = Map::new();
        cp.insert("system".into(), json!(system));
        cp.insert("value".into(), Value::String(value));
        let use_code = self.comp(s, f, r, 2);
        if system == "email" && use_code.as_deref() == Some("NET") {
            // NET (network address) is what system = email already says.
            return Some(Value::Object(cp));
        }
        let u = match use_code.as_deref() {
            None => Some(default_use),
            Some("PRN") | Some("VHN") => Some("home"),
            Some("WPN") => Some("work"),
            _ => None,
        };
        match (u, equipment.as_deref()) {
            (_, Some("CP")) => {
                cp.insert("use".into(), json!("mobile"));
            }
            (Some(u), _) => {
                cp.insert("use".into(), json!(u));
            }
            (None, _) => self.note(
                s,
                f,
                r,
                2,
                format!(
                    "telecom use {:?} has no FHIR ContactPointUse",
                    use_code.unwrap_or_default()
                ),
            ),
        }
        Some(Value::Object(cp))
    }

    /// XCN → a Reference by identifier and display.
    fn practitioner(&mut self, s: &Seg<'_, '_>, f: usize, r: usize) -> Option<Value> {
        let id = self.comp(s, f, r, 1);
        let family = self.sub(s, f, r, 2, 1);
        let given = self.comp(s, f, r, 3);
        let middle = self.comp(s, f, r, 4);
        let prefix = self.comp(s, f, r, 6);
        let suffix = self.comp(s, f, r, 5);
        let degree = self.comp(s, f, r, 7);
        let display: Vec<String> = [prefix, given, middle, family, suffix, degree]
            .into_iter()
            .flatten()
            .collect();
        let mut reference = Map::new();
        if let Some(i) = id {
            reference.insert("identifier".into(), json!({"value": i}));
        }
        if !display.is_empty() {
            reference.insert("display".into(), Value::String(display.join(" ")));
        }
        (!reference.is_empty()).then_some(Value::Object(reference))
    }
}

/// A FHIR `code`: no leading, trailing or repeated whitespace
/// (`[^\s]+( [^\s]+)*`).
fn code_ok(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with(' ')
        && !s.ends_with(' ')
        && !s.contains("  ")
        && !s.chars().any(|c| c.is_whitespace() && c != ' ')
}

/// An ISO OID as FHIR's `oid` type wants it: `[0-2](\.(0|[1-9][0-9]*))+`.
fn oid_ok(s: &str) -> bool {
    let mut parts = s.split('.');
    let first_ok = matches!(parts.next(), Some("0" | "1" | "2"));
    let mut n = 0;
    let rest_ok = parts.all(|p| {
        n += 1;
        !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()) && (p == "0" || !p.starts_with('0'))
    });
    first_ok && rest_ok && n > 0
}

fn period(start: Option<String>, end: Option<String>) -> Option<Value> {
    let mut p = Map::new();
    if let Some(s) = start {
        p.insert("start".into(), Value::String(s));
    }
    if let Some(e) = end {
        p.insert("end".into(), Value::String(e));
    }
    (!p.is_empty()).then_some(Value::Object(p))
}

/// FHIR URI of a v2 coding system name (HL7 table 0396).
fn system_uri(name: &str) -> Option<String> {
    let upper = name.to_ascii_uppercase();
    let uri = match upper.as_str() {
        "LN" | "LOINC" => "http://loinc.org",
        "SCT" | "SNM" | "SNM3" | "SNOMED" | "SNOMEDCT" | "SCT2" => "http://snomed.info/sct",
        "I10" | "ICD10" => "http://hl7.org/fhir/sid/icd-10",
        "I10C" | "ICD10CM" | "I10CM" => "http://hl7.org/fhir/sid/icd-10-cm",
        "I10P" | "ICD10PCS" => "http://www.cms.gov/Medicare/Coding/ICD10",
        "I9" | "I9C" | "I9CM" | "ICD9CM" | "ICD9" => "http://hl7.org/fhir/sid/icd-9-cm",
        "C4" | "CPT" | "CPT4" => "http://www.ama-assn.org/go/cpt",
        "HCPCS" | "HCPT" => "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
        "NDC" => "http://hl7.org/fhir/sid/ndc",
        "RXNORM" | "RXN" => "http://www.nlm.nih.gov/research/umls/rxnorm",
        "CVX" => "http://hl7.org/fhir/sid/cvx",
        "UCUM" => "http://unitsofmeasure.org",
        "ISO6391" | "ISO639" => "urn:ietf:bcp:47",
        _ => {
            let digits = upper.strip_prefix("HL7")?;
            if digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit()) {
                return Some(format!("http://terminology.hl7.org/CodeSystem/v2-{digits}"));
            }
            return None;
        }
    };
    Some(uri.to_string())
}

fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        2 if (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn normalize_tz(tz: &str) -> Option<String> {
    if tz == "Z" {
        return Some("Z".into());
    }
    let b = tz.as_bytes();
    let (sign, rest) = match b.first() {
        Some(b'+') => ('+', tz.get(1..)?),
        Some(b'-') => ('-', tz.get(1..)?),
        _ => return None,
    };
    let digits: String = rest.chars().filter(|c| *c != ':').collect();
    if digits.len() != 4 || !digits.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let h: u32 = digits.get(..2)?.parse().ok()?;
    let m: u32 = digits.get(2..)?.parse().ok()?;
    if h > 14 || m > 59 {
        return None;
    }
    Some(format!("{sign}{}:{}", digits.get(..2)?, digits.get(2..)?))
}

/// Converts an HL7 DTM/TS (`YYYY[MM[DD[HH[MM[SS[.S...]]]]]][+/-ZZZZ]`) to a
/// FHIR dateTime. Returns the value and whether a time of day was dropped for
/// want of a time zone.
pub(crate) fn convert_dtm(raw: &str, default_tz: Option<&str>) -> Result<(String, bool), String> {
    let raw = raw.trim();
    let split = raw.find(['+', '-']).unwrap_or(raw.len());
    let (main, tz) = (
        raw.get(..split).unwrap_or(raw),
        raw.get(split..).unwrap_or(""),
    );
    let (digits, frac) = match main.find('.') {
        Some(i) => (main.get(..i).unwrap_or(""), main.get(i + 1..)),
        None => (main, None),
    };
    if !digits.bytes().all(|b| b.is_ascii_digit())
        || !matches!(digits.len(), 4 | 6 | 8 | 10 | 12 | 14)
    {
        return Err("expected 4, 6, 8, 10, 12 or 14 digits".into());
    }
    let num =
        |a: usize, b: usize| -> u32 { digits.get(a..b).and_then(|s| s.parse().ok()).unwrap_or(0) };
    let year = num(0, 4);
    let mut out = format!("{year:04}");
    if digits.len() >= 6 {
        let month = num(4, 6);
        if !(1..=12).contains(&month) {
            return Err(format!("month {month}"));
        }
        out.push_str(&format!("-{month:02}"));
        if digits.len() >= 8 {
            let day = num(6, 8);
            if day < 1 || day > days_in_month(year, month) {
                return Err(format!("day {day}"));
            }
            out.push_str(&format!("-{day:02}"));
        }
    } else if !tz.is_empty() || frac.is_some() {
        return Err("time zone or fraction on a year".into());
    }
    if digits.len() <= 8 {
        return Ok((out, false));
    }
    let (h, mi, s) = (num(8, 10), num(10, 12), num(12, 14));
    if h > 23 || mi > 59 || s > 59 {
        return Err("time out of range".into());
    }
    let zone = if tz.is_empty() {
        match default_tz.and_then(normalize_tz) {
            Some(z) => z,
            None => return Ok((out, true)),
        }
    } else {
        normalize_tz(tz).ok_or_else(|| format!("time zone {tz:?}"))?
    };
    out.push_str(&format!("T{h:02}:{mi:02}:{s:02}"));
    if let Some(f) = frac {
        if f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) || digits.len() != 14 {
            return Err("fraction of a second".into());
        }
        out.push('.');
        out.push_str(f);
    }
    out.push_str(&zone);
    Ok((out, false))
}

/// An HL7 NM as a FHIR decimal (`+007.50` → `7.50`, `.5` → `0.5`).
fn decimal(raw: &str) -> Option<Value> {
    let t = raw.trim();
    let (neg, rest) = match t.as_bytes().first() {
        Some(b'-') => (true, t.get(1..)?),
        Some(b'+') => (false, t.get(1..)?),
        _ => (false, t),
    };
    let (int, frac) = match rest.find('.') {
        Some(i) => (rest.get(..i)?, rest.get(i + 1..)?),
        None => (rest, ""),
    };
    if int.is_empty() && frac.is_empty() {
        return None;
    }
    if !int.bytes().all(|b| b.is_ascii_digit()) || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let int = int.trim_start_matches('0');
    let mut s = String::new();
    if neg {
        s.push('-');
    }
    s.push_str(if int.is_empty() { "0" } else { int });
    if !frac.is_empty() {
        s.push('.');
        s.push_str(frac);
    }
    if s == "-0" {
        s = "0".into();
    }
    serde_json::from_str::<serde_json::Number>(&s)
        .ok()
        .map(Value::Number)
}

fn reference(url: &str) -> Value {
    json!({"reference": url})
}

/// Maps one message to a FHIR R4 Bundle (see the module docs).
pub fn to_fhir(msg: &Message<'_>, opts: &MappingOptions) -> Result<FhirMapping, Hl7Error> {
    let (code, event, _) = msg.message_type();
    let kind = match (code.as_ref(), event.as_ref()) {
        ("ADT", e @ ("A01" | "A03" | "A04" | "A08")) => e.to_string(),
        ("ORU", "R01") => "R01".to_string(),
        _ => {
            return Err(Hl7Error::UnsupportedMessageType {
                message_type: msg
                    .raw("MSH-9")
                    .ok()
                    .flatten()
                    .unwrap_or_default()
                    .chars()
                    .take(40)
                    .collect(),
            })
        }
    };
    let mut seed = 0xcbf2_9ce4_8422_2325u64;
    for f in ["MSH-3", "MSH-4", "MSH-7", "MSH-10"] {
        seed = fnv(
            seed,
            msg.raw(f).ok().flatten().unwrap_or_default().as_bytes(),
        );
        seed = fnv(seed, b"|");
    }
    let mut cx = Ctx {
        msg,
        used: KeySet::default(),
        notes: Vec::new(),
        tz: opts.default_timezone.clone(),
        seed,
        entries: Vec::new(),
        counter: 0,
    };
    let msh = cx.seg("MSH", 1).ok_or(Hl7Error::Empty)?;
    cx.mark(&msh, 9, 0, 0, 0);
    let mut bundle = Map::new();
    bundle.insert("resourceType".into(), json!("Bundle"));
    if let Some(id) = cx.field1(&msh, 10) {
        bundle.insert("identifier".into(), json!({"value": id}));
    }
    bundle.insert("type".into(), json!("collection"));
    if let Some(ts) = cx.date_time(&msh, 7, 1, 1) {
        if ts.len() > 10 {
            bundle.insert("timestamp".into(), Value::String(ts));
        } else {
            cx.note(
                &msh,
                7,
                1,
                1,
                "Bundle.timestamp is an instant: a date alone is not enough",
            );
        }
    }
    let adt = kind != "R01";
    let patient = match cx.seg("PID", 1) {
        Some(pid) => Some(map_patient(&mut cx, &pid)),
        None if adt => {
            return Err(Hl7Error::MissingRequired {
                path: "PID".into(),
                reason: format!("ADT^{kind} needs a PID segment for the Patient"),
            })
        }
        None => None,
    };
    let encounter = cx
        .seg("PV1", 1)
        .map(|pv1| map_encounter(&mut cx, &pv1, &kind, patient.as_deref()));
    let mut diagnoses = Vec::new();
    for dg1 in cx.all("DG1") {
        if let Some(d) = map_condition(&mut cx, &dg1, patient.as_deref(), encounter.as_deref()) {
            diagnoses.push(d);
        }
    }
    if !diagnoses.is_empty() {
        if let Some(enc_url) = &encounter {
            attach_diagnoses(&mut cx, enc_url, diagnoses);
        }
    }
    for al1 in cx.all("AL1") {
        map_allergy(&mut cx, &al1, patient.as_deref(), encounter.as_deref());
    }
    map_results(&mut cx, patient.as_deref(), encounter.as_deref());
    let unmapped = report(&mut cx);
    bundle.insert(
        "entry".into(),
        Value::Array(std::mem::take(&mut cx.entries)),
    );
    Ok(FhirMapping {
        bundle: Value::Object(bundle),
        unmapped,
    })
}

/// Maps many messages (one result each; for bindings and the CLI).
pub fn to_fhir_batch(
    msgs: &[Message<'_>],
    opts: &MappingOptions,
) -> Vec<Result<FhirMapping, Hl7Error>> {
    msgs.iter().map(|m| to_fhir(m, opts)).collect()
}

fn map_patient(cx: &mut Ctx<'_, '_>, pid: &Seg<'_, '_>) -> String {
    let mut p = Map::new();
    let mut ids = Vec::new();
    for f in [2usize, 3, 4] {
        for r in 1..=cx.reps(pid, f) {
            if let Some(i) = cx.identifier(pid, f, r) {
                ids.push(i);
            }
        }
    }
    if let Some(ssn) = cx.field1(pid, 19) {
        ids.push(json!({"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "SS"}]}, "system": "http://hl7.org/fhir/sid/us-ssn", "value": ssn}));
    }
    if !ids.is_empty() {
        p.insert("identifier".into(), Value::Array(ids));
    }
    let mut names = Vec::new();
    for r in 1..=cx.reps(pid, 5) {
        if let Some(n) = cx.name(pid, 5, r) {
            names.push(n);
        }
    }
    for r in 1..=cx.reps(pid, 9) {
        if let Some(mut n) = cx.name(pid, 9, r) {
            if let Some(o) = n.as_object_mut() {
                o.entry("use").or_insert(json!("old"));
            }
            names.push(n);
        }
    }
    if !names.is_empty() {
        p.insert("name".into(), Value::Array(names));
    }
    let mut telecom = Vec::new();
    for (f, u) in [(13usize, "home"), (14, "work")] {
        for r in 1..=cx.reps(pid, f) {
            if let Some(t) = cx.telecom(pid, f, r, u) {
                telecom.push(t);
            }
        }
    }
    if !telecom.is_empty() {
        p.insert("telecom".into(), Value::Array(telecom));
    }
    if let Some(sex) = cx.field1(pid, 8) {
        let g = match sex.as_str() {
            "M" => Some("male"),
            "F" => Some("female"),
            "O" | "A" => Some("other"),
            "U" => Some("unknown"),
            _ => None,
        };
        match g {
            Some(g) => {
                p.insert("gender".into(), json!(g));
            }
            None => cx.note(
                pid,
                8,
                1,
                1,
                format!("administrative sex {sex:?} has no FHIR gender"),
            ),
        }
    }
    if let Some(b) = cx.date_only(pid, 7) {
        p.insert("birthDate".into(), Value::String(b));
    }
    let mut addresses = Vec::new();
    for r in 1..=cx.reps(pid, 11) {
        if let Some(a) = cx.address(pid, 11, r) {
            addresses.push(a);
        }
    }
    if !addresses.is_empty() {
        p.insert("address".into(), Value::Array(addresses));
    }
    if let Some(m) = cx.codeable_table(pid, 16, "0002") {
        p.insert("maritalStatus".into(), m);
    }
    let mut languages = Vec::new();
    for r in 1..=cx.reps(pid, 15) {
        if let Some(l) = cx.codeable(pid, 15, r) {
            languages.push(json!({"language": l}));
        }
    }
    if !languages.is_empty() {
        p.insert("communication".into(), Value::Array(languages));
    }
    if let Some(d) = cx.date_time(pid, 29, 1, 1) {
        p.insert("deceasedDateTime".into(), Value::String(d));
        if cx.field1(pid, 30).is_some() {
            cx.mark(pid, 30, 0, 0, 0);
        }
    } else if let Some(flag) = cx.field1(pid, 30) {
        match flag.as_str() {
            "Y" => {
                p.insert("deceasedBoolean".into(), json!(true));
            }
            "N" => {
                p.insert("deceasedBoolean".into(), json!(false));
            }
            _ => cx.note(
                pid,
                30,
                1,
                1,
                format!("death indicator {flag:?} is not Y or N"),
            ),
        }
    }
    if let Some(mb) = cx.field1(pid, 24) {
        match mb.as_str() {
            "Y" => {
                let order = cx.field1(pid, 25).and_then(|o| o.parse::<u32>().ok());
                match order {
                    Some(o) if o > 0 => p.insert("multipleBirthInteger".into(), json!(o)),
                    _ => p.insert("multipleBirthBoolean".into(), json!(true)),
                };
            }
            "N" => {
                p.insert("multipleBirthBoolean".into(), json!(false));
            }
            _ => cx.note(
                pid,
                24,
                1,
                1,
                format!("multiple birth indicator {mb:?} is not Y or N"),
            ),
        }
    }
    let mut contacts = Vec::new();
    for nk1 in cx.all("NK1") {
        if let Some(c) = map_contact(cx, &nk1) {
            contacts.push(c);
        }
    }
    if !contacts.is_empty() {
        p.insert("contact".into(), Value::Array(contacts));
    }
    cx.add("Patient", p)
}

/// NK1 → Patient.contact (name NK1-2, address NK1-4, telecom NK1-5 home /
/// NK1-6 work, relationship NK1-3 from table 0063). FHIR invariant pat-1
/// wants a name, telecom or address: without one the segment is left to
/// the unmapped report.
fn map_contact(cx: &mut Ctx<'_, '_>, nk1: &Seg<'_, '_>) -> Option<Value> {
    let has_details = [2usize, 4, 5, 6].iter().any(|f| cx.reps(nk1, *f) > 0);
    if !has_details {
        return None;
    }
    let mut c = Map::new();
    if let Some(n) = cx.name(nk1, 2, 1) {
        c.insert("name".into(), n);
    }
    let mut telecom = Vec::new();
    for (f, u) in [(5usize, "home"), (6, "work")] {
        for r in 1..=cx.reps(nk1, f) {
            if let Some(t) = cx.telecom(nk1, f, r, u) {
                telecom.push(t);
            }
        }
    }
    if !telecom.is_empty() {
        c.insert("telecom".into(), Value::Array(telecom));
    }
    if let Some(a) = cx.address(nk1, 4, 1) {
        c.insert("address".into(), a);
    }
    if c.is_empty() {
        return None;
    }
    if let Some(rel) = cx.codeable_table(nk1, 3, "0063") {
        c.insert("relationship".into(), json!([rel]));
    }
    Some(Value::Object(c))
}

fn map_encounter(
    cx: &mut Ctx<'_, '_>,
    pv1: &Seg<'_, '_>,
    kind: &str,
    patient: Option<&str>,
) -> String {
    let mut e = Map::new();
    let discharged = cx.date_time(pv1, 45, 1, 1);
    let status = match kind {
        "A03" => "finished",
        _ if discharged.is_some() => "finished",
        "A01" => "in-progress",
        "A04" => "arrived",
        _ => "unknown",
    };
    e.insert("status".into(), json!(status));
    let class = match cx.field1(pv1, 2) {
        Some(c) => match c.as_str() {
            "I" => {
                json!({"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "IMP", "display": "inpatient encounter"})
            }
            "O" => {
                json!({"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB", "display": "ambulatory"})
            }
            "E" => {
                json!({"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "EMER", "display": "emergency"})
            }
            "P" => {
                json!({"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "PRENC", "display": "pre-admission"})
            }
            _ if code_ok(&c) => {
                json!({"system": "http://terminology.hl7.org/CodeSystem/v2-0004", "code": c})
            }
            _ => {
                cx.note(
                    pv1,
                    2,
                    1,
                    1,
                    format!("patient class {c:?} is not a valid FHIR code: class unknown"),
                );
                json!({"system": "http://terminology.hl7.org/CodeSystem/v3-NullFlavor", "code": "UNK", "display": "unknown"})
            }
        },
        None => {
            json!({"system": "http://terminology.hl7.org/CodeSystem/v3-NullFlavor", "code": "UNK", "display": "unknown"})
        }
    };
    e.insert("class".into(), class);
    if let Some(vn) = cx.identifier(pv1, 19, 1) {
        let mut vn = vn;
        if let Some(o) = vn.as_object_mut() {
            o.entry("type").or_insert(json!({"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "VN"}]}));
        }
        e.insert("identifier".into(), json!([vn]));
    }
    if let Some(svc) = cx.table_concept(pv1, 10, "0069") {
        e.insert("serviceType".into(), svc);
    }
    if let Some(p) = patient {
        e.insert("subject".into(), reference(p));
    }
    let mut participants = Vec::new();
    for (f, code) in [(7usize, "ATND"), (8, "REF"), (9, "CON"), (17, "ADM")] {
        for r in 1..=cx.reps(pv1, f) {
            if let Some(who) = cx.practitioner(pv1, f, r) {
                participants.push(json!({
                    "type": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "code": code}]}],
                    "individual": who
                }));
            }
        }
    }
    if !participants.is_empty() {
        e.insert("participant".into(), Value::Array(participants));
    }
    let admitted = cx.date_time(pv1, 44, 1, 1);
    if let Some(p) = period(admitted, discharged) {
        e.insert("period".into(), p);
    }
    let mut hosp = Map::new();
    if let Some(a) = cx.table_concept(pv1, 14, "0023") {
        hosp.insert("admitSource".into(), a);
    }
    if let Some(d) = cx.table_concept(pv1, 36, "0112") {
        hosp.insert("dischargeDisposition".into(), d);
    }
    if let Some(r) = cx.table_concept(pv1, 13, "0092") {
        hosp.insert("reAdmission".into(), r);
    }
    if !hosp.is_empty() {
        e.insert("hospitalization".into(), Value::Object(hosp));
    }
    // PV1-3 assigned location (PL): point of care, room, bed, facility.
    let parts: Vec<String> = [
        (1usize, "point of care"),
        (2, "room"),
        (3, "bed"),
        (4, "facility"),
    ]
    .into_iter()
    .filter_map(|(c, label)| cx.sub(pv1, 3, 1, c, 1).map(|v| format!("{label} {v}")))
    .collect();
    if !parts.is_empty() {
        e.insert(
            "location".into(),
            json!([{"location": {"display": parts.join(", ")}}]),
        );
    }
    cx.add("Encounter", e)
}

fn attach_diagnoses(cx: &mut Ctx<'_, '_>, enc_url: &str, diagnoses: Vec<Value>) {
    for entry in &mut cx.entries {
        if entry.get("fullUrl").and_then(Value::as_str) == Some(enc_url) {
            if let Some(r) = entry.get_mut("resource").and_then(Value::as_object_mut) {
                r.insert("diagnosis".into(), Value::Array(diagnoses));
                return;
            }
        }
    }
}

fn map_condition(
    cx: &mut Ctx<'_, '_>,
    dg1: &Seg<'_, '_>,
    patient: Option<&str>,
    encounter: Option<&str>,
) -> Option<Value> {
    // Without a Patient there is no subject: leave the segment to the
    // unmapped report rather than consume it.
    let subject = patient?;
    let mut c = Map::new();
    let mut code = cx.codeable(dg1, 3, 1);
    if let Some(desc) = cx.field1(dg1, 4) {
        let cc = code.get_or_insert_with(|| json!({}));
        if let Some(o) = cc.as_object_mut() {
            o.entry("text").or_insert(Value::String(desc));
        }
    }
    let Some(code) = code else {
        cx.note(
            dg1,
            3,
            1,
            1,
            "DG1 without a diagnosis code or description: no Condition",
        );
        return None;
    };
    c.insert(
        "category".into(),
        json!([{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category", "code": "encounter-diagnosis"}]}]),
    );
    c.insert("code".into(), code);
    c.insert("subject".into(), reference(subject));
    if let Some(e) = encounter {
        c.insert("encounter".into(), reference(e));
    }
    if let Some(onset) = cx.date_time(dg1, 5, 1, 1) {
        c.insert("onsetDateTime".into(), Value::String(onset));
    }
    let url = cx.add("Condition", c);
    let mut d = Map::new();
    d.insert("condition".into(), reference(&url));
    if encounter.is_some() {
        if let Some(u) = cx.table_concept(dg1, 6, "0052") {
            d.insert("use".into(), u);
        }
        if let Some(rank) = cx.field1(dg1, 15) {
            match rank.parse::<u32>() {
                Ok(n) if n > 0 => {
                    d.insert("rank".into(), json!(n));
                }
                _ => cx.note(
                    dg1,
                    15,
                    1,
                    1,
                    format!("diagnosis priority {rank:?} is not a positive integer"),
                ),
            }
        }
    }
    Some(Value::Object(d))
}

fn map_allergy(
    cx: &mut Ctx<'_, '_>,
    al1: &Seg<'_, '_>,
    patient: Option<&str>,
    encounter: Option<&str>,
) {
    // Without a Patient there is no subject: leave AL1 to the report.
    let Some(patient) = patient else { return };
    let Some(code) = cx.codeable(al1, 3, 1) else {
        cx.note(
            al1,
            3,
            1,
            1,
            "AL1 without an allergen code: no AllergyIntolerance",
        );
        return;
    };
    let mut a = Map::new();
    // Required by FHIR invariant ait-1; AL1 lists current allergies.
    a.insert(
        "clinicalStatus".into(),
        json!({"coding": [{"system": "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "code": "active"}]}),
    );
    if let Some(t) = cx.field1(al1, 2) {
        let cat = match t.as_str() {
            "DA" => Some("medication"),
            "FA" => Some("food"),
            "EA" | "LA" | "AA" | "PA" => Some("environment"),
            _ => None,
        };
        match cat {
            Some(c) => {
                a.insert("category".into(), json!([c]));
            }
            None => cx.note(
                al1,
                2,
                1,
                1,
                format!("allergen type {t:?} has no FHIR category"),
            ),
        }
    }
    if let Some(sev) = cx.field1(al1, 4) {
        let crit = match sev.as_str() {
            "SV" => Some("high"),
            "MO" | "MI" => Some("low"),
            "U" => Some("unable-to-assess"),
            _ => None,
        };
        match crit {
            Some(c) => {
                a.insert("criticality".into(), json!(c));
            }
            None => cx.note(
                al1,
                4,
                1,
                1,
                format!("allergy severity {sev:?} has no FHIR criticality"),
            ),
        }
    }
    a.insert("code".into(), code);
    a.insert("patient".into(), reference(patient));
    if let Some(e) = encounter {
        a.insert("encounter".into(), reference(e));
    }
    if let Some(d) = cx.date_time(al1, 6, 1, 1) {
        a.insert("onsetDateTime".into(), Value::String(d));
    }
    let mut manifestations = Vec::new();
    for r in 1..=cx.reps(al1, 5) {
        if let Some(t) = cx.comp(al1, 5, r, 1) {
            manifestations.push(json!({"text": t}));
        }
    }
    if !manifestations.is_empty() {
        a.insert(
            "reaction".into(),
            json!([{"manifestation": manifestations}]),
        );
    }
    cx.add("AllergyIntolerance", a);
}

/// Result status (HL7 table 0085 for OBX-11, 0123 for OBR-25) to the FHIR
/// Observation / DiagnosticReport status; `None` when there is no match.
fn result_status(code: Option<&str>, report: bool) -> Option<&'static str> {
    Some(match (code?, report) {
        ("F", _) => "final",
        ("P", _) | ("R", _) => "preliminary",
        ("C", _) => "corrected",
        ("X", _) => "cancelled",
        ("I", _) | ("O", _) => "registered",
        ("D", false) | ("W", false) => "entered-in-error",
        ("S", true) | ("A", true) => "partial",
        _ => return None,
    })
}

/// A DiagnosticReport being filled: resource, result references, effective time.
type OpenReport = (Map<String, Value>, Vec<Value>, Option<String>);

fn map_results(cx: &mut Ctx<'_, '_>, patient: Option<&str>, encounter: Option<&str>) {
    // Walk OBR and OBX in message order: each OBX belongs to the OBR before it.
    let order: Vec<(String, usize)> = {
        let mut counts = std::collections::HashMap::new();
        cx.msg
            .segments()
            .filter(|s| matches!(s.name(), "OBR" | "OBX"))
            .map(|s| {
                let n = counts.entry(s.name()).or_insert(0usize);
                *n += 1;
                (s.name().to_string(), *n)
            })
            .collect()
    };
    let mut current: Option<OpenReport> = None;
    let flush = |cx: &mut Ctx<'_, '_>, cur: &mut Option<OpenReport>| {
        if let Some((mut report, results, _)) = cur.take() {
            if !results.is_empty() {
                report.insert("result".into(), Value::Array(results));
            }
            cx.add("DiagnosticReport", report);
        }
    };
    for (name, occ) in order {
        let Some(s) = cx.seg(&name, occ) else {
            continue;
        };
        if name == "OBR" {
            flush(cx, &mut current);
            let (report, effective) = map_obr(cx, &s, patient, encounter);
            current = Some((report, Vec::new(), effective));
        } else {
            let effective = current.as_ref().and_then(|c| c.2.clone());
            if let Some(url) = map_obx(cx, &s, patient, encounter, effective) {
                if let Some(c) = current.as_mut() {
                    c.1.push(reference(&url));
                }
            }
        }
    }
    flush(cx, &mut current);
}

fn map_obr(
    cx: &mut Ctx<'_, '_>,
    obr: &Seg<'_, '_>,
    patient: Option<&str>,
    encounter: Option<&str>,
) -> (Map<String, Value>, Option<String>) {
    let mut r = Map::new();
    let mut ids = Vec::new();
    for (f, t) in [(2usize, "PLAC"), (3, "FILL")] {
        if let Some(v) = cx.comp(obr, f, 1, 1) {
            let mut id = Map::new();
            id.insert("type".into(), json!({"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": t}]}));
            id.insert("value".into(), Value::String(v));
            if let Some(ns) = cx.comp(obr, f, 1, 2) {
                id.insert("assigner".into(), json!({"display": ns}));
            }
            ids.push(Value::Object(id));
        }
    }
    if !ids.is_empty() {
        r.insert("identifier".into(), Value::Array(ids));
    }
    let status_code = cx.field1(obr, 25);
    let status = result_status(status_code.as_deref(), true);
    if status.is_none() {
        let why = match &status_code {
            Some(c) => {
                format!("result status {c:?} has no DiagnosticReport status: 'unknown' used")
            }
            None => "no result status: 'unknown' used".to_string(),
        };
        cx.note(obr, 25, 1, 1, why);
    }
    r.insert("status".into(), json!(status.unwrap_or("unknown")));
    let code = cx.codeable(obr, 4, 1).unwrap_or_else(|| {
        json!({"coding": [{"system": "http://terminology.hl7.org/CodeSystem/data-absent-reason", "code": "unknown"}]})
    });
    r.insert("code".into(), code);
    if let Some(p) = patient {
        r.insert("subject".into(), reference(p));
    }
    if let Some(e) = encounter {
        r.insert("encounter".into(), reference(e));
    }
    let effective = cx.date_time(obr, 7, 1, 1);
    if let Some(e) = &effective {
        r.insert("effectiveDateTime".into(), Value::String(e.clone()));
    }
    if let Some(issued) = cx.date_time(obr, 22, 1, 1) {
        if issued.len() > 10 {
            r.insert("issued".into(), Value::String(issued));
        } else {
            cx.note(
                obr,
                22,
                1,
                1,
                "DiagnosticReport.issued is an instant: a date alone is not enough",
            );
        }
    }
    (r, effective)
}

fn quantity(cx: &mut Ctx<'_, '_>, obx: &Seg<'_, '_>, value: Value) -> Value {
    let mut q = Map::new();
    q.insert("value".into(), value);
    let unit_code = cx.comp(obx, 6, 1, 1);
    let unit_text = cx.comp(obx, 6, 1, 2);
    let unit_sys = cx.comp(obx, 6, 1, 3);
    let ucum = matches!(
        unit_sys.as_deref(),
        Some("UCUM") | Some("ANS+") | Some("ISO+")
    );
    if let Some(u) = unit_text.clone().or_else(|| unit_code.clone()) {
        q.insert("unit".into(), Value::String(u));
    }
    if let (true, Some(c)) = (ucum, unit_code.as_ref()) {
        if !code_ok(c) {
            cx.note(
                obx,
                6,
                1,
                1,
                format!("unit {c:?} is not a valid UCUM code: unit kept as text"),
            );
        }
    }
    if let (true, Some(c)) = (ucum, unit_code.filter(|c| code_ok(c))) {
        q.insert("system".into(), json!("http://unitsofmeasure.org"));
        q.insert("code".into(), Value::String(c));
    } else if let Some(sys) = unit_sys {
        if !ucum {
            cx.note(
                obx,
                6,
                1,
                3,
                format!("unit system {sys:?} is not UCUM: unit kept as text"),
            );
        }
    }
    Value::Object(q)
}

fn map_obx(
    cx: &mut Ctx<'_, '_>,
    obx: &Seg<'_, '_>,
    patient: Option<&str>,
    encounter: Option<&str>,
    effective: Option<String>,
) -> Option<String> {
    let mut o = Map::new();
    let status_code = cx.field1(obx, 11);
    let status = result_status(status_code.as_deref(), false);
    if status.is_none() {
        let why = match &status_code {
            Some(c) => format!("result status {c:?} has no Observation status: 'unknown' used"),
            None => "no result status: 'unknown' used".to_string(),
        };
        cx.note(obx, 11, 1, 1, why);
    }
    o.insert("status".into(), json!(status.unwrap_or("unknown")));
    let Some(code) = cx.codeable(obx, 3, 1) else {
        cx.note(
            obx,
            3,
            1,
            1,
            "OBX without an observation identifier: no Observation",
        );
        return None;
    };
    o.insert("code".into(), code);
    if let Some(p) = patient {
        o.insert("subject".into(), reference(p));
    }
    if let Some(e) = encounter {
        o.insert("encounter".into(), reference(e));
    }
    if let Some(t) = cx.date_time(obx, 14, 1, 1).or(effective) {
        o.insert("effectiveDateTime".into(), Value::String(t));
    }
    let vt = cx.field1(obx, 2).unwrap_or_default();
    let reps = cx.reps(obx, 5);
    if reps > 0 {
        map_value(cx, obx, &vt, reps, &mut o);
    }
    let mut interp = Vec::new();
    for r in 1..=cx.reps(obx, 8) {
        if let Some(flag) = cx.comp(obx, 8, r, 1) {
            let v3 = matches!(
                flag.as_str(),
                "N" | "A"
                    | "AA"
                    | "H"
                    | "HH"
                    | "L"
                    | "LL"
                    | "S"
                    | "R"
                    | "I"
                    | "U"
                    | "D"
                    | "B"
                    | "W"
                    | "<"
                    | ">"
                    | "IND"
                    | "NEG"
                    | "POS"
            );
            let system = if v3 {
                "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
            } else {
                "http://terminology.hl7.org/CodeSystem/v2-0078"
            };
            if code_ok(&flag) {
                interp.push(json!({"coding": [{"system": system, "code": flag}]}));
            } else {
                cx.note(
                    obx,
                    8,
                    r,
                    1,
                    format!("abnormal flag {flag:?} is not a valid FHIR code"),
                );
            }
        }
    }
    if !interp.is_empty() {
        o.insert("interpretation".into(), Value::Array(interp));
    }
    if let Some(range) = cx.field1(obx, 7) {
        o.insert("referenceRange".into(), json!([{"text": range}]));
    }
    Some(cx.add("Observation", o))
}

fn map_value(
    cx: &mut Ctx<'_, '_>,
    obx: &Seg<'_, '_>,
    vt: &str,
    reps: usize,
    o: &mut Map<String, Value>,
) {
    match vt {
        "ST" | "TX" | "FT" => {
            let parts: Vec<String> = (1..=reps)
                .map(|r| {
                    // Text types have no components: take the whole repetition.
                    let v = obx
                        .seg
                        .field(5)
                        .and_then(|f| f.repetition(r))
                        .map(|e| e.value().into_owned())
                        .unwrap_or_default();
                    cx.mark(obx, 5, r, 0, 0);
                    v
                })
                .collect();
            let text = parts.join("\n");
            if !text.trim().is_empty() {
                o.insert("valueString".into(), Value::String(text));
            }
        }
        "NM" => {
            if let Some(raw) = cx.comp(obx, 5, 1, 1) {
                match decimal(&raw) {
                    Some(v) => {
                        let q = quantity(cx, obx, v);
                        o.insert("valueQuantity".into(), q);
                    }
                    None => cx.note(obx, 5, 1, 1, format!("not a number: {raw:?}")),
                }
            }
            extra_reps(cx, obx, reps);
        }
        "CE" | "CWE" | "CNE" | "CF" => {
            if let Some(cc) = cx.codeable(obx, 5, 1) {
                o.insert("valueCodeableConcept".into(), cc);
            }
            extra_reps(cx, obx, reps);
        }
        "DT" | "TS" | "DTM" => {
            if let Some(d) = cx.date_time(obx, 5, 1, 1) {
                o.insert("valueDateTime".into(), Value::String(d));
            }
            extra_reps(cx, obx, reps);
        }
        "SN" => {
            let comparator = cx.comp(obx, 5, 1, 1);
            let n1 = cx.comp(obx, 5, 1, 2);
            let sep = cx.comp(obx, 5, 1, 3);
            let n2 = cx.comp(obx, 5, 1, 4);
            let num = |s: &Option<String>| s.as_deref().and_then(decimal);
            match (sep.as_deref(), num(&n1), num(&n2)) {
                (None, Some(v), None) if n2.is_none() => {
                    let mut q = quantity(cx, obx, v);
                    match comparator.as_deref() {
                        None | Some("=") => {}
                        Some(c @ ("<" | ">" | "<=" | ">=")) => {
                            if let Some(m) = q.as_object_mut() {
                                m.insert("comparator".into(), json!(c));
                            }
                        }
                        Some(c) => cx.note(
                            obx,
                            5,
                            1,
                            1,
                            format!("comparator {c:?} has no FHIR Quantity comparator"),
                        ),
                    }
                    o.insert("valueQuantity".into(), q);
                }
                (Some("-"), Some(a), Some(b)) if comparator.is_none() => {
                    let low = quantity(cx, obx, a);
                    let high = quantity(cx, obx, b);
                    o.insert("valueRange".into(), json!({"low": low, "high": high}));
                }
                (Some(":" | "/"), Some(a), Some(b)) if comparator.is_none() => {
                    o.insert(
                        "valueRatio".into(),
                        json!({"numerator": {"value": a}, "denominator": {"value": b}}),
                    );
                }
                _ => cx.note(
                    obx,
                    5,
                    1,
                    0,
                    "structured numeric value not representable in FHIR",
                ),
            }
            extra_reps(cx, obx, reps);
        }
        other => {
            cx.note(
                obx,
                5,
                1,
                0,
                format!("value type {other:?} is not mapped to Observation.value[x]"),
            );
            cx.mark(obx, 5, 0, 0, 0);
        }
    }
    cx.mark(obx, 2, 0, 0, 0);
}

fn extra_reps(cx: &mut Ctx<'_, '_>, obx: &Seg<'_, '_>, reps: usize) {
    for r in 2..=reps {
        cx.note(
            obx,
            5,
            r,
            0,
            "Observation.value[x] holds one value: further repetitions not mapped",
        );
        cx.mark(obx, 5, r, 0, 0);
    }
}

/// Lists every valued leaf no mapping used (see the module docs).
fn report(cx: &mut Ctx<'_, '_>) -> Vec<Unmapped> {
    let mut out = std::mem::take(&mut cx.notes);
    let mut occ_counts = std::collections::HashMap::new();
    for seg in cx.msg.segments() {
        let occ = {
            let n = occ_counts.entry(seg.name()).or_insert(0usize);
            *n += 1;
            *n
        };
        let p = seg.position();
        for (fi, field) in seg.fields().enumerate() {
            let f = fi + 1;
            let header = seg.name() == "MSH";
            if (header && f <= 2) || (f == 1 && set_id_field(seg.name())) || field.is_empty() {
                continue;
            }
            if cx.used.contains(&(p, f, 0, 0, 0)) {
                continue;
            }
            let mut leaves = Vec::new();
            let mut any_used = false;
            for (ri, rep) in field.children().enumerate() {
                let r = ri + 1;
                if cx.used.contains(&(p, f, r, 0, 0)) {
                    any_used = true;
                    continue;
                }
                let comps: Vec<_> = rep.children().collect();
                for (ci, comp) in comps.iter().enumerate() {
                    let c = ci + 1;
                    if cx.used.contains(&(p, f, r, c, 0)) {
                        any_used = true;
                        continue;
                    }
                    let subs: Vec<_> = comp.children().collect();
                    for (si, sub) in subs.iter().enumerate() {
                        let s = si + 1;
                        if sub.is_empty() || sub.is_null() {
                            continue;
                        }
                        if cx.used.contains(&(p, f, r, c, s)) {
                            any_used = true;
                            continue;
                        }
                        leaves.push(path_of(
                            seg.name(),
                            occ,
                            f,
                            r,
                            if comps.len() > 1 || subs.len() > 1 {
                                c
                            } else {
                                0
                            },
                            if subs.len() > 1 { s } else { 0 },
                        ));
                    }
                }
            }
            if leaves.is_empty() {
                continue;
            }
            if any_used {
                out.extend(leaves.into_iter().map(|path| Unmapped {
                    path,
                    reason: NO_MAPPING.into(),
                }));
            } else {
                out.push(Unmapped {
                    path: path_of(seg.name(), occ, f, 1, 0, 0),
                    reason: NO_MAPPING.into(),
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dtm_converts_with_and_without_zone() {
        assert_eq!(convert_dtm("2024", None).unwrap(), ("2024".into(), false));
        assert_eq!(
            convert_dtm("202402", None).unwrap(),
            ("2024-02".into(), false)
        );
        assert_eq!(
            convert_dtm("20240229", None).unwrap(),
            ("2024-02-29".into(), false)
        );
        assert_eq!(
            convert_dtm("202402291230", None).unwrap(),
            ("2024-02-29".into(), true)
        );
        assert_eq!(
            convert_dtm("20240229123005.25-0500", None).unwrap(),
            ("2024-02-29T12:30:05.25-05:00".into(), false)
        );
        assert_eq!(
            convert_dtm("2024022912", Some("Z")).unwrap(),
            ("2024-02-29T12:00:00Z".into(), false)
        );
        assert!(convert_dtm("20230229", None).is_err());
        assert!(convert_dtm("196203520", None).is_err());
        assert!(convert_dtm("abc", None).is_err());
    }

    #[test]
    fn nm_values_become_fhir_decimals() {
        assert_eq!(decimal("+007.50").unwrap().to_string(), "7.50");
        assert_eq!(decimal(".5").unwrap().to_string(), "0.5");
        assert_eq!(decimal("-12").unwrap().to_string(), "-12");
        assert!(decimal("1e5").is_none());
        assert!(decimal("").is_none());
        assert!(decimal("-").is_none());
    }
}
