//! `bangfu eval`: scores extraction against gold files (GUIDELINES.md format).
//!
//! A gold file describes one article as sets of distinct facts.  Predictions
//! are reduced the same way (one item per distinct value) and compared per
//! field; precision, recall and F1 are micro-averaged over articles:
//!
//! * dates, durations: same `value`;
//! * amounts: same `yuan` and `qualifier`;
//! * counts: same `value` and `unit`, as a multiset; `count_nouns` adds the noun;
//! * institutions, places: `strict` same string, `lenient` one contains the other;
//! * aid: same `type`, donor and recipient matching leniently; `aid_dates` adds the date.

use bangfu_emit::{Document, OutputLine};
use serde_json::Value;
use std::collections::BTreeMap;

#[derive(Debug, Default, Clone, Copy, serde::Serialize)]
pub struct Score {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Score {
    pub fn precision(&self) -> f64 {
        if self.tp + self.fp == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }
    pub fn recall(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, tp: usize, pred: usize, gold: usize) {
        self.tp += tp;
        self.fp += pred - tp;
        self.fn_ += gold - tp;
    }
}

/// Greedy one-to-one matching; returns matched pairs count.
fn matched<T>(pred: &[T], gold: &[T], same: impl Fn(&T, &T) -> bool) -> usize {
    let mut used = vec![false; pred.len()];
    let mut n = 0;
    for g in gold {
        if let Some(k) = (0..pred.len()).find(|&k| !used[k] && same(&pred[k], g)) {
            used[k] = true;
            n += 1;
        }
    }
    n
}

fn dedup<T: PartialEq>(v: Vec<T>) -> Vec<T> {
    let mut out: Vec<T> = Vec::new();
    for x in v {
        if !out.contains(&x) {
            out.push(x);
        }
    }
    out
}

fn lenient(a: &str, b: &str) -> bool {
    !a.is_empty() && !b.is_empty() && (a.contains(b) || b.contains(a))
}

fn num(v: &Value) -> Option<f64> {
    v.as_f64()
}

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() < 1e-6 * a.abs().max(1.0),
        _ => false,
    }
}

/// Field name → score.
pub type Scores = BTreeMap<&'static str, Score>;

/// Scores one document against its gold object.
pub fn score_doc(doc: &Document, gold: &Value, scores: &mut Scores) {
    let ents = |kind: &'static str| {
        doc.entities
            .iter()
            .filter(move |e| e.value.kind() == kind)
            .map(|e| serde_json::to_value(e).unwrap_or(Value::Null))
    };
    let arr = |k: &str| {
        gold.get(k)
            .and_then(|v| v.as_array())
            .cloned()
            .unwrap_or_default()
    };
    let s = |v: &Value, k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_string);

    for (field, kind) in [("dates", "date"), ("durations", "duration")] {
        let pred = dedup(ents(kind).filter_map(|e| s(&e, "value")).collect());
        let gold = dedup(arr(field).iter().filter_map(|g| s(g, "value")).collect());
        scores.entry(field).or_default().add(
            matched(&pred, &gold, |a, b| a == b),
            pred.len(),
            gold.len(),
        );
    }
    {
        let pred = dedup(
            ents("amount")
                .map(|e| (e.get("yuan").and_then(num), s(&e, "qualifier")))
                .collect(),
        );
        let gold = dedup(
            arr("amounts")
                .iter()
                .map(|g| (g.get("yuan").and_then(num), s(g, "qualifier")))
                .collect(),
        );
        scores.entry("amounts").or_default().add(
            matched(&pred, &gold, |a, b| close(a.0, b.0) && a.1 == b.1),
            pred.len(),
            gold.len(),
        );
    }
    {
        let pred = dedup(
            ents("count")
                .map(|e| (e.get("value").and_then(num), s(&e, "unit"), s(&e, "noun")))
                .collect(),
        );
        let gold: Vec<_> = arr("counts")
            .iter()
            .map(|g| (g.get("value").and_then(num), s(g, "unit"), s(g, "noun")))
            .collect();
        scores.entry("counts").or_default().add(
            matched(&pred, &gold, |a, b| close(a.0, b.0) && a.1 == b.1),
            pred.len(),
            gold.len(),
        );
        scores.entry("count_nouns").or_default().add(
            matched(&pred, &gold, |a, b| {
                close(a.0, b.0) && a.1 == b.1 && a.2 == b.2
            }),
            pred.len(),
            gold.len(),
        );
    }
    for (field, kind) in [("institutions", "institution"), ("places", "place")] {
        let pred: Vec<String> = dedup(
            ents(kind)
                .filter(|e| e.get("deictic").and_then(|x| x.as_bool()) != Some(true))
                .map(|e| {
                    if e.get("elided").and_then(|x| x.as_bool()) == Some(true) {
                        s(&e, "name")
                    } else {
                        s(&e, "text")
                    }
                    .unwrap_or_default()
                })
                .collect(),
        );
        let gold: Vec<String> = dedup(
            arr(field)
                .iter()
                .filter_map(|g| g.as_str().map(str::to_string))
                .collect(),
        );
        let strict: &'static str = if kind == "place" {
            "places"
        } else {
            "institutions"
        };
        let lenient_name: &'static str = if kind == "place" {
            "places_lenient"
        } else {
            "institutions_lenient"
        };
        scores.entry(strict).or_default().add(
            matched(&pred, &gold, |a, b| a == b),
            pred.len(),
            gold.len(),
        );
        scores.entry(lenient_name).or_default().add(
            matched(&pred, &gold, |a, b| lenient(a, b)),
            pred.len(),
            gold.len(),
        );
    }
    {
        let mut pred = Vec::new();
        for r in &doc.records {
            let kind = r.kind.as_str().to_string();
            let date = r
                .date
                .as_ref()
                .and_then(|d| d.value.as_str().map(str::to_string));
            for d in r
                .donors
                .iter()
                .filter(|d| d.role != bangfu_extract::Role::Implementing)
            {
                for rc in &r.recipients {
                    pred.push((kind.clone(), d.name.clone(), rc.name.clone(), date.clone()));
                }
            }
        }
        let pred = dedup(pred);
        let gold: Vec<_> = arr("aid")
            .iter()
            .map(|g| {
                (
                    s(g, "type").unwrap_or_default(),
                    s(g, "donor").unwrap_or_default(),
                    s(g, "recipient").unwrap_or_default(),
                    s(g, "date"),
                )
            })
            .collect();
        let same = |a: &(String, String, String, Option<String>),
                    b: &(String, String, String, Option<String>)| {
            a.0 == b.0 && lenient(&a.1, &b.1) && lenient(&a.2, &b.2)
        };
        // Distinct (type, donor, recipient) for the main score.
        let pred_keys = dedup(
            pred.iter()
                .map(|p| (p.0.clone(), p.1.clone(), p.2.clone(), None))
                .collect::<Vec<_>>(),
        );
        scores.entry("aid").or_default().add(
            matched(&pred_keys, &gold, same),
            pred_keys.len(),
            gold.len(),
        );
        scores.entry("aid_dates").or_default().add(
            matched(&pred, &gold, |a, b| same(a, b) && a.3 == b.3),
            pred.len(),
            gold.len(),
        );
    }
}

/// Loads gold files of a directory: doc id → gold object.
pub fn load_gold(dir: &std::path::Path) -> anyhow::Result<BTreeMap<String, Value>> {
    let mut out = BTreeMap::new();
    for e in std::fs::read_dir(dir)? {
        let p = e?.path();
        if p.extension().and_then(|x| x.to_str()) != Some("json") {
            continue;
        }
        let v: Value = serde_json::from_slice(&std::fs::read(&p)?)
            .map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?;
        let id = v
            .get("doc")
            .and_then(|d| d.as_str())
            .map(str::to_string)
            .or_else(|| p.file_stem().map(|s| s.to_string_lossy().into_owned()));
        if let Some(id) = id {
            out.insert(id, v);
        }
    }
    Ok(out)
}

/// Scores every output document that has a gold file.
pub fn evaluate(outputs: &[OutputLine], gold: &BTreeMap<String, Value>) -> (Scores, usize) {
    let mut scores = Scores::new();
    let mut n = 0;
    for o in outputs {
        if let OutputLine::Document(d) = o
            && let Some(g) = gold.get(&d.doc.id)
        {
            score_doc(d, g, &mut scores);
            n += 1;
        }
    }
    (scores, n)
}

/// The human-readable table.
pub fn table(scores: &Scores, docs: usize) -> String {
    let mut s = format!(
        "{docs} documents scored\n{:<22} {:>6} {:>6} {:>6} {:>5} {:>5} {:>5}\n",
        "field", "P", "R", "F1", "tp", "fp", "fn"
    );
    for (k, v) in scores {
        s.push_str(&format!(
            "{:<22} {:>6.3} {:>6.3} {:>6.3} {:>5} {:>5} {:>5}\n",
            k,
            v.precision(),
            v.recall(),
            v.f1(),
            v.tp,
            v.fp,
            v.fn_
        ));
    }
    s
}
