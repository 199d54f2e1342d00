//! The one error type of the crate. Messages are English (the CLI prints them)
//! and name the file, and the row and column where they are known.

/// Why a file could not be read as a table.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Data that cannot be written as asked (an unknown time zone, say).
    #[error("{0}")]
    Invalid(String),

    /// The file could not be opened or read.
    #[error("{file}: cannot read the file: {source}")]
    Io {
        /// The file name.
        file: String,
        /// The underlying I/O error.
        #[source]
        source: std::io::Error,
    },

    /// The file is larger than the kind of file it should be ever is.
    #[error("{file}: {bytes} bytes; at most {max} are read")]
    TooLarge {
        /// The file name.
        file: String,
        /// Its size.
        bytes: u64,
        /// The cap.
        max: u64,
    },

    /// A picture whose stated size is beyond any scan or photo; refused before its pixels are
    /// allocated.
    #[error("{file}: a picture of {width} × {height} pixels; at most {max_pixels} pixels are read")]
    PictureTooLarge {
        /// The file name.
        file: String,
        /// Width and height as the file states them.
        width: u64,
        height: u64,
        /// The cap on width × height.
        max_pixels: u64,
    },

    /// A sheet with more rows or columns than a staff list or roll has; refused before its cells
    /// are laid out in memory.
    #[error("{file}: the sheet spans {rows} rows × {columns} columns; at most {max_rows} × {max_columns} are read")]
    SheetTooLarge {
        /// The file name.
        file: String,
        rows: u64,
        columns: u64,
        max_rows: u64,
        max_columns: u64,
    },

    /// A cell longer than a spreadsheet cell can be.
    #[error("{file}: row {row}, column {column}: more than {max} characters in one cell")]
    CellTooLong {
        /// The file name.
        file: String,
        row: usize,
        column: usize,
        max: usize,
    },

    /// A picture that could not be read, or holds no readable QR code.
    #[error("{file}: {reason}")]
    Unreadable {
        /// The file name.
        file: String,
        /// What went wrong, in words.
        reason: String,
    },

    /// The file's extension is not one this crate reads.
    #[error("{file}: unsupported file type {extension:?}; use .csv, .txt, .xlsx, .xlsm, .xls or .ods")]
    UnsupportedFormat {
        /// The file name.
        file: String,
        /// The extension as found (may be empty).
        extension: String,
    },

    /// The file has no header, or a header and no data rows.
    #[error("{file}: {}", if *has_header { "the file has a header row but no data rows" } else { "the file is empty" })]
    Empty {
        /// The file name.
        file: String,
        /// True when a header row was found.
        has_header: bool,
    },

    /// A row has more non-empty fields than the header has columns.
    #[error("{file}: row {row}: {found} fields, the header has {expected}")]
    Ragged {
        /// The file name.
        file: String,
        /// The row number as a spreadsheet shows it (header is row 1).
        row: usize,
        /// Fields in the row, up to its last non-empty one.
        found: usize,
        /// Columns in the header.
        expected: usize,
    },

    /// The text is in an encoding this crate does not read.
    #[error("{file}: the file is {encoding} text; save it as \"CSV UTF-8\" or plain CSV")]
    UnsupportedEncoding {
        /// The file name.
        file: String,
        /// The encoding detected, e.g. "UTF-16".
        encoding: &'static str,
    },

    /// A cell holds a NUL or another control character: binary data, not text.
    #[error(
        "{file}: row {row}, column \"{column}\": binary data (character U+{code:04X}); this does not look like a text CSV file"
    )]
    Binary {
        /// The file name.
        file: String,
        /// The row number.
        row: usize,
        /// The column's header text, or "column N".
        column: String,
        /// The offending character's code point.
        code: u32,
    },

    /// The CSV parser failed.
    #[error("{file}: row {row}: {message}")]
    Csv {
        /// The file name.
        file: String,
        /// The row where parsing stopped.
        row: usize,
        /// The parser's message.
        message: String,
    },

    /// The spreadsheet could not be opened or has no worksheet.
    #[error("{file}: cannot read the workbook: {message}")]
    Workbook {
        /// The file name.
        file: String,
        /// What went wrong.
        message: String,
    },

    /// A spreadsheet cell holds an error value such as `#VALUE!`.
    #[error("{file}: row {row}, column \"{column}\": cell error {error}")]
    CellError {
        /// The file name.
        file: String,
        /// The row number.
        row: usize,
        /// The column's header text, or "column N".
        column: String,
        /// The error as Excel shows it, e.g. `#VALUE!`.
        error: String,
    },
}
