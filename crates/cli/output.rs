//! Writing a run's output: formats, ordering across threads, and the
//! temporary-file-then-rename rule for `-o`.
//!
//! Documents are read as a stream and processed in batches (256 documents
//! or 64 MB of input, whichever comes first): each batch is
//! mapped in parallel (rayon) and written in input order before the next is
//! read, so memory stays flat in the dump's size and the output is
//! byte-identical for any `--jobs`.

use crate::input::{Doc, DocError};
use crate::pipeline::{self, Settings};
use bangfu_emit::OutputLine;
use rayon::prelude::*;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// The progress bar of a run, on standard error: bytes of input read out of
/// the total (a bar with rate and time left) or, when the total is unknown
/// (standard input), a spinner; documents, records and errors so far beside
/// it.  Hidden unless asked for, so pipes and CI logs stay clean.
pub struct Progress {
    bar: Option<indicatif::ProgressBar>,
    read: Arc<AtomicU64>,
}

impl Progress {
    pub fn new(show: bool, total: Option<u64>, read: Arc<AtomicU64>) -> Progress {
        let bar = show.then(|| {
            let (bar, template) = match total {
                Some(t) => (
                    indicatif::ProgressBar::new(t),
                    "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} ({bytes_per_sec}, {eta} left) {msg}",
                ),
                None => (
                    indicatif::ProgressBar::new_spinner(),
                    "{spinner} [{elapsed_precise}] {bytes} ({bytes_per_sec}) {msg}",
                ),
            };
            bar.set_draw_target(indicatif::ProgressDrawTarget::stderr_with_hz(4));
            if let Ok(style) = indicatif::ProgressStyle::with_template(template) {
                bar.set_style(style);
            }
            bar
        });
        Progress { bar, read }
    }

    /// A progress that shows nothing.
    pub fn hidden() -> Progress {
        Progress::new(false, None, Default::default())
    }

    fn update(&self, s: &Summary) {
        if let Some(bar) = &self.bar {
            bar.set_position(self.read.load(Ordering::Relaxed));
            bar.set_message(format!(
                "{} docs, {} records, {} errors",
                s.documents, s.records, s.errors
            ));
        }
    }

    /// Prints a line on standard error without tearing the bar.
    fn eprintln(&self, line: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Jsonl,
    Json,
    Csv,
    Table,
}

/// Where output goes: stdout, a partial file renamed to the target on
/// success, or (for a target that is not a regular file) the target itself.
///
/// `-o out.jsonl` writes `.out.jsonl.partial` beside it and renames it to
/// `out.jsonl` only when the run completes, so a killed run leaves either no
/// `out.jsonl` or the previous one, never a truncated file.  The partial file
/// is what `--resume` continues from: its complete lines (and those of an
/// existing `out.jsonl`) are kept, and the documents they name are skipped.
pub struct Sink {
    writer: Box<dyn Write>,
    rename: Option<(PathBuf, PathBuf)>,
    /// Ids of documents already in the output (with `--resume`).
    pub done: std::collections::HashSet<String>,
}

/// The complete lines of a JSONL output file (a trailing partial line is
/// dropped), with the document id of each.
fn complete_lines(path: &Path) -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => anyhow::bail!("{}: {e}", path.display()),
    };
    let end = bytes.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let mut out = Vec::new();
    for line in bytes[..end].split(|&b| b == b'\n') {
        if line.is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_slice(line).map_err(|e| {
            anyhow::anyhow!(
                "{}: not bangfu JSONL output, cannot resume: {e}",
                path.display()
            )
        })?;
        let id = v["doc"]["id"].as_str().unwrap_or_default().to_string();
        out.push((id, line.to_vec()));
    }
    Ok(out)
}

impl Sink {
    pub fn open(path: Option<&Path>, resume: bool) -> anyhow::Result<Sink> {
        match path {
            None => {
                anyhow::ensure!(!resume, "--resume needs -o FILE");
                Ok(Sink {
                    writer: Box::new(std::io::BufWriter::new(std::io::stdout())),
                    rename: None,
                    done: Default::default(),
                })
            }
            Some(p) => {
                // A target that exists and is not a regular file (a FIFO, a
                // terminal, `/dev/null`) is written in place: renaming a
                // file over it would replace the device or pipe itself (as
                // root, `-o /dev/null` used to turn `/dev/null` into a
                // plain file that every later reader saw our output in).
                // A symbolic link is followed, so the link stays a link.
                let resolved;
                let p = match std::fs::metadata(p) {
                    Ok(m) if m.is_dir() => anyhow::bail!("{}: is a directory", p.display()),
                    Ok(m) if !m.is_file() => {
                        anyhow::ensure!(
                            !resume,
                            "{}: --resume needs -o to name a regular file",
                            p.display()
                        );
                        let f = std::fs::OpenOptions::new()
                            .write(true)
                            .open(p)
                            .map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?;
                        return Ok(Sink {
                            writer: Box::new(std::io::BufWriter::new(f)),
                            rename: None,
                            done: Default::default(),
                        });
                    }
                    Ok(_) => {
                        resolved = std::fs::canonicalize(p)
                            .map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?;
                        resolved.as_path()
                    }
                    Err(_) => p,
                };
                let dir = p
                    .parent()
                    .filter(|d| !d.as_os_str().is_empty())
                    .unwrap_or(Path::new("."));
                let name = p
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| "out".into());
                let partial = dir.join(format!(".{name}.partial"));
                let mut kept = Vec::new();
                if resume {
                    kept.extend(complete_lines(p)?);
                    kept.extend(complete_lines(&partial)?);
                }
                // The kept lines go to a fresh file first, which then
                // replaces the partial one, so a kill here loses nothing.
                let fresh = dir.join(format!(".{name}.partial.new"));
                let mut done = std::collections::HashSet::new();
                {
                    let f = std::fs::File::create(&fresh)
                        .map_err(|e| anyhow::anyhow!("{}: {e}", fresh.display()))?;
                    let mut w = std::io::BufWriter::new(f);
                    for (id, line) in kept {
                        if done.insert(id) {
                            w.write_all(&line)?;
                            w.write_all(b"\n")?;
                        }
                    }
                    w.flush()?;
                    w.get_ref().sync_all()?;
                }
                std::fs::rename(&fresh, &partial)
                    .map_err(|e| anyhow::anyhow!("{}: {e}", partial.display()))?;
                let f = std::fs::OpenOptions::new()
                    .append(true)
                    .open(&partial)
                    .map_err(|e| anyhow::anyhow!("{}: {e}", partial.display()))?;
                Ok(Sink {
                    writer: Box::new(std::io::BufWriter::new(f)),
                    rename: Some((partial, p.to_path_buf())),
                    done,
                })
            }
        }
    }

    fn finish(mut self) -> anyhow::Result<()> {
        self.writer.flush()?;
        drop(self.writer);
        if let Some((tmp, target)) = self.rename {
            std::fs::rename(&tmp, &target)
                .map_err(|e| anyhow::anyhow!("{}: {e}", target.display()))?;
        }
        Ok(())
    }
}

pub struct Summary {
    pub documents: usize,
    pub records: usize,
    pub errors: usize,
    /// Documents skipped because `--resume` found them in the output.
    pub skipped: usize,
    pub seconds: f64,
}

/// Documents are processed in batches: at most this many documents…
const BATCH: usize = 256;
/// …and at most this many input bytes, so a batch of large documents does
/// not hold hundreds of them at once.  (64 documents per batch gave 1.56×
/// from one job to two on the 100 MB benchmark, 256 gave 2.1×: the pool
/// waits for a batch's slowest document before the next batch starts.)
const BATCH_BYTES: usize = 64 << 20;

fn table_lines(o: &OutputLine) -> String {
    match o {
        OutputLine::Error(e) => format!("✗ {} — {}: {}\n", e.doc.id, e.error.kind, e.error.message),
        OutputLine::Document(d) => {
            let date = d
                .doc
                .publication_date
                .as_ref()
                .map(|p| p.value.as_str())
                .unwrap_or("date unknown");
            let mut s = format!(
                "{} · {} · {}\n",
                d.doc.title.as_deref().unwrap_or(&d.doc.id),
                date,
                d.doc.id
            );
            if d.records.is_empty() {
                s.push_str("    (no aid records)\n");
            }
            for r in &d.records {
                let names = |ps: &[bangfu_emit::DocParty]| {
                    ps.iter()
                        .map(|p| p.name.as_str())
                        .collect::<Vec<_>>()
                        .join("、")
                };
                let donors: Vec<_> = r
                    .donors
                    .iter()
                    .filter(|p| p.role != bangfu_extract::Role::Implementing)
                    .cloned()
                    .collect();
                let mut line = format!(
                    "    {} → {} · {}",
                    names(&donors),
                    names(&r.recipients),
                    r.kind.as_str()
                );
                if let Some(dt) = r.date.as_ref().and_then(|v| v.value.as_str()) {
                    line.push_str(&format!(" · {dt}"));
                }
                // quantities as written (`12名专家`, `50万元`), not as numbers
                // (people counted in one list, joined: `1名执行院长+10名科室主任`)
                let written = |v: &bangfu_emit::ValueRef| {
                    let one = |id: &String| {
                        d.entities
                            .iter()
                            .find(|e| &e.id == id)
                            .map(|e| match &e.value {
                                bangfu_extract::EntityValue::Count(c) => {
                                    format!("{}{}", e.text, c.noun.as_deref().unwrap_or(""))
                                }
                                _ => e.text.clone(),
                            })
                    };
                    std::iter::once(&v.entity)
                        .chain(&v.summed_with)
                        .map(one)
                        .collect::<Option<Vec<String>>>()
                        .map(|w| w.join("+"))
                };
                for q in [&r.persons, &r.amount, &r.duration].into_iter().flatten() {
                    if let Some(w) = written(q) {
                        line.push_str(&format!(" · {w}"));
                    }
                }
                s.push_str(&line);
                s.push('\n');
            }
            s
        }
    }
}

/// Processes `docs` and writes them to `sink` in `format`.
pub fn run(
    docs: impl Iterator<Item = Result<Doc, DocError>>,
    settings: &Settings,
    pool: &rayon::ThreadPool,
    mut sink: Sink,
    format: Format,
    progress: &Progress,
) -> anyhow::Result<Summary> {
    let started = std::time::Instant::now();
    let mut summary = Summary {
        documents: 0,
        records: 0,
        errors: 0,
        skipped: 0,
        seconds: 0.0,
    };
    let done = std::mem::take(&mut sink.done);
    let skipped = std::cell::Cell::new(0);
    let mut docs = docs
        .filter(|d| {
            let id = match d {
                Ok(doc) => &doc.id,
                Err(e) => &e.id,
            };
            let skip = done.contains(id);
            skipped.set(skipped.get() + usize::from(skip));
            !skip
        })
        .peekable();
    let mut first = true;
    match format {
        Format::Json => sink.writer.write_all(b"[")?,
        Format::Csv => writeln!(sink.writer, "{}", bangfu_emit::CSV_HEADER.join(","))?,
        _ => {}
    }
    while docs.peek().is_some() {
        let mut batch = Vec::new();
        let mut bytes = 0;
        while batch.len() < BATCH && bytes < BATCH_BYTES {
            let Some(d) = docs.next() else { break };
            bytes += d.as_ref().map_or(0, |doc| doc.bytes.len());
            batch.push(d);
        }
        // Workers also serialise JSONL lines, so the writer only copies
        // bytes (serialising is a fifth of the work; done by the writer it
        // kept two jobs from being twice as fast as one).
        let outputs: Vec<(OutputLine, Option<Vec<u8>>)> = pool.install(|| {
            batch
                .into_par_iter()
                .map(|d| {
                    let o = match d {
                        Ok(doc) => pipeline::process(doc, settings),
                        Err(e) => pipeline::error_line(e),
                    };
                    let line = (format == Format::Jsonl).then(|| {
                        let mut v = serde_json::to_vec(&o).unwrap_or_default();
                        v.push(b'\n');
                        v
                    });
                    (o, line)
                })
                .collect()
        });
        for (o, line) in &outputs {
            summary.documents += 1;
            match o {
                OutputLine::Document(d) => summary.records += d.records.len(),
                OutputLine::Error(e) => {
                    summary.errors += 1;
                    progress.eprintln(&format!(
                        "bangfu: {}: {} ({})",
                        e.doc.id, e.error.message, e.error.kind
                    ));
                }
            }
            match format {
                Format::Jsonl => {
                    if let Some(line) = line {
                        sink.writer.write_all(line)?;
                    }
                }
                Format::Json => {
                    if !first {
                        sink.writer.write_all(b",")?;
                    }
                    sink.writer.write_all(b"\n")?;
                    serde_json::to_writer(&mut sink.writer, o)?;
                }
                Format::Csv => {
                    if let OutputLine::Document(d) = o {
                        for row in bangfu_emit::csv_rows(d) {
                            writeln!(sink.writer, "{row}")?;
                        }
                    }
                }
                Format::Table => sink.writer.write_all(table_lines(o).as_bytes())?,
            }
            first = false;
        }
        progress.update(&summary);
    }
    progress.finish();
    if format == Format::Json {
        sink.writer.write_all(b"\n]\n")?;
    }
    drop(docs);
    summary.skipped = skipped.get();
    sink.finish()?;
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}
