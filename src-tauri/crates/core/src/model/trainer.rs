//! Trainers: a person on the register, or an external trainer by name.

use serde::{Deserialize, Serialize};

use crate::{Error, Reason, Result, names, validate as v};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Trainer {
    pub id: String,
    /// Set when the trainer is on the staff register; external trainers have only a name.
    pub person_id: Option<String>,
    pub name: String,
    pub affiliation: Option<String>,
    pub expertise: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct NewTrainer {
    #[serde(default)]
    #[ts(optional = nullable)]
    pub person_id: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub name: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub affiliation: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub expertise: Option<String>,
}

impl NewTrainer {
    /// Either a person from the register or an external trainer's name, not neither.
    pub fn validated(self) -> Result<Self> {
        let person_id = self.person_id.as_deref().map(|p| v::id("person", p)).transpose()?;
        let name = v::optional("name", self.name.as_deref())?.map(|n| names::normalize_name(&n));
        if person_id.is_none() && name.is_none() {
            return Err(Error::invalid("name", Reason::ExternalTrainerNeedsName));
        }
        Ok(Self {
            person_id,
            name,
            affiliation: v::optional("affiliation", self.affiliation.as_deref())?,
            expertise: v::optional("expertise", self.expertise.as_deref())?,
        })
    }
}
