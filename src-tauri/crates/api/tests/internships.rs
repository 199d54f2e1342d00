//! Internships on both backends: a four-week placement in Baku from proposal to certificate (two
//! host units, objectives agreed and amended, two weeks logged, days marked, the evaluation typed
//! back from paper), and the rules that refuse bad input with the field named and nothing written.

mod common;

use common::{Backend, KEY_PASSPHRASE, backend, register, use_backend};
use malaka_api::core::Reason;
use malaka_api::core::certificate::VerificationStatus;
use malaka_api::core::model::*;
use malaka_api::{ErrorCode, Location, Malaka};

struct Sides {
    agency: String,
    partner: String,
}

async fn sides(app: &Malaka) -> Sides {
    let org = |name: &str, code: &str, country: &str, kind: OrgKind| NewOrganisation {
        name: name.into(),
        short_code: Some(code.into()),
        country: country.into(),
        kind,
        parent_id: None,
    };
    let agency = app.organisation_create(org("Davlat xizmatlari agentligi", "DXA", "UZ", OrgKind::Agency)).await;
    let partner = app.organisation_create(org("ASAN xidmət", "ASAN", "AZ", OrgKind::Partner)).await;
    Sides { agency: agency.unwrap().id, partner: partner.unwrap().id }
}

async fn intern(app: &Malaka, org: &str, family: &str, given: &str) -> String {
    let p = NewPerson {
        family_name: family.into(),
        given_name: given.into(),
        organisation_id: org.into(),
        ..Default::default()
    };
    app.person_create(p).await.unwrap().id
}

fn unit(name: &str, from: &str, to: &str) -> NewHostUnit {
    NewHostUnit { name: name.into(), starts_on: from.into(), ends_on: to.into() }
}

fn placement(s: &Sides, person: &str) -> NewInternship {
    NewInternship {
        title: None,
        intern_id: person.into(),
        host_org_id: s.partner.clone(),
        units: vec![
            unit("Front office", "2027-03-01", "2027-03-12"),
            unit("Quality and analytics", "2027-03-15", "2027-03-26"),
        ],
        mentor: Some(NewMentor {
            name: Some("Rəşad Əliyev".into()),
            position: Some("Head of front office".into()),
            email: Some("r.aliyev@asan.example".into()),
            ..Default::default()
        }),
        planned_start: "2027-03-01".into(),
        planned_end: "2027-03-26".into(),
        actual_start: None,
        actual_end: None,
        hours_per_week: 40.0,
        objectives: vec!["Route a citizen through one window".into(), "Read the queue analytics".into()],
    }
}

fn score(s: u8, comment: Option<&str>) -> NewObjectiveScore {
    NewObjectiveScore { score: Some(s), comment: comment.map(Into::into) }
}

fn field_and_reason(e: &malaka_api::Error) -> (String, Reason) {
    (e.field().unwrap_or_default().to_owned(), e.reason())
}

on_both_backends! {
    /// The issue's placement: four weeks in two host units, two weeks logged, the evaluation
    /// typed back from the printed form, closed, and its certificate issued and verified.
    async fn a_four_week_placement_in_baku_from_proposal_to_certificate() {
        let (_dir, app) = register().await;
        app.key_rotate(KEY_PASSPHRASE).await.unwrap();
        let s = sides(&app).await;
        let who = intern(&app, &s.agency, "Karimova", "Dilnoza").await;
        let p = app.internship_create(placement(&s, &who)).await.unwrap();
        assert_eq!(p.status, InternshipStatus::Proposed);
        assert_eq!(p.title, "Karimova Dilnoza · ASAN xidmət", "a title is made from the intern and host");
        assert_eq!(p.sending_org_id, s.agency, "the intern's agency sends them");
        assert_eq!(p.units.len(), 2);
        let activity = p.activity_id.clone().expect("kept with an activity of its own");
        let act = app.activity_get(&activity).await.unwrap();
        assert_eq!(act.activity.kind, ActivityKind::Internship);
        assert_eq!(act.activity.language, "az", "in the host's language");

        app.internship_set_status(&p.id, InternshipStatus::HostAccepted, None).await.unwrap();
        let agreed = app.internship_set_status(&p.id, InternshipStatus::Agreed, None).await.unwrap();
        // Once agreed, a change to the objectives is an amendment with its reason.
        let mut more = placement(&s, &who);
        more.title = Some(agreed.title.clone());
        more.objectives.push("Handle a complaint end to end".into());
        let e = app.internship_update(&p.id, more.clone(), agreed.version, None).await.unwrap_err();
        assert!(matches!(field_and_reason(&e), (f, Reason::AmendmentReasonRequired { .. }) if f == "reason"), "{e}");
        let amended = app
            .internship_update(&p.id, more, agreed.version, Some("The host offered its complaints desk".into()))
            .await
            .unwrap();
        assert_eq!(amended.objectives.len(), 3);
        app.internship_set_status(&p.id, InternshipStatus::UnderWay, None).await.unwrap();

        for (week, entry, comment) in [
            ("2027-03-03", "Shadowed the front office; served 12 citizens with a mentor.", "Confident by Friday."),
            ("2027-03-08", "Served citizens alone at window 4.", "Good pace; check documents slower."),
        ] {
            let input = NewWeekLog {
                week_of: week.into(),
                intern_entry: Some(entry.into()),
                mentor_comment: Some(comment.into()),
            };
            app.internship_week_save(&p.id, input).await.unwrap();
        }
        let days: Vec<NewPlacementDay> = (1..=12)
            .filter(|d| ![6, 7].contains(d))
            .map(|d| NewPlacementDay {
                day: format!("2027-03-{d:02}"),
                status: Some(if d == 10 { PlacementDayStatus::Excused } else { PlacementDayStatus::Present }),
                note: (d == 10).then(|| "Visa office appointment".into()),
            })
            .collect();
        assert_eq!(app.internship_days_mark(&p.id, days).await.unwrap().len(), 10);

        let mid = NewEvaluation {
            kind: Some(EvaluationKind::Mid),
            on: "2027-03-12".into(),
            evaluator: "Rəşad Əliyev".into(),
            scores: vec![score(4, Some("Quick with the routing")), score(3, None), score(3, None)],
            comment: Some("On track".into()),
            from_paper: false,
        };
        app.internship_evaluation_record(&p.id, mid).await.unwrap();
        let fin = NewEvaluation {
            kind: Some(EvaluationKind::Final),
            on: "2027-03-26".into(),
            evaluator: "Rəşad Əliyev".into(),
            scores: vec![score(5, None), score(4, Some("Reads the dashboards")), score(4, None)],
            comment: Some("Ready to train others".into()),
            from_paper: true,
        };
        app.internship_evaluation_record(&p.id, fin).await.unwrap();
        let report = NewInternReport { text: "What I bring back: one-window routing.".into(), submitted_on: "2027-03-29".into() };
        app.internship_report_save(&p.id, report).await.unwrap();

        let d = app.internship_get(&p.id).await.unwrap();
        assert_eq!(d.internship.status, InternshipStatus::Evaluated, "the final evaluation evaluates it");
        assert_eq!(d.weeks.len(), 2);
        assert_eq!(d.weeks[1].week_of.to_string(), "2027-03-08", "kept under its Monday");
        assert_eq!(d.days.len(), 10);
        assert_eq!(d.hours, 72.0, "nine days present at 40 hours a week");
        assert!(d.final_.as_ref().unwrap().from_paper);
        assert_eq!(d.mid.as_ref().unwrap().scores[0].score, 4);
        assert_eq!(d.amendments.len(), 1);
        assert_eq!(d.amendments[0].what, "objectives");
        assert!(d.amendments[0].after.as_deref().unwrap().contains("3. Handle a complaint end to end"));

        app.internship_set_status(&p.id, InternshipStatus::Closed, None).await.unwrap();
        let cert = app.internship_certificate_issue(&p.id).await.unwrap();
        assert!(cert.code.starts_with("UZ-DXA-"), "numbered by the sending agency for a placement abroad: {}", cert.code);
        assert_eq!(cert.snapshot.hours, 72.0);
        assert_eq!(cert.snapshot.activity_kind, "internship");
        assert_eq!(cert.snapshot.trainers, vec!["Rəşad Əliyev".to_string()], "the mentor signs as trainer");
        let verified = app.certificate_verify(&cert.token).await.unwrap();
        assert_eq!(verified.status, VerificationStatus::Valid);
        assert_eq!(app.internship_get(&p.id).await.unwrap().certificate.as_deref(), Some(cert.code.as_str()));
        let again = app.internship_certificate_issue(&p.id).await.unwrap_err();
        assert_eq!(again.code(), ErrorCode::Duplicate, "{again}");

        let audit = app.audit_list(Some(&p.id), 50).await.unwrap();
        for action in ["internship.create", "internship.status", "internship.update", "internship.week",
                       "internship.days", "internship.evaluation", "internship.report", "certificate.issue"] {
            assert!(audit.iter().any(|a| a.action == action), "{action} audited");
        }
        let abroad = app.internship_list(InternshipFilter { direction: Some(VisitDirection::Outgoing), country: Some("AZ".into()), ..Default::default() }).await.unwrap();
        assert_eq!(abroad.len(), 1);
        assert_eq!(abroad[0].intern, "Karimova Dilnoza");
        let here = app.internship_list(InternshipFilter { direction: Some(VisitDirection::Incoming), ..Default::default() }).await.unwrap();
        assert!(here.is_empty());
    }

    /// Bad input is refused with the field named and nothing written: a unit out of order, an
    /// evaluation before the start, a score out of range, a day outside the placement, agreeing
    /// without a mentor, and an intern already away on a visit.
    async fn bad_placements_are_refused_with_the_field_named() {
        let (_dir, app) = register().await;
        let s = sides(&app).await;
        let who = intern(&app, &s.agency, "Rahimov", "Aziz").await;

        let mut clash = placement(&s, &who);
        clash.units[1].starts_on = "2027-03-12".into();
        let e = app.internship_create(clash).await.unwrap_err();
        assert_eq!(e.field(), Some("units.2.starts_on"), "{e}");
        assert!(app.internship_list(InternshipFilter::default()).await.unwrap().is_empty(), "nothing written");

        // Away on a visit those days: refused, naming the visit.
        let visit = app.visit_create(NewVisit {
            title: "Delegation to Baku".into(),
            sending_org_id: s.agency.clone(),
            host_org_id: s.partner.clone(),
            host_time_zone: "Asia/Baku".into(),
            home_time_zone: "Asia/Tashkent".into(),
            planned_start: "2027-03-20".into(),
            planned_end: "2027-03-24".into(),
            ..Default::default()
        }).await.unwrap();
        let m = NewVisitMember { person_id: Some(who.clone()), ..Default::default() };
        app.visit_member_add(&visit.id, m, None).await.unwrap();
        let e = app.internship_create(placement(&s, &who)).await.unwrap_err();
        assert!(matches!(field_and_reason(&e), (f, Reason::AlreadyAway { ref title, .. }) if f == "intern" && title == "Delegation to Baku"), "{e}");
        let mut later = placement(&s, &who);
        later.planned_start = "2027-04-05".into();
        later.planned_end = "2027-04-30".into();
        later.units.clear();
        later.mentor = None;
        let p = app.internship_create(later).await.unwrap();
        // …and the visit cannot take them while they serve it.
        let other = intern(&app, &s.agency, "Qodirov", "Sardor").await;
        let v2 = app.visit_create(NewVisit {
            title: "Second delegation".into(),
            planned_start: "2027-04-10".into(),
            planned_end: "2027-04-12".into(),
            sending_org_id: s.agency.clone(),
            host_org_id: s.partner.clone(),
            host_time_zone: "Asia/Baku".into(),
            home_time_zone: "Asia/Tashkent".into(),
            ..Default::default()
        }).await.unwrap();
        app.visit_member_add(&v2.id, NewVisitMember { person_id: Some(other), ..Default::default() }, None).await.unwrap();
        let e = app.visit_member_add(&v2.id, NewVisitMember { person_id: Some(who.clone()), ..Default::default() }, None).await.unwrap_err();
        assert!(matches!(e.reason(), Reason::AlreadyAway { ref title, .. } if *title == p.title), "{e}");

        let p = app.internship_set_status(&p.id, InternshipStatus::HostAccepted, None).await.unwrap();
        let e = app.internship_set_status(&p.id, InternshipStatus::Agreed, None).await.unwrap_err();
        assert!(matches!(field_and_reason(&e), (f, Reason::MentorRequired) if f == "mentor"), "{e}");
        let e = app.internship_set_status(&p.id, InternshipStatus::Closed, None).await.unwrap_err();
        assert_eq!(e.field(), Some("status"));
        let e = app.internship_evaluation_record(&p.id, NewEvaluation {
            kind: Some(EvaluationKind::Mid), on: "2027-04-06".into(), evaluator: "R".into(),
            scores: vec![score(3, None), score(3, None)], ..Default::default()
        }).await.unwrap_err();
        assert_eq!(e.field(), Some("status"), "not evaluated before it runs: {e}");

        let mut with_mentor = placement(&s, &who);
        with_mentor.planned_start = "2027-04-05".into();
        with_mentor.planned_end = "2027-04-30".into();
        with_mentor.units.clear();
        with_mentor.title = Some(p.title.clone());
        let p = app.internship_update(&p.id, with_mentor, p.version, None).await.unwrap();
        assert!(p.mentor.is_some());
        app.internship_set_status(&p.id, InternshipStatus::Agreed, None).await.unwrap();
        app.internship_set_status(&p.id, InternshipStatus::UnderWay, None).await.unwrap();

        let early = NewEvaluation {
            kind: Some(EvaluationKind::Mid), on: "2027-04-02".into(), evaluator: "Rəşad Əliyev".into(),
            scores: vec![score(3, None), score(3, None)], ..Default::default()
        };
        let e = app.internship_evaluation_record(&p.id, early.clone()).await.unwrap_err();
        assert!(matches!(field_and_reason(&e), (f, Reason::EvaluationBeforeStart { ref start }) if f == "on" && start == "2027-04-05"), "{e}");
        let high = NewEvaluation { on: "2027-04-16".into(), scores: vec![score(3, None), score(7, None)], ..early.clone() };
        let e = app.internship_evaluation_record(&p.id, high).await.unwrap_err();
        assert_eq!(e.field(), Some("scores.2.score"), "{e}");
        let short = NewEvaluation { on: "2027-04-16".into(), scores: vec![score(3, None)], ..early };
        let e = app.internship_evaluation_record(&p.id, short).await.unwrap_err();
        assert!(matches!(field_and_reason(&e), (f, Reason::ScoresPerObjective { objectives: 2, scores: 1 }) if f == "scores"), "{e}");

        let days = vec![
            NewPlacementDay { day: "2027-04-05".into(), status: Some(PlacementDayStatus::Present), note: None },
            NewPlacementDay { day: "2027-05-03".into(), status: Some(PlacementDayStatus::Present), note: None },
        ];
        let e = app.internship_days_mark(&p.id, days).await.unwrap_err();
        assert!(matches!(field_and_reason(&e), (f, Reason::OutsidePlacementDates { .. }) if f == "days.2.day"), "{e}");
        let d = app.internship_get(&p.id).await.unwrap();
        assert!(d.days.is_empty() && d.mid.is_none(), "nothing written by the refused calls");
        let e = app.internship_certificate_issue(&p.id).await.unwrap_err();
        assert_eq!(e.field(), Some("status"), "no certificate before it is evaluated: {e}");
    }

    /// The calendar draws the demo's visits and placements across the days they touch: each is
    /// found in a week holding its first day and its last, not the day before; the kind filter
    /// keeps one of the two and a trainer filter keeps none.
    async fn the_calendar_draws_visits_and_placements_across_their_days() {
        use malaka_api::calendar::CalendarQuery;
        let (_dir, app) = register().await;
        app.demo_load().await.unwrap();
        let visits = app.visit_list(VisitFilter::default()).await.unwrap();
        let placements = app.internship_list(InternshipFilter::default()).await.unwrap();
        let days = |from: chrono::NaiveDate, to: chrono::NaiveDate| CalendarQuery {
            from: from.to_string(),
            to: to.to_string(),
            time_zone: "Asia/Tashkent".into(),
            organisation_id: None,
            trainer_id: None,
            venue_id: None,
            kind: None,
            limit: None,
        };
        let spans = [
            visits.iter().map(|r| (r.visit.id.clone(), r.visit.span(), "visit")).collect::<Vec<_>>(),
            placements.iter().map(|r| (r.internship.id.clone(), r.internship.span(), "internship")).collect(),
        ]
        .concat();
        assert_eq!(spans.len(), 4);
        let one_day = chrono::Duration::days(1);
        for (id, (first, last), kind) in &spans {
            for day in [*first, *last] {
                let shown = app.calendar_spans(&days(day, day + one_day)).await.unwrap();
                let s = shown.iter().find(|s| &s.id == id).unwrap_or_else(|| panic!("{kind} {id} on {day}"));
                assert_eq!((s.starts_on, s.ends_on), (*first, *last));
                let is_kind = match s.of {
                    SpanOf::Visit { .. } => "visit",
                    SpanOf::Internship { .. } => "internship",
                };
                assert_eq!(is_kind, *kind);
            }
            let before = app.calendar_spans(&days(*first - one_day * 7, *first)).await.unwrap();
            assert!(before.iter().all(|s| &s.id != id), "{kind} {id} not before {first}");
        }
        // A year around them all, by first day; the filters narrow it.
        let from = spans.iter().map(|s| s.1.0).min().unwrap();
        let all = days(from, from + one_day * 366);
        let listed = app.calendar_spans(&all).await.unwrap();
        assert!(listed.windows(2).all(|w| w[0].starts_on <= w[1].starts_on), "by first day");
        assert_eq!(listed.len(), spans.iter().filter(|s| s.1.0 < from + one_day * 366).count());
        let only_visits = CalendarQuery { kind: Some(ActivityKind::StudyVisit), ..all.clone() };
        let only_visits = app.calendar_spans(&only_visits).await.unwrap();
        assert!(!only_visits.is_empty() && only_visits.iter().all(|s| matches!(s.of, SpanOf::Visit { .. })));
        let host = &visits[0].visit;
        let hosted = CalendarQuery { organisation_id: Some(host.host_org_id.clone()), ..all.clone() };
        let hosted = app.calendar_spans(&hosted).await.unwrap();
        assert!(hosted.iter().any(|s| s.id == host.id) && hosted.len() < listed.len(), "sent or hosted by it");
        let trainings = CalendarQuery { kind: Some(ActivityKind::Training), ..all.clone() };
        assert!(app.calendar_spans(&trainings).await.unwrap().is_empty(), "no training is a visit");
        let trainer = app.trainer_list().await.unwrap().remove(0);
        let by_trainer = CalendarQuery { trainer_id: Some(trainer.id), ..all.clone() };
        assert!(app.calendar_spans(&by_trainer).await.unwrap().is_empty(), "visits have no trainer");
        let backwards = CalendarQuery { to: from.to_string(), ..all };
        assert_eq!(app.calendar_spans(&backwards).await.unwrap_err().field(), Some("to"));
    }
}

/// The demo's placements (one under way with its weeks logged, one closed and certified) load and
/// move whole to a team database.
#[tokio::test]
async fn the_demo_placements_move_to_a_team_database() {
    use_backend(Backend::Sqlite);
    let (dir, app) = register().await;
    // With a signing key set up, the demo certifies the closed placement.
    app.key_rotate(KEY_PASSPHRASE).await.unwrap();
    let summary = app.demo_load().await.unwrap();
    assert_eq!(summary.internships, 2);
    let rows = app.internship_list(InternshipFilter::default()).await.unwrap();
    let closed = rows.iter().find(|r| r.internship.status == InternshipStatus::Closed).expect("one closed");
    let running = rows.iter().find(|r| r.internship.status == InternshipStatus::UnderWay).expect("one under way");
    let c = app.internship_get(&closed.internship.id).await.unwrap();
    assert!(c.final_.is_some() && c.certificate.is_some(), "closed with evaluation and certificate");
    let r = app.internship_get(&running.internship.id).await.unwrap();
    assert!(r.weeks.len() >= 2, "under way with weekly logs");

    let url = malaka_test_postgres::database();
    malaka_api::team::team_init(&url).await.unwrap();
    let moved = app.team_move(&url).await.unwrap();
    assert!(moved.tables.iter().any(|t| t.table == "internship" && t.rows == 2), "{:?}", moved.tables);
    let team = Malaka::open_at(&Location::Server(url), dir.path()).await.unwrap();
    let there = team.internship_get(&closed.internship.id).await.unwrap();
    assert_eq!(there, c, "the placement moved whole");
    assert_eq!(backend(), Backend::Sqlite);
}

/// The Mobility lists as spreadsheets: travel papers only when asked for; statuses in words.
#[tokio::test]
async fn the_mobility_lists_export_with_papers_only_when_asked() {
    use malaka_api::plan_export::ListFormat;
    use_backend(Backend::Sqlite);
    let (_dir, app) = register().await;
    app.demo_load().await.unwrap();
    let plain = app.visits_file(VisitFilter::default(), false, ListFormat::Csv, "en").await.unwrap();
    let plain = String::from_utf8(plain).unwrap();
    let header = plain.lines().next().unwrap();
    assert!(header.contains("Member") && header.contains("Role"), "{header}");
    assert!(!header.contains("Passport") && !header.contains("Visa"), "no papers unless asked: {header}");
    assert_eq!(plain.lines().count(), 1 + 6 + 4, "a row per member of both visits");
    assert!(plain.contains("Head of delegation") && plain.contains("Confirmed"), "{plain}");
    let papers = app.visits_file(VisitFilter::default(), true, ListFormat::Csv, "az").await.unwrap();
    let papers = String::from_utf8(papers).unwrap();
    assert!(papers.lines().next().unwrap().contains("Pasportun etibarlılıq müddəti"), "{papers}");
    assert!(papers.contains("2027-03-31") && papers.contains("Müraciət edilib"), "passport and visa: {papers}");
    let xlsx = app.internships_file(InternshipFilter::default(), ListFormat::Xlsx, "uz-Latn").await.unwrap();
    assert!(xlsx.starts_with(b"PK"), "an XLSX workbook");
    let csv =
        String::from_utf8(app.internships_file(InternshipFilter::default(), ListFormat::Csv, "ru").await.unwrap())
            .unwrap();
    assert_eq!(csv.lines().count(), 3);
    assert!(csv.contains("Закрыт") && csv.contains("Идёт") && csv.contains("4.5"), "{csv}");
}
