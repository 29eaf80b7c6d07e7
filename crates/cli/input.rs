//! Where documents come from: files, directories (recursive) and JSONL dumps.

use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};

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

fn expand(paths: &[PathBuf]) -> Vec<PathBuf> {
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

/// All documents under `paths`, in order.
pub fn documents(paths: &[PathBuf]) -> impl Iterator<Item = Result<Doc, DocError>> {
    expand(paths)
        .into_iter()
        .flat_map(|p| -> Box<dyn Iterator<Item = Result<Doc, DocError>>> {
            let src = serde_json::json!({"path": p.display().to_string()});
            if p.extension().and_then(|e| e.to_str()) == Some("jsonl") {
                match std::fs::File::open(&p) {
                    Ok(f) => {
                        let path = p.display().to_string();
                        Box::new(std::io::BufReader::new(f).lines().enumerate().filter_map(
                            move |(i, line)| {
                                let id_default = format!("{path}:{}", i + 1);
                                let line = match line {
                                    Ok(l) => l,
                                    Err(e) => {
                                        return Some(Err(DocError {
                                            id: id_default,
                                            source: serde_json::json!({"path": path}),
                                            kind: "io",
                                            message: e.to_string(),
                                        }));
                                    }
                                };
                                if line.trim().is_empty() {
                                    return None;
                                }
                                Some(parse_jsonl(&line, id_default, &path))
                            },
                        ))
                    }
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
        })
}

fn parse_jsonl(line: &str, id_default: String, path: &str) -> Result<Doc, DocError> {
    let v: serde_json::Value = serde_json::from_str(line).map_err(|e| DocError {
        id: id_default.clone(),
        source: serde_json::json!({"path": path}),
        kind: "malformed_jsonl",
        message: format!("not a JSON object: {e}"),
    })?;
    let id = v
        .get("id")
        .and_then(|x| {
            x.as_str()
                .map(String::from)
                .or_else(|| x.as_i64().map(|n| n.to_string()))
        })
        .unwrap_or(id_default);
    let mut source = serde_json::json!({"path": path});
    for k in ["url", "title", "source"] {
        if let Some(x) = v.get(k) {
            source[k] = x.clone();
        }
    }
    let text = v
        .get("text")
        .and_then(|t| t.as_str())
        .ok_or_else(|| DocError {
            id: id.clone(),
            source: source.clone(),
            kind: "malformed_jsonl",
            message: "the \"text\" field is missing or not a string".into(),
        })?;
    let date = v.get("date").and_then(|d| d.as_str()).map(String::from);
    Ok(Doc {
        id,
        source,
        date,
        bytes: text.as_bytes().to_vec(),
    })
}
