//! Spreadsheets that say "this cell a billion times": ODS repeats and .xls records that size a
//! sheet. calamine expands a whole ODS or .xls as it opens it, so each is measured first and a
//! bomb gets `sheet_too_large` (or a clear workbook error) before anything is allocated.

use std::io::{Cursor, Write};

use malaka_exchange::{Error, read_table_bytes};

/// An ODS whose first sheet's rows are `rows` (XML of `table:table-row` elements).
fn ods(rows: &str) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet").unwrap();
    let deflated = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("META-INF/manifest.xml", deflated).unwrap();
    zip.write_all(concat!(
        r#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">"#,
        r#"<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>"#,
        r#"<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#
    ).as_bytes())
    .unwrap();
    zip.start_file("content.xml", deflated).unwrap();
    write!(
        zip,
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Xodimlar">{rows}</table:table></office:spreadsheet></office:body></office:document-content>"#
    )
    .unwrap();
    zip.finish().unwrap().into_inner()
}

fn text(value: &str) -> String {
    format!(r#"<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>"#)
}

const HEADER: &str = concat!(
    r#"<table:table-row><table:table-cell office:value-type="string"><text:p>Familiya</text:p></table:table-cell>"#,
    r#"<table:table-cell office:value-type="string"><text:p>Ism</text:p></table:table-cell></table:table-row>"#
);

fn too_large(result: Result<malaka_exchange::Table, Error>) -> (u64, u64) {
    match result {
        Err(Error::SheetTooLarge { rows, columns, .. }) => (rows, columns),
        other => panic!("expected sheet_too_large, got {:?}", other.map(|t| t.rows.len())),
    }
}

#[test]
fn an_ods_as_libreoffice_saves_it_with_its_empty_tail_reads_as_its_two_rows() {
    let rows = format!(
        "{HEADER}<table:table-row>{}{}<table:table-cell table:number-columns-repeated=\"1022\"/></table:table-row>\
         <table:table-row table:number-rows-repeated=\"1048574\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>",
        text("Karimova"),
        text("Dilnoza"),
    );
    let table = read_table_bytes("xodimlar.ods", &ods(&rows)).unwrap();
    assert_eq!(table.headers, ["Familiya", "Ism"]);
    assert_eq!(table.rows.len(), 1);
    assert_eq!(table.rows[0].cells, ["Karimova", "Dilnoza"]);
}

#[test]
fn an_ods_repeating_a_cell_a_billion_times_across_is_refused_before_it_is_expanded() {
    let rows = format!(
        "{HEADER}<table:table-row><table:table-cell table:number-columns-repeated=\"1000000000\" office:value-type=\"float\" office:value=\"1\"/></table:table-row>"
    );
    let bytes = ods(&rows);
    assert!(bytes.len() < 2_000, "{} bytes", bytes.len());
    assert_eq!(too_large(read_table_bytes("bomb.ods", &bytes)), (2, 1_000_000_000));
}

#[test]
fn an_ods_repeating_a_row_a_hundred_million_times_is_refused_and_so_is_an_empty_run_before_a_value() {
    let rows =
        format!("{HEADER}<table:table-row table:number-rows-repeated=\"100000000\">{}</table:table-row>", text("x"));
    assert_eq!(too_large(read_table_bytes("bomb.ods", &ods(&rows))), (100_000_001, 2));
    // Empty cells are expanded when a value follows them (calamine fills the gap).
    let gap = format!(
        "{HEADER}<table:table-row><table:table-cell table:number-columns-repeated=\"70000\"/>{}</table:table-row>",
        text("x")
    );
    assert_eq!(too_large(read_table_bytes("gap.ods", &ods(&gap))), (2, 70_001));
    // Within both caps, but more cells than a sheet read whole may have.
    let wide = "<table:table-row table:number-rows-repeated=\"100000\"><table:table-cell table:number-columns-repeated=\"200\" office:value-type=\"float\" office:value=\"1\"/></table:table-row>";
    assert_eq!(too_large(read_table_bytes("wide.ods", &ods(wide))), (100_000, 200));
}

#[test]
fn an_ods_cell_of_a_billion_spaces_is_refused_as_too_long() {
    let rows = format!(
        "{HEADER}<table:table-row><table:table-cell office:value-type=\"string\"><text:p>a<text:s text:c=\"1000000000\"/>b</text:p></table:table-cell></table:table-row>"
    );
    match read_table_bytes("spaces.ods", &ods(&rows)) {
        Err(Error::CellTooLong { row, column, max, .. }) => assert_eq!((row, column, max), (2, 1, 32_767)),
        other => panic!("expected cell_too_long, got {:?}", other.map(|t| t.rows.len())),
    }
}

/// A BIFF8 record.
fn record(kind: u16, data: &[u8]) -> Vec<u8> {
    [&kind.to_le_bytes()[..], &(data.len() as u16).to_le_bytes(), data].concat()
}

/// A BIFF8 beginning-of-file record for the workbook's globals (5) or a worksheet (0x10).
fn bof(kind: u8) -> Vec<u8> {
    record(0x0809, &[0, 6, kind, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
}

/// A compound file whose workbook has one sheet, "Xodimlar", holding `records`.
fn xls(records: &[Vec<u8>]) -> Vec<u8> {
    let name = b"Xodimlar";
    let sheet_entry_len = 4 + 6 + 2 + name.len();
    let globals_len = bof(5).len() + sheet_entry_len + 4;
    let sheet_entry = [&(globals_len as u32).to_le_bytes()[..], &[0, 0, name.len() as u8, 0], name].concat();
    let mut stream_bytes = [bof(5), record(0x0085, &sheet_entry), record(0x000A, &[])].concat();
    assert_eq!(stream_bytes.len(), globals_len);
    stream_bytes.extend(bof(0x10));
    for r in records {
        stream_bytes.extend(r);
    }
    stream_bytes.extend(record(0x000A, &[]));
    let mut file = cfb::CompoundFile::create(Cursor::new(Vec::new())).unwrap();
    let mut stream = file.create_stream("/Workbook").unwrap();
    stream.write_all(&stream_bytes).unwrap();
    drop(stream);
    file.flush().unwrap();
    file.into_inner().into_inner()
}

/// A Number record: row, column, format, value.
fn number(row: u16, column: u16) -> Vec<u8> {
    record(0x0203, &[&row.to_le_bytes()[..], &column.to_le_bytes(), &[0, 0], &1.0f64.to_le_bytes()].concat())
}

#[test]
fn an_xls_made_here_reads_as_its_cells() {
    let table =
        read_table_bytes("xodimlar.xls", &xls(&[number(0, 0), number(0, 1), number(1, 0), number(1, 1)])).unwrap();
    assert_eq!(table.headers, ["1", "1"]);
    assert_eq!(table.rows.len(), 1);
    assert_eq!(table.rows[0].cells, ["1", "1"]);
}

#[test]
fn an_xls_whose_dimensions_claim_four_billion_rows_is_refused_before_they_are_reserved() {
    let dims = [&0u32.to_le_bytes()[..], &u32::MAX.to_le_bytes(), &0u16.to_le_bytes(), &200u16.to_le_bytes(), &[0, 0]]
        .concat();
    assert_eq!(too_large(read_table_bytes("bomb.xls", &xls(&[record(0x0200, &dims)]))), (u64::from(u32::MAX), 200));
    // An end before the start (calamine would subtract below zero).
    let backwards =
        [&10u32.to_le_bytes()[..], &5u32.to_le_bytes(), &0u16.to_le_bytes(), &2u16.to_le_bytes(), &[0, 0]].concat();
    assert!(matches!(read_table_bytes("odd.xls", &xls(&[record(0x0200, &backwards)])), Err(Error::Workbook { .. })));
}

#[test]
fn an_xls_with_cells_in_opposite_corners_is_refused_before_the_block_between_is_built() {
    let bytes = xls(&[number(0, 0), number(65_535, 255)]);
    assert!(bytes.len() <= 20_480, "{} bytes", bytes.len());
    assert_eq!(too_large(read_table_bytes("corners.xls", &bytes)), (65_536, 256));
    // A row of numbers that ends before it starts.
    let mulrk = record(0x00BD, &[0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 2, 0]);
    assert!(matches!(read_table_bytes("odd.xls", &xls(&[mulrk])), Err(Error::Workbook { .. })));
}

#[test]
fn an_xls_formula_claiming_more_than_it_holds_is_refused_not_a_panic() {
    // Row, column, format, cached value, flags, chain, then a formula "31,442 bytes long" that
    // holds two: calamine slices past its end.
    let formula =
        [&[0u8, 0, 0, 0, 0, 0][..], &1.0f64.to_le_bytes(), &[0, 0, 0, 0, 0, 0], &31_442u16.to_le_bytes(), &[0x1e, 1]]
            .concat();
    match read_table_bytes("formula.xls", &xls(&[record(0x0006, &formula)])) {
        Err(Error::Workbook { message, .. }) => assert!(message.contains("damaged"), "{message}"),
        other => panic!("expected a workbook error, got {:?}", other.map(|t| t.rows.len())),
    }
}

#[test]
fn an_xls_whose_container_claims_more_sectors_than_it_has_is_refused() {
    let mut bytes = xls(&[number(0, 0)]);
    bytes[44..48].copy_from_slice(&u32::MAX.to_le_bytes());
    match read_table_bytes("lying.xls", &bytes) {
        Err(Error::Workbook { message, .. }) => assert!(message.contains("sectors"), "{message}"),
        other => panic!("expected a workbook error, got {:?}", other.map(|t| t.rows.len())),
    }
}

mod random {
    use proptest::prelude::*;

    use super::{record, xls};

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

        /// Random cell and sizing records inside a well-formed container: read or refused, never
        /// a panic or an allocation the caps do not allow.
        #[test]
        fn random_sheet_records_in_an_xls_are_read_or_refused(
            records in proptest::collection::vec(
                (prop::sample::select(vec![0x0200u16, 0x0203, 0x0204, 0x0205, 0x027E, 0x00FD, 0x00BD, 0x0006, 0x0201]),
                 proptest::collection::vec(any::<u8>(), 0..24)),
                0..12,
            )
        ) {
            let records: Vec<Vec<u8>> = records.iter().map(|(kind, data)| record(*kind, data)).collect();
            let _ = malaka_exchange::read_table_bytes("random.xls", &xls(&records));
        }
    }
}
