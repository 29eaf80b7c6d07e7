//! A folder of a test's own under the system's temporary directory, removed
//! when the test is done with it (also when it fails: `Drop` runs while the
//! panic unwinds). Without it every `cargo test` left its dumps behind —
//! about 85 MB a run, most of it the torture dump and the 50 MB line.

use std::ops::Deref;
use std::path::{Path, PathBuf};

/// A folder that is deleted, with everything in it, when this value drops.
pub struct Scratch(PathBuf);

impl Scratch {
    /// An empty folder named after the process and `name`, so tests that
    /// run at the same time, in this process or another, never share one.
    pub fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("bangfu-test-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }
}

impl Deref for Scratch {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl AsRef<Path> for Scratch {
    fn as_ref(&self) -> &Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A file alone in a scratch folder of its own; the folder goes when this
/// value drops.
pub struct ScratchFile {
    path: PathBuf,
    _dir: Scratch,
}

impl ScratchFile {
    /// Writes `bytes` to a file `name` in a new folder named after it.
    pub fn new(name: &str, bytes: &[u8]) -> ScratchFile {
        let dir = Scratch::new(&format!("file-{}", name.replace('.', "_")));
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        ScratchFile { path, _dir: dir }
    }
}

impl Deref for ScratchFile {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.path
    }
}

impl AsRef<Path> for ScratchFile {
    fn as_ref(&self) -> &Path {
        &self.path
    }
}

impl AsRef<std::ffi::OsStr> for ScratchFile {
    fn as_ref(&self) -> &std::ffi::OsStr {
        self.path.as_os_str()
    }
}
