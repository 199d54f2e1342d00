//! The paper sign-in sheet of one session.

use chrono::NaiveDateTime;
use serde::Serialize;

use crate::labels::{self, Locale, SheetLabels};
use crate::world::DocWorld;
use crate::{Error, Result};

const TEMPLATE: &str = include_str!("../templates/sign-in-sheet.typ");

/// Empty numbered lines after the roll, for people who turn up without being on it.
const BLANK_ROWS: usize = 3;

/// What a sign-in sheet prints; `people` in the order of the roll (by name).
#[derive(Debug, Clone)]
pub struct SheetData {
    pub organisation: String,
    pub activity: String,
    pub starts_local: NaiveDateTime,
    pub ends_local: NaiveDateTime,
    pub time_zone: String,
    pub venue: Option<String>,
    pub trainers: Vec<String>,
    /// (name, role as stored: participant, trainer, …)
    pub people: Vec<(String, String)>,
}

#[derive(Serialize)]
struct Json<'a> {
    lang: &'static str,
    labels: SheetLabels,
    organisation: &'a str,
    activity: &'a str,
    when: String,
    venue: &'a str,
    trainers: String,
    people: Vec<Person<'a>>,
    blank_rows: usize,
}

#[derive(Serialize)]
struct Person<'a> {
    name: &'a str,
    role: &'static str,
}

/// Renders the sheet as a PDF in `locale`.
pub fn sign_in_sheet(data: &SheetData, locale: Locale) -> Result<Vec<u8>> {
    let when = format!(
        "{} {}–{} ({})",
        data.starts_local.format(locale.date_format()),
        data.starts_local.format("%H:%M"),
        data.ends_local.format("%H:%M"),
        data.time_zone
    );
    let json = Json {
        lang: locale.lang(),
        labels: labels::sheet(locale),
        organisation: &data.organisation,
        activity: &data.activity,
        when,
        venue: data.venue.as_deref().unwrap_or("—"),
        trainers: if data.trainers.is_empty() { "—".into() } else { data.trainers.join(", ") },
        people: data.people.iter().map(|(name, role)| Person { name, role: labels::role(locale, role) }).collect(),
        blank_rows: BLANK_ROWS,
    };
    let bytes = serde_json::to_vec(&json).map_err(|e| Error::Pdf(e.to_string()))?;
    DocWorld::new("sign-in-sheet.typ", TEMPLATE, bytes).pdf()
}
