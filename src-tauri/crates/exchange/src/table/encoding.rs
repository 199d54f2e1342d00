//! Guessing the text encoding of a CSV file.

use super::Encoding;
use crate::error::Error;

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Decodes CSV bytes: UTF-8 with or without a BOM, else Windows-1251.
///
/// Windows-1251 decodes any byte sequence, so junk is not caught here; it
/// shows up as control or replacement characters that the table rejects with
/// the row and column.
pub(crate) fn decode(file: &str, bytes: &[u8]) -> Result<(String, Encoding), Error> {
    // Excel's "Unicode text" export: recognisable, but not a format we take.
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(Error::UnsupportedEncoding { file: file.to_owned(), encoding: "UTF-16" });
    }
    if let Some(rest) = bytes.strip_prefix(UTF8_BOM) {
        // The mark says UTF-8; bad sequences become U+FFFD and are reported.
        return Ok((String::from_utf8_lossy(rest).into_owned(), Encoding::Utf8Bom));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_owned(), Encoding::Utf8));
    }
    let (text, _had_errors) = encoding_rs::WINDOWS_1251.decode_without_bom_handling(bytes);
    Ok((text.into_owned(), Encoding::Windows1251))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_each_encoding() {
        let (text, enc) = decode("f", "Ism;Familiya".as_bytes()).expect("utf8");
        assert_eq!((text.as_str(), enc), ("Ism;Familiya", Encoding::Utf8));

        let (text, enc) = decode("f", "\u{feff}Фамилия".as_bytes()).expect("bom");
        assert_eq!((text.as_str(), enc), ("Фамилия", Encoding::Utf8Bom));

        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode("Фамилия;Ўринов");
        let (text, enc) = decode("f", &bytes).expect("1251");
        assert_eq!((text.as_str(), enc), ("Фамилия;Ўринов", Encoding::Windows1251));
    }

    #[test]
    fn utf16_is_refused_by_name() {
        let err = decode("staff.txt", b"\xFF\xFEA\0").unwrap_err();
        assert!(err.to_string().contains("UTF-16"), "{err}");
    }
}
