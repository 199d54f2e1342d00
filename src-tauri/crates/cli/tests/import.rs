//! `malaka person import` through the real binary: encodings, separators, XLSX, dry runs and refusals.

mod common;

use common::{Env, add_person, world};

const HEADER_UZ: &str = "Familiya;Ismi;Otasining ismi;Tabel raqami;Lavozim;Tug'ilgan sana;Elektron pochta\n";

#[test]
fn utf8_semicolon_file_imports_all_rows_and_records_the_file() {
    let env = Env::new();
    world(&env);
    let csv = format!(
        "{HEADER_UZ}Toshmatov;Shohruh;Alisher oʻgʻli;2001;Bosh mutaxassis;12.03.1990;s.toshmatov@dxa.uz\n\
         G'ulomova;Moʻtabar;Anvar qizi;2002;Operator;1995-07-01;\n"
    );
    let f = env.file("xodimlar.csv", csv.as_bytes());
    let dry = env.json(&["person", "import", f.to_str().unwrap(), "--org", "DXA", "--dry-run"]);
    assert_eq!(dry["problems"].as_array().unwrap().len(), 0);
    assert_eq!(dry["encoding"], "utf-8");
    assert_eq!(dry["delimiter"], ";");
    assert_eq!(env.counts()["people"], 0, "a dry run writes nothing");
    let done = env.json(&["person", "import", f.to_str().unwrap(), "--org", "DXA"]);
    assert_eq!(done["imported"], 2);
    // The apostrophe typed as ' is stored as the Uzbek letter sign U+02BB.
    let found = env.json(&["person", "search", "Ғуломова"]);
    assert_eq!(found[0]["family_name"], "G\u{2bb}ulomova");
    assert_eq!(found[0]["birth_date"], "1995-07-01");
    let first = env.json(&["person", "search", "toshmatov"]);
    assert_eq!(first[0]["birth_date"], "1990-03-12");
    // The same file again is refused, naming when it was imported; --force overrides.
    let again = env.run(&["person", "import", f.to_str().unwrap(), "--org", "DXA"]).failed();
    assert!(again.stderr.contains("xodimlar.csv was already imported on"), "{}", again.stderr);
    let forced = env.run(&["person", "import", f.to_str().unwrap(), "--org", "DXA", "--force"]).failed();
    assert!(forced.stderr.contains("personnel number 2001 is already used"), "{}", forced.stderr);
}

#[test]
fn windows_1251_and_bom_files_with_russian_headers_are_read() {
    let env = Env::new();
    world(&env);
    let text = "Фамилия,Имя,Отчество,Табельный номер,Должность\r\nИванова,Елена,Сергеевна,3001,\"Ведущий специалист, отдел\"\r\n";
    let (cp1251, _, bad) = encoding_rs::WINDOWS_1251.encode(text);
    assert!(!bad);
    let f = env.file("staff-1251.csv", &cp1251);
    let report = env.json(&["person", "import", f.to_str().unwrap(), "--org", "DXA"]);
    assert_eq!(report["encoding"], "windows-1251");
    assert_eq!(report["delimiter"], ",");
    assert_eq!(report["imported"], 1);
    let p = env.json(&["person", "search", "ivanova"]);
    assert_eq!(p[0]["position"], "Ведущий специалист, отдел");

    let bom =
        [b"\xEF\xBB\xBF".as_slice(), "Soyadı;Adı;Ata adı;Tabel nömrəsi\nMəmmədova;Günel;Vaqif qızı;AZ-1\n".as_bytes()]
            .concat();
    let f = env.file("asan.csv", &bom);
    let report = env.json(&["person", "import", f.to_str().unwrap(), "--org", "DXA"]);
    assert_eq!(report["encoding"], "utf-8-bom");
    assert_eq!(env.json(&["person", "search", "mammadova"])[0]["family_name"], "Məmmədova");
}

#[test]
fn a_broken_file_lists_every_problem_by_row_and_column_and_writes_nothing() {
    let env = Env::new();
    world(&env);
    add_person(&env, "Bor", "Edi", "1042");
    let csv = format!(
        "{HEADER_UZ}Karimov;Aziz;;1001;;31.02.1990;\n\
         ;Dilnoza;;1002;;;\n\
         Saidov;Jasur;;1001;;;\n\
         Nazarov;Bekzod;;1042;;;a@\n\
         Qodirov;Sardor;;1005;;;\n"
    );
    let f = env.file("broken.csv", csv.as_bytes());
    let before = env.counts();
    let dry = env.run(&["person", "import", f.to_str().unwrap(), "--org", "DXA", "--dry-run", "--json"]).failed();
    let problems = dry.json()["problems"].clone();
    let list: Vec<(u64, String)> = problems
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["row"].as_u64().unwrap(), p["column"].as_str().unwrap().to_owned()))
        .collect();
    let has = |row: u64, col: &str| list.iter().any(|(r, c)| *r == row && c == col);
    assert!(has(2, "Tug'ilgan sana"), "bad date: {problems}");
    assert!(has(3, "Familiya"), "missing family name: {problems}");
    assert!(has(4, "Tabel raqami"), "duplicate number within the file: {problems}");
    assert!(has(5, "Tabel raqami"), "number already in the database: {problems}");
    assert!(has(5, "Elektron pochta"), "bad e-mail: {problems}");
    assert!(!list.iter().any(|(r, _)| *r == 6), "row 6 is fine: {problems}");
    let real = env.run(&["person", "import", f.to_str().unwrap(), "--org", "DXA"]).failed();
    let first = real.stderr.lines().next().unwrap();
    assert!(first.starts_with("error: broken.csv: "), "{first}");
    assert!(first.contains("nothing imported; first: row 2, column \"Tug'ilgan sana\""), "{first}");
    assert_eq!(env.counts(), before, "all or nothing: not even the good rows");
}

#[test]
fn unreadable_files_get_one_clear_line() {
    let env = Env::new();
    world(&env);
    let before = env.counts();
    let utf16: Vec<u8> =
        [0xFF, 0xFE].into_iter().chain("Familiya;Ism\n".encode_utf16().flat_map(u16::to_le_bytes)).collect();
    let f = env.file("utf16.csv", &utf16);
    let e = env.run(&["person", "import", f.to_str().unwrap(), "--org", "DXA"]).failed();
    assert!(e.stderr.contains("utf16.csv: the file is UTF-16 text"), "{}", e.stderr);
    let f = env.file("binary.csv", b"Familiya;Ism\nA\0B;C\n");
    let e = env.run(&["person", "import", f.to_str().unwrap(), "--org", "DXA"]).failed();
    assert!(e.stderr.contains("binary.csv: row 2"), "{}", e.stderr);
    let f = env.file("empty.csv", b"");
    let e = env.run(&["person", "import", f.to_str().unwrap(), "--org", "DXA"]).failed();
    assert!(e.stderr.contains("empty.csv: the file is empty"), "{}", e.stderr);
    let f = env.file("names.pdf", b"%PDF-1.7");
    let e = env.run(&["person", "import", f.to_str().unwrap(), "--org", "DXA"]).failed();
    assert!(e.stderr.contains("unsupported file type"), "{}", e.stderr);
    let e = env.run(&["person", "import", "/nonexistent/x.csv", "--org", "DXA"]).failed();
    assert!(e.stderr.contains("x.csv: no such file"), "{}", e.stderr);
    let f = env.file("noorg.csv", "Familiya;Ism\nKarimov;Aziz\n".as_bytes());
    let e = env.run(&["person", "import", f.to_str().unwrap()]).failed();
    assert!(e.stderr.contains("no organisation"), "{}", e.stderr);
    assert_eq!(env.counts(), before);
}

#[test]
fn xlsx_with_a_date_cell_and_an_organisation_column() {
    let env = Env::new();
    world(&env);
    env.json(&[
        "org",
        "add",
        "--name",
        "Samarqand DXM",
        "--country",
        "UZ",
        "--kind",
        "service_centre",
        "--code",
        "SAM",
        "--parent",
        "DXA",
    ]);
    let path = env.dir.path().join("staff.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let date_format = rust_xlsxwriter::Format::new().set_num_format("dd.mm.yyyy");
    for (c, h) in ["F.I.Sh.", "Tashkilot", "Tabel raqami", "Tug'ilgan sana"].iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    sheet.write_string(1, 0, "Yusupova Nilufar Rustam qizi").unwrap();
    sheet.write_string(1, 1, "SAM").unwrap();
    sheet.write_number(1, 2, 501).unwrap();
    let d = rust_xlsxwriter::ExcelDateTime::from_ymd(1992, 4, 15).unwrap();
    sheet.write_datetime_with_format(1, 3, &d, &date_format).unwrap();
    sheet.write_string(2, 0, "Ergashev Bobur").unwrap();
    sheet.write_string(2, 1, "Samarqand DXM").unwrap();
    sheet.write_number(2, 2, 502).unwrap();
    book.save(&path).unwrap();
    let report = env.json(&["person", "import", path.to_str().unwrap()]);
    assert_eq!(report["format"], "xlsx");
    assert_eq!(report["imported"], 2);
    let p = env.json(&["person", "search", "Юсупова"]);
    assert_eq!(p[0]["patronymic"], "Rustam qizi");
    assert_eq!(p[0]["personnel_number"], "501");
    assert_eq!(p[0]["birth_date"], "1992-04-15");
    let sam = env.json(&["person", "list", "--org", "SAM"]);
    assert_eq!(sam.as_array().unwrap().len(), 2);
}

#[test]
fn units_the_file_names_are_listed_and_created_with_create_units() {
    let env = Env::new();
    world(&env);
    let f = env.file(
        "bolimlar.csv",
        "Фамилия,Имя,Подразделение,Табельный номер\nKarimov,Anvar,Yuridik boʻlim,5001\n".as_bytes(),
    );
    let dry = env.run(&["person", "import", f.to_str().unwrap(), "--org", "DXA", "--dry-run"]).failed();
    assert!(dry.stdout.contains("unit \"Yuridik boʻlim\" of Davlat xizmatlari agentligi"), "{}", dry.stdout);
    assert!(dry.stderr.contains("--create-units"), "{}", dry.stderr);
    let refused = env.run(&["person", "import", f.to_str().unwrap(), "--org", "DXA"]).failed();
    assert!(refused.stderr.contains("has no unit \"Yuridik boʻlim\" yet"), "{}", refused.stderr);
    assert!(refused.stderr.contains("--create-units"), "{}", refused.stderr);
    let done = env.json(&["person", "import", f.to_str().unwrap(), "--org", "DXA", "--create-units"]);
    assert_eq!((done["imported"].as_u64(), done["units_created"].as_u64()), (Some(1), Some(1)));
    let orgs = env.json(&["org", "list"]);
    let unit = orgs.as_array().unwrap().iter().find(|o| o["name"] == "Yuridik boʻlim").expect("the unit");
    assert_eq!(unit["kind"], "unit");
}

#[test]
fn person_edit_changes_only_what_is_given_and_clears_what_is_given_empty() {
    let env = Env::new();
    world(&env);
    let id = add_person(&env, "Karimov", "Anvar", "7001");
    env.json(&["person", "edit", &id, "--email", "a.karimov@dxa.uz", "--position", "Bosh mutaxassis"]);
    let edited = env.json(&["person", "edit", &id, "--given", "Anvarjon", "--position", ""]);
    assert_eq!(edited["given_name"], "Anvarjon");
    assert_eq!(edited["family_name"], "Karimov");
    assert_eq!(edited["email"], "a.karimov@dxa.uz", "not given, so kept");
    assert!(edited["position"].is_null(), "given empty, so cleared");
    assert_eq!(edited["personnel_number"], "7001");
    let bad = env.run(&["person", "edit", &id, "--email", "not-an-email"]).failed();
    assert!(bad.stderr.contains("email"), "{}", bad.stderr);
    let hired = env.json(&["person", "edit", &id, "--birth-date", "1990-05-07", "--hired-on", "2014-09-15"]);
    assert_eq!((hired["birth_date"].as_str(), hired["hired_on"].as_str()), (Some("1990-05-07"), Some("2014-09-15")));
    let before_birth = env.run(&["person", "edit", &id, "--hired-on", "1989-01-01"]).failed();
    assert!(before_birth.stderr.contains("hire date must come after the birth date"), "{}", before_birth.stderr);
    let audit = env.json(&["audit", "--entity", &id]);
    let actions: Vec<&str> = audit.as_array().unwrap().iter().filter_map(|e| e["action"].as_str()).collect();
    assert_eq!(actions.iter().filter(|a| **a == "person.update").count(), 3, "{actions:?}");
}
