//! Helpers shared by the normaliser's integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

use bangfu_normalize::{Normalized, Options, normalize};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

pub fn seed(prefix: &str) -> PathBuf {
    let dir = repo().join("corpus/articles");
    std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .unwrap_or_else(|| panic!("no seed {prefix}"))
}

pub fn norm_file(p: &std::path::Path) -> (Vec<u8>, Normalized) {
    let bytes = std::fs::read(p).unwrap();
    let n = normalize(&bytes, &Options::default()).unwrap();
    (bytes, n)
}

/// The change log is exact: the input bytes at `bytes` decode to `before`,
/// the normalised text at `norm` is `after`, and every normalised character
/// maps inside the input.
pub fn check_change_log(bytes: &[u8], n: &Normalized) {
    let enc = encoding_rs::Encoding::for_label(n.encoding.as_bytes()).expect("known encoding");
    let norm: Vec<char> = n.text.chars().collect();
    let orig: Vec<char> = n.original.chars().collect();
    let mut last = 0;
    for c in &n.changes {
        assert!(c.orig[0] <= c.orig[1] && c.norm[0] <= c.norm[1], "{c:?}");
        assert!(c.orig[0] >= last, "changes out of order: {c:?}");
        last = c.orig[0];
        let slice = &bytes[c.bytes[0]..c.bytes[1]];
        let (decoded, _) = enc.decode_without_bom_handling(slice);
        assert_eq!(
            decoded, c.before,
            "bytes {:?} do not hold `before` of {c:?}",
            c.bytes
        );
        let orig_text: String = orig[c.orig[0]..c.orig[1]].iter().collect();
        assert_eq!(orig_text, c.before);
        let after: String = norm[c.norm[0]..c.norm[1]].iter().collect();
        assert_eq!(after, c.after, "{c:?}");
    }
    let alignment = n.alignment();
    assert_eq!(alignment.len(), norm.len());
    let mut prev = (0, 0);
    for (i, &(s, e)) in alignment.iter().enumerate() {
        assert!(
            s < e || (s == e && s <= orig.len()),
            "char {i} maps to empty {s}..{e}"
        );
        assert!(e <= orig.len());
        assert!(s >= prev.0 && e >= prev.1, "alignment not monotone at {i}");
        prev = (s, e);
        // an unchanged character is the original character
        if e == s + 1 && !n.changes.iter().any(|c| c.norm[0] <= i && i < c.norm[1]) {
            assert_eq!(norm[i], orig[s], "char {i} claims to be unchanged");
        }
        let [bs, be] = n.byte_range([s, e]);
        assert!(bs <= be && be <= bytes.len());
    }
}
