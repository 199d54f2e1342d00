//! QR codes read from a picture: a scan or a phone photo of a certificate (PNG or JPEG), or a
//! page already rasterised to grey pixels (a PDF, by the caller).

use std::path::Path;

use crate::error::Error;

/// A picture as 8-bit grey pixels, row by row.
pub struct Grey<'a> {
    pub width: usize,
    pub height: usize,
    pub pixels: &'a [u8],
}

/// Every QR code's text found in grey pixels (none is not an error here). A picture whose code
/// is small and blurred by JPEG compression is tried again in black and white, split at mid-grey
/// (ink on paper) and then at Otsu's threshold (uneven light): that reads codes of about 3.5
/// pixels a module that the first pass misses.
pub fn read_qr_grey(image: &Grey<'_>) -> Vec<String> {
    let Grey { width, height, pixels } = *image;
    let found = decode(width, height, |x, y| pixels[y * width + x]);
    if !found.is_empty() {
        return found;
    }
    for t in [127, otsu_threshold(pixels)] {
        let found = decode(width, height, |x, y| if pixels[y * width + x] <= t { 0 } else { 255 });
        if !found.is_empty() {
            return found;
        }
    }
    Vec::new()
}

fn decode(width: usize, height: usize, grey: impl FnMut(usize, usize) -> u8) -> Vec<String> {
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(width, height, grey);
    img.detect_grids().iter().filter_map(|g| g.decode().ok().map(|(_, text)| text)).collect()
}

/// The grey level that best splits the picture into dark and light (Otsu, 1979).
fn otsu_threshold(pixels: &[u8]) -> u8 {
    let mut histogram = [0u64; 256];
    for &p in pixels {
        histogram[usize::from(p)] += 1;
    }
    let total = pixels.len() as f64;
    let sum: f64 = histogram.iter().enumerate().map(|(i, &n)| i as f64 * n as f64).sum();
    let (mut below, mut below_sum, mut best, mut best_t) = (0.0, 0.0, 0.0, 127u8);
    for (t, &n) in histogram.iter().enumerate() {
        below += n as f64;
        below_sum += t as f64 * n as f64;
        let above = total - below;
        if below == 0.0 || above == 0.0 {
            continue;
        }
        let (mean_below, mean_above) = (below_sum / below, (sum - below_sum) / above);
        let between = below * above * (mean_below - mean_above).powi(2);
        if between > best {
            (best, best_t) = (between, t as u8);
        }
    }
    best_t
}

/// Every QR code's text in a PNG or JPEG picture (told apart by their first bytes, not the name).
pub fn read_qr_image(path: &Path) -> Result<Vec<String>, Error> {
    let file = path.display().to_string();
    let bytes = crate::file::read_capped(path, crate::file::cap::PICTURE)?;
    let bad = |reason: String| Error::Unreadable { file: file.clone(), reason };
    if let Some((width, height)) = stated_size(&bytes)
        && (width.max(height) > MAX_SIDE || width * height > MAX_PIXELS)
    {
        return Err(Error::PictureTooLarge { file, width, height, max_pixels: MAX_PIXELS });
    }
    let (width, height, pixels) = if bytes.starts_with(b"\x89PNG") {
        png_grey(&bytes).map_err(|e| bad(format!("not a readable PNG image: {e}")))?
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        jpeg_grey(&bytes).map_err(|e| bad(format!("not a readable JPEG image: {e}")))?
    } else {
        return Err(bad("not a PNG or JPEG image".into()));
    };
    let texts = read_qr_grey(&Grey { width, height, pixels: &pixels });
    if texts.is_empty() {
        return Err(bad("no QR code could be read in the picture".into()));
    }
    Ok(texts)
}

type Pixels = (usize, usize, Vec<u8>);

/// A scan or phone photo of a certificate is well under this (a 12-megapixel camera: 4000 ×
/// 3000); a picture claiming more is refused before its pixels are allocated.
pub const MAX_PIXELS: u64 = 50_000_000;
/// The longest side accepted.
pub const MAX_SIDE: u64 = 16_384;

/// The width and height a PNG or JPEG header states, read without decoding any pixels.
pub fn stated_size(bytes: &[u8]) -> Option<(u64, u64)> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        // The IHDR chunk comes first: width and height at bytes 16..24, big-endian.
        let w = u32::from_be_bytes(bytes.get(16..20)?.try_into().ok()?);
        let h = u32::from_be_bytes(bytes.get(20..24)?.try_into().ok()?);
        return Some((u64::from(w), u64::from(h)));
    }
    if bytes.starts_with(&[0xFF, 0xD8]) {
        use zune_jpeg::zune_core::bytestream::ZCursor;
        let mut decoder = zune_jpeg::JpegDecoder::new(ZCursor::new(bytes));
        decoder.decode_headers().ok()?;
        let (w, h) = decoder.dimensions()?;
        return Some((w as u64, h as u64));
    }
    None
}

fn png_grey(bytes: &[u8]) -> Result<Pixels, String> {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().map_err(|e| e.to_string())?;
    let size = reader.output_buffer_size().ok_or("the image is too large")?;
    let mut buf = vec![0; size];
    let info = reader.next_frame(&mut buf).map_err(|e| e.to_string())?;
    let channels = info.color_type.samples();
    let (w, h) = (info.width as usize, info.height as usize);
    let mut grey = Vec::with_capacity(w * h);
    for y in 0..h {
        for x in 0..w {
            let p = &buf[y * info.line_size + x * channels..];
            grey.push(match channels {
                1 | 2 => p[0],
                // Luma from RGB (ITU-R BT.601 weights); alpha, if any, is ignored.
                _ => ((u32::from(p[0]) * 299 + u32::from(p[1]) * 587 + u32::from(p[2]) * 114) / 1000) as u8,
            });
        }
    }
    Ok((w, h, grey))
}

fn jpeg_grey(bytes: &[u8]) -> Result<Pixels, String> {
    use zune_jpeg::zune_core::bytestream::ZCursor;
    use zune_jpeg::zune_core::colorspace::ColorSpace;
    use zune_jpeg::zune_core::options::DecoderOptions;
    let options = DecoderOptions::default().jpeg_set_out_colorspace(ColorSpace::Luma);
    let mut decoder = zune_jpeg::JpegDecoder::new_with_options(ZCursor::new(bytes), options);
    let pixels = decoder.decode().map_err(|e| e.to_string())?;
    let (w, h) = decoder.dimensions().ok_or("no image size")?;
    if pixels.len() != w * h {
        return Err(format!("{} pixels for a {w}×{h} image", pixels.len()));
    }
    Ok((w, h, pixels))
}
