//! An OpenDocument spreadsheet's true size, found before calamine builds it. ODS says "this cell
//! 1,000,000,000 times" (`number-columns-repeated`) and "this row 1,000,000 times"
//! (`number-rows-repeated`): a file of a few kilobytes can stand for more cells than any memory
//! holds, and calamine expands every sheet when the file is opened. So `content.xml` is read
//! first, counting what the expansion would make, and a sheet beyond the caps is refused.
//!
//! The count follows calamine's: empty cells and rows at the end of a row or a sheet are never
//! expanded; everything up to a sheet's last value is.

use std::io::{BufReader, Cursor, Read};

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::assemble::MAX_CELL_CHARS;
use super::workbook::{MAX_CELLS, MAX_COLUMNS, MAX_ROWS, too_large};
use crate::error::Error;

/// The most `content.xml` may unpack to: far beyond a full staff list (about 100 bytes a cell),
/// far below what would hurt the desk. Reading stops there (a ZIP's stated sizes can lie).
const MAX_CONTENT_BYTES: u64 = 1024 * 1024 * 1024;

/// True when the ZIP holds an OpenDocument spreadsheet (`content.xml`, no `xl/` parts).
pub(crate) fn is_ods(bytes: &[u8]) -> bool {
    zip::ZipArchive::new(Cursor::new(bytes)).is_ok_and(|z| z.index_for_name("content.xml").is_some())
}

/// Refuses an ODS whose sheets would expand beyond the caps, or whose cells repeat a space
/// (`text:s`) more than a cell may hold.
pub(crate) fn check(name: &str, bytes: &[u8]) -> Result<(), Error> {
    let failed = |message: String| Error::Workbook { file: name.to_owned(), message };
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| failed(e.to_string()))?;
    let content = archive.by_name("content.xml").map_err(|e| failed(e.to_string()))?;
    if content.size() > MAX_CONTENT_BYTES {
        return Err(failed(format!(
            "its content unpacks to {} MiB; at most {} MiB",
            content.size() >> 20,
            MAX_CONTENT_BYTES >> 20
        )));
    }
    let mut reader = Reader::from_reader(BufReader::new(content.take(MAX_CONTENT_BYTES)));
    let mut sheet = Sheet::default();
    let mut buf = Vec::new();
    loop {
        let event = reader.read_event_into(&mut buf).map_err(|e| failed(format!("content.xml: {e}")))?;
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let closed = matches!(event, Event::Empty(_));
                match e.name().as_ref() {
                    b"table:table" if !closed => sheet = Sheet::default(),
                    b"table:table-row" => {
                        sheet.row_starts(repeats(e, b"table:number-rows-repeated"));
                        if closed {
                            sheet.row_ends();
                        }
                    }
                    b"table:table-cell" | b"table:covered-table-cell" => {
                        sheet.cell(repeats(e, b"table:number-columns-repeated"), has_value(e));
                    }
                    b"text:s" => {
                        let spaces = repeats(e, b"text:c");
                        if spaces > MAX_CELL_CHARS as u64 {
                            return Err(Error::CellTooLong {
                                file: name.to_owned(),
                                row: usize::try_from(sheet.rows + sheet.pending_empty_rows + 1).unwrap_or(usize::MAX),
                                column: usize::try_from(sheet.column).unwrap_or(usize::MAX),
                                max: MAX_CELL_CHARS,
                            });
                        }
                    }
                    _ => {}
                }
            }
            Event::End(ref e) => match e.name().as_ref() {
                b"table:table-row" => sheet.row_ends(),
                b"table:table" => sheet.within_caps(name)?,
                _ => {}
            },
            Event::Eof => return Ok(()),
            _ => {}
        }
        buf.clear();
    }
}

/// A repeat count as calamine reads it; unreadable or absent counts once (calamine then says
/// what is wrong with it).
fn repeats(e: &BytesStart<'_>, attribute: &[u8]) -> u64 {
    e.try_get_attribute(attribute)
        .ok()
        .flatten()
        .and_then(|a| std::str::from_utf8(&a.value).ok().and_then(|v| v.trim().parse().ok()))
        .unwrap_or(1)
}

/// A cell calamine reads a value from: one in its attributes (a number, a date, a formula) or a
/// typed text in its paragraphs. (A cell without them reads as empty, whatever it holds.)
fn has_value(e: &BytesStart<'_>) -> bool {
    e.attributes().flatten().any(|a| {
        matches!(
            a.key.as_ref(),
            b"office:value"
                | b"office:value-type"
                | b"office:string-value"
                | b"office:date-value"
                | b"office:time-value"
                | b"office:boolean-value"
                | b"table:formula"
        )
    })
}

/// What one sheet expands to, counted as its rows go by.
#[derive(Default)]
struct Sheet {
    /// Rows up to the last with a value, every repeat counted.
    rows: u64,
    /// Rows since then: counted only if a value follows.
    pending_empty_rows: u64,
    /// The widest row, up to its last value.
    columns: u64,
    /// This row: its cells so far, its width up to its last value, and how often it repeats.
    column: u64,
    width: u64,
    repeat: u64,
}

impl Sheet {
    fn row_starts(&mut self, repeat: u64) {
        (self.column, self.width, self.repeat) = (0, 0, repeat);
    }

    fn cell(&mut self, repeat: u64, valued: bool) {
        self.column = self.column.saturating_add(repeat);
        if valued {
            self.width = self.column;
        }
    }

    fn row_ends(&mut self) {
        if self.width == 0 {
            self.pending_empty_rows = self.pending_empty_rows.saturating_add(self.repeat);
            return;
        }
        // Empty rows before the first value are not expanded either.
        let before = if self.rows == 0 { 0 } else { self.pending_empty_rows };
        self.rows = self.rows.saturating_add(before).saturating_add(self.repeat);
        self.pending_empty_rows = 0;
        self.columns = self.columns.max(self.width);
    }

    fn within_caps(&self, name: &str) -> Result<(), Error> {
        if self.rows > u64::from(MAX_ROWS)
            || self.columns > u64::from(MAX_COLUMNS)
            || self.rows.saturating_mul(self.columns) > MAX_CELLS
        {
            return Err(too_large(name, self.rows, self.columns));
        }
        Ok(())
    }
}
