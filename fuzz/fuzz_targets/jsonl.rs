//! The JSONL dump reader on arbitrary bytes, with a small line limit: never
//! panics; every line becomes a document or an error of a known kind; a
//! document's text is UTF-8 no longer than the limit; line numbers rise.
#![no_main]

use bangfu::input::dump_documents;
use libfuzzer_sys::fuzz_target;

const LIMIT: usize = 4096;
const KINDS: &[&str] = &["io", "too_large", "malformed_jsonl", "text_not_string"];

fuzz_target!(|data: &[u8]| {
    let lines = data.split(|&b| b == b'\n').count();
    let mut last = 0u64;
    let mut n = 0;
    // a reader that hands out few bytes at a time, so lines straddle refills
    let r = std::io::BufReader::with_capacity(7, data);
    for d in dump_documents(r, "fuzz.jsonl".into(), LIMIT) {
        n += 1;
        let source = match &d {
            Ok(doc) => {
                assert!(doc.bytes.len() <= LIMIT);
                assert!(std::str::from_utf8(&doc.bytes).is_ok());
                &doc.source
            }
            Err(e) => {
                assert!(KINDS.contains(&e.kind), "unknown kind {}", e.kind);
                assert!(!e.message.is_empty());
                &e.source
            }
        };
        let line = source["line"].as_u64().expect("a line number");
        assert!(line > last, "line {line} after {last}");
        last = line;
    }
    assert!(n <= lines);
});
