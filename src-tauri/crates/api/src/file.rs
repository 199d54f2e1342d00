//! Saving what Malaka makes (PDFs, exports, lists) to a file the user chose: written beside it
//! under a temporary name, then renamed, so a failed write never leaves half a file behind.

use std::path::Path;

use crate::{Error, Result};

/// Writes `bytes` to `path`, replacing a file that is there; a failure names the file and puts
/// the system's words in the log.
pub fn save(path: &Path, bytes: &[u8]) -> Result<()> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let part = path.with_file_name(format!(".{name}.part"));
    let written = std::fs::write(&part, bytes).and_then(|()| std::fs::rename(&part, path));
    written.map_err(|e| {
        let _ = std::fs::remove_file(&part);
        Error::io(path, &e)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saves_whole_and_names_the_file_it_cannot_write() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("list.csv");
        save(&path, b"a,b\n").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"a,b\n");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file is left");
        let e = save(&dir.path().join("missing").join("x.pdf"), b"%PDF").unwrap_err();
        assert_eq!(e.code(), crate::ErrorCode::File);
        assert!(e.to_string().contains("x.pdf"), "{e}");
    }
}
