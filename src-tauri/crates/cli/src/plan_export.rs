//! `malaka export …`: schedules as iCalendar files, participant lists as XLSX or CSV.

use std::path::PathBuf;

use clap::Subcommand;
use malaka_api::plan_export::{ListFormat, ScheduleOf};
use malaka_api::{Error, Malaka};

use crate::output::emit;

#[derive(Subcommand, Debug)]
pub(crate) enum ExportCmd {
    /// A schedule as an iCalendar file: an activity's, or a person's.
    Ics {
        #[arg(long, required_unless_present = "person")]
        activity: Option<String>,
        #[arg(long)]
        person: Option<String>,
        #[arg(long)]
        out: PathBuf,
    },
    /// An activity's participant list as an Excel workbook.
    Xlsx {
        #[arg(long)]
        activity: String,
        #[arg(long)]
        out: PathBuf,
        /// Language of the headings: uz-Latn, uz-Cyrl, ru, az, en.
        #[arg(long, default_value = "uz-Latn")]
        locale: String,
    },
    /// An activity's participant list as CSV (UTF-8 with BOM).
    Csv {
        #[arg(long)]
        activity: String,
        #[arg(long)]
        out: PathBuf,
        #[arg(long, default_value = "uz-Latn")]
        locale: String,
    },
}

pub(crate) async fn export(app: &Malaka, cmd: ExportCmd, json: bool) -> Result<(), Error> {
    let (bytes, out) = match cmd {
        ExportCmd::Ics { activity, person, out } => {
            let of = match (activity, person) {
                (Some(a), _) => ScheduleOf::Activity(a),
                (None, Some(p)) => ScheduleOf::Person(p),
                (None, None) => unreachable!("clap requires --activity or --person"),
            };
            (app.schedule_ics(&of).await?.into_bytes(), out)
        }
        ExportCmd::Xlsx { activity, out, locale } => {
            (app.participants_file(&activity, ListFormat::Xlsx, &locale).await?, out)
        }
        ExportCmd::Csv { activity, out, locale } => {
            (app.participants_file(&activity, ListFormat::Csv, &locale).await?, out)
        }
    };
    app.save_export(&out, &bytes)?;
    let written = serde_json::json!({ "file": out, "bytes": bytes.len() });
    emit(json, &written, |_| format!("wrote {} ({} bytes)", out.display(), bytes.len()));
    Ok(())
}
