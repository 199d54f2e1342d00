//! A person's record of learning (transcript) as PDF: who they are, every activity with its
//! dates, hours, result and certificate, and the signed QR token that verifies the page offline.
//! Printed in one locale, with a second one's labels beside when asked (bilingual).

use chrono::NaiveDate;
use serde::Serialize;

use crate::certificate::qr_svg;
use crate::transcript_labels::{TranscriptLabels, transcript};
use crate::world::DocWorld;
use crate::{Error, Locale, Result};

const COMMON: &str = include_str!("../templates/mobility-common.typ");
const TEMPLATE: &str = include_str!("../templates/transcript.typ");

/// A transcript as it prints.
#[derive(Debug, Clone)]
pub struct TranscriptPrint {
    pub name: String,
    pub name_alt: Option<String>,
    pub personnel_number: Option<String>,
    pub organisation: String,
    pub unit: Option<String>,
    pub position: Option<String>,
    pub issued_on: NaiveDate,
    pub lines: Vec<TranscriptLine>,
    pub hours: f64,
    /// The signed token its QR code carries, and the reference printed under it.
    pub token: String,
    pub reference: String,
}

#[derive(Debug, Clone)]
pub struct TranscriptLine {
    pub title: String,
    pub programme: Option<String>,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub hours: f64,
    /// completed, not_completed, in_progress or upcoming.
    pub result: String,
    /// The certificate's number, and whether it was revoked.
    pub certificate: Option<(String, bool)>,
}

#[derive(Serialize)]
struct Json<'a> {
    lang: &'static str,
    l: TranscriptLabels,
    s: Option<TranscriptLabels>,
    footer: String,
    name: &'a str,
    name_alt: Option<&'a str>,
    personnel_number: Option<&'a str>,
    organisation: &'a str,
    unit: Option<&'a str>,
    position: Option<&'a str>,
    issued_on: String,
    rows: Vec<Row>,
    total: String,
    qr: String,
    reference: &'a str,
}

#[derive(Serialize)]
struct Row {
    title: String,
    programme: Option<String>,
    dates: String,
    hours: String,
    result: String,
    certificate: String,
}

/// Hours as people write them: whole, or to a tenth with the locale's decimal mark.
pub fn hours_text(locale: Locale, hours: f64) -> String {
    let tenths = (hours * 10.0).round() as i64;
    let text = if tenths % 10 == 0 { format!("{}", tenths / 10) } else { format!("{:.1}", tenths as f64 / 10.0) };
    if locale == Locale::En { text } else { text.replace('.', ",") }
}

fn result_word(l: &TranscriptLabels, key: &str) -> &'static str {
    match key {
        "completed" => l.completed,
        "not_completed" => l.not_completed,
        "in_progress" => l.in_progress,
        _ => l.upcoming,
    }
}

/// The transcript's PDF, in `locale` with `second`'s labels beside when it is another language.
pub fn transcript_pdf(t: &TranscriptPrint, locale: Locale, second: Option<Locale>) -> Result<Vec<u8>> {
    let l = transcript(locale);
    let s = second.filter(|s| *s != locale).map(transcript);
    let fmt = locale.date_format();
    let dates = |a: NaiveDate, b: NaiveDate| {
        if a == b { a.format(fmt).to_string() } else { format!("{} – {}", a.format(fmt), b.format(fmt)) }
    };
    let rows = t
        .lines
        .iter()
        .map(|line| {
            let result = match &s {
                Some(s) if result_word(s, &line.result) != result_word(&l, &line.result) => {
                    format!("{} / {}", result_word(&l, &line.result), result_word(s, &line.result))
                }
                _ => result_word(&l, &line.result).to_owned(),
            };
            Row {
                title: line.title.clone(),
                programme: line.programme.clone(),
                dates: dates(line.starts_on, line.ends_on),
                hours: hours_text(locale, line.hours),
                result,
                certificate: match &line.certificate {
                    Some((code, false)) => code.clone(),
                    Some((code, true)) => format!("{code} ({})", l.revoked),
                    None => "—".into(),
                },
            }
        })
        .collect();
    let json = Json {
        lang: locale.lang(),
        footer: format!("{} · {} · {}", l.title, t.name, t.reference),
        name: &t.name,
        name_alt: t.name_alt.as_deref(),
        personnel_number: t.personnel_number.as_deref(),
        organisation: &t.organisation,
        unit: t.unit.as_deref(),
        position: t.position.as_deref(),
        issued_on: t.issued_on.format(fmt).to_string(),
        rows,
        total: hours_text(locale, t.hours),
        qr: qr_svg(&t.token)?,
        reference: &t.reference,
        l,
        s,
    };
    let bytes = serde_json::to_vec(&json).map_err(|e| Error::Pdf(e.to_string()))?;
    DocWorld::new("transcript.typ", &format!("{COMMON}\n{TEMPLATE}"), bytes).pdf()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_print_whole_or_to_a_tenth_with_the_locales_mark() {
        assert_eq!(hours_text(Locale::Ru, 12.0), "12");
        assert_eq!(hours_text(Locale::Ru, 12.5), "12,5");
        assert_eq!(hours_text(Locale::En, 12.5), "12.5");
        assert_eq!(hours_text(Locale::Az, 0.04), "0");
    }

    #[test]
    fn a_transcript_prints_in_every_locale_and_bilingual() {
        let t = TranscriptPrint {
            name: "Karimova Dilnoza Anvarovna".into(),
            name_alt: Some("Каримова Дилноза Анваровна".into()),
            personnel_number: Some("00123".into()),
            organisation: "Davlat xizmatlari agentligi".into(),
            unit: Some("Toshkent shahar DXM".into()),
            position: None,
            issued_on: NaiveDate::from_ymd_opt(2026, 12, 7).unwrap(),
            lines: vec![TranscriptLine {
                title: "Mijozlar bilan muloqot".into(),
                programme: Some("MIJOZ-101".into()),
                starts_on: NaiveDate::from_ymd_opt(2026, 3, 2).unwrap(),
                ends_on: NaiveDate::from_ymd_opt(2026, 3, 4).unwrap(),
                hours: 23.5,
                result: "completed".into(),
                certificate: Some(("UZ-DXA-2026-000001".into(), false)),
            }],
            hours: 23.5,
            token: "MLT1.AAAA".into(),
            reference: "T-0000-0000-0000-0000".into(),
        };
        for locale in Locale::ALL {
            let pdf = transcript_pdf(&t, locale, None).unwrap();
            assert!(pdf.starts_with(b"%PDF-"), "{locale:?}");
        }
        assert!(transcript_pdf(&t, Locale::UzLatn, Some(Locale::Ru)).unwrap().starts_with(b"%PDF-"));
        let empty = TranscriptPrint { lines: vec![], hours: 0.0, ..t };
        assert!(transcript_pdf(&empty, Locale::En, None).unwrap().starts_with(b"%PDF-"));
    }
}
