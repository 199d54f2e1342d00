//! Saving what Malaka makes (PDFs, exports, lists) to a file the user chose: written to a fresh
//! temporary file beside it, flushed to disk, then renamed into place, so a failed write never
//! leaves half a file behind; never over the database or a file beside it.

use std::io::Write;
use std::path::{Path, PathBuf};

use malaka_core::Reason;

use crate::{Error, Malaka, Result};

impl Malaka {
    /// Writes an export to `path` (a file there is replaced), unless `path` is this register's
    /// database or something Malaka keeps beside it (see [`guarded`]).
    pub fn save_export(&self, path: &Path, bytes: &[u8]) -> Result<()> {
        if let Some(guarded) = guarded(self.store.path(), &self.home, path) {
            return Err(Error::Refused(Reason::ExportOverRegister { file: guarded.display().to_string() }));
        }
        save(path, bytes)
    }
}

/// The path, when writing it would replace the register or what Malaka keeps beside it: the
/// database and its journal files, the in-use marker, the copies a restore keeps, and anything in
/// the log and template folders of `home`. (A user's own files in the same folder are theirs to
/// replace.) A team database has no file here: only `home`'s folders are guarded.
pub(crate) fn guarded(db: Option<&Path>, home: &Path, target: &Path) -> Option<PathBuf> {
    let folder = |p: &Path| {
        let dir = p.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
        std::fs::canonicalize(dir).ok()
    };
    let target_dir = folder(target)?;
    let full = target_dir.join(target.file_name()?);
    let name = full.file_name()?.to_string_lossy().into_owned();
    let own_file = db.is_some_and(|db| {
        let db_name = db.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        folder(db).is_some_and(|d| d == target_dir)
            && (name == db_name
                || ["-wal", "-shm", "-journal", ".in-use"].iter().any(|s| name == format!("{db_name}{s}"))
                || name.starts_with(&format!("{db_name}.before-restore-")))
    });
    let kept_folder = std::fs::canonicalize(home)
        .is_ok_and(|home| ["logs", "templates"].iter().any(|d| full.starts_with(home.join(d))));
    (own_file || kept_folder).then_some(full)
}

/// Writes `bytes` to `path`, replacing a file that is there; a failure names the file and puts
/// the system's words in the log.
pub fn save(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let io = |e: std::io::Error| Error::io(path, &e);
    // A new file with a random name, created exclusively: a link planted at a predictable name
    // cannot redirect the write.
    let mut part = tempfile::Builder::new().prefix(".malaka-").suffix(".part").tempfile_in(dir).map_err(io)?;
    part.write_all(bytes).map_err(io)?;
    part.as_file().sync_all().map_err(io)?;
    part.persist(path).map_err(|e| io(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saves_whole_and_names_the_file_it_cannot_write() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("list.csv");
        save(&path, b"a,b\n").unwrap();
        save(&path, b"a,b\n1,2\n").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"a,b\n1,2\n");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file is left");
        let e = save(&dir.path().join("missing").join("x.pdf"), b"%PDF").unwrap_err();
        assert_eq!(e.code(), crate::ErrorCode::File);
        assert!(e.to_string().contains("x.pdf"), "{e}");
    }

    #[test]
    fn the_database_and_what_malaka_keeps_beside_it_are_never_written_over() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("malaka.db");
        std::fs::write(&db, b"SQLite").unwrap();
        std::fs::create_dir_all(dir.path().join("logs")).unwrap();
        std::fs::create_dir_all(dir.path().join("templates/DXA")).unwrap();
        let kept = [
            "malaka.db",
            "malaka.db-wal",
            "malaka.db-shm",
            "malaka.db.in-use",
            "malaka.db.before-restore-20261206-101010",
            "logs/malaka.log",
            "templates/DXA/certificate.typ",
        ];
        for name in kept {
            assert!(guarded(Some(&db), dir.path(), &dir.path().join(name)).is_some(), "{name}");
        }
        std::fs::write(dir.path().join("list.csv"), b"old").unwrap();
        assert!(
            guarded(Some(&db), dir.path(), &dir.path().join("list.csv")).is_none(),
            "the user's own file is theirs to replace"
        );
        let elsewhere = tempfile::tempdir().unwrap();
        assert!(
            guarded(Some(&db), dir.path(), &elsewhere.path().join("malaka.db")).is_none(),
            "another folder's file is the user's"
        );
    }
}
