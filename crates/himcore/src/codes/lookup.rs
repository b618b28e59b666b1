//! Looking a code up: title, hierarchy, instructional notes, 7th characters.

use super::{check, display_of, error, icd10cm, others, release_for, CodeError, CodeSystem, Disp};
use chrono::NaiveDate;
use serde::Serialize;

/// An instructional note of the ICD-10-CM tabular list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Note {
    /// `inclusionTerm`, `includes`, `excludes1`, `excludes2`, `codeFirst`,
    /// `useAdditionalCode`, `codeAlso`, `notes` or `sevenChrNote`.
    pub kind: String,
    /// The note's text as published.
    pub text: String,
}

/// One 7th character that may complete a code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SeventhCharacter {
    /// The character.
    pub character: char,
    /// What it means ("initial encounter").
    pub meaning: String,
}

/// A labelled grouping (chapter, block).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Heading {
    /// Chapter number ("19") or block range ("S70-S79").
    pub id: String,
    /// Its title.
    pub title: String,
}

/// What the tables say about one valid code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CodeInfo {
    /// The system.
    pub system: CodeSystem,
    /// The normalised code.
    pub code: String,
    /// Title, where shipped.
    pub title: Option<String>,
    /// Billable (ICD-10-CM, ICD-10-PCS), else None.
    pub billable: Option<bool>,
    /// Release the answer comes from, for dated systems.
    pub release: Option<String>,
    /// ICD-10-CM chapter.
    pub chapter: Option<Heading>,
    /// ICD-10-CM block (tabular section); for ICD-10-PCS the section
    /// (first character).
    pub block: Option<Heading>,
    /// ICD-10-CM parent code.
    pub parent: Option<String>,
    /// ICD-10-CM child codes in the release.
    pub children: Vec<String>,
    /// ICD-10-CM notes attached to this code itself (notes of ancestors apply
    /// too: walk `parent`).
    pub notes: Vec<Note>,
    /// ICD-10-CM notes of the code's block, which apply to every code in it.
    pub block_notes: Vec<Note>,
    /// ICD-10-CM notes of the code's chapter, which apply to every code in it.
    pub chapter_notes: Vec<Note>,
    /// 7th characters that apply to this code and its descendants.
    pub seventh_characters: Vec<SeventhCharacter>,
}

/// Looks a code up for a date of service (None: the newest release). Fails
/// with the same error as [`super::validate`] when the code is not valid.
pub fn lookup(
    system: CodeSystem,
    code: &str,
    date: Option<NaiveDate>,
) -> Result<CodeInfo, CodeError> {
    let p =
        check(system, code, date).map_err(|(f, n)| error::from_fail(system, code, n, f, date))?;
    let rels = super::releases(system);
    let r = release_for(rels, date);
    let mut info = CodeInfo {
        system,
        code: p.norm.as_str().to_string(),
        title: display_of(p.disp),
        billable: p.billable,
        release: r.and_then(|r| rels.get(r)).map(|x| x.name.to_string()),
        chapter: None,
        block: None,
        parent: None,
        children: Vec::new(),
        notes: Vec::new(),
        block_notes: Vec::new(),
        chapter_notes: Vec::new(),
        seventh_characters: Vec::new(),
    };
    match p.disp {
        Disp::Icd(idx) => {
            let d = icd10cm::detail(idx, r.unwrap_or(icd10cm::RELEASES.len() - 1));
            info.chapter = d.chapter.map(|(id, title)| Heading { id, title });
            info.block = d.block.map(|(id, title)| Heading { id, title });
            info.parent = icd10cm::parent_index(idx)
                .and_then(icd10cm::code_at)
                .map(|c| icd10cm::dotted(&c));
            info.children = d
                .children
                .into_iter()
                .filter_map(icd10cm::code_at)
                .map(|c| icd10cm::dotted(&c))
                .collect();
            let to_notes = |v: Vec<(String, String)>| -> Vec<Note> {
                v.into_iter()
                    .map(|(kind, text)| Note { kind, text })
                    .collect()
            };
            info.notes = to_notes(d.notes);
            info.block_notes = to_notes(d.block_notes);
            info.chapter_notes = to_notes(d.chapter_notes);
            info.seventh_characters = d
                .seventh
                .into_iter()
                .map(|(character, meaning)| SeventhCharacter { character, meaning })
                .collect();
        }
        Disp::Pcs(_) => {
            let first = info.code.as_bytes().first().copied().unwrap_or(0);
            info.block = others::pcs_section(first).map(|t| Heading {
                id: char::from(first).to_string(),
                title: t.to_string(),
            });
        }
        _ => {}
    }
    Ok(info)
}

/// Looks many codes of one system up for one date (one crossing for the
/// bindings); results in input order.
pub fn lookup_many(
    system: CodeSystem,
    codes: &[&str],
    date: Option<NaiveDate>,
) -> Vec<Result<CodeInfo, CodeError>> {
    codes.iter().map(|c| lookup(system, c, date)).collect()
}
