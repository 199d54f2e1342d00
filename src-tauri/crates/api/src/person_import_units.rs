//! The units an imported file names: found under their organisation, or (when the user says so)
//! created there or mapped to one it has, in the same all-or-nothing import.

use std::collections::HashMap;

use malaka_core::Reason;
use malaka_core::model::{NewOrganisation, OrgKind, Organisation};
use malaka_core::names::search_key;
use malaka_store::{Conn, organisation};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::Result;

/// What to do with a unit the file names that its organisation does not have.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct UnitChoice {
    pub organisation_id: String,
    /// The unit's name as the file spells it (any case or script).
    pub name: String,
    /// A unit the organisation has, to put these rows in; without it the unit is created.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub use_unit_id: Option<String>,
}

/// A unit the file names that its organisation does not have yet.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct UnknownUnit {
    pub organisation_id: String,
    pub organisation: String,
    /// As the file spells it first.
    pub name: String,
    /// Rows that name it.
    #[ts(type = "number")]
    pub rows: usize,
}

/// Where a row's unit comes from.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum UnitOf {
    /// A unit already in the register.
    Existing(String),
    /// The n-th unit of [`Units::to_create`].
    New(usize),
}

/// The units of one import, looked up once per organisation and name.
#[derive(Default)]
pub(crate) struct Units {
    resolved: HashMap<(String, String), std::result::Result<UnitOf, Reason>>,
    /// Every unit the file names that does not exist, with how many rows name it.
    pub unknown: Vec<UnknownUnit>,
    /// The units to create before the people, in the order first named.
    pub to_create: Vec<NewOrganisation>,
}

impl Units {
    /// The unit `name` of `org` for one row: found, to be created or mapped as `choices` say
    /// (every unknown unit is created when `create_all`), or why the row cannot be imported.
    pub async fn resolve(
        &mut self,
        conn: &mut Conn,
        org: &Organisation,
        name: &str,
        choices: &[UnitChoice],
        create_all: bool,
    ) -> Result<std::result::Result<UnitOf, Reason>> {
        let key = (org.id.clone(), search_key(name));
        if let Some(known) = self.resolved.get(&key) {
            if let Some(u) =
                self.unknown.iter_mut().find(|u| u.organisation_id == key.0 && search_key(&u.name) == key.1)
            {
                u.rows += 1;
            }
            return Ok(known.clone());
        }
        let found = match organisation::find_unit(conn, &org.id, name).await? {
            Some(unit) => Ok(UnitOf::Existing(unit.id)),
            None => {
                self.unknown.push(UnknownUnit {
                    organisation_id: org.id.clone(),
                    organisation: org.name.clone(),
                    name: name.trim().to_owned(),
                    rows: 1,
                });
                let choice = choices.iter().find(|c| c.organisation_id == org.id && search_key(&c.name) == key.1);
                match choice {
                    Some(UnitChoice { use_unit_id: Some(id), .. }) => self.mapped(conn, org, id).await?,
                    Some(_) => self.created(org, name),
                    None if create_all => self.created(org, name),
                    None => Err(Reason::UnitUnknown { unit: name.trim().to_owned(), organisation: org.name.clone() }),
                }
            }
        };
        self.resolved.insert(key, found.clone());
        Ok(found)
    }

    /// A unit the user picked for an unknown name: it must be one of `org`'s.
    async fn mapped(
        &self,
        conn: &mut Conn,
        org: &Organisation,
        unit_id: &str,
    ) -> Result<std::result::Result<UnitOf, Reason>> {
        let unit = organisation::get(conn, unit_id).await?;
        Ok(if unit.parent_id.as_deref() == Some(org.id.as_str()) {
            Ok(UnitOf::Existing(unit.id))
        } else {
            Err(Reason::UnitNotOfOrganisation { unit: unit.name, organisation: org.name.clone() })
        })
    }

    fn created(&mut self, org: &Organisation, name: &str) -> std::result::Result<UnitOf, Reason> {
        let unit = NewOrganisation {
            name: name.trim().to_owned(),
            short_code: None,
            country: org.country.clone(),
            kind: OrgKind::Unit,
            parent_id: Some(org.id.clone()),
        };
        if let Err(malaka_core::Error::Invalid { reason, .. }) = unit.clone().validated() {
            return Err(reason);
        }
        self.to_create.push(unit);
        Ok(UnitOf::New(self.to_create.len() - 1))
    }
}
