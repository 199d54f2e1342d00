//! Organisations: agencies, their centres and units, and partners abroad.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::OrgKind;
use crate::{Error, Reason, Result, names, validate as v};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Organisation {
    pub id: String,
    pub name: String,
    pub short_code: Option<String>,
    pub country: String,
    pub kind: OrgKind,
    pub parent_id: Option<String>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct NewOrganisation {
    pub name: String,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub short_code: Option<String>,
    pub country: String,
    pub kind: OrgKind,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub parent_id: Option<String>,
}

impl NewOrganisation {
    pub fn validated(self) -> Result<Self> {
        let short_code = v::optional("short_code", self.short_code.as_deref())?;
        if let Some(code) = &short_code
            && !(code.len() <= 12 && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        {
            return Err(Error::invalid("short_code", Reason::BadShortCode { value: code.into() }));
        }
        Ok(Self {
            name: names::normalize_name(&v::required("name", &self.name)?),
            short_code: short_code.map(|c| c.to_ascii_uppercase()),
            country: v::country("country", &self.country)?,
            kind: self.kind,
            parent_id: self.parent_id.as_deref().map(|p| v::id("parent", p)).transpose()?,
        })
    }
}
