//! Name pools for a national register: Uzbek names (written in Latin or in Cyrillic, with the
//! other script as the alternate spelling), Russian names (Cyrillic, with the Latin spelling),
//! and Azerbaijani names (Latin). Alternate spellings are made with `core::translit`, the same
//! rules the app uses. The demo and the benchmark's national register both draw from here.

use malaka_core::translit::{cyrillic_to_latin, latin_to_cyrillic};

use super::rng::Rng;

const UZ_MEN: &[&str] = &[
    "Shohruh",
    "Oʻtkir",
    "Jasur",
    "Sardor",
    "Bekzod",
    "Aziz",
    "Dilshod",
    "Rustam",
    "Sherzod",
    "Javohir",
    "Otabek",
    "Gʻayrat",
    "Ulugʻbek",
    "Farrux",
    "Jahongir",
    "Akmal",
    "Bobur",
    "Sanjar",
    "Nodir",
    "Islom",
    "Alisher",
    "Anvar",
    "Baxtiyor",
    "Ravshan",
    "Doniyor",
    "Eldor",
    "Elyor",
    "Husan",
    "Hasan",
    "Ibrohim",
    "Ilhom",
    "Jamshid",
    "Kamol",
    "Lochin",
    "Mansur",
    "Mirzo",
    "Muhammad",
    "Nurbek",
    "Oybek",
    "Oʻktam",
    "Qahramon",
    "Sarvar",
    "Shuhrat",
    "Temur",
    "Umid",
    "Xurshid",
    "Yusuf",
    "Zafar",
    "Abdulla",
    "Behruz",
    "Davron",
    "Fazliddin",
    "Gʻolib",
    "Hamid",
    "Isʼhoq",
    "Jaloliddin",
    "Komil",
    "Laziz",
    "Muzaffar",
    "Saidakbar",
];
const UZ_WOMEN: &[&str] = &[
    "Dilnoza",
    "Gulnora",
    "Madina",
    "Nilufar",
    "Sevara",
    "Zarina",
    "Maftuna",
    "Shahnoza",
    "Gʻuncha",
    "Moʻtabar",
    "Feruza",
    "Kamola",
    "Nodira",
    "Umida",
    "Yulduz",
    "Dildora",
    "Barno",
    "Charos",
    "Dilfuza",
    "Durdona",
    "Gulchehra",
    "Hilola",
    "Iroda",
    "Lobar",
    "Lola",
    "Malika",
    "Maʼmura",
    "Mohira",
    "Munisa",
    "Nargiza",
    "Nasiba",
    "Oydin",
    "Rayhon",
    "Sabina",
    "Saida",
    "Shoira",
    "Surayyo",
    "Xurshida",
    "Zuhra",
    "Mavluda",
    "Nozima",
    "Ozoda",
    "Sanobar",
    "Gulbahor",
    "Muqaddas",
];
/// Family names in the masculine form; women's take -a.
const UZ_FAMILY: &[&str] = &[
    "Karimov",
    "Rahimov",
    "Yusupov",
    "Toshmatov",
    "Abdullayev",
    "Qodirov",
    "Gʻulomov",
    "Ergashev",
    "Xolmatov",
    "Saidov",
    "Nazarov",
    "Mirzayev",
    "Sultonov",
    "Tursunov",
    "Qosimov",
    "Hasanov",
    "Ismoilov",
    "Usmonov",
    "Joʻrayev",
    "Oʻrinboyev",
    "Alimov",
    "Aminov",
    "Azimov",
    "Bakirov",
    "Boboyev",
    "Davletov",
    "Fayzullayev",
    "Gʻaniyev",
    "Hamidov",
    "Haydarov",
    "Ibragimov",
    "Islomov",
    "Jalilov",
    "Kamolov",
    "Latipov",
    "Mahmudov",
    "Mamatov",
    "Musayev",
    "Nurmatov",
    "Normatov",
    "Olimov",
    "Pardayev",
    "Qurbonov",
    "Rasulov",
    "Rustamov",
    "Salimov",
    "Sharipov",
    "Shukurov",
    "Temirov",
    "Umarov",
    "Valiyev",
    "Yoʻldoshev",
    "Zokirov",
    "Sobirov",
    "Sodiqov",
    "Tojiboyev",
    "Xudoyberdiyev",
    "Aliyev",
    "Mansurov",
    "Egamberdiyev",
];
const UZ_FATHERS: &[&str] = &[
    "Shavkat", "Rustam", "Alisher", "Baxtiyor", "Ravshan", "Oʻtkir", "Anvar", "Gʻofur", "Abdulla", "Akmal", "Dilshod",
    "Erkin", "Farhod", "Hamid", "Ilhom", "Jamol", "Komil", "Mahmud", "Nodir", "Olim", "Poʻlat", "Qodir", "Rashid",
    "Sobir", "Tohir", "Umar", "Xayrulla", "Yusuf", "Zokir", "Ergash",
];
const RU_MEN: &[&str] = &[
    "Сергей",
    "Алексей",
    "Дмитрий",
    "Андрей",
    "Игорь",
    "Владимир",
    "Евгений",
    "Александр",
    "Михаил",
    "Николай",
    "Олег",
    "Павел",
    "Роман",
    "Юрий",
    "Виктор",
    "Денис",
    "Максим",
    "Артём",
    "Константин",
    "Вадим",
    "Геннадий",
    "Борис",
    "Виталий",
    "Станислав",
];
const RU_WOMEN: &[&str] = &[
    "Елена",
    "Ольга",
    "Наталья",
    "Ирина",
    "Татьяна",
    "Светлана",
    "Юлия",
    "Анна",
    "Мария",
    "Екатерина",
    "Людмила",
    "Галина",
    "Марина",
    "Оксана",
    "Виктория",
    "Лариса",
    "Надежда",
    "Валентина",
    "Алёна",
    "Ксения",
];
const RU_FAMILY: &[&str] = &[
    "Иванов",
    "Петров",
    "Смирнов",
    "Кузнецов",
    "Попов",
    "Соколов",
    "Волков",
    "Ким",
    "Пак",
    "Цой",
    "Лебедев",
    "Козлов",
    "Новиков",
    "Морозов",
    "Павлов",
    "Семёнов",
    "Голубев",
    "Виноградов",
    "Богданов",
    "Воробьёв",
    "Фёдоров",
    "Михайлов",
    "Беляев",
    "Тарасов",
    "Белов",
    "Комаров",
    "Орлов",
    "Киселёв",
    "Макаров",
    "Андреев",
    "Ковалёв",
    "Ильин",
    "Гусев",
    "Титов",
    "Кузьмин",
    "Кудрявцев",
    "Баранов",
    "Куликов",
    "Алексеев",
    "Степанов",
    "Шин",
    "Ли",
    "Хван",
    "Тен",
    "Югай",
];
const RU_FATHERS: &[(&str, &str)] = &[
    ("Сергеевич", "Сергеевна"),
    ("Александрович", "Александровна"),
    ("Викторович", "Викторовна"),
    ("Юрьевич", "Юрьевна"),
    ("Владимирович", "Владимировна"),
    ("Николаевич", "Николаевна"),
    ("Михайлович", "Михайловна"),
    ("Петрович", "Петровна"),
    ("Анатольевич", "Анатольевна"),
    ("Игоревич", "Игоревна"),
    ("Олегович", "Олеговна"),
    ("Геннадьевич", "Геннадьевна"),
];
const AZ_MEN: &[&str] = &[
    "Elvin", "Rəşad", "Orxan", "Tural", "Elnur", "Kamran", "İlqar", "Vüsal", "Nicat", "Fərid", "Anar", "Cavid",
    "Elçin", "Emin", "Fuad", "Həsən", "İlkin", "Kənan", "Murad", "Nurlan", "Pərviz", "Ramil", "Samir", "Səbuhi",
    "Toğrul", "Ülvi", "Vüqar", "Yusif", "Zaur", "Əli", "Şahin",
];
const AZ_WOMEN: &[&str] = &[
    "Leyla",
    "Aynur",
    "Günel",
    "Nərmin",
    "Səbinə",
    "Aysel",
    "Könül",
    "Ülviyyə",
    "Şəbnəm",
    "Lalə",
    "Aygün",
    "Arzu",
    "Fidan",
    "Gülnar",
    "Günay",
    "Xədicə",
    "İlahə",
    "Jalə",
    "Kəmalə",
    "Lamiyə",
    "Nigar",
    "Nərgiz",
    "Röya",
    "Sevinc",
    "Təranə",
    "Ulduz",
    "Vüsalə",
    "Zəhra",
];
const AZ_FAMILY: &[&str] = &[
    "Məmmədov",
    "Əliyev",
    "Hüseynov",
    "Həsənov",
    "Quliyev",
    "İsmayılov",
    "Abbasov",
    "Süleymanov",
    "Rzayev",
    "Cəfərov",
    "Bağırov",
    "Əhmədov",
    "Mustafayev",
    "Nəsirov",
    "Qasımov",
    "Kərimov",
    "Rəhimov",
    "Orucov",
    "Məhərrəmov",
    "Sadıqov",
    "Zeynalov",
    "Novruzov",
    "Əsgərov",
    "Hacıyev",
    "Ağayev",
    "Babayev",
    "Vəliyev",
    "Şükürov",
    "Nağıyev",
    "İbrahimov",
];
const AZ_FATHERS: &[&str] = &[
    "Əli",
    "Vaqif",
    "Rauf",
    "İlham",
    "Şahin",
    "Elçin",
    "Mübariz",
    "Natiq",
    "Rafiq",
    "Tofiq",
    "Yaşar",
    "Zakir",
    "Ələkbər",
    "Fikrət",
    "Qabil",
];

pub const UZ_POSITIONS: &[&str] = &[
    "Bosh mutaxassis",
    "Yetakchi mutaxassis",
    "Mutaxassis",
    "Operator",
    "Markaz rahbari oʻrinbosari",
    "Boʻlim boshligʻi",
    "Kadrlar boʻyicha inspektor",
];
pub const RU_POSITIONS: &[&str] =
    &["Ведущий специалист", "Главный специалист", "Оператор", "Начальник отдела", "Инспектор по кадрам"];
pub const AZ_POSITIONS: &[&str] =
    &["Baş mütəxəssis", "Aparıcı mütəxəssis", "Operator", "Könüllü", "Şöbə müdiri", "Kadrlar üzrə mütəxəssis"];

/// Which naming tradition, and which script the record was typed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Uzbek name typed in Latin, Cyrillic spelling as the alternate.
    UzbekLatin,
    /// Uzbek name typed in Cyrillic (older registers), Latin spelling as the alternate.
    UzbekCyrillic,
    /// Russian name in Cyrillic, Latin spelling as the alternate.
    Russian,
    /// Azerbaijani name in Latin, no alternate.
    Azerbaijani,
}

impl Style {
    /// The mix of an Uzbek agency's register.
    pub fn uzbek_register(rng: &mut Rng) -> Style {
        match rng.below(100) {
            0..=54 => Style::UzbekLatin,
            55..=84 => Style::UzbekCyrillic,
            _ => Style::Russian,
        }
    }

    pub fn positions(self) -> &'static [&'static str] {
        match self {
            Style::UzbekLatin | Style::UzbekCyrillic => UZ_POSITIONS,
            Style::Russian => RU_POSITIONS,
            Style::Azerbaijani => AZ_POSITIONS,
        }
    }
}

/// A person's name as typed, and its spelling in the other script.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    pub family: String,
    pub given: String,
    pub patronymic: String,
    pub family_alt: Option<String>,
    pub given_alt: Option<String>,
    pub patronymic_alt: Option<String>,
}

/// Russian family names take -а for women, except the Korean ones common in Uzbekistan.
fn ru_feminine(family: &str) -> String {
    if family.ends_with("ов") || family.ends_with("ев") || family.ends_with("ёв") || family.ends_with("ин") {
        format!("{family}а")
    } else {
        family.to_owned()
    }
}

pub fn name(rng: &mut Rng, style: Style, woman: bool) -> Name {
    match style {
        Style::UzbekLatin | Style::UzbekCyrillic => {
            let family = rng.pick_common(UZ_FAMILY);
            let family = if woman { format!("{family}a") } else { (*family).to_owned() };
            let given = if woman { rng.pick_common(UZ_WOMEN) } else { rng.pick_common(UZ_MEN) };
            let patronymic = format!("{} {}", rng.pick(UZ_FATHERS), if woman { "qizi" } else { "oʻgʻli" });
            let latin = [family, (*given).to_owned(), patronymic];
            let cyrillic = latin.clone().map(|s| latin_to_cyrillic(&s));
            let (typed, other) = if style == Style::UzbekLatin { (latin, cyrillic) } else { (cyrillic, latin) };
            let [family, given, patronymic] = typed;
            let [family_alt, given_alt, patronymic_alt] = other.map(Some);
            Name { family, given, patronymic, family_alt, given_alt, patronymic_alt }
        }
        Style::Russian => {
            let family = rng.pick_common(RU_FAMILY);
            let (given, family, patronymic) = if woman {
                (rng.pick_common(RU_WOMEN), ru_feminine(family), rng.pick(RU_FATHERS).1)
            } else {
                (rng.pick_common(RU_MEN), (*family).to_owned(), rng.pick(RU_FATHERS).0)
            };
            Name {
                family_alt: Some(cyrillic_to_latin(&family)),
                given_alt: Some(cyrillic_to_latin(given)),
                patronymic_alt: Some(cyrillic_to_latin(patronymic)),
                family,
                given: (*given).to_owned(),
                patronymic: patronymic.to_owned(),
            }
        }
        Style::Azerbaijani => {
            let family = rng.pick_common(AZ_FAMILY);
            let (given, family, patronymic) = if woman {
                (rng.pick_common(AZ_WOMEN), format!("{family}a"), format!("{} qızı", rng.pick(AZ_FATHERS)))
            } else {
                (rng.pick_common(AZ_MEN), (*family).to_owned(), format!("{} oğlu", rng.pick(AZ_FATHERS)))
            };
            Name {
                family,
                given: (*given).to_owned(),
                patronymic,
                family_alt: None,
                given_alt: None,
                patronymic_alt: None,
            }
        }
    }
}

/// Prefixes people type into the search box, in both scripts: one to four letters of common
/// family and given names, and a family name with the first letter of the given name.
pub const SEARCH_LATIN: &[&str] =
    &["k", "ka", "kar", "tosh", "ra", "yu", "ab", "sh", "dil", "gʻu", "ma", "iv", "ali", "mam", "karimov s"];
pub const SEARCH_CYRILLIC: &[&str] =
    &["к", "ка", "кар", "тош", "ра", "ю", "аб", "ш", "дил", "ғу", "ма", "ив", "али", "мам", "каримов с"];

#[cfg(test)]
mod tests {
    use super::*;
    use malaka_core::names::search_key;

    #[test]
    fn both_scripts_fold_to_the_same_key() {
        let mut rng = Rng::new(11);
        for style in [Style::UzbekLatin, Style::UzbekCyrillic, Style::Russian] {
            for woman in [false, true] {
                let n = name(&mut rng, style, woman);
                assert_eq!(search_key(&n.family), search_key(n.family_alt.as_deref().unwrap()), "{n:?}");
                assert_eq!(search_key(&n.given), search_key(n.given_alt.as_deref().unwrap()), "{n:?}");
            }
        }
        let n = name(&mut rng, Style::UzbekCyrillic, false);
        assert!(n.family.chars().all(|c| !c.is_ascii_alphabetic()), "typed in Cyrillic: {n:?}");
    }

    #[test]
    fn search_prefixes_pair_up_across_scripts() {
        assert_eq!(SEARCH_LATIN.len(), SEARCH_CYRILLIC.len());
        for (l, c) in SEARCH_LATIN.iter().zip(SEARCH_CYRILLIC) {
            assert_eq!(search_key(l), search_key(c), "{l} / {c}");
        }
    }
}
