//! The staff register: add, list, show and search people.

use malaka_core::model::{Enrolment, NewPerson, Person};
use malaka_core::names::search_tokens;
use malaka_store::{WriteTx, enrolment, organisation, person as store};
use serde::Serialize;

use crate::{Error, Malaka, Result, new_id, now};

/// Longest page a list or search returns in one call.
pub const MAX_PAGE: i64 = 1000;

/// A person with what the register knows about them.
#[derive(Debug, Clone, Serialize)]
pub struct PersonDetail {
    pub person: Person,
    pub display_name: String,
    pub organisation: String,
    pub unit: Option<String>,
    pub enrolments: Vec<Enrolment>,
}

impl Malaka {
    pub async fn person_create(&self, input: NewPerson) -> Result<Person> {
        let mut tx = self.store.begin().await?;
        let p = self.person_create_in(&mut tx, &input).await?;
        tx.commit().await?;
        Ok(p)
    }

    pub(crate) async fn person_create_in(&self, tx: &mut WriteTx, input: &NewPerson) -> Result<Person> {
        let p = input.validated()?;
        organisation::get(tx, &p.organisation_id).await?;
        if let Some(unit) = &p.unit_id {
            let u = organisation::get(tx, unit).await?;
            if u.parent_id.as_deref() != Some(p.organisation_id.as_str()) {
                return Err(Error::invalid("unit", format!("{} is not a unit of the person's organisation", u.name)));
            }
        }
        let (id, at) = (new_id(), now());
        store::insert(tx, &id, &p, at).await?;
        let name = format!("{} {}", p.family_name, p.given_name);
        self.audit(tx, at, "person.create", "person", Some(&id), format!("added {name}")).await?;
        Ok(store::get(tx, &id).await?)
    }

    pub async fn person_get(&self, id: &str) -> Result<PersonDetail> {
        let mut c = self.store.read().await?;
        let person = store::get(&mut c, id.trim()).await?;
        let organisation = organisation::get(&mut c, &person.organisation_id).await?.name;
        let unit = match &person.unit_id {
            Some(u) => Some(organisation::get(&mut c, u).await?.name),
            None => None,
        };
        let enrolments = enrolment::list_for_person(&mut c, &person.id).await?;
        Ok(PersonDetail { display_name: person.display_name(), person, organisation, unit, enrolments })
    }

    /// A page of the register by name; `organisation` narrows it to one organisation or unit.
    pub async fn person_list(&self, organisation: Option<&str>, limit: i64, offset: i64) -> Result<Vec<Person>> {
        let limit = limit.clamp(1, MAX_PAGE);
        Ok(store::list(&mut *self.store.read().await?, organisation, limit, offset.max(0)).await?)
    }

    /// People whose names start with the words typed, in Latin or Cyrillic, any case or apostrophe.
    pub async fn person_search(&self, query: &str, limit: i64) -> Result<Vec<Person>> {
        if query.chars().count() > 200 {
            return Err(Error::invalid("query", "is longer than 200 characters"));
        }
        let tokens = search_tokens(query);
        if tokens.is_empty() {
            return Ok(Vec::new());
        }
        Ok(store::search(&mut *self.store.read().await?, &tokens, limit.clamp(1, MAX_PAGE)).await?)
    }
}
