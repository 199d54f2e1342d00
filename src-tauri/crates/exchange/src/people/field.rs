//! The person fields a staff list column can hold.

use std::fmt;

/// A person field a column can be mapped onto.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PersonField {
    /// Family name (surname).
    FamilyName,
    /// Given name.
    GivenName,
    /// Patronymic, with any "o'g'li"/"qizi" suffix.
    Patronymic,
    /// "Family Given Patronymic" in one column; split on import.
    FullName,
    /// Family name in the other script (usually Cyrillic).
    FamilyNameAlt,
    /// Given name in the other script.
    GivenNameAlt,
    /// Patronymic in the other script.
    PatronymicAlt,
    /// Personnel (tabel) number.
    PersonnelNumber,
    /// Position (job title).
    Position,
    /// Unit (department) within the organisation.
    Unit,
    /// Organisation.
    Organisation,
    /// Email address.
    Email,
    /// Phone number.
    Phone,
    /// Birth date, normalised to `YYYY-MM-DD`.
    BirthDate,
    /// Hire date (the day the person joined), normalised to `YYYY-MM-DD`.
    HiredOn,
}

impl PersonField {
    /// Every field, in declaration order (e.g. for a mapping drop-down).
    pub const ALL: [PersonField; 15] = [
        PersonField::FamilyName,
        PersonField::GivenName,
        PersonField::Patronymic,
        PersonField::FullName,
        PersonField::FamilyNameAlt,
        PersonField::GivenNameAlt,
        PersonField::PatronymicAlt,
        PersonField::PersonnelNumber,
        PersonField::Position,
        PersonField::Unit,
        PersonField::Organisation,
        PersonField::Email,
        PersonField::Phone,
        PersonField::BirthDate,
        PersonField::HiredOn,
    ];

    /// A stable snake_case name, matching the person model's field names.
    pub fn as_str(self) -> &'static str {
        match self {
            PersonField::FamilyName => "family_name",
            PersonField::GivenName => "given_name",
            PersonField::Patronymic => "patronymic",
            PersonField::FullName => "full_name",
            PersonField::FamilyNameAlt => "family_name_alt",
            PersonField::GivenNameAlt => "given_name_alt",
            PersonField::PatronymicAlt => "patronymic_alt",
            PersonField::PersonnelNumber => "personnel_number",
            PersonField::Position => "position",
            PersonField::Unit => "unit",
            PersonField::Organisation => "organisation",
            PersonField::Email => "email",
            PersonField::Phone => "phone",
            PersonField::BirthDate => "birth_date",
            PersonField::HiredOn => "hired_on",
        }
    }

    /// The field whose [`as_str`](Self::as_str) is `name`.
    pub fn from_name(name: &str) -> Option<PersonField> {
        PersonField::ALL.into_iter().find(|f| f.as_str() == name)
    }

    /// The other-script field of a name part, if this is one.
    pub(crate) fn alt(self) -> Option<PersonField> {
        match self {
            PersonField::FamilyName => Some(PersonField::FamilyNameAlt),
            PersonField::GivenName => Some(PersonField::GivenNameAlt),
            PersonField::Patronymic => Some(PersonField::PatronymicAlt),
            _ => None,
        }
    }
}

impl fmt::Display for PersonField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_are_unique() {
        for field in PersonField::ALL {
            assert_eq!(PersonField::from_name(field.as_str()), Some(field));
        }
        assert_eq!(PersonField::from_name("surname"), None);
    }
}
