//! Reading the first sheet of a spreadsheet workbook.

use std::io::Cursor;
use std::path::Path;

use calamine::{Data, ExcelDateTime, Ods, Reader, Sheets, Xls, Xlsx, open_workbook_from_rs};

use super::assemble::{Cell, RawRow, assemble};
use super::{Format, Source, Table, sha256_hex};
use crate::error::Error;

type Book<'a> = Sheets<Cursor<&'a [u8]>>;

const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
const OLE_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// True when the bytes start like a ZIP (xlsx, ods) or an OLE file (xls).
pub(crate) fn looks_like_workbook(bytes: &[u8]) -> bool {
    bytes.starts_with(ZIP_MAGIC) || bytes.starts_with(OLE_MAGIC)
}

/// Reads the first sheet of an .xlsx, .xlsm, .xls or .ods workbook.
///
/// Cells become text: integers without ".0", floats to 15 significant digits
/// as Excel shows them, booleans as `TRUE`/`FALSE`, dates as `YYYY-MM-DD`,
/// date-times as `YYYY-MM-DDTHH:MM:SS`, times as `HH:MM:SS`. A cell holding
/// an error such as `#VALUE!` fails the read, naming the row and column.
pub fn read_workbook_bytes(name: &str, bytes: &[u8]) -> Result<Table, Error> {
    // calamine indexes some records by the lengths they state (an .xls formula, a short number
    // record) and panics past their end: a damaged or hostile file is refused instead. What it
    // would allocate is measured before (`xls_extent`, `ods_extent`): that cannot be caught.
    std::panic::catch_unwind(|| read_unguarded(name, bytes)).unwrap_or_else(|_| {
        Err(Error::Workbook {
            file: name.to_owned(),
            message: "the file is damaged: a record ends before its data".into(),
        })
    })
}

fn read_unguarded(name: &str, bytes: &[u8]) -> Result<Table, Error> {
    let failed = |message: String| Error::Workbook { file: name.to_owned(), message };
    // calamine expands a whole .xls or .ods as it opens it: measured first, whatever its name.
    if bytes.starts_with(OLE_MAGIC) {
        super::xls_extent::check(name, bytes)?;
    } else if bytes.starts_with(ZIP_MAGIC) && super::ods_extent::is_ods(bytes) {
        super::ods_extent::check(name, bytes)?;
    }
    let (mut book, format) = open(name, bytes).map_err(failed)?;
    let raw = match &mut book {
        // Streamed cell by cell: a sheet stating cells in A1 and XFD1048576 is refused before any
        // range is built.
        Sheets::Xlsx(xlsx) => xlsx_rows(name, xlsx)?,
        other => {
            let range = other
                .worksheet_range_at(0)
                .ok_or_else(|| failed("the workbook has no worksheet".to_owned()))?
                .map_err(|e| failed(e.to_string()))?;
            let (rows, columns) = range.get_size();
            if rows > MAX_ROWS as usize || columns > MAX_COLUMNS as usize {
                return Err(too_large(name, rows as u64, columns as u64));
            }
            let first_row = range.start().map_or(0, |(row, _)| row as usize);
            range
                .rows()
                .enumerate()
                .map(|(i, cells)| RawRow { number: first_row + i + 1, cells: cells.iter().map(cell).collect() })
                .collect()
        }
    };

    let source =
        Source { file_name: name.to_owned(), format, encoding: None, delimiter: None, sha256: sha256_hex(bytes) };
    assemble(source, raw)
}

/// Rows a staff list or roll may have (the import takes at most 500,000 people, plus titles and
/// a header), and columns.
pub const MAX_ROWS: u32 = 500_010;
pub const MAX_COLUMNS: u32 = 256;
/// Cells a sheet read whole (ODS and XLS are expanded into one block, every empty cell included)
/// may have: 500,000 people with 30 columns each.
pub const MAX_CELLS: u64 = 15_000_000;

pub(crate) fn too_large(name: &str, rows: u64, columns: u64) -> Error {
    Error::SheetTooLarge {
        file: name.to_owned(),
        rows,
        columns,
        max_rows: u64::from(MAX_ROWS),
        max_columns: u64::from(MAX_COLUMNS),
    }
}

/// The first sheet of an XLSX read cell by cell: the stated dimensions are checked first, and
/// every cell's position as it comes, so memory stays within the caps whatever the file says.
fn xlsx_rows(name: &str, xlsx: &mut Xlsx<Cursor<&[u8]>>) -> Result<Vec<RawRow>, Error> {
    let failed = |message: String| Error::Workbook { file: name.to_owned(), message };
    let sheet = xlsx.sheet_names().first().cloned().ok_or_else(|| failed("the workbook has no worksheet".into()))?;
    let mut reader = xlsx.worksheet_cells_reader(&sheet).map_err(|e| failed(e.to_string()))?;
    let stated = reader.dimensions();
    let (rows, columns) = (
        u64::from(stated.end.0.saturating_sub(stated.start.0)) + 1,
        u64::from(stated.end.1.saturating_sub(stated.start.1)) + 1,
    );
    if rows > u64::from(MAX_ROWS) || columns > u64::from(MAX_COLUMNS) {
        return Err(too_large(name, rows, columns));
    }
    let mut by_row: std::collections::BTreeMap<u32, Vec<(u32, Cell)>> = std::collections::BTreeMap::new();
    while let Some(c) = reader.next_cell().map_err(|e| failed(e.to_string()))? {
        let (row, column) = c.get_position();
        if row >= MAX_ROWS || column >= MAX_COLUMNS {
            return Err(too_large(name, u64::from(row) + 1, u64::from(column) + 1));
        }
        let value = cell(&Data::from(c.get_value().clone()));
        by_row.entry(row).or_default().push((column, value));
    }
    let first_column = by_row.values().flatten().map(|(c, _)| *c).min().unwrap_or(0);
    Ok(by_row
        .into_iter()
        .map(|(row, cells)| {
            let width = cells.iter().map(|(c, _)| c - first_column + 1).max().unwrap_or(0) as usize;
            let mut line = vec![Cell::Text(String::new()); width];
            for (c, value) in cells {
                line[(c - first_column) as usize] = value;
            }
            RawRow { number: row as usize + 1, cells: line }
        })
        .collect())
}

/// Opens with the reader the extension names, then tries every reader:
/// programs do save XLSX content under an .xls name.
fn open<'a>(name: &str, bytes: &'a [u8]) -> Result<(Book<'a>, Format), String> {
    let extension = Path::new(name).extension().map(|e| e.to_string_lossy().to_lowercase()).unwrap_or_default();
    let cursor = Cursor::new(bytes);
    let first = match extension.as_str() {
        "xls" => open_workbook_from_rs::<Xls<_>, _>(cursor.clone()).map(Sheets::Xls).map_err(|e| e.to_string()),
        "ods" => open_workbook_from_rs::<Ods<_>, _>(cursor.clone()).map(Sheets::Ods).map_err(|e| e.to_string()),
        _ => open_workbook_from_rs::<Xlsx<_>, _>(cursor.clone()).map(Sheets::Xlsx).map_err(|e| e.to_string()),
    };
    let book = match first {
        Ok(book) => book,
        Err(message) => calamine::open_workbook_auto_from_rs(cursor).map_err(|_| message)?,
    };
    let format = match &book {
        Sheets::Xls(_) => Format::Xls,
        Sheets::Ods(_) => Format::Ods,
        Sheets::Xlsx(_) | Sheets::Xlsb(_) => Format::Xlsx,
    };
    Ok((book, format))
}

/// One cell as text, the way the user sees it in the spreadsheet.
fn cell(data: &Data) -> Cell {
    let text = match data {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => float_text(*f),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        Data::DateTime(dt) => datetime_text(dt),
        Data::Error(e) => return Cell::Error(e.to_string()),
    };
    Cell::Text(text)
}

/// Whole numbers without ".0" (personnel numbers, phones typed as numbers);
/// others rounded to Excel's 15 significant digits, so 0.1+0.2 reads "0.3".
fn float_text(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        return format!("{}", f as i64);
    }
    let rounded: f64 = format!("{f:.14e}").parse().unwrap_or(f);
    rounded.to_string()
}

/// A date, date-time, time of day or duration as ISO-like text.
fn datetime_text(dt: &ExcelDateTime) -> String {
    if dt.is_duration() {
        let seconds = (dt.as_f64() * 86_400.0).round() as i64;
        let sign = if seconds < 0 { "-" } else { "" };
        let s = seconds.unsigned_abs();
        return format!("{sign}{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60);
    }
    // Serial days 0–109,574 are 1899-12-30 to 2199-12-31: a date-formatted cell outside stays a
    // number (and a date field then refuses it) instead of reaching arithmetic that overflows.
    if !(0.0..=109_574.0).contains(&dt.as_f64()) {
        return float_text(dt.as_f64());
    }
    let Some(value) = dt.as_datetime() else {
        return float_text(dt.as_f64());
    };
    // Excel keeps milliseconds in a float; 14:20 may come back as 14:19:59.999.
    let Some(value) = value.checked_add_signed(chrono::Duration::milliseconds(500)) else {
        return float_text(dt.as_f64());
    };
    let value = value.format("%Y-%m-%dT%H:%M:%S").to_string();
    let (date, time) = value.split_once('T').unwrap_or((&value, ""));
    if (0.0..1.0).contains(&dt.as_f64()) {
        time.to_owned()
    } else if time == "00:00:00" {
        date.to_owned()
    } else {
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::ExcelDateTimeType;

    fn date(value: f64) -> String {
        datetime_text(&ExcelDateTime::new(value, ExcelDateTimeType::DateTime, false))
    }

    #[test]
    fn numbers_read_as_excel_shows_them() {
        assert_eq!(float_text(1042.0), "1042");
        assert_eq!(float_text(998_901_234_567.0), "998901234567");
        assert_eq!(float_text(0.1 + 0.2), "0.3");
        assert_eq!(float_text(2.5), "2.5");
        assert_eq!(float_text(-3.0), "-3");
    }

    #[test]
    fn dates_times_and_durations() {
        assert_eq!(date(32_875.0), "1990-01-02");
        assert_eq!(date(45_943.5), "2025-10-13T12:00:00");
        // 14:20 is not exact in binary; it must not read as 14:19:59.
        assert_eq!(date(14.0 / 24.0 + 20.0 / 1440.0), "14:20:00");
        let d = ExcelDateTime::new(1.5, ExcelDateTimeType::TimeDelta, false);
        assert_eq!(datetime_text(&d), "36:00:00");
    }
}
