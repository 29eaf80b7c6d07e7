//! One document through the four stages: bytes → [`bangfu_emit::OutputLine`].

use crate::input::{Doc, DocError};
use bangfu_emit::{
    Builder, DocFailure, DocInfo, ErrorLine, NormalizationSummary, OutputLine, PublicationDate,
    SCHEMA_VERSION, Source,
};
use bangfu_extract::Published;
use bangfu_normalize::Options;
use std::collections::BTreeMap;

/// Settings shared by every document of a run.
pub struct Settings {
    pub normalize: Options,
    /// `--pub-date`: the publication date when a document gives none.
    pub default_pub_date: Option<Published>,
    /// `--max-doc-bytes`.
    pub max_doc_bytes: usize,
}

fn source_of(v: &serde_json::Value) -> Source {
    let s = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_string);
    let mut extra = BTreeMap::new();
    if let Some(obj) = v.get("extra").and_then(|x| x.as_object()) {
        for (k, x) in obj {
            extra.insert(k.clone(), x.clone());
        }
    }
    Source {
        path: s("path"),
        line: v.get("line").and_then(|x| x.as_u64()),
        url: s("url"),
        publisher: s("source"),
        extra,
    }
}

/// A date in a page address: `/202412/t20241205_…` (the day), `/2020/0730/`,
/// `/2022-07/22/`, or `/2022-07/` (a month and no day).
fn url_date(url: &str) -> Option<Published> {
    let digits: Vec<&str> = url
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .collect();
    let plausible = |p: Published| (1990..=2100).contains(&p.year).then_some(p);
    for w in 0..digits.len() {
        let p = digits[w];
        if p.len() == 8
            && let Some(d) = Published::parse(p).and_then(plausible)
        {
            return Some(d);
        }
        if p.len() == 4 {
            let cand = match digits.get(w + 1).map(|n| n.len()) {
                Some(4) => format!("{p}{}", digits[w + 1]),
                Some(2) => match digits.get(w + 2).filter(|d| d.len() == 2) {
                    Some(day) => format!("{p}-{}-{day}", digits[w + 1]),
                    None => format!("{p}-{}", digits[w + 1]),
                },
                _ => continue,
            };
            if let Some(d) = Published::parse(&cand).and_then(plausible) {
                return Some(d);
            }
        }
    }
    None
}

pub fn error_line(e: DocError) -> OutputLine {
    OutputLine::Error(ErrorLine {
        schema_version: SCHEMA_VERSION.to_string(),
        doc: DocInfo {
            id: e.id,
            source: source_of(&e.source),
            ..DocInfo::default()
        },
        error: DocFailure {
            kind: e.kind.to_string(),
            message: e.message,
        },
    })
}

/// Runs the whole pipeline on one document.  A bug that panics on it
/// (it should not happen; every stage returns errors as values) becomes
/// that document's `internal` error line, and the batch goes on: one
/// document never costs the others, or what was written before it.
pub fn process(doc: Doc, settings: &Settings) -> OutputLine {
    let (id, source) = (doc.id.clone(), doc.source.clone());
    guarded(id, source, || run(doc, settings))
}

/// The output line `work` makes, or, where it panics, document `id`'s
/// `internal` error line.
fn guarded(id: String, source: serde_json::Value, work: impl FnOnce() -> OutputLine) -> OutputLine {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)) {
        Ok(line) => line,
        Err(payload) => {
            let why = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown cause".to_string());
            error_line(DocError {
                id,
                source,
                kind: "internal",
                message: format!("bangfu failed on this document (a bug, please report it): {why}"),
            })
        }
    }
}

fn run(doc: Doc, settings: &Settings) -> OutputLine {
    let source = source_of(&doc.source);
    if doc.bytes.len() > settings.max_doc_bytes {
        return error_line(DocError {
            id: doc.id,
            source: doc.source,
            kind: "too_large",
            message: format!(
                "{} bytes, more than --max-doc-bytes {}",
                doc.bytes.len(),
                settings.max_doc_bytes
            ),
        });
    }
    let n = match bangfu_normalize::normalize(&doc.bytes, &settings.normalize) {
        Ok(n) => n,
        Err(e) => {
            let kind = match e {
                bangfu_normalize::DecodeError::Binary { .. } => "binary",
            };
            return error_line(DocError {
                id: doc.id,
                source: doc.source,
                kind,
                message: e.to_string(),
            });
        }
    };
    // Where the publication date comes from, first found first: the dump's
    // `date`, the page's metadata, its address, `--pub-date`.  The whole
    // value (time of day included) anchors relative dates; the document
    // shows its date part.
    let (publication_date, published) = {
        let read = |v: &str| Published::parse(v);
        let dump = || doc.date.as_deref().and_then(read).map(|p| (p, "dump"));
        let meta = || {
            n.metadata
                .published
                .as_ref()
                .and_then(|p| p.value.as_deref())
                .and_then(read)
                .map(|p| (p, "metadata"))
        };
        let url = || source.url.as_deref().and_then(url_date).map(|p| (p, "url"));
        let default = || settings.default_pub_date.map(|p| (p, "default"));
        match dump().or_else(meta).or_else(url).or_else(default) {
            // as far as the value goes: `2021-09` anchors 上个月 but not 昨天
            Some((published, origin)) => {
                let date = PublicationDate {
                    value: published.iso_date(),
                    origin: origin.into(),
                };
                (Some(date), Some(published))
            }
            None => (None, None),
        }
    };
    // The publisher the normaliser read off the page's source line is an
    // organisation: where its name stands in the normalised text, extraction
    // takes it as one.
    let publishers = n
        .metadata
        .publisher
        .iter()
        .filter_map(|p| {
            let name = p.value.as_deref()?;
            // (where the line names it: at its end, `来源：A`, or before
            // its office, `（A党委宣传部）`)
            let [a, b] = n.norm_span(p.orig);
            let line: String = n.text.chars().skip(a).take(b - a).collect();
            let len = name.chars().count();
            let at = line.rfind(name).filter(|_| len > 0)?;
            let start = a + line[..at].chars().count();
            Some(bangfu_extract::Span::new(start, start + len))
        })
        .collect();
    let ex =
        bangfu_extract::extract_with(&n.text, published, &bangfu_extract::Known { publishers });
    let mut changes = BTreeMap::new();
    for c in n.changes() {
        let k = serde_json::to_value(c.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        *changes.entry(k).or_insert(0) += 1;
    }
    let normalization = NormalizationSummary {
        encoding: n.encoding.to_string(),
        converted: n.converted.map(str::to_string),
        replacement_chars: n.replacement_chars,
        changes,
        warnings: n.warnings.clone(),
    };
    let title = doc
        .source
        .get("title")
        .and_then(|t| t.as_str())
        .map(str::to_string)
        .or_else(|| {
            n.metadata
                .title
                .as_ref()
                .map(|t| t.value.clone().unwrap_or_else(|| t.text.clone()))
        });
    let source = Source {
        publisher: source.publisher.or_else(|| {
            n.metadata
                .publisher
                .as_ref()
                .map(|p| p.value.clone().unwrap_or_else(|| p.text.clone()))
        }),
        ..source
    };
    let info = DocInfo {
        id: doc.id,
        source,
        title,
        publication_date,
    };
    let orig = |s: usize, e: usize| {
        let r = n.orig_span(s, e);
        (r[0], r[1])
    };
    let builder = Builder::new(&n.text, &orig);
    OutputLine::Document(builder.document(info, normalization, &ex))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_on_one_document_is_that_document_s_error() {
        let line = guarded("d7".into(), serde_json::json!({"path": "a.txt"}), || {
            panic!("overlapping replacements")
        });
        let OutputLine::Error(e) = line else {
            panic!("an error line")
        };
        assert_eq!(e.doc.id, "d7");
        assert_eq!(e.error.kind, "internal");
        assert!(
            e.error.message.contains("overlapping replacements"),
            "{}",
            e.error.message
        );
    }

    #[test]
    fn page_addresses_give_a_date_as_far_as_they_go() {
        let d = |u: &str| url_date(u).map(|p| p.iso_date());
        let s = |x: &str| Some(x.to_string());
        assert_eq!(
            d("http://x.gov.cn/art/202412/t20241205_123.html"),
            s("2024-12-05")
        );
        assert_eq!(d("https://x.com/2020/0730/c1.html"), s("2020-07-30"));
        assert_eq!(d("https://x.com/2022-07/22/c_1.htm"), s("2022-07-22"));
        assert_eq!(d("https://x.com/2022-07/content_9.htm"), s("2022-07"));
        assert_eq!(d("https://x.com/2022-13/content_9.htm"), None);
        assert_eq!(d("https://x.com/article/1234/56789.html"), None);
        assert_eq!(d("https://x.com/a/99991231.html"), None);
    }
}
