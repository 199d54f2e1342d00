//! Malaka file exchange: reads staff lists from CSV and spreadsheet files and
//! maps them onto person fields; writes participant lists (CSV, XLSX) and
//! iCalendar schedules. It reads files only; it never touches the
//! database, so duplicates against stored people are checked elsewhere.

pub mod error;
pub mod file;
pub mod ics;
pub mod people;
pub mod qr;
pub mod roster;
pub mod table;

pub use error::Error;
pub use people::{HeaderMapping, PersonField, PersonRow, Problem, map_headers, people_rows};
pub use table::{
    Encoding, Format, Row, Source, Table, read_csv_bytes, read_table, read_table_bytes, read_workbook_bytes,
};
