//! The words printed on documents, in the five locales. Each locale is a full [`SheetLabels`],
//! so a missing word is a compile error, not a blank on paper.

use serde::Serialize;

use crate::{Error, Result};

/// One of the five locales; as data, its tag (`"uz-Latn"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "&'static str")]
pub enum Locale {
    UzLatn,
    UzCyrl,
    Ru,
    Az,
    En,
}

impl TryFrom<String> for Locale {
    type Error = Error;

    fn try_from(tag: String) -> Result<Self> {
        Locale::parse(&tag)
    }
}

impl From<Locale> for &'static str {
    fn from(locale: Locale) -> Self {
        locale.tag()
    }
}

impl Locale {
    pub const ALL: [Locale; 5] = [Locale::UzLatn, Locale::UzCyrl, Locale::Ru, Locale::Az, Locale::En];

    pub fn parse(tag: &str) -> Result<Locale> {
        match tag.trim() {
            "uz-Latn" | "uz" => Ok(Locale::UzLatn),
            "uz-Cyrl" => Ok(Locale::UzCyrl),
            "ru" => Ok(Locale::Ru),
            "az" => Ok(Locale::Az),
            "en" => Ok(Locale::En),
            other => Err(Error::Locale(other.to_owned())),
        }
    }

    pub fn tag(self) -> &'static str {
        match self {
            Locale::UzLatn => "uz-Latn",
            Locale::UzCyrl => "uz-Cyrl",
            Locale::Ru => "ru",
            Locale::Az => "az",
            Locale::En => "en",
        }
    }

    /// The ISO 639 language typst hyphenates and shapes by.
    pub fn lang(self) -> &'static str {
        match self {
            Locale::UzLatn | Locale::UzCyrl => "uz",
            Locale::Ru => "ru",
            Locale::Az => "az",
            Locale::En => "en",
        }
    }

    /// Dates as people write them in each locale.
    pub fn date_format(self) -> &'static str {
        match self {
            Locale::En => "%-d %b %Y",
            _ => "%d.%m.%Y",
        }
    }
}

/// The words of a sign-in sheet.
#[derive(Debug, Clone, Serialize)]
pub struct SheetLabels {
    pub title: &'static str,
    pub session: &'static str,
    pub trainer: &'static str,
    pub venue: &'static str,
    pub number: &'static str,
    pub name: &'static str,
    pub role: &'static str,
    pub signature: &'static str,
    pub page: &'static str,
    pub of: &'static str,
    pub participants: &'static str,
    pub trainer_signature: &'static str,
    pub walk_ins: &'static str,
}

pub fn sheet(locale: Locale) -> SheetLabels {
    match locale {
        Locale::UzLatn => SheetLabels {
            title: "Ishtirokchilar roʻyxati",
            session: "Mashgʻulot",
            trainer: "Trener",
            venue: "Joy",
            number: "№",
            name: "F.I.Sh.",
            role: "Roli",
            signature: "Imzo",
            page: "Sahifa",
            of: "/",
            participants: "Ishtirokchilar",
            trainer_signature: "Trener imzosi",
            walk_ins: "Roʻyxatda yoʻqlar",
        },
        Locale::UzCyrl => SheetLabels {
            title: "Иштирокчилар рўйхати",
            session: "Машғулот",
            trainer: "Тренер",
            venue: "Жой",
            number: "№",
            name: "Ф.И.Ш.",
            role: "Роли",
            signature: "Имзо",
            page: "Саҳифа",
            of: "/",
            participants: "Иштирокчилар",
            trainer_signature: "Тренер имзоси",
            walk_ins: "Рўйхатда йўқлар",
        },
        Locale::Ru => SheetLabels {
            title: "Лист регистрации участников",
            session: "Занятие",
            trainer: "Тренер",
            venue: "Место",
            number: "№",
            name: "Ф.И.О.",
            role: "Роль",
            signature: "Подпись",
            page: "Страница",
            of: "из",
            participants: "Участников",
            trainer_signature: "Подпись тренера",
            walk_ins: "Не в списке",
        },
        Locale::Az => SheetLabels {
            title: "İştirakçıların qeydiyyat vərəqəsi",
            session: "Məşğələ",
            trainer: "Təlimçi",
            venue: "Məkan",
            number: "№",
            name: "S.A.A.",
            role: "Rolu",
            signature: "İmza",
            page: "Səhifə",
            of: "/",
            participants: "İştirakçılar",
            trainer_signature: "Təlimçinin imzası",
            walk_ins: "Siyahıda olmayanlar",
        },
        Locale::En => SheetLabels {
            title: "Attendance sign-in sheet",
            session: "Session",
            trainer: "Trainer",
            venue: "Venue",
            number: "No.",
            name: "Name",
            role: "Role",
            signature: "Signature",
            page: "Page",
            of: "of",
            participants: "Participants",
            trainer_signature: "Trainer's signature",
            walk_ins: "Not on the list",
        },
    }
}

/// An enrolment role in words, for print.
pub fn role(locale: Locale, role: &str) -> &'static str {
    let words: [&'static str; 5] = match locale {
        Locale::UzLatn => ["ishtirokchi", "trener", "maʼruzachi", "delegat", "stajyor"],
        Locale::UzCyrl => ["иштирокчи", "тренер", "маърузачи", "делегат", "стажёр"],
        Locale::Ru => ["участник", "тренер", "докладчик", "делегат", "стажёр"],
        Locale::Az => ["iştirakçı", "təlimçi", "məruzəçi", "nümayəndə", "təcrübəçi"],
        Locale::En => ["participant", "trainer", "speaker", "delegate", "intern"],
    };
    match role {
        "trainer" => words[1],
        "speaker" => words[2],
        "delegate" => words[3],
        "intern" => words[4],
        _ => words[0],
    }
}

/// An enrolment status in words, for lists handed to spreadsheet programs.
pub fn enrolment_status(locale: Locale, status: &str) -> &'static str {
    const CODES: [&str; 7] = ["nominated", "approved", "enrolled", "waitlisted", "cancelled", "completed", "declined"];
    let words: [&'static str; 7] = match locale {
        Locale::UzLatn => [
            "nomzodi koʻrsatilgan",
            "tasdiqlangan",
            "roʻyxatga olingan",
            "kutish roʻyxatida",
            "bekor qilingan",
            "yakunlagan",
            "rad etilgan",
        ],
        Locale::UzCyrl => [
            "номзоди кўрсатилган",
            "тасдиқланган",
            "рўйхатга олинган",
            "кутиш рўйхатида",
            "бекор қилинган",
            "якунлаган",
            "рад этилган",
        ],
        Locale::Ru => {
            ["выдвинут", "утверждён", "записан", "в листе ожидания", "отменён", "завершил обучение", "отклонён"]
        }
        Locale::Az => {
            ["namizəd", "təsdiqlənib", "qeydiyyatda", "gözləmə siyahısında", "ləğv edilib", "başa vurub", "rədd edilib"]
        }
        Locale::En => ["nominated", "approved", "enrolled", "waitlisted", "cancelled", "completed", "declined"],
    };
    CODES.iter().position(|c| *c == status).map(|i| words[i]).unwrap_or("")
}

/// The column headings of an activity's participant list.
pub fn participant_headings(locale: Locale) -> [&'static str; 10] {
    match locale {
        Locale::UzLatn => [
            "№",
            "Familiya",
            "Ism",
            "Otasining ismi",
            "Tashkilot",
            "Boʻlinma",
            "Lavozim",
            "Tabel raqami",
            "Roli",
            "Holati",
        ],
        Locale::UzCyrl => [
            "№",
            "Фамилия",
            "Исм",
            "Отасининг исми",
            "Ташкилот",
            "Бўлинма",
            "Лавозим",
            "Табель рақами",
            "Роли",
            "Ҳолати",
        ],
        Locale::Ru => [
            "№",
            "Фамилия",
            "Имя",
            "Отчество",
            "Организация",
            "Подразделение",
            "Должность",
            "Табельный номер",
            "Роль",
            "Статус",
        ],
        Locale::Az => ["№", "Soyad", "Ad", "Ata adı", "Təşkilat", "Bölmə", "Vəzifə", "Tabel nömrəsi", "Rol", "Status"],
        Locale::En => [
            "No.",
            "Family name",
            "Given name",
            "Patronymic",
            "Organisation",
            "Unit",
            "Position",
            "Personnel number",
            "Role",
            "Status",
        ],
    }
}

/// The words of a certificate.
#[derive(Debug, Clone, Serialize)]
pub struct CertificateLabels {
    pub title: &'static str,
    pub awarded_to: &'static str,
    pub for_completing: &'static str,
    pub hours: &'static str,
    pub trainer: &'static str,
    pub manager: &'static str,
    pub number: &'static str,
    pub issued: &'static str,
    pub verify: &'static str,
}

pub fn certificate(locale: Locale) -> CertificateLabels {
    match locale {
        Locale::UzLatn => CertificateLabels {
            title: "SERTIFIKAT",
            awarded_to: "Ushbu sertifikat egasi",
            for_completing: "quyidagi oʻquv dasturini muvaffaqiyatli tamomladi:",
            hours: "soat",
            trainer: "Trener",
            manager: "Rahbar",
            number: "Raqami",
            issued: "Berilgan sana",
            verify: "QR kod orqali haqiqiyligini tekshiring",
        },
        Locale::UzCyrl => CertificateLabels {
            title: "СЕРТИФИКАТ",
            awarded_to: "Ушбу сертификат эгаси",
            for_completing: "қуйидаги ўқув дастурини муваффақиятли тамомлади:",
            hours: "соат",
            trainer: "Тренер",
            manager: "Раҳбар",
            number: "Рақами",
            issued: "Берилган сана",
            verify: "QR код орқали ҳақиқийлигини текширинг",
        },
        Locale::Ru => CertificateLabels {
            title: "СЕРТИФИКАТ",
            awarded_to: "Настоящий сертификат выдан:",
            for_completing: "за успешное прохождение программы обучения:",
            hours: "ч.",
            trainer: "Тренер",
            manager: "Руководитель",
            number: "Номер",
            issued: "Дата выдачи",
            verify: "Подлинность проверяется по QR-коду",
        },
        Locale::Az => CertificateLabels {
            title: "SERTİFİKAT",
            awarded_to: "Bu sertifikatın sahibi",
            for_completing: "aşağıdakı təlim proqramını uğurla başa vurmuşdur:",
            hours: "saat",
            trainer: "Təlimçi",
            manager: "Rəhbər",
            number: "Nömrə",
            issued: "Verilmə tarixi",
            verify: "Həqiqiliyi QR kod ilə yoxlanılır",
        },
        Locale::En => CertificateLabels {
            title: "CERTIFICATE",
            awarded_to: "This certificate is awarded to",
            for_completing: "for successfully completing",
            hours: "hours",
            trainer: "Trainer",
            manager: "Manager",
            number: "No.",
            issued: "Issued",
            verify: "Verify its authenticity with the QR code",
        },
    }
}

/// What a template preview's sample certificate says: holder, course and trainer, so the
/// preview reads as the language chosen.
pub fn sample(locale: Locale) -> [&'static str; 3] {
    match locale {
        Locale::UzLatn => ["Namuna Ism Familiya", "Namunaviy oʻquv dasturi", "Trener Ismi"],
        Locale::UzCyrl => ["Намуна Исм Фамилия", "Намунавий ўқув дастури", "Тренер Исми"],
        Locale::Ru => ["Образцова Анна Петровна", "Образец учебной программы", "Тренер Иванов"],
        Locale::Az => ["Nümunə Ad Soyad", "Nümunəvi təlim proqramı", "Təlimçi Adı"],
        Locale::En => ["Sample Holder Name", "Sample training programme", "Trainer Name"],
    }
}
