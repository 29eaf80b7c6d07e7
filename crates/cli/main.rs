//! The `bangfu` command line.
//!
//! `bangfu normalize FILE…` prints normalised text (or JSON with `--json`);
//! `bangfu extract PATH…` runs the pipeline over files, folders and JSONL
//! dumps. Extraction proper arrives with the extractor issues; until then
//! `extract` emits each document's normalised text and its normalisation
//! report, one JSON object per line.

mod input;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use bangfu_normalize::{Config, ConvertMode, Options};
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "bangfu",
    version,
    about = "Structured, verifiable aid records from Chinese medical-aid news"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Normalise article files: decode, repair, convert to simplified, strip page furniture.
    ///
    /// Examples:
    ///   bangfu normalize corpus/articles/002_09eddb1405d72439.txt
    ///   bangfu normalize --json --convert tw2s page.html
    ///   echo '醫療幫扶' | bangfu normalize -
    Normalize {
        /// Files to normalise (`-` for standard input).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Traditional→simplified conversion: auto (only text with traditional
        /// characters), t2s, tw2s, hk2s, tw2sp, or none.
        #[arg(long, default_value = "auto")]
        convert: String,
        /// Print {text, encoding, metadata, changes, …} as JSON instead of the text.
        #[arg(long)]
        json: bool,
    },
    /// Run the pipeline over files, directories (recursive) and JSONL dumps.
    ///
    /// Examples:
    ///   bangfu extract corpus/articles/
    ///   bangfu extract corpus/dumps/seeds.jsonl > out.jsonl
    Extract {
        /// Files, directories or JSONL dumps (`-` for standard input).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
}

fn convert_mode(s: &str) -> Result<ConvertMode, String> {
    match s {
        "auto" => Ok(ConvertMode::Auto),
        "none" => Ok(ConvertMode::Never),
        other => Config::from_name(other)
            .map(ConvertMode::Always)
            .ok_or_else(|| {
                format!("unknown --convert value {other:?} (auto, t2s, tw2s, hk2s, tw2sp, none)")
            }),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("bangfu: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    match cli.command {
        Command::Normalize {
            files,
            convert,
            json,
        } => {
            let opts = Options {
                convert: convert_mode(&convert).map_err(anyhow::Error::msg)?,
                ..Options::default()
            };
            for f in files {
                let bytes = match input::read_path(&f) {
                    Ok(b) => b,
                    Err(e) => {
                        eprintln!("bangfu: {}: {e}", f.display());
                        failed += 1;
                        continue;
                    }
                };
                match bangfu_normalize::normalize(&bytes, &opts) {
                    Ok(n) => {
                        if json {
                            serde_json::to_writer(&mut out, &n)?;
                            writeln!(out)?;
                        } else {
                            out.write_all(n.text.as_bytes())?;
                            if !n.text.ends_with('\n') {
                                writeln!(out)?;
                            }
                        }
                    }
                    Err(e) => {
                        eprintln!("bangfu: {}: {e}", f.display());
                        failed += 1;
                    }
                }
            }
        }
        Command::Extract { paths } => {
            let opts = Options::default();
            for doc in input::documents(&paths) {
                let line = match doc {
                    Ok(doc) => match bangfu_normalize::normalize(&doc.bytes, &opts) {
                        Ok(n) => serde_json::json!({
                            "doc": {"id": doc.id, "source": doc.source, "publication_date": doc.date.or_else(|| n.metadata.published.as_ref().and_then(|p| p.value.clone()))},
                            "text": n.text,
                            "normalization": {
                                "encoding": n.encoding,
                                "converted": n.converted,
                                "metadata": n.metadata,
                                "changes": n.changes.len(),
                                "warnings": n.warnings,
                            },
                        }),
                        Err(e) => {
                            failed += 1;
                            eprintln!("bangfu: {}: {e}", doc.id);
                            serde_json::json!({"doc": {"id": doc.id, "source": doc.source}, "error": {"kind": "decode", "message": e.to_string()}})
                        }
                    },
                    Err(e) => {
                        failed += 1;
                        eprintln!("bangfu: {}: {}", e.id, e.message);
                        serde_json::json!({"doc": {"id": e.id, "source": e.source}, "error": {"kind": e.kind, "message": e.message}})
                    }
                };
                serde_json::to_writer(&mut out, &line)?;
                writeln!(out)?;
            }
        }
    }
    out.flush()?;
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
