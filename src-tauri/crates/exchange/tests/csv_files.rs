//! Reading CSV files as HR software and Excel write them.

use std::path::PathBuf;

use malaka_exchange::{Encoding, Error, Format, read_csv_bytes, read_table};

/// Writes `bytes` to `name` in a fresh temporary directory.
fn write(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).expect("write fixture");
    path
}

#[test]
fn utf8_semicolon_file_records_its_source() {
    let table = read_csv_bytes("staff.csv", b"Familiya;Ism\nAliyev;Vali\n").expect("table");
    assert_eq!(table.headers, ["Familiya", "Ism"]);
    assert_eq!(table.rows.len(), 1);
    assert_eq!(table.rows[0].number, 2);
    assert_eq!(table.rows[0].cells, ["Aliyev", "Vali"]);
    assert_eq!(table.source.file_name, "staff.csv");
    assert_eq!(table.source.format, Format::Csv);
    assert_eq!(table.source.encoding, Some(Encoding::Utf8));
    assert_eq!(table.source.delimiter, Some(';'));
    assert_eq!(table.source.sha256, "4e48b1411e915f13bec63db42ec89d08917dbac23db169be6115358ac49e36d6");
}

#[test]
fn utf8_with_bom_strips_the_mark_from_the_first_header() {
    let bytes = "\u{feff}Фамилия;Имя;Отчество\r\nИванов;Иван;Иванович\r\n".as_bytes();
    let table = read_csv_bytes("export.csv", bytes).expect("table");
    assert_eq!(table.source.encoding, Some(Encoding::Utf8Bom));
    assert_eq!(table.headers[0], "Фамилия");
    assert_eq!(table.rows[0].cells, ["Иванов", "Иван", "Иванович"]);
}

#[test]
fn windows_1251_with_semicolons_decodes_cyrillic() {
    let text = "Фамилия;Исм;Лавозим\r\nЎринов;Шерзод;Бош мутахассис\r\nСоколова;Анна;Бухгалтер\r\n";
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1251.encode(text);
    assert!(!unmappable, "fixture must be representable in Windows-1251");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write(&dir, "ходимлар.csv", &bytes);

    let table = read_table(&path).expect("table");
    assert_eq!(table.source.encoding, Some(Encoding::Windows1251));
    assert_eq!(table.source.delimiter, Some(';'));
    assert_eq!(table.source.file_name, "ходимлар.csv");
    assert_eq!(table.headers, ["Фамилия", "Исм", "Лавозим"]);
    assert_eq!(table.rows[0].cells, ["Ўринов", "Шерзод", "Бош мутахассис"]);
    assert_eq!(table.rows[1].cells, ["Соколова", "Анна", "Бухгалтер"]);
}

#[test]
fn comma_file_with_quoted_delimiters_and_line_breaks() {
    let text = "Familiya,Ism,Lavozim,Izoh\n\
                Qoʻchqorov,Gʻayrat,\"Bosh mutaxassis, kadrlar\",\"birinchi qator\nikkinchi qator\"\n\
                \"Toʻxtayeva\",\" Oʻgʻiloy \",Hisobchi,\"\"\"Aʼlo\"\" baho\"\n";
    let table = read_csv_bytes("xodimlar.csv", text.as_bytes()).expect("table");
    assert_eq!(table.source.delimiter, Some(','));
    assert_eq!(table.headers.len(), 4);
    assert_eq!(
        table.rows[0].cells,
        ["Qoʻchqorov", "Gʻayrat", "Bosh mutaxassis, kadrlar", "birinchi qator\nikkinchi qator"]
    );
    // The two-line record is one spreadsheet row.
    assert_eq!(table.rows.iter().map(|r| r.number).collect::<Vec<_>>(), [2, 3]);
    assert_eq!(table.rows[1].cells[..2], ["Toʻxtayeva", "Oʻgʻiloy"]);
    assert_eq!(table.rows[1].cells[3], "\"Aʼlo\" baho");
}

#[test]
fn tab_separated_txt_with_azerbaijani_letters() {
    let text = "Soyadı\tAdı\tAtasının adı\nƏliyev\tİlqar\tŞahin oğlu\nQasımova\tGülşən\tMəmməd qızı\n";
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write(&dir, "işçilər.txt", text.as_bytes());
    let table = read_table(&path).expect("table");
    assert_eq!(table.source.delimiter, Some('\t'));
    assert_eq!(table.rows[0].cells, ["Əliyev", "İlqar", "Şahin oğlu"]);
    assert_eq!(table.rows[1].cells, ["Qasımova", "Gülşən", "Məmməd qızı"]);
}

#[test]
fn blank_lines_are_skipped_but_counted_and_cells_trimmed() {
    let text = "Familiya;Ism\n\n  Aliyev ; Vali \n;\n\nKarimov;Ali\n";
    let table = read_csv_bytes("f.csv", text.as_bytes()).expect("table");
    let rows: Vec<(usize, Vec<String>)> = table.rows.iter().map(|r| (r.number, r.cells.clone())).collect();
    assert_eq!(rows, [(3, vec!["Aliyev".into(), "Vali".into()]), (6, vec!["Karimov".into(), "Ali".into()])]);
}

#[test]
fn short_rows_are_padded() {
    let table = read_csv_bytes("f.csv", b"A;B;C\n1\n1;2\n").expect("table");
    assert_eq!(table.rows[0].cells, ["1", "", ""]);
    assert_eq!(table.rows[1].cells, ["1", "2", ""]);
}

#[test]
fn long_rows_are_an_error_naming_the_row() {
    let text = "Familiya;Ism;Lavozim\nAliyev;Vali;Muhandis\nKarimov;Ali;Hisobchi;ortiqcha\n";
    let err = read_csv_bytes("f.csv", text.as_bytes()).unwrap_err();
    assert!(matches!(err, Error::Ragged { row: 3, found: 4, expected: 3, .. }), "{err:?}");
    assert_eq!(err.to_string(), "f.csv: row 3: 4 fields, the header has 3");
}

#[test]
fn empty_trailing_fields_are_not_ragged() {
    let table = read_csv_bytes("f.csv", b"A;B\n1;2;;\n").expect("table");
    assert_eq!(table.rows[0].cells, ["1", "2"]);
}

#[test]
fn empty_and_header_only_files() {
    for bytes in [&b""[..], b"\n\n", b"\xEF\xBB\xBF", b" ; \r\n"] {
        let err = read_csv_bytes("empty.csv", bytes).unwrap_err();
        assert!(matches!(err, Error::Empty { has_header: false, .. }), "{bytes:?}: {err:?}");
        assert_eq!(err.to_string(), "empty.csv: the file is empty");
    }
    let err = read_csv_bytes("h.csv", b"Familiya;Ism\n\n;\n").unwrap_err();
    assert!(matches!(err, Error::Empty { has_header: true, .. }), "{err:?}");
    assert!(err.to_string().contains("no data rows"), "{err}");
}

#[test]
fn nul_bytes_are_binary_data_with_row_and_column() {
    let err = read_csv_bytes("f.csv", b"Familiya;Ism\nAliyev;Va\0li\n").unwrap_err();
    assert!(matches!(&err, Error::Binary { row: 2, column, code: 0, .. } if column == "Ism"), "{err:?}");
    assert!(err.to_string().starts_with("f.csv: row 2, column \"Ism\""), "{err}");
}

#[test]
fn a_binary_file_named_csv_is_refused() {
    // A PNG signature and header: not UTF-8, so decoded as Windows-1251,
    // where its control bytes are still junk.
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
    let err = read_csv_bytes("photo.csv", png).unwrap_err();
    assert!(matches!(err, Error::Binary { .. }), "{err:?}");
}

#[test]
fn unsupported_extension_and_missing_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write(&dir, "staff.pdf", b"%PDF-1.4");
    let err = read_table(&path).unwrap_err();
    assert!(matches!(&err, Error::UnsupportedFormat { extension, .. } if extension == "pdf"));

    let err = read_table(&dir.path().join("nowhere.csv")).unwrap_err();
    assert!(matches!(err, Error::Io { .. }), "{err:?}");
    assert!(err.to_string().starts_with("nowhere.csv: cannot read the file"), "{err}");
}
