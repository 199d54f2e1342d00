//! The mobility report: study visits and placements counted by direction, partner and status,
//! from the Mobility lists (`VisitRow`, `InternshipRow`) and the organisations they name.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use crate::model::{
    ActivityKind, InternshipRow, MobilityKind, MobilityReportRow, Organisation, ReportGrouping, ValidReportFilter,
    VisitDirection, VisitRow,
};

/// The organisation `root` and every unit under it.
pub fn subtree(orgs: &[Organisation], root: &str) -> HashSet<String> {
    let mut children: HashMap<&str, Vec<&str>> = HashMap::new();
    for o in orgs {
        if let Some(p) = &o.parent_id {
            children.entry(p.as_str()).or_default().push(o.id.as_str());
        }
    }
    let mut found = HashSet::from([root.to_owned()]);
    let mut next = vec![root];
    while let Some(id) = next.pop() {
        for c in children.get(id).into_iter().flatten() {
            if found.insert((*c).to_owned()) {
                next.push(c);
            }
        }
    }
    found
}

/// Days of `span` inside `period`, both included (none when they do not meet).
fn days_within(span: (NaiveDate, NaiveDate), period: (NaiveDate, NaiveDate)) -> i64 {
    let (from, to) = (span.0.max(period.0), span.1.min(period.1));
    if to < from { 0 } else { (to - from).num_days() + 1 }
}

/// One visit or placement, as the report counts it.
struct Trip<'a> {
    kind: MobilityKind,
    direction: VisitDirection,
    sending: &'a str,
    host: &'a str,
    status: &'static str,
    span: (NaiveDate, NaiveDate),
    people: i64,
}

impl Trip<'_> {
    /// The partner abroad, and this side.
    fn sides(&self) -> (&str, &str) {
        match self.direction {
            VisitDirection::Outgoing => (self.host, self.sending),
            VisitDirection::Incoming => (self.sending, self.host),
        }
    }
}

/// A row's group: kind, direction, partner country, partner, status, period.
type Group = (MobilityKind, VisitDirection, String, String, &'static str, Option<String>);

/// Rows per kind, direction, partner country, partner and status (and starting month or year
/// when the filter groups by one), in that order. `visits` and `internships` are those with a day
/// in the period; the filter's organisation is this side (with its units), its country the
/// partner's, its kind `study_visit` or `internship` narrows to one list (any other: none).
pub fn mobility_rows(
    visits: &[VisitRow],
    internships: &[InternshipRow],
    orgs: &[Organisation],
    f: &ValidReportFilter,
) -> Vec<MobilityReportRow> {
    let by_id: HashMap<&str, &Organisation> = orgs.iter().map(|o| (o.id.as_str(), o)).collect();
    let scope = f.organisation_id.as_deref().map(|root| subtree(orgs, root));
    let wants = |k: MobilityKind| match f.kind {
        None => true,
        Some(ActivityKind::StudyVisit) => k == MobilityKind::Visit,
        Some(ActivityKind::Internship) => k == MobilityKind::Internship,
        Some(_) => false,
    };
    let trips = visits
        .iter()
        .filter(|_| wants(MobilityKind::Visit))
        .map(|v| Trip {
            kind: MobilityKind::Visit,
            direction: v.visit.direction,
            sending: &v.visit.sending_org_id,
            host: &v.visit.host_org_id,
            status: v.visit.status.as_str(),
            span: v.visit.span(),
            people: v.members,
        })
        .chain(internships.iter().filter(|_| wants(MobilityKind::Internship)).map(|i| Trip {
            kind: MobilityKind::Internship,
            direction: i.direction,
            sending: &i.internship.sending_org_id,
            host: &i.internship.host_org_id,
            status: i.internship.status.as_str(),
            span: i.internship.span(),
            people: 1,
        }));
    let mut groups: HashMap<Group, (i64, i64, i64)> = HashMap::new();
    for t in trips {
        let days = days_within(t.span, (f.from, f.to));
        let (partner, ours) = t.sides();
        let country = by_id.get(partner).map(|o| o.country.clone()).unwrap_or_default();
        let in_scope = scope.as_ref().is_none_or(|s| s.contains(ours));
        if days == 0 || !in_scope || f.country.as_ref().is_some_and(|c| *c != country) {
            continue;
        }
        let start = t.span.0.format("%Y-%m").to_string();
        let period = match f.group_by {
            ReportGrouping::Month => Some(start),
            ReportGrouping::Year => Some(start[..4].to_owned()),
            _ => None,
        };
        let g = groups.entry((t.kind, t.direction, country, partner.to_owned(), t.status, period)).or_default();
        g.0 += 1;
        g.1 += t.people;
        g.2 += days * t.people;
    }
    let mut rows: Vec<MobilityReportRow> = groups
        .into_iter()
        .map(|((kind, direction, country, partner_id, status, period), (count, people, person_days))| {
            MobilityReportRow {
                kind,
                direction,
                partner: by_id.get(partner_id.as_str()).map(|o| o.name.clone()).unwrap_or_default(),
                partner_id,
                country,
                status: status.to_owned(),
                period,
                count,
                people,
                person_days,
            }
        })
        .collect();
    // By kind, direction, country, then partners by name as people read them.
    rows.sort_by(|a, b| {
        let key = |r: &MobilityReportRow| {
            (r.kind.as_str(), r.direction.as_str(), r.country.clone(), r.partner.to_lowercase(), r.period.clone())
        };
        (key(a), &a.status).cmp(&(key(b), &b.status))
    });
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn days_are_counted_inside_the_period_only() {
        let year = (day("2027-01-01"), day("2027-12-31"));
        assert_eq!(days_within((day("2027-03-10"), day("2027-03-14")), year), 5);
        assert_eq!(days_within((day("2027-12-30"), day("2028-01-03")), year), 2);
        assert_eq!(days_within((day("2026-12-30"), day("2027-01-01")), year), 1);
        assert_eq!(days_within((day("2028-01-01"), day("2028-01-03")), year), 0);
    }

    #[test]
    fn an_organisation_covers_its_units_all_the_way_down() {
        let o = |id: &str, parent: Option<&str>| Organisation {
            id: id.into(),
            name: id.into(),
            short_code: None,
            country: "UZ".into(),
            kind: crate::model::OrgKind::Unit,
            parent_id: parent.map(Into::into),
            created_at: chrono::DateTime::UNIX_EPOCH,
        };
        let orgs = [o("a", None), o("b", Some("a")), o("c", Some("b")), o("d", None)];
        let mut s: Vec<_> = subtree(&orgs, "a").into_iter().collect();
        s.sort();
        assert_eq!(s, ["a", "b", "c"]);
        assert_eq!(subtree(&orgs, "c").len(), 1);
    }
}
