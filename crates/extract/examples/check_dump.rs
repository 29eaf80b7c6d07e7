//! Runs `Extraction::check` over every text of a JSONL dump and reports the
//! texts that break an invariant or panic, with their ids.
//!
//! libFuzzer finds byte-level faults; whole words and sentences of real
//! articles put in new orders (`fuzz/soup.py`) find faults of the readers'
//! logic faster — two names the words cut through, a frame two lengths
//! share — that random bytes rarely spell:
//!
//! ```sh
//! python3 fuzz/soup.py 1 200000 /tmp/soup.jsonl
//! cargo run --release -p bangfu-extract --example check_dump -- /tmp/soup.jsonl
//! ```
//!
//! Exits with status 1 when any text fails.

use std::io::BufRead;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: check_dump DUMP.jsonl");
        std::process::exit(2);
    };
    let file = match std::fs::File::open(&path) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    // a panic is reported with its text's id below, not by the hook
    std::panic::set_hook(Box::new(|_| {}));
    let (mut checked, mut bad) = (0usize, 0usize);
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let Ok(line) = line else { break };
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            eprintln!("line {}: not JSON", n + 1);
            continue;
        };
        let Some(text) = v["text"].as_str() else {
            continue;
        };
        let id = v["id"]
            .as_str()
            .map_or_else(|| format!("line {}", n + 1), str::to_string);
        checked += 1;
        let result = std::panic::catch_unwind(|| {
            bangfu_extract::extract(text, Some((2024, 6, 1))).check(text)
        });
        let failure = match result {
            Ok(Ok(())) => continue,
            Ok(Err(e)) => e,
            Err(p) => format!(
                "panic: {}",
                p.downcast_ref::<String>()
                    .map(String::as_str)
                    .or_else(|| p.downcast_ref::<&str>().copied())
                    .unwrap_or("?")
            ),
        };
        bad += 1;
        let short: String = failure.chars().take(300).collect();
        println!("{id}\t{short}");
    }
    eprintln!("{checked} texts checked, {bad} failed");
    if bad > 0 {
        std::process::exit(1);
    }
}
