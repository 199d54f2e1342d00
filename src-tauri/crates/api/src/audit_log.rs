//! The audit log as its readers see it: a page at a time, narrowed, and written to a file.

use chrono_tz::Tz;
use malaka_core::access::Action;
use malaka_core::model::{AuditEntry, AuditFacets, AuditFilter, AuditPage, MAX_AUDIT_PAGE};
use malaka_exchange::roster::{Sheet, csv_bytes, xlsx_bytes};
use malaka_render::audit_labels::{AuditLabels, audit as labels};
use malaka_store::audit;

use crate::certificate_template::parse_locale;
use crate::error::file_error;
use crate::plan_export::ListFormat;
use crate::{Malaka, Result};

/// The most lines one file of the log holds: a year of a busy agency.
pub const MAX_AUDIT_FILE_ROWS: usize = 200_000;

impl Malaka {
    /// A page of the log, newest first, narrowed as the filter says.
    pub async fn audit_page(&self, filter: &AuditFilter) -> Result<AuditPage> {
        self.may(Action::Read)?;
        let f = filter.validated()?;
        Ok(audit::filtered(&mut *self.store.read().await?, &f).await?)
    }

    /// Who acted, which actions and which kinds of record the log holds, for its filters.
    pub async fn audit_facets(&self) -> Result<AuditFacets> {
        self.may(Action::Read)?;
        Ok(audit::facets(&mut *self.store.read().await?).await?)
    }

    /// The lines the filter keeps (its page size and start ignored: all of them, newest first, up
    /// to [`MAX_AUDIT_FILE_ROWS`]) as xlsx or csv, times on the filter's clock. The export is
    /// itself audited.
    pub async fn audit_file(&self, filter: &AuditFilter, format: &str, locale: &str) -> Result<Vec<u8>> {
        self.may(Action::Export)?;
        let format = ListFormat::parse(format)?;
        let locale = parse_locale("locale", locale)?;
        let mut f = AuditFilter { before_id: None, limit: Some(MAX_AUDIT_PAGE), ..filter.clone() }.validated()?;
        let zone = f.zone;
        let mut entries = Vec::new();
        {
            let mut c = self.store.read().await?;
            loop {
                let page = audit::filtered(&mut c, &f).await?;
                f.before_id = page.rows.last().map(|e| e.id);
                entries.extend(page.rows);
                if !page.more || entries.len() >= MAX_AUDIT_FILE_ROWS {
                    break;
                }
            }
        }
        entries.truncate(MAX_AUDIT_FILE_ROWS);
        let sheet = audit_sheet(&labels(locale), zone, &entries);
        let bytes = match format {
            ListFormat::Xlsx => xlsx_bytes(&sheet),
            ListFormat::Csv => csv_bytes(&sheet),
        }
        .map_err(file_error)?;
        self.audit_export("export.audit", "audit_log", None, format!("exported {} audit entries", entries.len()))
            .await?;
        Ok(bytes)
    }
}

fn audit_sheet(w: &AuditLabels, zone: Tz, entries: &[AuditEntry]) -> Sheet {
    let headers = [w.number, &format!("{} ({zone})", w.time), w.actor, w.action, w.record, w.record_id, w.summary]
        .map(str::to_owned)
        .to_vec();
    let rows = entries
        .iter()
        .map(|e| {
            vec![
                e.id.to_string(),
                e.at.with_timezone(&zone).format("%Y-%m-%d %H:%M:%S").to_string(),
                e.actor.clone(),
                e.action.clone(),
                e.entity.clone(),
                e.entity_id.clone().unwrap_or_default(),
                e.summary.clone(),
            ]
        })
        .collect();
    Sheet { title: w.title.to_owned(), headers, rows }
}
