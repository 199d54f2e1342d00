//! What can go wrong turning data into a PDF.

#[derive(Debug, Clone, PartialEq, thiserror::Error, serde::Serialize, serde::Deserialize)]
pub enum Error {
    /// A template that does not compile, placed where its author can find it.
    #[error("{file}:{line}:{column}: {message}")]
    Template { file: String, line: usize, column: usize, message: String },
    #[error("unknown locale '{0}' (uz-Latn, uz-Cyrl, ru, az or en)")]
    Locale(String),
    #[error("{0}")]
    Pdf(String),
    /// A logo that is not a PNG, JPEG or SVG picture.
    #[error("a logo must be a PNG, JPEG or SVG picture")]
    NotAPicture,
    #[error("the logo is {kib} KiB; at most {max_kib} KiB")]
    PictureTooLarge { kib: usize, max_kib: usize },
    /// The caller asked to stop before the document was finished.
    #[error("cancelled")]
    Cancelled,
}

pub type Result<T> = std::result::Result<T, Error>;
