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
    /// The format: 2 now; a list without one is version 1 (read, with a warning).
    #[serde(default = "version_1")]
    pub version: u32,
    pub key_id: String,
    /// Hex of the 32-byte Ed25519 public key.
    pub public_key: String,
    pub made_on: NaiveDate,
    pub revoked: Vec<Revoked>,
    /// Hex of the Ed25519 signature of the list's payload.
    pub signature: String,
}

fn version_1() -> u32 {
    1
}

/// A list older than this is reported as possibly out of date.
pub const STALE_AFTER_DAYS: i64 = 30;

/// What a verifier should know about the revocation list it checked against.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct ListCheck {
    pub made_on: NaiveDate,
    pub version: u32,
    /// Days since the list was made; certificates revoked since are not in it.
    #[ts(type = "number")]
    pub days_old: i64,
    /// Older than [`STALE_AFTER_DAYS`]: ask the issuer for a newer list.
    pub stale: bool,
    /// Written in the first format, whose signed bytes were ambiguous: ask for a new list.
    pub old_format: bool,
}

impl Malaka {
    /// The signed list of every revoked certificate, to publish beside the public key.
    pub async fn certificate_revocations(&self) -> Result<RevocationList> {
        self.may(Action::Export)?;
        let key = self.certificate_public_key().await?;
        let mut tx = self.store.begin().await?;
        let seed = self.signing_seed(&mut tx).await?;
        let revoked: Vec<Revoked> = store::revoked(&mut tx)
            .await?
            .into_iter()
            .map(|(number, at)| Revoked { number, revoked_on: at.date_naive() })
            .collect();
        drop(tx);
        let made_on = now().date_naive();
        let payload = rules::revocations_payload_v2(&key.key_id, made_on, &revoked);
        let signature = rules::sign_bytes(&seed, &payload);
        let summary = format!("exported the revocation list ({} revoked)", revoked.len());
        self.audit_export("export.revocations", "signing_key", Some(&key.key_id), summary).await?;
        Ok(RevocationList {
            version: rules::REVOCATIONS_VERSION,
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
    let Some(l) = list else {
        return Ok(Verification { status: VerificationStatus::Valid, facts, certificate: None, revocations: None });
    };
    let checked = check_list(l, &key, &facts.key_id)?;
    let status = if l.revoked.iter().any(|r| r.number == facts.number) {
        VerificationStatus::Revoked
    } else {
        VerificationStatus::Valid
    };
    Ok(Verification { status, facts, certificate: None, revocations: Some(checked) })
}

/// Checks a list's entries, format and signature, and says how old it is.
fn check_list(l: &RevocationList, key: &[u8; 32], token_key_id: &str) -> Result<ListCheck> {
    if let Some(bad) = l.revoked.iter().find(|r| !rules::is_certificate_number(&r.number)) {
        let value = bad.number.chars().take(64).collect();
        return Err(Error::invalid("revocations", Reason::RevokedNumberMalformed { value }));
    }
    let payload = match l.version {
        1 => rules::revocations_payload(&l.key_id, l.made_on, &l.revoked),
        2 => rules::revocations_payload_v2(&l.key_id, l.made_on, &l.revoked),
        other => return Err(Error::Refused(Reason::RevocationListVersion { version: other })),
    };
    let signature: [u8; 64] =
        rules::from_hex(&l.signature).ok_or_else(|| Error::invalid("revocations", Reason::RevocationListSignature))?;
    if l.key_id != token_key_id || !rules::verify_bytes(key, &payload, &signature) {
        return Err(Error::Refused(Reason::RevocationListForeign));
    }
    let days_old = (now().date_naive() - l.made_on).num_days();
    if l.version == 1 {
        log::warn!("a version 1 revocation list (made on {}) was used: ask the issuer for a new one", l.made_on);
    }
    Ok(ListCheck {
        made_on: l.made_on,
        version: l.version,
        days_old,
        stale: days_old > STALE_AFTER_DAYS,
        old_format: l.version == 1,
    })
}

/// A revocation list as published (JSON), read from a file; a file that is not one is named.
pub fn read_revocation_list(path: &Path) -> Result<RevocationList> {
    let text = match malaka_exchange::file::read_text_capped(path, malaka_exchange::file::cap::REVOCATION_LIST) {
        Ok(text) => text,
        Err(malaka_exchange::Error::Unreadable { .. }) => {
            return Err(Error::File(Reason::NotARevocationList { file: path.display().to_string() }));
        }
        Err(e) => return Err(file_error(e)),
    };
    serde_json::from_str(&text).map_err(|e| {
        log::warn!("{}: not a revocation list: {e}", path.display());
        Error::File(Reason::NotARevocationList { file: path.display().to_string() })
    })
}

/// The certificate (or transcript) token in a file: a picture of its QR code (a PNG or JPEG scan
/// or photo), or a PDF (a printed certificate or transcript, or a paper one scanned to PDF: its
/// first page is read).
pub fn token_from_file(path: &Path) -> Result<String> {
    let file = path.display().to_string();
    let bytes = malaka_exchange::file::read_capped(path, malaka_exchange::file::cap::PICTURE).map_err(file_error)?;
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
        .find(|t| t.starts_with(rules::TOKEN_PREFIX) || t.starts_with(malaka_core::transcript::TOKEN_PREFIX))
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

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: [u8; 32] = [9; 32];

    fn day(days_ago: i64) -> NaiveDate {
        now().date_naive() - chrono::Duration::days(days_ago)
    }

    fn key() -> (String, String) {
        let public = rules::public_key(&SEED);
        (rules::hex(&rules::key_id(&public)), rules::hex(&public))
    }

    fn token(number: &str) -> String {
        rules::sign(&SEED, number, day(100), 24.0, "MIJOZ-101", "Karimova Dilnoza").unwrap()
    }

    /// A list as the issuer would sign it, in format `version`.
    fn list(version: u32, made_days_ago: i64, numbers: &[&str]) -> RevocationList {
        let (key_id, public_key) = key();
        let made_on = day(made_days_ago);
        let revoked: Vec<Revoked> =
            numbers.iter().map(|n| Revoked { number: (*n).into(), revoked_on: day(made_days_ago + 1) }).collect();
        let payload = match version {
            1 => rules::revocations_payload(&key_id, made_on, &revoked),
            _ => rules::revocations_payload_v2(&key_id, made_on, &revoked),
        };
        let signature = rules::hex(&rules::sign_bytes(&SEED, &payload));
        RevocationList { version, key_id, public_key, made_on, revoked, signature }
    }

    #[test]
    fn a_new_list_says_its_date_and_a_month_old_one_is_stale() {
        let (_, public) = key();
        let fresh = verify_offline(&token("UZ-A-2026-000002"), &public, Some(&list(2, 3, &["UZ-A-2026-000002"])));
        let fresh = fresh.unwrap();
        assert_eq!(fresh.status, VerificationStatus::Revoked);
        let l = fresh.revocations.unwrap();
        assert_eq!((l.days_old, l.stale, l.old_format), (3, false, false));
        let old = verify_offline(&token("UZ-A-2026-000001"), &public, Some(&list(2, 45, &[]))).unwrap();
        assert_eq!(old.status, VerificationStatus::Valid);
        assert!(old.revocations.unwrap().stale);
    }

    #[test]
    fn a_first_format_list_is_read_with_a_warning_and_a_merged_entry_is_refused() {
        let (_, public) = key();
        let v1 = verify_offline(&token("UZ-A-2026-000002"), &public, Some(&list(1, 1, &["UZ-A-2026-000002"]))).unwrap();
        assert_eq!(v1.status, VerificationStatus::Revoked);
        assert!(v1.revocations.unwrap().old_format);

        // The attack on format 1: two entries merged into one whose number holds a tab and a
        // newline sign the same bytes, and hide the second revocation.
        let mut merged = list(1, 1, &["UZ-A-2026-000001", "UZ-A-2026-000002"]);
        let first = merged.revoked[0].clone();
        merged.revoked = vec![Revoked {
            number: format!("{}\t{}\nUZ-A-2026-000002", first.number, first.revoked_on),
            revoked_on: merged.revoked[1].revoked_on,
        }];
        let e = verify_offline(&token("UZ-A-2026-000002"), &public, Some(&merged)).unwrap_err();
        assert!(matches!(e.reason(), Reason::RevokedNumberMalformed { .. }), "{e}");

        let mut unknown = list(2, 1, &[]);
        unknown.version = 3;
        let e = verify_offline(&token("UZ-A-2026-000001"), &public, Some(&unknown)).unwrap_err();
        assert_eq!(e.reason(), Reason::RevocationListVersion { version: 3 });
    }

    #[test]
    fn a_list_written_before_versions_reads_as_the_first_format() {
        let l = list(1, 1, &["UZ-A-2026-000002"]);
        let mut json = serde_json::to_value(&l).unwrap();
        json.as_object_mut().unwrap().remove("version");
        let read: RevocationList = serde_json::from_value(json).unwrap();
        assert_eq!(read.version, 1);
    }
}

#[cfg(test)]
mod random_lists {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

        /// Random JSON where a revocation list is expected, and random entries in a list: read
        /// or refused, never a crash, and never "valid" with a foreign signature.
        #[test]
        fn any_list_is_read_or_refused(text in "\\PC{0,300}", numbers in proptest::collection::vec("\\PC{0,30}", 0..5)) {
            let _ = serde_json::from_str::<RevocationList>(&text);
            let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
            let seed = [9u8; 32];
            let public = rules::hex(&rules::public_key(&seed));
            let token = rules::sign(&seed, "UZ-A-2026-000001", day, 8.0, "C", "Name").unwrap();
            let list = RevocationList {
                version: 2,
                key_id: rules::hex(&rules::key_id(&rules::public_key(&seed))),
                public_key: public.clone(),
                made_on: day,
                revoked: numbers.into_iter().map(|number| Revoked { number, revoked_on: day }).collect(),
                signature: "00".repeat(64),
            };
            prop_assert!(verify_offline(&token, &public, Some(&list)).is_err(), "an unsigned list is never accepted");
        }
    }
}
