//! The demo's study visits under the memorandum: a delegation of six from Tashkent to Baku in
//! December (confirmed, flights booked, one visa refused and applied for again), and ASAN's
//! delegation that came to Tashkent in October (completed, with its report).

use malaka_core::model::*;
use malaka_store::WriteTx;

use crate::{Malaka, Result};

fn item(starts: &str, ends: &str, topic: &str, place: &str, contact: &str) -> NewProgrammeItem {
    NewProgrammeItem {
        starts_local: starts.into(),
        ends_local: ends.into(),
        place: Some(place.into()),
        institution: None,
        topic: topic.into(),
        contact: Some(contact.into()),
    }
}

#[allow(clippy::too_many_arguments)]
fn leg(
    mode: TravelMode,
    from: &str,
    departs: &str,
    dz: &str,
    to: &str,
    arrives: &str,
    az: &str,
    carrier: &str,
) -> NewTravelLeg {
    NewTravelLeg {
        mode: Some(mode),
        from_place: from.into(),
        to_place: to.into(),
        departs_local: departs.into(),
        departs_zone: dz.into(),
        arrives_local: arrives.into(),
        arrives_zone: az.into(),
        carrier: Some(carrier.into()),
        booking_ref: None,
    }
}

fn visa(status: VisaStatus, on: &str, note: Option<&str>) -> NewVisaEvent {
    NewVisaEvent { status: Some(status), on: on.into(), note: note.map(Into::into) }
}

/// Loads both visits; returns how many.
pub(super) async fn load(
    app: &Malaka,
    tx: &mut WriteTx,
    dxa: &Organisation,
    asan: &Organisation,
    uz: &[Person],
    az: &[Person],
) -> Result<usize> {
    let to_baku = NewVisit {
        title: "ASAN xidmət tajribasini oʻrganish".into(),
        direction: None,
        purpose: Some("“Bir darcha” tamoyili, navbatni boshqarish va mijozlar bilan ishlash tajribasi".into()),
        agreement_ref: Some("Hamkorlik memorandumi, 2025-yil 14-may".into()),
        sending_org_id: dxa.id.clone(),
        host_org_id: asan.id.clone(),
        host_city: Some("Bakı".into()),
        host_time_zone: "Asia/Baku".into(),
        home_time_zone: "Asia/Tashkent".into(),
        planned_start: "2026-12-14".into(),
        planned_end: "2026-12-18".into(),
        actual_start: None,
        actual_end: None,
    };
    let out = app.visit_create_in(tx, to_baku).await?;
    let roles = [
        DelegationRole::Head,
        DelegationRole::Member,
        DelegationRole::Member,
        DelegationRole::Member,
        DelegationRole::Coordinator,
    ];
    let mut members = Vec::new();
    for (i, (p, role)) in uz[2..7].iter().zip(roles).enumerate() {
        let m = NewVisitMember {
            person_id: Some(p.id.clone()),
            role: Some(role),
            invitation_sent_on: Some("2026-10-15".into()),
            // The head's passport runs out within six months of the return: the page warns.
            passport_valid_until: Some(if i == 0 { "2027-03-31" } else { "2030-08-01" }.into()),
            ..Default::default()
        };
        members.push(app.visit_member_add_in(tx, &out.id, m, None).await?);
    }
    let interpreter = NewVisitMember {
        name: Some("Gulnora Saidova".into()),
        organisation: Some("Tarjimonlar uyushmasi".into()),
        role: Some(DelegationRole::Interpreter),
        passport_valid_until: Some("2029-05-20".into()),
        ..Default::default()
    };
    members.push(app.visit_member_add_in(tx, &out.id, interpreter, None).await?);
    for (i, m) in members.iter().enumerate() {
        app.visit_visa_record_in(tx, &out.id, &m.id, visa(VisaStatus::DocumentsRequested, "2026-10-20", None)).await?;
        app.visit_visa_record_in(tx, &out.id, &m.id, visa(VisaStatus::Applied, "2026-10-27", None)).await?;
        if i == 2 {
            let note = Some("bank hisobidan koʻchirma yetishmadi");
            app.visit_visa_record_in(tx, &out.id, &m.id, visa(VisaStatus::Refused, "2026-11-05", note)).await?;
            app.visit_visa_record_in(tx, &out.id, &m.id, visa(VisaStatus::Applied, "2026-11-09", None)).await?;
        } else {
            app.visit_visa_record_in(tx, &out.id, &m.id, visa(VisaStatus::Issued, "2026-11-10", None)).await?;
        }
    }
    let centre = "Bakı 1 saylı ASAN xidmət mərkəzi";
    let contact = "Leyla Məmmədova";
    let programme = vec![
        item(
            "2026-12-14T14:00",
            "2026-12-14T16:00",
            "Tanishuv va dastur bilan tanishtirish",
            "ASAN Təlim Mərkəzi",
            contact,
        ),
        item("2026-12-15T10:00", "2026-12-15T13:00", "“Bir darcha”: qabul zalining ishi", centre, contact),
        item("2026-12-15T14:30", "2026-12-15T17:00", "Navbatni boshqarish tizimi", centre, contact),
        item("2026-12-16T10:00", "2026-12-16T13:00", "Mobil ASAN xidmət", "Sumqayıt ASAN xidmət mərkəzi", contact),
        item(
            "2026-12-17T10:00",
            "2026-12-17T12:30",
            "Xodimlarni tayyorlash va baholash",
            "ASAN Təlim Mərkəzi",
            contact,
        ),
        item("2026-12-18T10:00", "2026-12-18T12:00", "Yakuniy davra suhbati", "ASAN Təlim Mərkəzi", contact),
    ];
    app.visit_programme_set_in(tx, &out.id, programme, None).await?;
    let travel = NewTravel {
        legs: vec![
            leg(
                TravelMode::Flight,
                "Toshkent (TAS)",
                "2026-12-14T07:40",
                "Asia/Tashkent",
                "Bakı (GYD)",
                "2026-12-14T09:05",
                "Asia/Baku",
                "HY 51",
            ),
            leg(
                TravelMode::Flight,
                "Bakı (GYD)",
                "2026-12-18T19:30",
                "Asia/Baku",
                "Toshkent (TAS)",
                "2026-12-18T23:45",
                "Asia/Tashkent",
                "J2 45",
            ),
        ],
        lodging: vec![NewLodging {
            place: "Qafqaz Baku City Hotel".into(),
            address: Some("Bakı, Nizami küçəsi 21".into()),
            check_in: "2026-12-14".into(),
            check_out: "2026-12-18".into(),
        }],
    };
    app.visit_travel_set_in(tx, &out.id, travel, None).await?;
    app.visit_set_status_in(tx, &out.id, VisitStatus::Proposed, None).await?;
    app.visit_host_answer_in(tx, &out.id, HostStatus::Accepted, None).await?;
    app.visit_set_status_in(tx, &out.id, VisitStatus::Confirmed, None).await?;

    let from_baku = NewVisit {
        title: "ASAN xidmət nümayəndə heyətinin Daşkəndə səfəri".into(),
        direction: None,
        purpose: Some("Elektron navbat va masofaviy xizmatlar tajribasi".into()),
        agreement_ref: Some("Hamkorlik memorandumi, 2025-yil 14-may".into()),
        sending_org_id: asan.id.clone(),
        host_org_id: dxa.id.clone(),
        host_city: Some("Toshkent".into()),
        host_time_zone: "Asia/Tashkent".into(),
        home_time_zone: "Asia/Baku".into(),
        planned_start: "2026-10-12".into(),
        planned_end: "2026-10-14".into(),
        actual_start: Some("2026-10-12".into()),
        actual_end: Some("2026-10-14".into()),
    };
    let inbound = app.visit_create_in(tx, from_baku).await?;
    for (p, role) in az[0..4].iter().zip([
        DelegationRole::Head,
        DelegationRole::Member,
        DelegationRole::Member,
        DelegationRole::Coordinator,
    ]) {
        let m = NewVisitMember { person_id: Some(p.id.clone()), role: Some(role), ..Default::default() };
        app.visit_member_add_in(tx, &inbound.id, m, None).await?;
    }
    let yunusobod = "Yunusobod tumani Davlat xizmatlari markazi";
    let programme = vec![
        item(
            "2026-10-12T10:00",
            "2026-10-12T12:00",
            "Davlat xizmatlari agentligi bilan tanishuv",
            "DXA",
            "Jasur Hasanov",
        ),
        item("2026-10-13T10:00", "2026-10-13T13:00", "Elektron navbat va mobil ilova", yunusobod, "Jasur Hasanov"),
        item("2026-10-14T10:00", "2026-10-14T12:00", "Yakuniy uchrashuv", "DXA", "Jasur Hasanov"),
    ];
    app.visit_programme_set_in(tx, &inbound.id, programme, None).await?;
    app.visit_set_status_in(tx, &inbound.id, VisitStatus::Proposed, None).await?;
    app.visit_host_answer_in(tx, &inbound.id, HostStatus::Accepted, None).await?;
    for step in [VisitStatus::Confirmed, VisitStatus::UnderWay, VisitStatus::Completed] {
        app.visit_set_status_in(tx, &inbound.id, step, None).await?;
    }
    let report = NewVisitReport {
        learned: "Mehmonlar elektron navbat va “my.gov.uz” bilan ishlashni oʻrgandi; ASAN mobil xizmat tajribasini taklif qildi.".into(),
        follow_ups: vec![
            NewFollowUp { action: "Mobil xizmat avtobusini sinovdan oʻtkazish".into(), owner: "Jasur Hasanov".into(), due_on: Some("2027-03-01".into()), done: false },
            NewFollowUp { action: "Hamkorlik rejasini yangilash".into(), owner: "Xodimlar malakasini oshirish boʻlimi".into(), due_on: Some("2026-12-01".into()), done: true },
        ],
    };
    app.visit_report_save_in(tx, &inbound.id, report).await?;
    Ok(2)
}
