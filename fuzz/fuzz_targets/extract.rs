//! The extractors on arbitrary strings: never panic, and the result keeps
//! every promise of `Extraction::check` (spans on characters, `text` equal to
//! the slice, `min ≤ value ≤ max`, references of the right kind).
//!
//! The first two bytes choose a publication date (or none), so relative dates
//! are resolved against many anchors; the rest is the text (lossily decoded,
//! so any bytes are a string).
#![no_main]

use bangfu_extract::extract;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (anchor, rest) = match data {
        [a, b, rest @ ..] => (Some((1900 + i32::from(*a) * 2, u32::from(b % 12) + 1, u32::from(b / 12 % 28) + 1)), rest),
        _ => (None, data),
    };
    let text = String::from_utf8_lossy(rest);
    let ex = extract(&text, anchor);
    if let Err(e) = ex.check(&text) {
        panic!("{e}");
    }
});
