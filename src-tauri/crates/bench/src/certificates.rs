//! Issuing 1,000 certificates — numbers, signatures and the merged PDF — measured on a database
//! of its own (certificates are never deleted, so the national dataset would fill up run by run).
//! The limit is typst alone laying out the same 1,000 pages.

use std::path::Path;
use std::time::Instant;

use chrono::Utc;
use malaka_api::Malaka;
use malaka_api::certificate::IssueInput;
use malaka_core::model::*;
use malaka_render::Locale;
use malaka_render::certificate::{CertificatePrint, certificates_pdf};

use crate::error::Result;
use crate::run::{Limit, Row};
use crate::stats::Stats;

const PEOPLE: usize = 1000;

/// One activity with `PEOPLE` participants, all present at its one session: all eligible.
async fn activity(app: &Malaka, org: &str, n: usize) -> Result<String> {
    let act = app
        .activity_create(NewActivity {
            kind: ActivityKind::Conference,
            title: format!("Xalqaro konferensiya {n}"),
            programme_id: None,
            status: None,
            starts_on: "2026-03-10".into(),
            ends_on: "2026-03-10".into(),
            host_org_id: org.into(),
            partner_org_ids: vec![],
            venue_id: None,
            capacity: None,
            language: "uz-Latn".into(),
            planned_hours: Some(6.0),
            description: None,
        })
        .await?;
    let session = app
        .session_create(
            NewSession {
                activity_id: act.id.clone(),
                title: None,
                starts_local: "2026-03-10T10:00".into(),
                ends_local: "2026-03-10T16:00".into(),
                time_zone: Some("Asia/Tashkent".into()),
                venue_id: None,
                trainer_ids: vec![],
            },
            false,
        )
        .await?;
    let now = Utc::now();
    let mut people = Vec::with_capacity(PEOPLE);
    for i in 0..PEOPLE {
        let p = NewPerson {
            family_name: format!("Ishtirokchi{n}"),
            given_name: format!("Oʻtkir {i:04}"),
            organisation_id: org.into(),
            ..Default::default()
        };
        people.push((uuid::Uuid::now_v7().to_string(), p.validated()?));
    }
    let enrolments: Vec<Enrolment> = people
        .iter()
        .map(|(id, _)| Enrolment {
            id: uuid::Uuid::now_v7().to_string(),
            activity_id: act.id.clone(),
            person_id: id.clone(),
            role: EnrolmentRole::Participant,
            status: EnrolmentStatus::Enrolled,
            reason: None,
            created_at: now,
            updated_at: now,
        })
        .collect();
    let mut tx = app.store().begin().await?;
    malaka_store::person::insert_many(&mut tx, &people, now).await?;
    malaka_store::enrolment::insert_many(&mut tx, &enrolments).await?;
    tx.commit().await?;
    let marks: Vec<NewMark> = people
        .iter()
        .map(|(id, _)| NewMark {
            session_id: session.id.clone(),
            person_id: id.clone(),
            status: Some(AttendanceStatus::Present),
            minutes_late: None,
            note: None,
            reason: None,
            expected_version: None,
        })
        .collect();
    app.attendance_mark(&marks).await?;
    Ok(act.id)
}

/// Issues and prints 1,000 certificates `runs` times, each on a fresh activity.
pub async fn issue_1000(dir: &Path, runs: usize) -> Result<Row> {
    let app = Malaka::open(&dir.join("certificates.db")).await?;
    app.key_rotate("the benchmark's passphrase").await?;
    let org = app
        .organisation_create(NewOrganisation {
            name: "Davlat xizmatlari agentligi".into(),
            short_code: Some("DXA".into()),
            country: "UZ".into(),
            kind: OrgKind::Agency,
            parent_id: None,
        })
        .await?;
    let (mut samples, mut limit_samples) = (Vec::new(), Vec::new());
    for n in 0..runs {
        let act = activity(&app, &org.id, n).await?;
        let start = Instant::now();
        let report = app.certificate_issue(&IssueInput { activity_id: act, person_ids: None }).await?;
        let pdf = app.certificate_pdf(&report.issued, "uz-Latn", None, &Default::default()).await?;
        samples.push(start.elapsed());
        if report.issued.len() != PEOPLE || pdf.len() < 1000 {
            return Err(crate::error::Error::Refused(format!("issued {} of {PEOPLE}", report.issued.len())));
        }
        // The limit: typst alone, the same pages (QR codes included).
        let prints: Vec<CertificatePrint> = report
            .issued
            .iter()
            .map(|c| CertificatePrint {
                organisation: c.snapshot.organisation.clone(),
                person_name: c.snapshot.person_name.clone(),
                activity_title: c.snapshot.activity_title.clone(),
                dates: "10.03.2026 – 10.03.2026".into(),
                hours: c.snapshot.hours,
                trainers: vec![],
                number: c.code.clone(),
                issued_on: "10.03.2026".into(),
                token: c.token.clone(),
            })
            .collect();
        let start = Instant::now();
        let bare = tokio::task::spawn_blocking(move || certificates_pdf(&prints, Locale::UzLatn))
            .await
            .map_err(|e| crate::error::Error::Refused(e.to_string()))?;
        bare.map_err(|e| crate::error::Error::Refused(e.to_string()))?;
        limit_samples.push(start.elapsed());
        malaka_render::evict_cache();
    }
    app.close().await;
    let stats = Stats::of(&samples);
    let limit_ms = limit_samples.iter().map(|d| d.as_secs_f64() * 1000.0).sum::<f64>() / runs.max(1) as f64;
    Ok(Row {
        operation: format!("issue 1,000 certificates (numbers, signatures, PDFs) (× {runs})"),
        met: Some(stats.p99_ms < 10_000.0),
        malaka: Some(stats),
        limit: Limit::Typst { mean_ms: limit_ms, what: "typst laying out the same 1,000 pages".into() },
        target: "< 10 s",
        note: "certificate_issue (eligibility, numbers, Ed25519 signatures, one transaction) + certificate_pdf (one merged PDF)"
            .into(),
    })
}
