//! Certificates as PDF: one merged document for the printer, or one per person. Each page
//! carries the certificate's QR code (the signed token), drawn here as SVG so no image file ids
//! pile up in typst across large batches.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};
use serde::Serialize;

use crate::labels::{self, CertificateLabels, Locale};
use crate::world::DocWorld;
use crate::{Error, Result};

/// The default template; an organisation's own copy can be passed to [`certificates_pdf_with`].
pub const DEFAULT_TEMPLATE: &str = include_str!("../templates/certificate.typ");

/// What one certificate prints (from its snapshot).
#[derive(Debug, Clone)]
pub struct CertificatePrint {
    pub organisation: String,
    pub person_name: String,
    pub activity_title: String,
    /// Already formatted for the locale (e.g. "01.03.2026 – 31.03.2026").
    pub dates: String,
    pub hours: f64,
    pub trainers: Vec<String>,
    pub number: String,
    pub issued_on: String,
    pub token: String,
}

#[derive(Serialize)]
struct CertificateJson<'a> {
    lang: &'static str,
    labels: CertificateLabels,
    /// The second language of a bilingual certificate.
    #[serde(skip_serializing_if = "Option::is_none")]
    labels2: Option<CertificateLabels>,
    certificates: Vec<Page<'a>>,
}

#[derive(Serialize)]
struct Page<'a> {
    organisation: &'a str,
    person_name: &'a str,
    activity_title: &'a str,
    dates: &'a str,
    hours: String,
    trainers: String,
    number: &'a str,
    issued_on: &'a str,
    qr: String,
}

/// The token as a QR code, SVG text (error correction M).
pub fn qr_svg(token: &str) -> Result<String> {
    let code = QrCode::with_error_correction_level(token.as_bytes(), EcLevel::M)
        .map_err(|e| Error::Pdf(format!("QR code: {e}")))?;
    Ok(code.render::<svg::Color<'_>>().quiet_zone(true).min_dimensions(240, 240).build())
}

/// One PDF with a page per certificate, from the default template.
pub fn certificates_pdf(items: &[CertificatePrint], locale: Locale) -> Result<Vec<u8>> {
    certificates_pdf_with("certificate.typ", DEFAULT_TEMPLATE, items, locale, None)
}

/// As [`certificates_pdf`], from a template's source (`name` is shown in template errors), and
/// bilingual when `second` is given (its words under the first locale's).
pub fn certificates_pdf_with(
    name: &str,
    template: &str,
    items: &[CertificatePrint],
    locale: Locale,
    second: Option<Locale>,
) -> Result<Vec<u8>> {
    let pages = items
        .iter()
        .map(|c| {
            Ok(Page {
                organisation: &c.organisation,
                person_name: &c.person_name,
                activity_title: &c.activity_title,
                dates: &c.dates,
                hours: format_hours(c.hours),
                trainers: if c.trainers.is_empty() { "—".into() } else { c.trainers.join(", ") },
                number: &c.number,
                issued_on: &c.issued_on,
                qr: qr_svg(&c.token)?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let json = CertificateJson {
        lang: locale.lang(),
        labels: labels::certificate(locale),
        labels2: second.filter(|s| *s != locale).map(labels::certificate),
        certificates: pages,
    };
    let bytes = serde_json::to_vec(&json).map_err(|e| Error::Pdf(e.to_string()))?;
    DocWorld::new(name, template, bytes).pdf()
}

/// 24 → "24", 24.5 → "24.5".
fn format_hours(h: f64) -> String {
    if h.fract() == 0.0 { format!("{h:.0}") } else { format!("{h:.1}") }
}
