//! Tauri commands, one module per area, named like the `api` functions they call.

pub mod account;
pub mod activity;
pub mod attendance;
pub mod audit_log;
pub mod calendar;
pub mod certificate;
pub mod certificate_template;
pub mod completion;
pub mod desk;
pub mod enrolment;
pub mod internship;
pub mod job;
pub mod maintenance;
pub mod organisation;
pub mod person;
pub mod person_import;
pub mod plan_export;
pub mod programme;
pub mod report;
pub mod session;
pub mod signing_key;
pub mod trainer;
pub mod venue;
pub mod visit;

/// What a command returns: the value, or the `{code, reason, …}` error the UI words.
pub type Reply<T> = Result<T, malaka_api::Error>;
