//! The rules shared by every reader: find the header, skip blank rows, trim,
//! pad short rows, reject long ones and cells that are errors or binary junk.

use super::{Row, Source, Table, column_name};
use crate::error::Error;

/// A cell as a reader found it, before trimming.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Cell {
    /// Text (numbers and dates already formatted).
    Text(String),
    /// A spreadsheet error value such as `#VALUE!`.
    Error(String),
}

/// A record as a reader found it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct RawRow {
    /// The row number a spreadsheet would show.
    pub number: usize,
    /// The cells, as many as the record had.
    pub cells: Vec<Cell>,
}

/// Characters in one cell: Excel's own limit; a longer field is not a name or a note.
pub const MAX_CELL_CHARS: usize = 32_767;

/// The first cell longer than [`MAX_CELL_CHARS`]: its row and column number.
fn long_cell(rows: &[RawRow]) -> Option<(usize, usize)> {
    rows.iter().find_map(|r| {
        let long =
            |c: &Cell| matches!(c, Cell::Text(t) if t.len() > MAX_CELL_CHARS && t.chars().count() > MAX_CELL_CHARS);
        r.cells.iter().position(long).map(|i| (r.number, i + 1))
    })
}

/// At most this many one-cell title lines ("Xodimlar ro'yxati", "01.09.2025
/// holatiga") are skipped above the header.
const MAX_TITLE_ROWS: usize = 3;

/// Builds the table: the first non-blank row is the header, unless it is a
/// title — see [`title_rows`].
pub(crate) fn assemble(source: Source, raw: Vec<RawRow>) -> Result<Table, Error> {
    let file = source.file_name.clone();
    if let Some((row, column)) = long_cell(&raw) {
        return Err(Error::CellTooLong { file, row, column, max: MAX_CELL_CHARS });
    }
    let records: Vec<RawRow> = raw.into_iter().filter(|r| !is_blank(r)).collect();
    let titles = title_rows(&records);
    let mut records = records.into_iter().skip(titles);
    let Some(header_row) = records.next() else {
        return Err(Error::Empty { file, has_header: false });
    };
    // Header cells are named by position: there is no header text yet.
    let mut headers = texts(&file, &header_row, &[])?;
    // Spreadsheets often carry formatted but empty columns past the data.
    while headers.last().is_some_and(String::is_empty) {
        headers.pop();
    }
    let width = headers.len();

    let mut rows = Vec::new();
    for record in records {
        let found = filled_width(&record);
        if found > width {
            return Err(Error::Ragged { file, row: record.number, found, expected: width });
        }
        let mut cells = texts(&file, &record, &headers)?;
        cells.resize(width, String::new());
        rows.push(Row { number: record.number, cells });
    }
    if rows.is_empty() {
        return Err(Error::Empty { file, has_header: true });
    }
    Ok(Table { headers, rows, source })
}

/// How many leading rows are titles: rows with a single filled cell before a
/// row with several. Exports from HR software often start with a title, and
/// taking it for the header would make every data row look ragged.
fn title_rows(records: &[RawRow]) -> usize {
    let filled = |r: &RawRow| r.cells.iter().filter(|c| !matches!(c, Cell::Text(t) if t.trim().is_empty())).count();
    records.iter().take(MAX_TITLE_ROWS + 1).position(|r| filled(r) > 1).unwrap_or(0)
}

/// True when every cell is empty or whitespace.
fn is_blank(row: &RawRow) -> bool {
    row.cells.iter().all(|c| matches!(c, Cell::Text(t) if t.trim().is_empty()))
}

/// The number of cells up to and including the last non-empty one.
fn filled_width(row: &RawRow) -> usize {
    row.cells.iter().rposition(|c| !matches!(c, Cell::Text(t) if t.trim().is_empty())).map_or(0, |i| i + 1)
}

/// Trimmed texts of a row, failing on error cells and unreadable characters.
fn texts(file: &str, row: &RawRow, headers: &[String]) -> Result<Vec<String>, Error> {
    row.cells
        .iter()
        .enumerate()
        .map(|(column, cell)| match cell {
            Cell::Error(error) => Err(Error::CellError {
                file: file.to_owned(),
                row: row.number,
                column: column_name(headers, column),
                error: error.clone(),
            }),
            Cell::Text(text) => match text.chars().find(|&c| is_junk(c)) {
                Some(c) => Err(Error::Binary {
                    file: file.to_owned(),
                    row: row.number,
                    column: column_name(headers, column),
                    code: u32::from(c),
                }),
                None => Ok(text.trim().to_owned()),
            },
        })
        .collect()
}

/// Control characters (other than tab and line breaks) and the replacement
/// character only come from binary data or a wrong encoding, never from a
/// staff list.
fn is_junk(c: char) -> bool {
    match c {
        '\t' | '\n' | '\r' => false,
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{fffd}' => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::table::Format;

    fn source() -> Source {
        Source {
            file_name: "t.csv".into(),
            format: Format::Csv,
            encoding: None,
            delimiter: None,
            sha256: String::new(),
        }
    }

    fn raw(number: usize, cells: &[&str]) -> RawRow {
        RawRow { number, cells: cells.iter().map(|c| Cell::Text((*c).to_owned())).collect() }
    }

    #[test]
    fn trailing_blank_header_cells_and_empty_extra_fields_are_dropped() {
        let table = assemble(source(), vec![raw(1, &["A", "B", " ", ""]), raw(2, &["1", "2", "", ""]), raw(3, &["x"])])
            .expect("table");
        assert_eq!(table.headers, ["A", "B"]);
        assert_eq!(table.rows[0].cells, ["1", "2"]);
        assert_eq!(table.rows[1].cells, ["x", ""]);
    }

    #[test]
    fn leading_blank_rows_are_skipped_but_keep_their_numbers() {
        let table = assemble(source(), vec![raw(1, &["", ""]), raw(2, &["A"]), raw(4, &[" v "])]).expect("table");
        assert_eq!(table.headers, ["A"]);
        assert_eq!(table.rows[0].number, 4);
        assert_eq!(table.rows[0].cells, ["v"]);
    }

    #[test]
    fn title_lines_above_the_header_are_skipped() {
        let rows = vec![
            raw(1, &["Xodimlar ro'yxati", "", ""]),
            raw(2, &["", "01.09.2025 holatiga", ""]),
            raw(4, &["Familiya", "Ism", "Lavozim"]),
            raw(5, &["Aliyev", "Vali", "Muhandis"]),
        ];
        let table = assemble(source(), rows).expect("table");
        assert_eq!(table.headers, ["Familiya", "Ism", "Lavozim"]);
        assert_eq!(table.rows.len(), 1);
        assert_eq!(table.rows[0].number, 5);

        // A one-column list keeps its first row as the header.
        let table = assemble(source(), vec![raw(1, &["ФИО"]), raw(2, &["Иванов Иван"])]).expect("table");
        assert_eq!(table.headers, ["ФИО"]);
        assert_eq!(table.rows.len(), 1);

        // More title lines than that are not guessed at: the first row stays the header.
        let many: Vec<RawRow> =
            (1..=5).map(|n| raw(n, &["title"])).chain([raw(6, &["A", "B"]), raw(7, &["1", "2"])]).collect();
        assert!(matches!(assemble(source(), many), Err(Error::Ragged { row: 6, .. })));
    }

    #[test]
    fn error_cell_names_row_and_column() {
        let row = RawRow { number: 5, cells: vec![Cell::Text("x".into()), Cell::Error("#VALUE!".into())] };
        let err = assemble(source(), vec![raw(1, &["Ism", "Tug'ilgan sana"]), row]).unwrap_err();
        assert_eq!(err.to_string(), "t.csv: row 5, column \"Tug'ilgan sana\": cell error #VALUE!");
    }

    #[test]
    fn control_character_is_binary_junk() {
        let err = assemble(source(), vec![raw(1, &["A", "", "C"]), raw(2, &["ok", "a\u{1}b", ""])]).unwrap_err();
        assert!(matches!(&err, Error::Binary { row: 2, column, code: 1, .. } if column == "column 2"), "{err:?}");
    }
}
