//! The planning calendar's query: sessions in a time range, filtered, with their activity named.

use chrono::{DateTime, Utc};
use malaka_core::model::*;

use crate::Result;
use crate::conn::seam;

/// Which sessions the calendar shows; every field set narrows the list.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    /// Activities hosted by this organisation or with it as a partner.
    pub organisation_id: Option<String>,
    pub trainer_id: Option<String>,
    pub venue_id: Option<String>,
    pub kind: Option<ActivityKind>,
    pub limit: i64,
}

seam! { calendar;
    /// Sessions starting in `[from, to)` that match the filter, in time order, at most `limit`.
    ///
    /// Like `session::list_between`, the rows come as one JSON array: a busy month is over a
    /// thousand sessions. Trainers are named from one lookup of the few trainers involved rather than
    /// a join per session.
    pub async fn entries(f: &Filter) -> Result<Vec<CalendarEntry>>;
}
