//! Reading delimited text.

use super::assemble::{Cell, RawRow, assemble};
use super::{Format, Source, Table, delimiter, encoding, sha256_hex};
use crate::error::Error;

/// Reads CSV bytes: detects the encoding (UTF-8, UTF-8 with BOM,
/// Windows-1251) and the delimiter (`;`, tab or `,`, or Excel's `sep=` line).
///
/// Row numbers are what a spreadsheet opening the file would show: blank
/// lines count, a quoted field spanning lines does not add rows, and a `sep=`
/// line (hidden by Excel) does not count.
pub fn read_csv_bytes(name: &str, bytes: &[u8]) -> Result<Table, Error> {
    let (text, encoding) = encoding::decode(name, bytes)?;
    let (body, hinted) = delimiter::strip_sep_line(&text);
    let delimiter = hinted.unwrap_or_else(|| delimiter::detect(body));
    let raw = parse(name, body, delimiter)?;
    let source = Source {
        file_name: name.to_owned(),
        format: Format::Csv,
        encoding: Some(encoding),
        delimiter: Some(delimiter),
        sha256: sha256_hex(bytes),
    };
    assemble(source, raw)
}

/// Splits text into records, numbering them as a spreadsheet would.
fn parse(name: &str, body: &str, delimiter: char) -> Result<Vec<RawRow>, Error> {
    // Detection and the `sep=` hint only yield ASCII delimiters.
    let delimiter_byte = u8::try_from(delimiter).unwrap_or(b',');
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter_byte)
        .from_reader(body.as_bytes());

    let mut rows: Vec<RawRow> = Vec::new();
    let mut lines = LineCounter::default();
    // Line breaks inside quoted fields so far: a spreadsheet shows each
    // record as one row, however many lines it spans.
    let mut inner_breaks = 0;
    for result in reader.records() {
        let record = result.map_err(|e| Error::Csv {
            file: name.to_owned(),
            row: rows.last().map_or(1, |r| r.number + 1),
            message: e.to_string(),
        })?;
        let offset = record.position().map_or(0, |p| usize::try_from(p.byte()).unwrap_or(usize::MAX));
        let line = lines.line_of_record_at(body, offset);
        let previous = rows.last().map_or(0, |r| r.number);
        let number = line.saturating_sub(inner_breaks).max(previous + 1);
        inner_breaks += record.iter().map(|f| f.matches('\n').count()).sum::<usize>();
        rows.push(RawRow { number, cells: record.iter().map(|f| Cell::Text(f.to_owned())).collect() });
    }
    Ok(rows)
}

/// Finds the line a record starts on. The csv crate reports where it began
/// reading, before the empty lines it skips, so those are stepped over here.
#[derive(Default)]
struct LineCounter {
    /// Bytes already counted.
    offset: usize,
    /// Line breaks in `body[..offset]`.
    breaks: usize,
}

impl LineCounter {
    /// The 1-based line of the first character at or after `offset` that is
    /// not a line break. Offsets only grow, so counting is linear overall.
    fn line_of_record_at(&mut self, body: &str, offset: usize) -> usize {
        let rest = body.get(offset..).unwrap_or("");
        let start = offset + (rest.len() - rest.trim_start_matches(['\r', '\n']).len());
        if let Some(between) = body.get(self.offset..start) {
            self.breaks += between.matches('\n').count();
            self.offset = start;
        }
        self.breaks + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn row_numbers_follow_what_a_spreadsheet_shows() {
        let numbers =
            |text: &str| -> Vec<usize> { parse("f.csv", text, ';').expect("rows").iter().map(|r| r.number).collect() };
        assert_eq!(numbers("A;B\n\n1;\"two\nlines\"\n3;x\n"), [1, 3, 4]);
        assert_eq!(numbers("\r\n\r\nA;B\r\n\r\n1;2\r\n3;4"), [3, 5, 6]);
        assert_eq!(numbers("A;B\n\"1\n\n\n\";2\n\n\n3;4\n"), [1, 2, 5]);
    }

    #[test]
    fn sep_line_is_hidden_from_row_numbers() {
        let table = read_csv_bytes("f.csv", b"sep=,\nA,B\n1,2\n").expect("table");
        assert_eq!(table.source.delimiter, Some(','));
        assert_eq!(table.headers, ["A", "B"]);
        assert_eq!(table.rows[0].number, 2);
    }
}
