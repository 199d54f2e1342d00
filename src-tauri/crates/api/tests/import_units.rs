//! An HR export naming units the register does not have yet: listed by the check, created or
//! mapped as the user decides, in the same all-or-nothing import.

mod common;

use malaka_api::Malaka;
use malaka_api::core::Reason;
use malaka_api::core::model::*;
use malaka_api::person_import::ImportOptions;
use malaka_api::person_import_units::UnitChoice;

struct Agency {
    _dir: tempfile::TempDir,
    app: Malaka,
    file: std::path::PathBuf,
    centre: Organisation,
    hr: Organisation,
}

/// A centre with one unit (Kadrlar boʻlimi) and a file naming it, a new unit twice, and a
/// unit another centre has.
async fn agency() -> Agency {
    let (dir, app) = common::register().await;
    let org = |name: &str, code: Option<&str>, kind, parent: Option<&Organisation>| NewOrganisation {
        name: name.into(),
        short_code: code.map(Into::into),
        country: "UZ".into(),
        kind,
        parent_id: parent.map(|p| p.id.clone()),
    };
    let centre =
        app.organisation_create(org("Yunusobod DXM", Some("YUN"), OrgKind::ServiceCentre, None)).await.unwrap();
    let hr = app.organisation_create(org("Kadrlar boʻlimi", None, OrgKind::Unit, Some(&centre))).await.unwrap();
    let other = app.organisation_create(org("Chilonzor DXM", Some("CHI"), OrgKind::ServiceCentre, None)).await.unwrap();
    app.organisation_create(org("Yuridik boʻlim", None, OrgKind::Unit, Some(&other))).await.unwrap();
    let file = dir.path().join("hr.csv");
    std::fs::write(
        &file,
        "Фамилия,Имя,Подразделение,Табельный номер\n\
         Karimov,Anvar,Kadrlar boʻlimi,1\n\
         Саидова,Нилуфар,Ҳужжатлар бўлими,2\n\
         Tosheva,Malika,Hujjatlar boʻlimi,3\n\
         Rahimov,Jamshid,Yuridik boʻlim,4\n",
    )
    .unwrap();
    Agency { _dir: dir, app, file, centre, hr }
}

fn options() -> ImportOptions {
    ImportOptions { default_org: Some("YUN".into()), ..Default::default() }
}

on_both_backends! {
    async fn the_check_lists_each_unknown_unit_once_with_its_rows() {
        let a = agency().await;
        let report = a.app.person_import(&a.file, &ImportOptions { dry_run: true, ..options() }).await.unwrap();
        let units: Vec<(&str, usize)> = report.unknown_units.iter().map(|u| (u.name.as_str(), u.rows)).collect();
        // The Cyrillic and Latin spellings of one unit are one unit; another centre's unit is not ours.
        assert_eq!(units, vec![("Ҳужжатлар бўлими", 2), ("Yuridik boʻlim", 1)]);
        assert!(report.unknown_units.iter().all(|u| u.organisation_id == a.centre.id));
        let rows: Vec<usize> = report.problems.iter().map(|p| p.row).collect();
        assert_eq!(rows, vec![3, 4, 5]);
        assert!(matches!(&report.problems[0].reason, Reason::UnitUnknown { unit, organisation }
            if unit == "Ҳужжатлар бўлими" && organisation == "Yunusobod DXM"));
        assert_eq!(report.problems[0].column, "Подразделение");
        // Without a decision nothing is written.
        let e = a.app.person_import(&a.file, &options()).await.unwrap_err();
        assert_eq!(e.code(), malaka_api::ErrorCode::ImportRejected);
        assert_eq!(a.app.organisation_list().await.unwrap().len(), 4);
    }

    async fn confirmed_units_are_created_and_mapped_ones_reused_in_one_import() {
        let a = agency().await;
        let choices = vec![
            UnitChoice { organisation_id: a.centre.id.clone(), name: "Hujjatlar boʻlimi".into(), use_unit_id: None },
            UnitChoice {
                organisation_id: a.centre.id.clone(),
                name: "YURIDIK BOʻLIM".into(),
                use_unit_id: Some(a.hr.id.clone()),
            },
        ];
        let report = a.app.person_import(&a.file, &ImportOptions { units: choices, ..options() }).await.unwrap();
        assert_eq!((report.imported, report.units_created), (4, 1));
        let orgs = a.app.organisation_list().await.unwrap();
        let created = orgs.iter().find(|o| o.name == "Ҳужжатлар бўлими").expect("the unit as the file first spells it");
        assert_eq!((created.kind, created.parent_id.as_deref()), (OrgKind::Unit, Some(a.centre.id.as_str())));
        let people = a.app.person_list(Some(&created.id), 10, 0).await.unwrap();
        assert_eq!(people.iter().map(|p| p.family_name.as_str()).collect::<Vec<_>>(), vec!["Tosheva", "Саидова"]);
        let hr = a.app.person_list(Some(&a.hr.id), 10, 0).await.unwrap();
        assert_eq!(hr.len(), 2, "Karimov by name, Rahimov mapped there");
        let audit = a.app.audit_list(Some(&created.id), 10).await.unwrap();
        assert_eq!(audit.first().map(|e| e.action.as_str()), Some("organisation.create"));
    }

    async fn a_unit_mapped_to_another_organisations_unit_is_refused_and_nothing_is_created() {
        let a = agency().await;
        let other_units: Vec<Organisation> =
            a.app.organisation_list().await.unwrap().into_iter().filter(|o| o.name == "Yuridik boʻlim").collect();
        let choices = vec![UnitChoice {
            organisation_id: a.centre.id.clone(),
            name: "Yuridik boʻlim".into(),
            use_unit_id: Some(other_units[0].id.clone()),
        }];
        let e = a
            .app
            .person_import(&a.file, &ImportOptions { units: choices, create_units: true, ..options() })
            .await
            .unwrap_err();
        let malaka_api::Error::ImportRejected { problems, .. } = &e else { panic!("{e:?}") };
        assert_eq!(problems.len(), 1);
        assert!(matches!(&problems[0].reason, Reason::UnitNotOfOrganisation { .. }), "{problems:?}");
        assert_eq!(a.app.organisation_list().await.unwrap().len(), 4, "the unit to create was not created either");
        assert_eq!(a.app.person_list(None, 10, 0).await.unwrap().len(), 0);
    }

    async fn hire_dates_an_hr_export_carries_are_kept_and_checked_against_birth() {
        let a = agency().await;
        let file = a.file.with_file_name("hired.csv");
        std::fs::write(
            &file,
            "Фамилия,Имя,Табельный номер,Дата рождения,Дата приёма\n\
             Karimov,Anvar,11,07.05.1990,15.09.2014\n\
             Tosheva,Malika,12,,01.03.2021\n",
        )
        .unwrap();
        let report = a.app.person_import(&file, &options()).await.unwrap();
        assert_eq!(report.imported, 2);
        let mut people = a.app.person_list(Some(&a.centre.id), 10, 0).await.unwrap();
        people.sort_by(|x, y| x.family_name.cmp(&y.family_name));
        let hired: Vec<_> = people.iter().map(|p| p.hired_on.map(|d| d.to_string())).collect();
        assert_eq!(hired, [Some("2014-09-15".to_owned()), Some("2021-03-01".to_owned())]);
        // Hired before being born: a problem on its row and column, nothing imported.
        let wrong = a.file.with_file_name("wrong.csv");
        std::fs::write(&wrong, "Фамилия,Имя,Дата рождения,Дата приёма\nRahimov,Jamshid,07.05.1990,07.05.1980\n").unwrap();
        let e = a.app.person_import(&wrong, &options()).await.unwrap_err();
        let malaka_api::Error::ImportRejected { problems, .. } = &e else { panic!("{e:?}") };
        assert_eq!((problems[0].row, problems[0].column.as_str()), (2, "Дата приёма"));
        assert_eq!(problems[0].reason, Reason::HiredBeforeBorn);
    }
}
