//! The bench tool's one error.

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{0}")]
    Store(#[from] malaka_store::Error),
    #[error("{0}")]
    Api(#[from] malaka_api::Error),
    #[error("{0}")]
    Invalid(#[from] malaka_core::Error),
    #[error("{0}")]
    Io(String),
    #[error("{0}")]
    Refused(String),
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Io(e.to_string())
    }
}

pub type Result<T> = std::result::Result<T, Error>;
