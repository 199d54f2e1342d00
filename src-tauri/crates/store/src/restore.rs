//! Putting a backup in a local register's place (a team database restores with `pg_restore`).

pub use crate::sqlite::restore::{check_backup, restore};
