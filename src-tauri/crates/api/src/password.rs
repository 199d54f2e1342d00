//! Passwords hashed with Argon2id (the crate's defaults: 19 MiB, 2 passes, OWASP's floor) and
//! verified off the async runtime, since one hash takes tens of milliseconds by design.

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};

use crate::{Error, Result};

/// A PHC string (`$argon2id$v=19$m=19456,t=2,p=1$salt$hash`) for `password`, with a fresh salt.
pub(crate) async fn hash(password: &str) -> Result<String> {
    let password = password.to_owned();
    tokio::task::spawn_blocking(move || Argon2::default().hash_password(password.as_bytes()).map(|h| h.to_string()))
        .await
        .map_err(|e| Error::storage(format!("password hashing stopped: {e}")))?
        .map_err(|e| Error::storage(format!("password hashing failed: {e}")))
}

/// Whether `password` matches the stored hash. With no hash (an unknown login), a hash of the
/// same cost is still computed, so the answer's timing does not tell which logins exist.
pub(crate) async fn verify(password: &str, stored: Option<&str>) -> bool {
    let password = password.to_owned();
    let stored = stored.map(str::to_owned);
    tokio::task::spawn_blocking(move || match stored.as_deref().map(PasswordHash::new) {
        Some(Ok(h)) => Argon2::default().verify_password(password.as_bytes(), &h).is_ok(),
        Some(Err(e)) => {
            log::error!("a stored password hash cannot be read: {e}");
            false
        }
        None => {
            let _ = Argon2::default().hash_password(password.as_bytes());
            false
        }
    })
    .await
    .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_hash_is_argon2id_salted_and_verifies_only_its_password() {
        let a = hash("correct horse").await.unwrap();
        let b = hash("correct horse").await.unwrap();
        assert!(a.starts_with("$argon2id$v=19$"), "{a}");
        assert_ne!(a, b, "each hash has its own salt");
        assert!(verify("correct horse", Some(&a)).await);
        assert!(!verify("correct horsE", Some(&a)).await);
        assert!(!verify("correct horse", None).await);
        assert!(!verify("correct horse", Some("not a hash")).await);
    }
}
