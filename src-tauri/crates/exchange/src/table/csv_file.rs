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
    // (first line of the previous record, its row number, line breaks inside it)
    let mut previous: Option<(usize, usize, usize)> = None;
    for result in reader.records() {
        let record = result.map_err(|e| Error::Csv {
            file: name.to_owned(),
            row: rows.last().map_or(1, |r| r.number + 1),
            message: e.to_string(),
        })?;
        let line = record.position().map_or(1, |p| usize::try_from(p.line()).unwrap_or(usize::MAX));
        // The csv crate skips empty lines; a spreadsheet shows them as rows.
        let number = match previous {
            None => line,
            Some((prev_line, prev_number, prev_breaks)) => {
                (prev_number + line).saturating_sub(prev_line + prev_breaks).max(prev_number + 1)
            }
        };
        let breaks = record.iter().map(|f| f.matches('\n').count()).sum();
        previous = Some((line, number, breaks));
        rows.push(RawRow { number, cells: record.iter().map(|f| Cell::Text(f.to_owned())).collect() });
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn row_numbers_follow_what_a_spreadsheet_shows() {
        let text = "A;B\n\n1;\"two\nlines\"\n3;x\n";
        let rows = parse("f.csv", text, ';').expect("rows");
        let numbers: Vec<usize> = rows.iter().map(|r| r.number).collect();
        assert_eq!(numbers, [1, 3, 4]);
    }

    #[test]
    fn sep_line_is_hidden_from_row_numbers() {
        let table = read_csv_bytes("f.csv", b"sep=,\nA,B\n1,2\n").expect("table");
        assert_eq!(table.source.delimiter, Some(','));
        assert_eq!(table.headers, ["A", "B"]);
        assert_eq!(table.rows[0].number, 2);
    }
}
