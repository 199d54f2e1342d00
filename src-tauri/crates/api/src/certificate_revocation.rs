//! A published revocation list, and verification away from the register: with the issuer's
//! public key and (if at hand) its signed list of revoked certificates.

use crate::error::{file_error, token_error};
use malaka_core::Reason;
use malaka_core::access::Action;
use std::path::Path;

use chrono::NaiveDate;
use malaka_core::certificate::{self as rules, Revoked, VerificationStatus};
use malaka_exchange::qr::{Grey, read_qr_grey};
use malaka_render::raster::pdf_pages_grey;
use malaka_store::certificate as store;
use serde::{Deserialize, Serialize};

use crate::certificate::Verification;
use crate::{Error, Malaka, Result, now};

/// The issuer's revoked certificates, signed with its key (format: docs/certificate-token.md).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct RevocationList {
    pub key_id: String,
    /// Hex of the 32-byte Ed25519 public key.
    pub public_key: String,
    pub made_on: NaiveDate,
    pub revoked: Vec<Revoked>,
    /// Hex of the Ed25519 signature of the list's payload.
    pub signature: String,
}

impl Malaka {
    /// The signed list of every revoked certificate, to publish beside the public key.
    pub async fn certificate_revocations(&self) -> Result<RevocationList> {
        self.may(Action::Export)?;
        let key = self.certificate_public_key().await?;
        let mut tx = self.store.begin().await?;
        let Some((_, _, seed)) = store::signing_key(&mut tx).await? else {
            return Err(Error::storage("no signing key"));
        };
        let seed: [u8; 32] = seed.try_into().map_err(|_| Error::storage("the signing key is damaged"))?;
        let revoked: Vec<Revoked> = store::revoked(&mut tx)
            .await?
            .into_iter()
            .map(|(number, at)| Revoked { number, revoked_on: at.date_naive() })
            .collect();
        drop(tx);
        let made_on = now().date_naive();
        let signature = rules::sign_bytes(&seed, &rules::revocations_payload(&key.key_id, made_on, &revoked));
        let summary = format!("exported the revocation list ({} revoked)", revoked.len());
        self.audit_export("export.revocations", "signing_key", Some(&key.key_id), summary).await?;
        Ok(RevocationList {
            key_id: key.key_id,
            public_key: key.public_key,
            made_on,
            revoked,
            signature: rules::hex(&signature),
        })
    }
}

/// Verifies a token with a published public key alone, and the issuer's signed revocation list
/// when there is one; no database is needed.
pub fn verify_offline(token: &str, public_key_hex: &str, list: Option<&RevocationList>) -> Result<Verification> {
    let key: [u8; 32] =
        rules::from_hex(public_key_hex).ok_or_else(|| Error::invalid("public_key", Reason::PublicKeyFormat))?;
    let facts = rules::verify(token, &[key]).map_err(token_error)?;
    let status = match list {
        None => VerificationStatus::Valid,
        Some(l) => {
            let signature: [u8; 64] = rules::from_hex(&l.signature)
                .ok_or_else(|| Error::invalid("revocations", Reason::RevocationListSignature))?;
            let payload = rules::revocations_payload(&l.key_id, l.made_on, &l.revoked);
            if l.key_id != facts.key_id || !rules::verify_bytes(&key, &payload, &signature) {
                return Err(Error::Refused(Reason::RevocationListForeign));
            }
            if l.revoked.iter().any(|r| r.number == facts.number) {
                VerificationStatus::Revoked
            } else {
                VerificationStatus::Valid
            }
        }
    };
    Ok(Verification { status, facts, certificate: None })
}

/// A revocation list as published (JSON), read from a file; a file that is not one is named.
pub fn read_revocation_list(path: &Path) -> Result<RevocationList> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, &e))?;
    serde_json::from_str(&text).map_err(|e| {
        log::warn!("{}: not a revocation list: {e}", path.display());
        Error::File(Reason::NotARevocationList { file: path.display().to_string() })
    })
}

/// The certificate token in a file: a picture of its QR code (a PNG or JPEG scan or photo), or
/// a PDF (a printed certificate, or a paper one scanned to PDF: its first page is read).
pub fn token_from_file(path: &Path) -> Result<String> {
    let file = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, &e))?;
    let texts = if bytes.starts_with(b"%PDF-") {
        qr_in_pdf(bytes).map_err(|why| {
            log::warn!("{file}: {why}");
            Error::File(Reason::NoQrCode { file: file.clone() })
        })?
    } else {
        malaka_exchange::qr::read_qr_image(path).map_err(file_error)?
    };
    texts
        .into_iter()
        .find(|t| t.starts_with(rules::TOKEN_PREFIX))
        .ok_or_else(|| Error::invalid("file", Reason::NotAMalakaQr { file }))
}

/// QR texts on a PDF's first page: drawn at 150 dpi (enough for a printed certificate's 32 mm
/// code), then at 300 dpi for a small code in a scan.
fn qr_in_pdf(pdf: Vec<u8>) -> std::result::Result<Vec<String>, String> {
    for dpi in [150.0, 300.0] {
        let pages = pdf_pages_grey(pdf.clone(), dpi, 1).map_err(|e| e.to_string())?;
        let Some(page) = pages.first() else { return Err("the PDF has no pages".into()) };
        let texts = read_qr_grey(&Grey { width: page.width, height: page.height, pixels: &page.pixels });
        if !texts.is_empty() {
            return Ok(texts);
        }
    }
    Err("no QR code could be read on the first page".into())
}
