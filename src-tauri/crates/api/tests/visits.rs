//! Study visits on both backends: the Tashkent → Baku delegation from proposal to report, the
//! rules that refuse a bad programme, journey or member with the field named and nothing written,
//! amendments after confirmation, and travel papers kept from the roles that do not arrange travel.

mod common;

use common::{Backend, backend, register, use_backend};
use malaka_api::core::Reason;
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

async fn staff(app: &Malaka, org: &str, names: &[(&str, &str)]) -> Vec<String> {
    let mut ids = Vec::new();
    for (family, given) in names {
        let p = NewPerson {
            family_name: (*family).into(),
            given_name: (*given).into(),
            organisation_id: org.into(),
            ..Default::default()
        };
        ids.push(app.person_create(p).await.unwrap().id);
    }
    ids
}

fn to_baku(s: &Sides, start: &str, end: &str) -> NewVisit {
    NewVisit {
        title: "ASAN xidmət tajribasi".into(),
        direction: None,
        purpose: Some("How ASAN centres serve a citizen in one visit".into()),
        agreement_ref: Some("Memorandum 2025/14".into()),
        sending_org_id: s.agency.clone(),
        host_org_id: s.partner.clone(),
        host_city: Some("Bakı".into()),
        host_time_zone: "Asia/Baku".into(),
        home_time_zone: "Asia/Tashkent".into(),
        planned_start: start.into(),
        planned_end: end.into(),
        actual_start: None,
        actual_end: None,
    }
}

fn item(starts: &str, ends: &str, topic: &str) -> NewProgrammeItem {
    NewProgrammeItem {
        starts_local: starts.into(),
        ends_local: ends.into(),
        place: Some("ASAN xidmət mərkəzi №1".into()),
        institution: Some("ASAN xidmət".into()),
        topic: topic.into(),
        contact: Some("Leyla Məmmədova".into()),
    }
}

fn flight(from: &str, departs: &str, dz: &str, to: &str, arrives: &str, az: &str) -> NewTravelLeg {
    NewTravelLeg {
        mode: Some(TravelMode::Flight),
        from_place: from.into(),
        to_place: to.into(),
        departs_local: departs.into(),
        departs_zone: dz.into(),
        arrives_local: arrives.into(),
        arrives_zone: az.into(),
        carrier: Some("HY 51".into()),
        booking_ref: None,
    }
}

fn member(person: &str, role: DelegationRole) -> NewVisitMember {
    NewVisitMember { person_id: Some(person.into()), role: Some(role), ..Default::default() }
}

fn field_and_reason(e: &malaka_api::Error) -> (String, Reason) {
    (e.field().unwrap_or_default().to_owned(), e.reason())
}

on_both_backends! {
    /// The visit: six people, five days, flights, a visa refused and applied for again,
    /// proposed, accepted, confirmed, amended with a reason, completed and reported on.
    async fn a_delegation_goes_to_baku_from_proposal_to_report() {
        let (_dir, app) = register().await;
        let s = sides(&app).await;
        let people = staff(&app, &s.agency, &[
            ("Karimov", "Jasur"), ("Toshmatova", "Nilufar"), ("Rahimov", "Aziz"),
            ("Yusupova", "Malika"), ("Qodirov", "Sardor"),
        ]).await;
        let v = app.visit_create(to_baku(&s, "2027-04-12", "2027-04-16")).await.unwrap();
        assert_eq!(v.direction, VisitDirection::Outgoing, "towards a partner abroad");
        assert_eq!((v.status, v.host_status), (VisitStatus::Draft, HostStatus::Pending));

        let roles = [DelegationRole::Head, DelegationRole::Member, DelegationRole::Member,
                     DelegationRole::Coordinator, DelegationRole::Member];
        let mut members = Vec::new();
        for (p, r) in people.iter().zip(roles) {
            let mut m = member(p, r);
            m.passport_valid_until = Some(if members.is_empty() { "2027-09-01" } else { "2031-01-01" }.into());
            members.push(app.visit_member_add(&v.id, m, None).await.unwrap());
        }
        let interpreter = NewVisitMember {
            name: Some("Leyla Həsənova".into()),
            organisation: Some("Translation bureau".into()),
            role: Some(DelegationRole::Interpreter),
            ..Default::default()
        };
        app.visit_member_add(&v.id, interpreter, None).await.unwrap();

        let programme = vec![
            item("2027-04-13T10:00", "2027-04-13T12:00", "ASAN xidmət: the front office"),
            item("2027-04-12T15:00", "2027-04-12T17:00", "Welcome and the programme"),
        ];
        let saved = app.visit_programme_set(&v.id, programme, None).await.unwrap();
        assert_eq!(saved[0].topic, "Welcome and the programme", "sorted by start");
        let travel = NewTravel {
            legs: vec![
                flight("Tashkent (TAS)", "2027-04-12T08:00", "Asia/Tashkent", "Baku (GYD)", "2027-04-12T09:30", "Asia/Baku"),
                flight("Baku (GYD)", "2027-04-16T19:00", "Asia/Baku", "Tashkent (TAS)", "2027-04-16T23:20", "Asia/Tashkent"),
            ],
            lodging: vec![NewLodging { place: "Hotel Qafqaz".into(), address: None, check_in: "2027-04-12".into(), check_out: "2027-04-16".into() }],
        };
        app.visit_travel_set(&v.id, travel, None).await.unwrap();

        let visa = |status, on: &str| NewVisaEvent { status: Some(status), on: on.into(), note: None };
        let second = &members[1].id;
        app.visit_visa_record(&v.id, second, visa(VisaStatus::Applied, "2027-03-01")).await.unwrap();
        app.visit_visa_record(&v.id, second, visa(VisaStatus::Refused, "2027-03-10")).await.unwrap();
        app.visit_visa_record(&v.id, second, visa(VisaStatus::Applied, "2027-03-12")).await.unwrap();
        app.visit_visa_record(&v.id, second, visa(VisaStatus::Issued, "2027-03-25")).await.unwrap();

        let e = app.visit_set_status(&v.id, VisitStatus::Confirmed, None).await.unwrap_err();
        assert_eq!(e.code(), ErrorCode::Invalid, "a draft is proposed first");
        app.visit_set_status(&v.id, VisitStatus::Proposed, None).await.unwrap();
        let e = app.visit_set_status(&v.id, VisitStatus::Confirmed, None).await.unwrap_err();
        assert!(matches!(e.reason(), Reason::HostNotAccepted { .. }), "{e}");
        app.visit_host_answer(&v.id, HostStatus::Accepted, None).await.unwrap();
        let confirmed = app.visit_set_status(&v.id, VisitStatus::Confirmed, None).await.unwrap();

        // After confirmation a change needs its reason, and is kept as an amendment.
        let later = to_baku(&s, "2027-04-12", "2027-04-17");
        let e = app.visit_update(&v.id, later.clone(), confirmed.version, None).await.unwrap_err();
        assert_eq!(field_and_reason(&e).0, "reason");
        assert!(matches!(e.reason(), Reason::AmendmentReasonRequired { .. }));
        assert_eq!(app.visit_get(&v.id).await.unwrap().visit.planned_end.to_string(), "2027-04-16", "nothing written");
        let amended = app.visit_update(&v.id, later, confirmed.version, Some("the host added a day".into())).await.unwrap();
        assert_eq!(amended.planned_end.to_string(), "2027-04-17");
        let stale = app.visit_update(&v.id, to_baku(&s, "2027-04-12", "2027-04-18"), confirmed.version, Some("x".into())).await;
        assert_eq!(stale.unwrap_err().code(), ErrorCode::Stale);

        app.visit_set_status(&v.id, VisitStatus::UnderWay, None).await.unwrap();
        let mut facts = to_baku(&s, "2027-04-12", "2027-04-17");
        facts.actual_start = Some("2027-04-12".into());
        let under_way = app.visit_get(&v.id).await.unwrap().visit;
        app.visit_update(&v.id, facts, under_way.version, None).await.expect("a first actual date is a fact, not an amendment");
        app.visit_set_status(&v.id, VisitStatus::Completed, None).await.unwrap();
        let report = NewVisitReport {
            learned: "One queue for every service; the operator fills the forms, not the citizen.".into(),
            follow_ups: vec![NewFollowUp { action: "Pilot one queue in Yunusobod".into(), owner: "Aziz Rahimov".into(), due_on: Some("2027-06-30".into()), done: false }],
        };
        app.visit_report_save(&v.id, report).await.unwrap();

        let d = app.visit_get(&v.id).await.unwrap();
        assert_eq!((d.visit.status, d.visit.host_status), (VisitStatus::Completed, HostStatus::Accepted));
        assert_eq!((d.sending_org.as_str(), d.host_org.as_str()), ("Davlat xizmatlari agentligi", "ASAN xidmət"));
        assert_eq!(d.members.len(), 6);
        assert_eq!(d.members[0].name, "Karimov Jasur");
        assert_eq!(d.members[5].organisation.as_deref(), Some("Translation bureau"));
        let head = d.members[0].papers.as_ref().unwrap();
        assert!(head.passport_warning, "expires within six months of the return");
        assert!(!d.members[2].papers.as_ref().unwrap().passport_warning);
        let papers = d.members[1].papers.as_ref().unwrap();
        assert_eq!(papers.visa, Some(VisaStatus::Issued));
        let history: Vec<VisaStatus> = papers.visa_history.iter().map(|e| e.status).collect();
        assert_eq!(history, [VisaStatus::Applied, VisaStatus::Refused, VisaStatus::Applied, VisaStatus::Issued]);
        assert_eq!(papers.visa_history[1].recorded_by, "Administrator");
        // 15:00 in Baku is 16:00 in Tashkent.
        assert_eq!(d.programme[0].starts_home.unwrap().to_string(), "2027-04-12 16:00:00");
        assert_eq!(d.travel.legs.len(), 2);
        assert_eq!(d.report.as_ref().unwrap().follow_ups[0].due_on.unwrap().to_string(), "2027-06-30");
        assert_eq!(d.amendments.len(), 1, "{:?}", d.amendments);
        let a = &d.amendments[0];
        assert_eq!((a.what.as_str(), a.before.as_deref(), a.after.as_deref()), ("planned_end", Some("2027-04-16"), Some("2027-04-17")));
        assert_eq!((a.reason.as_str(), a.by.as_str()), ("the host added a day", "Administrator"));
        assert_eq!(d.visit.actual_start.unwrap().to_string(), "2027-04-12");

        let listed = app.visit_list(VisitFilter { country: Some("AZ".into()), year: Some(2027), ..Default::default() }).await.unwrap();
        assert_eq!(listed.len(), 1);
        assert_eq!((listed[0].members, listed[0].partner_country.as_str()), (6, "AZ"));
        let mine = app.visit_list(VisitFilter { person_id: Some(people[3].clone()), ..Default::default() }).await.unwrap();
        assert_eq!(mine.len(), 1);
        for none in [
            VisitFilter { year: Some(2026), ..Default::default() },
            VisitFilter { direction: Some(VisitDirection::Incoming), ..Default::default() },
            VisitFilter { status: Some(VisitStatus::Draft), ..Default::default() },
            VisitFilter { country: Some("UZ".into()), ..Default::default() },
        ] {
            assert!(app.visit_list(none.clone()).await.unwrap().is_empty(), "{none:?}");
        }
        let audit = app.audit_list(None, 50).await.unwrap();
        assert!(audit.iter().any(|e| e.action == "visit.visa" && e.summary.contains("refused")));
        assert!(app.check().await.unwrap().audit.ok(), "the audit chain still links");
    }

    /// Each bad input is refused at its field, and nothing is written.
    async fn a_bad_programme_journey_or_member_is_refused_and_nothing_is_written() {
        let (_dir, app) = register().await;
        let s = sides(&app).await;
        let people = staff(&app, &s.agency, &[("Karimov", "Jasur")]).await;
        let v = app.visit_create(to_baku(&s, "2027-04-12", "2027-04-16")).await.unwrap();
        app.visit_member_add(&v.id, member(&people[0], DelegationRole::Head), None).await.unwrap();
        app.visit_programme_set(&v.id, vec![item("2027-04-13T10:00", "2027-04-13T12:00", "Front office")], None).await.unwrap();

        let late = vec![item("2027-04-13T10:00", "2027-04-13T12:00", "ok"), item("2027-04-17T10:00", "2027-04-17T11:00", "late")];
        let e = app.visit_programme_set(&v.id, late, None).await.unwrap_err();
        assert_eq!(field_and_reason(&e).0, "programme.2.starts_local");
        assert!(matches!(e.reason(), Reason::OutsideVisitDates { .. }));

        let back = NewTravel {
            legs: vec![flight("Tashkent (TAS)", "2027-04-12T08:00", "Asia/Tashkent", "Baku (GYD)", "2027-04-12T06:30", "Asia/Baku")],
            lodging: vec![],
        };
        let e = app.visit_travel_set(&v.id, back, None).await.unwrap_err();
        assert_eq!(field_and_reason(&e).0, "legs.1.arrives_local");
        assert!(matches!(e.reason(), Reason::ArrivesBeforeDeparture { .. }));

        // The same person on an overlapping visit.
        let other = app.visit_create(to_baku(&s, "2027-04-16", "2027-04-20")).await.unwrap();
        let e = app.visit_member_add(&other.id, member(&people[0], DelegationRole::Member), None).await.unwrap_err();
        assert_eq!(field_and_reason(&e).0, "person");
        assert!(matches!(e.reason(), Reason::AlreadyAway { ref title, .. } if title == "ASAN xidmət tajribasi"), "{e}");
        let e = app.visit_member_add(&v.id, member(&people[0], DelegationRole::Member), None).await.unwrap_err();
        assert!(matches!(e.reason(), Reason::AlreadyMember { .. }), "{e}");
        // Moving the first visit's days away from its programme is refused too.
        let shorter = to_baku(&s, "2027-04-14", "2027-04-16");
        let e = app.visit_update(&v.id, shorter, v.version, None).await.unwrap_err();
        assert_eq!(field_and_reason(&e).0, "planned_start");
        // A visit that does not overlap takes them.
        let later = app.visit_create(to_baku(&s, "2027-05-01", "2027-05-03")).await.unwrap();
        app.visit_member_add(&later.id, member(&people[0], DelegationRole::Member), None).await.unwrap();

        let d = app.visit_get(&v.id).await.unwrap();
        assert_eq!(d.programme.len(), 1);
        assert!(d.travel.legs.is_empty());
        assert_eq!(d.visit.planned_start.to_string(), "2027-04-12");
        assert!(app.visit_get(&other.id).await.unwrap().members.is_empty());

        // A cancelled visit frees its people and takes no more changes.
        app.visit_set_status(&v.id, VisitStatus::Cancelled, Some("budget cut".into())).await.unwrap();
        app.visit_member_add(&other.id, member(&people[0], DelegationRole::Member), None).await.unwrap();
        let e = app.visit_programme_set(&v.id, vec![], None).await.unwrap_err();
        assert_eq!(e.code(), ErrorCode::Invalid);
        let e = app.visit_create(NewVisit { planned_end: "2027-04-01".into(), ..to_baku(&s, "2027-04-12", "x") }).await.unwrap_err();
        assert_eq!(field_and_reason(&e).0, "planned_end");
        let e = app.visit_create(NewVisit { host_org_id: uuid_missing(), ..to_baku(&s, "2027-04-12", "2027-04-13") }).await.unwrap_err();
        assert_eq!(field_and_reason(&e).0, "host_org");
    }
}

fn uuid_missing() -> String {
    "0192f0a2-0000-7000-8000-00000000dead".into()
}

/// A viewer reads visits but not the travellers' passports and visas, and arranges nothing.
#[tokio::test]
async fn a_viewer_sees_the_delegation_but_not_its_papers() {
    use_backend(Backend::Sqlite);
    assert_eq!(backend(), Backend::Sqlite);
    let (_dir, app) = register().await;
    let s = sides(&app).await;
    let people = staff(&app, &s.agency, &[("Karimov", "Jasur")]).await;
    let v = app.visit_create(to_baku(&s, "2027-04-12", "2027-04-16")).await.unwrap();
    let mut m = member(&people[0], DelegationRole::Head);
    m.passport_valid_until = Some("2030-01-01".into());
    let m = app.visit_member_add(&v.id, m, None).await.unwrap();
    let visa = NewVisaEvent { status: Some(VisaStatus::Issued), on: "2027-03-01".into(), note: None };
    app.visit_visa_record(&v.id, &m.id, visa.clone()).await.unwrap();
    let viewer = NewAccount {
        login: "viewer".into(),
        name: "Partner coordinator".into(),
        role: Role::Viewer,
        trainer_id: None,
        password: "viewer password".into(),
    };
    app.password_change("", "the administrator's password").await.unwrap();
    app.account_create(viewer).await.unwrap();
    let desk = app.open_again().await.unwrap();
    desk.sign_in("viewer", "viewer password").await.unwrap();
    let d = desk.visit_get(&v.id).await.unwrap();
    assert_eq!(d.members[0].name, "Karimov Jasur");
    assert!(d.members[0].papers.is_none(), "no passport or visa for a viewer");
    assert_eq!(desk.visit_visa_record(&v.id, &m.id, visa).await.unwrap_err().code(), ErrorCode::Forbidden);
    assert_eq!(
        desk.visit_create(to_baku(&s, "2027-05-01", "2027-05-02")).await.unwrap_err().code(),
        ErrorCode::Forbidden
    );
    assert_eq!(app.visit_get(&v.id).await.unwrap().members[0].papers.as_ref().unwrap().visa, Some(VisaStatus::Issued));
}

/// On a team database the server itself refuses the papers to a viewer's login.
#[tokio::test]
async fn a_viewer_login_cannot_read_papers_from_the_server_either() {
    use_backend(Backend::Postgres);
    let (dir, app) = register().await;
    let s = sides(&app).await;
    let people = staff(&app, &s.agency, &[("Karimov", "Jasur")]).await;
    let v = app.visit_create(to_baku(&s, "2027-04-12", "2027-04-16")).await.unwrap();
    let mut m = member(&people[0], DelegationRole::Head);
    m.passport_valid_until = Some("2030-01-01".into());
    app.visit_member_add(&v.id, m, None).await.unwrap();
    let url = app.store().server_url().unwrap().to_owned();
    let login = format!("v_{}", url.rsplit('/').next().unwrap());
    let new = NewAccount {
        login: login.clone(),
        name: login.clone(),
        role: Role::Viewer,
        trainer_id: None,
        password: "pw of the viewer".into(),
    };
    app.account_create(new).await.unwrap();
    let (_, host) = url.split_once('@').unwrap();
    let as_viewer = format!("postgres://{login}:pw%20of%20the%20viewer@{host}");
    let desk = Malaka::open_at(&Location::Server(as_viewer), dir.path()).await.unwrap();
    let d = desk.visit_get(&v.id).await.unwrap();
    assert!(d.members[0].papers.is_none());
    let mut conn = desk.store().read().await.unwrap();
    let refused = common::execute_sql(&mut conn, "SELECT * FROM visit_member_papers").await.unwrap_err();
    assert!(refused.contains("permission denied"), "{refused}");
}

/// The demo's visits are the issue's: six to Baku with a visa refused and applied for again, and
/// ASAN's delegation, completed with its report; moved to a team database, they arrive whole.
#[tokio::test]
async fn the_demo_visits_load_and_move_whole_to_a_team_database() {
    use_backend(Backend::Sqlite);
    let (dir, app) = register().await;
    assert_eq!(app.demo_load().await.unwrap().visits, 2);
    let visits = app.visit_list(VisitFilter::default()).await.unwrap();
    let out = visits.iter().find(|r| r.visit.direction == VisitDirection::Outgoing).unwrap();
    let inbound = visits.iter().find(|r| r.visit.direction == VisitDirection::Incoming).unwrap();
    assert_eq!((out.members, out.partner_country.as_str(), out.visit.status), (6, "AZ", VisitStatus::Confirmed));
    assert_eq!((out.visit.planned_end - out.visit.planned_start).num_days() + 1, 5);
    assert_eq!(inbound.visit.status, VisitStatus::Completed);
    let d = app.visit_get(&out.visit.id).await.unwrap();
    let histories: Vec<Vec<VisaStatus>> =
        d.members.iter().map(|m| m.papers.as_ref().unwrap().visa_history.iter().map(|e| e.status).collect()).collect();
    assert!(histories.iter().any(|h| h.ends_with(&[VisaStatus::Refused, VisaStatus::Applied])), "{histories:?}");
    assert!(d.travel.legs.iter().all(|l| l.mode == TravelMode::Flight) && d.travel.legs.len() == 2);
    assert!(d.members[0].papers.as_ref().unwrap().passport_warning);
    assert!(app.visit_get(&inbound.visit.id).await.unwrap().report.is_some());

    let url = malaka_test_postgres::database();
    malaka_api::team::team_init(&url).await.unwrap();
    let moved = app.team_move(&url).await.unwrap();
    assert!(moved.tables.iter().any(|t| t.table == "visit_visa" && t.rows > 12), "{:?}", moved.tables);
    let team = Malaka::open_at(&Location::Server(url), dir.path()).await.unwrap();
    assert_eq!(team.visit_get(&out.visit.id).await.unwrap(), d, "the same visit on the server");
}
