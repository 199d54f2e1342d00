//! Team database passwords in the OS keyring (Secret Service, Credential Manager, Keychain), one
//! entry per `user@host:port/database`. Never in a file: where the system has no keyring, the app
//! asks for the password at each start.

const SERVICE: &str = "Malaka team database";

fn entry(server: &str) -> Option<keyring::Entry> {
    keyring::Entry::new(SERVICE, server).ok()
}

/// Whether this system has a keyring to keep passwords in.
pub fn available() -> bool {
    keyring::Entry::store_status().is_ok()
}

/// The password kept for `server`, if any.
pub fn find(server: &str) -> Option<String> {
    entry(server)?.get_password().ok()
}

/// Keeps `password` for `server`; false when the system could not (no keyring, or it refused).
pub fn keep(server: &str, password: &str) -> bool {
    match entry(server).map(|e| e.set_password(password)) {
        Some(Ok(())) => true,
        Some(Err(e)) => {
            log::warn!("the keyring did not keep the password for {server}: {e}");
            false
        }
        None => false,
    }
}

/// Forgets the password kept for `server`, if one was.
pub fn forget(server: &str) {
    if let Some(Err(e)) = entry(server).map(|e| e.delete_credential())
        && !matches!(e, keyring::Error::NoEntry)
    {
        log::warn!("the keyring did not forget the password for {server}: {e}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// With a keyring (scripts/test.sh runs this under a session bus with an unlocked one and
    /// `MALAKA_TEST_KEYRING=1`) a password round-trips and is forgotten; without one nothing is
    /// kept and nothing is found.
    #[test]
    fn a_password_is_kept_found_and_forgotten_or_never_kept_without_a_keyring() {
        let server = format!("test_{}@127.0.0.1:5432/malaka", std::process::id());
        let password = "p@ss: ҳа";
        let kept = available() && keep(&server, password);
        let must_keep = std::env::var("MALAKA_TEST_KEYRING").is_ok_and(|v| v == "1");
        assert!(kept || !must_keep, "MALAKA_TEST_KEYRING=1 but the keyring kept nothing");
        if kept {
            assert_eq!(find(&server).as_deref(), Some(password));
            forget(&server);
            assert_eq!(find(&server), None);
        } else {
            assert_eq!(find(&server), None);
            assert!(!keep(&server, password));
        }
    }
}
