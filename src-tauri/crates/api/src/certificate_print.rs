//! Certificates as PDF for the printer: a batch in one document, or one document per person.

use malaka_core::Reason;
use malaka_core::access::Action;
use malaka_core::reason::count;
use std::path::{Path, PathBuf};

use malaka_core::certificate::{Certificate, CertificateStatus};
use malaka_core::model::Organisation;
use malaka_render::certificate::{CertificatePrint, LayoutJob};
use malaka_store::{activity, organisation};

use crate::certificate_template::{file_name, locales};
use crate::job::Job;
use crate::{Error, Malaka, Result};

/// Most certificates one document takes (a big ceremony fits; memory stays bounded).
pub const MAX_BATCH: usize = 5000;

impl Malaka {
    /// What to print: the certificates named (id or number), then an activity's in force in
    /// number order.
    pub async fn certificate_choose(&self, named: &[String], activity_id: Option<&str>) -> Result<Vec<Certificate>> {
        self.may(Action::Read)?;
        let mut list = Vec::new();
        for c in named {
            list.push(self.certificate_get(c).await?);
        }
        if let Some(a) = activity_id {
            let mut all = self.certificate_list(Some(a), None, MAX_BATCH as i64).await?;
            all.retain(|c| c.status == CertificateStatus::Issued);
            all.reverse(); // the register lists newest first
            list.extend(all);
        }
        Ok(list)
    }

    /// One PDF with a page for each certificate in force, in the given order; bilingual when
    /// `second` names another locale. `job` hears how many pages are laid out and may cancel.
    pub async fn certificate_pdf(
        &self,
        certificates: &[Certificate],
        locale: &str,
        second: Option<&str>,
        job: &Job,
    ) -> Result<Vec<u8>> {
        self.may(Action::CertificatePrint)?;
        let print = self.print_job(certificates, locale, second).await?;
        let seconds = crate::layout_limit::print_seconds(certificates.len());
        let pdf = crate::layout_worker::one_pdf(print, seconds, Some(job.clone())).await?;
        self.audit_print(certificates).await?;
        Ok(pdf)
    }

    /// Records which certificates were printed (the first numbers, and how many).
    async fn audit_print(&self, certificates: &[Certificate]) -> Result<()> {
        const NAMED: usize = 20;
        let codes: Vec<&str> = certificates.iter().take(NAMED).map(|c| c.code.as_str()).collect();
        let more = certificates.len().saturating_sub(NAMED);
        let tail = if more > 0 { format!(" and {more} more") } else { String::new() };
        let summary = format!("printed {} certificate(s): {}{tail}", certificates.len(), codes.join(", "));
        let id = (certificates.len() == 1).then(|| certificates[0].id.as_str());
        self.audit_export("print.certificates", "certificate", id, summary).await
    }

    /// One PDF per certificate, `<number>.pdf` in `dir` (made if missing); returns the files in
    /// order. Each is written to a temporary file first and all are renamed into place only when
    /// every one was made: a cancel or a failure leaves the folder as it was.
    pub async fn certificate_pdf_each(
        &self,
        certificates: &[Certificate],
        dir: &Path,
        locale: &str,
        second: Option<&str>,
        job: &Job,
    ) -> Result<Vec<PathBuf>> {
        self.may(Action::CertificatePrint)?;
        let print = self.print_job(certificates, locale, second).await?;
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, &e))?;
        let paths: Vec<PathBuf> = certificates.iter().map(|c| dir.join(format!("{}.pdf", c.code))).collect();
        if let Some(p) = paths.iter().find(|p| crate::file::guarded(self.store.path(), &self.home, p).is_some()) {
            return Err(Error::Refused(Reason::ExportOverRegister { file: p.display().to_string() }));
        }
        let folder = dir.to_path_buf();
        let seconds = crate::layout_limit::print_seconds(certificates.len());
        let made = std::sync::Arc::new(std::sync::Mutex::new(Vec::<tempfile::NamedTempFile>::new()));
        let parts = made.clone();
        let names = paths.clone();
        crate::layout_worker::each_pdf(print, seconds, Some(job.clone()), move |i, pdf| {
            let failed = |e: std::io::Error| malaka_render::Error::Pdf(format!("{}: {e}", names[i].display()));
            let mut part =
                tempfile::Builder::new().prefix(".malaka-").suffix(".part").tempfile_in(&folder).map_err(failed)?;
            std::io::Write::write_all(&mut part, &pdf).map_err(failed)?;
            parts.lock().unwrap_or_else(|p| p.into_inner()).push(part);
            Ok(())
        })
        .await?;
        // Unfinished parts were removed as they dropped; finished ones take their names.
        let made = std::mem::take(&mut *made.lock().unwrap_or_else(|p| p.into_inner()));
        if made.len() != paths.len() {
            return Err(Error::storage(format!("{} of {} certificates were laid out", made.len(), paths.len())));
        }
        for (part, path) in made.into_iter().zip(&paths) {
            part.persist(path).map_err(|e| Error::io(path, &e.error))?;
        }
        let files = paths;
        self.audit_print(certificates).await?;
        Ok(files)
    }

    /// Everything a batch prints with, checked: certificates in force of one host, the host's
    /// template and logo, the languages.
    async fn print_job(&self, certificates: &[Certificate], locale: &str, second: Option<&str>) -> Result<LayoutJob> {
        let (locale, second) = locales(locale, second)?;
        if certificates.is_empty() {
            return Err(Error::invalid("certificates", Reason::NothingToPrint));
        }
        if certificates.len() > MAX_BATCH {
            return Err(Error::invalid("certificates", Reason::TooManyAtOnce { max: count(MAX_BATCH) }));
        }
        if let Some(c) = certificates.iter().find(|c| c.status == CertificateStatus::Revoked) {
            return Err(Error::Refused(Reason::RevokedNotPrinted { code: c.code.clone() }));
        }
        let host = self.host_of(certificates).await?;
        let (template_path, template) = match host.short_code {
            Some(_) => self.template_for(&host)?,
            None => ("certificate.typ".to_owned(), malaka_render::certificate::DEFAULT_TEMPLATE.to_owned()),
        };
        let logo = self.logo_of(&host.id).await?;
        let fmt = locale.date_format();
        let items = certificates
            .iter()
            .map(|c| CertificatePrint {
                organisation: c.snapshot.organisation.clone(),
                person_name: c.snapshot.person_name.clone(),
                activity_title: c.snapshot.activity_title.clone(),
                dates: format!("{} – {}", c.snapshot.starts_on.format(fmt), c.snapshot.ends_on.format(fmt)),
                hours: c.snapshot.hours,
                trainers: c.snapshot.trainers.clone(),
                number: c.code.clone(),
                issued_on: c.issued_at.date_naive().format(fmt).to_string(),
                token: c.token.clone(),
            })
            .collect();
        Ok(LayoutJob { template_name: file_name(&template_path), template, logo, locale, second, items })
    }

    /// The one organisation hosting the certificates' activities (its template prints them).
    async fn host_of(&self, certificates: &[Certificate]) -> Result<Organisation> {
        let mut c = self.store.read().await?;
        let mut activities: Vec<&str> = certificates.iter().map(|c| c.activity_id.as_str()).collect();
        activities.sort_unstable();
        activities.dedup();
        let mut hosts: Vec<String> = Vec::new();
        for a in activities {
            let host = activity::get(&mut c, a).await?.host_org_id;
            if !hosts.contains(&host) {
                hosts.push(host);
            }
        }
        if hosts.len() > 1 {
            return Err(Error::invalid("certificates", Reason::OneOrganisationPerDocument));
        }
        Ok(organisation::get(&mut c, &hosts[0]).await?)
    }
}
