//! A team database as a desk reaches it: the settings a user types, never the password.

use serde::{Deserialize, Serialize};

use crate::validate::required;
use crate::{Error, Reason, Result};

/// Where a desk's team database lives and who connects to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct TeamDatabase {
    pub host: String,
    pub port: u16,
    pub database: String,
    /// The person's own server login.
    pub user: String,
    /// Encrypted and the server's certificate checked against the system's trusted ones.
    pub tls: bool,
}

impl TeamDatabase {
    pub const DEFAULT_PORT: u16 = 5432;

    /// The settings trimmed, every field present, the port a real one.
    pub fn validated(&self) -> Result<TeamDatabase> {
        let host = required("host", &self.host)?;
        if host.contains(['/', '@', '?', '#', ' ']) {
            return Err(Error::invalid("host", Reason::NotAHost { value: host }));
        }
        if self.port == 0 {
            return Err(Error::invalid("port", Reason::OutOfRange { value: 0.0, min: 1.0, max: 65535.0 }));
        }
        Ok(TeamDatabase {
            host,
            port: self.port,
            database: required("database", &self.database)?,
            user: required("user", &self.user)?,
            tls: self.tls,
        })
    }

    /// `user@host:port/database`, as the app names the server to the user.
    pub fn label(&self) -> String {
        format!("{}@{}:{}/{}", self.user, self.host, self.port, self.database)
    }
}

/// What testing a connection found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct TeamProbe {
    /// `user@host:port/database`.
    pub server: String,
    /// The server's PostgreSQL version.
    pub version: String,
    pub state: TeamDatabaseState,
}

/// Whether a team database holds a register this version can open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum TeamDatabaseState {
    /// Prepared and up to date.
    Ready,
    /// Nothing yet: a register may be moved onto it.
    Empty,
    /// Prepared by an older version: its owner runs `malaka team init`.
    Behind,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> TeamDatabase {
        TeamDatabase {
            host: " db.agency.uz ".into(),
            port: 5432,
            database: "malaka".into(),
            user: "karimova".into(),
            tls: true,
        }
    }

    #[test]
    fn settings_are_trimmed_and_named_as_the_user_sees_them() {
        let ok = settings().validated().unwrap();
        assert_eq!(ok.host, "db.agency.uz");
        assert_eq!(ok.label(), "karimova@db.agency.uz:5432/malaka");
    }

    #[test]
    fn a_missing_or_malformed_field_is_named() {
        let field = |t: TeamDatabase| match t.validated() {
            Err(Error::Invalid { field, .. }) => Some(field),
            _ => None,
        };
        assert_eq!(field(TeamDatabase { host: "".into(), ..settings() }), Some("host".into()));
        assert_eq!(field(TeamDatabase { host: "a/b".into(), ..settings() }), Some("host".into()));
        assert_eq!(field(TeamDatabase { port: 0, ..settings() }), Some("port".into()));
        assert_eq!(field(TeamDatabase { database: " ".into(), ..settings() }), Some("database".into()));
        assert_eq!(field(TeamDatabase { user: "".into(), ..settings() }), Some("user".into()));
    }
}
