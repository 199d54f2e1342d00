//! The audit log's evidence: the hash chain walked entry by entry, and the signed heads (seals)
//! written at each backup checked against it and the issuer's keys.

use malaka_core::audit_chain;
use malaka_core::certificate as rules;
use malaka_store::audit::{self, Seal};
use malaka_store::{WriteTx, signing_key};
use serde::Serialize;

use crate::{Malaka, Result, now};

/// What checking the audit log found.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct AuditCheck {
    #[ts(type = "number")]
    pub entries: i64,
    /// The first entry that does not follow from the ones before it (changed, or one before it
    /// removed); none when the chain holds.
    #[ts(type = "number | null")]
    pub first_broken: Option<i64>,
    #[ts(type = "number")]
    pub seals: i64,
    /// Seals whose entry is gone or differs, or whose signature does not verify.
    #[ts(type = "Array<number>")]
    pub broken_seals: Vec<i64>,
}

impl AuditCheck {
    pub fn ok(&self) -> bool {
        self.first_broken.is_none() && self.broken_seals.is_empty()
    }
}

impl Malaka {
    /// Walks the chain and checks every seal.
    pub(crate) async fn audit_check(&self) -> Result<AuditCheck> {
        let mut c = self.store.read().await?;
        let chain = audit::verify_chain(&mut c).await?;
        let keys: Vec<[u8; 32]> = signing_key::list(&mut c).await?.into_iter().map(|k| k.public_key).collect();
        let seals = audit::seals(&mut c).await?;
        let mut broken_seals = Vec::new();
        for s in &seals {
            let entry = audit::hash_of(&mut c, s.head_id).await?;
            if entry != Some(s.head_hash) || !signed_by_issuer(s, &keys) {
                broken_seals.push(s.head_id);
            }
        }
        Ok(AuditCheck {
            entries: chain.entries,
            first_broken: chain.first_broken,
            seals: seals.len() as i64,
            broken_seals,
        })
    }

    /// Signs the chain's head with the certificate signing key (nothing to sign with before the
    /// key is set up; `SigningKeyLocked` until it is unlocked).
    pub(crate) async fn seal_audit(&self, tx: &mut WriteTx) -> Result<()> {
        if signing_key::current(tx).await?.is_none() {
            return Ok(());
        }
        let seed = self.signing_seed(tx).await?;
        let Some((head_id, head_hash)) = audit::head(tx).await? else { return Ok(()) };
        let public = rules::public_key(&seed);
        let signature = rules::sign_bytes(&seed, &audit_chain::seal_payload(head_id, &head_hash));
        let seal = Seal { head_id, head_hash, key_id: rules::hex(&rules::key_id(&public)), signature };
        Ok(audit::insert_seal(tx, &seal, now()).await?)
    }
}

fn signed_by_issuer(s: &Seal, keys: &[[u8; 32]]) -> bool {
    let payload = audit_chain::seal_payload(s.head_id, &s.head_hash);
    keys.iter().any(|k| rules::hex(&rules::key_id(k)) == s.key_id && rules::verify_bytes(k, &payload, &s.signature))
}
