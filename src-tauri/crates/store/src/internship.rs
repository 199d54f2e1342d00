//! Internships: the placement's record with its units, mentor, objectives, evaluations and the
//! intern's report (each one document), the weekly log and the placement days (rows), and the
//! amendments made after it was agreed.

use malaka_core::model::*;

use crate::Result;
use crate::conn::seam;

seam! { internship;
    pub async fn insert(i: &Internship) -> Result<()>;
    /// Writes the placement's record if it is still at `version - 1`; else `Stale("internship")`.
    pub async fn update(i: &Internship) -> Result<()>;
    pub async fn get(id: &str) -> Result<Internship>;
    /// The placements a filter selects, latest first, with the intern's and the sides' names.
    pub async fn list(filter: &InternshipFilter) -> Result<Vec<InternshipRow>>;
    pub async fn evaluation(id: &str, kind: EvaluationKind) -> Result<Option<Evaluation>>;
    pub async fn set_evaluation(id: &str, e: &Evaluation) -> Result<()>;
    pub async fn report(id: &str) -> Result<Option<InternReport>>;
    pub async fn set_report(id: &str, r: &InternReport) -> Result<()>;
    /// The weekly log, week by week.
    pub async fn weeks(id: &str) -> Result<Vec<WeekLog>>;
    pub async fn week_save(id: &str, w: &WeekLog) -> Result<()>;
    /// The placement days marked, day by day.
    pub async fn days(id: &str) -> Result<Vec<PlacementDay>>;
    pub async fn days_save(id: &str, days: &[PlacementDay]) -> Result<()>;
    pub async fn amendment_insert(id: &str, internship_id: &str, a: &Amendment) -> Result<()>;
    pub async fn amendments(internship_id: &str) -> Result<Vec<Amendment>>;
}
