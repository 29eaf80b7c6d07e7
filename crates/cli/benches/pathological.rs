//! Throughput of the whole document pipeline on pathological inputs, against
//! normal news text of the same size: no input may make the time superlinear
//! (issue target: every case within 3× of normal text, per byte).
//!
//! ```text
//! cargo bench --bench pathological
//! ```
//!
//! Each case is about 1 MB (the 50 MB single line is the exception: it is
//! the size that matters there) and goes through `bangfu::pipeline::process`
//! — decoding, repair, conversion, layout, segmentation, extraction and the
//! document JSON — as one document.  The best of three runs is reported.

use bangfu::input::Doc;
use bangfu::pipeline::{Settings, process};
use std::time::Instant;

fn corpus_text() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/articles");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

fn repeat_to(unit: &[u8], size: usize) -> Vec<u8> {
    let mut v = Vec::with_capacity(size + unit.len());
    while v.len() < size {
        v.extend_from_slice(unit);
    }
    v
}

fn main() {
    // `cargo test --benches` runs this with --bench absent: do nothing then.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    const MB: usize = 1 << 20;
    let normal = repeat_to(corpus_text().as_bytes(), MB);
    let mut invalid = normal.clone();
    for k in (0..invalid.len()).step_by(97) {
        invalid[k] = 0xFF;
    }
    let utf16: Vec<u8> = String::from_utf8_lossy(&normal)
        .encode_utf16()
        .flat_map(|u| u.to_le_bytes())
        .take(MB)
        .collect();
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("normal news text (the corpus, repeated)", normal.clone()),
        (
            "overflowing numbers and dates (999…亿元, 99999年13月45日)",
            repeat_to(
                "捐赠999999999999999999999亿元，99999年13月45日。".as_bytes(),
                MB,
            ),
        ),
        (
            "100,000 nested parentheses",
            format!("{}医院{}", "(".repeat(100_000), ")".repeat(100_000)).into_bytes(),
        ),
        (
            "a run of Chinese numerals",
            repeat_to("一二三四五六七八九十".as_bytes(), MB),
        ),
        ("invalid UTF-8 (every 97th byte 0xFF)", invalid),
        ("UTF-16LE without BOM", utf16),
        (
            "one line, no punctuation (Han only)",
            repeat_to("天津市派出专家开展义诊活动".as_bytes(), MB),
        ),
        (
            "ASCII noise with no Han",
            repeat_to(b"lorem ipsum 12345 <div> &nbsp; ", MB),
        ),
        (
            "50 MB single line",
            repeat_to("天津市派出专家开展义诊活动,".as_bytes(), 50 * MB),
        ),
    ];
    let settings = Settings {
        normalize: Default::default(),
        default_pub_date: bangfu_extract::Published::parse("2024-06-01"),
        max_doc_bytes: 64 * MB,
    };
    // warm the shared dictionaries
    let _ = process(
        Doc {
            id: "warm".into(),
            source: serde_json::json!({}),
            date: None,
            bytes: normal[..10_000].to_vec(),
        },
        &settings,
    );
    println!("| input | size | best of 3 | MB/s | × normal time per byte |");
    println!("|---|---|---|---|---|");
    let mut normal_rate = 0.0;
    for (name, bytes) in cases {
        let runs = if bytes.len() > 10 * MB { 1 } else { 3 };
        let mut best = f64::MAX;
        let mut refused = None;
        for _ in 0..runs {
            let doc = Doc {
                id: "bench".into(),
                source: serde_json::json!({}),
                date: None,
                bytes: bytes.clone(),
            };
            let t = Instant::now();
            let out = process(doc, &settings);
            let s = t.elapsed().as_secs_f64();
            std::hint::black_box(serde_json::to_string(&out).map(|j| j.len()).unwrap_or(0));
            if let bangfu_emit::OutputLine::Error(e) = &out {
                refused = Some(e.error.kind.clone());
            }
            best = best.min(s);
        }
        let rate = bytes.len() as f64 / 1e6 / best;
        if normal_rate == 0.0 {
            normal_rate = rate;
        }
        match refused {
            Some(kind) => println!(
                "| {name} | {:.1} MB | {:.3} s | refused ({kind}) | — |",
                bytes.len() as f64 / 1e6,
                best
            ),
            None => println!(
                "| {name} | {:.1} MB | {:.3} s | {:.2} | {:.2} |",
                bytes.len() as f64 / 1e6,
                best,
                rate,
                normal_rate / rate
            ),
        }
    }
}
