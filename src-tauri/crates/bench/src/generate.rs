//! The dataset generator: a national register and ten years of its training, deterministic from a
//! seed, written through the store functions the app uses (in large transactions, with the
//! store's multi-row inserts where one statement per row would be too slow).
//!
//! Not generated yet: certificates (a later issue adds them) and the audit trail of every record
//! (the generator writes one audit entry describing the whole load).

use std::collections::HashSet;
use std::path::Path;
use std::time::Instant;

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, Utc, Weekday};
use malaka_core::model::{
    ActivityKind, ActivityStatus, AttendanceMark, AttendanceStatus, Enrolment, EnrolmentRole, EnrolmentStatus,
    NewActivity, NewOrganisation, NewPerson, NewSession, OrgKind, Programme, Trainer, ValidPerson, Venue,
};
use malaka_store::{Store, activity, attendance, audit, enrolment, organisation, person, programme, session, trainer};

use crate::{Error, Result};
use malaka_api::demo::names::{self, Style};
use malaka_api::demo::rng::Rng;

/// How much to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scale {
    pub organisations: usize,
    pub people: usize,
    pub activities: usize,
    pub sessions: usize,
    pub marks: usize,
}

impl Scale {
    /// DESIGN.md §7: one country's register and ten years of its training.
    pub const NATIONAL: Scale =
        Scale { organisations: 2_000, people: 200_000, activities: 20_000, sessions: 100_000, marks: 2_000_000 };
    /// A quick run: the same shape, a hundredth of the size.
    pub const SMALL: Scale =
        Scale { organisations: 60, people: 2_000, activities: 200, sessions: 1_000, marks: 20_000 };

    pub fn named(name: &str) -> Option<Scale> {
        match name {
            "national" => Some(Scale::NATIONAL),
            "small" => Some(Scale::SMALL),
            _ => None,
        }
    }
}

/// One part of the load, for the rows-per-second report.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub name: &'static str,
    /// Rows written, counting every table the step fills (a person's search tokens, a mark's history line).
    pub rows: u64,
    pub seconds: f64,
}

impl Step {
    pub fn rows_per_second(&self) -> f64 {
        self.rows as f64 / self.seconds.max(1e-9)
    }
}

/// What was generated, read back from the database.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub organisations: i64,
    pub people: i64,
    pub activities: i64,
    pub sessions: i64,
    pub enrolments: i64,
    pub marks: i64,
    pub steps: Vec<Step>,
    pub seconds: f64,
}

/// The dataset covers ten school years; marks exist for sessions before `TODAY`.
pub fn first_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2016, 9, 1).unwrap_or_default()
}
pub fn last_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 8, 31).unwrap_or_default()
}
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 1).unwrap_or_default()
}

fn at(day: NaiveDate, minutes: i64) -> DateTime<Utc> {
    day.and_time(NaiveTime::MIN).and_utc() + Duration::minutes(minutes)
}

/// Who acts in the audit log and in `marked_by`.
const ACTOR: &str = "malaka-bench";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Country {
    Uz,
    Az,
}

struct Org {
    id: String,
    country: Country,
    kind: OrgKind,
}

struct Place {
    id: String,
    country: Country,
    zone: &'static str,
}

struct Plan {
    id: String,
    kind: ActivityKind,
    status: ActivityStatus,
    created: DateTime<Utc>,
    days: Vec<NaiveDate>,
    slot: (i64, i64),
    venue: usize,
    trainer: usize,
    people: usize,
    from_country: Country,
    /// Filled in when written: each session's id and end.
    sessions: Vec<(String, DateTime<Utc>)>,
}

/// Writes a new dataset into `path`, which must not hold any people yet. `on_step` hears of each
/// part as it finishes.
pub async fn generate(path: &Path, scale: Scale, seed: u64, on_step: &mut dyn FnMut(&Step)) -> Result<Summary> {
    let started = Instant::now();
    let store = Store::open(path).await?;
    if person::count(&mut *store.read().await?).await? > 0 {
        return Err(Error::Refused(format!("{} already holds people; generate into a new file", path.display())));
    }
    // Each index page is then written once per transaction, not spilled to the WAL over and over.
    store.set_writer_cache_mib(1024).await?;
    let mut rng = Rng::new(seed);
    let mut steps = Vec::new();
    let mut step = |name: &'static str, rows: u64, t: Instant, on_step: &mut dyn FnMut(&Step)| {
        let s = Step { name, rows, seconds: t.elapsed().as_secs_f64() };
        on_step(&s);
        steps.push(s);
    };

    let t = Instant::now();
    let orgs = organisations(&store, scale.organisations, &mut rng.fork(1)).await?;
    let (venues, programmes) = places_and_programmes(&store, scale.activities, &mut rng.fork(2)).await?;
    step("organisations, venues, programmes", (orgs.len() + venues.len() + programmes.len()) as u64, t, on_step);

    let t = Instant::now();
    let (people, token_rows) = register(&store, &orgs, scale.people, &mut rng.fork(3)).await?;
    step("people (with search tokens)", people.len() as u64 + token_rows, t, on_step);

    let t = Instant::now();
    let trainers = trainers(&store, &people, scale.activities, &mut rng.fork(4)).await?;
    step("trainers", trainers.len() as u64, t, on_step);

    let t = Instant::now();
    let mut plans = plan(&venues, &trainers, scale, &mut rng.fork(5));
    let rows = write_plan(&store, &mut plans, &orgs, &venues, &programmes, &trainers, &mut rng.fork(6)).await?;
    step("activities and sessions", rows, t, on_step);

    let t = Instant::now();
    let enrolled = enrol(&store, &plans, &people, &mut rng.fork(7)).await?;
    step("enrolments", enrolled.iter().map(|e| e.len() as u64).sum(), t, on_step);

    let t = Instant::now();
    let marks = mark(&store, &plans, &enrolled, &trainers, scale.marks, &mut rng.fork(8)).await?;
    step("attendance marks (with history)", marks * 2, t, on_step);

    let mut tx = store.begin().await?;
    let summary = format!(
        "generated a benchmark dataset (seed {seed}): {} people, {} activities, {} sessions, {marks} marks",
        people.len(),
        plans.len(),
        plans.iter().map(|p| p.days.len()).sum::<usize>()
    );
    let event = audit::Event {
        actor: ACTOR,
        account_id: None,
        action: "bench.generate",
        entity: "dataset",
        entity_id: None,
        summary,
    };
    audit::record(&mut tx, at(today(), 0), event).await?;
    tx.commit().await?;

    let mut c = store.read().await?;
    let enrolments: i64 = enrolled.iter().map(|e| e.len() as i64).sum();
    let summary = Summary {
        organisations: organisation::count(&mut c).await?,
        people: person::count(&mut c).await?,
        activities: activity::count(&mut c).await?,
        sessions: session::count(&mut c).await?,
        enrolments,
        marks: attendance::count(&mut c).await?,
        steps,
        seconds: 0.0,
    };
    drop(c);
    store.close().await;
    Ok(Summary { seconds: started.elapsed().as_secs_f64(), ..summary })
}

const UZ_REGIONS: &[&str] = &[
    "Toshkent shahar",
    "Toshkent viloyati",
    "Andijon viloyati",
    "Fargʻona viloyati",
    "Namangan viloyati",
    "Samarqand viloyati",
    "Buxoro viloyati",
    "Navoiy viloyati",
    "Qashqadaryo viloyati",
    "Surxondaryo viloyati",
    "Jizzax viloyati",
    "Sirdaryo viloyati",
    "Xorazm viloyati",
    "Qoraqalpogʻiston Respublikasi",
];
const UZ_DISTRICTS: &[&str] = &[
    "Yunusobod",
    "Chilonzor",
    "Mirzo Ulugʻbek",
    "Shayxontohur",
    "Olmazor",
    "Yakkasaroy",
    "Sergeli",
    "Uchtepa",
    "Bektemir",
    "Mirobod",
    "Yashnobod",
    "Qoʻrgʻontepa",
    "Asaka",
    "Margʻilon",
    "Quva",
    "Chust",
    "Kosonsoy",
    "Urgut",
    "Kattaqoʻrgʻon",
    "Gʻijduvon",
    "Kogon",
    "Karmana",
    "Shahrisabz",
    "Kitob",
    "Denov",
    "Sherobod",
    "Zomin",
    "Guliston",
    "Xiva",
    "Beruniy",
];
const UZ_UNITS: &[&str] = &[
    "Qabul boʻlimi",
    "Hujjatlar bilan ishlash boʻlimi",
    "Mijozlarga xizmat koʻrsatish boʻlimi",
    "Back-ofis",
    "Kadrlar boʻlimi",
];
const AZ_CITIES: &[&str] = &[
    "Bakı",
    "Gəncə",
    "Sumqayıt",
    "Mingəçevir",
    "Şəki",
    "Lənkəran",
    "Quba",
    "Şirvan",
    "Naxçıvan",
    "Qəbələ",
    "Masallı",
    "Bərdə",
    "Qusar",
    "Zaqatala",
];
const AZ_UNITS: &[&str] = &["Qəbul şöbəsi", "Sənədlərlə iş şöbəsi", "Könüllülər şöbəsi", "Kadrlar şöbəsi"];

/// The organisation tree: in Uzbekistan the ministry, the agency, its regional offices, district
/// service centres and their units; in Azerbaijan the partner agency, its centres and units.
async fn organisations(store: &Store, n: usize, rng: &mut Rng) -> Result<Vec<Org>> {
    let n = n.max(8);
    let created = at(first_day(), 0) - Duration::days(400);
    let mut out: Vec<Org> = Vec::with_capacity(n);
    let mut specs: Vec<(NewOrganisation, Country, Option<usize>)> = Vec::with_capacity(n);
    let new = |name: String, code: String, country: Country, kind| NewOrganisation {
        name,
        short_code: Some(code),
        country: if country == Country::Uz { "UZ".into() } else { "AZ".into() },
        kind,
        parent_id: None,
    };
    specs.push((
        new("Oʻzbekiston Respublikasi Adliya vazirligi".into(), "ADLIYA".into(), Country::Uz, OrgKind::Ministry),
        Country::Uz,
        None,
    ));
    specs.push((
        new(
            "Adliya vazirligi huzuridagi Davlat xizmatlari agentligi".into(),
            "DXA".into(),
            Country::Uz,
            OrgKind::Agency,
        ),
        Country::Uz,
        Some(0),
    ));
    specs.push((
        new("Xodimlar malakasini oshirish boʻlimi".into(), "DXA-MOB".into(), Country::Uz, OrgKind::Unit),
        Country::Uz,
        Some(1),
    ));
    specs.push((
        new(
            "Vətəndaşlara Xidmət və Sosial İnnovasiyalar üzrə Dövlət Agentliyi".into(),
            "ASAN".into(),
            Country::Az,
            OrgKind::Partner,
        ),
        Country::Az,
        None,
    ));
    let regions = UZ_REGIONS.len().min((n - specs.len()) / 4).max(1);
    let mut region_at = Vec::new();
    for (i, r) in UZ_REGIONS.iter().take(regions).enumerate() {
        region_at.push(specs.len());
        let name = format!("Davlat xizmatlari agentligining {r} hududiy boshqarmasi");
        specs.push((new(name, format!("DXA-R{:02}", i + 1), Country::Uz, OrgKind::Agency), Country::Uz, Some(1)));
    }
    let rest = n - specs.len();
    let az = rest / 5;
    let (uz_centres, az_centres) = ((rest - az) * 3 / 10, az * 3 / 10);
    let (mut uz_centre_at, mut az_centre_at) = (Vec::new(), Vec::new());
    for i in 0..uz_centres.max(1) {
        let region = region_at[i % region_at.len()];
        let district = UZ_DISTRICTS[(i / region_at.len()) % UZ_DISTRICTS.len()];
        let round = i / (region_at.len() * UZ_DISTRICTS.len());
        let suffix = if round > 0 { format!(" {}-filiali", round + 1) } else { String::new() };
        let region_name = UZ_REGIONS[region_at.iter().position(|&r| r == region).unwrap_or(0)];
        let name = format!("{region_name}, {district} tumani Davlat xizmatlari markazi{suffix}");
        uz_centre_at.push(specs.len());
        specs.push((
            new(name, format!("UZ-{:05}", i + 1), Country::Uz, OrgKind::ServiceCentre),
            Country::Uz,
            Some(region),
        ));
    }
    for i in 0..az_centres.max(1) {
        let city = AZ_CITIES[i % AZ_CITIES.len()];
        let name = format!("{city} {} saylı ASAN xidmət mərkəzi", i / AZ_CITIES.len() + 1);
        az_centre_at.push(specs.len());
        specs.push((new(name, format!("AZ-{:05}", i + 1), Country::Az, OrgKind::ServiceCentre), Country::Az, Some(3)));
    }
    let mut unit = 0;
    while specs.len() < n {
        unit += 1;
        let uz = !specs.len().is_multiple_of(5);
        let (centre, units, country) = if uz {
            (*rng.pick(&uz_centre_at), UZ_UNITS, Country::Uz)
        } else {
            (*rng.pick(&az_centre_at), AZ_UNITS, Country::Az)
        };
        let name = format!("{} — {}", specs[centre].0.name, units[unit % units.len()]);
        let code = format!("U-{unit:05}");
        specs.push((new(name, code, country, OrgKind::Unit), country, Some(centre)));
    }
    let mut tx = store.begin().await?;
    for (i, (mut o, country, parent)) in specs.into_iter().enumerate() {
        o.parent_id = parent.map(|p| out[p].id.clone());
        let o = o.validated()?;
        let when = created + Duration::minutes(i as i64);
        let id = rng.id_at(when);
        organisation::insert(&mut tx, &id, &o, when).await?;
        out.push(Org { id, country, kind: o.kind });
    }
    tx.commit().await?;
    Ok(out)
}

const VENUES: &[(&str, &str, &str)] = &[
    ("Malaka oshirish oʻquv markazi, 1-zal", "Toshkent", "Asia/Tashkent"),
    ("Malaka oshirish oʻquv markazi, 2-zal", "Toshkent", "Asia/Tashkent"),
    ("DXA majlislar zali", "Toshkent", "Asia/Tashkent"),
    ("Andijon DXM oʻquv xonasi", "Andijon", "Asia/Tashkent"),
    ("Fargʻona DXM majlislar zali", "Fargʻona", "Asia/Tashkent"),
    ("Namangan DXM oʻquv xonasi", "Namangan", "Asia/Tashkent"),
    ("Guliston DXM majlislar zali", "Guliston", "Asia/Tashkent"),
    ("Chirchiq DXM oʻquv xonasi", "Chirchiq", "Asia/Tashkent"),
    ("Samarqand DXM majlislar zali", "Samarqand", "Asia/Samarkand"),
    ("Buxoro DXM oʻquv xonasi", "Buxoro", "Asia/Samarkand"),
    ("Navoiy DXM majlislar zali", "Navoiy", "Asia/Samarkand"),
    ("Qarshi DXM oʻquv xonasi", "Qarshi", "Asia/Samarkand"),
    ("Termiz DXM majlislar zali", "Termiz", "Asia/Samarkand"),
    ("Urganch DXM oʻquv xonasi", "Urganch", "Asia/Samarkand"),
    ("Nukus DXM majlislar zali", "Nukus", "Asia/Samarkand"),
    ("Jizzax DXM oʻquv xonasi", "Jizzax", "Asia/Samarkand"),
    ("ASAN Təlim Mərkəzi, 1-ci zal", "Bakı", "Asia/Baku"),
    ("ASAN Təlim Mərkəzi, 2-ci zal", "Bakı", "Asia/Baku"),
    ("Bakı 1 saylı ASAN xidmət mərkəzi", "Bakı", "Asia/Baku"),
    ("Gəncə ASAN xidmət mərkəzi", "Gəncə", "Asia/Baku"),
    ("Sumqayıt ASAN xidmət mərkəzi", "Sumqayıt", "Asia/Baku"),
    ("Şəki ASAN xidmət mərkəzi", "Şəki", "Asia/Baku"),
    ("Lənkəran ASAN xidmət mərkəzi", "Lənkəran", "Asia/Baku"),
    ("Quba ASAN xidmət mərkəzi", "Quba", "Asia/Baku"),
];

const TOPICS_UZ: &[&str] = &[
    "Mijozlarga xizmat koʻrsatish standartlari",
    "Elektron hukumat xizmatlari",
    "Davlat xizmatlarida muloqot madaniyati",
    "Ish yuritish va hujjatlar aylanishi",
    "Korrupsiyaga qarshi kurashish asoslari",
    "Shaxsga doir maʼlumotlarni himoya qilish",
    "Stressni boshqarish",
    "Yangi xodimlar uchun kirish kursi",
    "Maʼmuriy tartib-taomillar",
    "Raqamli savodxonlik",
];
const TOPICS_RU: &[&str] = &[
    "Работа с обращениями граждан",
    "Делопроизводство и документооборот",
    "Противодействие коррупции",
    "Защита персональных данных",
    "Клиентоориентированность в государственных услугах",
    "Наставничество для руководителей",
];
const TOPICS_AZ: &[&str] = &[
    "ASAN xidmət modeli",
    "Vətəndaş məmnunluğunun ölçülməsi",
    "Könüllülərlə iş",
    "Elektron xidmətlər",
    "Keyfiyyətin idarə edilməsi",
];

async fn places_and_programmes(store: &Store, activities: usize, rng: &mut Rng) -> Result<(Vec<Place>, Vec<String>)> {
    let when = at(first_day(), 0) - Duration::days(300);
    let mut tx = store.begin().await?;
    let mut venues = Vec::new();
    for (i, (name, city, zone)) in VENUES.iter().enumerate() {
        let country = if *zone == "Asia/Baku" { Country::Az } else { Country::Uz };
        let v = Venue {
            id: rng.id_at(when + Duration::minutes(i as i64)),
            name: (*name).into(),
            address: None,
            city: (*city).into(),
            country: if country == Country::Uz { "UZ".into() } else { "AZ".into() },
            time_zone: (*zone).into(),
            capacity: Some(rng.between(20, 120)),
        };
        malaka_store::venue::insert(&mut tx, &v, when).await?;
        venues.push(Place { id: v.id, country, zone });
    }
    let mut programmes = Vec::new();
    for i in 0..(activities / 200).clamp(5, 120) {
        let (topic, language) = match i % 3 {
            0 | 1 => (TOPICS_UZ[i % TOPICS_UZ.len()], "uz-Latn"),
            _ => (TOPICS_RU[i % TOPICS_RU.len()], "ru"),
        };
        let p = Programme {
            id: rng.id_at(when + Duration::hours(1 + i as i64)),
            code: format!("DX-{}", 101 + i),
            title: format!("{topic} ({}-modul)", i / 10 + 1),
            objectives: None,
            planned_hours: *rng.pick(&[6.0, 8.0, 12.0, 16.0, 24.0, 36.0]),
            language: language.into(),
            archived: false,
        };
        programme::insert(&mut tx, &p, when).await?;
        programmes.push(p.id);
    }
    tx.commit().await?;
    Ok((venues, programmes))
}

/// A person as generated: enough to enrol them and to name them as a trainer.
struct Staff {
    id: String,
    country: Country,
    name: String,
}

/// People in one batch share a created time, as an import of a month's new staff would.
const PEOPLE_PER_BATCH: usize = 2_000;
/// People per transaction.
const PEOPLE_PER_TX: usize = 50_000;

/// The staff register: Uzbek and Russian names in the Uzbek organisations, Azerbaijani names in
/// the Azerbaijani ones. Returns the people and how many search-token rows they got.
async fn register(store: &Store, orgs: &[Org], n: usize, rng: &mut Rng) -> Result<(Vec<Staff>, u64)> {
    let homes: Vec<usize> = (0..orgs.len()).filter(|&i| orgs[i].kind != OrgKind::Ministry).collect();
    let mut next_number = vec![1000u32; orgs.len()];
    let span = (last_day() - first_day()).num_minutes();
    let mut people = Vec::with_capacity(n);
    let mut tokens = 0u64;
    let mut tx = store.begin().await?;
    let mut batch: Vec<(String, ValidPerson)> = Vec::with_capacity(PEOPLE_PER_BATCH);
    for i in 0..n {
        let home = homes[rng.below(homes.len())];
        let org = &orgs[home];
        let style = match org.country {
            Country::Uz => Style::uzbek_register(rng),
            Country::Az => Style::Azerbaijani,
        };
        let woman = rng.chance(48);
        let nm = names::name(rng, style, woman);
        next_number[home] += 1;
        let batch_start = i - i % PEOPLE_PER_BATCH;
        let created = at(first_day(), 0) + Duration::minutes(span * batch_start as i64 / n.max(1) as i64);
        let id = rng.id_at(created + Duration::milliseconds((i - batch_start) as i64));
        let domain = if org.country == Country::Uz { "dxa.gov.uz" } else { "asan.gov.az" };
        let email = rng.chance(70).then(|| format!("xodim{}@{domain}", i + 1));
        let phone = rng.chance(60).then(|| match org.country {
            Country::Uz => {
                format!("+998 9{} {:03} {:02} {:02}", rng.below(10), rng.below(1000), rng.below(100), rng.below(100))
            }
            Country::Az => {
                format!("+994 5{} {:03} {:02} {:02}", rng.below(10), rng.below(1000), rng.below(100), rng.below(100))
            }
        });
        let birth = NaiveDate::from_ymd_opt(
            rng.between(1962, 2003) as i32,
            rng.between(1, 12) as u32,
            rng.between(1, 28) as u32,
        );
        let input = NewPerson {
            family_name: nm.family,
            given_name: nm.given,
            patronymic: Some(nm.patronymic),
            family_name_alt: nm.family_alt,
            given_name_alt: nm.given_alt,
            patronymic_alt: nm.patronymic_alt,
            organisation_id: org.id.clone(),
            unit_id: None,
            personnel_number: Some(next_number[home].to_string()),
            position: Some((*rng.pick(style.positions())).to_owned()),
            email,
            phone,
            birth_date: birth.filter(|_| rng.chance(85)).map(|d| d.to_string()),
            // Kept as the dataset was generated before the register had hire dates.
            hired_on: None,
        };
        let p = input.validated()?;
        tokens += p.search_tokens.len() as u64;
        people.push(Staff {
            id: id.clone(),
            country: org.country,
            name: format!("{} {} {}", p.family_name, p.given_name, p.patronymic.clone().unwrap_or_default()),
        });
        batch.push((id, p));
        if batch.len() == PEOPLE_PER_BATCH || i + 1 == n {
            person::insert_many(&mut tx, &batch, created).await?;
            batch.clear();
        }
        if (i + 1) % PEOPLE_PER_TX == 0 {
            tx.commit().await?;
            tx = store.begin().await?;
        }
    }
    tx.commit().await?;
    Ok((people, tokens))
}

async fn trainers(store: &Store, people: &[Staff], activities: usize, rng: &mut Rng) -> Result<Vec<Trainer>> {
    let when = at(first_day(), 0) - Duration::days(30);
    let mut out: Vec<Trainer> = Vec::new();
    let mut taken = HashSet::new();
    let mut tx = store.begin().await?;
    for i in 0..(activities / 40).clamp(4, 600) {
        let t = if i % 5 < 3 && !people.is_empty() {
            let mut k = rng.below(people.len());
            while !taken.insert(k) {
                k = rng.below(people.len());
            }
            let p = &people[k];
            Trainer {
                id: rng.id_at(when + Duration::minutes(i as i64)),
                person_id: Some(p.id.clone()),
                name: p.name.trim().to_owned(),
                affiliation: None,
                expertise: Some((*rng.pick(TOPICS_UZ)).to_owned()),
            }
        } else {
            let style = if i % 2 == 0 { Style::UzbekLatin } else { Style::Azerbaijani };
            let woman = rng.chance(50);
            let nm = names::name(rng, style, woman);
            Trainer {
                id: rng.id_at(when + Duration::minutes(i as i64)),
                person_id: None,
                name: format!("{} {}", nm.given, nm.family),
                affiliation: Some(
                    (*rng.pick(&[
                        "Toshkent davlat yuridik universiteti",
                        "ASAN xidmət",
                        "Davlat boshqaruvi akademiyasi",
                    ]))
                    .to_owned(),
                ),
                expertise: Some((*rng.pick(TOPICS_AZ)).to_owned()),
            }
        };
        trainer::insert(&mut tx, &t, when).await?;
        out.push(t);
    }
    tx.commit().await?;
    Ok(out)
}

/// A kind of activity: its share of a year's plan, sessions per activity, people per activity.
type KindShape = (ActivityKind, usize, (i64, i64), (i64, i64));

const KINDS: &[KindShape] = &[
    (ActivityKind::Training, 40, (4, 10), (12, 32)),
    (ActivityKind::Seminar, 18, (1, 3), (15, 40)),
    (ActivityKind::Workshop, 12, (1, 2), (8, 20)),
    (ActivityKind::RoundTable, 6, (1, 1), (10, 25)),
    (ActivityKind::Conference, 3, (2, 3), (40, 120)),
    (ActivityKind::StudyVisit, 5, (4, 5), (5, 12)),
    (ActivityKind::Internship, 6, (5, 10), (1, 4)),
    (ActivityKind::Consultation, 10, (1, 1), (1, 3)),
];

fn kind_row(kind: ActivityKind) -> &'static KindShape {
    KINDS.iter().find(|k| k.0 == kind).unwrap_or(&KINDS[0])
}

/// Most people a kind of activity takes once participant counts are scaled to the marks wanted.
fn people_cap(kind: ActivityKind) -> usize {
    (kind_row(kind).3.1 as usize * 3 / 2).max(4)
}

/// Months weighted as agencies train: little in summer and at the new year.
const MONTH_WEIGHT: [usize; 12] = [4, 9, 10, 10, 9, 6, 2, 2, 9, 11, 11, 7];

fn weekdays_from(start: NaiveDate, count: usize) -> Vec<NaiveDate> {
    let mut d = start;
    let mut out = Vec::with_capacity(count);
    while out.len() < count {
        if !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) {
            out.push(d);
        }
        d += Duration::days(1);
    }
    out
}

/// Decides every activity: kind, dates, venue, how many sessions and people. Session counts add
/// up to the scale exactly; people counts are scaled so the marks come out near the scale.
fn plan(venues: &[Place], trainers: &[Trainer], scale: Scale, rng: &mut Rng) -> Vec<Plan> {
    let n = scale.activities.max(1);
    let total_weight: usize = KINDS.iter().map(|k| k.1).sum();
    let span = (last_day() - first_day()).num_days();
    let mut plans: Vec<Plan> = Vec::with_capacity(n);
    for _ in 0..n {
        let mut w = rng.below(total_weight);
        let row = KINDS
            .iter()
            .find(|k| {
                if w < k.1 {
                    true
                } else {
                    w -= k.1;
                    false
                }
            })
            .unwrap_or(&KINDS[0]);
        let start = loop {
            let d = first_day() + Duration::days(rng.below(span as usize) as i64);
            if rng.below(11) < MONTH_WEIGHT[d.month0() as usize] {
                break d;
            }
        };
        let from_country = if row.0 == ActivityKind::StudyVisit || row.0 == ActivityKind::Internship || rng.chance(82) {
            Country::Uz
        } else {
            Country::Az
        };
        let venue_country = match row.0 {
            ActivityKind::StudyVisit | ActivityKind::Internship => Country::Az,
            _ => from_country,
        };
        let candidates: Vec<usize> = (0..venues.len()).filter(|&v| venues[v].country == venue_country).collect();
        let slot = match row.0 {
            ActivityKind::Internship => (9 * 60, 17 * 60),
            ActivityKind::Conference | ActivityKind::StudyVisit => (10 * 60, 16 * 60),
            _ => *rng.pick(&[(9 * 60, 12 * 60), (14 * 60, 17 * 60), (10 * 60, 13 * 60)]),
        };
        plans.push(Plan {
            id: String::new(),
            kind: row.0,
            status: ActivityStatus::Planned,
            created: at(start, 0),
            days: vec![start; rng.between(row.2.0, row.2.1) as usize],
            slot,
            venue: *rng.pick(&candidates),
            trainer: rng.below(trainers.len()),
            people: rng.between(row.3.0, row.3.1) as usize,
            from_country,
            sessions: Vec::new(),
        });
    }
    // Session counts to the exact total.
    let mut total: usize = plans.iter().map(|p| p.days.len()).sum();
    let mut tries = 0;
    while total != scale.sessions.max(n) && tries < 1000 * n {
        tries += 1;
        let p = &mut plans[rng.below(n)];
        let cap = (kind_row(p.kind).2.1 as usize * 2).max(2);
        if total < scale.sessions && p.days.len() < cap {
            p.days.push(p.days[0]);
            total += 1;
        } else if total > scale.sessions && p.days.len() > 1 {
            p.days.pop();
            total -= 1;
        }
    }
    plans.sort_by_key(|p| p.days[0]);
    for p in &mut plans {
        p.days = weekdays_from(p.days[0], p.days.len());
        let (first, last) = (p.days[0], p.days[p.days.len() - 1]);
        p.status = if last < today() {
            if rng.chance(3) { ActivityStatus::Cancelled } else { ActivityStatus::Completed }
        } else if first <= today() {
            ActivityStatus::InProgress
        } else if (first - today()).num_days() < 60 {
            ActivityStatus::Confirmed
        } else if rng.chance(10) {
            ActivityStatus::Draft
        } else {
            ActivityStatus::Planned
        };
        p.created = at(first, 9 * 60) - Duration::days(rng.between(14, 90));
        p.id = rng.id_at(p.created);
    }
    // People per activity, scaled so that marks (people × past sessions) reach the scale.
    let past = |p: &Plan| p.days.iter().filter(|d| **d < today()).count();
    let expected: f64 = plans
        .iter()
        .filter(|p| p.status != ActivityStatus::Cancelled)
        .map(|p| (p.people * past(p)) as f64 * 0.96)
        .sum();
    let factor = scale.marks as f64 * 1.04 / expected.max(1.0);
    for p in &mut plans {
        p.people = ((p.people as f64 * factor).round() as usize).clamp(1, people_cap(p.kind));
    }
    plans
}

fn title(kind: ActivityKind, country: Country, n: usize, rng: &mut Rng) -> (String, &'static str) {
    let (topic, lang) = match (country, rng.below(10)) {
        (Country::Az, _) => (*rng.pick(TOPICS_AZ), "az"),
        (Country::Uz, 0..=2) => (*rng.pick(TOPICS_RU), "ru"),
        (Country::Uz, _) => (*rng.pick(TOPICS_UZ), "uz-Latn"),
    };
    let what = match (kind, lang) {
        (ActivityKind::Training, "ru") => format!("{topic}: обучение, группа {n}"),
        (ActivityKind::Training, "az") => format!("{topic}: təlim, {n} qrup"),
        (ActivityKind::Training, _) => format!("{topic}: oʻquv kursi, {n}-guruh"),
        (ActivityKind::StudyVisit, _) => format!("ASAN xidmət tajribasini oʻrganish: {n}-tashrif"),
        (ActivityKind::Internship, _) => format!("ASAN xidmət mərkəzində təcrübə keçmə, {n}"),
        (ActivityKind::Conference, _) => format!("Xalqaro konferensiya: {topic} ({n})"),
        (ActivityKind::RoundTable, "ru") => format!("Круглый стол: {topic} ({n})"),
        (ActivityKind::RoundTable, _) => format!("Davra suhbati: {topic} ({n})"),
        _ => format!("{topic} ({n})"),
    };
    let lang = if kind == ActivityKind::StudyVisit { "ru" } else { lang };
    (what, lang)
}

/// Activities per transaction, and per call of the bulk inserts.
const ACTIVITIES_PER_TX: usize = 5_000;
const ACTIVITIES_PER_BATCH: usize = 500;

#[allow(clippy::too_many_arguments)]
async fn write_plan(
    store: &Store,
    plans: &mut [Plan],
    orgs: &[Org],
    venues: &[Place],
    programmes: &[String],
    trainers: &[Trainer],
    rng: &mut Rng,
) -> Result<u64> {
    let hosts = |c: Country| -> Vec<usize> {
        (0..orgs.len())
            .filter(|&i| orgs[i].country == c && orgs[i].kind != OrgKind::Unit && orgs[i].kind != OrgKind::Ministry)
            .collect()
    };
    let (uz_hosts, az_hosts) = (hosts(Country::Uz), hosts(Country::Az));
    let (dxa, asan) = (1usize, 3usize);
    let plans_len = plans.len();
    let mut rows = 0u64;
    let mut tx = store.begin().await?;
    // A month's plan or so at a time: activities and sessions written by the store's bulk inserts,
    // stamped with the time the first of them was created.
    let (mut activities, mut sessions) = (Vec::new(), Vec::new());
    let mut created = None;
    for (i, p) in plans.iter_mut().enumerate() {
        let host_country = if p.kind == ActivityKind::Internship { Country::Az } else { p.from_country };
        let host = match host_country {
            Country::Uz => *rng.pick(&uz_hosts),
            Country::Az => *rng.pick(&az_hosts),
        };
        let partners = match p.kind {
            ActivityKind::StudyVisit | ActivityKind::RoundTable | ActivityKind::Conference => {
                let other = if host_country == Country::Uz { asan } else { dxa };
                vec![orgs[other].id.clone()]
            }
            ActivityKind::Internship => vec![orgs[dxa].id.clone()],
            _ => vec![],
        };
        let (title, language) = title(p.kind, host_country, i + 1, rng);
        let input = NewActivity {
            kind: p.kind,
            title,
            programme_id: (p.kind == ActivityKind::Training && rng.chance(80)).then(|| rng.pick(programmes).clone()),
            status: Some(p.status),
            starts_on: p.days[0].to_string(),
            ends_on: p.days[p.days.len() - 1].to_string(),
            host_org_id: orgs[host].id.clone(),
            partner_org_ids: partners,
            venue_id: Some(venues[p.venue].id.clone()),
            capacity: Some((p.people + rng.below(6)) as i64),
            language: language.into(),
            planned_hours: Some((p.days.len() as i64 * (p.slot.1 - p.slot.0) / 60) as f64),
            description: None,
        };
        let a = input.validated()?;
        rows += 1 + a.partner_org_ids.len() as u64;
        activities.push((p.id.clone(), a));
        created.get_or_insert(p.created);
        let lead = &trainers[p.trainer];
        for (j, day) in p.days.iter().enumerate() {
            let mut trainer_ids = vec![lead.id.clone()];
            if rng.chance(15) {
                let second = rng.pick(trainers);
                if second.id != lead.id {
                    trainer_ids.push(second.id.clone());
                }
            }
            let hm = |m: i64| format!("{day}T{:02}:{:02}", m / 60, m % 60);
            let s = NewSession {
                activity_id: p.id.clone(),
                title: (p.days.len() > 1).then(|| format!("{}-mashgʻulot", j + 1)),
                starts_local: hm(p.slot.0),
                ends_local: hm(p.slot.1),
                time_zone: Some(venues[p.venue].zone.to_owned()),
                venue_id: Some(venues[p.venue].id.clone()),
                trainer_ids,
            }
            .validated(venues[p.venue].zone)?;
            let when = p.created + Duration::milliseconds(1 + j as i64);
            let id = rng.id_at(when);
            rows += 1 + s.trainer_ids.len() as u64;
            p.sessions.push((id.clone(), s.ends_utc));
            sessions.push((id, s));
        }
        if activities.len() == ACTIVITIES_PER_BATCH || i + 1 == plans_len {
            let when = created.take().unwrap_or_else(|| at(first_day(), 0));
            activity::insert_many(&mut tx, &activities, when).await?;
            session::insert_many(&mut tx, &sessions, when).await?;
            activities.clear();
            sessions.clear();
        }
        if (i + 1) % ACTIVITIES_PER_TX == 0 {
            tx.commit().await?;
            tx = store.begin().await?;
        }
    }
    tx.commit().await?;
    Ok(rows)
}

/// Enrolments per transaction.
const ENROLMENTS_PER_TX: usize = 100_000;

/// Enrols people in every activity; returns each activity's enrolments (in plan order).
async fn enrol(store: &Store, plans: &[Plan], people: &[Staff], rng: &mut Rng) -> Result<Vec<Vec<Enrolment>>> {
    let pool = |c: Country| -> Vec<usize> { (0..people.len()).filter(|&i| people[i].country == c).collect() };
    let (uz, az) = (pool(Country::Uz), pool(Country::Az));
    let mut out = Vec::with_capacity(plans.len());
    let mut pending: Vec<Enrolment> = Vec::new();
    let mut tx = store.begin().await?;
    for p in plans {
        let from = match p.from_country {
            Country::Uz if !uz.is_empty() => &uz,
            _ if !az.is_empty() => &az,
            _ => &uz,
        };
        let role = match p.kind {
            ActivityKind::StudyVisit => EnrolmentRole::Delegate,
            ActivityKind::Internship => EnrolmentRole::Intern,
            _ => EnrolmentRole::Participant,
        };
        let mut chosen = HashSet::new();
        let want = p.people.min(from.len());
        let mut list = Vec::with_capacity(want);
        while chosen.len() < want {
            let k = from[rng.below(from.len())];
            if !chosen.insert(k) {
                continue;
            }
            let status = match p.status {
                ActivityStatus::Cancelled => EnrolmentStatus::Cancelled,
                ActivityStatus::Completed => {
                    if rng.chance(4) {
                        EnrolmentStatus::Cancelled
                    } else {
                        EnrolmentStatus::Completed
                    }
                }
                ActivityStatus::InProgress => EnrolmentStatus::Enrolled,
                _ => match rng.below(100) {
                    0..=79 => EnrolmentStatus::Enrolled,
                    80..=89 => EnrolmentStatus::Approved,
                    90..=94 => EnrolmentStatus::Nominated,
                    _ => EnrolmentStatus::Waitlisted,
                },
            };
            let created = p.created + Duration::days(rng.between(1, 10));
            let updated =
                if status == EnrolmentStatus::Completed { at(p.days[p.days.len() - 1], 18 * 60) } else { created };
            list.push(Enrolment {
                id: rng.id_at(created),
                activity_id: p.id.clone(),
                person_id: people[k].id.clone(),
                role,
                status,
                reason: (status == EnrolmentStatus::Cancelled).then(|| "did not attend".to_owned()),
                created_at: created,
                updated_at: updated,
            });
        }
        list.sort_by(|a, b| a.person_id.cmp(&b.person_id));
        pending.extend(list.iter().cloned());
        out.push(list);
        if pending.len() >= ENROLMENTS_PER_TX {
            enrolment::insert_many(&mut tx, &pending).await?;
            pending.clear();
            tx.commit().await?;
            tx = store.begin().await?;
        }
    }
    enrolment::insert_many(&mut tx, &pending).await?;
    tx.commit().await?;
    Ok(out)
}

/// Marks per transaction (each with its history line).
const MARKS_PER_TX: usize = 500_000;

/// Attendance for every session before `today()`, in time order, until `limit` marks are written.
async fn mark(
    store: &Store,
    plans: &[Plan],
    enrolled: &[Vec<Enrolment>],
    trainers: &[Trainer],
    limit: usize,
    rng: &mut Rng,
) -> Result<u64> {
    let mut written = 0usize;
    let mut pending: Vec<AttendanceMark> = Vec::new();
    let mut tx = store.begin().await?;
    'plans: for (p, list) in plans.iter().zip(enrolled) {
        if p.status == ActivityStatus::Cancelled {
            continue;
        }
        let marked_by = &trainers[p.trainer].name;
        let past = p.sessions.iter().zip(&p.days).filter(|(_, day)| **day < today());
        for ((session_id, ends_utc), _) in past {
            for e in list.iter().filter(|e| e.status.is_active()) {
                if written == limit {
                    break 'plans;
                }
                let (status, minutes_late) = match rng.below(100) {
                    0..=81 => (AttendanceStatus::Present, None),
                    82..=88 => (AttendanceStatus::Late, Some(rng.between(5, 40))),
                    89..=94 => (AttendanceStatus::Excused, None),
                    _ => (AttendanceStatus::Absent, None),
                };
                pending.push(AttendanceMark {
                    session_id: session_id.clone(),
                    person_id: e.person_id.clone(),
                    status,
                    minutes_late,
                    note: None,
                    version: 1,
                    marked_by: marked_by.clone(),
                    marked_at: *ends_utc + Duration::minutes(rng.between(0, 90)),
                });
                written += 1;
            }
        }
        if pending.len() >= MARKS_PER_TX {
            pending.sort_by(|a, b| (&a.session_id, &a.person_id).cmp(&(&b.session_id, &b.person_id)));
            attendance::insert_new(&mut tx, &pending).await?;
            pending.clear();
            tx.commit().await?;
            tx = store.begin().await?;
        }
    }
    pending.sort_by(|a, b| (&a.session_id, &a.person_id).cmp(&(&b.session_id, &b.person_id)));
    attendance::insert_new(&mut tx, &pending).await?;
    tx.commit().await?;
    Ok(written as u64)
}
