//! Schedule conflicts: one trainer, venue or enrolled person in two overlapping sessions.
//!
//! Sessions are compared by their UTC instants, so a 14:00 session in Tashkent and a 13:00 one in
//! Baku are the same moment wherever they were planned.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// What a session lays claim to during its time.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub session_id: String,
    /// How the session is named to a user (activity title and local time).
    pub label: String,
    pub starts_utc: DateTime<Utc>,
    pub ends_utc: DateTime<Utc>,
    pub venue_id: Option<String>,
    pub trainer_ids: Vec<String>,
    pub person_ids: Vec<String>,
}

/// The thing two sessions both need at once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum Resource {
    Venue(String),
    Trainer(String),
    Person(String),
}

/// A clash between the session being planned and one already in the calendar.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Conflict {
    pub session_id: String,
    pub label: String,
    pub other_session_id: String,
    pub other_label: String,
    pub resource: Resource,
}

impl std::fmt::Display for Conflict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let what = match &self.resource {
            Resource::Venue(id) => format!("venue {id}"),
            Resource::Trainer(id) => format!("trainer {id}"),
            Resource::Person(id) => format!("person {id}"),
        };
        write!(f, "{what} is in both \"{}\" and \"{}\"", self.label, self.other_label)
    }
}

/// Half-open intervals: a session ending at 12:00 does not clash with one starting at 12:00.
pub fn overlaps(a: &Claim, b: &Claim) -> bool {
    a.starts_utc < b.ends_utc && b.starts_utc < a.ends_utc
}

/// Every clash between `candidate` and `others`, one per shared resource, in a stable order.
pub fn conflicts(candidate: &Claim, others: &[Claim]) -> Vec<Conflict> {
    let mut found = Vec::new();
    for other in others.iter().filter(|o| o.session_id != candidate.session_id) {
        if !overlaps(candidate, other) {
            continue;
        }
        let mut shared = Vec::new();
        if let (Some(a), Some(b)) = (&candidate.venue_id, &other.venue_id)
            && a == b
        {
            shared.push(Resource::Venue(a.clone()));
        }
        shared.extend(
            candidate
                .trainer_ids
                .iter()
                .filter(|t| other.trainer_ids.contains(t))
                .map(|t| Resource::Trainer(t.clone())),
        );
        shared.extend(
            candidate.person_ids.iter().filter(|p| other.person_ids.contains(p)).map(|p| Resource::Person(p.clone())),
        );
        found.extend(shared.into_iter().map(|resource| Conflict {
            session_id: candidate.session_id.clone(),
            label: candidate.label.clone(),
            other_session_id: other.session_id.clone(),
            other_label: other.label.clone(),
            resource,
        }));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::{local, to_utc, zone};

    fn claim(id: &str, start: &str, end: &str, tz: &str) -> Claim {
        let tz = zone("tz", tz).unwrap();
        Claim {
            session_id: id.into(),
            label: id.into(),
            starts_utc: to_utc("s", local("s", start).unwrap(), tz).unwrap(),
            ends_utc: to_utc("e", local("e", end).unwrap(), tz).unwrap(),
            venue_id: None,
            trainer_ids: vec![],
            person_ids: vec![],
        }
    }

    #[test]
    fn the_same_trainer_in_tashkent_and_baku_at_the_same_instant_conflicts() {
        let mut a = claim("tashkent", "2026-03-10T14:00", "2026-03-10T16:00", "Asia/Tashkent");
        let mut b = claim("baku", "2026-03-10T13:30", "2026-03-10T15:00", "Asia/Baku");
        a.trainer_ids = vec!["t1".into(), "t2".into()];
        b.trainer_ids = vec!["t2".into()];
        let found = conflicts(&a, &[b]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].resource, Resource::Trainer("t2".into()));
        assert_eq!(found[0].to_string(), "trainer t2 is in both \"tashkent\" and \"baku\"");
    }

    #[test]
    fn same_wall_time_in_different_zones_does_not_overlap() {
        // 14:00–15:00 in Tashkent is 09:00–10:00 UTC; in Baku it is 10:00–11:00 UTC.
        let mut a = claim("a", "2026-03-10T14:00", "2026-03-10T15:00", "Asia/Tashkent");
        let mut b = claim("b", "2026-03-10T14:00", "2026-03-10T15:00", "Asia/Baku");
        a.venue_id = Some("v".into());
        b.venue_id = Some("v".into());
        assert!(conflicts(&a, &[b]).is_empty());
    }

    #[test]
    fn touching_sessions_do_not_conflict_but_overlapping_ones_do_per_resource() {
        let mut a = claim("a", "2026-03-10T09:00", "2026-03-10T12:00", "Asia/Tashkent");
        let mut touching = claim("b", "2026-03-10T12:00", "2026-03-10T13:00", "Asia/Tashkent");
        let mut inside = claim("c", "2026-03-10T10:00", "2026-03-10T11:00", "Asia/Tashkent");
        for c in [&mut a, &mut touching, &mut inside] {
            c.venue_id = Some("hall".into());
            c.person_ids = vec!["p1".into(), "p2".into()];
        }
        inside.person_ids = vec!["p2".into(), "p3".into()];
        let found = conflicts(&a, &[touching, inside]);
        let resources: Vec<_> = found.iter().map(|c| c.resource.clone()).collect();
        assert_eq!(resources, vec![Resource::Venue("hall".into()), Resource::Person("p2".into())]);
        assert!(found.iter().all(|c| c.other_session_id == "c"));
    }

    #[test]
    fn a_session_never_conflicts_with_itself_or_with_unrelated_ones() {
        let mut a = claim("a", "2026-03-10T09:00", "2026-03-10T12:00", "Asia/Tashkent");
        a.trainer_ids = vec!["t".into()];
        let same = a.clone();
        let mut other = claim("x", "2026-03-10T09:00", "2026-03-10T12:00", "Asia/Tashkent");
        other.trainer_ids = vec!["someone else".into()];
        assert!(conflicts(&a, &[same, other]).is_empty());
    }
}
