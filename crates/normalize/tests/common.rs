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

/// The change log is exact: see [`Normalized::check`].
pub fn check_change_log(bytes: &[u8], n: &Normalized) {
    if let Err(e) = n.check(bytes) {
        panic!("{e}");
    }
}
