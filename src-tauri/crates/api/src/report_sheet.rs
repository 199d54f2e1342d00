//! What the reports' files share: how a row names its group (or, by person, the identity columns
//! the user picked) and how figures are written.

use malaka_core::model::{IdentityColumn, PersonIdentity, ReportGrouping};
use malaka_render::report_labels::ReportLabels;

/// Hours and percentages as a file shows them: two decimals at most, no trailing zeros.
pub(crate) fn number_text(h: f64) -> String {
    let t = format!("{:.2}", (h * 100.0).round() / 100.0);
    t.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// The identity columns to write: the name alone when none is picked.
pub(crate) fn identity_or_name(identity: &[IdentityColumn]) -> &[IdentityColumn] {
    if identity.is_empty() { &[IdentityColumn::Name] } else { identity }
}

/// The headings naming who a row is.
pub(crate) fn identity_headers(w: &ReportLabels, identity: &[IdentityColumn]) -> Vec<String> {
    identity
        .iter()
        .map(|c| match c {
            IdentityColumn::PersonnelNumber => w.personnel_number,
            IdentityColumn::Name => w.person,
            IdentityColumn::Organisation => w.organisation,
            IdentityColumn::Unit => w.unit,
            IdentityColumn::Position => w.position,
        })
        .map(str::to_owned)
        .collect()
}

/// The cells naming who a row is: `name`, and the rest from `who`.
pub(crate) fn identity_cells(identity: &[IdentityColumn], name: &str, who: Option<&PersonIdentity>) -> Vec<String> {
    identity
        .iter()
        .map(|c| match (c, who) {
            (IdentityColumn::Name, _) => name.to_owned(),
            (IdentityColumn::PersonnelNumber, Some(p)) => p.personnel_number.clone().unwrap_or_default(),
            (IdentityColumn::Organisation, Some(p)) => p.organisation.clone(),
            (IdentityColumn::Unit, Some(p)) => p.unit.clone().unwrap_or_default(),
            (IdentityColumn::Position, Some(p)) => p.position.clone().unwrap_or_default(),
            (_, None) => String::new(),
        })
        .collect()
}

/// The heading of a grouped report's first column (not by person: those name people).
pub(crate) fn group_header(w: &ReportLabels, by: ReportGrouping) -> &'static str {
    match by {
        ReportGrouping::Unit => w.unit,
        ReportGrouping::Organisation => w.organisation,
        ReportGrouping::Programme => w.programme,
        ReportGrouping::Activity => w.activity,
        ReportGrouping::Month => w.month,
        ReportGrouping::Year => w.year,
        ReportGrouping::Person => w.person,
    }
}

/// A group's name as written: "outside any programme" for the activities in none.
pub(crate) fn group_name(w: &ReportLabels, by: ReportGrouping, key: Option<&str>, label: &str) -> String {
    if key.is_none() && by == ReportGrouping::Programme { w.no_programme.to_owned() } else { label.to_owned() }
}

/// The leading headings of a grouped report: the identity columns by person, else the group.
pub(crate) fn leading_headers(w: &ReportLabels, by: ReportGrouping, identity: &[IdentityColumn]) -> Vec<String> {
    if by == ReportGrouping::Person {
        identity_headers(w, identity_or_name(identity))
    } else {
        vec![group_header(w, by).to_owned()]
    }
}

/// The leading cells of a grouped report's row, as `leading_headers` heads them.
pub(crate) fn leading_cells(
    w: &ReportLabels,
    by: ReportGrouping,
    identity: &[IdentityColumn],
    (key, label, who): (Option<&str>, &str, Option<&PersonIdentity>),
) -> Vec<String> {
    if by == ReportGrouping::Person {
        identity_cells(identity_or_name(identity), label, who)
    } else {
        vec![group_name(w, by, key, label)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_are_written_with_at_most_two_decimals() {
        assert_eq!(
            [number_text(3.0), number_text(1.5), number_text(2.0 / 3.0), number_text(0.0)],
            ["3", "1.5", "0.67", "0"]
        );
    }
}
