//! Certificates as PDF for the printer: a batch in one document, or one document per person.

use malaka_core::certificate::{Certificate, CertificateStatus};
use malaka_render::Locale;
use malaka_render::certificate::{CertificatePrint, certificates_pdf};

use crate::{Error, Malaka, Result};

/// Most certificates one document takes (a big ceremony fits; memory stays bounded).
pub const MAX_BATCH: usize = 5000;

impl Malaka {
    /// One PDF with a page for each certificate in force, in the given order.
    pub async fn certificate_pdf(&self, certificates: &[Certificate], locale: &str) -> Result<Vec<u8>> {
        let locale = Locale::parse(locale).map_err(|e| Error::invalid("locale", e.to_string()))?;
        if certificates.is_empty() {
            return Err(Error::invalid("certificates", "nothing to print"));
        }
        if certificates.len() > MAX_BATCH {
            return Err(Error::invalid("certificates", format!("at most {MAX_BATCH} in one document")));
        }
        if let Some(c) = certificates.iter().find(|c| c.status == CertificateStatus::Revoked) {
            return Err(Error::Refused(format!("certificate {} is revoked and is not printed", c.code)));
        }
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
        tokio::task::spawn_blocking(move || {
            let pdf = certificates_pdf(&items, locale);
            malaka_render::evict_cache();
            pdf
        })
        .await
        .map_err(|e| Error::Refused(format!("rendering stopped: {e}")))?
        .map_err(|e| Error::File(e.to_string()))
    }
}
