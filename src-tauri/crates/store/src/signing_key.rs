//! The issuer's Ed25519 signing keys: the newest one not retired signs; every one verifies what
//! it signed before it was retired. Secrets are stored sealed (see `api`); only keys from before
//! sealing existed still hold a plain seed, until they are protected.

use chrono::{DateTime, Utc};

use crate::Result;
use crate::conn::seam;

/// A key as stored.
#[derive(Debug, Clone)]
pub struct StoredKey {
    pub id: String,
    pub public_key: [u8; 32],
    /// Only for a key made before sealing, not yet protected.
    pub plain_seed: Option<[u8; 32]>,
    pub sealed_seed: Option<Vec<u8>>,
    pub created_at: DateTime<Utc>,
    pub retired_at: Option<DateTime<Utc>>,
}

seam! { signing_key;
    /// Every key, oldest first.
    pub async fn list() -> Result<Vec<StoredKey>>;
    /// The key that signs now: the newest not retired.
    pub async fn current() -> Result<Option<StoredKey>>;
    /// Stores a new key, its secret sealed.
    pub async fn insert(id: &str, public: &[u8; 32], sealed: &[u8], now: DateTime<Utc>) -> Result<()>;
    /// Replaces a key's plain seed with its sealed form.
    pub async fn seal(id: &str, sealed: &[u8]) -> Result<()>;
    /// Stops a key signing from `now` on (it still verifies what it signed before).
    pub async fn retire(id: &str, now: DateTime<Utc>) -> Result<()>;
}
