//! `normalize` on arbitrary bytes: never panics, and the result is exact for
//! its input (`Normalized::check`: change log, alignment, byte ranges).
#![no_main]

use bangfu_normalize::{Options, normalize};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(n) = normalize(data, &Options::default()) {
        if let Err(e) = n.check(data) {
            panic!("{e}");
        }
    }
});
