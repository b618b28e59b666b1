//! Generates `crates/himcore/data/fhir_r4_defs.rs`: the FHIR R4 (4.0.1)
//! element definitions (name, type, cardinality, required bindings) of every
//! resource and complex datatype, as static Rust tables.
//!
//! Source: the StructureDefinition, ValueSet and CodeSystem resources of the
//! npm package `hl7.fhir.r4.examples@4.0.1` (CC0), unpacked by
//! `make fetch-fhir-examples` into `target/fhir-examples/package` (or the
//! folder named by `HIMCORE_FHIR_EXAMPLES`). Only base definitions are used
//! (`derivation = specialization`, id equal to type): profiles are not.
//!
//! Run: `cargo run -p himcore-datagen --bin fhir_defs [-- --check]`.

use himcore_datagen::{emit, sha256_hex, workspace_root, Mode};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::path::PathBuf;

const PRIMITIVES: &[(&str, &str)] = &[
    ("boolean", "Boolean"),
    ("integer", "Integer"),
    ("unsignedInt", "UnsignedInt"),
    ("positiveInt", "PositiveInt"),
    ("decimal", "Decimal"),
    ("string", "String"),
    ("markdown", "Markdown"),
    ("code", "Code"),
    ("id", "Id"),
    ("uri", "Uri"),
    ("url", "Url"),
    ("canonical", "Canonical"),
    ("oid", "Oid"),
    ("uuid", "Uuid"),
    ("base64Binary", "Base64Binary"),
    ("instant", "Instant"),
    ("date", "Date"),
    ("dateTime", "DateTime"),
    ("time", "Time"),
    ("xhtml", "Xhtml"),
];

fn main() {
    let mode = Mode::from_args();
    if let Err(e) = run(mode) {
        eprintln!("fhir_defs: {e}");
        std::process::exit(1);
    }
}

fn package_dir() -> PathBuf {
    std::env::var_os("HIMCORE_FHIR_EXAMPLES")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target/fhir-examples"))
        .join("package")
}

fn upper(path: &str) -> String {
    path.chars()
        .map(|c| match c {
            '.' => "__".to_string(),
            '-' => "_".to_string(),
            c => c.to_ascii_uppercase().to_string(),
        })
        .collect()
}

fn cap(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_ascii_uppercase().to_string() + c.as_str(),
        None => String::new(),
    }
}

struct Ctx {
    valuesets: BTreeMap<String, Value>,
    codesystems: BTreeMap<String, Value>,
    /// value-set url -> (static name, sorted codes)
    resolved: BTreeMap<String, Option<(String, Vec<String>)>>,
    unresolved: BTreeSet<String>,
}

fn collect_concepts(concepts: &Value, out: &mut BTreeSet<String>) {
    if let Some(list) = concepts.as_array() {
        for c in list {
            if let Some(code) = c.get("code").and_then(Value::as_str) {
                out.insert(code.to_string());
            }
            if let Some(sub) = c.get("concept") {
                collect_concepts(sub, out);
            }
        }
    }
}

impl Ctx {
    fn codes_of(&self, url: &str, depth: u32) -> Option<BTreeSet<String>> {
        if depth > 5 {
            return None;
        }
        let vs = self.valuesets.get(url)?;
        let compose = vs.get("compose")?;
        if compose.get("exclude").is_some() {
            return None;
        }
        let mut out = BTreeSet::new();
        for inc in compose.get("include")?.as_array()? {
            if inc.get("filter").is_some() {
                return None;
            }
            if let Some(vss) = inc.get("valueSet").and_then(Value::as_array) {
                for v in vss {
                    out.extend(self.codes_of(v.as_str()?, depth + 1)?);
                }
            }
            if let Some(concepts) = inc.get("concept") {
                collect_concepts(concepts, &mut out);
            } else if let Some(system) = inc.get("system").and_then(Value::as_str) {
                let cs = self.codesystems.get(system)?;
                if cs.get("content").and_then(Value::as_str) != Some("complete") {
                    return None;
                }
                collect_concepts(cs.get("concept")?, &mut out);
            }
        }
        if out.is_empty() {
            None
        } else {
            Some(out)
        }
    }

    fn binding(&mut self, canonical: &str) -> Option<String> {
        let url = canonical.split('|').next().unwrap_or(canonical).to_string();
        if !self.resolved.contains_key(&url) {
            let r = self.codes_of(&url, 0).map(|codes| {
                let id = url.rsplit('/').next().unwrap_or("VS");
                (format!("VS_{}", upper(id)), codes.into_iter().collect())
            });
            if r.is_none() {
                self.unresolved.insert(url.clone());
            }
            self.resolved.insert(url.clone(), r);
        }
        self.resolved
            .get(&url)
            .and_then(|r| r.as_ref().map(|(n, _)| n.clone()))
    }
}

fn type_expr(code: &str, complex: &BTreeSet<String>) -> Result<String, String> {
    if let Some((_, p)) = PRIMITIVES.iter().find(|(n, _)| *n == code) {
        return Ok(format!("Ty::P(P::{p})"));
    }
    if code == "Resource" {
        return Ok("Ty::Res".to_string());
    }
    if complex.contains(code) {
        return Ok(format!("Ty::C(&{})", upper(code)));
    }
    Err(format!("unknown type {code}"))
}

fn element_type_code(t: &Value) -> String {
    let code = t.get("code").and_then(Value::as_str).unwrap_or("");
    if let Some(exts) = t.get("extension").and_then(Value::as_array) {
        for e in exts {
            if e.get("url").and_then(Value::as_str)
                == Some("http://hl7.org/fhir/StructureDefinition/structuredefinition-fhir-type")
            {
                if let Some(u) = e.get("valueUrl").and_then(Value::as_str) {
                    return u.to_string();
                }
            }
        }
    }
    match code {
        "http://hl7.org/fhirpath/System.String" => "string".to_string(),
        "http://hl7.org/fhirpath/System.Boolean" => "boolean".to_string(),
        other => other.to_string(),
    }
}

fn run(mode: Mode) -> Result<(), String> {
    let dir = package_dir();
    let rd = fs::read_dir(&dir).map_err(|e| {
        format!(
            "{}: {e} (run `make fetch-fhir-examples` first)",
            dir.display()
        )
    })?;
    let mut names: Vec<String> = rd
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut sds = Vec::new();
    let mut ctx = Ctx {
        valuesets: BTreeMap::new(),
        codesystems: BTreeMap::new(),
        resolved: BTreeMap::new(),
        unresolved: BTreeSet::new(),
    };
    let mut digest_input = Vec::new();
    for n in &names {
        let kind = n.split('-').next().unwrap_or("");
        if !matches!(kind, "StructureDefinition" | "ValueSet" | "CodeSystem")
            || !n.ends_with(".json")
        {
            continue;
        }
        let bytes = fs::read(dir.join(n)).map_err(|e| format!("{n}: {e}"))?;
        digest_input.extend_from_slice(&bytes);
        let v: Value = serde_json::from_slice(&bytes).map_err(|e| format!("{n}: {e}"))?;
        let url = v
            .get("url")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        match kind {
            "ValueSet" => {
                ctx.valuesets.insert(url, v);
            }
            "CodeSystem" => {
                ctx.codesystems.insert(url, v);
            }
            _ => {
                let id = v.get("id").and_then(Value::as_str).unwrap_or("");
                let ty = v.get("type").and_then(Value::as_str).unwrap_or("");
                let k = v.get("kind").and_then(Value::as_str).unwrap_or("");
                let der = v.get("derivation").and_then(Value::as_str).unwrap_or("");
                if id == ty
                    && (k == "resource" || k == "complex-type")
                    && (der == "specialization" || id == "Resource" || id == "Element")
                    && url == format!("http://hl7.org/fhir/StructureDefinition/{id}")
                {
                    sds.push(v);
                }
            }
        }
    }
    let complex: BTreeSet<String> = sds
        .iter()
        .filter_map(|v| v.get("id").and_then(Value::as_str).map(str::to_string))
        .collect();
    let mut resources = Vec::new();
    let mut out = String::new();
    let mut tables = String::new();
    for sd in &sds {
        let id = sd.get("id").and_then(Value::as_str).unwrap_or("");
        let kind = sd.get("kind").and_then(Value::as_str).unwrap_or("");
        let abstract_ = sd.get("abstract").and_then(Value::as_bool).unwrap_or(false);
        if kind == "resource" && !abstract_ {
            resources.push(id.to_string());
        }
        let elements = sd
            .get("snapshot")
            .and_then(|s| s.get("element"))
            .and_then(Value::as_array)
            .ok_or(format!("{id}: no snapshot"))?;
        let paths: Vec<&str> = elements
            .iter()
            .filter_map(|e| e.get("path").and_then(Value::as_str))
            .collect();
        // Every element path that has children becomes a table.
        let mut parents: Vec<&str> = vec![id];
        for p in &paths {
            let prefix = format!("{p}.");
            if *p != id && paths.iter().any(|q| q.starts_with(&prefix)) {
                parents.push(p);
            }
        }
        for parent in parents {
            let mut els = String::new();
            for e in elements {
                let path = e.get("path").and_then(Value::as_str).unwrap_or("");
                let Some(rest) = path.strip_prefix(parent).and_then(|r| r.strip_prefix('.')) else {
                    continue;
                };
                if rest.contains('.') || e.get("sliceName").is_some() {
                    continue;
                }
                let min = e.get("min").and_then(Value::as_u64).unwrap_or(0);
                let max = e.get("max").and_then(Value::as_str).unwrap_or("1");
                let many = max != "1" && max != "0";
                if max == "0" {
                    continue;
                }
                let (name, choice) = match rest.strip_suffix("[x]") {
                    Some(n) => (n, true),
                    None => (rest, false),
                };
                let has_children = paths.iter().any(|q| q.starts_with(&format!("{path}.")));
                let ty = if let Some(cr) = e.get("contentReference").and_then(Value::as_str) {
                    format!("Ty::C(&{})", upper(cr.trim_start_matches('#')))
                } else if has_children {
                    format!("Ty::C(&{})", upper(path))
                } else {
                    let types = e
                        .get("type")
                        .and_then(Value::as_array)
                        .cloned()
                        .unwrap_or_default();
                    let codes: Vec<String> = types.iter().map(element_type_code).collect();
                    if choice {
                        let mut s = String::from("Ty::Choice(&[");
                        for c in &codes {
                            let _ = write!(s, "(\"{}\", {}), ", cap(c), type_expr(c, &complex)?);
                        }
                        s.push_str("])");
                        s
                    } else if name == "id" && parent == id && kind == "resource" {
                        "Ty::P(P::Id)".to_string()
                    } else {
                        let c = codes.first().ok_or(format!("{path}: no type"))?;
                        type_expr(c, &complex)?
                    }
                };
                let mut binding = "None".to_string();
                if let Some(b) = e.get("binding") {
                    if b.get("strength").and_then(Value::as_str) == Some("required") {
                        if let Some(vs) = b.get("valueSet").and_then(Value::as_str) {
                            if let Some(n) = ctx.binding(vs) {
                                binding = format!("Some(&{n})");
                            }
                        }
                    }
                }
                let _ = writeln!(
                    els,
                    "    El {{ n: \"{name}\", t: {ty}, min: {min}, many: {many}, b: {binding} }},"
                );
            }
            let _ = writeln!(
                tables,
                "pub(crate) static {}: Td = Td {{ name: \"{parent}\", els: &[\n{els}] }};",
                upper(parent)
            );
        }
    }
    let _ = writeln!(
        out,
        "// @generated by `cargo run -p himcore-datagen --bin fhir_defs`: do not edit.\n\
         // Source: npm package hl7.fhir.r4.examples@4.0.1 (HL7 FHIR R4 4.0.1, CC0),\n\
         // StructureDefinition + ValueSet + CodeSystem files, sha256 of their bytes\n\
         // concatenated in file-name order: {}\n\
         // {} base definitions, {} resource types, {} required value sets enumerated;\n\
         // {} required value sets cannot be enumerated (filters, external systems)\n\
         // and are not checked: {}",
        sha256_hex(&digest_input),
        sds.len(),
        resources.len(),
        ctx.resolved.values().filter(|r| r.is_some()).count(),
        ctx.unresolved.len(),
        ctx.unresolved
            .iter()
            .cloned()
            .collect::<Vec<_>>()
            .join(", ")
    );
    out.push('\n');
    for (url, r) in &ctx.resolved {
        if let Some((name, codes)) = r {
            let list: Vec<String> = codes.iter().map(|c| format!("{c:?}")).collect();
            let _ = writeln!(
                out,
                "pub(crate) static {name}: Vs = Vs {{ url: \"{url}\", codes: &[{}] }};",
                list.join(", ")
            );
        }
    }
    out.push('\n');
    out.push_str(&tables);
    let _ = writeln!(
        out,
        "\n/// The definition of a resource type, by `resourceType`."
    );
    let _ = writeln!(
        out,
        "pub(crate) fn resource_def(name: &str) -> Option<&'static Td> {{"
    );
    let _ = writeln!(out, "    match name {{");
    for r in &resources {
        let _ = writeln!(out, "        \"{r}\" => Some(&{}),", upper(r));
    }
    let _ = writeln!(out, "        _ => None,\n    }}\n}}");
    let path = workspace_root().join("crates/himcore/data/fhir_r4_defs.rs");
    emit(&path, out.as_bytes(), mode)?;
    eprintln!(
        "fhir_defs: {} definitions, {} resources, {} value sets ({} not enumerable)",
        sds.len(),
        resources.len(),
        ctx.resolved.len() - ctx.unresolved.len(),
        ctx.unresolved.len()
    );
    Ok(())
}
