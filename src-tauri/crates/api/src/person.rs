//! The staff register: add, list, show and search people.

use malaka_core::Reason;
use malaka_core::access::Action;
use malaka_core::model::{Enrolment, NewPerson, Person};
use malaka_core::names::search_tokens;
use malaka_store::person::Order;
use malaka_store::{WriteTx, activity, enrolment, organisation, person as store};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{Error, Malaka, Result, new_id, now};

/// Longest page a list or search returns in one call.
pub const MAX_PAGE: i64 = 1000;

/// A person with what the register knows about them.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PersonDetail {
    pub person: Person,
    pub display_name: String,
    pub organisation: String,
    pub unit: Option<String>,
    pub enrolments: Vec<PersonEnrolment>,
}

/// One of the person's places, with the activity named (never by its id alone).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PersonEnrolment {
    #[serde(flatten)]
    pub enrolment: Enrolment,
    pub activity_title: String,
    pub starts_on: chrono::NaiveDate,
    pub ends_on: chrono::NaiveDate,
}

/// How the people list is ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum PersonSort {
    #[default]
    Name,
    PersonnelNumber,
    Newest,
}

/// One page of the people list: a search in any script, or the register in order, optionally
/// narrowed to one organisation or unit.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct PersonQuery {
    #[serde(default)]
    #[ts(optional = nullable)]
    pub search: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub organisation_id: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub sort: Option<PersonSort>,
    #[ts(type = "number")]
    pub offset: i64,
    #[ts(type = "number")]
    pub limit: i64,
}

/// A page of people and how many the whole list holds.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PersonPage {
    #[ts(type = "number")]
    pub total: i64,
    #[ts(type = "number")]
    pub offset: i64,
    pub rows: Vec<Person>,
}

impl Malaka {
    /// The people list as screens show it: searched or in order, a page at a time.
    pub async fn person_query(&self, q: &PersonQuery) -> Result<PersonPage> {
        self.may(Action::Read)?;
        let limit = q.limit.clamp(1, MAX_PAGE);
        let offset = q.offset.max(0);
        let org = q.organisation_id.as_deref().map(|o| malaka_core::validate::id("organisation", o)).transpose()?;
        let mut c = self.store.read().await?;
        let search = q.search.as_deref().map(str::trim).filter(|s| !s.is_empty());
        if let Some(text) = search {
            if text.chars().count() > 200 {
                return Err(Error::invalid("search", Reason::TooLong { max: 200 }));
            }
            // Search results are one bounded list (best matches first); paging is over that list.
            let mut rows = store::search(&mut c, &search_tokens(text), org.as_deref(), MAX_PAGE).await?;
            match q.sort.unwrap_or_default() {
                PersonSort::Name => {}
                PersonSort::PersonnelNumber => rows.sort_by(|a, b| a.personnel_number.cmp(&b.personnel_number)),
                PersonSort::Newest => rows.sort_by(|a, b| b.id.cmp(&a.id)),
            }
            let total = rows.len() as i64;
            let rows = rows.into_iter().skip(offset as usize).take(limit as usize).collect();
            return Ok(PersonPage { total, offset, rows });
        }
        let order = match q.sort.unwrap_or_default() {
            PersonSort::Name => Order::Name,
            PersonSort::PersonnelNumber => Order::PersonnelNumber,
            PersonSort::Newest => Order::Newest,
        };
        let total = store::count_in(&mut c, org.as_deref()).await?;
        let rows = store::list(&mut c, org.as_deref(), order, limit, offset).await?;
        Ok(PersonPage { total, offset, rows })
    }

    /// Replaces a person's details; the audit log records what changed.
    pub async fn person_update(&self, id: &str, input: NewPerson) -> Result<Person> {
        self.may(Action::PersonEdit)?;
        let id = malaka_core::validate::id("person", id)?;
        let p = input.validated()?;
        let mut tx = self.store.begin().await?;
        let before = store::get(&mut tx, &id).await?;
        self.check_organisation(&mut tx, &p.organisation_id, p.unit_id.as_deref()).await?;
        let at = now();
        store::update(&mut tx, &id, &p, at).await?;
        let after = store::get(&mut tx, &id).await?;
        let changed = changed_fields(&before, &after);
        let summary = format!("edited {}: {}", after.display_name(), changed.join(", "));
        self.audit(&mut tx, at, "person.update", "person", Some(&id), summary).await?;
        tx.commit().await?;
        Ok(after)
    }

    async fn check_organisation(&self, tx: &mut WriteTx, organisation_id: &str, unit_id: Option<&str>) -> Result<()> {
        organisation::get(tx, organisation_id).await?;
        if let Some(unit) = unit_id {
            let u = organisation::get(tx, unit).await?;
            if u.parent_id.as_deref() != Some(organisation_id) {
                let organisation = organisation::get(tx, organisation_id).await?.name;
                return Err(Error::invalid("unit", Reason::UnitNotOfOrganisation { unit: u.name, organisation }));
            }
        }
        Ok(())
    }

    pub async fn person_create(&self, input: NewPerson) -> Result<Person> {
        self.may(Action::PersonEdit)?;
        let mut tx = self.store.begin().await?;
        let p = self.person_create_in(&mut tx, &input).await?;
        tx.commit().await?;
        Ok(p)
    }

    pub(crate) async fn person_create_in(&self, tx: &mut WriteTx, input: &NewPerson) -> Result<Person> {
        let p = input.validated()?;
        self.check_organisation(tx, &p.organisation_id, p.unit_id.as_deref()).await?;
        let (id, at) = (new_id(), now());
        store::insert(tx, &id, &p, at).await?;
        let name = format!("{} {}", p.family_name, p.given_name);
        self.audit(tx, at, "person.create", "person", Some(&id), format!("added {name}")).await?;
        Ok(store::get(tx, &id).await?)
    }

    pub async fn person_get(&self, id: &str) -> Result<PersonDetail> {
        self.may(Action::Read)?;
        let mut c = self.store.read().await?;
        let person = store::get(&mut c, id.trim()).await?;
        let organisation = organisation::get(&mut c, &person.organisation_id).await?.name;
        let unit = match &person.unit_id {
            Some(u) => Some(organisation::get(&mut c, u).await?.name),
            None => None,
        };
        let mut enrolments = Vec::new();
        for e in enrolment::list_for_person(&mut c, &person.id).await? {
            let a = activity::get(&mut c, &e.activity_id).await?;
            enrolments.push(PersonEnrolment {
                enrolment: e,
                activity_title: a.title,
                starts_on: a.starts_on,
                ends_on: a.ends_on,
            });
        }
        Ok(PersonDetail { display_name: person.display_name(), person, organisation, unit, enrolments })
    }

    /// A page of the register by name; `organisation` narrows it to one organisation or unit.
    pub async fn person_list(&self, organisation: Option<&str>, limit: i64, offset: i64) -> Result<Vec<Person>> {
        self.may(Action::Read)?;
        let limit = limit.clamp(1, MAX_PAGE);
        Ok(store::list(&mut *self.store.read().await?, organisation, Order::Name, limit, offset.max(0)).await?)
    }

    /// People whose names start with the words typed, in Latin or Cyrillic, any case or apostrophe.
    pub async fn person_search(&self, query: &str, limit: i64) -> Result<Vec<Person>> {
        self.may(Action::Read)?;
        if query.chars().count() > 200 {
            return Err(Error::invalid("query", Reason::TooLong { max: 200 }));
        }
        let tokens = search_tokens(query);
        if tokens.is_empty() {
            return Ok(Vec::new());
        }
        Ok(store::search(&mut *self.store.read().await?, &tokens, None, limit.clamp(1, MAX_PAGE)).await?)
    }
}

/// What an edit changed, field by field with the old and new value, for the audit log.
fn changed_fields(a: &Person, b: &Person) -> Vec<String> {
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    let day = |d: &Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    let pairs: [(&str, String, String); 14] = [
        ("family_name", a.family_name.clone(), b.family_name.clone()),
        ("given_name", a.given_name.clone(), b.given_name.clone()),
        ("patronymic", text(&a.patronymic), text(&b.patronymic)),
        ("family_name_alt", text(&a.family_name_alt), text(&b.family_name_alt)),
        ("given_name_alt", text(&a.given_name_alt), text(&b.given_name_alt)),
        ("patronymic_alt", text(&a.patronymic_alt), text(&b.patronymic_alt)),
        ("organisation", a.organisation_id.clone(), b.organisation_id.clone()),
        ("unit", text(&a.unit_id), text(&b.unit_id)),
        ("personnel_number", text(&a.personnel_number), text(&b.personnel_number)),
        ("position", text(&a.position), text(&b.position)),
        ("email", text(&a.email), text(&b.email)),
        ("phone", text(&a.phone), text(&b.phone)),
        ("birth_date", day(&a.birth_date), day(&b.birth_date)),
        ("hired_on", day(&a.hired_on), day(&b.hired_on)),
    ];
    let changed: Vec<String> = pairs
        .into_iter()
        .filter(|(_, old, new)| old != new)
        .map(|(n, old, new)| format!("{n} \"{old}\" → \"{new}\""))
        .collect();
    if changed.is_empty() { vec!["nothing".to_owned()] } else { changed }
}
