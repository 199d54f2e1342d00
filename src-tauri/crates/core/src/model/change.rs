//! A change another desk committed to a shared (team) register, as open screens hear of it.

use serde::{Deserialize, Serialize};

/// One committed change: which kind of record, and whose — a session for a roll, an activity for
/// its enrolments, plan and certificates; none for the register as a whole (people, organisations).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Change {
    /// `roll`, `enrolment`, `plan`, `certificate`, `person` or `organisation`.
    pub area: String,
    pub id: Option<String>,
}

impl Change {
    /// Reads a notice's text, `<area>:<id>` (the id may be empty).
    pub fn parse(notice: &str) -> Change {
        let (area, id) = notice.split_once(':').unwrap_or((notice, ""));
        Change { area: area.to_owned(), id: (!id.is_empty()).then(|| id.to_owned()) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notices_read_as_area_and_id() {
        assert_eq!(Change::parse("roll:0192"), Change { area: "roll".into(), id: Some("0192".into()) });
        assert_eq!(Change::parse("person:"), Change { area: "person".into(), id: None });
        assert_eq!(Change::parse("odd"), Change { area: "odd".into(), id: None });
    }
}
