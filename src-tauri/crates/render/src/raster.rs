//! PDF pages as pixels, through hayro (already part of typst): the picture of a template's
//! preview, and the grey pages a certificate's QR is read from (typst draws it as vector paths,
//! and a scanner saves a page as a picture inside a PDF; both need rasterising).

use hayro::hayro_interpret::InterpreterSettings;
use hayro::hayro_syntax::Pdf;
use hayro::vello_cpu::color::palette::css::WHITE;
use hayro::{RenderCache, RenderSettings, render};

use crate::{Error, Result};

/// The longest side a page is drawn at, whatever the resolution asked.
const MAX_SIDE: f32 = 6000.0;

/// One page as 8-bit grey pixels, row by row.
pub struct GreyPage {
    pub width: usize,
    pub height: usize,
    pub pixels: Vec<u8>,
}

fn open(pdf: Vec<u8>) -> Result<Pdf> {
    Pdf::new(pdf).map_err(|e| Error::Pdf(format!("not a readable PDF: {e:?}")))
}

fn draw<'a>(
    page: &'a hayro::hayro_syntax::page::Page<'a>,
    cache: &RenderCache<'a>,
    dpi: f32,
) -> hayro::vello_cpu::Pixmap {
    let (w, h) = page.render_dimensions();
    let scale = (dpi / 72.0).min(MAX_SIDE / w.max(h).max(1.0));
    let settings = RenderSettings { x_scale: scale, y_scale: scale, bg_color: WHITE, ..Default::default() };
    render(page, cache, &InterpreterSettings::default(), &settings)
}

/// The first `max_pages` pages at `dpi`, in grey.
pub fn pdf_pages_grey(pdf: Vec<u8>, dpi: f32, max_pages: usize) -> Result<Vec<GreyPage>> {
    let pdf = open(pdf)?;
    let cache = RenderCache::new();
    Ok(pdf
        .pages()
        .iter()
        .take(max_pages)
        .map(|page| {
            let pixmap = draw(page, &cache, dpi);
            // Drawn on white, so every pixel is opaque and its colour is not premultiplied away.
            let pixels = pixmap
                .data()
                .iter()
                .map(|p| ((u32::from(p.r) * 299 + u32::from(p.g) * 587 + u32::from(p.b) * 114) / 1000) as u8)
                .collect();
            GreyPage { width: usize::from(pixmap.width()), height: usize::from(pixmap.height()), pixels }
        })
        .collect())
}

/// One page (0-based) as a PNG picture at `dpi`.
pub fn pdf_page_png(pdf: Vec<u8>, index: usize, dpi: f32) -> Result<Vec<u8>> {
    let pdf = open(pdf)?;
    let page = pdf.pages().get(index).ok_or_else(|| Error::Pdf(format!("the PDF has no page {}", index + 1)))?;
    let pixmap = draw(page, &RenderCache::new(), dpi);
    let rgb: Vec<u8> = pixmap.data().iter().flat_map(|p| [p.r, p.g, p.b]).collect();
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, u32::from(pixmap.width()), u32::from(pixmap.height()));
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().map_err(|e| Error::Pdf(format!("PNG: {e}")))?;
    writer.write_image_data(&rgb).map_err(|e| Error::Pdf(format!("PNG: {e}")))?;
    writer.finish().map_err(|e| Error::Pdf(format!("PNG: {e}")))?;
    Ok(out)
}
