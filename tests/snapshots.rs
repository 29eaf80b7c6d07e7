//! Snapshots of the full output for made-up articles whose every value has
//! been checked by hand (insta; `cargo insta review` after a change).
//!
//! The corpus articles are not snapshotted: their output still holds
//! answers the gold calls wrong, and a snapshot that records a wrong
//! answer is a bug, not a baseline (their scores are held by
//! `integration.rs`). These three are short enough to review whole:
//! - `aid-agreement`: a headline and the body that dates it (one record),
//!   experts sent for a year under the agreement (dated by their paragraph,
//!   as GUIDELINES.md dates an act its sentence does not), equipment with
//!   its value;
//! - `general-news`: education news — a government body, dates, a count,
//!   and no aid record;
//! - `traditional`: traditional characters converted (and logged), a
//!   clinical service with its date, duration and patients.

use std::io::Write;
use std::process::{Command, Stdio};

#[test]
fn reviewed_articles() {
    let input = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/snapshot/articles.jsonl"),
    )
    .unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_bangfu"))
        .args(["extract", "-q", "--format", "jsonl", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&input).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let docs: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(docs.len(), 3);
    for doc in &docs {
        let id = doc["doc"]["id"].as_str().unwrap().to_string();
        insta::assert_json_snapshot!(id, doc);
    }
}
