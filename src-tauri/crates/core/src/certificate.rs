//! Certificate numbers, and the compact Ed25519-signed token a certificate's QR code carries,
//! which anyone can check offline with the issuer's public key. The format is documented in
//! docs/certificate-token.md; this module is its reference implementation.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::NaiveDate;
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use unicode_normalization::UnicodeNormalization;

use crate::model::text_enum;
use crate::{Error, Reason, Result};

text_enum!(
    /// Where a certificate stands: certificates are never deleted, only revoked.
    CertificateStatus { Issued = "issued", Revoked = "revoked" }
);
text_enum!(
    /// What a verification found: a good signature, and what the register says of the number
    /// (unknown: signed by this issuer, but not in this register).
    VerificationStatus { Valid = "valid", Revoked = "revoked", Unknown = "unknown" }
);

/// The fields printed on a certificate, frozen when it is issued.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Snapshot {
    pub person_name: String,
    pub activity_title: String,
    pub activity_kind: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub hours: f64,
    pub organisation: String,
    pub trainers: Vec<String>,
    pub course: String,
    pub language: String,
}

/// An issued (or revoked) certificate, as the register keeps it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Certificate {
    pub id: String,
    pub series: String,
    #[ts(type = "number")]
    pub number: i64,
    pub code: String,
    pub activity_id: String,
    pub person_id: String,
    pub status: CertificateStatus,
    pub snapshot: Snapshot,
    pub token: String,
    pub issued_by: String,
    pub issued_at: chrono::DateTime<chrono::Utc>,
    pub revoked_by: Option<String>,
    pub revoked_at: Option<chrono::DateTime<chrono::Utc>>,
    pub revoke_reason: Option<String>,
    pub replaces_id: Option<String>,
    /// The number of the certificate issued in place of this one (after a revocation).
    #[serde(default)]
    pub replaced_by: Option<String>,
}

/// What a token starts with: the format and its version.
pub const TOKEN_PREFIX: &str = "MLK1.";
const VERSION: u8 = 1;
pub(crate) const EPOCH: NaiveDate = NaiveDate::from_ymd_opt(2000, 1, 1).expect("a valid date");
const MAX_FIELD: usize = 40;

/// A numbering series: country, organisation code and year, e.g. `UZ-ASAN-2026`.
pub fn series(country: &str, org_code: &str, year: i32) -> Result<String> {
    let code = org_code.trim().to_ascii_uppercase();
    let ok = !code.is_empty() && code.len() <= 20 && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    if !ok {
        return Err(Error::invalid("short_code", Reason::CannotNumberCertificates { value: org_code.into() }));
    }
    Ok(format!("{}-{code}-{year}", country.trim().to_ascii_uppercase()))
}

/// A certificate's number as printed: the series and a six-digit counter.
pub fn code(series: &str, number: i64) -> String {
    format!("{series}-{number:06}")
}

/// The name as the token hashes it: NFC, whitespace runs made one space, trimmed.
pub fn normalised_name(name: &str) -> String {
    name.nfc().collect::<String>().split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first 8 bytes of SHA-256 of the normalised name.
pub fn name_hash(name: &str) -> [u8; 8] {
    first8(&Sha256::digest(normalised_name(name).as_bytes()))
}

/// A public key's id: the first 8 bytes of SHA-256 of its 32 bytes.
pub fn key_id(public_key: &[u8; 32]) -> [u8; 8] {
    first8(&Sha256::digest(public_key))
}

fn first8(digest: &[u8]) -> [u8; 8] {
    let mut out = [0u8; 8];
    out.copy_from_slice(&digest[..8]);
    out
}

/// The public key of a signing key given by its 32-byte seed.
pub fn public_key(seed: &[u8; 32]) -> [u8; 32] {
    SigningKey::from_bytes(seed).verifying_key().to_bytes()
}

/// What a token vouches for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct TokenFacts {
    /// Hex of the signing key's id.
    pub key_id: String,
    pub number: String,
    pub issued_on: NaiveDate,
    /// Hours, to a tenth.
    pub hours: f64,
    pub course: String,
    /// Hex of the name hash; compare with [`name_hash`] of the name printed on the certificate.
    pub name_hash: String,
}

/// Builds the signed token for a certificate.
pub fn sign(
    seed: &[u8; 32],
    number: &str,
    issued_on: NaiveDate,
    hours: f64,
    course: &str,
    name: &str,
) -> Result<String> {
    let mut bytes = vec![VERSION];
    bytes.extend_from_slice(&key_id(&public_key(seed)));
    let days = u16::try_from((issued_on - EPOCH).num_days())
        .map_err(|_| Error::invalid("issued_on", Reason::YearOutOfRange { min: 2000, max: 2179 }))?;
    bytes.extend_from_slice(&days.to_be_bytes());
    let tenths = (hours * 10.0).round();
    if !(0.0..=f64::from(u16::MAX)).contains(&tenths) {
        return Err(Error::invalid("hours", Reason::OutOfRange { value: hours, min: 0.0, max: 6553.5 }));
    }
    bytes.extend_from_slice(&(tenths as u16).to_be_bytes());
    bytes.extend_from_slice(&name_hash(name));
    for (field, text) in [("number", number), ("course", course)] {
        if text.is_empty() || text.len() > MAX_FIELD {
            return Err(Error::invalid(field, Reason::TooLongForToken { max: MAX_FIELD as u32 }));
        }
        bytes.push(text.len() as u8);
        bytes.extend_from_slice(text.as_bytes());
    }
    let signature = SigningKey::from_bytes(seed).sign(&bytes);
    bytes.extend_from_slice(&signature.to_bytes());
    Ok(format!("{TOKEN_PREFIX}{}", URL_SAFE_NO_PAD.encode(bytes)))
}

/// Why a token does not verify.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    #[error("not a Malaka certificate token: {0}")]
    Malformed(String),
    #[error("signed by key {0}, which is not this issuer's")]
    UnknownKey(String),
    #[error("the signature does not match: the token was altered or not issued with this key")]
    BadSignature,
}

/// Reads a token without checking its signature: its facts, the signed bytes and the signature.
pub fn read(token: &str) -> std::result::Result<(TokenFacts, Vec<u8>, [u8; 64]), TokenError> {
    let malformed = |why: &str| TokenError::Malformed(why.to_owned());
    let body = token.trim().strip_prefix(TOKEN_PREFIX).ok_or_else(|| malformed("it does not start with MLK1."))?;
    let bytes = URL_SAFE_NO_PAD.decode(body).map_err(|_| malformed("it is not base64url"))?;
    if bytes.len() < 1 + 8 + 2 + 2 + 8 + 2 + 64 || bytes[0] != VERSION {
        return Err(malformed("too short, or an unknown version"));
    }
    let (signed, sig) = bytes.split_at(bytes.len() - 64);
    let mut at = 21;
    let mut text = |what: &str| -> std::result::Result<String, TokenError> {
        let n = *signed.get(at).ok_or_else(|| malformed(what))? as usize;
        let s = signed.get(at + 1..at + 1 + n).ok_or_else(|| malformed(what))?;
        at += 1 + n;
        String::from_utf8(s.to_vec()).map_err(|_| malformed(what))
    };
    let number = text("the number is cut short")?;
    let course = text("the course code is cut short")?;
    if at != signed.len() {
        return Err(malformed("bytes left over after the course code"));
    }
    let days = u16::from_be_bytes([signed[9], signed[10]]);
    let facts = TokenFacts {
        key_id: hex(&signed[1..9]),
        number,
        issued_on: EPOCH + chrono::Duration::days(i64::from(days)),
        hours: f64::from(u16::from_be_bytes([signed[11], signed[12]])) / 10.0,
        course,
        name_hash: hex(&signed[13..21]),
    };
    let mut signature = [0u8; 64];
    signature.copy_from_slice(sig);
    Ok((facts, signed.to_vec(), signature))
}

/// Verifies a token against the issuer's public keys (any of them may have signed it).
pub fn verify(token: &str, public_keys: &[[u8; 32]]) -> std::result::Result<TokenFacts, TokenError> {
    let (facts, signed, signature) = read(token)?;
    let key = public_keys
        .iter()
        .find(|k| hex(&key_id(k)) == facts.key_id)
        .ok_or_else(|| TokenError::UnknownKey(facts.key_id.clone()))?;
    let key = VerifyingKey::from_bytes(key).map_err(|_| TokenError::UnknownKey(facts.key_id.clone()))?;
    key.verify_strict(&signed, &Signature::from_bytes(&signature)).map_err(|_| TokenError::BadSignature)?;
    Ok(facts)
}

/// An Ed25519 signature of `bytes` (for documents other than tokens, e.g. revocation lists).
pub fn sign_bytes(seed: &[u8; 32], bytes: &[u8]) -> [u8; 64] {
    SigningKey::from_bytes(seed).sign(bytes).to_bytes()
}

/// Checks an Ed25519 signature of `bytes` strictly.
pub fn verify_bytes(public_key: &[u8; 32], bytes: &[u8], signature: &[u8; 64]) -> bool {
    VerifyingKey::from_bytes(public_key)
        .is_ok_and(|k| k.verify_strict(bytes, &Signature::from_bytes(signature)).is_ok())
}

/// One revoked certificate in a published revocation list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Revoked {
    pub number: String,
    pub revoked_on: NaiveDate,
}

/// The revocation list format written now (docs/certificate-token.md).
pub const REVOCATIONS_VERSION: u32 = 2;

/// Whether `text` is a certificate number as Malaka writes them (`UZ-ASAN-2026-000123`): 1 to 64
/// of `A–Z`, `0–9` and `-`. A list entry that is not one is refused, so no entry can carry a
/// separator that would let two entries pass for one.
pub fn is_certificate_number(text: &str) -> bool {
    (1..=64).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-')
}

/// The bytes a version 2 list's signature covers: a header, then every field length-prefixed
/// (8-byte big-endian length, then UTF-8), the entries preceded by their count; nothing one entry
/// holds can be read as part of another.
pub fn revocations_payload_v2(key_id: &str, made_on: NaiveDate, revoked: &[Revoked]) -> Vec<u8> {
    fn field(out: &mut Vec<u8>, v: &str) {
        out.extend_from_slice(&(v.len() as u64).to_be_bytes());
        out.extend_from_slice(v.as_bytes());
    }
    let mut out = b"MLK2-REVOCATIONS".to_vec();
    field(&mut out, key_id);
    field(&mut out, &made_on.to_string());
    out.extend_from_slice(&(revoked.len() as u64).to_be_bytes());
    for r in revoked {
        field(&mut out, &r.number);
        field(&mut out, &r.revoked_on.to_string());
    }
    out
}

/// The bytes a version 1 list's signature covers (still read, with a warning): a header line,
/// the key id and the date it was made, then one `number<TAB>date` line per revoked certificate.
pub fn revocations_payload(key_id: &str, made_on: NaiveDate, revoked: &[Revoked]) -> Vec<u8> {
    let mut text = format!("MLK1-REVOCATIONS\n{key_id}\n{made_on}\n");
    for r in revoked {
        text.push_str(&format!("{}\t{}\n", r.number, r.revoked_on));
    }
    text.into_bytes()
}

/// A 64-character hex text as 32 bytes, or a 128-character one as 64.
pub fn from_hex<const N: usize>(text: &str) -> Option<[u8; N]> {
    let t = text.trim();
    if t.len() != 2 * N || !t.is_ascii() {
        return None;
    }
    let mut out = [0u8; N];
    for (i, b) in out.iter_mut().enumerate() {
        *b = u8::from_str_radix(&t[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(out)
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: [u8; 32] = [7; 32];

    #[test]
    fn a_version_2_list_cannot_pass_two_entries_off_as_one() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
        let two = [
            Revoked { number: "UZ-A-1".into(), revoked_on: day },
            Revoked { number: "UZ-A-2".into(), revoked_on: day },
        ];
        // In version 1 one entry holding "UZ-A-1\t2026-11-20\nUZ-A-2" signs the same bytes.
        let merged = [Revoked { number: format!("UZ-A-1\t{day}\nUZ-A-2"), revoked_on: day }];
        assert_eq!(revocations_payload("k", day, &two), revocations_payload("k", day, &merged));
        assert_ne!(revocations_payload_v2("k", day, &two), revocations_payload_v2("k", day, &merged));
        assert!(!is_certificate_number(&merged[0].number));
        assert!(is_certificate_number("UZ-ASAN-2026-000123"));
        assert!(!is_certificate_number("") && !is_certificate_number("uz-a-1"));
    }

    fn token() -> String {
        let day = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        sign(&SEED, "UZ-ASAN-2026-000123", day, 24.5, "MIJOZ-101", "Gʻulomov  Oʻtkir").unwrap()
    }

    #[test]
    fn a_token_round_trips_and_stays_small() {
        let t = token();
        assert!(t.len() <= 160, "{} characters: {t}", t.len());
        assert!(read(&t).unwrap().1.len() + 64 <= 150, "about 150 bytes at most");
        let facts = verify(&t, &[public_key(&SEED)]).unwrap();
        assert_eq!(facts.number, "UZ-ASAN-2026-000123");
        assert_eq!(facts.issued_on, NaiveDate::from_ymd_opt(2026, 11, 27).unwrap());
        assert_eq!((facts.hours, facts.course.as_str()), (24.5, "MIJOZ-101"));
        // The printed name, however spaced, hashes the same.
        assert_eq!(facts.name_hash, hex(&name_hash("Gʻulomov Oʻtkir")));
        assert_ne!(facts.name_hash, hex(&name_hash("Gulomov Otkir")));
    }

    #[test]
    fn a_changed_byte_or_another_key_fails_with_a_reason() {
        let t = token();
        let (_, mut signed, sig) = read(&t).unwrap();
        signed[12] ^= 1; // the hours
        let mut forged = signed.clone();
        forged.extend_from_slice(&sig);
        let forged = format!("{TOKEN_PREFIX}{}", URL_SAFE_NO_PAD.encode(forged));
        assert_eq!(verify(&forged, &[public_key(&SEED)]), Err(TokenError::BadSignature));
        let other = public_key(&[9; 32]);
        assert!(matches!(verify(&t, &[other]), Err(TokenError::UnknownKey(_))));
        assert!(matches!(verify("hello", &[other]), Err(TokenError::Malformed(_))));
        assert!(matches!(verify(&t[..40], &[public_key(&SEED)]), Err(TokenError::Malformed(_))));
    }

    #[test]
    fn a_revocation_list_signature_covers_every_line() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        let list = vec![Revoked { number: "UZ-ASAN-2026-000001".into(), revoked_on: day }];
        let payload = revocations_payload("0102", day, &list);
        let sig = sign_bytes(&SEED, &payload);
        assert!(verify_bytes(&public_key(&SEED), &payload, &sig));
        let shorter = revocations_payload("0102", day, &[]);
        assert!(!verify_bytes(&public_key(&SEED), &shorter, &sig), "a line taken out breaks the signature");
        assert_eq!(from_hex::<2>("0aff"), Some([10, 255]));
        assert_eq!(from_hex::<2>("0afg"), None);
    }

    #[test]
    fn numbers_come_from_a_series() {
        assert_eq!(series("uz", "asan", 2026).unwrap(), "UZ-ASAN-2026");
        assert_eq!(code("UZ-ASAN-2026", 123), "UZ-ASAN-2026-000123");
        assert!(series("UZ", "A SAN", 2026).is_err());
    }
}
