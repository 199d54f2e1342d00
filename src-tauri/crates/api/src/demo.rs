//! A realistic demo dataset: Uzbek and Azerbaijani agencies and centres, a few hundred staff with
//! Uzbek, Russian and Azerbaijani names in both scripts, and a year of cooperation: trainings, a
//! study visit to Baku, an internship, a round table, with sessions and attendance. Deterministic.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use malaka_core::Reason;
use malaka_core::access::Action;
use malaka_core::model::*;
use malaka_store::{WriteTx, person};
use serde::Serialize;

use crate::{Error, Malaka, Result};

mod internships;
pub mod names;
pub mod rng;
mod visits;

use names::Style;
use rng::Rng;

/// What the demo loaded.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct DemoSummary {
    #[ts(type = "number")]
    pub organisations: usize,
    #[ts(type = "number")]
    pub people: usize,
    #[ts(type = "number")]
    pub activities: usize,
    #[ts(type = "number")]
    pub sessions: usize,
    #[ts(type = "number")]
    pub marks: usize,
    #[ts(type = "number")]
    pub visits: usize,
    #[ts(type = "number")]
    pub internships: usize,
}

/// A person named in `style`, with the other script's spelling and a position of that register.
fn person_named(rng: &mut Rng, style: Style, woman: bool) -> NewPerson {
    let n = names::name(rng, style, woman);
    NewPerson {
        family_name: n.family,
        given_name: n.given,
        patronymic: Some(n.patronymic),
        family_name_alt: n.family_alt,
        given_name_alt: n.given_alt,
        patronymic_alt: n.patronymic_alt,
        position: Some((*rng.pick(style.positions())).to_owned()),
        ..Default::default()
    }
}

fn org(name: &str, code: &str, country: &str, kind: OrgKind, parent: Option<&Organisation>) -> NewOrganisation {
    NewOrganisation {
        name: name.into(),
        short_code: Some(code.into()),
        country: country.into(),
        kind,
        parent_id: parent.map(|p| p.id.clone()),
    }
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
}

impl Malaka {
    /// Loads the demo into an empty database, all in one transaction.
    pub async fn demo_load(&self) -> Result<DemoSummary> {
        self.may(Action::Maintain)?;
        let mut tx = self.store.begin().await?;
        if person::count(&mut tx).await? > 0 {
            return Err(Error::Refused(Reason::DatabaseNotEmpty));
        }
        let summary = self.demo_in(&mut tx).await?;
        tx.commit().await?;
        Ok(summary)
    }

    async fn demo_in(&self, tx: &mut WriteTx) -> Result<DemoSummary> {
        let mut dice = Rng::new(20_261_127);
        let mut orgs = Vec::new();
        let ministry = self
            .organisation_create_in(
                tx,
                org("Oʻzbekiston Respublikasi Adliya vazirligi", "ADLIYA", "UZ", OrgKind::Ministry, None),
            )
            .await?;
        let dxa = self
            .organisation_create_in(
                tx,
                org(
                    "Adliya vazirligi huzuridagi Davlat xizmatlari agentligi",
                    "DXA",
                    "UZ",
                    OrgKind::Agency,
                    Some(&ministry),
                ),
            )
            .await?;
        let training_unit = self
            .organisation_create_in(
                tx,
                org("Xodimlar malakasini oshirish boʻlimi", "DXA-MOB", "UZ", OrgKind::Unit, Some(&dxa)),
            )
            .await?;
        let mut uz_centres = Vec::new();
        for (name, code) in [
            ("Toshkent shahar Yunusobod tumani Davlat xizmatlari markazi", "DXM-YUN"),
            ("Toshkent shahar Chilonzor tumani Davlat xizmatlari markazi", "DXM-CHL"),
            ("Samarqand shahar Davlat xizmatlari markazi", "DXM-SAM"),
            ("Buxoro shahar Davlat xizmatlari markazi", "DXM-BUX"),
            ("Andijon shahar Davlat xizmatlari markazi", "DXM-AND"),
        ] {
            uz_centres.push(
                self.organisation_create_in(tx, org(name, code, "UZ", OrgKind::ServiceCentre, Some(&dxa))).await?,
            );
        }
        let asan = self
            .organisation_create_in(
                tx,
                org(
                    "Vətəndaşlara Xidmət və Sosial İnnovasiyalar üzrə Dövlət Agentliyi",
                    "ASAN",
                    "AZ",
                    OrgKind::Partner,
                    None,
                ),
            )
            .await?;
        let mut az_centres = Vec::new();
        for (name, code) in [
            ("Bakı 1 saylı ASAN xidmət mərkəzi", "ASAN-B1"),
            ("Gəncə ASAN xidmət mərkəzi", "ASAN-GNC"),
            ("Sumqayıt ASAN xidmət mərkəzi", "ASAN-SMQ"),
        ] {
            az_centres.push(
                self.organisation_create_in(tx, org(name, code, "AZ", OrgKind::ServiceCentre, Some(&asan))).await?,
            );
        }
        orgs.extend([ministry.clone(), dxa.clone(), training_unit.clone(), asan.clone()]);
        orgs.extend(uz_centres.iter().cloned());
        orgs.extend(az_centres.iter().cloned());

        // Staff: Uzbek names (with the Cyrillic spelling) and Russian names (with the Latin one) in
        // the Uzbek centres and the agency; Azerbaijani names at ASAN.
        let mut uz_people: Vec<Person> = Vec::new();
        let mut az_people: Vec<Person> = Vec::new();
        let homes: Vec<&Organisation> = std::iter::once(&dxa).chain(uz_centres.iter()).collect();
        for (i, home) in homes.iter().enumerate() {
            for n in 0..40 {
                let woman = dice.chance(45);
                let style = if dice.chance(20) { Style::Russian } else { Style::UzbekLatin };
                let p = person_named(&mut dice, style, woman);
                let unit = (i == 0 && n < 8).then(|| training_unit.id.clone());
                let input = NewPerson {
                    organisation_id: home.id.clone(),
                    unit_id: unit,
                    personnel_number: Some(format!("{}", 1001 + n)),
                    email: Some(format!(
                        "xodim{}.{}@{}.gov.uz",
                        i,
                        n + 1,
                        home.short_code.clone().unwrap_or_default().to_lowercase()
                    )),
                    phone: Some(format!("+998 71 2{:02} {:02} {:02}", i * 10 + n % 10, n, (n * 7) % 100)),
                    ..p
                };
                uz_people.push(self.person_create_in(tx, &input).await?);
            }
        }
        // Names that documents spell several ways, so a search for "Хасанов" or "Tsoy" finds someone.
        // The second script's spelling is what Malaka's own transliteration gives (Цой: Soy).
        for (n, (family, given, patronymic, family_alt, given_alt)) in [
            ("Hasanov", "Jasur", "Bahodir oʻgʻli", "Ҳасанов", "Жасур"),
            ("Цой", "Елена", "Викторовна", "Soy", "Yelena"),
        ]
        .into_iter()
        .enumerate()
        {
            let input = NewPerson {
                family_name: family.into(),
                given_name: given.into(),
                patronymic: Some(patronymic.into()),
                family_name_alt: Some(family_alt.into()),
                given_name_alt: Some(given_alt.into()),
                organisation_id: dxa.id.clone(),
                personnel_number: Some(format!("{}", 1041 + n)),
                position: Some((*dice.pick(Style::UzbekLatin.positions())).to_owned()),
                ..Default::default()
            };
            uz_people.push(self.person_create_in(tx, &input).await?);
        }
        for (i, home) in az_centres.iter().enumerate() {
            for n in 0..20 {
                let woman = dice.chance(50);
                let input = NewPerson {
                    organisation_id: home.id.clone(),
                    personnel_number: Some(format!("AZ-{:03}", i * 100 + n + 1)),
                    email: Some(format!("emekdas{}.{}@asan.gov.az", i, n + 1)),
                    ..person_named(&mut dice, Style::Azerbaijani, woman)
                };
                az_people.push(self.person_create_in(tx, &input).await?);
            }
        }

        let venue = |name: &str, city: &str, country: &str, tz: &str, cap: i64| NewVenue {
            name: name.into(),
            address: None,
            city: city.into(),
            country: country.into(),
            time_zone: tz.into(),
            capacity: Some(cap),
        };
        let tashkent = self
            .venue_create_in(tx, venue("Malaka oshirish oʻquv markazi, 2-zal", "Toshkent", "UZ", "Asia/Tashkent", 40))
            .await?;
        let samarkand = self
            .venue_create_in(tx, venue("Samarqand DXM majlislar zali", "Samarqand", "UZ", "Asia/Samarkand", 25))
            .await?;
        let baku = self.venue_create_in(tx, venue("ASAN Təlim Mərkəzi", "Bakı", "AZ", "Asia/Baku", 30)).await?;
        let baku_centre =
            self.venue_create_in(tx, venue("Bakı 1 saylı ASAN xidmət mərkəzi", "Bakı", "AZ", "Asia/Baku", 12)).await?;

        let lead = self
            .trainer_create_in(
                tx,
                NewTrainer {
                    person_id: Some(uz_people[0].id.clone()),
                    expertise: Some("Mijozlarga xizmat koʻrsatish".into()),
                    ..Default::default()
                },
            )
            .await?;
        let second = self
            .trainer_create_in(
                tx,
                NewTrainer {
                    person_id: Some(uz_people[1].id.clone()),
                    expertise: Some("Elektron hukumat".into()),
                    ..Default::default()
                },
            )
            .await?;
        let leyla = self
            .trainer_create_in(
                tx,
                NewTrainer {
                    name: Some("Leyla Həsənova".into()),
                    affiliation: Some("ASAN xidmət".into()),
                    expertise: Some("ASAN xidmət modeli".into()),
                    ..Default::default()
                },
            )
            .await?;
        let anvar = self
            .trainer_create_in(
                tx,
                NewTrainer {
                    name: Some("Anvar Karimov".into()),
                    affiliation: Some("Toshkent davlat yuridik universiteti".into()),
                    expertise: Some("Ma'muriy huquq".into()),
                    ..Default::default()
                },
            )
            .await?;

        let programme = |code: &str, title: &str, hours: f64, lang: &str| NewProgramme {
            code: code.into(),
            title: title.into(),
            objectives: None,
            planned_hours: hours,
            language: lang.into(),
        };
        let dx101 = self
            .programme_create_in(tx, programme("DX-101", "Mijozlarga xizmat koʻrsatish standartlari", 24.0, "uz-Latn"))
            .await?;
        let dx205 =
            self.programme_create_in(tx, programme("DX-205", "Elektron hukumat xizmatlari", 9.0, "uz-Latn")).await?;
        let dx310 =
            self.programme_create_in(tx, programme("DX-310", "Работа с обращениями граждан", 8.0, "ru")).await?;
        let asan_exp = self
            .programme_create_in(tx, programme("ASAN-EXP", "ASAN xidmət modeli: təcrübə mübadiləsi", 30.0, "az"))
            .await?;

        let mut activities = 0;
        let mut sessions = Vec::new();
        let mut plan = |kind,
                        title: &str,
                        programme: Option<&Programme>,
                        status,
                        from: &str,
                        to: &str,
                        host: &Organisation,
                        partners: Vec<&Organisation>,
                        venue: &Venue,
                        cap: Option<i64>,
                        lang: &str| {
            activities += 1;
            NewActivity {
                kind,
                title: title.into(),
                programme_id: programme.map(|p| p.id.clone()),
                status: Some(status),
                starts_on: from.into(),
                ends_on: to.into(),
                host_org_id: host.id.clone(),
                partner_org_ids: partners.into_iter().map(|p| p.id.clone()).collect(),
                venue_id: Some(venue.id.clone()),
                capacity: cap,
                language: lang.into(),
                planned_hours: None,
                description: None,
            }
        };
        let specs = [
            plan(
                ActivityKind::Training,
                "Mijozlarga xizmat koʻrsatish standartlari",
                Some(&dx101),
                ActivityStatus::InProgress,
                "2026-11-03",
                "2026-11-26",
                &dxa,
                vec![],
                &tashkent,
                Some(25),
                "uz-Latn",
            ),
            plan(
                ActivityKind::Seminar,
                "Elektron hukumat xizmatlari: yangi imkoniyatlar",
                Some(&dx205),
                ActivityStatus::Confirmed,
                "2026-12-08",
                "2026-12-10",
                &dxa,
                vec![],
                &samarkand,
                Some(20),
                "uz-Latn",
            ),
            plan(
                ActivityKind::StudyVisit,
                "ASAN xidmət tajribasini oʻrganish: Boku",
                Some(&asan_exp),
                ActivityStatus::Confirmed,
                "2026-12-14",
                "2026-12-18",
                &dxa,
                vec![&asan],
                &baku,
                Some(12),
                "ru",
            ),
            plan(
                ActivityKind::Internship,
                "ASAN xidmət mərkəzində təcrübə keçmə",
                None,
                ActivityStatus::Planned,
                "2027-02-01",
                "2027-02-12",
                &asan,
                vec![&dxa],
                &baku_centre,
                Some(2),
                "az",
            ),
            plan(
                ActivityKind::RoundTable,
                "Davlat xizmatlarini raqamlashtirish: Oʻzbekiston va Ozarbayjon tajribasi",
                None,
                ActivityStatus::Completed,
                "2026-10-20",
                "2026-10-20",
                &dxa,
                vec![&asan],
                &tashkent,
                Some(40),
                "ru",
            ),
            plan(
                ActivityKind::Workshop,
                "Работа с обращениями граждан",
                Some(&dx310),
                ActivityStatus::Completed,
                "2026-10-06",
                "2026-10-07",
                &dxa,
                vec![],
                &tashkent,
                Some(15),
                "ru",
            ),
            plan(
                ActivityKind::Conference,
                "Xalqaro konferensiya: davlat xizmatlarida innovatsiyalar",
                None,
                ActivityStatus::Draft,
                "2027-04-15",
                "2027-04-16",
                &dxa,
                vec![&asan],
                &tashkent,
                None,
                "uz-Latn",
            ),
        ];
        let mut created = Vec::new();
        for spec in &specs {
            created.push(self.activity_create_in(tx, spec).await?);
        }
        let [training, seminar, visit, internship, round_table, workshop, _conference] =
            created.try_into().map_err(|_| Error::storage("the demo plan has an unexpected shape"))?;

        // Who takes part: the training is oversubscribed, so two wait for a seat.
        let mut enrol = Vec::new();
        for p in uz_people.iter().skip(2).step_by(3).take(27) {
            enrol.push((training.id.clone(), p.id.clone(), EnrolmentRole::Participant));
        }
        for p in uz_people.iter().skip(60).step_by(5).take(15) {
            enrol.push((seminar.id.clone(), p.id.clone(), EnrolmentRole::Participant));
        }
        for p in uz_people.iter().skip(5).step_by(17).take(10) {
            enrol.push((visit.id.clone(), p.id.clone(), EnrolmentRole::Delegate));
        }
        for p in uz_people.iter().skip(7).step_by(41).take(2) {
            enrol.push((internship.id.clone(), p.id.clone(), EnrolmentRole::Intern));
        }
        for p in uz_people.iter().skip(4).step_by(11).take(14).chain(az_people.iter().take(4)) {
            enrol.push((round_table.id.clone(), p.id.clone(), EnrolmentRole::Participant));
        }
        enrol.push((round_table.id.clone(), az_people[5].id.clone(), EnrolmentRole::Speaker));
        for p in uz_people.iter().skip(100).step_by(7).take(12) {
            enrol.push((workshop.id.clone(), p.id.clone(), EnrolmentRole::Participant));
        }
        for (a, p, role) in &enrol {
            self.enrolment_create_in(tx, a, p, *role).await?;
        }

        // Sessions: Tuesdays and Thursdays for the training, daily for the rest.
        let add = |activity: &Activity, day: NaiveDate, from: &str, to: &str, trainers: Vec<&Trainer>| NewSession {
            activity_id: activity.id.clone(),
            title: None,
            starts_local: format!("{day}T{from}"),
            ends_local: format!("{day}T{to}"),
            time_zone: None,
            venue_id: None,
            trainer_ids: trainers.into_iter().map(|t| t.id.clone()).collect(),
        };
        let days = |from: &str, to: &str, keep: &dyn Fn(Weekday) -> bool| {
            let (mut d, end) = (date(from), date(to));
            let mut out = Vec::new();
            while d <= end {
                if keep(d.weekday()) {
                    out.push(d);
                }
                d += Duration::days(1);
            }
            out
        };
        let weekdays = |w: Weekday| !matches!(w, Weekday::Sat | Weekday::Sun);
        let mut new_sessions = Vec::new();
        for d in days("2026-11-03", "2026-11-26", &|w| matches!(w, Weekday::Tue | Weekday::Thu)) {
            new_sessions.push(add(&training, d, "14:00", "17:00", vec![&lead]));
        }
        for d in days("2026-12-08", "2026-12-10", &weekdays) {
            new_sessions.push(add(&seminar, d, "10:00", "13:00", vec![&second, &anvar]));
        }
        for d in days("2026-12-14", "2026-12-18", &weekdays) {
            new_sessions.push(add(&visit, d, "10:00", "16:00", vec![&leyla]));
        }
        for d in days("2027-02-01", "2027-02-12", &weekdays) {
            new_sessions.push(add(&internship, d, "09:00", "17:00", vec![&leyla]));
        }
        new_sessions.push(add(&round_table, date("2026-10-20"), "10:00", "13:00", vec![&anvar]));
        for d in days("2026-10-06", "2026-10-07", &weekdays) {
            new_sessions.push(add(&workshop, d, "09:30", "13:00", vec![&second]));
        }
        for s in &new_sessions {
            sessions.push(self.session_create_in(tx, s, false).await?);
        }

        // Attendance for sessions that have happened (before the demo's "today", 2026-11-20).
        let today = date("2026-11-20");
        let mut marks = Vec::new();
        for s in sessions.iter().filter(|s| s.starts_local.date() < today) {
            let roll = enrol.iter().filter(|(a, _, _)| *a == s.activity_id);
            for (_, p, _) in roll {
                let active =
                    malaka_store::enrolment::find(tx, &s.activity_id, p).await?.is_some_and(|e| e.status.is_active());
                if !active {
                    continue;
                }
                let roll_of_dice = dice.below(100) as u64;
                let (status, minutes_late) = match roll_of_dice {
                    0..=79 => (AttendanceStatus::Present, None),
                    80..=87 => (AttendanceStatus::Late, Some(5 + (roll_of_dice as i64 % 4) * 5)),
                    88..=94 => (AttendanceStatus::Excused, None),
                    _ => (AttendanceStatus::Absent, None),
                };
                marks.push(NewMark {
                    session_id: s.id.clone(),
                    person_id: p.clone(),
                    status: Some(status),
                    minutes_late,
                    note: None,
                    reason: None,
                    expected_version: None,
                });
            }
        }
        let saved = self.attendance_mark_in(tx, &marks).await?;
        let visits = visits::load(self, tx, &dxa, &asan, &uz_people, &az_people).await?;
        let internships = internships::load(self, tx, &dxa, &asan, &uz_people, &az_people).await?;
        Ok(DemoSummary {
            organisations: orgs.len(),
            people: uz_people.len() + az_people.len(),
            activities,
            sessions: sessions.len(),
            marks: saved.len(),
            visits,
            internships,
        })
    }
}
