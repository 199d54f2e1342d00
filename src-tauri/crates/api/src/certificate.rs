//! Certificates: issued to eligible participants in one transaction (numbers from the
//! organisation's series, printed fields snapshotted, each signed), a register with search,
//! revoke with a reason, reissue pointing to the revoked one, and offline verification.

use crate::error::token_error;
use chrono::Datelike;
use malaka_core::Reason;
use malaka_core::access::Action;
use malaka_core::certificate::{
    self as rules, Certificate, CertificateStatus, Snapshot, TokenFacts, VerificationStatus,
};
use malaka_core::model::SessionStatus;
use malaka_core::validate;
use malaka_store::certificate::{self as store, NewCertificate};
use malaka_store::{WriteTx, activity, organisation, programme, session, trainer};
use serde::{Deserialize, Serialize};

use crate::completion::completion_of;
use crate::job::{Job, Phase};
use crate::{Error, Malaka, Result, new_id, now};

/// Whom to issue to: everyone eligible, or the chosen people (each must be eligible).
#[derive(Debug, Clone, Default, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct IssueInput {
    pub activity_id: String,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub person_ids: Option<Vec<String>>,
}

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct IssueReport {
    pub issued: Vec<Certificate>,
    /// Eligible people who already hold a certificate for the activity (not issued twice).
    #[ts(type = "number")]
    pub already: usize,
    /// People chosen or enrolled who are not eligible, by name.
    pub not_eligible: Vec<String>,
}

/// What a token says and what the register knows of it.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Verification {
    pub status: VerificationStatus,
    pub facts: TokenFacts,
    pub certificate: Option<Certificate>,
    /// The revocation list the token was checked against offline, when one was given.
    pub revocations: Option<crate::certificate_revocation::ListCheck>,
}

/// The issuer's public key, to publish for anyone verifying certificates.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct PublicKey {
    pub key_id: String,
    /// The 32-byte Ed25519 public key, hex.
    pub public_key: String,
}

impl Malaka {
    /// Issues certificates to the eligible participants of an activity, all or none.
    pub async fn certificate_issue(&self, input: &IssueInput) -> Result<IssueReport> {
        self.may(Action::CertificateIssue)?;
        self.certificate_issue_job(input, &Job::default()).await
    }

    /// As [`Self::certificate_issue`], telling `job` each certificate signed; a cancel before
    /// the end issues none.
    pub async fn certificate_issue_job(&self, input: &IssueInput, job: &Job) -> Result<IssueReport> {
        self.may(Action::CertificateIssue)?;
        let activity_id = validate::id("activity", &input.activity_id)?;
        let chosen = match &input.person_ids {
            Some(ids) => Some(ids.iter().map(|p| validate::id("person", p)).collect::<malaka_core::Result<Vec<_>>>()?),
            None => None,
        };
        let mut tx = self.store.begin().await?;
        let act = activity::get(&mut tx, &activity_id).await?;
        let host = organisation::get(&mut tx, &act.host_org_id).await?;
        let Some(org_code) = host.short_code.as_deref() else {
            return Err(Error::invalid("short_code", Reason::NoShortCode { organisation: host.name.clone() }));
        };
        let completion = completion_of(&mut tx, &activity_id).await?;
        if let Some(ids) = &chosen
            && let Some(stranger) = ids.iter().find(|p| !completion.participants.iter().any(|c| &&c.person_id == p))
        {
            return Err(Error::invalid("person", Reason::NotAParticipant { person: stranger.clone() }));
        }
        let wanted =
            completion.participants.iter().filter(|p| chosen.as_ref().is_none_or(|ids| ids.contains(&p.person_id)));
        let (mut eligible, mut not_eligible, mut already) = (Vec::new(), Vec::new(), 0);
        for p in wanted {
            if p.certificate.is_some() {
                already += 1;
            } else if p.standing.eligible {
                eligible.push((p.person_id.clone(), p.person_name.clone()));
            } else {
                not_eligible.push(p.person_name.clone());
            }
        }
        let at = now();
        let seed = self.signing_seed(&mut tx).await?;
        let series = rules::series(&host.country, org_code, at.date_naive().year())?;
        let template = self.snapshot_template(&mut tx, &act, &host.name).await?;
        let total = eligible.len();
        let mut issued = Vec::with_capacity(total);
        job.tell(Phase::Issuing, 0, total);
        for (person_id, person_name) in eligible {
            if job.is_cancelled() {
                return Err(Error::Cancelled); // the transaction rolls back: numbers and all
            }
            let snapshot = Snapshot { person_name, ..template.clone() };
            issued.push(self.issue_one(&mut tx, &seed, &series, &activity_id, &person_id, snapshot, None).await?);
            job.tell(Phase::Issuing, issued.len(), total);
        }
        if !issued.is_empty() {
            let summary = format!("issued {} certificate(s) for \"{}\"", issued.len(), act.title);
            self.audit(&mut tx, at, "certificate.issue", "activity", Some(&act.id), summary).await?;
        }
        tx.commit().await?;
        Ok(IssueReport { issued, already, not_eligible })
    }

    /// The register, newest first.
    pub async fn certificate_list(
        &self,
        activity_id: Option<&str>,
        text: Option<&str>,
        limit: i64,
    ) -> Result<Vec<Certificate>> {
        self.may(Action::Read)?;
        let activity_id = activity_id.map(|a| validate::id("activity", a)).transpose()?;
        let text = text.map(str::trim).filter(|t| !t.is_empty());
        Ok(store::list(&mut *self.store.read().await?, activity_id.as_deref(), text, limit.clamp(1, 10_000)).await?)
    }

    /// One certificate, by id or printed number.
    pub async fn certificate_get(&self, id_or_code: &str) -> Result<Certificate> {
        self.may(Action::Read)?;
        Ok(store::get(&mut *self.store.read().await?, id_or_code.trim()).await?)
    }

    /// Revokes a certificate (the reason is required and kept); its marks unlock.
    pub async fn certificate_revoke(&self, id_or_code: &str, reason: &str) -> Result<Certificate> {
        self.may(Action::CertificateRevoke)?;
        let reason = validate::required("reason", reason)?;
        let mut tx = self.store.begin().await?;
        let c = store::get(&mut tx, id_or_code.trim()).await?;
        if c.status == CertificateStatus::Revoked {
            return Err(Error::Refused(Reason::AlreadyRevoked { code: c.code }));
        }
        let at = now();
        store::revoke(&mut tx, &c.id, &self.actor(), at, &reason).await?;
        let summary = format!("revoked certificate {} of {}: {reason}", c.code, c.snapshot.person_name);
        self.audit(&mut tx, at, "certificate.revoke", "certificate", Some(&c.id), summary).await?;
        let revoked = store::get(&mut tx, &c.id).await?;
        tx.commit().await?;
        Ok(revoked)
    }

    /// Issues a new certificate (new number, fields as they are now) in place of a revoked one;
    /// the holder must still be eligible.
    pub async fn certificate_reissue(&self, id_or_code: &str) -> Result<Certificate> {
        self.may(Action::CertificateIssue)?;
        let mut tx = self.store.begin().await?;
        let old = store::get(&mut tx, id_or_code.trim()).await?;
        if old.status != CertificateStatus::Revoked {
            return Err(Error::Refused(Reason::CertificateInForce { code: old.code }));
        }
        let completion = completion_of(&mut tx, &old.activity_id).await?;
        let Some(p) = completion.participants.iter().find(|p| p.person_id == old.person_id) else {
            return Err(Error::Refused(Reason::NoLongerParticipant { person: old.snapshot.person_name }));
        };
        if let Some(code) = &p.certificate {
            return Err(Error::Refused(Reason::AlreadyHolds { person: p.person_name.clone(), code: code.clone() }));
        }
        if !p.standing.eligible {
            return Err(Error::Refused(Reason::NoLongerEligible { person: p.person_name.clone() }));
        }
        let act = activity::get(&mut tx, &old.activity_id).await?;
        let host = organisation::get(&mut tx, &act.host_org_id).await?;
        let seed = self.signing_seed(&mut tx).await?;
        let template = self.snapshot_template(&mut tx, &act, &host.name).await?;
        let snapshot = Snapshot { person_name: p.person_name.clone(), ..template };
        let new = self
            .issue_one(&mut tx, &seed, &old.series, &old.activity_id, &old.person_id, snapshot, Some(&old.id))
            .await?;
        let summary = format!("reissued certificate {} as {}", old.code, new.code);
        self.audit(&mut tx, now(), "certificate.reissue", "certificate", Some(&new.id), summary).await?;
        tx.commit().await?;
        Ok(new)
    }

    /// Checks a token's signature against this issuer's keys, then the register for revocation.
    pub async fn certificate_verify(&self, token: &str) -> Result<Verification> {
        self.may(Action::Read)?;
        let mut c = self.store.read().await?;
        let stored = malaka_store::signing_key::list(&mut c).await?;
        let facts = rules::verify(token, &public_keys(&stored)).map_err(token_error)?;
        signed_while_in_use(&stored, &facts.key_id, facts.issued_on)?;
        let found = match store::get(&mut c, &facts.number).await {
            Ok(cert) => Some(cert),
            Err(malaka_store::Error::NotFound { .. }) => None,
            Err(e) => return Err(e.into()),
        };
        let status = match &found {
            Some(cert) if cert.status == CertificateStatus::Revoked => VerificationStatus::Revoked,
            Some(_) => VerificationStatus::Valid,
            None => VerificationStatus::Unknown,
        };
        Ok(Verification { status, facts, certificate: found, revocations: None })
    }

    /// The key certificates are signed with now (an administrator sets it up: `key_rotate`).
    pub async fn certificate_public_key(&self) -> Result<PublicKey> {
        self.may(Action::Read)?;
        let key = malaka_store::signing_key::current(&mut *self.store.read().await?).await?;
        let key = key.ok_or(Error::Refused(Reason::SigningKeyNotSetUp))?;
        Ok(PublicKey { key_id: key.id, public_key: rules::hex(&key.public_key) })
    }

    /// The printed fields every certificate of the activity shares.
    async fn snapshot_template(
        &self,
        tx: &mut WriteTx,
        act: &malaka_core::model::Activity,
        organisation: &str,
    ) -> Result<Snapshot> {
        let sessions: Vec<_> = session::list_for_activity(tx, &act.id)
            .await?
            .into_iter()
            .filter(|s| s.status == SessionStatus::Scheduled)
            .collect();
        let session_hours: f64 = sessions.iter().map(|s| (s.ends_utc - s.starts_utc).num_minutes() as f64 / 60.0).sum();
        let mut trainers: Vec<String> = Vec::new();
        for s in &sessions {
            for t in &s.trainer_ids {
                let name = trainer::get(tx, t).await?.name;
                if !trainers.contains(&name) {
                    trainers.push(name);
                }
            }
        }
        let course = match &act.programme_id {
            Some(p) => programme::get(tx, p).await?.code,
            None => act.id.rsplit('-').next().unwrap_or(&act.id).to_uppercase(),
        };
        Ok(Snapshot {
            person_name: String::new(),
            activity_title: act.title.clone(),
            activity_kind: act.kind.to_string(),
            starts_on: act.starts_on,
            ends_on: act.ends_on,
            hours: act.planned_hours.unwrap_or((session_hours * 10.0).round() / 10.0),
            organisation: organisation.to_owned(),
            trainers,
            course,
            language: act.language.clone(),
        })
    }

    #[allow(clippy::too_many_arguments)]
    pub(crate) async fn issue_one(
        &self,
        tx: &mut WriteTx,
        seed: &[u8; 32],
        series: &str,
        activity_id: &str,
        person_id: &str,
        snapshot: Snapshot,
        replaces: Option<&str>,
    ) -> Result<Certificate> {
        let number = store::next_number(tx, series).await?;
        let code = rules::code(series, number);
        let at = now();
        let token = rules::sign(seed, &code, at.date_naive(), snapshot.hours, &snapshot.course, &snapshot.person_name)?;
        let id = new_id();
        let json = serde_json::to_string(&snapshot).map_err(|e| Error::storage(e.to_string()))?;
        let row = NewCertificate {
            id: &id,
            series,
            number,
            code: &code,
            activity_id,
            person_id,
            snapshot: &json,
            token: &token,
            replaces_id: replaces,
        };
        store::insert(tx, &row, &self.actor(), at).await?;
        Ok(Certificate {
            id,
            series: series.to_owned(),
            number,
            code,
            activity_id: activity_id.to_owned(),
            person_id: person_id.to_owned(),
            status: CertificateStatus::Issued,
            snapshot,
            token,
            issued_by: self.actor(),
            issued_at: at,
            revoked_by: None,
            revoked_at: None,
            revoke_reason: None,
            replaces_id: replaces.map(str::to_owned),
            replaced_by: None,
        })
    }
}

/// The public keys of every key this issuer has had (retired ones keep verifying).
pub(crate) fn public_keys(stored: &[malaka_store::signing_key::StoredKey]) -> Vec<[u8; 32]> {
    stored.iter().map(|k| k.public_key).collect()
}

/// A retired key verifies only what it signed before it was retired.
pub(crate) fn signed_while_in_use(
    stored: &[malaka_store::signing_key::StoredKey],
    key_id: &str,
    signed_on: chrono::NaiveDate,
) -> Result<()> {
    if let Some(retired) = stored.iter().find(|k| k.id == key_id).and_then(|k| k.retired_at)
        && signed_on > retired.date_naive()
    {
        let retired_on = retired.date_naive().to_string();
        return Err(Error::Refused(Reason::SignedAfterRetirement { key_id: key_id.to_owned(), retired_on }));
    }
    Ok(())
}
