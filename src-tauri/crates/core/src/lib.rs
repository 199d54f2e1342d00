//! Malaka's domain: types, validation and rules. No I/O: no database, no files, no clock.

pub mod access;
pub mod audit_chain;
pub mod capacity;
pub mod certificate;
pub mod completion;
pub mod error;
pub mod internship_lifecycle;
pub mod lifecycle;
pub mod mobility_report;
pub mod model;
pub mod names;
mod normal_form;
pub mod place_report;
pub mod reason;
pub mod recurrence;
pub mod schedule;
pub mod time;
pub mod transcript;
pub mod translit;
pub mod validate;
pub mod visit_lifecycle;

pub use error::{Error, Result};
pub use reason::Reason;
