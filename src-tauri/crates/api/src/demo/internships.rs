//! The demo's internships under the memorandum: an officer of the agency serving four weeks at
//! ASAN's Baku centre now (under way, two weeks logged, the mid-term evaluation done), and an ASAN
//! specialist who served four weeks in Tashkent in September (evaluated, reported, closed, and
//! certified when the register has a signing key).

use malaka_core::model::*;
use malaka_store::WriteTx;

use crate::{Malaka, Result};

fn unit(name: &str, from: &str, to: &str) -> NewHostUnit {
    NewHostUnit { name: name.into(), starts_on: from.into(), ends_on: to.into() }
}

fn week(of: &str, entry: &str, comment: &str) -> NewWeekLog {
    NewWeekLog { week_of: of.into(), intern_entry: Some(entry.into()), mentor_comment: Some(comment.into()) }
}

fn scores(values: &[(u8, Option<&str>)]) -> Vec<NewObjectiveScore> {
    values.iter().map(|(s, c)| NewObjectiveScore { score: Some(*s), comment: c.map(Into::into) }).collect()
}

/// Every weekday from `from` to `to`, present but for the `away` days (excused).
fn weekdays(from: &str, to: &str, away: &[&str], why: &str) -> Vec<NewPlacementDay> {
    let (from, to): (chrono::NaiveDate, chrono::NaiveDate) = (from.parse().unwrap(), to.parse().unwrap());
    from.iter_days()
        .take_while(|d| *d <= to)
        .filter(|d| chrono::Datelike::weekday(d).num_days_from_monday() < 5)
        .map(|d| {
            let excused = away.contains(&d.to_string().as_str());
            NewPlacementDay {
                day: d.to_string(),
                status: Some(if excused { PlacementDayStatus::Excused } else { PlacementDayStatus::Present }),
                note: excused.then(|| why.into()),
            }
        })
        .collect()
}

/// Loads both placements; returns how many.
pub(super) async fn load(
    app: &Malaka,
    tx: &mut WriteTx,
    dxa: &Organisation,
    asan: &Organisation,
    uz: &[Person],
    az: &[Person],
) -> Result<usize> {
    let in_baku = NewInternship {
        title: Some("Bakı 1-sonli ASAN xidmət markazida amaliyot".into()),
        intern_id: uz[8].id.clone(),
        host_org_id: asan.id.clone(),
        units: vec![
            unit("Qəbul zalı (front office)", "2026-11-23", "2026-12-04"),
            unit("Keyfiyyətə nəzarət şöbəsi", "2026-12-07", "2026-12-18"),
        ],
        mentor: Some(NewMentor {
            person_id: Some(az[4].id.clone()),
            position: Some("Qəbul zalının rəhbəri".into()),
            email: Some("mentor@asan.example".into()),
            ..Default::default()
        }),
        planned_start: "2026-11-23".into(),
        planned_end: "2026-12-18".into(),
        actual_start: Some("2026-11-23".into()),
        actual_end: None,
        hours_per_week: 40.0,
        objectives: vec![
            "“Bir darcha” qabulini mustaqil olib borish".into(),
            "Navbat tahlili hisobotlarini oʻqish va xulosa chiqarish".into(),
            "Fuqarolar shikoyatini koʻrib chiqish tartibini oʻrganish".into(),
        ],
    };
    let running = app.internship_create_in(tx, in_baku).await?;
    for status in [InternshipStatus::HostAccepted, InternshipStatus::Agreed, InternshipStatus::UnderWay] {
        app.internship_set_status_in(tx, &running.id, status, None).await?;
    }
    for w in [
        week(
            "2026-11-23",
            "Qabul zalida mentor bilan birga 40 dan ortiq fuqaroga xizmat koʻrsatildi; navbat tizimi bilan tanishdim.",
            "Tez oʻrganir; sənədləri yoxlamaqda daha diqqətli olmalıdır.",
        ),
        week(
            "2026-11-30",
            "4-oynada mustaqil ishladim, kuniga oʻrtacha 25 murojaat.",
            "Müstəqil işləyir; növbəti həftə keyfiyyət şöbəsinə keçir.",
        ),
    ] {
        app.internship_week_save_in(tx, &running.id, w).await?;
    }
    app.internship_days_mark_in(
        tx,
        &running.id,
        weekdays("2026-11-23", "2026-12-04", &["2026-12-02"], "Shifokor qabuli"),
    )
    .await?;
    let mid = NewEvaluation {
        kind: Some(EvaluationKind::Mid),
        on: "2026-12-04".into(),
        evaluator: az[4].display_name(),
        scores: scores(&[(4, Some("Qəbulu artıq təkbaşına aparır")), (3, None), (3, None)]),
        comment: Some("Plan üzrə irəliləyir.".into()),
        from_paper: false,
    };
    app.internship_evaluation_record_in(tx, &running.id, mid).await?;

    let in_tashkent = NewInternship {
        title: Some("Yunusobod DXM: elektron navbat amaliyoti".into()),
        intern_id: az[5].id.clone(),
        host_org_id: dxa.id.clone(),
        units: vec![
            unit("Yunusobod tumani DXM, qabul zali", "2026-09-07", "2026-09-18"),
            unit("Call-markaz", "2026-09-21", "2026-10-02"),
        ],
        mentor: Some(NewMentor { person_id: Some(uz[1].id.clone()), ..Default::default() }),
        planned_start: "2026-09-07".into(),
        planned_end: "2026-10-02".into(),
        actual_start: Some("2026-09-07".into()),
        actual_end: Some("2026-10-02".into()),
        hours_per_week: 40.0,
        objectives: vec![
            "Elektron növbə sisteminin idarə olunması".into(),
            "Məsafədən xidmət (call-mərkəz) standartları".into(),
        ],
    };
    let closed = app.internship_create_in(tx, in_tashkent).await?;
    for status in [InternshipStatus::HostAccepted, InternshipStatus::Agreed, InternshipStatus::UnderWay] {
        app.internship_set_status_in(tx, &closed.id, status, None).await?;
    }
    for w in [
        week("2026-09-07", "Elektron növbə sistemini öyrəndim.", "Yaxshi boshladi."),
        week("2026-09-14", "Növbə hesabatlarını hazırladım.", "Hisobotlar aniq."),
        week("2026-09-21", "Call-mərkəzdə zəngləri qəbul etdim.", "Muloqot madaniyati yuqori."),
        week("2026-09-28", "Yekun hesabatı hazırladım.", "Amaliyot muvaffaqiyatli yakunlandi."),
    ] {
        app.internship_week_save_in(tx, &closed.id, w).await?;
    }
    app.internship_days_mark_in(tx, &closed.id, weekdays("2026-09-07", "2026-10-02", &["2026-09-16"], "Həkim qəbulu"))
        .await?;
    let mentor = uz[1].display_name();
    for (kind, on, values, comment, from_paper) in [
        (EvaluationKind::Mid, "2026-09-18", [(4, None), (3, None)], "Reja boʻyicha.", false),
        (
            EvaluationKind::Final,
            "2026-10-02",
            [(5, None), (4, Some("Call-markaz standartlarini oʻzlashtirdi"))],
            "Tavsiya etiladi.",
            true,
        ),
    ] {
        let e = NewEvaluation {
            kind: Some(kind),
            on: on.into(),
            evaluator: mentor.clone(),
            scores: scores(&values),
            comment: Some(comment.into()),
            from_paper,
        };
        app.internship_evaluation_record_in(tx, &closed.id, e).await?;
    }
    let report = NewInternReport {
        text: "Elektron növbə və call-mərkəz təcrübəsi ASAN-da tətbiq üçün təklif kimi hazırlandı.".into(),
        submitted_on: "2026-10-02".into(),
    };
    app.internship_report_save_in(tx, &closed.id, report).await?;
    app.internship_set_status_in(tx, &closed.id, InternshipStatus::Closed, None).await?;
    // Certified only where a signing key can sign now (a new register has none yet: the officer
    // issues it from the placement's page once the key is set up).
    if app.signing_seed(tx).await.is_ok() {
        app.internship_certificate_issue_in(tx, &closed.id).await?;
    }
    Ok(2)
}
