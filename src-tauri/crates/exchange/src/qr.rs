//! QR codes read from a picture (a scan or a photo of a certificate saved as PNG).

use std::path::Path;

use crate::error::Error;

/// Every QR code's text found in a PNG image, top-left first.
pub fn read_qr_png(path: &Path) -> Result<Vec<String>, Error> {
    let file = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| Error::Io { file: file.clone(), source })?;
    let bad = |why: String| Error::Unreadable { file: file.clone(), reason: why };
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().map_err(|e| bad(format!("not a PNG image: {e}")))?;
    let size = reader.output_buffer_size().ok_or_else(|| bad("the image is too large".into()))?;
    let mut buf = vec![0; size];
    let info = reader.next_frame(&mut buf).map_err(|e| bad(format!("not a PNG image: {e}")))?;
    let channels = info.color_type.samples();
    let (w, h) = (info.width as usize, info.height as usize);
    let grey = |x: usize, y: usize| -> u8 {
        let p = &buf[y * info.line_size + x * channels..];
        match channels {
            1 | 2 => p[0],
            // Luma from RGB (ITU-R BT.601 weights); alpha, if any, is ignored.
            _ => ((u32::from(p[0]) * 299 + u32::from(p[1]) * 587 + u32::from(p[2]) * 114) / 1000) as u8,
        }
    };
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, grey);
    let texts: Vec<String> = img.detect_grids().iter().filter_map(|g| g.decode().ok().map(|(_, text)| text)).collect();
    if texts.is_empty() {
        return Err(bad("no QR code could be read in the picture".into()));
    }
    Ok(texts)
}
