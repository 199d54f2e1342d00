//! Lists written for spreadsheet programs: CSV (UTF-8 with a BOM, so Excel reads Cyrillic and
//! oʻ correctly) and XLSX.
//!
//! A cell a spreadsheet would take for a formula (`=`, `+`, `-`, `@`, tab or CR first) is written
//! with a leading apostrophe in CSV, so opening the file cannot run anything (OWASP's advice). In
//! XLSX every cell is written as text, never as a formula, so nothing needs changing there.

use rust_xlsxwriter::{Format, Workbook};

use crate::Error;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// A header row and text rows.
#[derive(Debug, Clone, Default)]
pub struct Sheet {
    pub title: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// The text a spreadsheet shows as typed, never evaluates.
pub fn neutralised(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_owned(),
    }
}

pub fn csv_bytes(sheet: &Sheet) -> Result<Vec<u8>, Error> {
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(BOM.to_vec());
    let fail = |e: csv::Error| Error::Invalid(format!("cannot write the CSV: {e}"));
    w.write_record(sheet.headers.iter().map(|h| neutralised(h))).map_err(fail)?;
    for row in &sheet.rows {
        w.write_record(row.iter().map(|c| neutralised(c))).map_err(fail)?;
    }
    w.into_inner().map_err(|e| Error::Invalid(format!("cannot write the CSV: {e}")))
}

pub fn xlsx_bytes(sheet: &Sheet) -> Result<Vec<u8>, Error> {
    let fail = |e: rust_xlsxwriter::XlsxError| Error::Invalid(format!("cannot write the XLSX: {e}"));
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    // Sheet names are at most 31 characters and may not hold []:*?/\.
    let name: String = sheet.title.chars().filter(|c| !"[]:*?/\\".contains(*c)).take(31).collect();
    if !name.trim().is_empty() {
        ws.set_name(name.trim()).map_err(fail)?;
    }
    let bold = Format::new().set_bold();
    for (c, h) in sheet.headers.iter().enumerate() {
        ws.write_string_with_format(0, col(c)?, h, &bold).map_err(fail)?;
    }
    for (r, row) in sheet.rows.iter().enumerate() {
        let r = u32::try_from(r + 1).map_err(|_| Error::Invalid("too many rows".into()))?;
        for (c, v) in row.iter().enumerate() {
            ws.write_string(r, col(c)?, v).map_err(fail)?;
        }
    }
    ws.set_freeze_panes(1, 0).map_err(fail)?;
    ws.autofit();
    book.save_to_buffer().map_err(fail)
}

fn col(c: usize) -> Result<u16, Error> {
    u16::try_from(c).map_err(|_| Error::Invalid("too many columns".into()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read_table_bytes;

    fn sheet() -> Sheet {
        Sheet {
            title: "Ishtirokchilar: 2026/03".into(),
            headers: vec!["Familiya".into(), "Telefon".into()],
            rows: vec![
                vec!["Oʻrinboyeva".into(), "+998 90 123 45 67".into()],
                vec!["=HYPERLINK(\"http://x\",\"y\")".into(), "@SUM(A1)".into()],
                vec!["Ҳамидова, Гулнора".into(), "-".into()],
            ],
        }
    }

    #[test]
    fn csv_starts_with_a_bom_and_defuses_formulas() {
        let bytes = csv_bytes(&sheet()).unwrap();
        assert!(bytes.starts_with(BOM));
        let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
        let lines: Vec<&str> = text.split("\r\n").collect();
        assert_eq!(lines[0], "Familiya,Telefon");
        assert_eq!(lines[1], "Oʻrinboyeva,'+998 90 123 45 67");
        assert_eq!(lines[2], "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'@SUM(A1)");
        assert_eq!(lines[3], "\"Ҳамидова, Гулнора\",'-");
    }

    #[test]
    fn xlsx_reads_back_as_text_cells_with_the_same_columns() {
        let bytes = xlsx_bytes(&sheet()).unwrap();
        let table = read_table_bytes("list.xlsx", &bytes).unwrap();
        assert_eq!(table.headers, vec!["Familiya", "Telefon"]);
        assert_eq!(table.rows[1].cells[0], "=HYPERLINK(\"http://x\",\"y\")", "kept as text, not a formula");
        assert_eq!(table.rows[2].cells[0], "Ҳамидова, Гулнора");
    }
}
