//! The one error type of the domain: an input that breaks a rule, named by field.

/// A rule broken by an input. `field` names where, in the words of the input (e.g. `family_name`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    #[error("{field}: {message}")]
    Invalid { field: String, message: String },
}

impl Error {
    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Invalid { field: field.into(), message: message.into() }
    }
}

pub type Result<T> = std::result::Result<T, Error>;
