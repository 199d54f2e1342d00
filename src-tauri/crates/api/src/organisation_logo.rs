//! An organisation's logo, printed above its name on its certificates: set from a PNG, JPEG or
//! SVG file (checked by printing a sample with it), shown, removed.

use crate::error::file_error;
use malaka_core::Reason;
use malaka_core::access::Action;
use malaka_core::reason::count;
use std::path::Path;

use base64::Engine as _;
use malaka_render::Locale;
use malaka_render::certificate::{Layout, Logo, certificates_pdf_with};
use malaka_store::organisation as store;
use serde::Serialize;

use crate::certificate_template::{sample_print, stopped, template_error};
use crate::{Error, Malaka, Result, now};

/// A logo as a screen shows it.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct LogoPicture {
    /// "png", "jpg" or "svg".
    pub extension: String,
    /// The picture as a `data:` URL, for an `<img>`.
    pub data_url: String,
    #[ts(type = "number")]
    pub bytes: usize,
}

fn picture(logo: &Logo) -> LogoPicture {
    let mime = match logo.extension() {
        "png" => "image/png",
        "jpg" => "image/jpeg",
        _ => "image/svg+xml",
    };
    let data = base64::engine::general_purpose::STANDARD.encode(logo.bytes());
    LogoPicture {
        extension: logo.extension().to_owned(),
        data_url: format!("data:{mime};base64,{data}"),
        bytes: logo.bytes().len(),
    }
}

/// A logo prints a few centimetres wide: 4096 pixels a side is more than any print needs.
const LOGO_SIDE: u64 = 4096;
const LOGO_PIXELS: u64 = 4096 * 4096;

impl Malaka {
    /// The logo an organisation's certificates print, if it has one.
    pub(crate) async fn logo_of(&self, organisation_id: &str) -> Result<Option<Logo>> {
        let stored = store::logo(&mut *self.store.read().await?, organisation_id).await?;
        // What is stored was checked when it was set; a picture that no longer reads is damage.
        stored
            .map(|(bytes, _)| Logo::new(bytes).map_err(|e| Error::storage(format!("the stored logo: {e}"))))
            .transpose()
    }

    pub async fn organisation_logo(&self, org_key: &str) -> Result<Option<LogoPicture>> {
        self.may(Action::Read)?;
        Ok(self.organisation_logo_raw(org_key).await?.as_ref().map(picture))
    }

    /// The logo's picture as stored, to save to a file.
    pub async fn organisation_logo_raw(&self, org_key: &str) -> Result<Option<Logo>> {
        self.may(Action::Read)?;
        let org = self.organisation_find(org_key).await?;
        self.logo_of(&org.id).await
    }

    /// Sets (or replaces) an organisation's logo from a picture file; refused, naming the file,
    /// if it is not a PNG, JPEG or SVG of at most 1 MiB that prints.
    pub async fn organisation_logo_set(&self, org_key: &str, path: &Path) -> Result<LogoPicture> {
        self.may(Action::OrganisationEdit)?;
        let org = self.organisation_find(org_key).await?;
        let file = path.display().to_string();
        let max = malaka_render::certificate::MAX_LOGO_BYTES as u64;
        let bytes = match malaka_exchange::file::read_capped(path, max) {
            Ok(bytes) => bytes,
            // Worded as the picture's size, as a logo read whole and found too large is.
            Err(malaka_exchange::Error::TooLarge { bytes, max, .. }) => {
                let (kib, max_kib) = (count(bytes.div_ceil(1024) as usize), count(max as usize / 1024));
                return Err(Error::invalid("logo", Reason::PictureTooLarge { kib, max_kib }));
            }
            Err(e) => return Err(file_error(e)),
        };
        // typst decodes the picture at every print: refuse one whose stated size is absurd.
        if let Some((width, height)) = malaka_exchange::qr::stated_size(&bytes)
            && (width.max(height) > LOGO_SIDE || width * height > LOGO_PIXELS)
        {
            return Err(Error::invalid("logo", Reason::PictureDimensions { file, width, height }));
        }
        let logo = Logo::new(bytes).map_err(|e| match e {
            malaka_render::Error::NotAPicture => Error::invalid("logo", Reason::NotAPicture { file: file.clone() }),
            other => template_error(other),
        })?;
        let sample = sample_print(&org.name, Locale::En)?;
        let check = logo.clone();
        tokio::task::spawn_blocking(move || {
            let layout = Layout { logo: Some(&check), ..Layout::default_in(Locale::En) };
            certificates_pdf_with(&layout, &[sample], &mut |_| true)
        })
        .await
        .map_err(stopped)?
        .map_err(|e| {
            log::warn!("{file}: the picture cannot be printed: {e}");
            Error::invalid("logo", Reason::PictureCannotPrint { file: file.clone() })
        })?;
        let mut tx = self.store.begin().await?;
        let at = now();
        store::set_logo(&mut tx, &org.id, logo.bytes(), logo.extension(), at).await?;
        let summary =
            format!("set the logo of {} ({} KiB {})", org.name, logo.bytes().len().div_ceil(1024), logo.extension());
        self.audit(&mut tx, at, "organisation.logo", "organisation", Some(&org.id), summary).await?;
        tx.commit().await?;
        Ok(picture(&logo))
    }

    /// Removes an organisation's logo; false if it had none.
    pub async fn organisation_logo_clear(&self, org_key: &str) -> Result<bool> {
        self.may(Action::OrganisationEdit)?;
        let org = self.organisation_find(org_key).await?;
        let mut tx = self.store.begin().await?;
        let removed = store::clear_logo(&mut tx, &org.id).await?;
        if removed {
            let summary = format!("removed the logo of {}", org.name);
            self.audit(&mut tx, now(), "organisation.logo", "organisation", Some(&org.id), summary).await?;
        }
        tx.commit().await?;
        Ok(removed)
    }
}
