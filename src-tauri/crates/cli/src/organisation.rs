//! `malaka org …`: organisations (agencies, centres, units, partners) and their logos.

use std::path::PathBuf;

use clap::Subcommand;
use malaka_api::core::model::{NewOrganisation, OrgKind};
use malaka_api::{Error, Malaka};

use crate::output::{emit, opt, table};

#[derive(Subcommand, Debug)]
pub(crate) enum OrgCmd {
    Add {
        #[arg(long)]
        name: String,
        /// Two-letter country code (UZ, AZ, …).
        #[arg(long)]
        country: String,
        /// agency, service_centre, ministry, partner, unit or other.
        #[arg(long)]
        kind: String,
        /// Short code, e.g. ASAN (used in certificate numbers).
        #[arg(long)]
        code: Option<String>,
        /// Parent organisation (id or short code).
        #[arg(long)]
        parent: Option<String>,
    },
    List,
    /// The logo printed on the organisation's certificates: --set a PNG, JPEG or SVG file
    /// (at most 1 MiB), --clear it, or --out to save the one it has.
    Logo {
        /// The organisation (id or short code).
        org: String,
        #[arg(long, conflicts_with_all = ["clear", "out"])]
        set: Option<PathBuf>,
        #[arg(long, conflicts_with = "out")]
        clear: bool,
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

/// The id of an organisation given by id or short code (every area's `--org`, `--host`, `--unit`…).
pub(crate) async fn org_id(app: &Malaka, key: &str) -> Result<String, Error> {
    Ok(app.organisation_find(key).await?.id)
}

pub(crate) async fn org(app: &Malaka, cmd: OrgCmd, json: bool) -> Result<(), Error> {
    match cmd {
        OrgCmd::Add { name, country, kind, code, parent } => {
            let parent_id = match parent {
                Some(p) => Some(org_id(app, &p).await?),
                None => None,
            };
            let input =
                NewOrganisation { name, short_code: code, country, kind: OrgKind::parse("kind", &kind)?, parent_id };
            let o = app.organisation_create(input).await?;
            emit(json, &o, |o| format!("added organisation {} ({})", o.name, o.id));
        }
        OrgCmd::List => {
            let list = app.organisation_list().await?;
            emit(json, &list, |l| {
                let rows = l
                    .iter()
                    .map(|o| {
                        vec![o.id.clone(), opt(&o.short_code), o.country.clone(), o.kind.to_string(), o.name.clone()]
                    })
                    .collect();
                table(&["id", "code", "country", "kind", "name"], rows)
            });
        }
        OrgCmd::Logo { org, set, clear, out } => {
            if let Some(path) = set {
                let logo = app.organisation_logo_set(&org, &path).await?;
                emit(json, &logo, |l| format!("set the logo ({} bytes, {})", l.bytes, l.extension));
            } else if clear {
                let removed = app.organisation_logo_clear(&org).await?;
                emit(json, &removed, |r| if *r { "removed the logo".into() } else { "there was no logo".into() });
            } else {
                let Some(logo) = app.organisation_logo_raw(&org).await? else {
                    return Err(Error::NotFound { entity: "logo", id: org });
                };
                if let Some(out) = &out {
                    app.save_export(out, logo.bytes())?;
                }
                emit(json, &serde_json::json!({ "extension": logo.extension(), "bytes": logo.bytes().len() }), |_| {
                    format!("logo: {} bytes, {}", logo.bytes().len(), logo.extension())
                });
            }
        }
    }
    Ok(())
}
