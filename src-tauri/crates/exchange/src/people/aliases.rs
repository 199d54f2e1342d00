//! The column names staff lists use, in Uzbek (Latin and Cyrillic), Russian,
//! Azerbaijani and English. Compared after [`fold::key`], so case,
//! apostrophes, dots, dashes and spaces do not matter here.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::PersonField::{self, *};
use super::fold;

/// Header names per field. Add spellings here; nothing else needs to change.
const ALIASES: &[(PersonField, &[&str])] = &[
    (
        FamilyName,
        &["Familiya", "Familiyasi", "Фамилия", "Фамилияси", "Soyad", "Soyadı", "Surname", "Last name", "Family name"],
    ),
    (GivenName, &["Ism", "Ismi", "Исм", "Исми", "Имя", "Ad", "Adı", "First name", "Given name", "Name"]),
    (
        Patronymic,
        &[
            "Otasining ismi",
            "Отасининг исми",
            "Sharifi",
            "Шарифи",
            "Отчество",
            "Ata adı",
            "Atasının adı",
            "Patronymic",
            "Middle name",
        ],
    ),
    (
        FullName,
        &[
            "F.I.Sh.",
            "Ф.И.Ш.",
            "F.I.O.",
            "ФИО",
            "Full name",
            "Soyad, ad, ata adı",
            "Soyadı, adı, atasının adı",
            "S.A.A.",
            "Familiya, ismi, sharifi",
            "Familiya, ism, otasining ismi",
            "Фамилия, исми, шарифи",
            "Фамилия, имя, отчество",
            "To'liq ismi",
            "Тўлиқ исми",
            "Xodim",
            "Ходим",
            "Сотрудник",
            "Работник",
            "Işçi",
            "Employee",
        ],
    ),
    (
        PersonnelNumber,
        &[
            "Tabel raqami",
            "Tabel №",
            "Tabel",
            "Табел рақами",
            "Табель рақами",
            "Табель",
            "Табельный номер",
            "Таб. №",
            "Табельный №",
            "Таб. номер",
            "Tabel nömrəsi",
            "Personnel number",
            "Personnel No",
            "Employee ID",
            "Employee number",
            "Staff number",
        ],
    ),
    (
        Position,
        &["Lavozim", "Lavozimi", "Лавозим", "Лавозими", "Должность", "Vəzifə", "Vəzifəsi", "Position", "Job title"],
    ),
    (
        Unit,
        &[
            "Bo'lim",
            "Bo'limi",
            "Бўлим",
            "Бўлими",
            "Bo'linma",
            "Tarkibiy bo'linma",
            "Таркибий бўлинма",
            "Отдел",
            "Подразделение",
            "Структурное подразделение",
            "Şöbə",
            "Struktur bölmə",
            "Bölmə",
            "Unit",
            "Department",
            "Division",
        ],
    ),
    (
        Organisation,
        &[
            "Tashkilot",
            "Ташкилот",
            "Muassasa",
            "Муассаса",
            "Организация",
            "Учреждение",
            "Təşkilat",
            "Qurum",
            "Müəssisə",
            "Organisation",
            "Organization",
        ],
    ),
    (
        Email,
        &[
            "E-mail",
            "Email",
            "Эл. почта",
            "Электронная почта",
            "Электрон почта",
            "Elektron pochta",
            "Elektron poçt",
            "Elektron poçta",
            "E-poçt",
            "Mail",
        ],
    ),
    (
        Phone,
        &[
            "Telefon",
            "Телефон",
            "Tel",
            "Тел",
            "Telefon raqami",
            "Телефон рақами",
            "Номер телефона",
            "Мобильный телефон",
            "Telefon nömrəsi",
            "Mobil telefon",
            "Phone",
            "Phone number",
            "Mobile",
        ],
    ),
    (
        BirthDate,
        &[
            "Tug'ilgan sana",
            "Tug'ilgan sanasi",
            "Туғилган сана",
            "Туғилган санаси",
            "Tug'ilgan kun",
            "Дата рождения",
            "Doğum tarixi",
            "Birth date",
            "Date of birth",
            "DOB",
        ],
    ),
    (
        HiredOn,
        &[
            "Ishga qabul qilingan sana",
            "Ishga qabul qilingan sanasi",
            "Ishga kirgan sana",
            "Ishga qabul qilish sanasi",
            "Ишга қабул қилинган сана",
            "Ишга қабул қилинган санаси",
            "Ишга кирган сана",
            "Дата приёма",
            "Дата приема",
            "Дата приёма на работу",
            "Дата приема на работу",
            "Дата поступления на работу",
            "İşə qəbul tarixi",
            "İşə daxil olma tarixi",
            "Hire date",
            "Date of hire",
            "Hired on",
            "Date hired",
        ],
    ),
];

/// Trailing words that say a column is in Latin script.
const LATIN: &[&str] = &[
    "lotin",
    "lotincha",
    "lotinda",
    "lot",
    "lat",
    "latin",
    "латиница",
    "латинице",
    "лотин",
    "лотинча",
    "лотинда",
    "латин",
];

/// Trailing words that say a column is in Cyrillic script.
const CYRILLIC: &[&str] = &[
    "kirill",
    "kirillcha",
    "kirillda",
    "kir",
    "cyr",
    "cyrillic",
    "kiril",
    "кириллица",
    "кириллице",
    "кирилл",
    "кириллча",
    "кириллда",
    "кир",
];

/// Filler words around a script name: "(на латинице)", "(in Latin)",
/// "(lotin alifbosida)".
const FILLER: &[&str] = &["на", "in", "da", "alifbosida", "alifbosi", "алифбосида", "script"];

/// The script a header's suffix names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Script {
    /// "(lotin)", "латиница", "Latin".
    Latin,
    /// "(kirill)", "кириллица", "Cyrillic".
    Cyrillic,
}

/// Folded alias → field, built once.
static BY_KEY: LazyLock<HashMap<String, PersonField>> = LazyLock::new(|| {
    ALIASES.iter().flat_map(|(field, names)| names.iter().map(move |n| (fold::key(n), *field))).collect()
});

/// The field a header names, and the script its suffix names, if any.
pub(crate) fn classify(header: &str) -> Option<(PersonField, Option<Script>)> {
    let mut words = fold::words(header);
    if let Some(field) = BY_KEY.get(&words.concat()) {
        return Some((*field, None));
    }
    let is = |set: &[&str], w: Option<&String>| w.is_some_and(|w| set.contains(&w.as_str()));
    while is(FILLER, words.last()) {
        words.pop();
    }
    let script = if is(LATIN, words.last()) {
        Script::Latin
    } else if is(CYRILLIC, words.last()) {
        Script::Cyrillic
    } else {
        return None;
    };
    words.pop();
    while is(FILLER, words.last()) {
        words.pop();
    }
    BY_KEY.get(&words.concat()).map(|field| (*field, Some(script)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_spelling_names_two_fields() {
        let mut seen: HashMap<String, PersonField> = HashMap::new();
        for (field, names) in ALIASES {
            for name in *names {
                if let Some(other) = seen.insert(fold::key(name), *field) {
                    assert_eq!(other, *field, "{name:?} names {other:?} and {field:?}");
                }
            }
        }
    }

    #[test]
    fn script_suffixes() {
        assert_eq!(classify("Familiya (kirill)"), Some((FamilyName, Some(Script::Cyrillic))));
        assert_eq!(classify("Имя (на латинице)"), Some((GivenName, Some(Script::Latin))));
        assert_eq!(classify("Ism lotin alifbosida"), Some((GivenName, Some(Script::Latin))));
        assert_eq!(classify("Ism"), Some((GivenName, None)));
        assert_eq!(classify("Izoh (kirill)"), None);
        assert_eq!(classify("(kirill)"), None);
    }
}
