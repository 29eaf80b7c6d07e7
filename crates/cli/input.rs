//! Where documents come from: files, directories (recursive) and JSONL dumps.

use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// One document to process.
pub struct Doc {
    pub id: String,
    pub source: serde_json::Value,
    pub date: Option<String>,
    pub bytes: Vec<u8>,
}

/// A document that could not even be read.
pub struct DocError {
    pub id: String,
    pub source: serde_json::Value,
    pub kind: &'static str,
    pub message: String,
}

/// Reads a whole file, or standard input for `-`.
pub fn read_path(p: &Path) -> std::io::Result<Vec<u8>> {
    if p == Path::new("-") {
        let mut v = Vec::new();
        std::io::stdin().lock().read_to_end(&mut v)?;
        Ok(v)
    } else {
        std::fs::read(p)
    }
}

/// The files named by `paths`: files as given, directories walked
/// recursively for `.txt`, `.html`, `.htm` and `.jsonl` files (sorted, so
/// the order is the same on every machine).
pub fn expand(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut stack = vec![p.clone()];
            let mut files = Vec::new();
            while let Some(d) = stack.pop() {
                let Ok(rd) = std::fs::read_dir(&d) else {
                    continue;
                };
                for e in rd.flatten() {
                    let path = e.path();
                    if path.is_dir() {
                        stack.push(path);
                    } else if matches!(
                        path.extension().and_then(|e| e.to_str()),
                        Some("txt" | "html" | "htm" | "jsonl")
                    ) {
                        files.push(path);
                    }
                }
            }
            files.sort();
            out.extend(files);
        } else {
            out.push(p.clone());
        }
    }
    out
}

/// One line of a JSONL dump, read with a bound on its length.
enum Line {
    Text(Vec<u8>),
    /// Longer than the bound: its bytes were skipped, not kept.
    TooLong(u64),
}

/// Lines of `r`, none held longer than `limit` bytes: a longer line is read
/// through and reported by its length, so one runaway line (a 10 GB dump with
/// no newline) costs no more memory than a good one.
struct BoundedLines<R> {
    r: R,
    limit: usize,
    done: bool,
}

impl<R: BufRead> Iterator for BoundedLines<R> {
    type Item = std::io::Result<Line>;
    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let mut buf = Vec::new();
        let mut total: u64 = 0;
        loop {
            let chunk = match self.r.fill_buf() {
                Ok(c) => c,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.done = true;
                    return Some(Err(e));
                }
            };
            if chunk.is_empty() {
                self.done = true;
                if total == 0 {
                    return None;
                }
                break;
            }
            let (take, newline) = match chunk.iter().position(|&b| b == b'\n') {
                Some(i) => (i, true),
                None => (chunk.len(), false),
            };
            if buf.len() + take <= self.limit {
                buf.extend_from_slice(&chunk[..take]);
            } else {
                buf = Vec::new();
            }
            total += take as u64;
            self.r.consume(take + usize::from(newline));
            if newline {
                break;
            }
        }
        Some(Ok(if total as usize > self.limit {
            Line::TooLong(total)
        } else {
            Line::Text(buf)
        }))
    }
}

/// The total size of `files`, when it is known (not for standard input).
pub fn total_bytes(files: &[PathBuf]) -> Option<u64> {
    files
        .iter()
        .map(|p| (p != Path::new("-")).then(|| std::fs::metadata(p).map_or(0, |m| m.len())))
        .sum()
}

/// A reader that adds the bytes it hands out to a shared counter.
struct Counting<R> {
    inner: R,
    read: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// All documents of `files` (see [`expand`]), in order.  A document longer
/// than `max_bytes` (a file, or a dump line, which also holds JSON escapes
/// and metadata, so it may be up to twice that) is reported without being
/// read into memory.  Every byte read (or skipped) is added to `read`, for a
/// progress display.
pub fn documents(
    files: Vec<PathBuf>,
    max_bytes: usize,
    read: Arc<AtomicU64>,
) -> impl Iterator<Item = Result<Doc, DocError>> {
    let line_limit = max_bytes.saturating_mul(2).saturating_add(64 * 1024);
    files.into_iter().flat_map(
        move |p| -> Box<dyn Iterator<Item = Result<Doc, DocError>>> {
            let src = serde_json::json!({"path": p.display().to_string()});
            if p == Path::new("-") {
                // Standard input is a JSONL dump when it starts with `{`
                // (streamed, as a dump file is); otherwise one document.
                let mut r = std::io::BufReader::with_capacity(
                    1 << 16,
                    Counting {
                        inner: std::io::stdin(),
                        read: read.clone(),
                    },
                );
                let dump = loop {
                    match r.fill_buf() {
                        Ok([]) => break false,
                        Ok(buf) => match buf.iter().position(|b| !b.is_ascii_whitespace()) {
                            Some(k) => break buf[k] == b'{',
                            None => {
                                let n = buf.len();
                                r.consume(n);
                            }
                        },
                        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                        Err(_) => break false,
                    }
                };
                if dump {
                    return Box::new(dump_documents(r, "-".to_string(), line_limit));
                }
                let mut bytes = Vec::new();
                return Box::new(std::iter::once(match r.read_to_end(&mut bytes) {
                    Ok(_) if bytes.len() > max_bytes => Err(DocError {
                        id: "-".to_string(),
                        source: src,
                        kind: "too_large",
                        message: format!(
                            "{} bytes is over the limit of {max_bytes} bytes (--max-doc-bytes)",
                            bytes.len()
                        ),
                    }),
                    Ok(_) => Ok(Doc {
                        id: "-".to_string(),
                        source: src,
                        date: None,
                        bytes,
                    }),
                    Err(e) => Err(DocError {
                        id: "-".to_string(),
                        source: src,
                        kind: "io",
                        message: e.to_string(),
                    }),
                }));
            }
            if p.extension().and_then(|e| e.to_str()) == Some("jsonl") {
                match std::fs::File::open(&p) {
                    Ok(f) => Box::new(dump_documents(
                        std::io::BufReader::with_capacity(
                            1 << 16,
                            Counting {
                                inner: f,
                                read: read.clone(),
                            },
                        ),
                        p.display().to_string(),
                        line_limit,
                    )),
                    Err(e) => Box::new(std::iter::once(Err(DocError {
                        id: p.display().to_string(),
                        source: src,
                        kind: "io",
                        message: e.to_string(),
                    }))),
                }
            } else {
                let id = p
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let size = std::fs::metadata(&p).map(|m| m.len()).unwrap_or(0);
                read.fetch_add(size, Ordering::Relaxed);
                if p != Path::new("-") && size > max_bytes as u64 {
                    return Box::new(std::iter::once(Err(DocError {
                        id,
                        source: src,
                        kind: "too_large",
                        message: format!(
                            "{size} bytes is over the limit of {max_bytes} bytes (--max-doc-bytes)"
                        ),
                    })));
                }
                Box::new(std::iter::once(match read_path(&p) {
                    Ok(bytes) => Ok(Doc {
                        id,
                        source: src,
                        date: None,
                        bytes,
                    }),
                    Err(e) => Err(DocError {
                        id,
                        source: src,
                        kind: "io",
                        message: e.to_string(),
                    }),
                }))
            }
        },
    )
}

/// The documents of one JSONL dump read from `r` (named `path` in errors
/// and in `source`), one per non-blank line.  A line longer than
/// `line_limit` bytes is reported as `too_large` without being held; a line
/// that is not UTF-8, not a JSON object or has no string `text` is reported
/// by its own kind.  Line numbers count from 1 and include blank lines.
pub fn dump_documents<R: BufRead>(
    r: R,
    path: String,
    line_limit: usize,
) -> impl Iterator<Item = Result<Doc, DocError>> {
    let lines = BoundedLines {
        r,
        limit: line_limit,
        done: false,
    };
    lines.enumerate().filter_map(move |(i, line)| {
        let id_default = format!("{path}:{}", i + 1);
        let fail = |kind, message: String| {
            Some(Err(DocError {
                id: id_default.clone(),
                source: serde_json::json!({"path": path, "line": i + 1}),
                kind,
                message,
            }))
        };
        let line = match line {
            Ok(Line::Text(l)) => l,
            Ok(Line::TooLong(n)) => {
                return fail(
                    "too_large",
                    format!(
                        "dump line of {n} bytes is over the limit of {line_limit} bytes (--max-doc-bytes)"
                    ),
                );
            }
            Err(e) => return fail("io", e.to_string()),
        };
        let Ok(line) = std::str::from_utf8(&line) else {
            return fail(
                "malformed_jsonl",
                "dump line is not valid UTF-8 (JSON text must be)".into(),
            );
        };
        if line.trim().is_empty() {
            return None;
        }
        Some(parse_jsonl(line, id_default.clone(), &path, i + 1))
    })
}

/// The fields of a dump line bangfu reads; every other field is kept in
/// `source.extra`.
const KNOWN_FIELDS: &[&str] = &["id", "text", "date", "url", "title", "source"];

fn parse_jsonl(line: &str, id_default: String, path: &str, n: usize) -> Result<Doc, DocError> {
    let v: serde_json::Value = serde_json::from_str(line).map_err(|e| DocError {
        id: id_default.clone(),
        source: serde_json::json!({"path": path, "line": n}),
        kind: "malformed_jsonl",
        message: format!("not a JSON object: {e}"),
    })?;
    let Some(obj) = v.as_object() else {
        return Err(DocError {
            id: id_default,
            source: serde_json::json!({"path": path, "line": n}),
            kind: "malformed_jsonl",
            message: "the line is JSON but not an object".into(),
        });
    };
    let id = v
        .get("id")
        .and_then(|x| {
            x.as_str()
                .map(String::from)
                .or_else(|| x.as_i64().map(|n| n.to_string()))
        })
        .unwrap_or(id_default);
    let mut source = serde_json::json!({"path": path, "line": n});
    for k in ["url", "title", "source"] {
        if let Some(x) = v.get(k) {
            source[k] = x.clone();
        }
    }
    let extra: serde_json::Map<String, serde_json::Value> = obj
        .iter()
        .filter(|(k, _)| !KNOWN_FIELDS.contains(&k.as_str()))
        .map(|(k, x)| (k.clone(), x.clone()))
        .collect();
    if !extra.is_empty() {
        source["extra"] = serde_json::Value::Object(extra);
    }
    let text = match v.get("text") {
        Some(serde_json::Value::String(t)) => t,
        None => {
            return Err(DocError {
                id,
                source,
                kind: "malformed_jsonl",
                message: "the \"text\" field is missing".into(),
            });
        }
        Some(other) => {
            let what = match other {
                serde_json::Value::Null => "null",
                serde_json::Value::Bool(_) => "a boolean",
                serde_json::Value::Number(_) => "a number",
                serde_json::Value::Array(_) => "an array",
                _ => "an object",
            };
            return Err(DocError {
                id,
                source,
                kind: "text_not_string",
                message: format!("the \"text\" field is {what}, not a string"),
            });
        }
    };
    let date = v.get("date").and_then(|d| d.as_str()).map(String::from);
    Ok(Doc {
        id,
        source,
        date,
        bytes: text.as_bytes().to_vec(),
    })
}
