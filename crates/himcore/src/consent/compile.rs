//! Compiling FHIR Consent resources (R4 and R5 shapes) into one rule tree.
//!
//! FHIR R5 (Consent.decision, 5.0.0 §Consent): the consent's `decision` is
//! the base; each top-level `provision` is an exception to it (the opposite
//! decision), and each nested provision is an exception to its parent.
//!
//! FHIR R4 (4.0.1): the base comes from `policyRule` (v3 `OPTIN`/`OPTINR`
//! permit, `OPTOUT`/`OPTOUTE` deny) and the root `provision` is "an exception
//! to the base policy": the opposite of the base unless it states a `type`.
//! Nested provisions state their own `type` (R4 requires it; without one a
//! nested provision is an exception to its parent, as in R5).
//!
//! A consent that states no decision at all compiles to deny (fail closed),
//! and says so in its reasons.

use super::labels::{category_of_label, CategorySet};
use super::request::CodingRef;
use super::time::{parse_instant, Period};
use super::ConsentError;
use serde_json::{Map, Value};
use std::sync::Arc;

/// Most nested provision levels accepted.
pub const MAX_DEPTH: usize = 32;
/// Most provisions accepted in one consent.
pub const MAX_PROVISIONS: usize = 10_000;

/// Permit or deny.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Effect {
    Permit,
    Deny,
}

impl Effect {
    fn flip(self) -> Effect {
        match self {
            Effect::Permit => Effect::Deny,
            Effect::Deny => Effect::Permit,
        }
    }
}

#[derive(Clone, Debug)]
pub(crate) struct ActorCond {
    pub roles: Vec<String>,
    pub reference: Option<String>,
}

#[derive(Clone, Debug)]
pub(crate) struct LabelCond {
    pub system: Option<String>,
    pub code: String,
    /// Sensitivity category bit when the label names one (0 otherwise).
    pub category: CategorySet,
}

#[derive(Clone, Debug, Default)]
pub(crate) struct Conditions {
    pub period: Option<Period>,
    pub actors: Vec<ActorCond>,
    pub actions: Vec<String>,
    pub labels: Vec<LabelCond>,
    pub purposes: Vec<String>,
    pub classes: Vec<CodingRef>,
    pub codes: Vec<CodingRef>,
    pub data_period: Option<Period>,
    pub data_refs: Vec<String>,
    /// An R5 FHIRPath `expression` we cannot evaluate: never known to match.
    pub opaque: bool,
}

#[derive(Clone, Debug)]
pub(crate) struct Rule {
    pub effect: Effect,
    pub path: Arc<str>,
    pub conds: Conditions,
    pub children: Vec<Rule>,
}

/// A consent compiled for repeated evaluation.
#[derive(Clone, Debug)]
pub(crate) struct CompiledConsent {
    pub id: Arc<str>,
    pub status: String,
    pub period: Option<Period>,
    pub patient: Option<String>,
    pub date: Option<i64>,
    pub root: Rule,
    pub no_decision: bool,
}

struct Ctx<'a> {
    id: &'a str,
    count: usize,
}

impl Ctx<'_> {
    fn err(&self, path: &str, message: impl Into<String>) -> ConsentError {
        ConsentError::InvalidConsent {
            id: self.id.to_string(),
            path: path.to_string(),
            message: message.into(),
        }
    }
}

fn get_str<'v>(
    ctx: &Ctx,
    obj: &'v Map<String, Value>,
    key: &str,
    path: &str,
) -> Result<Option<&'v str>, ConsentError> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(ctx.err(&format!("{path}.{key}"), "expected a string")),
    }
}

fn get_array<'v>(
    ctx: &Ctx,
    obj: &'v Map<String, Value>,
    key: &str,
    path: &str,
) -> Result<&'v [Value], ConsentError> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(&[]),
        Some(Value::Array(a)) => Ok(a),
        Some(_) => Err(ctx.err(&format!("{path}.{key}"), "expected an array")),
    }
}

fn as_obj<'v>(ctx: &Ctx, v: &'v Value, path: &str) -> Result<&'v Map<String, Value>, ConsentError> {
    v.as_object()
        .ok_or_else(|| ctx.err(path, "expected an object"))
}

fn coding(ctx: &Ctx, v: &Value, path: &str) -> Result<CodingRef, ConsentError> {
    let o = as_obj(ctx, v, path)?;
    let code =
        get_str(ctx, o, "code", path)?.ok_or_else(|| ctx.err(path, "Coding without a code"))?;
    Ok(CodingRef {
        system: get_str(ctx, o, "system", path)?.map(str::to_string),
        code: code.to_string(),
    })
}

fn codings(
    ctx: &Ctx,
    obj: &Map<String, Value>,
    key: &str,
    path: &str,
) -> Result<Vec<CodingRef>, ConsentError> {
    get_array(ctx, obj, key, path)?
        .iter()
        .enumerate()
        .map(|(i, v)| coding(ctx, v, &format!("{path}.{key}[{i}]")))
        .collect()
}

fn concept_codings(ctx: &Ctx, v: &Value, path: &str) -> Result<Vec<CodingRef>, ConsentError> {
    let o = as_obj(ctx, v, path)?;
    codings(ctx, o, "coding", path)
}

fn concepts(
    ctx: &Ctx,
    obj: &Map<String, Value>,
    key: &str,
    path: &str,
) -> Result<Vec<CodingRef>, ConsentError> {
    let mut out = Vec::new();
    for (i, v) in get_array(ctx, obj, key, path)?.iter().enumerate() {
        out.extend(concept_codings(ctx, v, &format!("{path}.{key}[{i}]"))?);
    }
    Ok(out)
}

fn reference(ctx: &Ctx, v: &Value, path: &str) -> Result<Option<String>, ConsentError> {
    let o = as_obj(ctx, v, path)?;
    Ok(get_str(ctx, o, "reference", path)?.map(str::to_string))
}

fn period(
    ctx: &Ctx,
    obj: &Map<String, Value>,
    key: &str,
    path: &str,
) -> Result<Option<Period>, ConsentError> {
    let Some(v) = obj.get(key) else {
        return Ok(None);
    };
    let p = format!("{path}.{key}");
    let o = as_obj(ctx, v, &p)?;
    let mut out = Period::default();
    for (end, slot) in [("start", &mut out.start), ("end", &mut out.end)] {
        if let Some(s) = get_str(ctx, o, end, &p)? {
            *slot = Some(parse_instant(s).ok_or_else(|| {
                ctx.err(
                    &format!("{p}.{end}"),
                    format!("not a FHIR date or dateTime: {s:?}"),
                )
            })?);
        }
    }
    Ok(Some(out))
}

const R4_KEYS: &[&str] = &[
    "type",
    "period",
    "actor",
    "action",
    "securityLabel",
    "purpose",
    "class",
    "code",
    "dataPeriod",
    "data",
    "provision",
];
const R5_KEYS: &[&str] = &[
    "period",
    "actor",
    "action",
    "securityLabel",
    "purpose",
    "documentType",
    "resourceType",
    "code",
    "dataPeriod",
    "data",
    "expression",
    "provision",
];
const IGNORABLE: &[&str] = &["id", "extension"];

fn conditions(
    ctx: &Ctx,
    o: &Map<String, Value>,
    path: &str,
    r5: bool,
) -> Result<Conditions, ConsentError> {
    let allowed = if r5 { R5_KEYS } else { R4_KEYS };
    for k in o.keys() {
        if !allowed.contains(&k.as_str()) && !IGNORABLE.contains(&k.as_str()) {
            // modifierExtension and unknown elements could change the meaning:
            // refuse rather than evaluate something we do not understand.
            return Err(ctx.err(
                &format!("{path}.{k}"),
                "element not understood in a consent provision",
            ));
        }
    }
    let mut c = Conditions {
        period: period(ctx, o, "period", path)?,
        data_period: period(ctx, o, "dataPeriod", path)?,
        ..Conditions::default()
    };
    for (i, a) in get_array(ctx, o, "actor", path)?.iter().enumerate() {
        let p = format!("{path}.actor[{i}]");
        let ao = as_obj(ctx, a, &p)?;
        let roles = match ao.get("role") {
            Some(r) => concept_codings(ctx, r, &format!("{p}.role"))?
                .into_iter()
                .map(|c| c.code)
                .collect(),
            None => Vec::new(),
        };
        let reference = match ao.get("reference") {
            Some(r) => reference(ctx, r, &format!("{p}.reference"))?,
            None => None,
        };
        if roles.is_empty() && reference.is_none() {
            return Err(ctx.err(&p, "actor with neither role nor reference"));
        }
        c.actors.push(ActorCond { roles, reference });
    }
    c.actions = concepts(ctx, o, "action", path)?
        .into_iter()
        .map(|c| c.code)
        .collect();
    c.labels = codings(ctx, o, "securityLabel", path)?
        .into_iter()
        .map(|l| LabelCond {
            category: category_of_label(&l.code).unwrap_or(0),
            system: l.system,
            code: l.code,
        })
        .collect();
    c.purposes = codings(ctx, o, "purpose", path)?
        .into_iter()
        .map(|c| c.code)
        .collect();
    c.classes = codings(ctx, o, "class", path)?;
    c.classes.extend(codings(ctx, o, "documentType", path)?);
    c.classes.extend(codings(ctx, o, "resourceType", path)?);
    c.codes = concepts(ctx, o, "code", path)?;
    for (i, d) in get_array(ctx, o, "data", path)?.iter().enumerate() {
        let p = format!("{path}.data[{i}]");
        let dobj = as_obj(ctx, d, &p)?;
        let r = dobj
            .get("reference")
            .map(|r| reference(ctx, r, &format!("{p}.reference")))
            .transpose()?
            .flatten()
            .ok_or_else(|| ctx.err(&p, "data without a reference"))?;
        c.data_refs.push(r);
    }
    c.opaque = o.contains_key("expression");
    Ok(c)
}

fn rule(
    ctx: &mut Ctx,
    v: &Value,
    path: String,
    effect: Effect,
    depth: usize,
    r5: bool,
) -> Result<Rule, ConsentError> {
    if depth > MAX_DEPTH {
        return Err(ConsentError::LimitExceeded(format!(
            "provisions nested deeper than {MAX_DEPTH}"
        )));
    }
    ctx.count += 1;
    if ctx.count > MAX_PROVISIONS {
        return Err(ConsentError::LimitExceeded(format!(
            "more than {MAX_PROVISIONS} provisions"
        )));
    }
    let o = as_obj(ctx, v, &path)?;
    let conds = conditions(ctx, o, &path, r5)?;
    let mut children = Vec::new();
    for (i, child) in get_array(ctx, o, "provision", &path)?.iter().enumerate() {
        let cp = format!("{path}.provision[{i}]");
        let child_effect = if r5 {
            effect.flip()
        } else {
            let co = as_obj(ctx, child, &cp)?;
            match get_str(ctx, co, "type", &cp)? {
                Some(t) => parse_type(ctx, t, &cp)?,
                // R4 requires a type on nested rules; an exception to the parent otherwise.
                None => effect.flip(),
            }
        };
        children.push(rule(ctx, child, cp, child_effect, depth + 1, r5)?);
    }
    Ok(Rule {
        effect,
        path: Arc::from(path),
        conds,
        children,
    })
}

fn parse_type(ctx: &Ctx, t: &str, path: &str) -> Result<Effect, ConsentError> {
    match t {
        "permit" => Ok(Effect::Permit),
        "deny" => Ok(Effect::Deny),
        other => Err(ctx.err(
            &format!("{path}.type"),
            format!("expected \"permit\" or \"deny\", got {other:?}"),
        )),
    }
}

/// Compiles one Consent resource (R4 or R5 JSON).
pub(crate) fn compile(v: &Value) -> Result<CompiledConsent, ConsentError> {
    let o = v.as_object().ok_or_else(|| ConsentError::InvalidConsent {
        id: String::new(),
        path: "Consent".into(),
        message: "expected a JSON object".into(),
    })?;
    let id = o
        .get("id")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let mut ctx = Ctx { id: &id, count: 0 };
    if o.get("resourceType").and_then(Value::as_str) != Some("Consent") {
        return Err(ctx.err("Consent.resourceType", "not a Consent resource"));
    }
    let status = get_str(&ctx, o, "status", "Consent")?
        .ok_or_else(|| ctx.err("Consent.status", "status is required"))?
        .to_string();
    let r5 = o.contains_key("decision")
        || o.contains_key("subject")
        || matches!(o.get("provision"), Some(Value::Array(_)));
    let mut no_decision = false;
    let (root, patient, date, consent_period) = if r5 {
        let decision = match get_str(&ctx, o, "decision", "Consent")? {
            Some(d) => parse_type(&ctx, d, "Consent")?,
            None => {
                no_decision = true;
                Effect::Deny
            }
        };
        let mut children = Vec::new();
        for (i, p) in get_array(&ctx, o, "provision", "Consent")?
            .iter()
            .enumerate()
        {
            children.push(rule(
                &mut ctx,
                p,
                format!("provision[{i}]"),
                decision.flip(),
                1,
                true,
            )?);
        }
        let root = Rule {
            effect: decision,
            path: Arc::from("decision"),
            conds: Conditions::default(),
            children,
        };
        let patient = o
            .get("subject")
            .map(|s| reference(&ctx, s, "Consent.subject"))
            .transpose()?
            .flatten();
        let date = get_str(&ctx, o, "date", "Consent")?
            .and_then(parse_instant)
            .map(|t| t.lo);
        (root, patient, date, period(&ctx, o, "period", "Consent")?)
    } else {
        // R4: Consent.provision is "an exception to the base policy of this
        // consent" (Consent.policyRule). Its `type` is "not permitted in root
        // rule", so a root without one is the opposite of the base; a root that
        // states one anyway is taken at its word.
        let base = policy_rule_effect(o).unwrap_or_else(|| {
            no_decision = true;
            Effect::Deny
        });
        let mut children = Vec::new();
        if let Some(p) = o.get("provision") {
            let po = as_obj(&ctx, p, "provision")?;
            let effect = match get_str(&ctx, po, "type", "provision")? {
                Some(t) => parse_type(&ctx, t, "provision")?,
                None => base.flip(),
            };
            children.push(rule(&mut ctx, p, "provision".into(), effect, 1, false)?);
        }
        let root = Rule {
            effect: base,
            path: Arc::from("policyRule"),
            conds: Conditions::default(),
            children,
        };
        let patient = o
            .get("patient")
            .map(|s| reference(&ctx, s, "Consent.patient"))
            .transpose()?
            .flatten();
        let date = get_str(&ctx, o, "dateTime", "Consent")?
            .and_then(parse_instant)
            .map(|t| t.lo);
        (root, patient, date, None)
    };
    Ok(CompiledConsent {
        id: Arc::from(id.as_str()),
        status,
        period: consent_period,
        patient,
        date,
        root,
        no_decision,
    })
}

fn policy_rule_effect(o: &Map<String, Value>) -> Option<Effect> {
    let codings = o.get("policyRule")?.get("coding")?.as_array()?;
    codings
        .iter()
        .find_map(|c| match c.get("code").and_then(Value::as_str) {
            Some("OPTIN") | Some("OPTINR") => Some(Effect::Permit),
            Some("OPTOUT") | Some("OPTOUTE") => Some(Effect::Deny),
            _ => None,
        })
}
