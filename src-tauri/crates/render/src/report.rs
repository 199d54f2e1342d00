//! A report printed as a table: any report's sheet (title, headings, rows) with what it covers.

use serde::Serialize;

use crate::labels::{self, Locale};
use crate::world::DocWorld;
use crate::{Error, Result};

const TEMPLATE: &str = include_str!("../templates/report-table.typ");

/// What a printed report shows; `rows` as the file's, each as long as `headers`.
#[derive(Debug, Clone)]
pub struct ReportPrint {
    pub title: String,
    /// What the report covers, a line each ("Period: 01.01.2026 – 31.12.2026").
    pub scope: Vec<String>,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// When it was printed, as the reader writes dates.
    pub printed: String,
    /// Said when there are no rows.
    pub empty: String,
}

#[derive(Serialize)]
struct Json<'a> {
    lang: &'static str,
    title: &'a str,
    scope: &'a [String],
    headers: &'a [String],
    rows: &'a [Vec<String>],
    /// Columns with figures and nothing else (blanks aside), right-aligned.
    numeric: Vec<bool>,
    /// Each column's share of the width, from its longest heading word and cell.
    widths: Vec<usize>,
    printed: &'a str,
    page: &'static str,
    of: &'static str,
    empty: &'a str,
}

fn is_figure(cell: &str) -> bool {
    cell.is_empty() || cell.parse::<f64>().is_ok()
}

/// A column's share of the page width: its longest cell or heading word, in characters, kept
/// between a short code's and a long name's (longer names wrap).
fn column_weight<'a>(header: &str, cells: impl Iterator<Item = &'a str>) -> usize {
    let word = header.split_whitespace().map(|w| w.chars().count()).max().unwrap_or(0);
    let cell = cells.map(|c| c.chars().count()).max().unwrap_or(0);
    word.max(cell).clamp(4, 36)
}

/// Renders the report as a PDF in `locale`.
pub fn report_pdf(r: &ReportPrint, locale: Locale) -> Result<Vec<u8>> {
    if let Some(bad) = r.rows.iter().find(|row| row.len() != r.headers.len()) {
        return Err(Error::Pdf(format!("a row has {} cells for {} headings", bad.len(), r.headers.len())));
    }
    let numeric = (0..r.headers.len())
        .map(|i| r.rows.iter().any(|row| !row[i].is_empty()) && r.rows.iter().all(|row| is_figure(&row[i])))
        .collect();
    let widths =
        (0..r.headers.len()).map(|i| column_weight(&r.headers[i], r.rows.iter().map(|row| row[i].as_str()))).collect();
    let words = labels::sheet(locale);
    let json = Json {
        lang: locale.lang(),
        title: &r.title,
        scope: &r.scope,
        headers: &r.headers,
        rows: &r.rows,
        numeric,
        widths,
        printed: &r.printed,
        page: words.page,
        of: words.of,
        empty: &r.empty,
    };
    let bytes = serde_json::to_vec(&json).map_err(|e| Error::Pdf(e.to_string()))?;
    DocWorld::new("report-table.typ", TEMPLATE, bytes).pdf()
}
