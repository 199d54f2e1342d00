//! From a staff file to person rows and the problems to show the user.

mod common;

use common::{workbook, write_strings};
use malaka_core::Reason;
use malaka_exchange::{PersonField, PersonRow, Problem, map_headers, people_rows, read_csv_bytes, read_table_bytes};
use rust_xlsxwriter::{ExcelDateTime, Format as CellFormat};

/// Reads CSV text and maps it with the recognised headers.
fn import(text: &str) -> (Vec<PersonRow>, Vec<Problem>) {
    let table = read_csv_bytes("staff.csv", text.as_bytes()).expect("table");
    people_rows(&table, &map_headers(&table.headers))
}

/// Problems as "row|column|message" for compact assertions.
fn lines(problems: &[Problem]) -> Vec<String> {
    problems.iter().map(|p| format!("{}|{}|{}", p.row, p.column, p.reason)).collect()
}

#[test]
fn uzbek_latin_file_maps_every_column() {
    let text = "Familiya;Ism;Otasining ismi;Tabel raqami;Lavozim;Bo‘lim;E-mail;Telefon;Tug‘ilgan sana\n\
                Qoʻchqorov;Gʻayrat;Karim oʻgʻli;1042;Bosh mutaxassis;Kadrlar;g.qochqorov@gov.uz;+998 90 123 45 67;7.5.1990\n";
    let (people, problems) = import(text);
    assert!(problems.is_empty(), "{problems:?}");
    let p = &people[0];
    assert_eq!(p.row, 2);
    assert_eq!(p.get(PersonField::FamilyName), Some("Qoʻchqorov"));
    assert_eq!(p.get(PersonField::GivenName), Some("Gʻayrat"));
    assert_eq!(p.get(PersonField::Patronymic), Some("Karim oʻgʻli"));
    assert_eq!(p.get(PersonField::PersonnelNumber), Some("1042"));
    assert_eq!(p.get(PersonField::Unit), Some("Kadrlar"));
    assert_eq!(p.get(PersonField::Email), Some("g.qochqorov@gov.uz"));
    assert_eq!(p.get(PersonField::Phone), Some("+998 90 123 45 67"));
    assert_eq!(p.get(PersonField::BirthDate), Some("1990-05-07"));
}

#[test]
fn full_name_column_is_split_with_suffixes_kept() {
    let text = "№;Soyad, ad, ata adı;Vəzifə\n\
                1;Əliyev İlqar Şahin oğlu;Müdir\n\
                2;Qasımova Gülşən Məmməd qızı;Mühasib\n";
    let table = read_csv_bytes("f.csv", text.as_bytes()).expect("table");
    let mapping = map_headers(&table.headers);
    assert_eq!(mapping.field(1), Some(PersonField::FullName));
    assert_eq!(mapping.unrecognised(), [(0, "№")]);
    assert!(mapping.missing_required().is_empty());

    let (people, problems) = people_rows(&table, &mapping);
    assert!(problems.is_empty(), "{problems:?}");
    let names: Vec<[Option<&str>; 3]> = people
        .iter()
        .map(|p| [PersonField::FamilyName, PersonField::GivenName, PersonField::Patronymic].map(|f| p.get(f)))
        .collect();
    assert_eq!(
        names,
        [[Some("Əliyev"), Some("İlqar"), Some("Şahin oğlu")], [Some("Qasımova"), Some("Gülşən"), Some("Məmməd qızı")]]
    );
    assert_eq!(people[0].get(PersonField::FullName), None);
}

#[test]
fn bad_dates_are_problems_naming_row_and_column() {
    let text = "Фамилия;Имя;Дата рождения\n\
                Иванов;Иван;31.02.1990\n\
                Петров;Пётр;1985-12-01\n\
                Сидоров;Семён;вчера\n";
    let (people, problems) = import(text);
    assert_eq!(
        lines(&problems),
        [
            "2|Дата рождения|\"31.02.1990\" is not a valid date; expected DD.MM.YYYY or YYYY-MM-DD",
            "4|Дата рождения|\"вчера\" is not a valid date; expected DD.MM.YYYY or YYYY-MM-DD",
        ]
    );
    assert_eq!(people[0].get(PersonField::BirthDate), None);
    assert_eq!(people[1].get(PersonField::BirthDate), Some("1985-12-01"));
}

#[test]
fn missing_names_are_problems() {
    let text = "Familiya;Ism;Lavozim\n;Vali;Muhandis\nKarimov;;Hisobchi\n";
    let (people, problems) = import(text);
    assert_eq!(people.len(), 2);
    assert_eq!(lines(&problems), ["2|Familiya|the family name is missing", "3|Ism|the given name is missing"]);
}

#[test]
fn one_word_full_name_lacks_a_given_name() {
    let (_, problems) = import("ФИО;Должность\nИванов;Инженер\n");
    assert_eq!(lines(&problems), ["2|ФИО|the given name is missing"]);
}

#[test]
fn repeated_personnel_numbers_name_the_first_row() {
    let text = "Familiya;Ism;Tabel №\n\
                Aliyev;Vali;1042\n\
                Karimov;Ali;1043\n\
                Aliyeva;Nodira;1042\n\
                \n\
                Rahimov;Bobur;1042\n";
    let (_, problems) = import(text);
    assert_eq!(lines(&problems), ["4|Tabel №|'1042' is already on row 2", "6|Tabel №|'1042' is already on row 2",]);
}

#[test]
fn emails_need_one_at_with_text_on_both_sides() {
    let text = "Surname,Name,Email\nA,B,a@b.uz\nC,D,c.gov.uz\nE,F,e@@f\nG,H,@h\n";
    let (people, problems) = import(text);
    let rows: Vec<usize> = problems.iter().map(|p| p.row).collect();
    assert_eq!(rows, [3, 4, 5]);
    assert!(problems.iter().all(|p| p.column == "Email"));
    assert_eq!(problems[0].reason, Reason::NotAnEmail { value: "c.gov.uz".into() });
    assert_eq!(people[0].get(PersonField::Email), Some("a@b.uz"));
    assert_eq!(people[1].get(PersonField::Email), None);
}

#[test]
fn alt_script_columns_and_a_user_remapping() {
    let text = "Familiya (lotin);Familiya (kirill);Ism;Исм (кирилл);Izoh\n\
                Toshmatov;Тошматов;Alisher;Алишер;a.toshmatov@gov.uz\n";
    let table = read_csv_bytes("f.csv", text.as_bytes()).expect("table");
    let mut mapping = map_headers(&table.headers);
    assert_eq!(
        mapping.fields(),
        [
            Some(PersonField::FamilyName),
            Some(PersonField::FamilyNameAlt),
            Some(PersonField::GivenName),
            Some(PersonField::GivenNameAlt),
            None
        ]
    );
    // The user says the "Izoh" (note) column holds emails.
    mapping.set(4, Some(PersonField::Email));
    let (people, problems) = people_rows(&table, &mapping);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(people[0].get(PersonField::FamilyNameAlt), Some("Тошматов"));
    assert_eq!(people[0].get(PersonField::GivenNameAlt), Some("Алишер"));
    assert_eq!(people[0].get(PersonField::Email), Some("a.toshmatov@gov.uz"));
}

#[test]
fn unmapped_names_make_every_row_a_problem() {
    let table = read_csv_bytes("f.csv", b"Lavozim;Izoh\nMuhandis;x\n").expect("table");
    let mapping = map_headers(&table.headers);
    assert_eq!(mapping.missing_required(), ["family_name", "given_name"]);
    let (_, problems) = people_rows(&table, &mapping);
    assert_eq!(lines(&problems), ["2||the family name is missing", "2||the given name is missing"]);
}

#[test]
fn xlsx_date_cell_and_number_cell_reach_person_fields() {
    let bytes = workbook(|ws| {
        let date = CellFormat::new().set_num_format("dd.mm.yyyy");
        write_strings(ws, 0, 0, &["Фамилия", "Имя", "Табельный номер", "Дата рождения"]);
        write_strings(ws, 1, 0, &["Соколова", "Анна"]);
        ws.write_number(1, 2, 77).expect("cell");
        let born = ExcelDateTime::from_ymd(1988, 12, 31).expect("date");
        ws.write_datetime_with_format(1, 3, &born, &date).expect("cell");
    });

    let table = read_table_bytes("staff.xlsx", &bytes).expect("table");
    let (people, problems) = people_rows(&table, &map_headers(&table.headers));
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(people[0].get(PersonField::PersonnelNumber), Some("77"));
    assert_eq!(people[0].get(PersonField::BirthDate), Some("1988-12-31"));
}

#[test]
fn a_hire_date_column_is_kept_in_every_language_an_hr_list_names_it() {
    for header in [
        "Дата приёма",
        "Дата приема на работу",
        "Ishga qabul qilingan sana",
        "Ишга қабул қилинган сана",
        "İşə qəbul tarixi",
        "Hire date",
    ] {
        let text = format!("Фамилия;Имя;Дата рождения;{header}\nИванов;Иван;07.05.1990;15.09.2014\n");
        let (people, problems) = import(&text);
        assert!(problems.is_empty(), "{header}: {problems:?}");
        assert_eq!(people[0].get(PersonField::HiredOn), Some("2014-09-15"), "{header}");
        assert_eq!(people[0].get(PersonField::BirthDate), Some("1990-05-07"));
    }
    let (_, problems) = import("Фамилия;Имя;Дата приёма\nИванов;Иван;31.02.2014\n");
    assert_eq!(
        lines(&problems),
        ["2|Дата приёма|\"31.02.2014\" is not a valid date; expected DD.MM.YYYY or YYYY-MM-DD"]
    );
}
