//! QR codes read back from PNG pictures.

use std::path::Path;

use malaka_exchange::qr::read_qr_png;

/// Writes a grey PNG: `dark(x, y)` in module units, 8 pixels a module, a 4-module margin.
fn write_png(path: &Path, modules: usize, dark: impl Fn(usize, usize) -> bool) {
    let (scale, margin) = (8, 4);
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
    let file = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let mut encoder = png::Encoder::new(file, side as u32, side as u32);
    encoder.set_color(png::ColorType::Grayscale);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.write_header().unwrap().write_image_data(&pixels).unwrap();
}

#[test]
fn a_token_is_read_from_a_png_and_a_picture_without_one_is_refused() {
    let token = "MLK1.AQIDBAUGBwgJIxoA9QECAwQFBgcIE1VaLUFTQU4tMjAyNi0wMDAxMjMJTUlKT1otMTAx";
    let code = qrcode::QrCode::with_error_correction_level(token, qrcode::EcLevel::M).unwrap();
    let colors = code.to_colors();
    let width = code.width();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("qr.png");
    write_png(&path, width, |x, y| colors[y * width + x] == qrcode::Color::Dark);
    assert_eq!(read_qr_png(&path).unwrap(), [token]);

    let empty = dir.path().join("blank.png");
    write_png(&empty, 20, |_, _| false);
    let e = read_qr_png(&empty).unwrap_err().to_string();
    assert!(e.ends_with("no QR code could be read in the picture"), "{e}");
    let not_png = dir.path().join("x.png");
    std::fs::write(&not_png, b"hello").unwrap();
    assert!(read_qr_png(&not_png).unwrap_err().to_string().contains("not a PNG image"));
}
