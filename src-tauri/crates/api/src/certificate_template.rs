//! An organisation's own certificate template: a copy of the default `.typ` file in
//! `templates/<ORG CODE>/certificate.typ` beside the database, edited without recompiling Malaka.
//! Printing uses it when it exists; a preview shows it (or its error, with file, line, column).

use crate::error::file_error;
use malaka_core::Reason;
use malaka_core::access::Action;
use malaka_core::reason::count;
use std::path::PathBuf;

use base64::Engine as _;
use chrono::NaiveDate;
use malaka_core::certificate as rules;
use malaka_core::model::Organisation;
use malaka_render::Locale;
use malaka_render::certificate::{CertificatePrint, DEFAULT_TEMPLATE, LayoutJob};
use malaka_render::raster::pdf_page_png;
use serde::Serialize;

use crate::{Error, Malaka, Result};

const FILE: &str = "certificate.typ";

/// Where an organisation's template lives, and whether it has one.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct TemplateInfo {
    pub path: String,
    pub exists: bool,
}

impl Malaka {
    fn template_path(&self, org: &Organisation) -> Result<PathBuf> {
        let Some(code) = org.short_code.as_deref() else {
            return Err(Error::invalid("short_code", Reason::NoShortCode { organisation: org.name.clone() }));
        };
        let dir = self.home.join("templates");
        Ok(dir.join(code).join(FILE))
    }

    /// The template an organisation's certificates print with: its own, or the default.
    pub(crate) fn template_for(&self, org: &Organisation) -> Result<(String, String)> {
        let path = self.template_path(org)?;
        match malaka_exchange::file::read_text_capped(&path, malaka_exchange::file::cap::TEMPLATE) {
            Ok(text) => Ok((path.display().to_string(), text)),
            Err(malaka_exchange::Error::Io { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => {
                Ok((FILE.to_owned(), DEFAULT_TEMPLATE.to_owned()))
            }
            Err(e) => Err(file_error(e)),
        }
    }

    pub async fn certificate_template_info(&self, org_key: &str) -> Result<TemplateInfo> {
        self.may(Action::Read)?;
        let org = self.organisation_find(org_key).await?;
        let path = self.template_path(&org)?;
        Ok(TemplateInfo { exists: path.exists(), path: path.display().to_string() })
    }

    /// Copies the default template into the organisation's folder (never over an existing one).
    pub async fn certificate_template_copy(&self, org_key: &str) -> Result<TemplateInfo> {
        self.may(Action::CertificatePrint)?;
        let org = self.organisation_find(org_key).await?;
        let path = self.template_path(&org)?;
        if path.exists() {
            return Err(Error::Refused(Reason::TemplateExists { path: path.display().to_string() }));
        }
        let io = |e: std::io::Error| Error::io(&path, &e);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(io)?;
        }
        std::fs::write(&path, DEFAULT_TEMPLATE).map_err(io)?;
        Ok(TemplateInfo { path: path.display().to_string(), exists: true })
    }

    /// A sample certificate printed with the organisation's template and logo: the PDF, or the
    /// template's error as `file:line:column: message`; bilingual when `second` is given.
    pub async fn certificate_template_preview(
        &self,
        org_key: &str,
        locale: &str,
        second: Option<&str>,
    ) -> Result<Vec<u8>> {
        self.may(Action::Read)?;
        let (locale, second) = locales(locale, second)?;
        let org = self.organisation_find(org_key).await?;
        let (path, template) = self.template_for(&org)?;
        let logo = self.logo_of(&org.id).await?;
        let sample = sample_print(&org.name, locale)?;
        let job = LayoutJob { template_name: file_name(&path), template, locale, second, logo, items: vec![sample] };
        crate::layout_worker::one_pdf(job, crate::layout_limit::PREVIEW_SECONDS, None).await
    }

    /// The preview as a PNG picture of the sample page.
    pub async fn certificate_template_png(&self, org_key: &str, locale: &str, second: Option<&str>) -> Result<Vec<u8>> {
        self.may(Action::Read)?;
        let pdf = self.certificate_template_preview(org_key, locale, second).await?;
        tokio::task::spawn_blocking(move || pdf_page_png(pdf, 0, PREVIEW_DPI))
            .await
            .map_err(stopped)?
            .map_err(template_error)
    }

    /// The preview for a screen: the PNG as a `data:` URL.
    pub async fn certificate_template_picture(
        &self,
        org_key: &str,
        locale: &str,
        second: Option<&str>,
    ) -> Result<String> {
        self.may(Action::Read)?;
        let png = self.certificate_template_png(org_key, locale, second).await?;
        Ok(format!("data:image/png;base64,{}", base64::engine::general_purpose::STANDARD.encode(png)))
    }
}

/// Sharp enough on a laptop screen (an A4 page about 1,100 pixels wide), small enough to send.
const PREVIEW_DPI: f32 = 96.0;

/// A certificate for previews, signed with a throwaway key: it shows the QR's size and verifies
/// nowhere.
pub(crate) fn sample_print(organisation: &str, locale: Locale) -> Result<CertificatePrint> {
    let [holder, course, trainer] = malaka_render::labels::sample(locale);
    let day = NaiveDate::from_ymd_opt(2026, 3, 10).unwrap_or_default();
    let number = rules::code("UZ-SAMPLE-2026", 1);
    let token = rules::sign(&[1; 32], &number, day, 24.0, "SAMPLE", holder)?;
    let date = day.format(locale.date_format()).to_string();
    Ok(CertificatePrint {
        organisation: organisation.to_owned(),
        person_name: holder.into(),
        activity_title: course.into(),
        dates: format!("{date} – {date}"),
        hours: 24.0,
        trainers: vec![trainer.into()],
        number,
        issued_on: date,
        token,
    })
}

/// The locale and the optional second one of a bilingual certificate, checked.
pub(crate) fn locales(locale: &str, second: Option<&str>) -> Result<(Locale, Option<Locale>)> {
    let locale = parse_locale("locale", locale)?;
    let second = second.filter(|s| !s.trim().is_empty()).map(|s| parse_locale("second_locale", s)).transpose()?;
    Ok((locale, second))
}

/// A template's file name without its folder, as its author knows it in errors.
pub(crate) fn file_name(path: &str) -> String {
    std::path::Path::new(path).file_name().map_or(path.to_owned(), |n| n.to_string_lossy().into_owned())
}

/// A template error is the user's to fix: say where.
pub(crate) fn template_error(e: malaka_render::Error) -> Error {
    match e {
        malaka_render::Error::Template { .. } => Error::invalid("template", Reason::Template { detail: e.to_string() }),
        malaka_render::Error::Cancelled => Error::Cancelled,
        malaka_render::Error::Locale(value) => Error::invalid("locale", Reason::UnknownLocale { value }),
        malaka_render::Error::NotAPicture => Error::invalid("logo", Reason::NotAPicture { file: String::new() }),
        malaka_render::Error::PictureTooLarge { kib, max_kib } => {
            Error::invalid("logo", Reason::PictureTooLarge { kib: count(kib), max_kib: count(max_kib) })
        }
        other => Error::storage(format!("rendering: {other}")),
    }
}

/// A locale tag of the five Malaka prints in, checked.
pub(crate) fn parse_locale(field: &str, tag: &str) -> Result<Locale> {
    Locale::parse(tag).map_err(|_| Error::invalid(field, Reason::UnknownLocale { value: tag.trim().into() }))
}

/// A rendering thread that panicked or was stopped: the details are for the log.
pub(crate) fn stopped(e: tokio::task::JoinError) -> Error {
    Error::storage(format!("rendering stopped: {e}"))
}
