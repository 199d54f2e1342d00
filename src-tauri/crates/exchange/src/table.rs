//! Reading a tabular file (CSV or spreadsheet) into memory as text cells.

mod assemble;
mod csv_file;
mod delimiter;
mod encoding;
mod ods_extent;
mod workbook;
mod xls_extent;

use std::path::Path;

use sha2::{Digest, Sha256};

use crate::error::Error;

pub use csv_file::read_csv_bytes;
pub use workbook::read_workbook_bytes;

/// The kind of file a table came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Delimited text (.csv, .txt).
    Csv,
    /// Office Open XML workbook (.xlsx, .xlsm).
    Xlsx,
    /// Legacy Excel workbook (.xls).
    Xls,
    /// OpenDocument spreadsheet (.ods).
    Ods,
}

impl Format {
    /// A stable lowercase name, e.g. for an import log.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
            Format::Xls => "xls",
            Format::Ods => "ods",
        }
    }
}

/// The text encoding a CSV file was decoded from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Encoding {
    /// UTF-8 without a byte-order mark.
    Utf8,
    /// UTF-8 with a byte-order mark (Excel's "CSV UTF-8").
    Utf8Bom,
    /// Windows-1251 (Excel's plain "CSV" on a Cyrillic Windows).
    Windows1251,
}

impl Encoding {
    /// A stable lowercase name, e.g. for an import log.
    pub fn as_str(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf8Bom => "utf-8-bom",
            Encoding::Windows1251 => "windows-1251",
        }
    }
}

/// Where a table came from and how it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The file's name (without its directory).
    pub file_name: String,
    /// The file's format.
    pub format: Format,
    /// The text encoding; `None` for spreadsheets, which carry their own.
    pub encoding: Option<Encoding>,
    /// The field delimiter; `None` for spreadsheets.
    pub delimiter: Option<char>,
    /// SHA-256 of the raw file bytes, lowercase hex.
    pub sha256: String,
}

/// One data row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The row number a spreadsheet shows: the header is usually row 1, so
    /// the first data row is 2. Blank rows skipped still count.
    pub number: usize,
    /// Trimmed cell texts, exactly one per header column.
    pub cells: Vec<String>,
}

impl Row {
    /// The cell in `column`, or "" when the column does not exist.
    pub fn get(&self, column: usize) -> &str {
        self.cells.get(column).map_or("", String::as_str)
    }
}

/// A file read into memory: the header and the non-blank data rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// Trimmed header texts; trailing empty header cells are dropped.
    pub headers: Vec<String>,
    /// The data rows; each has `headers.len()` cells.
    pub rows: Vec<Row>,
    /// Where the table came from.
    pub source: Source,
}

impl Table {
    /// The header text of `column`, or "column N" (1-based) when it is blank.
    pub fn column_name(&self, column: usize) -> String {
        column_name(&self.headers, column)
    }
}

/// Header text, or "column N" for a blank or missing header cell.
pub(crate) fn column_name(headers: &[String], column: usize) -> String {
    match headers.get(column) {
        Some(h) if !h.is_empty() => h.clone(),
        _ => format!("column {}", column + 1),
    }
}

/// Reads a CSV or spreadsheet file, choosing the reader by extension.
///
/// `.csv` and `.txt` are read as CSV; `.xlsx`, `.xlsm`, `.xls` and `.ods` as
/// workbooks (first sheet). See [`read_table_bytes`].
pub fn read_table(path: &Path) -> Result<Table, Error> {
    let file_name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    let bytes = crate::file::read_capped(path, crate::file::cap::TABLE)?;
    read_table_bytes(&file_name, &bytes)
}

/// Reads file contents, choosing the reader by the extension of `name`.
///
/// A `.csv`/`.txt` whose bytes are really a workbook (some programs export
/// XLSX or XLS under a .csv name) is read as a workbook.
pub fn read_table_bytes(name: &str, bytes: &[u8]) -> Result<Table, Error> {
    let extension = Path::new(name).extension().map(|e| e.to_string_lossy().to_lowercase()).unwrap_or_default();
    match extension.as_str() {
        "csv" | "txt" if workbook::looks_like_workbook(bytes) => read_workbook_bytes(name, bytes),
        "csv" | "txt" => read_csv_bytes(name, bytes),
        "xlsx" | "xlsm" | "xls" | "ods" => read_workbook_bytes(name, bytes),
        _ => Err(Error::UnsupportedFormat { file: name.to_owned(), extension }),
    }
}

/// Lowercase hex SHA-256 of the raw file bytes.
pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}
