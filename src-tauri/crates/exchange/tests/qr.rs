//! QR codes read back from PNG and JPEG pictures.

use std::path::Path;

use malaka_exchange::qr::read_qr_image;

const TOKEN: &str = "MLK1.AQIDBAUGBwgJIxoA9QECAwQFBgcIE1VaLUFTQU4tMjAyNi0wMDAxMjMJTUlKT1otMTAx";

/// Grey pixels of a QR code: `scale` pixels a module, a 4-module margin.
fn qr_pixels(text: &str, scale: usize) -> (usize, Vec<u8>) {
    let code = qrcode::QrCode::with_error_correction_level(text, qrcode::EcLevel::M).unwrap();
    let (colors, modules) = (code.to_colors(), code.width());
    picture(modules, scale, |x, y| colors[y * modules + x] == qrcode::Color::Dark)
}

fn picture(modules: usize, scale: usize, dark: impl Fn(usize, usize) -> bool) -> (usize, Vec<u8>) {
    let margin = 4;
    let side = (modules + 2 * margin) * scale;
    let mut pixels = vec![255u8; side * side];
    for y in 0..side {
        for x in 0..side {
            let (mx, my) = ((x / scale).wrapping_sub(margin), (y / scale).wrapping_sub(margin));
            if mx < modules && my < modules && dark(mx, my) {
                pixels[y * side + x] = 0;
            }
        }
    }
    (side, pixels)
}

fn write_png(path: &Path, (side, pixels): (usize, Vec<u8>)) {
    let file = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let mut encoder = png::Encoder::new(file, side as u32, side as u32);
    encoder.set_color(png::ColorType::Grayscale);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.write_header().unwrap().write_image_data(&pixels).unwrap();
}

#[test]
fn a_token_is_read_from_a_png_and_a_picture_without_one_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("qr.png");
    write_png(&path, qr_pixels(TOKEN, 8));
    assert_eq!(read_qr_image(&path).unwrap(), [TOKEN]);

    let empty = dir.path().join("blank.png");
    write_png(&empty, picture(20, 8, |_, _| false));
    let e = read_qr_image(&empty).unwrap_err().to_string();
    assert!(e.ends_with("no QR code could be read in the picture"), "{e}");
    let not_png = dir.path().join("x.png");
    std::fs::write(&not_png, b"hello").unwrap();
    assert!(read_qr_image(&not_png).unwrap_err().to_string().ends_with("not a PNG or JPEG image"));
}

#[test]
fn a_token_is_read_from_a_lossy_jpeg_photo_whatever_the_file_is_called() {
    let dir = tempfile::tempdir().unwrap();
    // Colour JPEGs named as if they were something else: a phone's photo (8 pixels a module,
    // quality 75) and a poor one (3 pixels a module, quality 40: read in black and white).
    let path = dir.path().join("scan.dat");
    for (scale, quality) in [(8, 75), (3, 40)] {
        let (side, grey) = qr_pixels(TOKEN, scale);
        let rgb: Vec<u8> = grey.iter().flat_map(|&g| [g, g.saturating_sub(10), g]).collect();
        let encoder = jpeg_encoder::Encoder::new_file(&path, quality).unwrap();
        encoder.encode(&rgb, side as u16, side as u16, jpeg_encoder::ColorType::Rgb).unwrap();
        assert_eq!(read_qr_image(&path).unwrap(), [TOKEN], "{scale} pixels a module, quality {quality}");
    }

    let broken = dir.path().join("cut.jpg");
    std::fs::write(&broken, &std::fs::read(&path).unwrap()[..40]).unwrap();
    let e = read_qr_image(&broken).unwrap_err().to_string();
    assert!(e.contains("not a readable JPEG image"), "{e}");
}
