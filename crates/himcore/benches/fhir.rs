//! Parse + validate of ~2 KB FHIR R4 Patient resources (the issue's benchmark:
//! Python fhir.resources does about 3,600 Patients/s per core).
//!
//! Run: `cargo bench -p himcore --bench fhir`

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    missing_docs
)]

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use himcore::model::{validate_json, validate_many, Resource};
use std::hint::black_box;

/// A realistic Patient of about 2 KB, varied by `i` so no two are equal.
fn patient(i: usize) -> String {
    format!(
        r#"{{"resourceType":"Patient","id":"pat-{i}","meta":{{"versionId":"3","lastUpdated":"2026-03-02T09:15:00.000-06:00","profile":["http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient"]}},"text":{{"status":"generated","div":"<div xmlns=\"http://www.w3.org/1999/xhtml\">Maria Rivera, female, born 1968-04-12</div>"}},"extension":[{{"url":"http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex","valueCode":"F"}},{{"url":"http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName","valueString":"Lopez"}}],"identifier":[{{"use":"usual","type":{{"coding":[{{"system":"http://terminology.hl7.org/CodeSystem/v2-0203","code":"MR","display":"Medical record number"}}],"text":"MRN"}},"system":"urn:oid:2.16.840.1.113883.19.5","value":"MRN-{i:08}","period":{{"start":"2001-05-06"}},"assigner":{{"display":"Riverside Community Clinic"}}}},{{"use":"official","system":"http://hl7.org/fhir/sid/us-ssn","value":"999-{:02}-{:04}"}}],"active":true,"name":[{{"use":"official","family":"Rivera","given":["Maria","Elena"],"prefix":["Ms."],"period":{{"start":"1990-01-01"}}}},{{"use":"maiden","family":"Lopez","given":["Maria"]}}],"telecom":[{{"system":"phone","value":"(555) 010-{:04}","use":"home","rank":1}},{{"system":"phone","value":"(555) 019-8765","use":"mobile","rank":2}},{{"system":"email","value":"maria.rivera{i}@example.org","use":"home"}}],"gender":"female","birthDate":"1968-04-12","_birthDate":{{"extension":[{{"url":"http://hl7.org/fhir/StructureDefinition/patient-birthTime","valueDateTime":"1968-04-12T14:35:45-05:00"}}]}},"deceasedBoolean":false,"address":[{{"use":"home","type":"both","text":"{i} Maple Street, Springfield, IL 62704","line":["{i} Maple Street","Apt 4B"],"city":"Springfield","district":"Sangamon","state":"IL","postalCode":"62704","country":"US","period":{{"start":"2015-06-01"}}}}],"maritalStatus":{{"coding":[{{"system":"http://terminology.hl7.org/CodeSystem/v3-MaritalStatus","code":"M","display":"Married"}}]}},"multipleBirthBoolean":false,"contact":[{{"relationship":[{{"coding":[{{"system":"http://terminology.hl7.org/CodeSystem/v2-0131","code":"N","display":"Next-of-Kin"}}]}}],"name":{{"family":"Rivera","given":["Jose"]}},"telecom":[{{"system":"phone","value":"(555) 010-2222"}}],"gender":"male"}}],"communication":[{{"language":{{"coding":[{{"system":"urn:ietf:bcp:47","code":"es","display":"Spanish"}}],"text":"Spanish"}},"preferred":true}}],"generalPractitioner":[{{"reference":"Practitioner/prac-1","display":"Dr. Adaeze Okafor"}}],"managingOrganization":{{"reference":"Organization/org-1","display":"Riverside Community Clinic"}}}}"#,
        i % 100,
        i % 10000,
        i % 10000
    )
}

/// CPU time of this thread in seconds (utime + stime from
/// /proc/thread-self/stat, USER_HZ = 100): on a shared, overloaded machine
/// wall-clock throughput measures the neighbours, CPU time measures us.
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    let after = stat.rsplit_once(')')?.1;
    let f: Vec<&str> = after.split_whitespace().collect();
    let ticks: u64 = f.get(11)?.parse::<u64>().ok()? + f.get(12)?.parse::<u64>().ok()?;
    Some(ticks as f64 / 100.0)
}

/// Resources and MB per CPU-second of validate_many, over at least 5 s of CPU.
fn cpu_time_throughput(refs: &[&str], bytes: usize) {
    let Some(start) = thread_cpu_seconds() else {
        return;
    };
    let mut rounds = 0usize;
    let mut used = 0.0;
    while used < 5.0 {
        black_box(validate_many(black_box(refs)));
        rounds += 1;
        used = thread_cpu_seconds().unwrap_or(start) - start;
    }
    eprintln!(
        "validate_many per CPU-second: {:.0} resources/s, {:.1} MB/s ({} resources in {:.2} CPU s)",
        (rounds * refs.len()) as f64 / used,
        (rounds * bytes) as f64 / used / 1e6,
        rounds * refs.len(),
        used
    );
}

fn bench(c: &mut Criterion) {
    let docs: Vec<String> = (0..1000).map(patient).collect();
    let bytes: usize = docs.iter().map(String::len).sum();
    for d in &docs {
        let r = validate_json(d);
        assert!(r.valid && r.issues.is_empty(), "{:?}", r.issues);
    }
    let refs: Vec<&str> = docs.iter().map(String::as_str).collect();
    cpu_time_throughput(&refs, bytes);
    let mut g = c.benchmark_group("fhir_patient_2kb");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("validate_json x1000 (bytes)", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(validate_json(black_box(d)));
            }
        })
    });
    g.throughput(Throughput::Elements(docs.len() as u64));
    g.bench_function("validate_json x1000 (resources)", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(validate_json(black_box(d)));
            }
        })
    });
    g.bench_function("validate_many x1000 (resources)", |b| {
        b.iter(|| black_box(validate_many(black_box(&refs))))
    });
    g.bench_function("Resource::from_json + to_json x1000 (resources)", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(Resource::from_json(black_box(d)).unwrap().to_json());
            }
        })
    });
    g.finish();
    eprintln!("average Patient size: {} bytes", bytes / docs.len());
}

criterion_group!(benches, bench);
criterion_main!(benches);
