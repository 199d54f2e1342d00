//! A person's record of learning: each activity's hours and result worked out from the register's
//! rows, and the signed token (`MLT1.`) the printed transcript carries in its QR code. The token
//! format is documented in docs/certificate-token.md; this module is its reference implementation.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::NaiveDate;
use ed25519_dalek::{Signer, SigningKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::certificate::{self as cert, EPOCH, TokenError, hex, key_id, name_hash, public_key};
use crate::completion::{Attended, CompletionRule, standing};
use crate::model::{EnrolmentStatus, TranscriptActivity, TranscriptEntry, TranscriptResult, TranscriptSession};
use crate::{Error, Reason, Result};

/// What a transcript token starts with.
pub const TOKEN_PREFIX: &str = "MLT1.";
const VERSION: u8 = 1;
/// version, key id, date, name hash, person, entries, hours, digest.
const SIGNED_LEN: usize = 1 + 8 + 2 + 8 + 16 + 2 + 4 + 16;

/// The entries of the person's activities, in the order they began, as of `today`.
pub fn entries(
    activities: &[TranscriptActivity],
    sessions: &[TranscriptSession],
    today: NaiveDate,
) -> Vec<TranscriptEntry> {
    let mut list: Vec<TranscriptEntry> = activities
        .iter()
        .map(|a| {
            let rule = a.rule.clone().unwrap_or_else(|| CompletionRule::default_for(&a.activity_id));
            let attended: Vec<Attended> = sessions
                .iter()
                .filter(|s| s.activity_id == a.activity_id)
                .map(|s| Attended { hours: s.hours, mark: s.mark })
                .collect();
            let hours: f64 = attended.iter().map(|s| s.hours * rule.attended_weight(s.mark)).sum();
            let planned: f64 = attended.iter().map(|s| s.hours).sum();
            let st = standing(&rule, &attended, a.assessment.as_ref());
            TranscriptEntry {
                activity_id: a.activity_id.clone(),
                title: a.title.clone(),
                kind: a.kind,
                programme_code: a.programme_code.clone(),
                programme_title: a.programme_title.clone(),
                starts_on: a.starts_on,
                ends_on: a.ends_on,
                role: a.role,
                hours: round2(hours),
                planned_hours: round2(planned),
                rate: st.rate,
                result: result_of(
                    a.certificate.as_ref().is_some_and(|c| !c.revoked)
                        || a.enrolment_status == EnrolmentStatus::Completed,
                    (a.starts_on, a.ends_on),
                    st.eligible,
                    today,
                ),
                certificate: a.certificate.clone(),
            }
        })
        .collect();
    list.sort_by(|x, y| (x.starts_on, &x.title, &x.activity_id).cmp(&(y.starts_on, &y.title, &y.activity_id)));
    list
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// A certificate in force or a completed enrolment settle it; otherwise the dates do: not begun,
/// still running, or over — completed when the person met the activity's rule.
pub fn result_of(
    settled: bool,
    (starts_on, ends_on): (NaiveDate, NaiveDate),
    eligible: bool,
    today: NaiveDate,
) -> TranscriptResult {
    if settled {
        TranscriptResult::Completed
    } else if starts_on > today {
        TranscriptResult::Upcoming
    } else if ends_on >= today {
        TranscriptResult::InProgress
    } else if eligible {
        TranscriptResult::Completed
    } else {
        TranscriptResult::NotCompleted
    }
}

/// The entries a printed transcript holds: every activity begun by its day.
pub fn printed(entries: &[TranscriptEntry], day: NaiveDate) -> Vec<&TranscriptEntry> {
    entries.iter().filter(|e| e.starts_on <= day).collect()
}

/// Hours attended over `entries`, to a tenth (as the token carries them).
pub fn total_hours(entries: &[&TranscriptEntry]) -> f64 {
    (entries.iter().map(|e| e.hours).sum::<f64>() * 10.0).round() / 10.0
}

/// The first 16 bytes of SHA-256 over the entries' fields: `MLT1-ENTRIES`, then for each entry
/// its activity id, first and last day, hours × 10, result and certificate number (empty when
/// none), each as an 8-byte big-endian length and UTF-8 bytes.
pub fn digest(entries: &[&TranscriptEntry]) -> [u8; 16] {
    let mut h = Sha256::new();
    h.update(b"MLT1-ENTRIES");
    let mut field = |v: &str| {
        h.update((v.len() as u64).to_be_bytes());
        h.update(v.as_bytes());
    };
    for e in entries {
        field(&e.activity_id);
        field(&e.starts_on.to_string());
        field(&e.ends_on.to_string());
        field(&((e.hours * 10.0).round() as i64).to_string());
        field(e.result.as_str());
        field(e.certificate.as_ref().filter(|c| !c.revoked).map_or("", |c| c.code.as_str()));
    }
    let mut out = [0u8; 16];
    out.copy_from_slice(&h.finalize()[..16]);
    out
}

/// What a transcript token vouches for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct TranscriptFacts {
    /// Hex of the signing key's id.
    pub key_id: String,
    pub issued_on: NaiveDate,
    /// Hex of the holder's name hash (as on a certificate).
    pub name_hash: String,
    pub person_id: String,
    #[ts(type = "number")]
    pub entries: u32,
    /// Hours attended over the entries, to a tenth.
    pub hours: f64,
    /// Hex of the entries' digest ([`digest`]).
    pub digest: String,
}

impl TranscriptFacts {
    /// The reference printed under the QR code: the digest's first 8 bytes, in four groups.
    pub fn reference(&self) -> String {
        reference(&self.digest)
    }
}

/// `T-XXXX-XXXX-XXXX-XXXX` from a digest in hex.
pub fn reference(digest_hex: &str) -> String {
    let upper = digest_hex.to_ascii_uppercase();
    let groups: Vec<&str> = (0..4).filter_map(|i| upper.get(i * 4..i * 4 + 4)).collect();
    format!("T-{}", groups.join("-"))
}

/// The signed token for a transcript of `name` (person `person_id`) printed on `issued_on`.
pub fn sign(
    seed: &[u8; 32],
    person_id: &str,
    name: &str,
    issued_on: NaiveDate,
    entries: &[&TranscriptEntry],
) -> Result<String> {
    let person = uuid::Uuid::parse_str(person_id)
        .map_err(|_| Error::invalid("person", Reason::NotAnId { value: person_id.into() }))?;
    let days = u16::try_from((issued_on - EPOCH).num_days())
        .map_err(|_| Error::invalid("issued_on", Reason::YearOutOfRange { min: 2000, max: 2179 }))?;
    let count = u16::try_from(entries.len())
        .map_err(|_| Error::invalid("entries", Reason::TooManyAtOnce { max: u32::from(u16::MAX) }))?;
    let hours = total_hours(entries);
    let tenths = (hours * 10.0).round();
    if !(0.0..=f64::from(u32::MAX)).contains(&tenths) {
        return Err(Error::invalid("hours", Reason::OutOfRange { value: hours, min: 0.0, max: 4e8 }));
    }
    let mut bytes = Vec::with_capacity(SIGNED_LEN + 64);
    bytes.push(VERSION);
    bytes.extend_from_slice(&key_id(&public_key(seed)));
    bytes.extend_from_slice(&days.to_be_bytes());
    bytes.extend_from_slice(&name_hash(name));
    bytes.extend_from_slice(person.as_bytes());
    bytes.extend_from_slice(&count.to_be_bytes());
    bytes.extend_from_slice(&(tenths as u32).to_be_bytes());
    bytes.extend_from_slice(&digest(entries));
    let signature = SigningKey::from_bytes(seed).sign(&bytes);
    bytes.extend_from_slice(&signature.to_bytes());
    Ok(format!("{TOKEN_PREFIX}{}", URL_SAFE_NO_PAD.encode(bytes)))
}

/// Reads a transcript token and checks its signature against `public_keys`.
pub fn verify(token: &str, public_keys: &[[u8; 32]]) -> std::result::Result<TranscriptFacts, TokenError> {
    let malformed = |why: &str| TokenError::Malformed(why.to_owned());
    let body = token.trim().strip_prefix(TOKEN_PREFIX).ok_or_else(|| malformed("it does not start with MLT1."))?;
    let bytes = URL_SAFE_NO_PAD.decode(body).map_err(|_| malformed("it is not base64url"))?;
    if bytes.len() != SIGNED_LEN + 64 || bytes[0] != VERSION {
        return Err(malformed("the wrong length, or an unknown version"));
    }
    let (signed, signature) = bytes.split_at(SIGNED_LEN);
    let signature: [u8; 64] = signature.try_into().map_err(|_| malformed("the signature is cut short"))?;
    let key = hex(&signed[1..9]);
    let public =
        public_keys.iter().find(|k| hex(&key_id(k)) == key).ok_or_else(|| TokenError::UnknownKey(key.clone()))?;
    if !cert::verify_bytes(public, signed, &signature) {
        return Err(TokenError::BadSignature);
    }
    let person = uuid::Uuid::from_slice(&signed[19..35]).map_err(|_| malformed("the person is not an id"))?;
    Ok(TranscriptFacts {
        key_id: key,
        issued_on: EPOCH + chrono::Duration::days(i64::from(u16::from_be_bytes([signed[9], signed[10]]))),
        name_hash: hex(&signed[11..19]),
        person_id: person.hyphenated().to_string(),
        entries: u32::from(u16::from_be_bytes([signed[35], signed[36]])),
        hours: f64::from(u32::from_be_bytes([signed[37], signed[38], signed[39], signed[40]])) / 10.0,
        digest: hex(&signed[41..57]),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ActivityKind, AttendanceStatus, EnrolmentRole, TranscriptCertificate};

    const SEED: [u8; 32] = [7; 32];
    const PERSON: &str = "0b1f6f1e-3c55-4a59-9a43-1f2a5e0c9d11";

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn activity(id: &str, from: &str, to: &str) -> TranscriptActivity {
        TranscriptActivity {
            activity_id: id.into(),
            title: format!("Course {id}"),
            kind: ActivityKind::Training,
            programme_code: None,
            programme_title: None,
            starts_on: day(from),
            ends_on: day(to),
            role: EnrolmentRole::Participant,
            enrolment_status: EnrolmentStatus::Enrolled,
            rule: None,
            assessment: None,
            certificate: None,
        }
    }

    fn session(id: &str, hours: f64, mark: Option<AttendanceStatus>) -> TranscriptSession {
        TranscriptSession { activity_id: id.into(), hours, mark }
    }

    #[test]
    fn results_follow_certificates_then_dates_then_the_rule() {
        use AttendanceStatus::*;
        let today = day("2026-06-15");
        let mut certified = activity("a", "2026-01-10", "2026-01-12");
        certified.certificate = Some(TranscriptCertificate {
            code: "UZ-A-2026-000001".into(),
            issued_on: day("2026-01-13"),
            revoked: false,
        });
        let missed = activity("b", "2026-02-01", "2026-02-02");
        let running = activity("c", "2026-06-10", "2026-06-20");
        let later = activity("d", "2026-09-01", "2026-09-02");
        let met = activity("e", "2026-03-01", "2026-03-01");
        let sessions = vec![
            session("a", 4.0, Some(Present)),
            session("b", 4.0, Some(Present)),
            session("b", 4.0, Some(Absent)),
            session("c", 2.0, Some(Late)),
            session("e", 3.0, Some(Present)),
        ];
        let list = entries(&[later, running, met, missed, certified], &sessions, today);
        let got: Vec<(&str, TranscriptResult, f64, f64)> =
            list.iter().map(|e| (e.activity_id.as_str(), e.result, e.hours, e.planned_hours)).collect();
        assert_eq!(
            got,
            vec![
                ("a", TranscriptResult::Completed, 4.0, 4.0),
                ("b", TranscriptResult::NotCompleted, 4.0, 8.0),
                ("e", TranscriptResult::Completed, 3.0, 3.0),
                ("c", TranscriptResult::InProgress, 2.0, 2.0),
                ("d", TranscriptResult::Upcoming, 0.0, 0.0),
            ]
        );
        assert_eq!(list[1].rate, 50.0);
    }

    #[test]
    fn excused_counts_towards_the_rule_but_not_towards_hours_attended() {
        use AttendanceStatus::*;
        let mut a = activity("a", "2026-01-10", "2026-01-11");
        a.rule = Some(CompletionRule { excused_counts: true, ..CompletionRule::default_for("a") });
        let sessions = vec![session("a", 4.0, Some(Present)), session("a", 4.0, Some(Excused))];
        let e = &entries(&[a], &sessions, day("2026-02-01"))[0];
        assert_eq!((e.result, e.hours, e.rate), (TranscriptResult::Completed, 4.0, 100.0));
    }

    #[test]
    fn a_token_verifies_and_carries_the_transcript_facts() {
        let sessions = vec![session("a", 6.5, Some(AttendanceStatus::Present))];
        let list = entries(&[activity("a", "2026-01-10", "2026-01-11")], &sessions, day("2026-02-01"));
        let printed = printed(&list, day("2026-02-01"));
        let token = sign(&SEED, PERSON, "Karimova  Dilnoza", day("2026-02-01"), &printed).unwrap();
        assert!(token.starts_with(TOKEN_PREFIX) && token.len() < 180, "{token}");
        let facts = verify(&token, &[public_key(&SEED)]).unwrap();
        assert_eq!(facts.person_id, PERSON);
        assert_eq!((facts.entries, facts.hours, facts.issued_on), (1, 6.5, day("2026-02-01")));
        assert_eq!(facts.name_hash, hex(&name_hash("Karimova Dilnoza")));
        assert_eq!(facts.digest, hex(&digest(&printed)));
        assert!(facts.reference().starts_with("T-") && facts.reference().len() == 21);
    }

    #[test]
    fn an_altered_or_foreign_token_does_not_verify() {
        let token = sign(&SEED, PERSON, "A B", day("2026-02-01"), &[]).unwrap();
        let body = URL_SAFE_NO_PAD.decode(&token[5..]).unwrap();
        let mut altered = body.clone();
        altered[36] ^= 1; // one more entry
        let altered = format!("{TOKEN_PREFIX}{}", URL_SAFE_NO_PAD.encode(altered));
        assert_eq!(verify(&altered, &[public_key(&SEED)]), Err(TokenError::BadSignature));
        assert!(matches!(verify(&token, &[public_key(&[8; 32])]), Err(TokenError::UnknownKey(_))));
        assert!(matches!(verify(&token[..token.len() - 4], &[public_key(&SEED)]), Err(TokenError::Malformed(_))));
        assert!(matches!(verify("MLK1.AAAA", &[public_key(&SEED)]), Err(TokenError::Malformed(_))));
    }

    #[test]
    fn the_digest_changes_with_any_printed_field() {
        let sessions = vec![session("a", 4.0, Some(AttendanceStatus::Present))];
        let list = entries(&[activity("a", "2026-01-10", "2026-01-11")], &sessions, day("2026-02-01"));
        let before = digest(&printed(&list, day("2026-02-01")));
        let mut changed = list.clone();
        changed[0].hours = 3.5;
        assert_ne!(before, digest(&printed(&changed, day("2026-02-01"))));
        assert_eq!(printed(&list, day("2026-01-09")).len(), 0, "not yet begun: not printed");
    }
}
