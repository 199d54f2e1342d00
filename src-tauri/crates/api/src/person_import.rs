//! Importing people from a CSV or XLSX file: check everything first, then all rows or none.

use malaka_core::Reason;
use malaka_core::access::Action;
use malaka_core::reason::count;
use std::collections::HashMap;
use std::path::Path;

use malaka_core::model::{NewOrganisation, NewPerson, Organisation};
use malaka_exchange::people::{self, HeaderMapping, PersonField, PersonRow};
use malaka_exchange::table::{Table, read_table};
use malaka_store::{WriteTx, import, organisation, person};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Problem, file_error};
use crate::job::{Job, Phase};
use crate::person_import_rows::{CheckedRows, RowInput, check_in_background};
use crate::person_import_units::{UnitChoice, UnitOf, Units, UnknownUnit};
use crate::{Error, Malaka, Result, new_id, now};

/// Largest file accepted: well above a national register, far below what would exhaust memory.
pub const MAX_ROWS: usize = 500_000;

#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// Organisation for rows with no organisation column.
    pub default_org: Option<String>,
    /// The user's column mapping (one entry per column); `None` takes the detected one.
    pub mapping: Option<Vec<Option<PersonField>>>,
    /// Check only; write nothing.
    pub dry_run: bool,
    /// Import even if this exact file was imported before.
    pub force: bool,
    /// What to do with units the file names that their organisation does not have.
    pub units: Vec<UnitChoice>,
    /// Create every such unit not named in `units`.
    pub create_units: bool,
}

/// What the desktop's import wizard sends.
#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct ImportInput {
    pub path: String,
    /// One entry per column: a field name (see `ImportPreview::fields`) or null to ignore it.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub mapping: Option<Vec<Option<String>>>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub organisation_id: Option<String>,
    pub dry_run: bool,
    pub force: bool,
    /// The user's decision for each unit the file names that its organisation does not have.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub units: Option<Vec<UnitChoice>>,
}

impl ImportInput {
    /// The options with the mapping's field names checked.
    pub fn options(&self) -> Result<ImportOptions> {
        let mapping = match &self.mapping {
            Some(cols) => Some(
                cols.iter()
                    .map(|c| match c.as_deref() {
                        None | Some("") => Ok(None),
                        Some(name) => PersonField::from_name(name)
                            .map(Some)
                            .ok_or_else(|| Error::invalid("mapping", Reason::NotAPersonField { value: name.into() })),
                    })
                    .collect::<Result<Vec<_>>>()?,
            ),
            None => None,
        };
        Ok(ImportOptions {
            default_org: self.organisation_id.clone(),
            mapping,
            dry_run: self.dry_run,
            force: self.force,
            units: self.units.clone().unwrap_or_default(),
            create_units: false,
        })
    }
}

/// A first look at a file: how it was read and how its columns were understood.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ImportPreview {
    pub file: String,
    pub format: &'static str,
    pub encoding: Option<&'static str>,
    pub delimiter: Option<String>,
    #[ts(type = "number")]
    pub rows: usize,
    pub headers: Vec<String>,
    /// The first rows, cell by cell.
    pub sample: Vec<Vec<String>>,
    /// The detected field of each column, or null.
    pub mapping: Vec<Option<&'static str>>,
    /// Every field a column can be mapped to.
    pub fields: Vec<&'static str>,
}

/// Rows shown in a preview.
const SAMPLE_ROWS: usize = 8;

/// How often a long import reports progress.
const PROGRESS_EVERY: usize = 1000;

/// How one column of the file was understood.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ColumnMapping {
    pub column: String,
    pub field: Option<&'static str>,
}

/// What an import found and did.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ImportReport {
    pub file: String,
    pub format: &'static str,
    pub encoding: Option<&'static str>,
    pub delimiter: Option<String>,
    pub sha256: String,
    #[ts(type = "number")]
    pub rows: usize,
    pub mapping: Vec<ColumnMapping>,
    pub problems: Vec<Problem>,
    /// Units the file names that their organisation does not have yet (created by the import
    /// when the user said so).
    pub unknown_units: Vec<UnknownUnit>,
    #[ts(type = "number")]
    pub units_created: usize,
    #[ts(type = "number")]
    pub imported: usize,
    pub dry_run: bool,
}

impl ImportReport {
    /// The report as a person reads it in a terminal.
    pub fn to_text(&self) -> String {
        let mut out = vec![format!(
            "{}: {} rows, {}{}{}",
            self.file,
            self.rows,
            self.format,
            self.encoding.map(|e| format!(", {e}")).unwrap_or_default(),
            self.delimiter.as_ref().map(|d| format!(", separated by '{d}'")).unwrap_or_default()
        )];
        for m in &self.mapping {
            out.push(format!("  column \"{}\" → {}", m.column, m.field.unwrap_or("(ignored)")));
        }
        for u in &self.unknown_units {
            out.push(format!("  unit \"{}\" of {}: not in the register yet ({} rows)", u.name, u.organisation, u.rows));
        }
        for p in &self.problems {
            out.push(p.to_string());
        }
        out.push(match (self.dry_run, self.problems.len()) {
            (true, 0) => format!("dry run: all {} rows are fine; nothing written", self.rows),
            (true, n) => format!("dry run: {n} problem(s); nothing written"),
            (false, _) if self.units_created > 0 => {
                format!("imported {} people and created {} units", self.imported, self.units_created)
            }
            (false, _) => format!("imported {} people", self.imported),
        });
        out.join("\n")
    }
}

/// The core field a validation error names, mapped back to the file's column.
fn column_for(field: &str) -> Option<PersonField> {
    Some(match field {
        "family_name" => PersonField::FamilyName,
        "given_name" => PersonField::GivenName,
        "patronymic" => PersonField::Patronymic,
        "family_name_alt" => PersonField::FamilyNameAlt,
        "given_name_alt" => PersonField::GivenNameAlt,
        "patronymic_alt" => PersonField::PatronymicAlt,
        "personnel_number" => PersonField::PersonnelNumber,
        "position" => PersonField::Position,
        "email" => PersonField::Email,
        "phone" => PersonField::Phone,
        "birth_date" => PersonField::BirthDate,
        "hired_on" => PersonField::HiredOn,
        "unit" => PersonField::Unit,
        "organisation" => PersonField::Organisation,
        _ => return None,
    })
}

/// What the file-wide part of the check found: the rows to validate and what it already faulted.
struct Resolved {
    mapping: HeaderMapping,
    problems: Vec<Problem>,
    inputs: Vec<RowInput>,
    /// Personnel numbers by organisation, with the row naming each, to look up in the register.
    numbers: HashMap<String, Vec<(String, usize)>>,
    units: Units,
}

/// An import being written: its transaction and the ids of the units it created first.
struct Writing {
    tx: WriteTx,
    units: Vec<String>,
}

impl Malaka {
    /// Imports people from `path`. A dry run lists every problem by row and column and writes
    /// nothing; a real import with any problem is refused whole.
    pub async fn person_import(&self, path: &Path, options: &ImportOptions) -> Result<ImportReport> {
        self.may(Action::PersonEdit)?;
        self.person_import_job(path, options, &Job::default()).await
    }

    /// How a file would be read, before anything is checked or written.
    pub async fn person_import_preview(&self, path: &Path) -> Result<ImportPreview> {
        self.may(Action::PersonEdit)?;
        let table = read_off_runtime(path).await?;
        let mapping = people::map_headers(&table.headers);
        let s = &table.source;
        Ok(ImportPreview {
            file: s.file_name.clone(),
            format: s.format.as_str(),
            encoding: s.encoding.map(|e| e.as_str()),
            delimiter: s.delimiter.map(|d| if d == '\t' { "tab".to_owned() } else { d.to_string() }),
            rows: table.rows.len(),
            headers: (0..table.headers.len()).map(|c| table.column_name(c)).collect(),
            sample: table.rows.iter().take(SAMPLE_ROWS).map(|r| r.cells.clone()).collect(),
            mapping: (0..table.headers.len()).map(|c| mapping.field(c).map(PersonField::as_str)).collect(),
            fields: PersonField::ALL.iter().map(|f| f.as_str()).collect(),
        })
    }

    /// [`Malaka::person_import`] as a job: it tells how far the writing has come, and a cancel
    /// before the end imports nothing.
    ///
    /// Rows are written while later rows are still being validated, in one transaction; a problem
    /// anywhere stops the writing, the check goes on to list every problem, and the transaction
    /// is rolled back.
    pub async fn person_import_job(&self, path: &Path, options: &ImportOptions, job: &Job) -> Result<ImportReport> {
        self.may(Action::PersonEdit)?;
        let table = read_off_runtime(path).await?;
        if table.rows.len() > MAX_ROWS {
            return Err(Error::File(Reason::TooManyRows {
                file: table.source.file_name.clone(),
                rows: count(table.rows.len()),
                max: count(MAX_ROWS),
            }));
        }
        if !options.force
            && let Some(before) = import::find(&mut *self.store.read().await?, "person", &table.source.sha256).await?
        {
            return Err(Error::AlreadyImported {
                file: table.source.file_name.clone(),
                at: before.imported_at.format("%Y-%m-%d %H:%M UTC").to_string(),
                rows: before.rows,
            });
        }
        let Resolved { mapping, mut problems, inputs, numbers, mut units } = self.resolve_rows(&table, options).await?;
        // Nothing is written when the file-wide check already failed: the import would be refused.
        let write = !options.dry_run && problems.is_empty();
        let rows = check_in_background(inputs, PROGRESS_EVERY, write);
        let mut writing =
            if write { Some(self.begin_writing(std::mem::take(&mut units.to_create)).await?) } else { None };
        let column_of = |field: PersonField| column_name(&table, &mapping, field);
        // Looked up before any row is written (a taken number must be listed, not hit as a
        // constraint); on SQLite the write lock is already held, so nobody can take one meanwhile.
        problems.extend(self.numbers_taken(&numbers, &column_of).await?);
        let at = now();
        let write_to = writing.as_mut().filter(|_| problems.is_empty());
        let imported = check_and_write(rows, write_to, at, job, &column_of).await?;
        problems.extend(imported.problems);
        problems.sort_by(|a, b| (a.row, &a.column).cmp(&(b.row, &b.column)));
        let s = &table.source;
        let mut report = ImportReport {
            file: s.file_name.clone(),
            format: s.format.as_str(),
            encoding: s.encoding.map(|e| e.as_str()),
            delimiter: s.delimiter.map(|d| if d == '\t' { "tab".to_owned() } else { d.to_string() }),
            sha256: s.sha256.clone(),
            rows: table.rows.len(),
            mapping: (0..table.headers.len())
                .map(|c| ColumnMapping {
                    column: table.column_name(c),
                    field: mapping.field(c).map(PersonField::as_str),
                })
                .collect(),
            problems,
            unknown_units: units.unknown.clone(),
            units_created: 0,
            imported: 0,
            dry_run: options.dry_run,
        };
        // A dry run, or an import with any problem: the transaction (if one began) rolls back.
        let Some(Writing { mut tx, units: created }) = writing.filter(|_| report.problems.is_empty()) else {
            return match options.dry_run {
                true => Ok(report),
                false => Err(Error::ImportRejected { file: report.file, problems: report.problems }),
            };
        };
        let batch = import::Batch {
            id: new_id(),
            kind: "person".into(),
            file_name: report.file.clone(),
            file_sha256: report.sha256.clone(),
            rows: imported.written as i64,
            actor: self.actor(),
            imported_at: at,
        };
        if options.force {
            // A forced re-import keeps the first record of the file; the audit log has both.
            if import::find(&mut tx, "person", &batch.file_sha256).await?.is_none() {
                import::record(&mut tx, &batch).await?;
            }
        } else {
            import::record(&mut tx, &batch).await?;
        }
        let summary =
            format!("imported {} people from {} (sha256 {})", imported.written, report.file, &report.sha256[..12]);
        self.audit(&mut tx, at, "person.import", "import_batch", Some(&batch.id), summary).await?;
        tx.commit().await?;
        report.imported = imported.written;
        report.units_created = created.len();
        Ok(report)
    }

    /// The import's transaction, with the units the file needs created first.
    async fn begin_writing(&self, units: Vec<NewOrganisation>) -> Result<Writing> {
        let mut tx = self.store.begin().await?;
        let mut created = Vec::with_capacity(units.len());
        for unit in units {
            created.push(self.organisation_create_in(&mut tx, unit).await?.id);
        }
        Ok(Writing { tx, units: created })
    }

    /// The part of the check that reads the whole file in order: columns, organisations and
    /// units (looked up once each), and the rows the file check already faulted.
    async fn resolve_rows(&self, table: &Table, options: &ImportOptions) -> Result<Resolved> {
        let mut mapping = people::map_headers(&table.headers);
        if let Some(chosen) = &options.mapping {
            if chosen.len() != table.headers.len() {
                return Err(Error::invalid(
                    "mapping",
                    Reason::MappingColumns { mapped: count(chosen.len()), columns: count(table.headers.len()) },
                ));
            }
            for (column, field) in chosen.iter().enumerate() {
                mapping.set(column, *field);
            }
        }
        let mut problems: Vec<Problem> = mapping
            .missing_required()
            .into_iter()
            .map(|field| Problem {
                row: 1,
                column: String::new(),
                reason: Reason::MissingColumn { field: field.into() },
            })
            .collect();
        let column_of = |field: PersonField| column_name(table, &mapping, field);
        let (rows, row_problems) = people::people_rows(table, &mapping);
        // Rows the file check already faulted are reported once, not checked again.
        let faulted: std::collections::HashSet<usize> = row_problems.iter().map(|p| p.row).collect();
        problems.extend(row_problems.into_iter().map(|p| Problem { row: p.row, column: p.column, reason: p.reason }));

        let mut c = self.store.read().await?;
        let default_org = match &options.default_org {
            Some(key) => Some(
                organisation::find(&mut c, key)
                    .await?
                    .ok_or_else(|| Error::NotFound { entity: "organisation", id: key.clone() })?,
            ),
            None => None,
        };
        let mut orgs: HashMap<String, Option<Organisation>> = HashMap::new();
        let mut units = Units::default();
        let mut inputs = Vec::with_capacity(rows.len());
        let mut numbers: HashMap<String, Vec<(String, usize)>> = HashMap::new();
        for row in rows {
            // Borrowed, not cloned: a national file names a handful of organisations 100,000 times.
            let org: &Organisation = match row.get(PersonField::Organisation) {
                Some(name) => {
                    if !orgs.contains_key(name) {
                        let found = match organisation::find(&mut c, name).await? {
                            Some(o) => Some(o),
                            None => organisation::find_by_name(&mut c, name).await?,
                        };
                        orgs.insert(name.to_owned(), found);
                    }
                    match orgs.get(name) {
                        Some(Some(o)) => o,
                        _ => {
                            problems.push(Problem {
                                row: row.row,
                                column: column_of(PersonField::Organisation),
                                reason: Reason::NoSuchOrganisation { value: name.into() },
                            });
                            continue;
                        }
                    }
                }
                None => match &default_org {
                    Some(o) => o,
                    None => {
                        problems.push(Problem {
                            row: row.row,
                            column: String::new(),
                            reason: Reason::OrganisationNeeded,
                        });
                        continue;
                    }
                },
            };
            let unit = match row.get(PersonField::Unit) {
                Some(name) => match units.resolve(&mut c, org, name, &options.units, options.create_units).await? {
                    Ok(unit) => Some(unit),
                    Err(reason) => {
                        problems.push(Problem { row: row.row, column: column_of(PersonField::Unit), reason });
                        continue;
                    }
                },
                None => None,
            };
            let (unit_id, new_unit) = match unit {
                Some(UnitOf::Existing(id)) => (Some(id), None),
                Some(UnitOf::New(n)) => (None, Some(n)),
                None => (None, None),
            };
            let number = row.row;
            let input = new_person(row, org.id.clone(), unit_id);
            // Checked against the database even when the row has other faults, so one dry run
            // lists everything that needs fixing.
            if let Some(n) = &input.personnel_number {
                numbers.entry(org.id.clone()).or_default().push((n.trim().to_owned(), number));
            }
            if faulted.contains(&number) {
                continue;
            }
            inputs.push((number, input, new_unit));
        }
        Ok(Resolved { mapping, problems, inputs, numbers, units })
    }

    /// Rows whose personnel number someone in the register already has in that organisation.
    async fn numbers_taken(
        &self,
        numbers: &HashMap<String, Vec<(String, usize)>>,
        column_of: &impl Fn(PersonField) -> String,
    ) -> Result<Vec<Problem>> {
        let mut c = self.store.read().await?;
        let mut problems = Vec::new();
        for (org_id, list) in numbers {
            let wanted: Vec<String> = list.iter().map(|(n, _)| n.clone()).collect();
            for taken in person::personnel_numbers_taken(&mut c, org_id, &wanted).await? {
                for (_, row) in list.iter().filter(|(n, _)| *n == taken) {
                    problems.push(Problem {
                        row: *row,
                        column: column_of(PersonField::PersonnelNumber),
                        reason: Reason::NumberTaken { value: taken.clone() },
                    });
                }
            }
        }
        Ok(problems)
    }
}

/// What the row checks found, and how many people were written.
struct CheckedAndWritten {
    problems: Vec<Problem>,
    written: usize,
}

/// Takes the rows as the background threads check them and, while none has a problem, writes each
/// chunk as it comes, with a progress report per chunk. `writing` is `None` for a dry run or an
/// import already refused; after the first problem the rest is only checked.
async fn check_and_write(
    mut rows: CheckedRows,
    mut writing: Option<&mut Writing>,
    at: chrono::DateTime<chrono::Utc>,
    job: &Job,
    column_of: &impl Fn(PersonField) -> String,
) -> Result<CheckedAndWritten> {
    let total = rows.len();
    let mut out = CheckedAndWritten { problems: Vec::new(), written: 0 };
    while let Some(chunk) = rows.next().await? {
        let mut people = Vec::new();
        for (row, new_unit, checked) in chunk {
            match checked {
                Ok(mut valid) => {
                    if let Some(w) = writing.as_deref() {
                        if let Some(n) = new_unit {
                            valid.unit_id = Some(w.units[n].clone());
                        }
                        people.push((new_id(), valid));
                    }
                }
                Err(malaka_core::Error::Invalid { field, reason }) => {
                    let column = column_for(&field).map(column_of).unwrap_or(field);
                    out.problems.push(Problem { row, column, reason });
                    writing = None; // the import will be refused: from here on, only check
                }
            }
        }
        let Some(w) = writing.as_deref_mut() else { continue };
        if job.is_cancelled() {
            return Err(Error::Cancelled); // the transaction rolls back: no row, no record
        }
        job.tell_now(Phase::Importing, out.written, total);
        person::insert_many(&mut w.tx, &people, at).await?;
        out.written += people.len();
    }
    if writing.is_some() {
        job.tell_now(Phase::Importing, total, total);
    }
    Ok(out)
}

/// The file's name for the column holding `field`, or the field's own name when none does.
fn column_name(table: &Table, mapping: &HeaderMapping, field: PersonField) -> String {
    mapping.column(field).map(|c| table.column_name(c)).unwrap_or_else(|| field.as_str().to_owned())
}

/// Reads (and for a workbook, unpacks) the file on a blocking thread: a large file takes seconds,
/// and the async threads serve the rest of the app meanwhile.
async fn read_off_runtime(path: &Path) -> Result<Table> {
    let path = path.to_path_buf();
    tokio::task::spawn_blocking(move || read_table(&path).map_err(file_error))
        .await
        .map_err(|e| Error::storage(format!("reading the file stopped: {e}")))?
}

/// The row's values moved into a person to validate.
fn new_person(row: PersonRow, organisation_id: String, unit_id: Option<String>) -> NewPerson {
    let mut values = row.values;
    let mut get = |f: PersonField| values.remove(&f);
    NewPerson {
        family_name: get(PersonField::FamilyName).unwrap_or_default(),
        given_name: get(PersonField::GivenName).unwrap_or_default(),
        patronymic: get(PersonField::Patronymic),
        family_name_alt: get(PersonField::FamilyNameAlt),
        given_name_alt: get(PersonField::GivenNameAlt),
        patronymic_alt: get(PersonField::PatronymicAlt),
        organisation_id,
        unit_id,
        personnel_number: get(PersonField::PersonnelNumber),
        position: get(PersonField::Position),
        email: get(PersonField::Email),
        phone: get(PersonField::Phone),
        birth_date: get(PersonField::BirthDate),
        hired_on: get(PersonField::HiredOn),
    }
}
