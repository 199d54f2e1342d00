//! A legacy Excel workbook's true size, found before calamine reads it. calamine trusts what an
//! .xls says: the container's header sizes its tables, a sheet's DIMENSIONS record reserves
//! rows × columns at once, and every sheet becomes one block from its top-left to its
//! bottom-right cell. A file of a few hundred bytes can so ask for terabytes (and the process
//! aborts), or for a subtraction that goes below zero. So the container and every record that
//! sizes a sheet are checked here first.

use std::io::{Cursor, Read};

use super::workbook::{MAX_CELLS, MAX_COLUMNS, MAX_ROWS, too_large};
use crate::error::Error;

/// Records that place a cell: Formula, Number, Label, BoolErr, RK, LabelSST, RString.
const CELL_RECORDS: [u16; 7] = [0x0006, 0x0203, 0x0204, 0x0205, 0x027E, 0x00FD, 0x00D6];
const DIMENSIONS: u16 = 0x0200;
const MULRK: u16 = 0x00BD;

/// Refuses an .xls whose container or sheets claim more than the caps.
pub(crate) fn check(name: &str, bytes: &[u8]) -> Result<(), Error> {
    let failed = |message: &str| Error::Workbook { file: name.to_owned(), message: message.to_owned() };
    header_within_file(bytes).map_err(failed)?;
    let mut container = cfb::CompoundFile::open(Cursor::new(bytes)).map_err(|e| failed(&e.to_string()))?;
    let mut stream = match container.open_stream("/Workbook") {
        Ok(s) => s,
        Err(_) => container.open_stream("/Book").map_err(|_| failed("it has no workbook stream"))?,
    };
    let mut records = Vec::new();
    stream.by_ref().take(bytes.len() as u64).read_to_end(&mut records).map_err(|e| failed(&e.to_string()))?;
    let mut extent = Extent::default();
    let mut at = 0;
    while let Some(head) = records.get(at..at + 4) {
        let kind = u16::from_le_bytes([head[0], head[1]]);
        let len = usize::from(u16::from_le_bytes([head[2], head[3]]));
        let Some(data) = records.get(at + 4..at + 4 + len) else { break };
        match kind {
            // A new sheet's substream.
            0x0809 => extent = Extent::default(),
            DIMENSIONS => dimensions(data)
                .ok_or_else(|| failed("a sheet states impossible dimensions"))
                .and_then(|(rows, columns)| within_caps(name, rows, columns))?,
            MULRK if data.len() >= 6 => {
                let first = u16::from_le_bytes([data[2], data[3]]);
                let last = u16::from_le_bytes([data[len - 2], data[len - 1]]);
                if last < first {
                    return Err(failed("a row of numbers ends before it starts"));
                }
                extent.place(u16::from_le_bytes([data[0], data[1]]), first);
                extent.place(u16::from_le_bytes([data[0], data[1]]), last);
            }
            k if CELL_RECORDS.contains(&k) && data.len() >= 4 => {
                extent.place(u16::from_le_bytes([data[0], data[1]]), u16::from_le_bytes([data[2], data[3]]));
            }
            _ => {}
        }
        let (rows, columns) = extent.size();
        within_caps(name, rows, columns)?;
        at += 4 + len;
    }
    Ok(())
}

/// The container's header sizes its tables from counts calamine does not check: each must fit
/// in the file. (calamine also reads the four bytes at 62 as a table length.)
fn header_within_file(bytes: &[u8]) -> Result<(), &'static str> {
    let u32_at = |at: usize| bytes.get(at..at + 4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
    let shift = bytes.get(30..32).map(|b| u16::from_le_bytes([b[0], b[1]])).ok_or("it is cut short")?;
    if shift != 9 && shift != 12 {
        return Err("its container states an impossible sector size");
    }
    let sectors = (bytes.len() as u64).div_ceil(1 << shift);
    for at in [40, 44, 64, 72] {
        if u64::from(u32_at(at).ok_or("it is cut short")?) > sectors {
            return Err("its container states more sectors than the file has");
        }
    }
    if u32_at(62).ok_or("it is cut short")? > 1 << 26 {
        return Err("its container states an impossible table size");
    }
    Ok(())
}

/// A DIMENSIONS record as calamine reads it: (rows, columns), or None when its end comes
/// before its start.
fn dimensions(r: &[u8]) -> Option<(u64, u64)> {
    let u16_at = |at: usize| u32::from(u16::from_le_bytes([r[at], r[at + 1]]));
    let u32_at = |at: usize| u32::from_le_bytes([r[at], r[at + 1], r[at + 2], r[at + 3]]);
    let (first_row, last_row, mut first_col, last_col) = match r.len() {
        10 => (u16_at(0), u16_at(2), u16_at(4), u16_at(6)),
        14 => (u32_at(0), u32_at(4), u16_at(8), u16_at(10)),
        // calamine refuses any other length itself.
        _ => return Some((0, 0)),
    };
    if 0xFF < first_col || last_col < first_col {
        first_col = 0;
    }
    if last_row == 0 || last_col == 0 {
        return Some((1, 1));
    }
    let rows = (last_row - 1).checked_sub(first_row)?;
    let columns = (last_col - 1).checked_sub(first_col)?;
    Some((u64::from(rows) + 1, u64::from(columns) + 1))
}

fn within_caps(name: &str, rows: u64, columns: u64) -> Result<(), Error> {
    if rows > u64::from(MAX_ROWS) || columns > u64::from(MAX_COLUMNS) || rows.saturating_mul(columns) > MAX_CELLS {
        return Err(too_large(name, rows, columns));
    }
    Ok(())
}

/// The block a sheet's cells span, as calamine will build it.
#[derive(Default)]
struct Extent {
    rows: Option<(u16, u16)>,
    columns: Option<(u16, u16)>,
}

impl Extent {
    fn place(&mut self, row: u16, column: u16) {
        let widen = |span: Option<(u16, u16)>, at: u16| Some(span.map_or((at, at), |(a, b)| (a.min(at), b.max(at))));
        self.rows = widen(self.rows, row);
        self.columns = widen(self.columns, column);
    }

    fn size(&self) -> (u64, u64) {
        let span = |s: Option<(u16, u16)>| s.map_or(0, |(a, b)| u64::from(b - a) + 1);
        (span(self.rows), span(self.columns))
    }
}
