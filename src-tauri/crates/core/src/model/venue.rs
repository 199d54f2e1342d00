//! Venues, each in its time zone.

use serde::{Deserialize, Serialize};

use crate::{Result, time, validate as v};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Venue {
    pub id: String,
    pub name: String,
    pub address: Option<String>,
    pub city: String,
    pub country: String,
    pub time_zone: String,
    #[ts(type = "number | null")]
    pub capacity: Option<i64>,
}

#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct NewVenue {
    pub name: String,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub address: Option<String>,
    pub city: String,
    pub country: String,
    pub time_zone: String,
    #[serde(default)]
    #[ts(optional = nullable)]
    #[ts(type = "number | null")]
    pub capacity: Option<i64>,
}

impl NewVenue {
    pub fn validated(self) -> Result<Self> {
        Ok(Self {
            name: v::required("name", &self.name)?,
            address: v::optional("address", self.address.as_deref())?,
            city: v::required("city", &self.city)?,
            country: v::country("country", &self.country)?,
            time_zone: time::zone("time_zone", &self.time_zone)?.name().to_owned(),
            capacity: self.capacity.map(|c| v::positive("capacity", c)).transpose()?,
        })
    }
}
