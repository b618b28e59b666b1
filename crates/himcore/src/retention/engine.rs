//! The compiled evaluator: rule packs are merged and indexed once, then
//! records are evaluated without allocation on the hot path
//! ([`RetentionEngine::evaluate_into`]).

use super::date::{add_months, age_on, end_of_year};
use super::error::RetentionError;
use super::pack::{Clock, Period, Rule, RulePack, VerificationStatus};
use super::record::{
    RetainUntil, RetentionDecision, RetentionRecord, RetentionStatus, RetentionWarning,
    RuleOutcome, RuleRef,
};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Age of majority assumed when no loaded pack declares one for the
/// record's jurisdiction (every shipped state pack declares 18).
pub const DEFAULT_AGE_OF_MAJORITY: u32 = 18;

/// Choices the caller makes explicitly instead of getting an error.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EngineOptions {
    /// Evaluate records of an undeclared jurisdiction as if they were of
    /// this (declared) one, with a `RETENTION_DEFAULT_APPLIED` warning.
    /// `None`: such records are a `RETENTION_UNKNOWN_JURISDICTION` error.
    #[serde(default)]
    pub default_jurisdiction: Option<String>,
    /// Evaluate records of an undeclared type as this (declared) type,
    /// with a warning. `None`: `RETENTION_UNKNOWN_RECORD_TYPE` error.
    #[serde(default)]
    pub default_record_type: Option<String>,
}

#[derive(Debug, Clone)]
struct CompiledRule {
    facility_types: Option<Vec<String>>,
    programs: Option<Vec<String>>,
    minor: Option<bool>,
    research: Option<bool>,
    effective_from: Option<NaiveDate>,
    effective_to: Option<NaiveDate>,
    period: Period,
    overrides: Vec<u32>,
    unverified: bool,
    has_steps: bool,
}

#[derive(Debug, Clone)]
struct Jurisdiction {
    code: String,
    age_of_majority: u32,
}

/// Rule packs compiled for evaluation. Build once, share freely (it is
/// immutable, `Send` and `Sync`), evaluate many records.
#[derive(Debug, Clone)]
pub struct RetentionEngine {
    packs: Vec<String>,
    rules: Vec<Rule>,
    compiled: Vec<CompiledRule>,
    jurisdictions: Vec<Jurisdiction>,
    record_types: Vec<String>,
    /// `table[j * record_types.len() + t]` = candidate rule indices, sorted by rule id.
    table: Vec<Vec<u32>>,
    default_jurisdiction: Option<usize>,
    default_record_type: Option<usize>,
}

/// Why a warning was raised (formatted into a [`RetentionWarning`] only
/// when a decision is materialised).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Warn {
    FactMissing(&'static str, u32),
    FacilityUnknown(u32),
    ProgramsUnknown(u32),
    ResearchUnknown(u32),
    DefaultJurisdiction,
    DefaultRecordType,
    Overridden(u32, u32),
    HoldReleased(u32),
    HoldPending(u32),
    Unverified(u32),
    BeforeDestruction(u32),
}

/// Reusable scratch space and result of [`RetentionEngine::evaluate_into`].
#[derive(Debug, Clone, Default)]
pub struct DecisionBuf {
    status: Option<RetentionStatus>,
    retain_until: Option<RetainUntil>,
    governing: u32,
    outcomes: Vec<(u32, RetainUntil, Option<u32>)>,
    holds: Vec<u32>,
    warnings: Vec<Warn>,
    missing: u8,
}

impl DecisionBuf {
    /// An empty buffer.
    pub fn new() -> Self {
        Self::default()
    }

    /// The status of the last successful evaluation.
    pub fn status(&self) -> Option<RetentionStatus> {
        self.status
    }

    /// The retain-until of the last successful evaluation.
    pub fn retain_until(&self) -> Option<RetainUntil> {
        self.retain_until
    }

    /// Number of warnings of the last evaluation.
    pub fn warning_count(&self) -> usize {
        self.warnings.len()
    }

    fn clear(&mut self) {
        self.status = None;
        self.retain_until = None;
        self.governing = 0;
        self.outcomes.clear();
        self.holds.clear();
        self.warnings.clear();
        self.missing = 0;
    }
}

/// Dates read by the clocks, gathered once per record.
struct Facts {
    created: Option<NaiveDate>,
    care: Option<NaiveDate>,
    last_update: Option<NaiveDate>,
    death: Option<NaiveDate>,
    effective_until: Option<NaiveDate>,
    birth: Option<NaiveDate>,
}

const MISSING_CREATED: u8 = 1;
const MISSING_CARE: u8 = 2;
const MISSING_UPDATE: u8 = 4;
const MISSING_EFFECTIVE: u8 = 8;
const MISSING_BIRTH: u8 = 16;

fn missing_name(bit: u8) -> &'static str {
    match bit {
        MISSING_CREATED => "created",
        MISSING_CARE => "last_encounter/discharged",
        MISSING_UPDATE => "last_updated",
        MISSING_EFFECTIVE => "effective_until",
        _ => "patient_birth_date",
    }
}

impl Facts {
    fn of(r: &RetentionRecord) -> Self {
        let care = match (r.last_encounter, r.discharged) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        Facts {
            created: r.created,
            care,
            last_update: r.last_updated,
            death: r.patient_death_date,
            effective_until: r.effective_until,
            birth: r.patient_birth_date,
        }
    }
}

fn shift(d: NaiveDate, years: u32, months: u32) -> RetainUntil {
    // Beyond chrono's range (year 262143) is, for records, forever.
    match add_months(d, years.saturating_mul(12).saturating_add(months)) {
        Some(d) => RetainUntil::Date(d),
        None => RetainUntil::Permanent,
    }
}

/// Evaluates a period. `None`: the rule does not apply (a death clock on a
/// living patient). Missing facts give `Indeterminate` and set a bit.
fn eval_period(p: &Period, f: &Facts, missing: &mut u8) -> Option<RetainUntil> {
    match p {
        Period::Permanent => Some(RetainUntil::Permanent),
        Period::After(a) => {
            let (date, bit) = match a.clock {
                Clock::Creation => (f.created, MISSING_CREATED),
                Clock::LastEncounter | Clock::Discharge => (f.care, MISSING_CARE),
                Clock::LastUpdate => (f.last_update, MISSING_UPDATE),
                Clock::EffectiveUntil => (f.effective_until, MISSING_EFFECTIVE),
                Clock::Death => (Some(f.death?), 0),
            };
            match date {
                None => {
                    *missing |= bit;
                    Some(RetainUntil::Indeterminate)
                }
                Some(d) => {
                    let start = if a.from_end_of_year {
                        end_of_year(d).unwrap_or(d)
                    } else {
                        d
                    };
                    Some(shift(start, a.years, a.months))
                }
            }
        }
        Period::UntilAge(u) => match f.birth {
            None => {
                *missing |= MISSING_BIRTH;
                Some(RetainUntil::Indeterminate)
            }
            Some(b) => {
                let birthday = add_months(b, u.age.saturating_mul(12));
                Some(match birthday {
                    Some(bd) => shift(bd, u.years, u.months),
                    None => RetainUntil::Permanent,
                })
            }
        },
        Period::LaterOf(v) => v.iter().filter_map(|p| eval_period(p, f, missing)).max(),
        Period::EarlierOf(v) => {
            // Track facts missing in branches that cannot matter separately:
            // if a known branch is earlier than an unknown one, the result is
            // still safe (the earlier of anything and D is at most D).
            let mut local = 0u8;
            let r = v.iter().filter_map(|p| eval_period(p, f, &mut local)).min();
            if r == Some(RetainUntil::Indeterminate) {
                *missing |= local;
            }
            r
        }
    }
}

pub(super) fn jurisdiction_matches(rule_js: &[String], code: &str) -> bool {
    let country = code.split('-').next().unwrap_or(code);
    rule_js
        .iter()
        .any(|j| j == code || (j == country && code.len() > country.len()))
}

impl RetentionEngine {
    /// Compiles packs with default options (unknown jurisdictions and
    /// record types are errors).
    pub fn new(packs: &[RulePack]) -> Result<Self, RetentionError> {
        Self::with_options(packs, &EngineOptions::default())
    }

    /// Compiles shipped packs by name (`["us-federal", "us-ca"]`).
    pub fn from_shipped(names: &[&str]) -> Result<Self, RetentionError> {
        let packs = names
            .iter()
            .map(|n| super::pack::shipped_pack(n))
            .collect::<Result<Vec<_>, _>>()?;
        Self::new(&packs)
    }

    /// Compiles packs with explicit defaults.
    pub fn with_options(
        packs: &[RulePack],
        options: &EngineOptions,
    ) -> Result<Self, RetentionError> {
        // (rule, from an organisation pack)
        let mut rules: Vec<(Rule, bool)> = Vec::new();
        let mut jurisdictions: Vec<Jurisdiction> = Vec::new();
        let mut record_types: Vec<String> = Vec::new();
        let mut names = Vec::new();
        for pack in packs {
            pack.validate()?;
            if names.contains(&pack.name) {
                return Err(RetentionError::InvalidPack {
                    pack: pack.name.clone(),
                    message: "pack loaded twice".into(),
                });
            }
            names.push(pack.name.clone());
            for j in &pack.jurisdictions {
                let age = j.age_of_majority;
                match jurisdictions.iter_mut().find(|x| x.code == j.code) {
                    // Two packs disagree: the higher age keeps more records as minors'.
                    Some(x) => x.age_of_majority = x.age_of_majority.max(age.unwrap_or(0)),
                    None => jurisdictions.push(Jurisdiction {
                        code: j.code.clone(),
                        age_of_majority: age.unwrap_or(DEFAULT_AGE_OF_MAJORITY),
                    }),
                }
            }
            for t in pack.record_types.iter().chain(
                pack.rules
                    .iter()
                    .flat_map(|r| r.applies_to.record_types.iter()),
            ) {
                if !record_types.contains(t) {
                    record_types.push(t.clone());
                }
            }
            for r in &pack.rules {
                if rules.iter().any(|(x, _)| x.id == r.id) {
                    return Err(RetentionError::DuplicateRule(r.id.clone()));
                }
                rules.push((r.clone(), pack.organisation));
            }
        }
        // Sort by id: evaluation order, tie-breaks and output never depend
        // on the order packs or rules were given in.
        rules.sort_by(|a, b| a.0.id.cmp(&b.0.id));
        let (rules, organisational): (Vec<Rule>, Vec<bool>) = rules.into_iter().unzip();
        jurisdictions.sort_by(|a, b| a.code.cmp(&b.code));
        record_types.sort();
        names.sort();

        let mut compiled = Vec::with_capacity(rules.len());
        for (r, &org) in rules.iter().zip(&organisational) {
            let mut overrides = Vec::new();
            for t in &r.overrides {
                let idx = rules
                    .binary_search_by(|x| x.id.as_str().cmp(t))
                    .map_err(|_| RetentionError::UnknownOverride {
                        rule: r.id.clone(),
                        target: t.clone(),
                    })?;
                overrides.push(u32::try_from(idx).unwrap_or(u32::MAX));
            }
            compiled.push(CompiledRule {
                facility_types: r.applies_to.facility_types.clone(),
                programs: r.applies_to.programs.clone(),
                minor: r.applies_to.minor_at_service,
                research: r.applies_to.research,
                effective_from: r.effective_from,
                effective_to: r.effective_to,
                period: r.period.clone(),
                overrides,
                // An organisation's own policy is its own authority; the
                // warning is for law rules nobody has checked.
                unverified: !org && r.verification.status == VerificationStatus::Unverified,
                has_steps: !r.before_destruction.is_empty(),
            });
        }

        let mut table = Vec::with_capacity(jurisdictions.len() * record_types.len());
        for j in &jurisdictions {
            for t in &record_types {
                let idxs = rules
                    .iter()
                    .enumerate()
                    .filter(|(_, r)| {
                        r.applies_to.record_types.contains(t)
                            && jurisdiction_matches(&r.applies_to.jurisdictions, &j.code)
                    })
                    .map(|(i, _)| u32::try_from(i).unwrap_or(u32::MAX))
                    .collect();
                table.push(idxs);
            }
        }

        let default_jurisdiction =
            match &options.default_jurisdiction {
                None => None,
                Some(d) => Some(jurisdictions.iter().position(|j| &j.code == d).ok_or_else(
                    || RetentionError::UnknownJurisdiction {
                        record_id: String::new(),
                        jurisdiction: d.clone(),
                    },
                )?),
            };
        let default_record_type = match &options.default_record_type {
            None => None,
            Some(d) => Some(record_types.iter().position(|t| t == d).ok_or_else(|| {
                RetentionError::UnknownRecordType {
                    record_id: String::new(),
                    record_type: d.clone(),
                }
            })?),
        };

        Ok(RetentionEngine {
            packs: names,
            rules,
            compiled,
            jurisdictions,
            record_types,
            table,
            default_jurisdiction,
            default_record_type,
        })
    }

    /// Names of the loaded packs, sorted.
    pub fn pack_names(&self) -> &[String] {
        &self.packs
    }

    /// Every loaded rule, sorted by id.
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// A loaded rule by id.
    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules
            .binary_search_by(|r| r.id.as_str().cmp(id))
            .ok()
            .and_then(|i| self.rules.get(i))
    }

    /// Declared jurisdictions, sorted.
    pub fn jurisdictions(&self) -> impl Iterator<Item = &str> {
        self.jurisdictions.iter().map(|j| j.code.as_str())
    }

    /// Declared record types, sorted.
    pub fn record_types(&self) -> &[String] {
        &self.record_types
    }

    fn rule_at(&self, i: u32) -> Option<(&Rule, &CompiledRule)> {
        let i = usize::try_from(i).ok()?;
        Some((self.rules.get(i)?, self.compiled.get(i)?))
    }

    /// Evaluates one record as of a date, writing into a reusable buffer.
    /// This is the allocation-free hot path; [`evaluate`](Self::evaluate)
    /// materialises a [`RetentionDecision`].
    pub fn evaluate_into(
        &self,
        record: &RetentionRecord,
        as_of: NaiveDate,
        buf: &mut DecisionBuf,
    ) -> Result<(), RetentionError> {
        buf.clear();
        record.validate()?;
        let j = match self
            .jurisdictions
            .binary_search_by(|j| j.code.as_str().cmp(&record.jurisdiction))
        {
            Ok(j) => j,
            Err(_) => match self.default_jurisdiction {
                Some(d) => {
                    buf.warnings.push(Warn::DefaultJurisdiction);
                    d
                }
                None => {
                    return Err(RetentionError::UnknownJurisdiction {
                        record_id: record.id.clone(),
                        jurisdiction: record.jurisdiction.clone(),
                    })
                }
            },
        };
        let t = match self.record_types.binary_search(&record.record_type) {
            Ok(t) => t,
            Err(_) => match self.default_record_type {
                Some(d) => {
                    buf.warnings.push(Warn::DefaultRecordType);
                    d
                }
                None => {
                    return Err(RetentionError::UnknownRecordType {
                        record_id: record.id.clone(),
                        record_type: record.record_type.clone(),
                    })
                }
            },
        };
        let majority = self
            .jurisdictions
            .get(j)
            .map_or(DEFAULT_AGE_OF_MAJORITY, |x| x.age_of_majority);
        let facts = Facts::of(record);
        let minor = record.patient_minor_at_service.or_else(|| {
            let birth = facts.birth?;
            // The earliest service date the record documents: a record
            // opened for a child stays a minor's record.
            let first = [record.created, record.last_encounter, record.discharged]
                .into_iter()
                .flatten()
                .min()?;
            Some(age_on(birth, first) < i32::try_from(majority).unwrap_or(i32::MAX))
        });

        let candidates = self
            .table
            .get(j * self.record_types.len() + t)
            .map_or(&[][..], |v| &v[..]);
        for &ri in candidates {
            let Some((_, c)) = self.rule_at(ri) else {
                continue;
            };
            if c.effective_from.is_some_and(|f| as_of < f)
                || c.effective_to.is_some_and(|e| as_of > e)
            {
                continue;
            }
            // Facts assumed because they are missing; reported only if the
            // rule ends up applying.
            let mut assumed: [Option<Warn>; 3] = [None; 3];
            if let Some(fs) = &c.facility_types {
                match &record.facility_type {
                    Some(f) if !fs.contains(f) => continue,
                    Some(_) => {}
                    None => assumed[0] = Some(Warn::FacilityUnknown(ri)),
                }
            }
            if let Some(ps) = &c.programs {
                match &record.programs {
                    Some(rp) if !rp.iter().any(|p| ps.contains(p)) => continue,
                    Some(_) => {}
                    None => assumed[1] = Some(Warn::ProgramsUnknown(ri)),
                }
            }
            if let Some(want) = c.research {
                match record.research {
                    Some(r) if r != want => continue,
                    Some(_) => {}
                    None if want => assumed[2] = Some(Warn::ResearchUnknown(ri)),
                    None => {}
                }
            }
            match (c.minor, minor) {
                (Some(true), Some(false)) | (Some(false), Some(true)) => continue,
                _ => {}
            }
            let mut missing = 0u8;
            let Some(mut until) = eval_period(&c.period, &facts, &mut missing) else {
                continue;
            };
            buf.warnings.extend(assumed.into_iter().flatten());
            // A minors' rule for a patient whose age is unknown: the record
            // could be a child's, so it is kept until the fact is supplied.
            if c.minor == Some(true) && minor.is_none() {
                missing |= MISSING_BIRTH;
                until = until.max(RetainUntil::Indeterminate);
            }
            let mut bit = 1u8;
            while bit != 0 && bit <= MISSING_BIRTH {
                if missing & bit != 0 {
                    buf.warnings.push(Warn::FactMissing(missing_name(bit), ri));
                }
                bit <<= 1;
            }
            buf.missing |= missing;
            if c.unverified {
                buf.warnings.push(Warn::Unverified(ri));
            }
            buf.outcomes.push((ri, until, None));
        }

        // Explicit overrides between applicable rules.
        for k in 0..buf.outcomes.len() {
            let Some(&(ri, _, _)) = buf.outcomes.get(k) else {
                continue;
            };
            let Some((_, c)) = self.rule_at(ri) else {
                continue;
            };
            for &target in &c.overrides {
                if let Some(o) = buf.outcomes.iter_mut().find(|o| o.0 == target) {
                    if o.2.is_none() {
                        o.2 = Some(ri);
                        buf.warnings.push(Warn::Overridden(target, ri));
                    }
                }
            }
        }

        let mut best: Option<(u32, RetainUntil)> = None;
        for &(ri, until, by) in &buf.outcomes {
            if by.is_some() {
                continue;
            }
            // Strictly greater: among equals the smallest id (first) governs.
            if best.is_none_or(|(_, b)| until > b) {
                best = Some((ri, until));
            }
        }
        let Some((governing, until)) = best else {
            return Err(RetentionError::NoApplicableRule {
                record_id: record.id.clone(),
                record_type: record.record_type.clone(),
                jurisdiction: record.jurisdiction.clone(),
                facility_type: record.facility_type.clone().unwrap_or_default(),
            });
        };

        for (hi, h) in record.legal_holds.iter().enumerate() {
            let hi = u32::try_from(hi).unwrap_or(u32::MAX);
            if h.is_active(as_of) {
                buf.holds.push(hi);
                if h.start.is_some_and(|s| s > as_of) {
                    buf.warnings.push(Warn::HoldPending(hi));
                }
            } else {
                buf.warnings.push(Warn::HoldReleased(hi));
            }
        }
        let status = if !buf.holds.is_empty() {
            RetentionStatus::OnHold
        } else {
            match until {
                RetainUntil::Date(d) if as_of > d => RetentionStatus::EligibleForDestruction,
                _ => RetentionStatus::Retain,
            }
        };
        if status == RetentionStatus::EligibleForDestruction {
            for &(ri, _, by) in &buf.outcomes {
                if by.is_none() && self.rule_at(ri).is_some_and(|(_, c)| c.has_steps) {
                    buf.warnings.push(Warn::BeforeDestruction(ri));
                }
            }
        }
        buf.status = Some(status);
        buf.retain_until = Some(until);
        buf.governing = governing;
        Ok(())
    }

    /// Evaluates one record as of a date.
    pub fn evaluate(
        &self,
        record: &RetentionRecord,
        as_of: NaiveDate,
    ) -> Result<RetentionDecision, RetentionError> {
        let mut buf = DecisionBuf::new();
        self.evaluate_into(record, as_of, &mut buf)?;
        Ok(self.decision(record, as_of, &buf))
    }

    /// Evaluates a slice of records (one call per batch for bindings).
    pub fn evaluate_batch(
        &self,
        records: &[RetentionRecord],
        as_of: NaiveDate,
    ) -> Vec<Result<RetentionDecision, RetentionError>> {
        self.evaluate_iter(records, as_of).collect()
    }

    /// Evaluates records lazily, reusing one scratch buffer.
    pub fn evaluate_iter<'a, I>(
        &'a self,
        records: I,
        as_of: NaiveDate,
    ) -> impl Iterator<Item = Result<RetentionDecision, RetentionError>> + 'a
    where
        I: IntoIterator<Item = &'a RetentionRecord>,
        I::IntoIter: 'a,
    {
        let mut buf = DecisionBuf::new();
        records.into_iter().map(move |r| {
            self.evaluate_into(r, as_of, &mut buf)?;
            Ok(self.decision(r, as_of, &buf))
        })
    }

    /// Counts statuses over many records without materialising decisions
    /// (`[retain, eligible, on_hold, errors]`).
    pub fn status_counts<'a, I>(&self, records: I, as_of: NaiveDate) -> [usize; 4]
    where
        I: IntoIterator<Item = &'a RetentionRecord>,
    {
        let mut buf = DecisionBuf::new();
        let mut counts = [0usize; 4];
        for r in records {
            let slot = match self.evaluate_into(r, as_of, &mut buf).map(|_| buf.status) {
                Ok(Some(RetentionStatus::Retain)) => 0,
                Ok(Some(RetentionStatus::EligibleForDestruction)) => 1,
                Ok(Some(RetentionStatus::OnHold)) => 2,
                _ => 3,
            };
            if let Some(c) = counts.get_mut(slot) {
                *c += 1;
            }
        }
        counts
    }

    fn rule_ref(&self, i: u32) -> RuleRef {
        match self.rule_at(i) {
            Some((r, _)) => RuleRef {
                id: r.id.clone(),
                citation: r.citation.clone(),
            },
            None => RuleRef {
                id: String::new(),
                citation: String::new(),
            },
        }
    }

    fn rule_id(&self, i: u32) -> &str {
        self.rule_at(i).map_or("", |(r, _)| r.id.as_str())
    }

    /// Materialises the decision held in `buf` (after a successful
    /// [`evaluate_into`](Self::evaluate_into) on `record`).
    pub fn decision(
        &self,
        record: &RetentionRecord,
        as_of: NaiveDate,
        buf: &DecisionBuf,
    ) -> RetentionDecision {
        let rules = buf
            .outcomes
            .iter()
            .map(|&(ri, until, by)| {
                let rr = self.rule_ref(ri);
                RuleOutcome {
                    id: rr.id,
                    citation: rr.citation,
                    retain_until: until,
                    overridden_by: by.map(|b| self.rule_id(b).to_string()),
                }
            })
            .collect();
        let holds = buf
            .holds
            .iter()
            .filter_map(|&h| {
                record
                    .legal_holds
                    .get(usize::try_from(h).ok()?)
                    .map(|h| h.id.clone())
            })
            .collect();
        let mut warnings: Vec<RetentionWarning> = buf
            .warnings
            .iter()
            .map(|w| self.warning(record, *w))
            .collect();
        warnings.sort_by(|a, b| (&a.code, &a.message).cmp(&(&b.code, &b.message)));
        warnings.dedup();
        RetentionDecision {
            id: record.id.clone(),
            as_of,
            status: buf.status.unwrap_or(RetentionStatus::Retain),
            retain_until: buf.retain_until.unwrap_or(RetainUntil::Indeterminate),
            governing_rule: self.rule_ref(buf.governing),
            rules,
            holds,
            warnings,
        }
    }

    fn warning(&self, record: &RetentionRecord, w: Warn) -> RetentionWarning {
        let hold = |i: u32| {
            usize::try_from(i)
                .ok()
                .and_then(|i| record.legal_holds.get(i))
                .map_or(String::new(), |h| h.id.clone())
        };
        let (code, message) = match w {
            Warn::FactMissing(fact, r) => (
                "RETENTION_FACT_MISSING",
                format!("{fact} is missing and rule {} needs it: the record is kept until it is supplied", self.rule_id(r)),
            ),
            Warn::FacilityUnknown(r) => (
                "RETENTION_FACT_MISSING",
                format!("facility_type is missing: facility rule {} is assumed to apply", self.rule_id(r)),
            ),
            Warn::ProgramsUnknown(r) => (
                "RETENTION_FACT_MISSING",
                format!("programs is missing: program rule {} is assumed to apply", self.rule_id(r)),
            ),
            Warn::ResearchUnknown(r) => (
                "RETENTION_FACT_MISSING",
                format!("research is missing: research rule {} is assumed to apply", self.rule_id(r)),
            ),
            Warn::DefaultJurisdiction => (
                "RETENTION_DEFAULT_APPLIED",
                format!(
                    "jurisdiction {:?} is not covered by the loaded packs; the caller's default was used",
                    record.jurisdiction
                ),
            ),
            Warn::DefaultRecordType => (
                "RETENTION_DEFAULT_APPLIED",
                format!(
                    "record type {:?} is not declared by the loaded packs; the caller's default was used",
                    record.record_type
                ),
            ),
            Warn::Overridden(t, by) => (
                "RETENTION_RULE_OVERRIDDEN",
                format!("rule {} is explicitly overridden by rule {}", self.rule_id(t), self.rule_id(by)),
            ),
            Warn::HoldReleased(h) => (
                "RETENTION_HOLD_RELEASED",
                format!("legal hold {} was released and no longer blocks destruction", hold(h)),
            ),
            Warn::HoldPending(h) => (
                "RETENTION_HOLD_PENDING",
                format!("legal hold {} starts after the evaluation date; it is treated as in force", hold(h)),
            ),
            Warn::Unverified(r) => (
                "RETENTION_RULE_UNVERIFIED",
                format!("rule {} has not been verified against its citation", self.rule_id(r)),
            ),
            Warn::BeforeDestruction(r) => {
                let steps = self.rule_at(r).map(|(x, _)| x.before_destruction.join("; ")).unwrap_or_default();
                ("RETENTION_STEPS_BEFORE_DESTRUCTION", format!("rule {} requires before destruction: {steps}", self.rule_id(r)))
            }
        };
        RetentionWarning {
            code: code.to_string(),
            message,
        }
    }
}
