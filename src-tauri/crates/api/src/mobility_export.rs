//! The Mobility lists as spreadsheets: visits one row per member, internships one row per
//! placement, with the filters of the screen. Travel papers (passport, visa) are written only when
//! asked for, and only for the roles that may see them.

use malaka_core::access::Action;
use malaka_core::model::{InternshipFilter, VisitFilter};
use malaka_exchange::roster::{Sheet, csv_bytes, xlsx_bytes};
use malaka_render::mobility_labels::{
    delegation_role, internship_headings, mobility, state_word, visa_heading, visit_headings,
};

use crate::certificate_template::parse_locale;
use crate::error::file_error;
use crate::plan_export::ListFormat;
use crate::{Malaka, Result};

fn day(d: Option<chrono::NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

impl Malaka {
    /// The visits the filter selects, one row per member (a visit without members has one row).
    pub async fn visits_file(
        &self,
        filter: VisitFilter,
        papers: bool,
        format: ListFormat,
        locale: &str,
    ) -> Result<Vec<u8>> {
        self.may(Action::Export)?;
        if papers {
            self.may(Action::TravelDocuments)?;
        }
        let locale = parse_locale("locale", locale)?;
        let rows = self.visit_list(filter).await?;
        let words = mobility(locale);
        let mut headings: Vec<String> = visit_headings(locale).iter().map(|h| (*h).to_owned()).collect();
        if papers {
            headings.push(visa_heading(locale).to_owned());
        } else {
            headings.pop();
        }
        let mut sheet = Sheet { title: headings[0].clone(), headers: headings, rows: Vec::new() };
        for r in &rows {
            let v = &r.visit;
            let visit = vec![
                v.title.clone(),
                state_word(locale, v.direction.as_str()),
                r.sending_org.clone(),
                r.host_org.clone(),
                r.partner_country.clone(),
                v.planned_start.to_string(),
                v.planned_end.to_string(),
                day(v.actual_start),
                day(v.actual_end),
                state_word(locale, v.status.as_str()),
                state_word(locale, v.host_status.as_str()),
            ];
            let members = self.visit_get(&v.id).await?.members;
            if members.is_empty() {
                let width = sheet.headers.len();
                let mut row = visit.clone();
                row.resize(width, String::new());
                sheet.rows.push(row);
            }
            for m in members {
                let mut row = visit.clone();
                row.push(m.name.clone());
                row.push(m.organisation.clone().unwrap_or_default());
                row.push(delegation_role(&words, m.role.as_str()).to_owned());
                if papers {
                    let p = m.papers.unwrap_or_default();
                    row.push(day(p.passport_valid_until));
                    row.push(p.visa.map(|s| state_word(locale, s.as_str())).unwrap_or_default());
                }
                sheet.rows.push(row);
            }
        }
        let bytes = match format {
            ListFormat::Xlsx => xlsx_bytes(&sheet),
            ListFormat::Csv => csv_bytes(&sheet),
        }
        .map_err(file_error)?;
        let summary = format!(
            "exported {} visits ({} rows{})",
            rows.len(),
            sheet.rows.len(),
            if papers { ", with travel papers" } else { "" }
        );
        self.audit_export("export.visits", "visit", None, summary).await?;
        Ok(bytes)
    }

    /// The placements the filter selects, one row each.
    pub async fn internships_file(
        &self,
        filter: InternshipFilter,
        format: ListFormat,
        locale: &str,
    ) -> Result<Vec<u8>> {
        self.may(Action::Export)?;
        let locale = parse_locale("locale", locale)?;
        let rows = self.internship_list(filter).await?;
        let headers: Vec<String> = internship_headings(locale).iter().map(|h| (*h).to_owned()).collect();
        let mut sheet = Sheet { title: headers[0].clone(), headers, rows: Vec::new() };
        for r in &rows {
            let p = &r.internship;
            let d = self.internship_get(&p.id).await?;
            let (final_eval, certificate) = (d.final_, d.certificate);
            let mean = final_eval.map(|e| {
                let sum: f64 = e.scores.iter().map(|s| f64::from(s.score)).sum();
                format!("{:.1}", sum / e.scores.len().max(1) as f64)
            });
            sheet.rows.push(vec![
                p.title.clone(),
                r.intern.clone(),
                r.sending_org.clone(),
                r.host_org.clone(),
                r.host_country.clone(),
                p.planned_start.to_string(),
                p.planned_end.to_string(),
                day(p.actual_start),
                day(p.actual_end),
                p.hours_per_week.to_string(),
                state_word(locale, p.status.as_str()),
                p.mentor.as_ref().map(|m| m.name.clone()).unwrap_or_default(),
                mean.unwrap_or_default(),
                certificate.unwrap_or_default(),
            ]);
        }
        let bytes = match format {
            ListFormat::Xlsx => xlsx_bytes(&sheet),
            ListFormat::Csv => csv_bytes(&sheet),
        }
        .map_err(file_error)?;
        let summary = format!("exported {} internships", rows.len());
        self.audit_export("export.internships", "internship", None, summary).await?;
        Ok(bytes)
    }
}
