//! Certificates as PDF: one merged document for the printer, or one per person. Each page
//! carries the certificate's QR code (the signed token), drawn here as SVG so no image file ids
//! pile up in typst across large batches.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};
use serde::{Deserialize, Serialize};
use typst::ecow::EcoVec;
use typst::foundations::Bytes;
use typst::model::Document;
use typst_layout::PagedDocument;

use crate::labels::{self, CertificateLabels, Locale};
use crate::world::DocWorld;
use crate::{Error, Result};

/// The default template; an organisation's own copy can be passed in a [`Layout`].
pub const DEFAULT_TEMPLATE: &str = include_str!("../templates/certificate.typ");

/// What one certificate prints (from its snapshot).
#[derive(Debug, Clone, Serialize, Deserialize)]
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
    /// Where the template finds the organisation's logo (`image(data.logo)`), if it has one.
    logo: Option<String>,
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

/// An organisation's logo, printed above its name. Travels as its bytes, checked again on
/// arrival.
#[derive(Debug, Clone, Serialize)]
#[serde(into = "Vec<u8>")]
pub struct Logo {
    bytes: Vec<u8>,
    extension: &'static str,
}

/// Largest logo accepted (a logo is a small picture; a photo straight off a camera is not).
pub const MAX_LOGO_BYTES: usize = 1024 * 1024;

impl Logo {
    /// A PNG, JPEG or SVG picture, told apart by its first bytes.
    pub fn new(bytes: Vec<u8>) -> Result<Self> {
        let extension = if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            "png"
        } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            "jpg"
        } else if looks_like_svg(&bytes) {
            "svg"
        } else {
            return Err(Error::NotAPicture);
        };
        if bytes.len() > MAX_LOGO_BYTES {
            return Err(Error::PictureTooLarge { kib: bytes.len().div_ceil(1024), max_kib: MAX_LOGO_BYTES / 1024 });
        }
        Ok(Self { bytes, extension })
    }

    /// "png", "jpg" or "svg".
    pub fn extension(&self) -> &'static str {
        self.extension
    }

    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    fn path(&self) -> String {
        format!("/logo.{}", self.extension)
    }
}

impl<'de> Deserialize<'de> for Logo {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        Logo::new(Vec::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}

impl From<Logo> for Vec<u8> {
    fn from(logo: Logo) -> Self {
        logo.bytes
    }
}

fn looks_like_svg(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]);
    let head = head.trim_start_matches('\u{feff}').trim_start();
    (head.starts_with("<?xml") || head.starts_with("<svg") || head.starts_with("<!--")) && head.contains("<svg")
}

/// How a batch prints: the template (its name is shown in template errors), the languages
/// (bilingual when `second` is another locale: its words under the first's) and the logo.
#[derive(Clone, Copy)]
pub struct Layout<'a> {
    pub template_name: &'a str,
    pub template: &'a str,
    pub locale: Locale,
    pub second: Option<Locale>,
    pub logo: Option<&'a Logo>,
}

impl<'a> Layout<'a> {
    /// The default template in one language, no logo.
    pub fn default_in(locale: Locale) -> Self {
        Self { template_name: "certificate.typ", template: DEFAULT_TEMPLATE, locale, second: None, logo: None }
    }
}

/// A batch to lay out, owned: it can move to another thread or, as JSON, to the layout worker
/// process.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LayoutJob {
    pub template_name: String,
    pub template: String,
    pub locale: Locale,
    pub second: Option<Locale>,
    pub logo: Option<Logo>,
    pub items: Vec<CertificatePrint>,
}

impl LayoutJob {
    pub fn layout(&self) -> Layout<'_> {
        Layout {
            template_name: &self.template_name,
            template: &self.template,
            locale: self.locale,
            second: self.second,
            logo: self.logo.as_ref(),
        }
    }
}

/// Pages laid out in one go: small enough that progress moves and a cancel is heard soon,
/// large enough that the template's own setup is a small share.
pub const CHUNK: usize = 25;

/// One PDF with a page per certificate, from the default template.
pub fn certificates_pdf(items: &[CertificatePrint], locale: Locale) -> Result<Vec<u8>> {
    certificates_pdf_with(&Layout::default_in(locale), items, &mut |_| true)
}

/// One PDF with a page per certificate. The pages are laid out [`CHUNK`] at a time on every
/// core; `progress(pages_done)` is told after each chunk and stops the work by returning false
/// (then [`Error::Cancelled`]).
pub fn certificates_pdf_with(
    layout: &Layout<'_>,
    items: &[CertificatePrint],
    progress: &mut dyn FnMut(usize) -> bool,
) -> Result<Vec<u8>> {
    let chunks: Vec<&[CertificatePrint]> = items.chunks(CHUNK).collect();
    if chunks.is_empty() {
        return world(layout, &[])?.pdf();
    }
    let docs = lay_out(layout, &chunks, progress)?;
    let info = docs[0].info().clone();
    let pages: EcoVec<_> = docs.iter().flat_map(|d| d.pages().iter().cloned()).collect();
    // Any world exports: the pages carry everything they need.
    world(layout, &[])?.export(&PagedDocument::new(pages, info))
}

/// One PDF per certificate, handed to `each(index, pdf)` in order as it is written (so a large
/// batch is never all in memory). Laid out as [`certificates_pdf_with`] does, with the same
/// `progress`; an error from `each` stops the batch.
pub fn certificates_pdf_each(
    layout: &Layout<'_>,
    items: &[CertificatePrint],
    progress: &mut dyn FnMut(usize) -> bool,
    each: &mut dyn FnMut(usize, Vec<u8>) -> Result<()>,
) -> Result<()> {
    let chunks: Vec<&[CertificatePrint]> = items.chunks(CHUNK).collect();
    if chunks.is_empty() {
        return Ok(());
    }
    let docs = lay_out(layout, &chunks, progress)?;
    let exporter = world(layout, &[])?;
    let pages = docs.iter().flat_map(|d| d.pages().iter().map(move |p| (d.info(), p)));
    for (i, (info, page)) in pages.enumerate() {
        let one = PagedDocument::new(EcoVec::from([page.clone()]), info.clone());
        each(i, exporter.export(&one)?)?;
    }
    Ok(())
}

/// Lays the chunks out on every core, each worker making its chunk's QR codes and data too;
/// returns them in the chunks' order.
fn lay_out(
    layout: &Layout<'_>,
    chunks: &[&[CertificatePrint]],
    progress: &mut dyn FnMut(usize) -> bool,
) -> Result<Vec<PagedDocument>> {
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let (sender, receiver) = mpsc::channel();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(chunks.len());
    let mut laid_out: Vec<Option<PagedDocument>> = vec![None; chunks.len()];
    std::thread::scope(|scope| -> Result<()> {
        for _ in 0..threads {
            let (sender, next, stop) = (sender.clone(), &next, &stop);
            scope.spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(chunk) = chunks.get(i) else { break };
                    if sender.send((i, world(layout, chunk).and_then(|w| w.layout()))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(sender);
        let mut done = 0;
        for (i, doc) in receiver {
            let ok = doc.inspect_err(|_| stop.store(true, Ordering::Relaxed))?;
            done += chunks[i].len();
            laid_out[i] = Some(ok);
            if !progress(done) {
                stop.store(true, Ordering::Relaxed);
                return Err(Error::Cancelled);
            }
        }
        Ok(())
    })?;
    laid_out.into_iter().collect::<Option<_>>().ok_or(Error::Cancelled)
}

/// The world one chunk of certificates is laid out in.
fn world(layout: &Layout<'_>, items: &[CertificatePrint]) -> Result<DocWorld> {
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
        lang: layout.locale.lang(),
        labels: labels::certificate(layout.locale),
        labels2: layout.second.filter(|s| *s != layout.locale).map(labels::certificate),
        logo: layout.logo.map(Logo::path),
        certificates: pages,
    };
    let bytes = serde_json::to_vec(&json).map_err(|e| Error::Pdf(e.to_string()))?;
    let world = DocWorld::new(layout.template_name, layout.template, bytes);
    Ok(match layout.logo {
        Some(logo) => world.with_file(&logo.path(), Bytes::new(logo.bytes.clone())),
        None => world,
    })
}

/// 24 → "24", 24.5 → "24.5".
fn format_hours(h: f64) -> String {
    if h.fract() == 0.0 { format!("{h:.0}") } else { format!("{h:.1}") }
}
