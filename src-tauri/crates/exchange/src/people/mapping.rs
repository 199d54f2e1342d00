//! Which column holds which person field.

use super::PersonField;
use super::aliases::{Script, classify};

/// The field of each column: recognised from the headers, then changed by
/// the user as they see fit. A field is on at most one column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderMapping {
    headers: Vec<String>,
    fields: Vec<Option<PersonField>>,
}

/// Recognises the usual column names (Uzbek Latin and Cyrillic, Russian,
/// Azerbaijani, English), ignoring case, apostrophes and punctuation.
///
/// A script suffix — "(lotin)", "(kirill)", "латиница", "Cyrillic"… — on a
/// name column picks the field: Cyrillic goes to the `*Alt` field; Latin
/// goes to the main field, or to `*Alt` when an unsuffixed column for the
/// same part exists. When several columns name the same field the first
/// (unsuffixed before suffixed) wins and the others stay unmapped.
pub fn map_headers(headers: &[String]) -> HeaderMapping {
    let classified: Vec<_> = headers.iter().map(|h| classify(h)).collect();
    let has_plain = |field: PersonField| classified.contains(&Some((field, None)));

    // (column, target field, preference: lower wins)
    let candidates = classified.iter().enumerate().filter_map(|(column, class)| {
        let (field, script) = (*class)?;
        let (target, rank) = match (field.alt(), script) {
            (_, None) => (field, 0),
            (None, Some(Script::Latin)) => (field, 1),
            (None, Some(Script::Cyrillic)) => (field, 2),
            (Some(alt), Some(Script::Cyrillic)) => (alt, 0),
            (Some(alt), Some(Script::Latin)) if has_plain(field) => (alt, 1),
            (Some(_), Some(Script::Latin)) => (field, 1),
        };
        Some((column, target, rank))
    });

    let mut fields = vec![None; headers.len()];
    let mut best: Vec<(PersonField, usize, u8)> = Vec::new();
    for (column, target, rank) in candidates {
        match best.iter_mut().find(|(f, _, _)| *f == target) {
            Some(entry) if rank < entry.2 => *entry = (target, column, rank),
            Some(_) => {}
            None => best.push((target, column, rank)),
        }
    }
    for (field, column, _) in best {
        fields[column] = Some(field);
    }
    HeaderMapping { headers: headers.to_vec(), fields }
}

impl HeaderMapping {
    /// The header texts the mapping was made from.
    pub fn headers(&self) -> &[String] {
        &self.headers
    }

    /// The field of every column, by column index.
    pub fn fields(&self) -> &[Option<PersonField>] {
        &self.fields
    }

    /// The field of `column`, if it is mapped.
    pub fn field(&self, column: usize) -> Option<PersonField> {
        self.fields.get(column).copied().flatten()
    }

    /// The column mapped to `field`, if any.
    pub fn column(&self, field: PersonField) -> Option<usize> {
        self.fields.iter().position(|f| *f == Some(field))
    }

    /// Maps `column` to `field` (or to nothing). The field is taken off any
    /// other column first, so it is never on two. A column past the last
    /// header is ignored.
    pub fn set(&mut self, column: usize, field: Option<PersonField>) {
        if column >= self.fields.len() {
            return;
        }
        if let Some(field) = field {
            for f in &mut self.fields {
                if *f == Some(field) {
                    *f = None;
                }
            }
        }
        self.fields[column] = field;
    }

    /// Columns mapped to no field, with their header text: they are not
    /// imported.
    pub fn unrecognised(&self) -> Vec<(usize, &str)> {
        self.fields
            .iter()
            .zip(&self.headers)
            .enumerate()
            .filter(|(_, (field, _))| field.is_none())
            .map(|(column, (_, header))| (column, header.as_str()))
            .collect()
    }

    /// The required fields no column is mapped to, by
    /// [`PersonField::as_str`] name: family and given name, unless a full
    /// name column is mapped.
    pub fn missing_required(&self) -> Vec<&'static str> {
        if self.column(PersonField::FullName).is_some() {
            return Vec::new();
        }
        [PersonField::FamilyName, PersonField::GivenName]
            .into_iter()
            .filter(|f| self.column(*f).is_none())
            .map(PersonField::as_str)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use PersonField::*;

    fn map(headers: &[&str]) -> HeaderMapping {
        map_headers(&headers.iter().map(|h| (*h).to_owned()).collect::<Vec<_>>())
    }

    #[test]
    fn recognises_each_language() {
        let cases: &[(&[&str], &[Option<PersonField>])] = &[
            (
                &["Familiya", "Ism", "Otasining ismi", "Tabel raqami", "Lavozim", "Bo‘lim"],
                &[
                    Some(FamilyName),
                    Some(GivenName),
                    Some(Patronymic),
                    Some(PersonnelNumber),
                    Some(Position),
                    Some(Unit),
                ],
            ),
            (
                &["Фамилия", "Имя", "Отчество", "Таб. №", "Должность", "Подразделение", "Дата рождения"],
                &[
                    Some(FamilyName),
                    Some(GivenName),
                    Some(Patronymic),
                    Some(PersonnelNumber),
                    Some(Position),
                    Some(Unit),
                    Some(BirthDate),
                ],
            ),
            (
                &["Отасининг исми", "Туғилган сана", "Лавозим", "Бўлим", "Ташкилот"],
                &[Some(Patronymic), Some(BirthDate), Some(Position), Some(Unit), Some(Organisation)],
            ),
            (
                &["SOYADI", "Adı", "Atasının adı", "Vəzifə", "Şöbə", "Təşkilat", "Doğum tarixi", "Elektron poçt"],
                &[
                    Some(FamilyName),
                    Some(GivenName),
                    Some(Patronymic),
                    Some(Position),
                    Some(Unit),
                    Some(Organisation),
                    Some(BirthDate),
                    Some(Email),
                ],
            ),
            (
                &[
                    "Last name",
                    "First name",
                    "Middle name",
                    "Employee ID",
                    "Job title",
                    "Department",
                    "E-mail",
                    "Mobile",
                    "Date of birth",
                ],
                &[
                    Some(FamilyName),
                    Some(GivenName),
                    Some(Patronymic),
                    Some(PersonnelNumber),
                    Some(Position),
                    Some(Unit),
                    Some(Email),
                    Some(Phone),
                    Some(BirthDate),
                ],
            ),
            (&["№", "F.I.Sh.", "Izoh"], &[None, Some(FullName), None]),
            (&["Soyad, ad, ata adı", "ФИО"], &[Some(FullName), None]),
        ];
        for (headers, expected) in cases {
            assert_eq!(map(headers).fields(), *expected, "{headers:?}");
        }
    }

    #[test]
    fn script_suffixes_choose_alt_fields() {
        let m = map(&["Familiya (lotin)", "Familiya (kirill)", "Ism", "Исм (кириллица)"]);
        assert_eq!(m.fields(), [Some(FamilyName), Some(FamilyNameAlt), Some(GivenName), Some(GivenNameAlt)]);

        let m = map(&["Фамилия", "Фамилия (латиница)"]);
        assert_eq!(m.fields(), [Some(FamilyName), Some(FamilyNameAlt)]);
    }

    #[test]
    fn set_moves_a_field_and_unrecognised_follows() {
        let mut m = map(&["Familiya", "Ism", "Izoh"]);
        assert_eq!(m.unrecognised(), [(2, "Izoh")]);
        m.set(2, Some(GivenName));
        assert_eq!(m.fields(), [Some(FamilyName), None, Some(GivenName)]);
        assert_eq!(m.unrecognised(), [(1, "Ism")]);
        m.set(9, Some(Email));
        assert_eq!(m.column(Email), None);
    }

    #[test]
    fn required_fields() {
        assert_eq!(map(&["Lavozim"]).missing_required(), ["family_name", "given_name"]);
        assert_eq!(map(&["Familiya", "Lavozim"]).missing_required(), ["given_name"]);
        assert!(map(&["ФИО"]).missing_required().is_empty());
        let mut m = map(&["ФИО"]);
        m.set(0, None);
        assert_eq!(m.missing_required(), ["family_name", "given_name"]);
    }
}
