//! `malaka venue …`: venues, each with its time zone.

use clap::Subcommand;
use malaka_api::core::model::NewVenue;
use malaka_api::{Error, Malaka};

use crate::output::{emit, table};

#[derive(Subcommand, Debug)]
pub(crate) enum VenueCmd {
    Add {
        #[arg(long)]
        name: String,
        #[arg(long)]
        city: String,
        #[arg(long)]
        country: String,
        /// IANA time zone, e.g. Asia/Tashkent.
        #[arg(long)]
        tz: String,
        #[arg(long)]
        address: Option<String>,
        #[arg(long)]
        capacity: Option<i64>,
    },
    List,
}

pub(crate) async fn venue(app: &Malaka, cmd: VenueCmd, json: bool) -> Result<(), Error> {
    match cmd {
        VenueCmd::Add { name, city, country, tz, address, capacity } => {
            let v = app.venue_create(NewVenue { name, address, city, country, time_zone: tz, capacity }).await?;
            emit(json, &v, |v| format!("added venue {} ({})", v.name, v.id));
        }
        VenueCmd::List => {
            let list = app.venue_list().await?;
            emit(json, &list, |l| {
                let rows =
                    l.iter().map(|v| vec![v.id.clone(), v.name.clone(), v.city.clone(), v.time_zone.clone()]).collect();
                table(&["id", "name", "city", "time zone"], rows)
            });
        }
    }
    Ok(())
}
