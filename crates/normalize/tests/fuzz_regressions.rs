//! Every input the `normalize` fuzz target (`fuzz/`) found a fault with,
//! kept in `tests/data/fuzz/` and checked with the same invariant
//! ([`bangfu_normalize::Normalized::check`]).

mod common;

use bangfu_normalize::{Options, normalize};

#[test]
fn fuzz_findings_stay_fixed() {
    let dir = common::data("fuzz");
    let mut n = 0;
    for e in std::fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        let bytes = std::fs::read(&p).unwrap();
        if let Ok(out) = normalize(&bytes, &Options::default())
            && let Err(err) = out.check(&bytes)
        {
            panic!("{}: {err}", p.display());
        }
        n += 1;
    }
    assert!(n > 0, "no fuzz findings in {}", dir.display());
}
