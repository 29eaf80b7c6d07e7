//! The `bangfu` command line.
//!
//! * `bangfu extract PATH…` runs the pipeline over files, folders and JSONL
//!   dumps and writes one document (or error line) per input document, in
//!   input order, whatever the number of threads;
//! * `bangfu eval --gold DIR PATH…` scores that output against gold files;
//! * `bangfu schema` prints the JSON Schema of the output;
//! * `bangfu normalize FILE…` prints normalised text (or JSON with `--json`).

use bangfu::output::Format;
use bangfu::{eval, input, output, pipeline};
use std::io::IsTerminal;

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
    /// Extract aid records: files, directories (recursive) and JSONL dumps in, one JSON document per line out.
    ///
    /// Examples:
    ///   bangfu extract corpus/articles/
    ///   bangfu extract corpus/dumps/seeds.jsonl -o out.jsonl
    ///   bangfu extract --format csv corpus/articles/ > records.csv
    ///   cat dump.jsonl | bangfu extract --jobs 4 -
    Extract {
        /// Files, directories or JSONL dumps (`-` for standard input).
        #[arg(default_value = "-")]
        paths: Vec<PathBuf>,
        /// Write to FILE (via a temporary file renamed into place at the end;
        /// a pipe or device such as /dev/null is written directly; `-` is
        /// standard output, as if no -o were given).
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// auto (a table on a terminal, JSONL otherwise), jsonl, json, csv or table.
        #[arg(long, default_value = "auto")]
        format: String,
        /// Publication date for documents that give none: 2024-05-10, 2024-05,
        /// 2024, 2024-05-10T08:42 (relative dates resolve as far as it goes).
        #[arg(long, value_name = "DATE", value_parser = parse_pub_date)]
        pub_date: Option<bangfu_extract::Published>,
        /// Worker threads (default: all cores). Output is identical for any value.
        #[arg(long, short = 'j')]
        jobs: Option<usize>,
        /// Documents larger than this many bytes become an error line.
        #[arg(long, default_value_t = 16 * 1024 * 1024)]
        max_doc_bytes: usize,
        /// Continue an interrupted `-o FILE` run: documents already in FILE
        /// (or in the run's partial file) are kept and skipped (JSONL only).
        #[arg(long)]
        resume: bool,
        /// No progress bar and no closing summary on standard error (errors
        /// of single documents are still reported there).  The progress bar
        /// is only drawn when standard error is a terminal.
        #[arg(long, short = 'q')]
        quiet: bool,
    },
    /// Score extraction against gold files (the format of GUIDELINES.md).
    ///
    /// Examples:
    ///   bangfu eval --gold corpus/gold corpus/articles/
    ///   bangfu eval --gold my-annotations/ --json my-articles/
    Eval {
        /// Directory of gold JSON files.
        #[arg(long, value_name = "DIR")]
        gold: PathBuf,
        /// Articles to extract and score.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Print the scores as JSON.
        #[arg(long)]
        json: bool,
        /// Exit with status 1 when aid-record F1 is below this.
        #[arg(long, value_name = "F1")]
        min_aid_f1: Option<f64>,
    },
    /// Print the JSON Schema of the output lines.
    ///
    /// Example:
    ///   bangfu schema > aid-document.v1.schema.json
    Schema,
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

fn parse_pub_date(s: &str) -> Result<bangfu_extract::Published, String> {
    bangfu_extract::Published::parse(s)
        .ok_or_else(|| format!("{s:?} is not a date (2024-05-10, 2024-05, 2024, 2024-05-10T08:42)"))
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
        Command::Extract {
            paths,
            output,
            format,
            pub_date,
            jobs,
            max_doc_bytes,
            resume,
            quiet,
        } => {
            // `-o -` is standard output (not a file named `-`)
            let output = output.filter(|p| p.as_os_str() != "-");
            let settings = pipeline::Settings {
                normalize: Options::default(),
                default_pub_date: pub_date,
                max_doc_bytes,
            };
            let format = match format.as_str() {
                "auto" if output.is_none() && std::io::stdout().is_terminal() => Format::Table,
                "auto" | "jsonl" => Format::Jsonl,
                "json" => Format::Json,
                "csv" => Format::Csv,
                "table" => Format::Table,
                other => {
                    anyhow::bail!("unknown --format {other:?} (auto, jsonl, json, csv, table)")
                }
            };
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(jobs.unwrap_or(0))
                .build()?;
            anyhow::ensure!(
                !resume || format == Format::Jsonl,
                "--resume works on JSONL output only"
            );
            let sink = output::Sink::open(output.as_deref(), resume)?;
            let files = input::expand(&paths);
            let read = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
            let progress = output::Progress::new(
                !quiet && std::io::stderr().is_terminal(),
                input::total_bytes(&files),
                read.clone(),
            );
            let docs = input::documents(files, max_doc_bytes, read);
            let summary = output::run(docs, &settings, &pool, sink, format, &progress)?;
            failed += summary.errors;
            let skipped = if summary.skipped > 0 {
                format!(", {} already done (--resume)", summary.skipped)
            } else {
                String::new()
            };
            if !quiet {
                eprintln!(
                    "bangfu: {} documents, {} records, {} errors{skipped}, {:.1} s",
                    summary.documents, summary.records, summary.errors, summary.seconds
                );
            }
        }
        Command::Eval {
            gold,
            paths,
            json,
            min_aid_f1,
        } => {
            let gold = eval::load_gold(&gold)?;
            let settings = pipeline::Settings {
                normalize: Options::default(),
                default_pub_date: None,
                max_doc_bytes: usize::MAX,
            };
            let outputs: Vec<_> =
                input::documents(input::expand(&paths), usize::MAX / 4, Default::default())
                    .map(|d| match d {
                        Ok(doc) => pipeline::process(doc, &settings),
                        Err(e) => pipeline::error_line(e),
                    })
                    .collect();
            let (scores, n) = eval::evaluate(&outputs, &gold);
            if json {
                let v: serde_json::Map<String, serde_json::Value> = scores
                    .iter()
                    .map(|(k, s)| {
                        (k.to_string(), serde_json::json!({"precision": s.precision(), "recall": s.recall(), "f1": s.f1(), "tp": s.tp, "fp": s.fp, "fn": s.fn_}))
                    })
                    .collect();
                serde_json::to_writer_pretty(
                    &mut out,
                    &serde_json::json!({"documents": n, "scores": v}),
                )?;
                writeln!(out)?;
            } else {
                write!(out, "{}", eval::table(&scores, n))?;
            }
            if n == 0 {
                eprintln!("bangfu: no document matched a gold file (gold \"doc\" = document id)");
                failed += 1;
            }
            if let Some(min) = min_aid_f1 {
                let f1 = scores.get("aid").map_or(0.0, |s| s.f1());
                if f1 < min {
                    eprintln!("bangfu: aid F1 {f1:.3} is below --min-aid-f1 {min}");
                    failed += 1;
                }
            }
        }
        Command::Schema => {
            out.write_all(bangfu_emit::schema_json().as_bytes())?;
        }
    }
    out.flush()?;
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
