//! The programme catalogue: what activities are planned from.

use serde::{Deserialize, Serialize};

use crate::{Error, Reason, Result, validate as v};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Programme {
    pub id: String,
    pub code: String,
    pub title: String,
    pub objectives: Option<String>,
    pub planned_hours: f64,
    pub language: String,
    pub archived: bool,
}

#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct NewProgramme {
    pub code: String,
    pub title: String,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub objectives: Option<String>,
    pub planned_hours: f64,
    pub language: String,
}

impl NewProgramme {
    pub fn validated(self) -> Result<Self> {
        let code = v::required("code", &self.code)?.to_ascii_uppercase();
        if !(code.len() <= 24 && code.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))) {
            return Err(Error::invalid("code", Reason::BadProgrammeCode { value: code }));
        }
        Ok(Self {
            code,
            title: v::required("title", &self.title)?,
            objectives: v::optional("objectives", self.objectives.as_deref())?,
            planned_hours: v::hours("planned_hours", self.planned_hours)?,
            language: v::language("language", &self.language)?,
        })
    }
}
