//! Mapping a staff table onto person fields, with the problems a person can
//! fix in the file: bad dates, missing names, repeated personnel numbers.
//! Nothing here looks at the database.

mod aliases;
mod dates;
mod field;
mod fold;
mod mapping;
mod names;

use std::collections::{BTreeMap, HashMap};
use std::fmt;

use crate::table::Table;
use malaka_core::Reason;
use malaka_core::reason::count;

pub use field::PersonField;
pub use mapping::{HeaderMapping, map_headers};

/// One data row's values by field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonRow {
    /// The row number as the spreadsheet shows it.
    pub row: usize,
    /// Non-empty, trimmed values. A full name is split into family, given
    /// and patronymic (explicit columns win) and is not kept itself. The
    /// birth date is `YYYY-MM-DD`. A birth date or email with a problem is
    /// left out.
    pub values: BTreeMap<PersonField, String>,
}

impl PersonRow {
    /// The value of `field`, if the row has one.
    pub fn get(&self, field: PersonField) -> Option<&str> {
        self.values.get(&field).map(String::as_str)
    }
}

/// Something wrong in one cell of the file.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// The row number as the spreadsheet shows it.
    pub row: usize,
    /// The column's header text as in the file ("" when no column is mapped).
    pub column: String,
    /// What is wrong, as data the front ends word.
    pub reason: Reason,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "row {}, column \"{}\": {}", self.row, self.column, self.reason)
    }
}

/// Reads every data row through `mapping`.
///
/// Every row yields a [`PersonRow`]; problems come separately, in row order,
/// so the caller can show them all and skip (or refuse) the rows they name.
pub fn people_rows(table: &Table, mapping: &HeaderMapping) -> (Vec<PersonRow>, Vec<Problem>) {
    let mut people = Vec::with_capacity(table.rows.len());
    let mut problems = Vec::new();
    // Personnel number → the row it first appeared on.
    let mut first_seen: HashMap<String, usize> = HashMap::new();
    let column_name = |field: PersonField| mapping.column(field).map(|c| table.column_name(c));

    for row in &table.rows {
        let mut problem = |column: String, reason: Reason| {
            problems.push(Problem { row: row.number, column, reason });
        };
        let mut values = BTreeMap::new();
        let mut full_name = None;
        for (column, field) in mapping.fields().iter().enumerate() {
            let (Some(field), text) = (*field, row.get(column)) else { continue };
            if text.is_empty() {
                continue;
            }
            if field == PersonField::FullName {
                full_name = Some(text);
                continue;
            }
            match clean(field, text) {
                Ok(value) => {
                    values.insert(field, value);
                }
                Err(reason) => problem(table.column_name(column), reason),
            }
        }

        if let Some(full_name) = full_name {
            fill_from_full_name(&mut values, full_name);
        }

        for field in [PersonField::FamilyName, PersonField::GivenName] {
            if !values.contains_key(&field) {
                let column = column_name(field).or_else(|| column_name(PersonField::FullName));
                problem(column.unwrap_or_default(), Reason::MissingValue { field: field.as_str().into() });
            }
        }

        if let Some(number) = values.get(&PersonField::PersonnelNumber) {
            match first_seen.get(number) {
                Some(first) => problem(
                    column_name(PersonField::PersonnelNumber).unwrap_or_default(),
                    Reason::DuplicateInFile { value: number.clone(), first_row: count(*first) },
                ),
                None => {
                    first_seen.insert(number.clone(), row.number);
                }
            }
        }
        people.push(PersonRow { row: row.number, values });
    }
    (people, problems)
}

/// The value kept for `field`, or what is wrong with `text`.
fn clean(field: PersonField, text: &str) -> Result<String, Reason> {
    match field {
        PersonField::BirthDate | PersonField::HiredOn => dates::parse_date(text)
            .map(|date| date.to_string()) // YYYY-MM-DD, without parsing a format per cell
            .ok_or_else(|| Reason::NotADateCell { value: text.into() }),
        PersonField::Email if !is_email(text) => Err(Reason::NotAnEmail { value: text.into() }),
        _ => Ok(text.to_owned()),
    }
}

/// Adds the parts of a full name that no explicit column gave.
fn fill_from_full_name(values: &mut BTreeMap<PersonField, String>, full_name: &str) {
    let parts = names::split_full_name(full_name);
    for (field, part) in [
        (PersonField::FamilyName, parts.family),
        (PersonField::GivenName, parts.given),
        (PersonField::Patronymic, parts.patronymic),
    ] {
        if let Some(part) = part {
            values.entry(field).or_insert(part);
        }
    }
}

/// Exactly one `@`, with text on both sides and no spaces.
fn is_email(text: &str) -> bool {
    match text.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty() && !domain.is_empty() && !domain.contains('@') && !text.chars().any(char::is_whitespace)
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_shape() {
        assert!(is_email("a.karimov@gov.uz"));
        for bad in ["a.karimov", "@gov.uz", "a@", "a@@b", "a@b@c", "a b@c"] {
            assert!(!is_email(bad), "{bad}");
        }
    }
}
