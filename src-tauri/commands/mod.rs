//! Tauri commands, one module per area, named like the `api` functions they call.

pub mod attendance;
pub mod certificate;
pub mod completion;
pub mod maintenance;
pub mod organisation;
pub mod person;
pub mod person_import;
pub mod plan;

/// What a command returns: the value, or the `{code, message}` error the UI branches on.
pub type Reply<T> = Result<T, malaka_api::Error>;
