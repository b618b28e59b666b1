//! Evaluation: applicable consents, their provisions, the combination of
//! several consents, the sensitive-category rule, break-the-glass, and
//! filtering a Bundle down to what may be released.

use super::compile::{compile, ActorCond, CompiledConsent, Conditions, Effect, Rule};
use super::labels::{self, categories, CategorySet, CONFIDENTIALITY};
use super::policy::{BasePolicy, Combining, ConsentPolicy, Obligation};
use super::request::{CodingRef, ConsentRequest, PreparedRequest, RequestData};
use super::time::Match;
use super::ConsentError;
use serde::Serialize;
use serde_json::{Map, Value};
use std::borrow::Cow;
use std::collections::BTreeSet;
use std::sync::Arc;

/// Permit or deny.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Decision {
    /// The action may go ahead (with any obligations).
    Permit,
    /// The action must not go ahead.
    Deny,
}

/// One reason behind a decision.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Reason {
    /// The consent's id, or `null` for a reason from the policy.
    pub consent: Option<String>,
    /// The provision path inside the consent (`provision[0].provision[1]`), if any.
    pub provision: Option<String>,
    /// Why, in words.
    pub why: Cow<'static, str>,
}

/// The answer to a consent question:
/// `{"decision":"permit"|"deny","obligations":[...],"reasons":[{"consent","provision","why"}]}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ConsentDecision {
    /// Permit or deny.
    pub decision: Decision,
    /// What must be done when acting on a permit.
    pub obligations: Vec<Obligation>,
    /// Why: decisive provisions, policy rules, and consents that did not apply.
    pub reasons: Vec<Reason>,
}

impl ConsentDecision {
    /// Whether the decision is a permit.
    pub fn permitted(&self) -> bool {
        self.decision == Decision::Permit
    }
}

/// A resource held back by [`ConsentEngine::filter_bundle`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct WithheldResource {
    /// Its resourceType.
    pub resource_type: String,
    /// Its id, when it has one.
    pub id: Option<String>,
    /// Why it was held back.
    pub reasons: Vec<Reason>,
}

/// What [`ConsentEngine::filter_bundle`] returns.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FilterResult {
    /// The Bundle holding only what may be released; references to withheld
    /// resources are masked (FHIR data-absent-reason `masked`).
    pub bundle: Value,
    /// How many entries were released.
    pub released: usize,
    /// What was held back and why (for the releasing staff, not the recipient).
    pub withheld: Vec<WithheldResource>,
    /// Obligations of all the permits, without repeats.
    pub obligations: Vec<Obligation>,
}

/// Consents and a policy compiled once for fast repeated decisions.
#[derive(Clone, Debug)]
pub struct ConsentEngine {
    consents: Vec<CompiledConsent>,
    policy: ConsentPolicy,
    sensitive: CategorySet,
    sud: CategorySet,
}

/// Roles whose actor describes the data (its custodian or author), not the requester.
const DATA_SIDE_ROLES: &[&str] = &["CST", "AUT", "INF", "ENT", "SRC"];
const RESOURCE_TYPES: &str = "http://hl7.org/fhir/resource-types";
const DATA_ABSENT_REASON: &str = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";

fn any_of(items: impl Iterator<Item = Match>) -> Match {
    let mut out = Match::No;
    for m in items {
        match m {
            Match::Yes => return Match::Yes,
            Match::Unknown => out = Match::Unknown,
            Match::No => {}
        }
    }
    out
}

fn yes_if(b: bool) -> Match {
    if b {
        Match::Yes
    } else {
        Match::No
    }
}

fn same_code(a: &CodingRef, b: &CodingRef) -> bool {
    match (a.system.as_deref(), b.system.as_deref()) {
        (Some(x), Some(y)) if x != y => return false,
        _ => {}
    }
    if a.system.as_deref() == Some(labels::ICD10CM) || b.system.as_deref() == Some(labels::ICD10CM)
    {
        let strip = |s: &str| {
            s.bytes()
                .filter(|c| *c != b'.')
                .map(|c| c.to_ascii_uppercase())
                .collect::<Vec<_>>()
        };
        strip(&a.code) == strip(&b.code)
    } else {
        a.code == b.code
    }
}

fn match_actor(a: &ActorCond, r: &PreparedRequest) -> Match {
    let data_side = a
        .roles
        .iter()
        .any(|role| DATA_SIDE_ROLES.contains(&role.as_str()));
    let data = &r.req.data;
    if data_side {
        let Some(reference) = &a.reference else {
            return Match::Unknown;
        };
        let is_custodian = a.roles.iter().any(|role| role == "CST");
        return if is_custodian {
            data.custodian
                .as_ref()
                .map_or(Match::Unknown, |c| yes_if(c == reference))
        } else {
            data.authors.as_ref().map_or(Match::Unknown, |au| {
                yes_if(au.iter().any(|x| x == reference))
            })
        };
    }
    let actor = &r.req.actor;
    match &a.reference {
        Some(reference) => {
            if actor.reference.as_ref() == Some(reference)
                || actor.organization.as_ref() == Some(reference)
            {
                Match::Yes
            } else if actor.reference.is_none() && actor.organization.is_none() {
                Match::Unknown
            } else {
                Match::No
            }
        }
        None if actor.roles.is_empty() => Match::Unknown,
        None => yes_if(a.roles.iter().any(|role| actor.roles.contains(role))),
    }
}

fn match_label(l: &super::compile::LabelCond, r: &PreparedRequest) -> Match {
    if l.category != 0 {
        return r
            .categories
            .map_or(Match::Unknown, |set| yes_if(set & l.category != 0));
    }
    let explicit = r.req.data.security_labels.as_deref();
    let want = CodingRef {
        system: l.system.clone(),
        code: l.code.clone(),
    };
    if explicit.is_some_and(|ls| ls.iter().any(|x| same_code(x, &want))) {
        return Match::Yes;
    }
    // Confidentiality the data does not state is derived: R for sensitive
    // categories, N otherwise.
    let is_conf = l.system.as_deref().is_none_or(|s| s == CONFIDENTIALITY);
    let states_conf = explicit.is_some_and(|ls| {
        ls.iter()
            .any(|x| x.system.as_deref() == Some(CONFIDENTIALITY))
    });
    if is_conf && !states_conf {
        if let Some(set) = r.categories {
            let derived = if set != 0 { "R" } else { "N" };
            return yes_if(l.code == derived);
        }
        return Match::Unknown;
    }
    if explicit.is_none() {
        Match::Unknown
    } else {
        Match::No
    }
}

fn match_class(c: &CodingRef, data: &RequestData) -> Match {
    let is_type = c.system.as_deref().is_none_or(|s| s == RESOURCE_TYPES);
    if is_type {
        if let Some(types) = &data.resource_types {
            if types.contains(&c.code) {
                return Match::Yes;
            }
        }
    }
    if let Some(classes) = &data.classes {
        if classes.iter().any(|x| same_code(x, c)) {
            return Match::Yes;
        }
    }
    if data.resource_types.is_none() || data.classes.is_none() {
        Match::Unknown
    } else {
        Match::No
    }
}

fn match_conditions(c: &Conditions, r: &PreparedRequest) -> Match {
    let data = &r.req.data;
    let mut m = if c.opaque { Match::Unknown } else { Match::Yes };
    if let Some(p) = &c.period {
        m = m.and(p.contains(r.time));
    }
    if !c.actions.is_empty() {
        m = m.and(yes_if(c.actions.contains(&r.req.action)));
    }
    if !c.purposes.is_empty() {
        m = m.and(yes_if(c.purposes.iter().any(|p| r.purpose_is(p))));
    }
    if m == Match::No {
        return m;
    }
    if !c.actors.is_empty() {
        m = m.and(any_of(c.actors.iter().map(|a| match_actor(a, r))));
    }
    if !c.labels.is_empty() {
        m = m.and(any_of(c.labels.iter().map(|l| match_label(l, r))));
    }
    if !c.classes.is_empty() {
        m = m.and(any_of(c.classes.iter().map(|x| match_class(x, data))));
    }
    if !c.codes.is_empty() {
        m = m.and(match &data.codes {
            None => Match::Unknown,
            Some(codes) => yes_if(
                c.codes
                    .iter()
                    .any(|want| codes.iter().any(|x| same_code(x, want))),
            ),
        });
    }
    if let Some(p) = &c.data_period {
        m = m.and(r.data_date.map_or(Match::Unknown, |d| p.contains(d)));
    }
    if !c.data_refs.is_empty() {
        m = m.and(match &data.references {
            None => Match::Unknown,
            Some(refs) => yes_if(c.data_refs.iter().any(|x| refs.contains(x))),
        });
    }
    m
}

/// Whether a provision with this effect applies given how it matched:
/// an unknown match applies a deny and never a permit (fail closed).
fn applies(m: Match, effect: Effect) -> bool {
    m == Match::Yes || (m == Match::Unknown && effect == Effect::Deny)
}

#[derive(Clone, Debug)]
struct Outcome {
    effect: Effect,
    path: Arc<str>,
    /// Sensitivity categories named by the labels along the decisive path.
    named: CategorySet,
    assumed: bool,
}

fn label_bits(c: &Conditions) -> CategorySet {
    c.labels.iter().fold(0, |acc, l| acc | l.category)
}

fn eval_rule(rule: &Rule, r: &PreparedRequest, named: CategorySet, assumed: bool) -> Outcome {
    let named = named | label_bits(&rule.conds);
    let mut best: Option<Outcome> = None;
    for child in &rule.children {
        let m = match_conditions(&child.conds, r);
        if !applies(m, child.effect) {
            continue;
        }
        let o = eval_rule(child, r, named, assumed || m == Match::Unknown);
        // Sibling exceptions: deny overrides; matching permits pool the
        // categories they name (any of them is explicit consent).
        best = match best {
            Some(mut b) if b.effect == Effect::Permit && o.effect == Effect::Permit => {
                b.named |= o.named;
                Some(b)
            }
            Some(b) if b.effect == Effect::Deny => Some(b),
            Some(_) | None => Some(o),
        };
    }
    best.unwrap_or(Outcome {
        effect: rule.effect,
        path: rule.path.clone(),
        named,
        assumed,
    })
}

enum ConsentOutcome {
    NotApplied(String),
    Applied(Outcome),
}

fn eval_consent(c: &CompiledConsent, r: &PreparedRequest) -> ConsentOutcome {
    if c.status != "active" {
        return ConsentOutcome::NotApplied(format!(
            "not applied: status is {:?}, only active consents apply",
            c.status
        ));
    }
    let mut assumed = false;
    if let Some(p) = &c.period {
        match p.contains(r.time) {
            Match::No => {
                return ConsentOutcome::NotApplied(
                    "not applied: the request time is outside the consent's period".into(),
                )
            }
            Match::Unknown if c.root.effect == Effect::Permit => return ConsentOutcome::NotApplied(
                "not applied: cannot tell whether the request time is inside the consent's period"
                    .into(),
            ),
            Match::Unknown => assumed = true,
            Match::Yes => {}
        }
    }
    if let (Some(cp), Some(rp)) = (&c.patient, &r.req.data.patient) {
        if cp != rp {
            return ConsentOutcome::NotApplied(format!(
                "not applied: the consent is about {cp}, the data about {rp}"
            ));
        }
    }
    let m = match_conditions(&c.root.conds, r);
    match m {
        Match::No => {
            return ConsentOutcome::NotApplied(
                "not applied: the consent's root provision does not cover this request".into(),
            )
        }
        Match::Unknown if c.root.effect == Effect::Permit => return ConsentOutcome::NotApplied(
            "not applied: the request does not say enough to show the consent's permit covers it"
                .into(),
        ),
        Match::Unknown => assumed = true,
        Match::Yes => {}
    }
    ConsentOutcome::Applied(eval_rule(&c.root, r, 0, assumed))
}

impl ConsentEngine {
    /// Compiles consents (FHIR R4 or R5 Consent JSON values) under a policy.
    pub fn compile(
        consents: &[Value],
        policy: ConsentPolicy,
    ) -> Result<ConsentEngine, ConsentError> {
        policy.check()?;
        let compiled = consents
            .iter()
            .map(compile)
            .collect::<Result<Vec<_>, _>>()?;
        let sensitive = policy
            .sensitive_categories
            .iter()
            .filter_map(|c| labels::category_of_label(c))
            .fold(0, |a, b| a | b);
        Ok(ConsentEngine {
            consents: compiled,
            sensitive,
            sud: labels::category_of_label("SUD").unwrap_or(0),
            policy,
        })
    }

    /// Compiles consents given as JSON texts.
    pub fn from_json(
        consents: &[&str],
        policy: ConsentPolicy,
    ) -> Result<ConsentEngine, ConsentError> {
        let values = consents
            .iter()
            .map(|s| {
                serde_json::from_str::<Value>(s)
                    .map_err(|e| ConsentError::InvalidJson(e.to_string()))
            })
            .collect::<Result<Vec<_>, _>>()?;
        ConsentEngine::compile(&values, policy)
    }

    /// How many consents the engine holds.
    pub fn len(&self) -> usize {
        self.consents.len()
    }

    /// Whether the engine holds no consent (every decision then follows the base policy).
    pub fn is_empty(&self) -> bool {
        self.consents.is_empty()
    }

    /// Decides one request.
    pub fn decide(&self, request: &ConsentRequest) -> Result<ConsentDecision, ConsentError> {
        Ok(self.decide_prepared(&request.prepare()?))
    }

    /// Decides many requests; each gets its own result.
    pub fn decide_many(
        &self,
        requests: &[ConsentRequest],
    ) -> Vec<Result<ConsentDecision, ConsentError>> {
        requests.iter().map(|r| self.decide(r)).collect()
    }

    /// Decides a request prepared with [`ConsentRequest::prepare`].
    pub fn decide_prepared(&self, r: &PreparedRequest) -> ConsentDecision {
        let mut reasons = Vec::new();
        let mut applied: Vec<(&CompiledConsent, Outcome)> = Vec::new();
        for c in &self.consents {
            match eval_consent(c, r) {
                ConsentOutcome::NotApplied(why) => reasons.push(Reason {
                    consent: Some(c.id.to_string()),
                    provision: None,
                    why: why.into(),
                }),
                ConsentOutcome::Applied(o) => applied.push((c, o)),
            }
        }
        let (mut decision, named) = if let Some((effect, date)) = self.decisive(&applied) {
            let mut named = 0;
            let decisive = applied.iter().filter(|(c, o)| {
                o.effect == effect && date.is_none_or(|d| c.date.unwrap_or(i64::MIN) == d)
            });
            for (c, o) in decisive {
                named |= o.named;
                let base = Arc::ptr_eq(&o.path, &c.root.path);
                let mut why: Cow<'static, str> = match (o.effect, base) {
                    (Effect::Permit, true) => {
                        "permit: the consent's base decision; no provision (exception) matches the request".into()
                    }
                    (Effect::Deny, true) => {
                        "deny: the consent's base decision; no provision (exception) matches the request".into()
                    }
                    (Effect::Permit, false) => "permit: provision matches the request".into(),
                    (Effect::Deny, false) => "deny: provision matches the request".into(),
                };
                if o.assumed {
                    why.to_mut()
                        .push_str(" (some conditions could not be checked and were assumed to hold, failing closed)");
                }
                if c.no_decision {
                    why.to_mut()
                        .push_str("; the consent states no decision and is read as deny");
                }
                reasons.push(Reason {
                    consent: Some(c.id.to_string()),
                    provision: Some(o.path.to_string()),
                    why,
                });
            }
            let d = match effect {
                Effect::Permit => Decision::Permit,
                Effect::Deny => Decision::Deny,
            };
            (d, named)
        } else {
            match self.policy.base_for(r.req.jurisdiction.as_deref()) {
                Some(BasePolicy::OptOut) => {
                    reasons.push(policy_reason(
                        "permit: no consent applies and the base policy is opt-out",
                    ));
                    (Decision::Permit, 0)
                }
                Some(BasePolicy::OptIn) => {
                    reasons.push(policy_reason(
                        "deny: no consent applies and the base policy is opt-in",
                    ));
                    (Decision::Deny, 0)
                }
                None => {
                    reasons.push(policy_reason(
                        "deny: no consent applies and no base policy is set (default deny)",
                    ));
                    (Decision::Deny, 0)
                }
            }
        };
        let mut obligations = Vec::new();
        if decision == Decision::Permit {
            decision = self.sensitive_rule(r, named, &mut reasons);
        }
        let btg = self
            .policy
            .break_glass
            .purposes
            .iter()
            .any(|p| r.purpose_is(p));
        if btg && decision == Decision::Deny && self.policy.break_glass.overrides_deny {
            decision = Decision::Permit;
            reasons.push(policy_reason(
                "permit: break-the-glass access overrides the deny, under obligations",
            ));
        }
        if decision == Decision::Permit {
            if btg {
                obligations.extend(self.policy.break_glass.obligations.iter().cloned());
            }
            if r.categories.is_none_or(|set| set & self.sud != 0) && self.sensitive & self.sud != 0
            {
                obligations.push(Obligation {
                    code: "NORDSCLCD".into(),
                    system: Some(labels::ACT_CODE.into()),
                    why: "42 CFR 2.32: substance use disorder records disclosed with consent carry the notice prohibiting redisclosure".into(),
                });
            }
        }
        ConsentDecision {
            decision,
            obligations,
            reasons,
        }
    }

    /// Which applied outcomes decide, per the combining rule: their effect and,
    /// for most-recent, the date they carry. `None` when no consent applied.
    fn decisive(&self, applied: &[(&CompiledConsent, Outcome)]) -> Option<(Effect, Option<i64>)> {
        let has = |e: Effect, date: Option<i64>| {
            applied
                .iter()
                .any(|(c, o)| o.effect == e && date.is_none_or(|d| c.date.unwrap_or(i64::MIN) == d))
        };
        match self.policy.combining {
            Combining::DenyOverrides => [Effect::Deny, Effect::Permit]
                .into_iter()
                .find(|e| has(*e, None))
                .map(|e| (e, None)),
            Combining::PermitOverrides => [Effect::Permit, Effect::Deny]
                .into_iter()
                .find(|e| has(*e, None))
                .map(|e| (e, None)),
            Combining::MostRecent => {
                let latest = applied
                    .iter()
                    .map(|(c, _)| c.date.unwrap_or(i64::MIN))
                    .max()?;
                [Effect::Deny, Effect::Permit]
                    .into_iter()
                    .find(|e| has(*e, Some(latest)))
                    .map(|e| (e, Some(latest)))
            }
        }
    }

    /// Sensitive categories need a permit that names them, or a stated exception.
    fn sensitive_rule(
        &self,
        r: &PreparedRequest,
        named: CategorySet,
        reasons: &mut Vec<Reason>,
    ) -> Decision {
        let present = match r.categories {
            Some(set) => set & self.sensitive,
            None => self.sensitive,
        };
        let mut decision = Decision::Permit;
        for (bit, cat) in categories().iter().enumerate() {
            let b = 1u32 << bit;
            if present & b == 0 || named & b != 0 {
                continue;
            }
            let exception = self.policy.exceptions.iter().find(|e| {
                labels::category_of_label(&e.category) == Some(b)
                    && e.purposes.iter().any(|p| r.purpose_is(p))
            });
            match exception {
                Some(e) => reasons.push(policy_reason(format!(
                    "permit: {} data without explicit consent under a stated exception: {}",
                    cat.label, e.basis
                ))),
                None => {
                    decision = Decision::Deny;
                    let what = if r.categories.is_none() {
                        format!(
                            "deny: the request gives neither codes nor security labels, so {} data ({}) cannot be ruled out and needs explicit consent",
                            cat.label, cat.display
                        )
                    } else {
                        format!(
                            "deny: {} data ({}) needs explicit consent naming it; basis: {}",
                            cat.label, cat.display, cat.basis
                        )
                    };
                    reasons.push(policy_reason(what));
                }
            }
        }
        decision
    }

    /// Filters a FHIR Bundle to what `request` may receive: each entry's
    /// resource is checked with the request's actor, purpose, action and time,
    /// and the resource's own type, codes, security labels, date and reference.
    pub fn filter_bundle(
        &self,
        bundle: &Value,
        request: &ConsentRequest,
    ) -> Result<FilterResult, ConsentError> {
        let obj = bundle.as_object().ok_or(ConsentError::NotABundle)?;
        if obj.get("resourceType").and_then(Value::as_str) != Some("Bundle") {
            return Err(ConsentError::NotABundle);
        }
        request.prepare()?;
        let entries = match obj.get("entry") {
            None => &[][..],
            Some(Value::Array(a)) => a.as_slice(),
            Some(_) => {
                return Err(ConsentError::InvalidRequest(
                    "Bundle.entry is not an array".into(),
                ))
            }
        };
        let mut kept = Vec::with_capacity(entries.len());
        let mut withheld = Vec::new();
        let mut withheld_refs = BTreeSet::new();
        let mut obligations: Vec<Obligation> = Vec::new();
        for entry in entries {
            let Some(resource) = entry.get("resource").and_then(Value::as_object) else {
                // An entry without a resource object (absent, not an object,
                // a misspelt key) cannot be checked: withhold it rather than
                // release whatever it holds unchecked (found by fuzzing).
                if let Some(u) = entry.get("fullUrl").and_then(Value::as_str) {
                    withheld_refs.insert(u.to_string());
                }
                withheld.push(WithheldResource {
                    resource_type: String::new(),
                    id: None,
                    reasons: vec![policy_reason(
                        "deny: the entry has no resource object to check (fail closed)",
                    )],
                });
                continue;
            };
            let rt = resource
                .get("resourceType")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string();
            let id = resource
                .get("id")
                .and_then(Value::as_str)
                .map(str::to_string);
            let (per, complete) = resource_request(request, resource, &rt, id.as_deref());
            let mut d = self.decide(&per)?;
            if !complete {
                // Codes nested past the limit were not inspected: withhold.
                d.decision = Decision::Deny;
                d.obligations.clear();
                d.reasons.push(policy_reason(format!(
                    "deny: the resource nests deeper than {MAX_CODING_DEPTH} levels, \
                     so its codes could not all be checked (fail closed)"
                )));
            }
            if d.permitted() {
                for o in d.obligations {
                    if !obligations.iter().any(|x| x.code == o.code) {
                        obligations.push(o);
                    }
                }
                kept.push(entry.clone());
            } else {
                if let Some(id) = &id {
                    withheld_refs.insert(format!("{rt}/{id}"));
                }
                if let Some(u) = entry.get("fullUrl").and_then(Value::as_str) {
                    withheld_refs.insert(u.to_string());
                }
                withheld.push(WithheldResource {
                    resource_type: rt,
                    id,
                    reasons: d.reasons,
                });
            }
        }
        if !withheld_refs.is_empty() {
            for e in &mut kept {
                mask_references(e, &withheld_refs);
            }
        }
        let released = kept.len();
        let mut out = obj.clone();
        out.insert("entry".into(), Value::Array(kept));
        if out.contains_key("total") {
            out.insert("total".into(), Value::from(released));
        }
        Ok(FilterResult {
            bundle: Value::Object(out),
            released,
            withheld,
            obligations,
        })
    }
}

fn policy_reason(why: impl Into<Cow<'static, str>>) -> Reason {
    Reason {
        consent: None,
        provision: None,
        why: why.into(),
    }
}

/// How deep [`collect_codings`] looks into a resource for codes.
const MAX_CODING_DEPTH: usize = 64;

/// Every Coding-shaped object (`system` and `code` strings) in a resource.
/// Returns false when the resource nests deeper than [`MAX_CODING_DEPTH`]:
/// some codes were then not seen, and the caller must fail closed (a
/// sensitive code hidden deep must not slip past the category checks).
fn collect_codings(v: &Value, out: &mut Vec<CodingRef>, depth: usize) -> bool {
    if depth > MAX_CODING_DEPTH {
        return false;
    }
    match v {
        Value::Object(o) => {
            if let (Some(Value::String(system)), Some(Value::String(code))) =
                (o.get("system"), o.get("code"))
            {
                out.push(CodingRef {
                    system: Some(system.clone()),
                    code: code.clone(),
                });
            }
            // Incomplete means withheld: no need to look further then.
            o.iter()
                .filter(|(k, _)| *k != "meta")
                .all(|(_, child)| collect_codings(child, out, depth + 1))
        }
        Value::Array(a) => a.iter().all(|x| collect_codings(x, out, depth + 1)),
        _ => true,
    }
}

const DATE_ELEMENTS: &[&str] = &[
    "effectiveDateTime",
    "effectiveInstant",
    "onsetDateTime",
    "recordedDate",
    "authoredOn",
    "performedDateTime",
    "issued",
    "date",
    "occurrenceDateTime",
];

fn resource_request(
    base: &ConsentRequest,
    resource: &Map<String, Value>,
    rt: &str,
    id: Option<&str>,
) -> (ConsentRequest, bool) {
    let mut codes = Vec::new();
    let complete = collect_codings(&Value::Object(resource.clone()), &mut codes, 0);
    let security_labels = resource
        .get("meta")
        .and_then(|m| m.get("security"))
        .and_then(Value::as_array)
        .map(|ls| {
            ls.iter()
                .filter_map(|l| {
                    Some(CodingRef {
                        system: l.get("system").and_then(Value::as_str).map(str::to_string),
                        code: l.get("code")?.as_str()?.to_string(),
                    })
                })
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    let date = DATE_ELEMENTS
        .iter()
        .find_map(|k| resource.get(*k).and_then(Value::as_str))
        .or_else(|| {
            ["effectivePeriod", "performedPeriod", "period"]
                .iter()
                .find_map(|k| resource.get(*k)?.get("start")?.as_str())
        })
        .filter(|d| super::time::parse_instant(d).is_some())
        .map(str::to_string);
    let patient = base.data.patient.clone().or_else(|| {
        ["subject", "patient"].iter().find_map(|k| {
            resource
                .get(*k)?
                .get("reference")?
                .as_str()
                .map(str::to_string)
        })
    });
    let mut req = base.clone();
    req.data = RequestData {
        patient,
        resource_types: Some(vec![rt.to_string()]),
        classes: base.data.classes.clone(),
        codes: Some(codes),
        security_labels: Some(security_labels),
        date,
        references: Some(id.map(|i| vec![format!("{rt}/{i}")]).unwrap_or_default()),
        custodian: base.data.custodian.clone(),
        authors: base.data.authors.clone(),
    };
    (req, complete)
}

fn mask_references(v: &mut Value, withheld: &BTreeSet<String>) {
    match v {
        Value::Object(o) => {
            let hit = o
                .get("reference")
                .and_then(Value::as_str)
                .is_some_and(|r| withheld.contains(r));
            if hit {
                let mut masked = Map::new();
                masked.insert(
                    "extension".into(),
                    serde_json::json!([{"url": DATA_ABSENT_REASON, "valueCode": "masked"}]),
                );
                *o = masked;
                return;
            }
            for child in o.values_mut() {
                mask_references(child, withheld);
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|x| mask_references(x, withheld)),
        _ => {}
    }
}
