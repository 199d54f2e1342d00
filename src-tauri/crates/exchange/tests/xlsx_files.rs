//! Reading workbooks written by a real XLSX writer.

use std::path::PathBuf;

mod common;

use common::{workbook, write_strings};
use malaka_exchange::{Error, Format, read_table, read_table_bytes};
use rust_xlsxwriter::{ExcelDateTime, Format as CellFormat, Formula, Worksheet};

/// Writes `bytes` to `name` in `dir`.
fn write(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).expect("write fixture");
    path
}

fn staff_sheet(ws: &mut Worksheet) {
    let date = CellFormat::new().set_num_format("dd.mm.yyyy");
    let datetime = CellFormat::new().set_num_format("dd.mm.yyyy hh:mm");
    write_strings(ws, 0, 0, &["Familiya", "Ism", "Tabel raqami", "Tug'ilgan sana", "Stavka", "Faol", "Kelgan"]);
    write_strings(ws, 1, 0, &["Qoʻchqorov", " Gʻayrat "]);
    ws.write_number(1, 2, 1042).expect("cell");
    let born = ExcelDateTime::from_ymd(1990, 5, 7).expect("date");
    ws.write_datetime_with_format(1, 3, &born, &date).expect("cell");
    ws.write_number(1, 4, 0.75).expect("cell");
    ws.write_boolean(1, 5, true).expect("cell");
    let came = ExcelDateTime::from_ymd(2024, 9, 2).and_then(|d| d.and_hms(9, 30, 0)).expect("dt");
    ws.write_datetime_with_format(1, 6, &came, &datetime).expect("cell");
    // Row 3 left blank on purpose; row 4 is the next person.
    write_strings(ws, 3, 0, &["Əliyeva", "Səbinə"]);
    ws.write_number(3, 2, 998_901_234_567_f64).expect("cell");
}

#[test]
fn cells_become_text_as_excel_shows_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write(&dir, "xodimlar.xlsx", &workbook(staff_sheet));
    let table = read_table(&path).expect("table");

    assert_eq!(table.source.format, Format::Xlsx);
    assert_eq!(table.source.encoding, None);
    assert_eq!(table.source.delimiter, None);
    assert_eq!(table.source.sha256.len(), 64);
    assert_eq!(table.headers[3], "Tug'ilgan sana");
    assert_eq!(
        table.rows[0].cells,
        ["Qoʻchqorov", "Gʻayrat", "1042", "1990-05-07", "0.75", "TRUE", "2024-09-02T09:30:00"]
    );
    // The blank row 3 is skipped; numbers are the sheet's row numbers.
    assert_eq!(table.rows.iter().map(|r| r.number).collect::<Vec<_>>(), [2, 4]);
    assert_eq!(table.rows[1].cells[..3], ["Əliyeva", "Səbinə", "998901234567"]);
    assert_eq!(table.rows[1].cells[3..], ["", "", "", ""]);
}

#[test]
fn sha256_is_of_the_raw_bytes() {
    use sha2::{Digest, Sha256};
    let bytes = workbook(staff_sheet);
    let table = read_table_bytes("a.xlsx", &bytes).expect("table");
    assert_eq!(table.source.sha256, hex::encode(Sha256::digest(&bytes)));
}

#[test]
fn a_header_lower_down_keeps_sheet_row_numbers() {
    let bytes = workbook(|ws| {
        write_strings(ws, 2, 1, &["Фамилия", "Имя"]);
        write_strings(ws, 3, 1, &["Иванов", "Иван"]);
    });
    let table = read_table_bytes("s.xlsx", &bytes).expect("table");
    assert_eq!(table.headers, ["Фамилия", "Имя"]);
    assert_eq!(table.rows[0].number, 4);
    assert_eq!(table.rows[0].cells, ["Иванов", "Иван"]);
}

#[test]
fn an_error_cell_names_row_and_column() {
    let bytes = workbook(|ws| {
        write_strings(ws, 0, 0, &["Ism", "Tug'ilgan sana"]);
        for row in 1..4 {
            ws.write_string(row, 0, "Vali").expect("cell");
        }
        ws.write_formula(3, 1, Formula::new("=DATEVALUE(\"x\")").set_result("#VALUE!")).expect("cell");
    });
    let err = read_table_bytes("xodimlar.xlsx", &bytes).unwrap_err();
    assert_eq!(err.to_string(), "xodimlar.xlsx: row 4, column \"Tug'ilgan sana\": cell error #VALUE!");
}

#[test]
fn a_value_past_the_header_is_ragged() {
    let bytes = workbook(|ws| {
        write_strings(ws, 0, 0, &["Familiya", "Ism"]);
        write_strings(ws, 1, 0, &["Aliyev", "Vali"]);
        ws.write_string(1, 3, "stray").expect("cell");
    });
    let err = read_table_bytes("s.xlsx", &bytes).unwrap_err();
    assert!(matches!(err, Error::Ragged { row: 2, found: 4, expected: 2, .. }), "{err:?}");
}

#[test]
fn an_empty_sheet_and_a_header_only_sheet() {
    let err = read_table_bytes("e.xlsx", &workbook(|_| {})).unwrap_err();
    assert!(matches!(err, Error::Empty { has_header: false, .. }), "{err:?}");

    let bytes = workbook(|ws| {
        ws.write_string(0, 0, "Familiya").expect("cell");
    });
    let err = read_table_bytes("h.xlsx", &bytes).unwrap_err();
    assert!(matches!(err, Error::Empty { has_header: true, .. }), "{err:?}");
}

#[test]
fn workbook_bytes_under_a_csv_name_are_read_as_a_workbook() {
    let table = read_table_bytes("export.csv", &workbook(staff_sheet)).expect("table");
    assert_eq!(table.source.format, Format::Xlsx);
    assert_eq!(table.rows[0].cells[2], "1042");
}

#[test]
fn junk_under_an_xlsx_name_is_a_workbook_error() {
    let err = read_table_bytes("broken.xlsx", b"not a zip at all").unwrap_err();
    assert!(matches!(err, Error::Workbook { .. }), "{err:?}");
    assert!(err.to_string().starts_with("broken.xlsx: cannot read the workbook"), "{err}");
}
