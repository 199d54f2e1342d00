//! The audit log's hash chain: each entry's hash covers the previous entry's hash and its own
//! fields, so changing, removing or reordering an entry breaks every hash after it. The fields are
//! length-prefixed (and an absent one marked), so no two different entries hash the same bytes.

use sha2::{Digest, Sha256};

/// What the first entry's "previous hash" is.
pub const GENESIS: [u8; 32] = [0; 32];

const DOMAIN: &[u8] = b"malaka-audit-v1";
const SEAL_DOMAIN: &[u8] = b"malaka-audit-seal-v1";

/// One entry's fields, as stored (the instant in its stored text form).
pub struct Entry<'a> {
    pub at: &'a str,
    pub actor: &'a str,
    pub account_id: Option<&'a str>,
    pub action: &'a str,
    pub entity: &'a str,
    pub entity_id: Option<&'a str>,
    pub summary: &'a str,
}

fn field(h: &mut Sha256, value: Option<&str>) {
    match value {
        None => h.update([0]),
        Some(v) => {
            h.update([1]);
            h.update((v.len() as u64).to_be_bytes());
            h.update(v.as_bytes());
        }
    }
}

/// The entry's hash, following `prev`.
pub fn link(prev: &[u8; 32], e: &Entry<'_>) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(DOMAIN);
    h.update(prev);
    for v in [Some(e.at), Some(e.actor), e.account_id, Some(e.action), Some(e.entity), e.entity_id, Some(e.summary)] {
        field(&mut h, v);
    }
    h.finalize().into()
}

/// The bytes a seal signs: the head entry's id and hash.
pub fn seal_payload(head_id: i64, head_hash: &[u8; 32]) -> Vec<u8> {
    [SEAL_DOMAIN, &head_id.to_be_bytes(), head_hash].concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry<'a>(summary: &'a str, entity_id: Option<&'a str>) -> Entry<'a> {
        Entry {
            at: "2026-12-06T10:00:00Z",
            actor: "Dilnoza",
            account_id: None,
            action: "person.create",
            entity: "person",
            entity_id,
            summary,
        }
    }

    #[test]
    fn each_field_and_the_previous_hash_change_the_link() {
        let a = link(&GENESIS, &entry("added x", Some("1")));
        assert_ne!(a, link(&GENESIS, &entry("added y", Some("1"))));
        assert_ne!(a, link(&[1; 32], &entry("added x", Some("1"))));
        assert_ne!(a, link(&GENESIS, &entry("added x", None)));
        assert_eq!(a, link(&GENESIS, &entry("added x", Some("1"))));
    }

    #[test]
    fn moving_text_between_fields_changes_the_link() {
        // Without length prefixes "ab"+"c" and "a"+"bc" would hash alike.
        let one = Entry { actor: "ab", action: "c", ..entry("s", None) };
        let two = Entry { actor: "a", action: "bc", ..entry("s", None) };
        assert_ne!(link(&GENESIS, &one), link(&GENESIS, &two));
        let empty = Entry { entity_id: Some(""), ..entry("s", None) };
        assert_ne!(link(&GENESIS, &empty), link(&GENESIS, &entry("s", None)), "empty is not absent");
    }
}
