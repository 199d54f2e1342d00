//! The audit log: who did what, to which record, and when. Append-only (triggers refuse edits)
//! and a hash chain ([`malaka_core::audit_chain`]) whose head is signed at every backup.

use chrono::{DateTime, Utc};
use malaka_core::model::*;

use crate::Result;
use crate::conn::seam;

/// One change, as the user would describe it.
pub struct Event<'a> {
    pub actor: &'a str,
    pub account_id: Option<&'a str>,
    pub action: &'a str,
    pub entity: &'a str,
    pub entity_id: Option<&'a str>,
    pub summary: String,
}

/// A signed head of the chain, as stored.
pub struct Seal {
    pub head_id: i64,
    pub head_hash: [u8; 32],
    pub key_id: String,
    pub signature: [u8; 64],
}

/// What walking the chain found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainCheck {
    pub entries: i64,
    /// The first entry whose hash does not follow from the ones before it.
    pub first_broken: Option<i64>,
    /// The head: the last entry's id and hash.
    pub head: Option<(i64, [u8; 32])>,
}

/// Walks the chain entry by entry in id order, each backend feeding it the rows it pages
/// through: the hash each entry should hold follows from the one before.
pub(crate) struct ChainWalk {
    prev: [u8; 32],
    entries: i64,
    head: Option<(i64, [u8; 32])>,
}

impl ChainWalk {
    pub(crate) fn new() -> ChainWalk {
        ChainWalk { prev: malaka_core::audit_chain::GENESIS, entries: 0, head: None }
    }

    /// The hash of the entry before the next one (what the next one links from).
    pub(crate) fn prev(&self) -> &[u8; 32] {
        &self.prev
    }

    /// Takes entry `id` whose link from the one before is `expected`: the walk's end when what
    /// it holds (`stored`) is not that.
    pub(crate) fn step(&mut self, id: i64, stored: Option<&[u8]>, expected: [u8; 32]) -> Option<ChainCheck> {
        if stored != Some(&expected[..]) {
            return Some(ChainCheck { entries: self.entries + 1, first_broken: Some(id), head: self.head });
        }
        self.entries += 1;
        self.prev = expected;
        self.head = Some((id, expected));
        None
    }

    /// The whole chain followed.
    pub(crate) fn end(self) -> ChainCheck {
        ChainCheck { entries: self.entries, first_broken: None, head: self.head }
    }
}

seam! { audit;
    /// Appends an entry, linked to the one before; call in the same transaction as the change it
    /// describes (a write transaction, so no other entry slips in between).
    pub async fn record(now: DateTime<Utc>, e: Event<'_>) -> Result<()>;
    /// Walks the whole chain and names the first entry that does not follow from those before it.
    pub async fn verify_chain() -> Result<ChainCheck>;
    /// The stored hash of entry `id`, if there is such an entry.
    pub async fn hash_of(id: i64) -> Result<Option<[u8; 32]>>;
    /// The chain's head: the last entry's id and hash.
    pub async fn head() -> Result<Option<(i64, [u8; 32])>>;
    pub async fn insert_seal(s: &Seal, now: DateTime<Utc>) -> Result<()>;
    pub async fn seals() -> Result<Vec<Seal>>;
    /// The latest entries, newest first, optionally for one record.
    pub async fn list(entity_id: Option<&str>, limit: i64) -> Result<Vec<AuditEntry>>;
    pub async fn count() -> Result<i64>;
    /// A page of the entries the filter keeps, newest first.
    pub async fn filtered(f: &ValidAuditFilter) -> Result<AuditPage>;
    /// The names, actions and kinds of record the log holds, for its filters.
    pub async fn facets() -> Result<AuditFacets>;
}
