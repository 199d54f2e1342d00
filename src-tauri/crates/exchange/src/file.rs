//! Reading a file a user picked, never more than a cap: the size is checked before anything is
//! read, and the read itself stops one byte past the cap (the file may grow meanwhile).

use std::io::Read;
use std::path::Path;

use crate::error::Error;

/// Caps for the kinds of file a user picks (bytes).
pub mod cap {
    /// A staff list or a roll (CSV, XLSX, XLS, ODS): 500,000 rows of a wide HR export fit.
    pub const TABLE: u64 = 64 << 20;
    /// A photo or scan of a QR code, or a PDF certificate.
    pub const PICTURE: u64 = 32 << 20;
    /// A published revocation list (JSON).
    pub const REVOCATION_LIST: u64 = 16 << 20;
    /// An organisation's certificate template (typst source).
    pub const TEMPLATE: u64 = 1 << 20;
}

/// The file's bytes, or [`Error::TooLarge`] when it holds more than `max` bytes.
pub fn read_capped(path: &Path, max: u64) -> Result<Vec<u8>, Error> {
    let file_name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    let io = |source| Error::Io { file: file_name.clone(), source };
    let file = std::fs::File::open(path).map_err(io)?;
    let size = file.metadata().map_err(io)?.len();
    let too_large = |bytes| Error::TooLarge { file: file_name.clone(), bytes, max };
    if size > max {
        return Err(too_large(size));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(max + 1).read_to_end(&mut bytes).map_err(io)?;
    if bytes.len() as u64 > max {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// The file as UTF-8 text, capped as [`read_capped`].
pub fn read_text_capped(path: &Path, max: u64) -> Result<String, Error> {
    let bytes = read_capped(path, max)?;
    String::from_utf8(bytes)
        .map_err(|_| Error::Unreadable { file: path.display().to_string(), reason: "not UTF-8 text".into() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_over_the_cap_is_refused_before_it_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.csv");
        // Sparse: 1 GiB claimed on disk, nothing written.
        std::fs::File::create(&path).unwrap().set_len(1 << 30).unwrap();
        match read_capped(&path, cap::TABLE) {
            Err(Error::TooLarge { file, bytes, max }) => {
                assert_eq!((file.as_str(), bytes, max), ("big.csv", 1 << 30, cap::TABLE));
            }
            other => panic!("{other:?}"),
        }
        std::fs::write(&path, b"a,b\n1,2\n").unwrap();
        assert_eq!(read_capped(&path, cap::TABLE).unwrap(), b"a,b\n1,2\n");
    }
}
