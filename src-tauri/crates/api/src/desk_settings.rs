//! The desk's own settings, kept in its data folder (`desk.json`): which team database it works
//! on, if any. Never a password (the desktop keeps that in the OS keyring, or asks).

use std::path::{Path, PathBuf};

use malaka_core::model::TeamDatabase;
use serde::{Deserialize, Serialize};

use crate::{Error, Result};

const FILE: &str = "desk.json";

/// Larger than any settings file Malaka writes: a bigger one is not ours, and is not read.
const MAX_BYTES: u64 = 64 * 1024;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeskSettings {
    /// The team database this desk opens at start; none: its own register file.
    pub team: Option<TeamDatabase>,
}

fn path(dir: &Path) -> PathBuf {
    dir.join(FILE)
}

impl DeskSettings {
    /// The settings in `dir`; none saved yet: the defaults.
    pub fn load(dir: &Path) -> Result<DeskSettings> {
        let file = path(dir);
        let size = match std::fs::metadata(&file) {
            Ok(m) => m.len(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(DeskSettings::default()),
            Err(e) => return Err(Error::storage(format!("reading {}: {e}", file.display()))),
        };
        if size > MAX_BYTES {
            return Err(Error::storage(format!("{} is {size} bytes: not Malaka's settings", file.display())));
        }
        let text = std::fs::read(&file).map_err(|e| Error::storage(format!("reading {}: {e}", file.display())))?;
        serde_json::from_slice(&text).map_err(|e| Error::storage(format!("{} is not readable: {e}", file.display())))
    }

    /// Writes the settings to `dir` whole: a crash leaves the old file or the new one.
    pub fn save(&self, dir: &Path) -> Result<()> {
        let failed =
            |e: std::io::Error| Error::storage(format!("saving the desk's settings in {}: {e}", dir.display()));
        std::fs::create_dir_all(dir).map_err(failed)?;
        let text = serde_json::to_vec_pretty(self).map_err(|e| Error::storage(e.to_string()))?;
        let mut file = tempfile::NamedTempFile::new_in(dir).map_err(failed)?;
        std::io::Write::write_all(&mut file, &text).map_err(failed)?;
        file.as_file().sync_all().map_err(failed)?;
        file.persist(path(dir)).map_err(|e| failed(e.error))?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_round_trip_and_a_foreign_file_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(DeskSettings::load(dir.path()).unwrap(), DeskSettings::default());
        let team = TeamDatabase { host: "db".into(), port: 5433, database: "m".into(), user: "u".into(), tls: false };
        let settings = DeskSettings { team: Some(team) };
        settings.save(dir.path()).unwrap();
        assert_eq!(DeskSettings::load(dir.path()).unwrap(), settings);
        std::fs::write(dir.path().join(FILE), b"{not json").unwrap();
        assert!(DeskSettings::load(dir.path()).is_err());
        std::fs::write(dir.path().join(FILE), vec![b' '; MAX_BYTES as usize + 1]).unwrap();
        assert!(DeskSettings::load(dir.path()).is_err(), "a file this large is not read");
        settings.save(dir.path()).unwrap();
        assert_eq!(DeskSettings::load(dir.path()).unwrap(), settings, "saving again replaces it whole");
    }
}
