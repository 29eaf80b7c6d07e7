//! The document JSON (the fourth stage): what bangfu promises other tools.
//!
//! One [`Document`] per input document, or one [`ErrorLine`] when the
//! document could not be processed.  Every offset is a half-open range of
//! Unicode scalar values, given twice: `norm` into the normalised text and
//! `orig` into the decoded original.  The mapping from one to the other is the
//! normaliser's alignment, handed in by the caller as a function
//! ([`Builder::new`]); this crate never recomputes it.
//!
//! The Rust types here *are* the schema: `schemars` derives
//! `schemas/aid-document.v1.schema.json` from them ([`schema_json`]), and a
//! test fails when the committed file drifts.  Field names are stable within
//! a major [`SCHEMA_VERSION`]; adding an optional field is a minor version.

use bangfu_extract::{AidRecord, Entity, EntityValue, Extraction, Role, Status};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The version of the document format, written into every document.
pub const SCHEMA_VERSION: &str = "1.2.0";

/// A span in both texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct DocSpan {
    /// `[start, end)` in the normalised text, chars.
    pub norm: [usize; 2],
    /// `[start, end)` in the decoded original, chars.
    pub orig: [usize; 2],
}

/// Where the document came from.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Source {
    /// File path (for a dump: the dump's path).
    pub path: Option<String>,
    /// Line number in a JSONL dump (1-based).
    pub line: Option<u64>,
    pub url: Option<String>,
    pub publisher: Option<String>,
    /// Fields of a dump line bangfu does not interpret, kept as given.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub extra: BTreeMap<String, serde_json::Value>,
}

/// The publication date and where it was found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PublicationDate {
    /// `YYYY-MM-DD` (or a prefix of it).
    pub value: String,
    /// `dump` (the dump's `date` field), `metadata` (a date line of the
    /// article), `url` (the page address), or `default` (`--pub-date`).
    pub origin: String,
}

/// Who the document is.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DocInfo {
    /// File stem, or the dump line's `id`.
    pub id: String,
    pub source: Source,
    pub title: Option<String>,
    pub publication_date: Option<PublicationDate>,
}

/// What the normaliser did.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct NormalizationSummary {
    /// Detected encoding (WHATWG name).
    pub encoding: String,
    /// OpenCC configuration applied, if any.
    pub converted: Option<String>,
    /// Replacement characters in the decoded text.
    pub replacement_chars: usize,
    /// Number of changes by kind (`mojibake`, `ruby`, `width`, `convert`, `layout`, …).
    pub changes: BTreeMap<String, usize>,
    pub warnings: Vec<String>,
}

/// An entity with its id and both spans.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DocEntity {
    /// `e1`, `e2`, … in text order.
    pub id: String,
    pub text: String,
    pub span: DocSpan,
    #[serde(flatten)]
    pub value: EntityValue,
}

/// A party of a record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DocParty {
    /// Id of the institution or place entity.
    pub entity: String,
    /// Its name (the institution's full name, or the place as written).
    pub name: String,
    pub role: Role,
}

/// A reference to an entity with its value, so a reader need not look it up.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ValueRef {
    pub entity: String,
    /// EDTF for dates, ISO 8601 for durations, a number for counts and amounts.
    pub value: serde_json::Value,
    /// Further count or amount entities added to `entity`'s to make
    /// `value`: people counted in one list (`执行院长1名、科室主任10名` →
    /// 11), the values of goods given together (`价值60万元的A和价值10万元
    /// 的B` → 700000).  Absent when `value` is `entity`'s own.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub summed_with: Vec<String>,
}

/// The trigger of a record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DocTrigger {
    pub text: String,
    pub span: DocSpan,
}

/// Where a record was read: the sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DocEvidence {
    pub span: DocSpan,
    pub text: String,
}

/// One aid record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DocRecord {
    /// `r1`, `r2`, … in text order.
    pub id: String,
    #[serde(rename = "type")]
    pub kind: bangfu_extract::AidType,
    pub trigger: DocTrigger,
    pub donors: Vec<DocParty>,
    pub recipients: Vec<DocParty>,
    pub date: Option<ValueRef>,
    pub persons: Option<ValueRef>,
    pub institutions: Option<ValueRef>,
    pub amount: Option<ValueRef>,
    pub duration: Option<ValueRef>,
    pub departments: Vec<String>,
    pub status: Status,
    pub confidence: f64,
    pub recommended_for_aggregates: bool,
    pub evidence: Vec<DocEvidence>,
}

/// The output for one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(
    title = "bangfu aid document",
    description = "Entities and aid records extracted by bangfu from one article."
)]
pub struct Document {
    /// [`SCHEMA_VERSION`] of the format.
    pub schema_version: String,
    pub doc: DocInfo,
    pub normalization: NormalizationSummary,
    pub entities: Vec<DocEntity>,
    pub records: Vec<DocRecord>,
}

/// Why a document could not be processed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DocFailure {
    /// `binary`, `decode`, `too_large`, `malformed_jsonl`, `text_not_string`, `io`,
    /// `internal` (a bug in bangfu, caught for that document alone).
    pub kind: String,
    pub message: String,
}

/// The output line for a document that failed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ErrorLine {
    pub schema_version: String,
    pub doc: DocInfo,
    pub error: DocFailure,
}

/// One output line: a document or an error.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum OutputLine {
    Document(Document),
    Error(ErrorLine),
}

/// Builds a [`Document`] from the stages' outputs.
pub struct Builder<'a> {
    text: &'a str,
    chars: Vec<char>,
    orig: &'a dyn Fn(usize, usize) -> (usize, usize),
}

impl<'a> Builder<'a> {
    /// `text` is the normalised text; `orig(start, end)` maps a normalised
    /// char span to the original char span (the normaliser's alignment).
    pub fn new(text: &'a str, orig: &'a dyn Fn(usize, usize) -> (usize, usize)) -> Builder<'a> {
        Builder {
            text,
            chars: text.chars().collect(),
            orig,
        }
    }

    fn span(&self, s: usize, e: usize) -> DocSpan {
        let (os, oe) = (self.orig)(s, e);
        DocSpan {
            norm: [s, e],
            orig: [os, oe],
        }
    }

    fn slice(&self, s: usize, e: usize) -> String {
        self.chars[s..e].iter().collect()
    }

    pub fn document(
        &self,
        doc: DocInfo,
        normalization: NormalizationSummary,
        ex: &Extraction,
    ) -> Document {
        let _ = self.text;
        let entities: Vec<DocEntity> = ex
            .entities
            .iter()
            .enumerate()
            .map(|(k, e)| DocEntity {
                id: entity_id(k),
                text: e.text.clone(),
                span: self.span(e.span.start, e.span.end),
                value: e.value.clone(),
            })
            .collect();
        let records = ex
            .records
            .iter()
            .enumerate()
            .map(|(k, r)| self.record(k, r, &ex.entities))
            .collect();
        Document {
            schema_version: SCHEMA_VERSION.to_string(),
            doc,
            normalization,
            entities,
            records,
        }
    }

    fn record(&self, k: usize, r: &AidRecord, entities: &[Entity]) -> DocRecord {
        let party = |p: &bangfu_extract::PartyRef| DocParty {
            entity: entity_id(p.entity),
            name: entities[p.entity].name().to_string(),
            role: p.role,
        };
        let value_ref = |k: Option<usize>| {
            k.map(|k| ValueRef {
                entity: entity_id(k),
                value: match &entities[k].value {
                    EntityValue::Date(d) => serde_json::json!(d.value),
                    EntityValue::Duration(d) => serde_json::json!(d.value),
                    EntityValue::Count(c) => serde_json::json!(c.value),
                    EntityValue::Amount(a) => serde_json::json!(a.yuan.or(a.value)),
                    _ => serde_json::Value::Null,
                },
                summed_with: Vec::new(),
            })
        };
        // people counted in one list are summed, and so are the values of
        // goods listed in one gift: the value is the sum, each part named
        let summed = |k: Option<usize>, also: &[usize]| {
            value_ref(k).map(|mut v| {
                if !also.is_empty() {
                    let number = |k: usize| match &entities[k].value {
                        EntityValue::Count(c) => c.value,
                        EntityValue::Amount(a) => a.yuan.or(a.value),
                        _ => None,
                    };
                    let sum: Option<f64> =
                        k.into_iter().chain(also.iter().copied()).map(number).sum();
                    v.value = serde_json::json!(sum);
                    v.summed_with = also.iter().map(|&k| entity_id(k)).collect();
                }
                v
            })
        };
        let persons = summed(r.persons, &r.persons_also);
        let amount = summed(r.amount, &r.amount_also);
        let t = r.evidence[0].trigger;
        DocRecord {
            id: format!("r{}", k + 1),
            kind: r.kind,
            trigger: DocTrigger {
                text: r.trigger.clone(),
                span: self.span(t.start, t.end),
            },
            donors: r.donors.iter().map(party).collect(),
            recipients: r.recipients.iter().map(party).collect(),
            date: value_ref(r.date),
            persons,
            institutions: value_ref(r.institutions),
            amount,
            duration: value_ref(r.duration),
            departments: r.departments.clone(),
            status: r.status,
            confidence: r.confidence,
            recommended_for_aggregates: r.recommended_for_aggregates,
            evidence: r
                .evidence
                .iter()
                .map(|e| DocEvidence {
                    span: self.span(e.sentence.start, e.sentence.end),
                    text: self.slice(e.sentence.start, e.sentence.end),
                })
                .collect(),
        }
    }
}

impl Document {
    /// Checks this document against the texts it points into: `text` (the
    /// normalised text) and `original` (the decoded original).  Every `norm`
    /// span is inside `text` and its slice is the `text` written beside it;
    /// every `orig` span is inside `original`; every reference names an
    /// entity of the document.  The pipeline's fuzz target asserts through
    /// this.
    pub fn check(&self, text: &str, original: &str) -> Result<(), String> {
        let norm: Vec<char> = text.chars().collect();
        let orig_len = original.chars().count();
        let slice = |sp: &DocSpan| -> Result<String, String> {
            let [s, e] = sp.norm;
            let [os, oe] = sp.orig;
            if s > e || e > norm.len() || os > oe || oe > orig_len {
                return Err(format!(
                    "span {sp:?} outside the texts ({} / {orig_len} chars)",
                    norm.len()
                ));
            }
            Ok(norm[s..e].iter().collect())
        };
        for e in &self.entities {
            if slice(&e.span)? != e.text {
                return Err(format!("entity {} text is not its slice", e.id));
            }
        }
        let ids: std::collections::HashSet<&str> =
            self.entities.iter().map(|e| e.id.as_str()).collect();
        for r in &self.records {
            if slice(&r.trigger.span)? != r.trigger.text {
                return Err(format!("record {} trigger is not its slice", r.id));
            }
            for ev in &r.evidence {
                if slice(&ev.span)? != ev.text {
                    return Err(format!("record {} evidence is not its slice", r.id));
                }
            }
            let refs = r
                .donors
                .iter()
                .chain(&r.recipients)
                .map(|p| &p.entity)
                .chain(
                    [&r.date, &r.persons, &r.institutions, &r.amount, &r.duration]
                        .into_iter()
                        .flatten()
                        .flat_map(|v| std::iter::once(&v.entity).chain(&v.summed_with)),
                );
            for id in refs {
                if !ids.contains(id.as_str()) {
                    return Err(format!("record {} names no entity {id}", r.id));
                }
            }
        }
        Ok(())
    }
}

fn entity_id(k: usize) -> String {
    format!("e{}", k + 1)
}

/// The JSON Schema of one output line, pretty-printed, as committed in
/// `schemas/aid-document.v1.schema.json`.
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(OutputLine);
    let mut s = serde_json::to_string_pretty(&schema).expect("a schema serialises");
    s.push('\n');
    s
}

/// The CSV header of [`csv_rows`].
pub const CSV_HEADER: &[&str] = &[
    "doc_id",
    "publication_date",
    "record_id",
    "type",
    "donors",
    "recipients",
    "date",
    "persons",
    "institutions",
    "yuan",
    "duration",
    "departments",
    "status",
    "confidence",
    "recommended_for_aggregates",
    "trigger",
    "evidence",
];

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn value_text(v: &Option<ValueRef>) -> String {
    match v.as_ref().map(|v| &v.value) {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Null) | None => String::new(),
        Some(other) => other.to_string(),
    }
}

/// One CSV line per record of `doc` (flattened; lists joined with `;`).
pub fn csv_rows(doc: &Document) -> Vec<String> {
    doc.records
        .iter()
        .map(|r| {
            let names = |ps: &[DocParty]| {
                ps.iter()
                    .map(|p| p.name.as_str())
                    .collect::<Vec<_>>()
                    .join(";")
            };
            let fields = [
                doc.doc.id.clone(),
                doc.doc
                    .publication_date
                    .as_ref()
                    .map(|p| p.value.clone())
                    .unwrap_or_default(),
                r.id.clone(),
                r.kind.as_str().to_string(),
                names(&r.donors),
                names(&r.recipients),
                value_text(&r.date),
                value_text(&r.persons),
                value_text(&r.institutions),
                value_text(&r.amount),
                value_text(&r.duration),
                r.departments.join(";"),
                serde_json::to_value(r.status)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default(),
                format!("{:.2}", r.confidence),
                r.recommended_for_aggregates.to_string(),
                r.trigger.text.clone(),
                r.evidence
                    .first()
                    .map(|e| e.text.clone())
                    .unwrap_or_default(),
            ];
            fields
                .iter()
                .map(|f| csv_field(f))
                .collect::<Vec<_>>()
                .join(",")
        })
        .collect()
}
