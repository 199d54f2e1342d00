//! The issuer's signing keys, protected: each key's 32-byte seed is sealed with XChaCha20-Poly1305
//! under a key derived from the issuer's passphrase by Argon2id, so the database and its backups
//! carry only the sealed form. A key is unlocked for the app's session by typing the passphrase
//! and is then held in memory only. Rotating makes a new key and retires the old one, which keeps
//! verifying what it signed.

use argon2::Argon2;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use chrono::{DateTime, Utc};
use malaka_core::Reason;
use malaka_core::access::Action;
use malaka_core::certificate as rules;
use malaka_store::signing_key::{self as store, StoredKey};
use malaka_store::{WriteTx, maintenance};
use serde::Serialize;

use crate::{Error, Malaka, Result, now};

/// A passphrase shorter than this is refused: it guards every certificate the issuer signs.
pub const MIN_PASSPHRASE: usize = 12;

/// The sealed form's first byte: Argon2id (19 MiB, 2 passes) + XChaCha20-Poly1305, 16-byte salt.
const SEALED_V1: u8 = 1;
const SALT: usize = 16;
const NONCE: usize = 24;

/// A key as published and listed: which dates it signs for.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct SigningKeyInfo {
    pub key_id: String,
    /// The 32-byte Ed25519 public key, hex.
    pub public_key: String,
    /// Valid for certificates issued from this moment…
    pub valid_from: DateTime<Utc>,
    /// …until this one, when it was retired (none while it signs).
    pub retired_at: Option<DateTime<Utc>>,
    /// The key that signs now.
    pub in_use: bool,
    /// Whether its secret is stored sealed (false only for a key from before sealing).
    pub protected: bool,
}

fn info(k: &StoredKey, current: Option<&str>) -> SigningKeyInfo {
    SigningKeyInfo {
        key_id: k.id.clone(),
        public_key: rules::hex(&k.public_key),
        valid_from: k.created_at,
        retired_at: k.retired_at,
        in_use: current == Some(k.id.as_str()),
        protected: k.plain_seed.is_none(),
    }
}

fn random<const N: usize>() -> Result<[u8; N]> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|e| Error::storage(format!("no randomness: {e}")))?;
    Ok(bytes)
}

fn wrapping_key(passphrase: &str, salt: &[u8]) -> Result<[u8; 32]> {
    let mut key = [0u8; 32];
    Argon2::default()
        .hash_password_into(passphrase.as_bytes(), salt, &mut key)
        .map_err(|e| Error::storage(format!("key derivation failed: {e}")))?;
    Ok(key)
}

/// `seed` sealed under `passphrase`, bound to `key_id` (a sealed seed moved to another key's row
/// does not open).
fn seal_blocking(passphrase: &str, key_id: &str, seed: &[u8; 32]) -> Result<Vec<u8>> {
    let (salt, nonce) = (random::<SALT>()?, random::<NONCE>()?);
    let cipher = XChaCha20Poly1305::new_from_slice(&wrapping_key(passphrase, &salt)?)
        .map_err(|_| Error::storage("bad key length"))?;
    let sealed = cipher
        .encrypt(&XNonce::from(nonce), Payload { msg: seed, aad: key_id.as_bytes() })
        .map_err(|_| Error::storage("sealing the signing key failed"))?;
    Ok([&[SEALED_V1][..], &salt, &nonce, &sealed].concat())
}

/// The seed, when `passphrase` is the one it was sealed with.
fn open_blocking(passphrase: &str, key_id: &str, sealed: &[u8]) -> Option<[u8; 32]> {
    let (&version, rest) = sealed.split_first()?;
    if version != SEALED_V1 || rest.len() != SALT + NONCE + 32 + 16 {
        log::error!("signing key {key_id}: its sealed form is not one this version reads");
        return None;
    }
    let (salt, rest) = rest.split_at(SALT);
    let (nonce, ciphertext) = rest.split_at(NONCE);
    let nonce: [u8; NONCE] = nonce.try_into().ok()?;
    let cipher = XChaCha20Poly1305::new_from_slice(&wrapping_key(passphrase, salt).ok()?).ok()?;
    let seed = cipher.decrypt(&XNonce::from(nonce), Payload { msg: ciphertext, aad: key_id.as_bytes() }).ok()?;
    seed.try_into().ok()
}

async fn seal(passphrase: &str, key_id: &str, seed: [u8; 32]) -> Result<Vec<u8>> {
    let (p, id) = (passphrase.to_owned(), key_id.to_owned());
    tokio::task::spawn_blocking(move || seal_blocking(&p, &id, &seed))
        .await
        .map_err(|e| Error::storage(format!("sealing stopped: {e}")))?
}

async fn open(passphrase: &str, key: &StoredKey) -> Option<[u8; 32]> {
    let (p, id, sealed) = (passphrase.to_owned(), key.id.clone(), key.sealed_seed.clone()?);
    tokio::task::spawn_blocking(move || open_blocking(&p, &id, &sealed)).await.ok().flatten()
}

fn long_enough(passphrase: &str) -> Result<()> {
    if passphrase.chars().count() < MIN_PASSPHRASE {
        return Err(Error::invalid("passphrase", Reason::PasswordTooShort { min: MIN_PASSPHRASE as u32 }));
    }
    Ok(())
}

/// Every key still kept in plain, sealed under `passphrase`: (key id, sealed seed).
async fn seal_plain(passphrase: &str, keys: &[StoredKey]) -> Result<Vec<(String, Vec<u8>)>> {
    let mut sealed = Vec::new();
    for k in keys {
        if let Some(seed) = k.plain_seed {
            sealed.push((k.id.clone(), seal(passphrase, &k.id, seed).await?));
        }
    }
    Ok(sealed)
}

fn wrong_passphrase() -> Error {
    Error::invalid("passphrase", Reason::WrongPassphrase)
}

impl Malaka {
    /// Every key, oldest first, with the dates it signs for (the published key list).
    pub async fn key_list(&self) -> Result<Vec<SigningKeyInfo>> {
        self.may(Action::Read)?;
        let mut c = self.store.read().await?;
        let current = store::current(&mut c).await?.map(|k| k.id);
        Ok(store::list(&mut c).await?.iter().map(|k| info(k, current.as_deref())).collect())
    }

    /// The seed of the key that signs now: `SigningKeyNotSetUp` when there is none,
    /// `SigningKeyLocked` until the passphrase is given in this session.
    pub(crate) async fn signing_seed(&self, tx: &mut WriteTx) -> Result<[u8; 32]> {
        let Some(key) = store::current(tx).await? else {
            return Err(Error::Refused(Reason::SigningKeyNotSetUp));
        };
        if let Some(seed) = key.plain_seed {
            return Ok(seed);
        }
        match self.unlocked_seed() {
            Some((id, seed)) if id == key.id => Ok(seed),
            _ => Err(Error::Refused(Reason::SigningKeyLocked)),
        }
    }

    /// Unlocks the signing key for this session with the issuer's passphrase.
    pub async fn key_unlock(&self, passphrase: &str) -> Result<SigningKeyInfo> {
        self.may(Action::Read)?;
        let key = store::current(&mut *self.store.read().await?).await?;
        let Some(key) = key else { return Err(Error::Refused(Reason::SigningKeyNotSetUp)) };
        let seed = match key.plain_seed {
            Some(seed) => seed,
            None => open(passphrase, &key).await.ok_or_else(wrong_passphrase)?,
        };
        self.set_unlocked(Some((key.id.clone(), seed)));
        Ok(info(&key, Some(&key.id)))
    }

    /// Makes a new signing key sealed with `passphrase` and retires the one in use (which keeps
    /// verifying what it signed). The first call sets the passphrase; later ones must give the
    /// passphrase of the key in use (with none in use, after a retirement, a new one is set). A
    /// key from before sealing is sealed with it too.
    pub async fn key_rotate(&self, passphrase: &str) -> Result<SigningKeyInfo> {
        self.may(Action::KeyManage)?;
        long_enough(passphrase)?;
        let keys = store::list(&mut *self.store.read().await?).await?;
        // The key in use must be unlocked by the passphrase given. A lost passphrase is recovered
        // by retiring that key first: the next rotation then sets a new passphrase.
        if let Some(in_use) = keys.iter().rev().find(|k| k.retired_at.is_none() && k.sealed_seed.is_some())
            && open(passphrase, in_use).await.is_none()
        {
            return Err(wrong_passphrase());
        }
        let seed = random::<32>()?;
        let public = rules::public_key(&seed);
        let id = rules::hex(&rules::key_id(&public));
        let sealed = seal(passphrase, &id, seed).await?;
        let plain = seal_plain(passphrase, &keys).await?;
        let at = now();
        let mut tx = self.store.begin().await?;
        if let Some(old) = store::current(&mut tx).await? {
            store::retire(&mut tx, &old.id, at).await?;
            self.audit(
                &mut tx,
                at,
                "signing_key.retire",
                "signing_key",
                Some(&old.id),
                format!("retired key {}", old.id),
            )
            .await?;
        }
        for (old, sealed) in &plain {
            store::seal(&mut tx, old, sealed).await?;
        }
        store::insert(&mut tx, &id, &public, &sealed, at).await?;
        self.audit(&mut tx, at, "signing_key.create", "signing_key", Some(&id), format!("made signing key {id}"))
            .await?;
        let made = store::current(&mut tx).await?;
        tx.commit().await?;
        if !plain.is_empty() {
            self.purge_plain_seeds().await?;
        }
        self.set_unlocked(Some((id.clone(), seed)));
        let made = made.ok_or_else(|| Error::storage("the new signing key is missing"))?;
        Ok(info(&made, Some(&id)))
    }

    /// Seals every key from before sealing with `passphrase` (the one already set, if any key is
    /// sealed) and rewrites the file so no plain seed is left in it; how many were sealed.
    pub async fn key_protect(&self, passphrase: &str) -> Result<usize> {
        self.may(Action::KeyManage)?;
        long_enough(passphrase)?;
        let keys = store::list(&mut *self.store.read().await?).await?;
        if let Some(sealed) = keys.iter().rev().find(|k| k.sealed_seed.is_some())
            && open(passphrase, sealed).await.is_none()
        {
            return Err(wrong_passphrase());
        }
        let sealed = seal_plain(passphrase, &keys).await?;
        if sealed.is_empty() {
            return Ok(0);
        }
        let at = now();
        let mut tx = self.store.begin().await?;
        for (id, form) in &sealed {
            store::seal(&mut tx, id, form).await?;
            self.audit(&mut tx, at, "signing_key.protect", "signing_key", Some(id), format!("sealed key {id}")).await?;
        }
        tx.commit().await?;
        self.purge_plain_seeds().await?;
        Ok(sealed.len())
    }

    /// Stops a key signing; it keeps verifying what it signed. Retiring the key in use leaves
    /// none until the next rotation.
    pub async fn key_retire(&self, key_id: &str) -> Result<SigningKeyInfo> {
        self.may(Action::KeyManage)?;
        let at = now();
        let mut tx = self.store.begin().await?;
        store::retire(&mut tx, key_id.trim(), at).await?;
        self.audit(&mut tx, at, "signing_key.retire", "signing_key", Some(key_id), format!("retired key {key_id}"))
            .await?;
        let current = store::current(&mut tx).await?.map(|k| k.id);
        let key = store::list(&mut tx).await?.into_iter().find(|k| k.id == key_id.trim());
        tx.commit().await?;
        if self.unlocked_seed().is_some_and(|(id, _)| id == key_id.trim()) {
            self.set_unlocked(None);
        }
        let key = key.ok_or_else(|| Error::NotFound { entity: "signing key", id: key_id.into() })?;
        Ok(info(&key, current.as_deref()))
    }

    /// Rewrites the file so the plain seeds just sealed are gone from its free pages and the WAL.
    async fn purge_plain_seeds(&self) -> Result<()> {
        Ok(maintenance::vacuum(&self.store).await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_seed_opens_only_with_its_passphrase_and_key_id() {
        let seed = [5u8; 32];
        let sealed = seal_blocking("the issuer's passphrase", "k1", &seed).unwrap();
        assert_eq!(sealed.len(), 1 + SALT + NONCE + 32 + 16);
        assert!(!sealed.windows(32).any(|w| w == seed), "the seed is not in the sealed form");
        assert_eq!(open_blocking("the issuer's passphrase", "k1", &sealed), Some(seed));
        assert_eq!(open_blocking("the issuers passphrase", "k1", &sealed), None);
        assert_eq!(open_blocking("the issuer's passphrase", "k2", &sealed), None, "bound to its key id");
        let mut flipped = sealed.clone();
        flipped[40] ^= 1;
        assert_eq!(open_blocking("the issuer's passphrase", "k1", &flipped), None);
        assert_eq!(open_blocking("the issuer's passphrase", "k1", &sealed[..20]), None);
    }
}
