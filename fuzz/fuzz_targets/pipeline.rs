//! One document through all four stages, from arbitrary bytes: never panics;
//! the output line serialises to JSON; a document's spans, texts and
//! references are exact (`Document::check` against the normaliser's own
//! texts); the same input gives the same bytes twice.
#![no_main]

use bangfu::input::Doc;
use bangfu::pipeline::{Settings, process};
use bangfu_emit::OutputLine;
use bangfu_normalize::{Options, normalize};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let settings = Settings {
        normalize: Options::default(),
        default_pub_date: Some("2024-06-01".into()),
        max_doc_bytes: 1 << 20,
    };
    let doc = || Doc {
        id: "fuzz".into(),
        source: serde_json::json!({"path": "fuzz.txt"}),
        date: None,
        bytes: data.to_vec(),
    };
    let out = process(doc(), &settings);
    let json = serde_json::to_string(&out).expect("serialisable");
    match &out {
        OutputLine::Document(d) => {
            let n = normalize(data, &settings.normalize).expect("it normalised once");
            if let Err(e) = d.check(&n.text, &n.original) {
                panic!("{e}");
            }
        }
        OutputLine::Error(e) => assert!(!e.error.message.is_empty()),
    }
    let again = serde_json::to_string(&process(doc(), &settings)).unwrap();
    assert_eq!(json, again, "not deterministic");
});
