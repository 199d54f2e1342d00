//! The words of the audit log's file, in the five locales. A full struct per locale, so a missing
//! word is a compile error, not a blank heading.

use crate::Locale;

#[derive(Debug, Clone)]
pub struct AuditLabels {
    pub title: &'static str,
    pub number: &'static str,
    /// Followed by the time zone's name in brackets.
    pub time: &'static str,
    pub actor: &'static str,
    pub action: &'static str,
    pub record: &'static str,
    pub record_id: &'static str,
    pub summary: &'static str,
}

pub fn audit(locale: Locale) -> AuditLabels {
    match locale {
        Locale::UzLatn => AuditLabels {
            title: "Audit jurnali",
            number: "№",
            time: "Vaqt",
            actor: "Kim",
            action: "Amal",
            record: "Yozuv turi",
            record_id: "Yozuv identifikatori",
            summary: "Tafsilot",
        },
        Locale::UzCyrl => AuditLabels {
            title: "Аудит журнали",
            number: "№",
            time: "Вақт",
            actor: "Ким",
            action: "Амал",
            record: "Ёзув тури",
            record_id: "Ёзув идентификатори",
            summary: "Тафсилот",
        },
        Locale::Ru => AuditLabels {
            title: "Журнал аудита",
            number: "№",
            time: "Время",
            actor: "Кто",
            action: "Действие",
            record: "Тип записи",
            record_id: "Идентификатор записи",
            summary: "Подробности",
        },
        Locale::Az => AuditLabels {
            title: "Audit jurnalı",
            number: "№",
            time: "Vaxt",
            actor: "Kim",
            action: "Əməliyyat",
            record: "Qeydin növü",
            record_id: "Qeydin identifikatoru",
            summary: "Təfərrüat",
        },
        Locale::En => AuditLabels {
            title: "Audit log",
            number: "No.",
            time: "Time",
            actor: "Who",
            action: "Action",
            record: "Record",
            record_id: "Record id",
            summary: "Details",
        },
    }
}
