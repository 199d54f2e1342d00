//! Certificates as PDF for the printer: a batch in one document, or one document per person.

use malaka_core::certificate::{Certificate, CertificateStatus};
use malaka_core::model::Organisation;
use malaka_render::certificate::{CertificatePrint, Layout, certificates_pdf_with};
use malaka_store::{activity, organisation};

use crate::certificate_template::{file_name, locales, template_error};
use crate::job::{Job, Phase};
use crate::{Error, Malaka, Result};

/// Most certificates one document takes (a big ceremony fits; memory stays bounded).
pub const MAX_BATCH: usize = 5000;

impl Malaka {
    /// What to print: the certificates named (id or number), then an activity's in force in
    /// number order.
    pub async fn certificate_choose(&self, named: &[String], activity_id: Option<&str>) -> Result<Vec<Certificate>> {
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
        let (locale, second) = locales(locale, second)?;
        if certificates.is_empty() {
            return Err(Error::invalid("certificates", "nothing to print"));
        }
        if certificates.len() > MAX_BATCH {
            return Err(Error::invalid("certificates", format!("at most {MAX_BATCH} in one document")));
        }
        if let Some(c) = certificates.iter().find(|c| c.status == CertificateStatus::Revoked) {
            return Err(Error::Refused(format!("certificate {} is revoked and is not printed", c.code)));
        }
        let host = self.host_of(certificates).await?;
        let (template_path, template) = match host.short_code {
            Some(_) => self.template_for(&host)?,
            None => ("certificate.typ".to_owned(), malaka_render::certificate::DEFAULT_TEMPLATE.to_owned()),
        };
        let logo = self.logo_of(&host.id).await?;
        let fmt = locale.date_format();
        let items: Vec<CertificatePrint> = certificates
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
        let job = job.clone();
        tokio::task::spawn_blocking(move || {
            let name = file_name(&template_path);
            let layout = Layout { template_name: &name, template: &template, locale, second, logo: logo.as_ref() };
            let total = items.len();
            job.tell(Phase::Printing, 0, total);
            let pdf = certificates_pdf_with(&layout, &items, &mut |done| {
                job.tell(Phase::Printing, done, total);
                !job.is_cancelled()
            });
            malaka_render::evict_cache();
            pdf
        })
        .await
        .map_err(|e| Error::Refused(format!("rendering stopped: {e}")))?
        .map_err(template_error)
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
            return Err(Error::invalid(
                "certificates",
                "print each organisation's certificates in a document of its own",
            ));
        }
        Ok(organisation::get(&mut c, &hosts[0]).await?)
    }
}
