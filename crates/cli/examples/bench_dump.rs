//! Writes a large JSONL dump for the end-to-end benchmark by repeating and
//! varying a small one (by default the corpus dump): each copy of a document
//! gets its own id, a publication date moved by whole years, its body
//! paragraphs rotated and about one in six dropped, so documents differ in
//! length, order and the year relative dates resolve to.  Deterministic: the
//! same arguments give the same bytes.
//!
//! ```text
//! cargo run --release --example bench-dump -- 100 > /tmp/bench-100mb.jsonl
//! cargo run --release --example bench-dump -- 100 my-dump.jsonl > big.jsonl
//! ```

use std::io::Write;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let mb: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(100);
    let from = args
        .next()
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/dumps/seeds.jsonl").into());
    let docs: Vec<serde_json::Value> = std::fs::read_to_string(&from)?
        .lines()
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    assert!(!docs.is_empty(), "no documents in {from}");
    let target = mb * 1_000_000;
    let mut written = 0u64;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        // xorshift64*: small, fast and the same everywhere
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        state.wrapping_mul(0x2545_f491_4f6c_dd1d)
    };
    let mut copy = 0u64;
    while written < target {
        for d in &docs {
            let text = d["text"].as_str().unwrap_or_default();
            let paras: Vec<&str> = text.split('\n').collect();
            let (head, body) = paras.split_at(1.min(paras.len()));
            let shift = if body.is_empty() {
                0
            } else {
                (next() as usize) % body.len()
            };
            let mut kept: Vec<&str> = head.to_vec();
            for p in body[shift..].iter().chain(&body[..shift]) {
                if next() % 6 != 0 {
                    kept.push(p);
                }
            }
            let mut v = d.clone();
            v["id"] = format!("{}-{copy:06}", d["id"].as_str().unwrap_or("doc")).into();
            v["text"] = kept.join("\n").into();
            if let Some(date) = d["date"].as_str()
                && let Ok(y) = date[..4.min(date.len())].parse::<i64>()
            {
                let y = y + (copy % 7) as i64 - 3;
                v["date"] = format!("{y}{}", &date[4..]).into();
            }
            let line = serde_json::to_string(&v)?;
            out.write_all(line.as_bytes())?;
            out.write_all(b"\n")?;
            written += line.len() as u64 + 1;
        }
        copy += 1;
    }
    out.flush()
}
