#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
//! Properties of retention evaluation over random records and rules.

use chrono::{Days, NaiveDate};
use himcore::retention::*;
use proptest::prelude::*;

const STATES: [&str; 11] = [
    "us-az", "us-ca", "us-co", "us-ma", "us-md", "us-nc", "us-ny", "us-pa", "us-tn", "us-tx",
    "us-wa",
];

fn day(n: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(1940, 1, 1)
        .unwrap()
        .checked_add_days(Days::new(u64::from(n)))
        .unwrap()
}

fn jur(pack: &str) -> String {
    format!("US-{}", pack[3..].to_uppercase())
}

prop_compose! {
    fn record()(state in 0usize..STATES.len(),
                birth in proptest::option::weighted(0.8, 0u32..30000),
                created in 20000u32..31000,
                span in 0u32..4000,
                has_discharge in any::<bool>(),
                death in proptest::option::weighted(0.2, 0u32..4000),
                facility in prop_oneof![Just(Some("hospital")), Just(Some("critical_access_hospital")), Just(None)],
                programs in prop_oneof![Just(None), Just(Some(vec![])), Just(Some(vec!["medicare"])),
                                        Just(Some(vec!["medicare", "medicare_advantage"]))],
                minor_flag in proptest::option::weighted(0.2, any::<bool>()))
        -> (usize, RetentionRecord) {
        let created_d = day(created);
        let last = day(created + span);
        let r = RetentionRecord {
            id: "p".into(),
            record_type: "medical_record".into(),
            jurisdiction: jur(STATES[state]),
            facility_type: facility.map(String::from),
            patient_birth_date: birth.map(|b| day(b).min(created_d)),
            patient_death_date: death.map(|d| day(created + span + d)),
            patient_minor_at_service: minor_flag,
            created: Some(created_d),
            last_encounter: Some(last),
            discharged: if has_discharge { Some(last) } else { None },
            programs: programs.map(|v| v.into_iter().map(String::from).collect()),
            ..Default::default()
        };
        (state, r)
    }
}

fn clock() -> impl Strategy<Value = Clock> {
    prop_oneof![
        Just(Clock::Creation),
        Just(Clock::Discharge),
        Just(Clock::LastEncounter),
        Just(Clock::Death),
        Just(Clock::LastUpdate)
    ]
}

fn period() -> impl Strategy<Value = Period> {
    let leaf = prop_oneof![
        (clock(), 0u32..30, 0u32..24, any::<bool>()).prop_map(|(clock, years, months, eoy)| {
            Period::After(AfterClock {
                clock,
                years,
                months: if years == 0 && months == 0 { 1 } else { months },
                from_end_of_year: eoy,
            })
        }),
        (0u32..40, 0u32..10).prop_map(|(age, years)| Period::UntilAge(UntilAge {
            age,
            years,
            months: 0
        })),
        Just(Period::Permanent),
    ];
    leaf.prop_recursive(2, 6, 3, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 1..3).prop_map(Period::LaterOf),
            proptest::collection::vec(inner, 1..3).prop_map(Period::EarlierOf),
        ]
    })
}

fn as_of() -> impl Strategy<Value = NaiveDate> {
    (25000u32..40000).prop_map(day)
}

fn packs_for(state: usize) -> Vec<RulePack> {
    vec![
        shipped_pack("us-federal").unwrap(),
        shipped_pack(STATES[state]).unwrap(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn an_active_legal_hold_never_yields_eligible((state, mut rec) in record(), as_of in as_of(),
                                                 start_back in 0u64..5000, release_ahead in proptest::option::of(1u64..5000)) {
        rec.legal_holds = vec![LegalHold {
            id: "H".into(),
            start: as_of.checked_sub_days(Days::new(start_back)),
            released: release_ahead.map(|n| as_of.checked_add_days(Days::new(n)).unwrap()),
            matter: None,
        }];
        let engine = RetentionEngine::new(&packs_for(state)).unwrap();
        if let Ok(d) = engine.evaluate(&rec, as_of) {
            prop_assert_eq!(d.status, RetentionStatus::OnHold);
        }
    }

    #[test]
    fn adding_a_rule_never_shortens_retention((state, rec) in record(), as_of in as_of(), p in period(),
                                              minor in proptest::option::of(any::<bool>())) {
        let base = packs_for(state);
        let extra = RulePack {
            schema_version: SCHEMA_VERSION,
            name: "extra".into(),
            title: String::new(),
            version: String::new(),
            jurisdictions: vec![],
            record_types: vec![],
            organisation: true,
            notes: None,
            rules: vec![Rule {
                id: "zz-extra".into(),
                title: String::new(),
                applies_to: Applicability {
                    record_types: vec!["medical_record".into()],
                    jurisdictions: vec![rec.jurisdiction.clone()],
                    minor_at_service: minor,
                    ..Default::default()
                },
                period: p,
                citation: "test".into(),
                effective_from: None,
                effective_to: None,
                overrides: vec![],
                before_destruction: vec![],
                verification: Verification::default(),
                notes: None,
            }],
        };
        let a = RetentionEngine::new(&base).unwrap().evaluate(&rec, as_of);
        let mut more = base.clone();
        more.push(extra);
        let b = RetentionEngine::new(&more).unwrap().evaluate(&rec, as_of);
        if let Ok(a) = a {
            let b = b.expect("a record governed before stays governed");
            prop_assert!(b.retain_until >= a.retain_until, "{} < {}", b.retain_until, a.retain_until);
            prop_assert!(!(a.status != RetentionStatus::EligibleForDestruction && b.status == RetentionStatus::EligibleForDestruction));
        }
    }

    #[test]
    fn a_minor_never_gets_less_than_an_adult_in_the_same_place((state, mut rec) in record(), as_of in as_of()) {
        let engine = RetentionEngine::new(&packs_for(state)).unwrap();
        rec.patient_minor_at_service = Some(false);
        let adult = engine.evaluate(&rec, as_of);
        rec.patient_minor_at_service = Some(true);
        let minor = engine.evaluate(&rec, as_of);
        if let (Ok(a), Ok(m)) = (adult, minor) {
            prop_assert!(m.retain_until >= a.retain_until, "minor {} < adult {}", m.retain_until, a.retain_until);
        }
    }

    #[test]
    fn results_do_not_depend_on_pack_or_rule_order((state, rec) in record(), as_of in as_of(), seed in any::<u64>()) {
        let mut packs = packs_for(state);
        packs.push(shipped_pack(STATES[(state + 1) % STATES.len()]).unwrap());
        let forward = RetentionEngine::new(&packs).unwrap().evaluate(&rec, as_of);
        let mut shuffled = packs.clone();
        shuffled.reverse();
        for p in &mut shuffled {
            let n = p.rules.len();
            if n > 1 {
                p.rules.rotate_left((seed as usize) % n);
            }
        }
        let backward = RetentionEngine::new(&shuffled).unwrap().evaluate(&rec, as_of);
        prop_assert_eq!(
            serde_json::to_string(&forward.map_err(|e| e.to_string())).unwrap(),
            serde_json::to_string(&backward.map_err(|e| e.to_string())).unwrap()
        );
    }

    #[test]
    fn any_record_json_either_evaluates_or_gives_a_typed_error(s in "\\PC{0,200}") {
        let engine = RetentionEngine::from_shipped(&["us-federal", "us-ca"]).unwrap();
        if let Ok(r) = RetentionRecord::from_json(&s) {
            let _ = engine.evaluate(&r, day(30000));
        }
    }
}
