//! Policy-driven de-identification of FHIR R4 resources held as JSON
//! (`serde_json::Value`), so it works on any resource, known or not.
//!
//! Each element is matched against the policy's ordered rules (see
//! [`DeidPolicy`]); unmatched leaves get the policy default (remove), so
//! unknown content fails closed. Free-text elements go through the
//! [`TextDeidentifier`]. Keyed methods derive per-purpose keys from one
//! [`DeidKey`]: pseudonyms are HMAC-SHA256, so `Patient/123` and every
//! reference to it map to the same pseudonym; date shifts are keyed by the
//! patient the resource belongs to, so one patient's intervals are kept.
//! The [`DeidReport`] counts what each rule changed, never the values.

use super::policy::{DeidMethod, DeidPolicy};
use super::text::{TextDeidentifier, TextMethod};
use super::{DeidError, DeidKey};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::sync::Arc;

/// What to do when one resource cannot be processed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorMode {
    /// Stop the batch at the first failing resource (its output is withheld).
    Stop,
    /// Leave the failing resource out, record it and go on.
    Skip,
}

/// A resource left out of the output.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SkippedResource {
    /// Position in the input batch.
    pub index: usize,
    /// Its resourceType, when it had one.
    pub resource_type: Option<String>,
    /// The error code.
    pub code: String,
}

/// How often one rule applied.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RuleCount {
    /// Rule index in the policy.
    pub rule: usize,
    /// Selector, written back (`path`/`type`/`resource`).
    pub selector: String,
    /// Method name.
    pub method: String,
    /// Elements it applied to.
    pub count: usize,
}

/// Counts of what was changed. Contains no values from the input.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DeidReport {
    /// Policy name.
    pub policy: String,
    /// Top-level inputs (resources or Bundles).
    pub resources_in: usize,
    /// Outputs written.
    pub resources_out: usize,
    /// Inputs left out, with their error codes.
    pub skipped: Vec<SkippedResource>,
    /// `stop` or `skip`.
    pub error_mode: String,
    /// Per rule, in policy order (rules that never applied included).
    pub rules: Vec<RuleCount>,
    /// Leaves no rule matched, handled by the policy default.
    pub default_applied: usize,
    /// Per category: element datatype (`HumanName`, `date`...) or text span
    /// type (`text:NAME`).
    pub categories: BTreeMap<String, usize>,
}

impl DeidReport {
    fn merge(&mut self, other: &Counts) {
        for (i, c) in other.rules.iter().enumerate() {
            if let Some(r) = self.rules.get_mut(i) {
                r.count += c;
            }
        }
        self.default_applied += other.default_applied;
        for (k, v) in &other.categories {
            *self.categories.entry(k.clone()).or_insert(0) += v;
        }
    }
}

/// The result of a batch.
#[derive(Clone, Debug, PartialEq)]
pub struct DeidOutcome {
    /// De-identified resources, in input order (skipped ones left out).
    pub resources: Vec<Value>,
    /// What was done.
    pub report: DeidReport,
    /// The error that stopped the batch ([`ErrorMode::Stop`] only).
    pub error: Option<DeidError>,
}

#[derive(Default)]
struct Counts {
    rules: Vec<usize>,
    default_applied: usize,
    categories: BTreeMap<String, usize>,
}

impl Counts {
    fn cat(&mut self, c: &str) {
        *self.categories.entry(c.to_string()).or_insert(0) += 1;
    }
}

/// Applies a [`DeidPolicy`] to FHIR resources.
pub struct FhirDeidentifier {
    policy: DeidPolicy,
    key: Option<DeidKey>,
    text: Arc<TextDeidentifier>,
    reference_date: NaiveDate,
}

impl std::fmt::Debug for FhirDeidentifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FhirDeidentifier")
            .field("policy", &self.policy.name)
            .field("key", &self.key)
            .finish()
    }
}

struct Walk<'a> {
    rtype: &'a str,
    scope: String,
    counts: Counts,
}

impl FhirDeidentifier {
    /// Builds the engine. Fails with `DEID_KEY_MISSING` when the policy has a
    /// keyed method and no key was given: there is never a default key.
    pub fn new(policy: DeidPolicy, key: Option<DeidKey>) -> Result<Self, DeidError> {
        Self::with_text_engine(policy, key, TextDeidentifier::shared()?)
    }

    /// Like [`FhirDeidentifier::new`], sharing an already built text engine
    /// (building one compiles its patterns; share it across policies and threads).
    pub fn with_text_engine(
        policy: DeidPolicy,
        key: Option<DeidKey>,
        text: Arc<TextDeidentifier>,
    ) -> Result<Self, DeidError> {
        policy.validate()?;
        if key.is_none() {
            if let Some(m) = policy.needs_key() {
                return Err(DeidError::KeyMissing { method: m.into() });
            }
        }
        let reference_date = match &policy.reference_date {
            Some(d) => NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .map_err(|_| DeidError::PolicyInvalid(format!("reference_date `{d}`")))?,
            None => chrono::Utc::now().date_naive(),
        };
        Ok(FhirDeidentifier {
            policy,
            key,
            text,
            reference_date,
        })
    }

    /// The policy in use.
    pub fn policy(&self) -> &DeidPolicy {
        &self.policy
    }

    fn empty_report(&self, mode: ErrorMode) -> DeidReport {
        DeidReport {
            policy: self.policy.name.clone(),
            error_mode: match mode {
                ErrorMode::Stop => "stop".into(),
                ErrorMode::Skip => "skip".into(),
            },
            rules: self
                .policy
                .rules
                .iter()
                .enumerate()
                .map(|(i, r)| RuleCount {
                    rule: i,
                    selector: selector_text(&r.selector),
                    method: r.method.name().into(),
                    count: 0,
                })
                .collect(),
            ..DeidReport::default()
        }
    }

    /// De-identifies one resource (or Bundle).
    pub fn deidentify_resource(&self, resource: Value) -> Result<(Value, DeidReport), DeidError> {
        let mut report = self.empty_report(ErrorMode::Stop);
        report.resources_in = 1;
        let (v, counts) = self.one(resource)?;
        report.merge(&counts);
        report.resources_out = 1;
        Ok((v, report))
    }

    /// De-identifies a batch of resources and Bundles.
    pub fn deidentify_batch(&self, resources: Vec<Value>, mode: ErrorMode) -> DeidOutcome {
        let mut report = self.empty_report(mode);
        let mut out = Vec::with_capacity(resources.len());
        let mut error = None;
        for (index, r) in resources.into_iter().enumerate() {
            report.resources_in += 1;
            let rt = r
                .get("resourceType")
                .and_then(Value::as_str)
                .map(str::to_string);
            match self.one(r) {
                Ok((v, counts)) => {
                    report.merge(&counts);
                    out.push(v);
                    report.resources_out += 1;
                }
                Err(e) => {
                    report.skipped.push(SkippedResource {
                        index,
                        resource_type: rt,
                        code: crate::ErrorCode::code(&e).into(),
                    });
                    if mode == ErrorMode::Stop {
                        error = Some(e);
                        break;
                    }
                }
            }
        }
        DeidOutcome {
            resources: out,
            report,
            error,
        }
    }

    fn one(&self, resource: Value) -> Result<(Value, Counts), DeidError> {
        // The walk below recurses: bound it as the JSON parser does, for
        // values a caller built (found while building the fuzz suite: a
        // value nested 100,000 deep overflowed the stack).
        if crate::model::too_deep(&resource) {
            crate::model::drop_iteratively(resource);
            return Err(DeidError::NotAResource(
                "nested deeper than 128 levels".into(),
            ));
        }
        let Value::Object(obj) = resource else {
            return Err(DeidError::NotAResource("not a JSON object".into()));
        };
        let rtype = obj
            .get("resourceType")
            .and_then(Value::as_str)
            .map(str::to_string)
            .ok_or_else(|| DeidError::NotAResource("no string resourceType".into()))?;
        let mut counts = Counts {
            rules: vec![0; self.policy.rules.len()],
            ..Counts::default()
        };
        if rtype == "Bundle" {
            let v = self.bundle(obj, &mut counts)?;
            return Ok((v, counts));
        }
        let scope = patient_scope(&rtype, &obj);
        let mut w = Walk {
            rtype: &rtype,
            scope,
            counts,
        };
        let mut path = vec![rtype.clone()];
        let mut out = Map::new();
        for (k, v) in obj {
            path.push(k.clone());
            let r = if k == "resourceType" {
                Some(v)
            } else {
                self.walk(&mut w, &mut path, &k, v, false)?
            };
            path.pop();
            if let Some(r) = r {
                out.insert(k, r);
            }
        }
        Ok((Value::Object(out), w.counts))
    }

    fn bundle(&self, obj: Map<String, Value>, counts: &mut Counts) -> Result<Value, DeidError> {
        let mut out = Map::new();
        out.insert("resourceType".into(), Value::String("Bundle".into()));
        if let Some(t) = obj.get("type") {
            out.insert("type".into(), t.clone());
        }
        let ref_method = self
            .policy
            .rules
            .iter()
            .find(|r| r.selector.datatype.as_deref() == Some("Reference"))
            .map(|r| r.method.clone());
        let mut entries = Vec::new();
        if let Some(Value::Array(es)) = obj.get("entry") {
            for e in es {
                let mut ne = Map::new();
                if let (Some(Value::String(full)), Some(DeidMethod::Pseudonymize), Some(k)) =
                    (e.get("fullUrl"), &ref_method, &self.key)
                {
                    ne.insert("fullUrl".into(), Value::String(pseudo_reference(k, full)));
                }
                if let Some(r) = e.get("resource") {
                    let (v, c) = self.one(r.clone())?;
                    for (i, n) in c.rules.iter().enumerate() {
                        if let Some(x) = counts.rules.get_mut(i) {
                            *x += n;
                        }
                    }
                    counts.default_applied += c.default_applied;
                    for (k, n) in c.categories {
                        *counts.categories.entry(k).or_insert(0) += n;
                    }
                    ne.insert("resource".into(), v);
                }
                entries.push(Value::Object(ne));
            }
        }
        if !entries.is_empty() {
            out.insert("entry".into(), Value::Array(entries));
        }
        Ok(Value::Object(out))
    }

    fn find_rule(&self, rtype: &str, path: &[String], dtype: &str) -> Option<usize> {
        self.policy.rules.iter().position(|r| {
            let s = &r.selector;
            s.resource.as_deref().is_none_or(|x| x == rtype)
                && s.path.as_deref().is_none_or(|p| path_matches(p, path))
                && s.datatype.as_deref().is_none_or(|t| t == dtype)
        })
    }

    fn walk(
        &self,
        w: &mut Walk,
        path: &mut Vec<String>,
        key: &str,
        v: Value,
        kept: bool,
    ) -> Result<Option<Value>, DeidError> {
        if let Value::Array(items) = v {
            let mut out = Vec::with_capacity(items.len());
            for it in items {
                if let Some(x) = self.walk(w, path, key, it, kept)? {
                    out.push(x);
                }
            }
            return Ok((!out.is_empty()).then_some(Value::Array(out)));
        }
        let dtype = infer_type(key, &v);
        match self.find_rule(w.rtype, path, dtype) {
            Some(i) => {
                if let Some(c) = w.counts.rules.get_mut(i) {
                    *c += 1;
                }
                w.counts.cat(dtype);
                let method = self
                    .policy
                    .rules
                    .get(i)
                    .map(|r| r.method.clone())
                    .unwrap_or(DeidMethod::Redact);
                self.apply(w, path, key, v, &method, i, dtype)
            }
            None => {
                if let Value::Object(obj) = v {
                    self.descend(w, path, obj, kept)
                } else if kept {
                    Ok(Some(v))
                } else {
                    w.counts.default_applied += 1;
                    let m = self.policy.default.clone();
                    if m == DeidMethod::Keep {
                        Ok(Some(v))
                    } else {
                        self.apply(w, path, key, v, &m, usize::MAX, dtype)
                    }
                }
            }
        }
    }

    fn descend(
        &self,
        w: &mut Walk,
        path: &mut Vec<String>,
        obj: Map<String, Value>,
        kept: bool,
    ) -> Result<Option<Value>, DeidError> {
        let mut out = Map::new();
        for (k, v) in obj {
            path.push(k.clone());
            let r = self.walk(w, path, &k, v, kept);
            path.pop();
            if let Some(x) = r? {
                out.insert(k, x);
            }
        }
        Ok((!out.is_empty()).then_some(Value::Object(out)))
    }

    fn key_for(&self, method: &str) -> Result<&DeidKey, DeidError> {
        self.key.as_ref().ok_or_else(|| DeidError::KeyMissing {
            method: method.into(),
        })
    }

    #[allow(clippy::too_many_arguments, reason = "internal recursion state")]
    fn apply(
        &self,
        w: &mut Walk,
        path: &mut Vec<String>,
        key: &str,
        v: Value,
        method: &DeidMethod,
        rule: usize,
        dtype: &str,
    ) -> Result<Option<Value>, DeidError> {
        let fail = |reason: &str| DeidError::MethodFailed {
            rule,
            method: method.name().into(),
            path: path.join("."),
            reason: reason.into(),
        };
        match method {
            DeidMethod::Keep => match v {
                Value::Object(obj) => self.descend(w, path, obj, true),
                other => Ok(Some(other)),
            },
            DeidMethod::Redact => Ok(None),
            DeidMethod::Substitute { value } => Ok(Some(value.clone())),
            DeidMethod::Text => self.text_value(w, v).map(Some),
            DeidMethod::DateShift => {
                let k = self.key_for("date_shift")?;
                let days = k.date_shift_days(&w.scope, self.policy.date_shift_max_days);
                self.leafwise(w, path, v, &|s| match s {
                    Value::String(d) if is_fhir_date(d) => {
                        shift_fhir_date(d, days).map(|x| Some(Value::String(x)))
                    }
                    _ => None,
                })
            }
            DeidMethod::Generalize => {
                if dtype == "Address" {
                    if let Value::Object(obj) = v {
                        return Ok(self.generalize_address(obj));
                    }
                    return Ok(None);
                }
                let birth = key == "birthDate";
                let refd = self.reference_date;
                let restricted = &self.text.dictionaries().restricted_zip3;
                let r = self.leafwise(w, path, v, &|s| match s {
                    Value::String(d) if is_fhir_date(d) => {
                        if birth {
                            let y: i32 = d.get(..4)?.parse().ok()?;
                            // Age in whole years at the reference date (upper bound
                            // when only the year is known).
                            if refd.year() - y > 89 {
                                return Some(None);
                            }
                        }
                        Some(d.get(..4).map(|y| Value::String(y.to_string())))
                    }
                    Value::String(z) if is_zip(z) => {
                        let z3 = z.get(..3)?;
                        Some(Some(Value::String(if restricted.contains(z3) {
                            "000".into()
                        } else {
                            z3.to_string()
                        })))
                    }
                    Value::Number(n) => {
                        let x = n.as_f64()?;
                        Some(Some(if x > 89.0 { Value::from(90) } else { s.clone() }))
                    }
                    _ => None,
                })?;
                Ok(r)
            }
            DeidMethod::Pseudonymize => {
                let k = self.key_for("pseudonymize")?;
                match v {
                    Value::Object(mut obj) => {
                        if let Some(Value::String(r)) = obj.get("reference") {
                            let nr = pseudo_reference(k, r);
                            obj.insert("reference".into(), Value::String(nr));
                            obj.remove("display");
                            obj.remove("identifier");
                            return Ok(Some(Value::Object(obj)));
                        }
                        if let Some(Value::String(val)) = obj.get("value") {
                            let sys = obj.get("system").and_then(Value::as_str).unwrap_or("");
                            let p = k.pseudonym(&format!("{sys}|{val}"));
                            obj.insert("value".into(), Value::String(p));
                            obj.remove("assigner");
                            obj.remove("period");
                            return Ok(Some(Value::Object(obj)));
                        }
                        self.leafwise(w, path, Value::Object(obj), &|s| match s {
                            Value::String(x) => Some(Some(Value::String(k.pseudonym(x)))),
                            _ => None,
                        })
                    }
                    Value::String(s) if path.len() == 2 && key == "id" => Ok(Some(Value::String(
                        pseudo_id(k, &format!("{}/{}", w.rtype, s)),
                    ))),
                    Value::String(s) => Ok(Some(Value::String(k.pseudonym(&s)))),
                    Value::Number(n) => Ok(Some(Value::String(k.pseudonym(&n.to_string())))),
                    Value::Bool(_) | Value::Null => {
                        Err(fail("pseudonymize needs a string or number"))
                    }
                    Value::Array(_) => Ok(None),
                }
            }
            DeidMethod::Encrypt => {
                let k = self.key_for("encrypt")?;
                let mut err = None;
                let r = self.leafwise(w, path, v, &|s| {
                    let json = serde_json::to_string(s).ok()?;
                    match k.encrypt(&json) {
                        Ok(t) => Some(Some(Value::String(t))),
                        Err(_) => None,
                    }
                });
                if let Some(e) = err.take() {
                    return Err(e);
                }
                r
            }
            DeidMethod::Perturb {
                range,
                relative,
                decimals,
            } => {
                let k = self.key_for("perturb")?;
                let scope = format!("{}|{}", w.scope, path.join("."));
                let (range, relative, decimals) = (*range, *relative, *decimals);
                match v {
                    Value::Number(ref n) => {
                        let x = n.as_f64().ok_or_else(|| fail("not a finite number"))?;
                        Ok(Some(perturb(k, &scope, x, range, relative, decimals)))
                    }
                    Value::Object(_) => self.leafwise(w, path, v, &|s| match s {
                        Value::Number(n) => n
                            .as_f64()
                            .map(|x| Some(perturb(k, &scope, x, range, relative, decimals))),
                        _ => None,
                    }),
                    _ => Err(fail("perturb needs a number")),
                }
            }
        }
    }

    // Applies `f` to every leaf of `v`; a leaf `f` does not handle (None)
    // gets the policy default, so nothing passes through unexamined.
    fn leafwise(
        &self,
        w: &mut Walk,
        path: &mut Vec<String>,
        v: Value,
        f: &dyn Fn(&Value) -> Option<Option<Value>>,
    ) -> Result<Option<Value>, DeidError> {
        match v {
            Value::Object(obj) => {
                let mut out = Map::new();
                for (k, x) in obj {
                    path.push(k.clone());
                    let r = self.leafwise(w, path, x, f);
                    path.pop();
                    if let Some(y) = r? {
                        out.insert(k, y);
                    }
                }
                Ok((!out.is_empty()).then_some(Value::Object(out)))
            }
            Value::Array(items) => {
                let mut out = Vec::new();
                for it in items {
                    if let Some(y) = self.leafwise(w, path, it, f)? {
                        out.push(y);
                    }
                }
                Ok((!out.is_empty()).then_some(Value::Array(out)))
            }
            leaf => match f(&leaf) {
                Some(r) => Ok(r),
                None => {
                    w.counts.default_applied += 1;
                    match &self.policy.default {
                        DeidMethod::Keep => Ok(Some(leaf)),
                        _ => Ok(None),
                    }
                }
            },
        }
    }

    fn generalize_address(&self, obj: Map<String, Value>) -> Option<Value> {
        let mut out = Map::new();
        for (k, v) in obj {
            match k.as_str() {
                "state" | "country" | "use" | "type" => {
                    out.insert(k, v);
                }
                "postalCode" => {
                    if let Value::String(z) = &v {
                        let digits: String = z.chars().filter(char::is_ascii_digit).collect();
                        if let Some(z3) = digits.get(..3) {
                            let g = if self.text.dictionaries().restricted_zip3.contains(z3) {
                                "000".to_string()
                            } else {
                                z3.to_string()
                            };
                            out.insert(k, Value::String(g));
                        }
                    }
                }
                _ => {}
            }
        }
        (!out.is_empty()).then_some(Value::Object(out))
    }

    fn text_value(&self, w: &mut Walk, v: Value) -> Result<Value, DeidError> {
        let key = self.key.as_ref();
        if self.policy.text.method == TextMethod::Surrogate && key.is_none() {
            return Err(DeidError::KeyMissing {
                method: "text surrogate".into(),
            });
        }
        match v {
            Value::String(s) => {
                let r = self.text.deidentify(&s, &self.policy.text, key, &w.scope)?;
                for sp in &r.spans {
                    w.counts.cat(&format!("text:{}", sp.phi_type.as_str()));
                }
                Ok(Value::String(r.text))
            }
            Value::Object(mut obj) => {
                // Narrative: only the XHTML text nodes are free text.
                if let Some(Value::String(div)) = obj.remove("div") {
                    let d = self.xhtml_text(w, &div)?;
                    obj.insert("div".into(), Value::String(d));
                    return Ok(Value::Object(obj));
                }
                let mut out = Map::new();
                for (k, x) in obj {
                    let y = self.text_value(w, x)?;
                    out.insert(k, y);
                }
                Ok(Value::Object(out))
            }
            Value::Array(a) => {
                let mut out = Vec::with_capacity(a.len());
                for x in a {
                    out.push(self.text_value(w, x)?);
                }
                Ok(Value::Array(out))
            }
            other => Ok(other),
        }
    }

    fn xhtml_text(&self, w: &mut Walk, div: &str) -> Result<String, DeidError> {
        let mut out = String::with_capacity(div.len());
        let mut rest = div;
        while let Some(lt) = rest.find('<') {
            let (txt, tail) = rest.split_at(lt);
            if !txt.is_empty() {
                let r =
                    self.text
                        .deidentify(txt, &self.policy.text, self.key.as_ref(), &w.scope)?;
                for sp in &r.spans {
                    w.counts.cat(&format!("text:{}", sp.phi_type.as_str()));
                }
                out.push_str(&r.text);
            }
            let gt = tail.find('>').map_or(tail.len(), |g| g + 1);
            let (tag, after) = tail.split_at(gt);
            // Attribute values (href, title) can carry identifiers: keep the
            // element name and xmlns only.
            out.push_str(&clean_tag(tag));
            rest = after;
        }
        if !rest.is_empty() {
            let r = self
                .text
                .deidentify(rest, &self.policy.text, self.key.as_ref(), &w.scope)?;
            out.push_str(&r.text);
        }
        Ok(out)
    }
}

fn clean_tag(tag: &str) -> String {
    let inner = tag.trim_start_matches('<').trim_end_matches('>');
    let closing = inner.starts_with('/');
    let self_closing = inner.ends_with('/');
    let name: String = inner
        .trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    let xmlns = if inner.contains("xmlns=\"http://www.w3.org/1999/xhtml\"") {
        " xmlns=\"http://www.w3.org/1999/xhtml\""
    } else {
        ""
    };
    match (closing, self_closing) {
        (true, _) => format!("</{name}>"),
        (false, true) => format!("<{name}{xmlns}/>"),
        _ => format!("<{name}{xmlns}>"),
    }
}

fn selector_text(s: &super::policy::Selector) -> String {
    let mut parts = Vec::new();
    if let Some(r) = &s.resource {
        parts.push(format!("resource={r}"));
    }
    if let Some(p) = &s.path {
        parts.push(format!("path={p}"));
    }
    if let Some(t) = &s.datatype {
        parts.push(format!("type={t}"));
    }
    parts.join(" ")
}

fn path_matches(pattern: &str, path: &[String]) -> bool {
    let segs: Vec<&str> = pattern.split('.').collect();
    segs.len() == path.len()
        && segs
            .iter()
            .zip(path.iter())
            .all(|(p, s)| *p == "*" || *p == s.as_str())
}

/// The datatype of an element inferred from its key and shape.
fn infer_type(key: &str, v: &Value) -> &'static str {
    match v {
        Value::Object(o) => {
            let has = |k: &str| o.contains_key(k);
            if has("div") {
                "Narrative"
            } else if key == "extension" || key == "modifierExtension" {
                "Extension"
            } else if has("family")
                || has("given")
                || (key == "name" && (has("text") || has("use")) && !has("reference"))
            {
                "HumanName"
            } else if key == "address"
                || has("line")
                || has("postalCode")
                || has("city")
                || has("district")
            {
                "Address"
            } else if key == "telecom"
                || (has("system")
                    && has("value")
                    && o.get("system").and_then(Value::as_str).is_some_and(|s| {
                        matches!(
                            s,
                            "phone" | "fax" | "email" | "pager" | "url" | "sms" | "other"
                        )
                    }))
            {
                "ContactPoint"
            } else if key == "identifier"
                || (has("system") && has("value") && !has("code") && !has("unit"))
            {
                "Identifier"
            } else if has("reference") || (has("display") && !has("code") && !has("system")) {
                "Reference"
            } else if has("contentType") || (has("data") && has("url")) || key == "photo" {
                "Attachment"
            } else if key == "note" {
                "Annotation"
            } else if (has("start") || has("end"))
                && o.keys()
                    .all(|k| matches!(k.as_str(), "start" | "end" | "id" | "extension"))
            {
                "Period"
            } else {
                "object"
            }
        }
        Value::String(s) if is_fhir_date(s) => "date",
        Value::String(_) => "string",
        Value::Number(_) => "number",
        Value::Bool(_) => "boolean",
        Value::Null => "null",
        Value::Array(_) => "array",
    }
}

/// YYYY, YYYY-MM, YYYY-MM-DD, or a dateTime/instant.
fn is_fhir_date(s: &str) -> bool {
    let b = s.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let year = (0..4).all(digit);
    match b.len() {
        4 => year && s.parse::<u32>().is_ok_and(|y| (1000..=2999).contains(&y)),
        7 => year && b.get(4) == Some(&b'-') && digit(5) && digit(6),
        10 => year && b.get(4) == Some(&b'-') && b.get(7) == Some(&b'-') && digit(8) && digit(9),
        n if n > 10 => {
            year && b.get(4) == Some(&b'-') && b.get(7) == Some(&b'-') && b.get(10) == Some(&b'T')
        }
        _ => false,
    }
}

fn is_zip(s: &str) -> bool {
    let b = s.as_bytes();
    (b.len() == 5 && b.iter().all(u8::is_ascii_digit))
        || (b.len() == 10
            && b.get(5) == Some(&b'-')
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 5 || c.is_ascii_digit()))
}

/// Shifts a FHIR date/dateTime by `days`, keeping its precision and time part.
pub(crate) fn shift_fhir_date(s: &str, days: i64) -> Option<String> {
    let d = chrono::Duration::days(days);
    match s.len() {
        4 => {
            let y: i32 = s.parse().ok()?;
            let shifted = NaiveDate::from_ymd_opt(y, 7, 2)?.checked_add_signed(d)?;
            Some(format!("{:04}", shifted.year()))
        }
        7 => {
            let base = NaiveDate::parse_from_str(&format!("{s}-15"), "%Y-%m-%d").ok()?;
            let shifted = base.checked_add_signed(d)?;
            Some(format!("{:04}-{:02}", shifted.year(), shifted.month()))
        }
        _ => {
            let date = NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()?;
            let shifted = date.checked_add_signed(d)?;
            Some(format!(
                "{}{}",
                shifted.format("%Y-%m-%d"),
                s.get(10..).unwrap_or("")
            ))
        }
    }
}

fn pseudo_id(k: &DeidKey, typed_id: &str) -> String {
    // FHIR ids allow [A-Za-z0-9-.]{1,64}: hex fits.
    k.pseudonym(typed_id)
}

/// Rewrites `Type/id` (optionally with a base URL or `_history`) to
/// `Type/<pseudonym>` consistent with the target's pseudonymized id.
fn pseudo_reference(k: &DeidKey, r: &str) -> String {
    if r.starts_with('#') {
        return r.to_string();
    }
    if let Some(u) = r.strip_prefix("urn:uuid:") {
        return format!("urn:uuid:{}", k.pseudonym(&format!("urn:uuid:{u}")));
    }
    let core = r.split("/_history").next().unwrap_or(r);
    let parts: Vec<&str> = core.rsplitn(3, '/').collect();
    match parts.as_slice() {
        [id, rtype, ..] if rtype.chars().next().is_some_and(|c| c.is_ascii_uppercase()) => {
            format!("{rtype}/{}", pseudo_id(k, &format!("{rtype}/{id}")))
        }
        _ => k.pseudonym(r),
    }
}

/// The patient a resource belongs to (for consistent per-patient date shifts).
fn patient_scope(rtype: &str, obj: &Map<String, Value>) -> String {
    if rtype == "Patient" {
        if let Some(id) = obj.get("id").and_then(Value::as_str) {
            return format!("Patient/{id}");
        }
    }
    for k in ["subject", "patient", "beneficiary", "individual"] {
        if let Some(r) = obj
            .get(k)
            .and_then(|s| s.get("reference"))
            .and_then(Value::as_str)
        {
            let core = r.split("/_history").next().unwrap_or(r);
            let parts: Vec<&str> = core.rsplitn(3, '/').collect();
            if let [id, t, ..] = parts.as_slice() {
                return format!("{t}/{id}");
            }
            return r.to_string();
        }
    }
    match obj.get("id").and_then(Value::as_str) {
        Some(id) => format!("{rtype}/{id}"),
        None => String::new(),
    }
}

fn perturb(k: &DeidKey, scope: &str, x: f64, range: f64, relative: bool, decimals: u32) -> Value {
    let bound = if relative { (x * range).abs() } else { range };
    let r = k.mac_u64("perturb", format!("{scope}|{x}").as_bytes());
    let unit = (r >> 11) as f64 / (1u64 << 53) as f64; // [0,1)
    let noisy = x + (unit * 2.0 - 1.0) * bound;
    let f = 10f64.powi(i32::try_from(decimals.min(12)).unwrap_or(0));
    let rounded = (noisy * f).round() / f;
    if decimals == 0 {
        Value::from(rounded as i64)
    } else {
        serde_json::Number::from_f64(rounded).map_or(Value::Null, Value::Number)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn key() -> DeidKey {
        DeidKey::from_bytes(b"test-key-0123456789abcdef").unwrap()
    }

    fn patient() -> Value {
        json!({
            "resourceType": "Patient",
            "id": "123",
            "meta": {"source": "ehr-7"},
            "identifier": [{"system": "urn:mrn", "value": "MRN555"}],
            "name": [{"family": "Glover", "given": ["Jason"]}],
            "telecom": [{"system": "phone", "value": "555-123-4567"}],
            "gender": "male",
            "birthDate": "1930-04-28",
            "address": [{"line": ["615 Orozco Views"], "city": "Davidhaven", "state": "MA", "postalCode": "03601"}],
            "text": {"status": "generated", "div": "<div xmlns=\"http://www.w3.org/1999/xhtml\">Jason Glover, seen by Dr. Okonkwo</div>"},
            "unknownThing": "secret"
        })
    }

    fn sh() -> FhirDeidentifier {
        let mut p = DeidPolicy::preset("safe-harbor").unwrap();
        p.reference_date = Some("2025-01-01".into());
        FhirDeidentifier::new(p, None).unwrap()
    }

    #[test]
    fn safe_harbor_removes_direct_identifiers_and_fails_closed() {
        let (out, report) = sh().deidentify_resource(patient()).unwrap();
        let s = out.to_string();
        for secret in [
            "Glover",
            "Jason",
            "555-123",
            "MRN555",
            "Orozco",
            "Davidhaven",
            "Okonkwo",
            "secret",
            "ehr-7",
            "\"123\"",
        ] {
            assert!(!s.contains(secret), "{secret} survived: {s}");
        }
        assert_eq!(out["gender"], "male");
        // 036 is a restricted ZIP3.
        assert_eq!(out["address"][0]["postalCode"], "000");
        assert_eq!(out["address"][0]["state"], "MA");
        // Born 1930: over 89 at the reference date, birth date removed.
        assert!(out.get("birthDate").is_none());
        assert!(report.default_applied >= 1);
        assert!(!serde_json::to_string(&report).unwrap().contains("Glover"));
    }

    #[test]
    fn keyed_methods_without_key_are_an_error() {
        let p = DeidPolicy::preset("pseudonymized-research").unwrap();
        assert!(matches!(
            FhirDeidentifier::new(p, None),
            Err(DeidError::KeyMissing { .. })
        ));
    }

    #[test]
    fn references_follow_pseudonymized_ids() {
        let p = DeidPolicy::preset("pseudonymized-research").unwrap();
        let e = FhirDeidentifier::new(p, Some(key())).unwrap();
        let (pt, _) = e.deidentify_resource(patient()).unwrap();
        let obs = json!({"resourceType": "Observation", "id": "o1", "status": "final",
            "subject": {"reference": "Patient/123", "display": "Jason Glover"},
            "effectiveDateTime": "2020-04-28T10:00:00Z"});
        let (o, _) = e.deidentify_resource(obs).unwrap();
        let pid = pt["id"].as_str().unwrap();
        assert_eq!(o["subject"]["reference"], format!("Patient/{pid}"));
        assert!(o["subject"].get("display").is_none());
        assert_ne!(o["effectiveDateTime"], "2020-04-28T10:00:00Z");
        assert!(o["effectiveDateTime"]
            .as_str()
            .unwrap()
            .ends_with("T10:00:00Z"));
    }

    #[test]
    fn skip_mode_reports_and_omits_bad_resources() {
        let out = sh().deidentify_batch(vec![json!([1]), patient()], ErrorMode::Skip);
        assert_eq!(out.resources.len(), 1);
        assert_eq!(out.report.skipped[0].code, "DEID_NOT_A_RESOURCE");
        let out = sh().deidentify_batch(vec![json!({"x": 1}), patient()], ErrorMode::Stop);
        assert!(out.resources.is_empty());
        assert!(out.error.is_some());
    }

    #[test]
    fn partial_dates_shift_at_their_precision() {
        assert_eq!(shift_fhir_date("2020-04", 30).unwrap(), "2020-05");
        assert_eq!(shift_fhir_date("2020", -1).unwrap(), "2020");
        assert_eq!(
            shift_fhir_date("2020-04-28T10:00:00+02:00", 3).unwrap(),
            "2020-05-01T10:00:00+02:00"
        );
    }

    #[test]
    fn encryption_is_reversible_and_perturb_is_bounded() {
        let pol = DeidPolicy::from_json(
            br#"{"rules":[
            {"path":"Observation.valueQuantity.value","method":"perturb","range":5},
            {"path":"Observation.note.text","method":"encrypt"},
            {"path":"Observation.resourceType","method":"keep"},
            {"path":"Observation.valueQuantity","method":"keep"}]}"#,
        )
        .unwrap();
        let e = FhirDeidentifier::new(pol, Some(key())).unwrap();
        let obs = json!({"resourceType":"Observation","valueQuantity":{"value":100,"unit":"mg"},"note":[{"text":"hello"}]});
        let (o, _) = e.deidentify_resource(obs).unwrap();
        let v = o["valueQuantity"]["value"].as_i64().unwrap();
        assert!((95..=105).contains(&v));
        let t = o["note"][0]["text"].as_str().unwrap();
        assert_eq!(key().decrypt(t).unwrap(), "\"hello\"");
    }
}
