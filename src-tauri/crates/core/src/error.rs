//! The one error type of the domain: an input that breaks a rule, named by field.

use crate::reason::Reason;

/// A rule broken by an input. `field` names where, in the words of the input (e.g. `family_name`);
/// `reason` says why, as data that each front end words in its user's language.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Error {
    #[error("{field}: {reason}")]
    Invalid { field: String, reason: Reason },
}

impl Error {
    pub fn invalid(field: impl Into<String>, reason: Reason) -> Self {
        Error::Invalid { field: field.into(), reason }
    }
}

pub type Result<T> = std::result::Result<T, Error>;
