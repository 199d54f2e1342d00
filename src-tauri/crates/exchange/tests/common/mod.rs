//! Workbook builders shared by the exchange crate's integration tests.

#![allow(dead_code)]

use rust_xlsxwriter::{Workbook, Worksheet};

/// Builds a one-sheet workbook with `fill` and returns its bytes.
pub fn workbook(fill: impl FnOnce(&mut Worksheet)) -> Vec<u8> {
    let mut book = Workbook::new();
    fill(book.add_worksheet());
    book.save_to_buffer().expect("save workbook")
}

/// Writes `cells` as text into `row`, from column `col` rightwards.
pub fn write_strings(ws: &mut Worksheet, row: u32, col: u16, cells: &[&str]) {
    for (n, text) in cells.iter().enumerate() {
        ws.write_string(row, col + n as u16, *text).expect("cell");
    }
}
