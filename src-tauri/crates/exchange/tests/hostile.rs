//! Hostile files a user might pick (or be sent): each gets its clear error, and none takes the
//! process down. The files are made here, byte by byte, so the repository holds no bombs.

use malaka_exchange::{Error, qr::read_qr_image, read_table};

/// CRC-32 (IEEE) as PNG chunks carry it.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

fn chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let body = [&kind[..], data].concat();
    [&(data.len() as u32).to_be_bytes()[..], &body, &crc32(&body).to_be_bytes()].concat()
}

/// A valid PNG header claiming `width` × `height` pixels, with almost no pixel data.
fn png_claiming(width: u32, height: u32) -> Vec<u8> {
    let ihdr = [&width.to_be_bytes()[..], &height.to_be_bytes(), &[8, 6, 0, 0, 0]].concat();
    [
        &b"\x89PNG\r\n\x1a\n"[..],
        &chunk(b"IHDR", &ihdr),
        &chunk(b"IDAT", &[0x78, 0x9c, 3, 0, 0, 0, 0, 1]),
        &chunk(b"IEND", &[]),
    ]
    .concat()
}

#[test]
fn a_100_byte_png_claiming_a_million_by_a_million_pixels_is_refused_before_decoding() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bomb.png");
    let bytes = png_claiming(1_000_000, 1_000_000);
    assert!(bytes.len() < 100, "{}", bytes.len());
    std::fs::write(&path, bytes).unwrap();
    match read_qr_image(&path) {
        Err(Error::PictureTooLarge { file, width, height, .. }) => {
            assert_eq!((width, height), (1_000_000, 1_000_000));
            assert!(file.ends_with("bomb.png"));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_sheet_with_cells_in_a1_and_xfd1048576_is_refused_before_a_range_is_built() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wide.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write(0, 0, "Familiya").unwrap();
    sheet.write(1_048_575, 16_383, "x").unwrap();
    book.save(&path).unwrap();
    assert!(std::fs::metadata(&path).unwrap().len() < 10_000);
    match read_table(&path) {
        Err(Error::SheetTooLarge { rows, columns, .. }) => assert_eq!((rows, columns), (1_048_576, 16_384)),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_file_larger_than_any_staff_list_is_refused_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.csv");
    std::fs::File::create(&path).unwrap().set_len(5 << 30).unwrap();
    assert!(matches!(read_table(&path), Err(Error::TooLarge { bytes, .. }) if bytes == 5 << 30));
}

#[test]
fn a_cell_longer_than_a_spreadsheet_cell_is_refused_naming_its_row_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.csv");
    std::fs::write(&path, format!("Familiya,Ism\nKarimova,{}\n", "a".repeat(40_000))).unwrap();
    match read_table(&path) {
        Err(Error::CellTooLong { row, column, .. }) => assert_eq!((row, column), (2, 2)),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_date_cell_far_outside_any_calendar_reads_as_a_number_without_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dates.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let date = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
    sheet.write(0, 0, "Familiya").unwrap();
    sheet.write(0, 1, "Tugʻilgan sana").unwrap();
    sheet.write(1, 0, "Karimova").unwrap();
    sheet.write_number_with_format(1, 1, -1.2e11, &date).unwrap();
    sheet.write(2, 0, "Aliyev").unwrap();
    sheet.write_number_with_format(2, 1, 2.0e9, &date).unwrap();
    book.save(&path).unwrap();
    let table = read_table(&path).unwrap();
    assert_eq!(table.rows[0].cells[1], "-120000000000");
    assert_eq!(table.rows[1].cells[1], "2000000000");
}
