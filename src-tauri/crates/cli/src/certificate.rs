//! `malaka cert …`: certificates issued, the register, revoke and reissue, printing, templates,
//! and verifying a certificate's token (offline too).

use std::path::PathBuf;

use clap::Subcommand;
use malaka_api::certificate::IssueInput;
use malaka_api::certificate_revocation::{read_revocation_list, token_from_file, verify_offline};
use malaka_api::core::Reason;
use malaka_api::core::certificate::Certificate;
use malaka_api::transcript::{TranscriptVerification, verify_transcript_offline};
use malaka_api::{Error, Malaka};

use crate::output::{emit, opt, progress_job, table};
use crate::secret::Secrets;

#[derive(Subcommand, Debug)]
pub(crate) enum CertCmd {
    /// Issue certificates to an activity's eligible participants (all, or those named); never twice.
    Issue {
        #[arg(long)]
        activity: String,
        /// Only these people (each must be eligible); repeat for several.
        #[arg(long)]
        person: Vec<String>,
    },
    /// The register of issued certificates, newest first.
    List {
        #[arg(long)]
        activity: Option<String>,
        /// Part of a certificate number or a holder's name.
        #[arg(long)]
        search: Option<String>,
        #[arg(long, default_value_t = 100)]
        limit: i64,
    },
    /// One certificate, by id or number.
    Show { certificate: String },
    /// Revoke a certificate; the reason is kept and its marks unlock.
    Revoke {
        certificate: String,
        #[arg(long)]
        reason: String,
    },
    /// Issue a new certificate in place of a revoked one (new number, pointing to the old).
    Reissue { certificate: String },
    /// Print certificates as PDF: an activity's (those in force) or the ones named, in one
    /// document for the printer, or one file per person with --each.
    Print {
        #[arg(long, required_unless_present = "certificate")]
        activity: Option<String>,
        /// A certificate id or number; repeat for several.
        #[arg(long)]
        certificate: Vec<String>,
        /// uz-Latn, uz-Cyrl, ru, az or en.
        #[arg(long, default_value = "uz-Latn")]
        locale: String,
        /// A second language printed under the first (a bilingual certificate), e.g. en.
        #[arg(long)]
        also: Option<String>,
        /// The merged PDF, or with --each the directory for one PDF per certificate.
        #[arg(long)]
        out: PathBuf,
        #[arg(long)]
        each: bool,
    },
    /// Check a certificate token (from its QR code): against this issuer's keys and register, or —
    /// with --public-key — offline with another issuer's published key and revocation list.
    Verify {
        /// The token; or give --file.
        #[arg(required_unless_present = "file")]
        token: Option<String>,
        /// The certificate as a PDF (printed, or scanned to PDF) or a PNG/JPEG picture of its QR.
        #[arg(long, alias = "image", conflicts_with = "token")]
        file: Option<PathBuf>,
        /// The issuer's public key, 64 hex digits (from `malaka cert public-key`).
        #[arg(long)]
        public_key: Option<String>,
        /// The issuer's signed revocation list (from `malaka cert revocations`).
        #[arg(long, requires = "public_key")]
        revocations: Option<PathBuf>,
    },
    /// Write the signed list of revoked certificates, to publish beside the public key.
    Revocations {
        #[arg(long)]
        out: PathBuf,
    },
    /// The public key to publish, so anyone can verify this issuer's certificates offline.
    PublicKey,
    /// An organisation's own certificate template: where it is, --copy the default there to edit
    /// it, --preview a sample certificate printed with it (a template error names line and column).
    Template {
        #[arg(long)]
        org: String,
        #[arg(long)]
        copy: bool,
        /// Write a sample certificate printed with it: a PDF, or a picture if the name ends .png.
        #[arg(long)]
        preview: Option<PathBuf>,
        #[arg(long, default_value = "uz-Latn")]
        locale: String,
        /// A second locale for a bilingual preview.
        #[arg(long)]
        also: Option<String>,
    },
    /// The signing keys: list them, rotate (the first rotation sets up the key and its
    /// passphrase), retire one, or seal a key from before keys were sealed.
    #[command(subcommand)]
    Key(KeyCmd),
}

#[derive(Subcommand, Debug)]
pub(crate) enum KeyCmd {
    /// Every key with the dates it signs for (the list to publish).
    List,
    /// Make a new key sealed with the passphrase and retire the one in use.
    Rotate,
    /// Stop a key signing; it keeps verifying what it signed.
    Retire { key_id: String },
    /// Seal keys kept in plain by an earlier version, and clear the plain copies from the file.
    Protect,
}

pub(crate) async fn cert(app: &Malaka, cmd: CertCmd, secrets: &Secrets, json: bool) -> Result<(), Error> {
    match cmd {
        CertCmd::Issue { activity, person } => {
            let person_ids = (!person.is_empty()).then_some(person);
            let input = IssueInput { activity_id: activity, person_ids };
            let report = app.certificate_issue_job(&input, &progress_job()).await?;
            emit(json, &report, |r| {
                let mut text = format!(
                    "issued {} certificate(s); {} already held one; {} not eligible",
                    r.issued.len(),
                    r.already,
                    r.not_eligible.len()
                );
                if !r.issued.is_empty() {
                    text.push('\n');
                    text.push_str(&register(&r.issued));
                }
                text
            });
        }
        CertCmd::List { activity, search, limit } => {
            let list = app.certificate_list(activity.as_deref(), search.as_deref(), limit).await?;
            emit(json, &list, |l| register(l));
        }
        CertCmd::Show { certificate } => {
            let c = app.certificate_get(&certificate).await?;
            emit(json, &c, |c| {
                format!(
                    "{} — {} ({})\n{}\n{} – {}, {} h\nissued {} by {}{}\ntoken {}",
                    c.code,
                    c.snapshot.person_name,
                    c.status,
                    c.snapshot.activity_title,
                    c.snapshot.starts_on,
                    c.snapshot.ends_on,
                    c.snapshot.hours,
                    c.issued_at.format("%Y-%m-%d %H:%M UTC"),
                    c.issued_by,
                    match &c.revoked_at {
                        Some(at) => format!(
                            "\nrevoked {} by {}: {}",
                            at.format("%Y-%m-%d %H:%M UTC"),
                            opt(&c.revoked_by),
                            opt(&c.revoke_reason)
                        ),
                        None => String::new(),
                    } + &c.replaced_by.as_ref().map(|r| format!("\nreplaced by {r}")).unwrap_or_default(),
                    c.token
                )
            });
        }
        CertCmd::Revoke { certificate, reason } => {
            let c = app.certificate_revoke(&certificate, &reason).await?;
            emit(json, &c, |c| format!("revoked {}", c.code));
        }
        CertCmd::Reissue { certificate } => {
            let c = app.certificate_reissue(&certificate).await?;
            emit(json, &c, |c| format!("issued {} in place of the revoked certificate", c.code));
        }
        CertCmd::Print { activity, certificate, locale, also, out, each } => {
            let list = app.certificate_choose(&certificate, activity.as_deref()).await?;
            let mut written = Vec::new();
            if each {
                written = app.certificate_pdf_each(&list, &out, &locale, also.as_deref(), &progress_job()).await?;
            } else {
                let pdf = app.certificate_pdf(&list, &locale, also.as_deref(), &progress_job()).await?;
                app.save_export(&out, &pdf)?;
                written.push(out.clone());
            }
            emit(json, &serde_json::json!({ "files": written, "certificates": list.len() }), |_| {
                format!("printed {} certificate(s) into {} file(s)", list.len(), written.len())
            });
        }
        CertCmd::Revocations { out } => {
            let list = app.certificate_revocations().await?;
            let text = serde_json::to_string_pretty(&list).map_err(|e| Error::storage(e.to_string()))?;
            app.save_export(&out, text.as_bytes())?;
            emit(json, &list, |l| format!("wrote {} revoked certificate(s) to {}", l.revoked.len(), out.display()));
        }
        CertCmd::Verify { token, file, public_key, revocations } => {
            let token = match (token, file) {
                (Some(t), _) => t,
                (None, Some(path)) => token_from_file(&path)?,
                (None, None) => return Err(Error::invalid("token", Reason::Required)),
            };
            if token.trim().starts_with(malaka_api::core::transcript::TOKEN_PREFIX) {
                let offline = public_key.is_some();
                let v = match public_key {
                    Some(key) => verify_transcript_offline(&token, &key)?,
                    None => app.transcript_verify(&token).await?,
                };
                emit(json, &v, |v| transcript_verified(v, offline));
                return Ok(());
            }
            let v = match public_key {
                Some(key) => {
                    let list = revocations.as_deref().map(read_revocation_list).transpose()?;
                    verify_offline(&token, &key, list.as_ref())?
                }
                None => app.certificate_verify(&token).await?,
            };
            emit(json, &v, |v| {
                let mut text = format!(
                    "{}: certificate {} issued {} ({} h, course {}), signed by key {}",
                    v.status, v.facts.number, v.facts.issued_on, v.facts.hours, v.facts.course, v.facts.key_id
                );
                if let Some(l) = &v.revocations {
                    text.push_str(&format!(
                        "\nchecked against the revocation list of {} ({} days old)",
                        l.made_on, l.days_old
                    ));
                    if l.stale {
                        text.push_str(
                            "\nwarning: the list is over 30 days old; certificates revoked since are not in it",
                        );
                    }
                    if l.old_format {
                        text.push_str("\nwarning: the list is in the first format; ask the issuer for a new one");
                    }
                }
                text
            });
        }
        CertCmd::Template { org, copy, preview, locale, also } => {
            let info = if copy {
                app.certificate_template_copy(&org).await?
            } else {
                app.certificate_template_info(&org).await?
            };
            if let Some(out) = &preview {
                let picture = out.extension().is_some_and(|e| e.eq_ignore_ascii_case("png"));
                let bytes = if picture {
                    app.certificate_template_png(&org, &locale, also.as_deref()).await?
                } else {
                    app.certificate_template_preview(&org, &locale, also.as_deref()).await?
                };
                app.save_export(out, &bytes)?;
            }
            emit(json, &info, |i| {
                let state = if i.exists { "the organisation's own" } else { "none yet (the default is used)" };
                format!("template: {} — {state}", i.path)
            });
        }
        CertCmd::PublicKey => {
            let k = app.certificate_public_key().await?;
            emit(json, &k, |k| format!("key id {}\npublic key (Ed25519, hex) {}", k.key_id, k.public_key));
        }
        CertCmd::Key(cmd) => key(app, cmd, secrets, json).await?,
    }
    Ok(())
}

async fn key(app: &Malaka, cmd: KeyCmd, secrets: &Secrets, json: bool) -> Result<(), Error> {
    match cmd {
        KeyCmd::List => {
            let keys = app.key_list().await?;
            emit(json, &keys, |keys| {
                let rows = keys
                    .iter()
                    .map(|k| {
                        let until = k.retired_at.map(|r| r.format("%Y-%m-%d %H:%M").to_string()).unwrap_or_default();
                        let state = match (k.in_use, k.protected) {
                            (_, false) => "NOT SEALED: run malaka cert key protect",
                            (true, true) => "in use",
                            (false, true) => "",
                        };
                        vec![k.key_id.clone(), k.valid_from.format("%Y-%m-%d %H:%M").to_string(), until, state.into()]
                    })
                    .collect();
                table(&["key id", "valid from (UTC)", "retired (UTC)", "state"], rows)
            });
        }
        KeyCmd::Rotate => {
            let passphrase = secrets.ask_new("the signing key")?;
            let k = app.key_rotate(&passphrase).await?;
            emit(json, &k, |k| format!("signing key {} in use from now; public key {}", k.key_id, k.public_key));
        }
        KeyCmd::Retire { key_id } => {
            let k = app.key_retire(&key_id).await?;
            emit(json, &k, |k| format!("key {} retired; it still verifies what it signed", k.key_id));
        }
        KeyCmd::Protect => {
            let passphrase = secrets.ask("Signing key passphrase: ")?;
            let n = app.key_protect(&passphrase).await?;
            emit(json, &n, |n| format!("{n} key(s) sealed; no plain copy is left in the file"));
        }
    }
    Ok(())
}

fn register(list: &[Certificate]) -> String {
    let rows = list
        .iter()
        .map(|c| {
            vec![
                c.code.clone(),
                c.snapshot.person_name.clone(),
                c.snapshot.activity_title.clone(),
                c.status.to_string(),
                c.issued_at.format("%Y-%m-%d").to_string(),
            ]
        })
        .collect();
    table(&["number", "holder", "activity", "status", "issued"], rows)
}

fn transcript_verified(v: &TranscriptVerification, offline: bool) -> String {
    let f = &v.facts;
    let mut text = format!(
        "valid: transcript {} issued {} ({} activities, {} h), signed by key {}",
        v.reference, f.issued_on, f.entries, f.hours, f.key_id
    );
    match (&v.person_name, v.name_matches) {
        (Some(name), Some(true)) => text.push_str(&format!("\nholder: {name}")),
        (Some(name), _) => text.push_str(&format!("\nwarning: the register now names the holder {name}")),
        (None, _) if offline => {}
        (None, _) => text.push_str("\nthe holder is not in this register"),
    }
    match v.matches_register {
        Some(true) => text.push_str("\nthe register gives the same entries for that day"),
        Some(false) => {
            text.push_str("\nnote: the register has changed since it was printed (marks, results or certificates)")
        }
        None => {}
    }
    text
}
