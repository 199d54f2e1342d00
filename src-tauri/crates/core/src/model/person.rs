//! People on the staff register, and the input that creates or edits one.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::{Error, Reason, Result, names, validate as v};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Person {
    pub id: String,
    pub family_name: String,
    pub given_name: String,
    pub patronymic: Option<String>,
    pub family_name_alt: Option<String>,
    pub given_name_alt: Option<String>,
    pub patronymic_alt: Option<String>,
    pub organisation_id: String,
    pub unit_id: Option<String>,
    pub personnel_number: Option<String>,
    pub position: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub birth_date: Option<NaiveDate>,
    /// The day the person joined the organisation (an HR list's "Дата приёма").
    pub hired_on: Option<NaiveDate>,
    pub created_at: DateTime<Utc>,
}

impl Person {
    /// The name as agencies print it: family, given, patronymic.
    pub fn display_name(&self) -> String {
        [Some(&self.family_name), Some(&self.given_name), self.patronymic.as_ref()]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(" ")
    }
}

#[derive(Debug, Clone, Default, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct NewPerson {
    pub family_name: String,
    pub given_name: String,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub patronymic: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub family_name_alt: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub given_name_alt: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub patronymic_alt: Option<String>,
    pub organisation_id: String,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub unit_id: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub personnel_number: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub position: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub email: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub phone: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub birth_date: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub hired_on: Option<String>,
}

/// A person input after validation: names normalised, the search key computed.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidPerson {
    pub family_name: String,
    pub given_name: String,
    pub patronymic: Option<String>,
    pub family_name_alt: Option<String>,
    pub given_name_alt: Option<String>,
    pub patronymic_alt: Option<String>,
    pub organisation_id: String,
    pub unit_id: Option<String>,
    pub personnel_number: Option<String>,
    pub position: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub birth_date: Option<NaiveDate>,
    pub hired_on: Option<NaiveDate>,
    /// Folded tokens of every spelling of the name, for prefix search in any script.
    pub search_tokens: Vec<String>,
}

impl NewPerson {
    pub fn validated(&self) -> Result<ValidPerson> {
        let name = |field: &str, value: &str| v::required(field, value).map(|n| names::normalize_name(&n));
        let opt_name = |field: &str, value: &Option<String>| {
            v::optional(field, value.as_deref()).map(|o| o.map(|n| names::normalize_name(&n)))
        };
        let family_name = name("family_name", &self.family_name)?;
        let given_name = name("given_name", &self.given_name)?;
        let patronymic = opt_name("patronymic", &self.patronymic)?;
        let family_name_alt = opt_name("family_name_alt", &self.family_name_alt)?;
        let given_name_alt = opt_name("given_name_alt", &self.given_name_alt)?;
        let patronymic_alt = opt_name("patronymic_alt", &self.patronymic_alt)?;
        let personnel_number = v::optional("personnel_number", self.personnel_number.as_deref())?;
        if personnel_number.as_ref().is_some_and(|n| n.chars().count() > 40) {
            return Err(Error::invalid("personnel_number", Reason::TooLong { max: 40 }));
        }
        let birth_date =
            v::optional("birth_date", self.birth_date.as_deref())?.map(|d| v::date("birth_date", &d)).transpose()?;
        let hired_on =
            v::optional("hired_on", self.hired_on.as_deref())?.map(|d| v::date("hired_on", &d)).transpose()?;
        if let (Some(born), Some(hired)) = (birth_date, hired_on)
            && hired <= born
        {
            return Err(Error::invalid("hired_on", Reason::HiredBeforeBorn));
        }
        let all_names = [
            Some(&family_name),
            Some(&given_name),
            patronymic.as_ref(),
            family_name_alt.as_ref(),
            given_name_alt.as_ref(),
            patronymic_alt.as_ref(),
        ];
        let joined: Vec<&str> = all_names.into_iter().flatten().map(String::as_str).collect();
        Ok(ValidPerson {
            search_tokens: names::search_tokens(&joined.join(" ")),
            family_name,
            given_name,
            patronymic,
            family_name_alt,
            given_name_alt,
            patronymic_alt,
            organisation_id: v::id("organisation", &self.organisation_id)?,
            unit_id: self.unit_id.as_deref().map(|u| v::id("unit", u)).transpose()?,
            personnel_number,
            position: v::optional("position", self.position.as_deref())?,
            email: v::email("email", self.email.as_deref())?,
            phone: v::phone("phone", self.phone.as_deref())?,
            birth_date,
            hired_on,
        })
    }
}
