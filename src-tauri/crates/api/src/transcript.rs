//! A person's record of learning (transcript): on screen, as a signed PDF, and its verification —
//! the signature, whose record it is, and whether the register still gives the same entries.

use malaka_core::access::Action;
use malaka_core::model::{Transcript, TranscriptEntry};
use malaka_core::transcript::{self as rules, TranscriptFacts};
use malaka_core::{Reason, certificate as cert, validate};
use malaka_render::transcript::{TranscriptLine, TranscriptPrint, transcript_pdf};
use malaka_store::{Conn, organisation, person, transcript as store};
use serde::Serialize;

use crate::certificate::{public_keys, signed_while_in_use};
use crate::certificate_template::{locales, stopped, template_error};
use crate::error::token_error;
use crate::{Error, Malaka, Result, now};

/// What verifying a printed transcript found, beyond a good signature.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct TranscriptVerification {
    pub facts: TranscriptFacts,
    /// The code printed under the QR code.
    pub reference: String,
    /// The holder's name in this register; none when the person is not in it.
    pub person_name: Option<String>,
    /// Whether the register's name for the person hashes to the token's.
    pub name_matches: Option<bool>,
    /// Whether the register still gives the same entries for the day it was printed (marks,
    /// results or certificates changed since, when not).
    pub matches_register: Option<bool>,
}

impl Malaka {
    /// The person's transcript as of today: every activity they take or took part in as a
    /// learner, in the order they began.
    pub async fn person_transcript(&self, person_id: &str) -> Result<Transcript> {
        self.may(Action::Read)?;
        let id = validate::id("person", person_id)?;
        transcript_of(&mut *self.store.read().await?, &id, now().date_naive()).await
    }

    /// The transcript as a PDF signed with the issuer's key: the activities begun by today, in
    /// `locale` (with `second`'s labels beside). HR officers and managers print it.
    pub async fn person_transcript_pdf(&self, person_id: &str, locale: &str, second: Option<&str>) -> Result<Vec<u8>> {
        if self.may(Action::CertificatePrint).is_err() {
            self.may(Action::PersonEdit)?;
        }
        let (locale, second) = locales(locale, second)?;
        let id = validate::id("person", person_id)?;
        let today = now().date_naive();
        let mut tx = self.store.begin().await?;
        let seed = self.signing_seed(&mut tx).await?;
        let t = transcript_of(&mut tx, &id, today).await?;
        drop(tx);
        let printed = rules::printed(&t.entries, today);
        let token = rules::sign(&seed, &t.person_id, &t.name, today, &printed)?;
        let reference = rules::reference(&cert::hex(&rules::digest(&printed)));
        let print = TranscriptPrint {
            lines: printed.iter().map(|e| line(e)).collect(),
            hours: rules::total_hours(&printed),
            name: t.name.clone(),
            name_alt: t.name_alt.clone(),
            personnel_number: t.personnel_number.clone(),
            organisation: t.organisation.clone(),
            unit: t.unit.clone(),
            position: t.position.clone(),
            issued_on: today,
            token,
            reference: reference.clone(),
        };
        let pdf = tokio::task::spawn_blocking(move || transcript_pdf(&print, locale, second))
            .await
            .map_err(stopped)?
            .map_err(template_error)?;
        let summary = format!("printed the transcript of {} ({} activities, {reference})", t.name, printed.len());
        self.audit_export("print.transcript", "person", Some(&t.person_id), summary).await?;
        Ok(pdf)
    }

    /// Checks a transcript token's signature against this issuer's keys, then the register:
    /// whose record it is, and whether it still gives the same entries for that day.
    pub async fn transcript_verify(&self, token: &str) -> Result<TranscriptVerification> {
        self.may(Action::Read)?;
        let mut c = self.store.read().await?;
        let stored = malaka_store::signing_key::list(&mut c).await?;
        let facts = rules::verify(token, &public_keys(&stored)).map_err(token_error)?;
        signed_while_in_use(&stored, &facts.key_id, facts.issued_on)?;
        let (mut person_name, mut name_matches, mut matches_register) = (None, None, None);
        match person::get(&mut c, &facts.person_id).await {
            Ok(p) => {
                let name = p.display_name();
                name_matches = Some(cert::hex(&cert::name_hash(&name)) == facts.name_hash);
                let t = transcript_of(&mut c, &p.id, facts.issued_on).await?;
                let digest = cert::hex(&rules::digest(&rules::printed(&t.entries, facts.issued_on)));
                matches_register = Some(digest == facts.digest);
                person_name = Some(name);
            }
            Err(malaka_store::Error::NotFound { .. }) => {}
            Err(e) => return Err(e.into()),
        }
        Ok(TranscriptVerification { reference: facts.reference(), facts, person_name, name_matches, matches_register })
    }
}

/// Verifies a transcript token with a published public key alone (no register).
pub fn verify_transcript_offline(token: &str, public_key_hex: &str) -> Result<TranscriptVerification> {
    let key: [u8; 32] =
        cert::from_hex(public_key_hex).ok_or_else(|| Error::invalid("public_key", Reason::PublicKeyFormat))?;
    let facts = rules::verify(token, &[key]).map_err(token_error)?;
    Ok(TranscriptVerification {
        reference: facts.reference(),
        facts,
        person_name: None,
        name_matches: None,
        matches_register: None,
    })
}

fn line(e: &TranscriptEntry) -> TranscriptLine {
    TranscriptLine {
        title: e.title.clone(),
        programme: match (&e.programme_code, &e.programme_title) {
            (Some(code), Some(title)) if code != title => Some(format!("{code} · {title}")),
            (code, title) => code.clone().or(title.clone()),
        },
        starts_on: e.starts_on,
        ends_on: e.ends_on,
        hours: e.hours,
        result: e.result.as_str().to_owned(),
        certificate: e.certificate.as_ref().map(|c| (c.code.clone(), c.revoked)),
    }
}

/// The person's transcript as of `today`, read on `c`.
async fn transcript_of(c: &mut Conn, id: &str, today: chrono::NaiveDate) -> Result<Transcript> {
    let p = person::get(c, id).await?;
    let organisation = organisation::get(c, &p.organisation_id).await?.name;
    let unit = match &p.unit_id {
        Some(u) => Some(organisation::get(c, u).await?.name),
        None => None,
    };
    let activities = store::activities(c, &p.id).await?;
    let sessions = store::sessions(c, &p.id).await?;
    let entries = rules::entries(&activities, &sessions, today);
    let hours = (entries.iter().map(|e| e.hours).sum::<f64>() * 100.0).round() / 100.0;
    let completed = entries.iter().filter(|e| e.result == malaka_core::model::TranscriptResult::Completed).count();
    let alt: Vec<&str> =
        [&p.family_name_alt, &p.given_name_alt, &p.patronymic_alt].into_iter().flatten().map(String::as_str).collect();
    Ok(Transcript {
        name: p.display_name(),
        name_alt: (!alt.is_empty()).then(|| alt.join(" ")),
        personnel_number: p.personnel_number,
        organisation,
        unit,
        position: p.position,
        as_of: today,
        entries,
        hours,
        completed: completed as i64,
        person_id: p.id,
    })
}
