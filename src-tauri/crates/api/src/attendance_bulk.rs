//! Entering a session's marks in bulk: from a file typed up from a paper sign-in sheet, and/or
//! "everyone not yet marked is …" — all checked first, then saved in one transaction.

use malaka_core::Reason;
use malaka_core::access::Action;
use malaka_core::reason::count;
use std::collections::HashMap;
use std::path::PathBuf;

use malaka_core::model::{AttendanceStatus, NewMark};
use malaka_core::validate;
use malaka_exchange::table::read_table;
use malaka_store::{attendance as store, person};
use serde::Serialize;

use crate::error::{Problem, file_error};
use crate::{Error, Malaka, Result};

/// A bulk entry for one session.
#[derive(Debug, Clone, Default)]
pub struct BulkMarks {
    pub session_id: String,
    /// CSV or spreadsheet with columns person (id or personnel number), status, and optionally
    /// minutes_late and note.
    pub file: Option<PathBuf>,
    /// The mark for everyone on the roll who has none and is not in the file.
    pub rest: Option<AttendanceStatus>,
    /// Why recorded marks change; kept in their history.
    pub reason: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct BulkReport {
    /// Marks written (new or changed).
    pub saved: usize,
    /// Marks that were already as asked.
    pub unchanged: usize,
    /// Of the saved, how many came from `rest`.
    pub rest: usize,
}

const PERSON: &[&str] = &["person", "person_id", "id", "personnel_number", "табельный номер", "tabel raqami"];
const STATUS: &[&str] = &["status", "mark", "отметка", "belgi", "qeyd"];
const MINUTES: &[&str] = &["minutes_late", "late_minutes", "опоздание, мин", "kechikish"];
const NOTE: &[&str] = &["note", "примечание", "izoh"];

/// A status as people write it on a sheet: the English word or its first letter, or the usual
/// words in Russian, Uzbek and Azerbaijani.
fn status_word(text: &str) -> Option<AttendanceStatus> {
    let t = text.trim().to_lowercase();
    let s = match t.as_str() {
        "p" | "+" | "present" | "присутствовал" | "был" | "bor" | "keldi" | "iştirak etdi" | "var" => {
            AttendanceStatus::Present
        }
        "l" | "late" | "опоздал" | "kechikdi" | "gecikdi" => AttendanceStatus::Late,
        "a" | "-" | "absent" | "отсутствовал" | "не был" | "yoʻq" | "yo'q" | "kelmadi" | "yoxdur" => {
            AttendanceStatus::Absent
        }
        "e" | "excused" | "уважительная" | "sababli" | "üzrlü" => AttendanceStatus::Excused,
        _ => return None,
    };
    Some(s)
}

impl Malaka {
    pub async fn attendance_bulk(&self, input: &BulkMarks) -> Result<BulkReport> {
        self.may(Action::Attend)?;
        let session_id = validate::id("session", &input.session_id)?;
        let roll = self.attendance_roll(&session_id).await?;
        let mut marks: Vec<NewMark> = Vec::new();
        if let Some(path) = &input.file {
            marks = self.bulk_rows(path, &roll, &session_id, input.reason.as_deref()).await?;
        }
        let mut rest = 0;
        if let Some(status) = input.rest {
            for p in &roll.people {
                let marked = roll.marks.iter().any(|m| m.person_id == p.person_id);
                if !marked && !marks.iter().any(|m| m.person_id == p.person_id) {
                    marks.push(mark(&session_id, &p.person_id, status, None, None, None));
                    rest += 1;
                }
            }
        }
        if marks.is_empty() {
            return Err(Error::invalid("marks", Reason::NothingToSave));
        }
        let total = marks.len();
        let saved = self.attendance_mark(&marks).await?;
        Ok(BulkReport { saved: saved.len(), unchanged: total - saved.len(), rest })
    }

    /// Reads the file's rows into marks; every problem is reported by row and column, and any
    /// problem refuses the whole file.
    async fn bulk_rows(
        &self,
        path: &std::path::Path,
        roll: &crate::attendance::Roll,
        session_id: &str,
        reason: Option<&str>,
    ) -> Result<Vec<NewMark>> {
        let table = read_table(path).map_err(file_error)?;
        let file = table.source.file_name.clone();
        let find =
            |names: &[&str]| table.headers.iter().position(|h| names.contains(&h.trim().to_lowercase().as_str()));
        let (Some(person_col), Some(status_col)) = (find(PERSON), find(STATUS)) else {
            return Err(Error::File(Reason::NeedsColumns { columns: vec!["person".into(), "status".into()] }));
        };
        let (minutes_col, note_col) = (find(MINUTES), find(NOTE));
        // The roll's people by id and by personnel number.
        let ids: Vec<String> = roll.people.iter().map(|p| p.person_id.clone()).collect();
        let mut known: HashMap<String, String> = HashMap::new();
        {
            let mut c = self.store.read().await?;
            for p in person::by_ids(&mut c, &ids).await? {
                if let Some(n) = &p.personnel_number {
                    known.insert(n.to_lowercase(), p.id.clone());
                }
                known.insert(p.id.clone(), p.id);
            }
            // Resolved here so a missing session is reported before any row.
            store::list_for_session(&mut c, session_id).await?;
        }
        let mut problems = Vec::new();
        let mut marks = Vec::new();
        let mut seen: HashMap<String, usize> = HashMap::new();
        for row in &table.rows {
            let problem =
                |col: usize, reason: Reason| Problem { row: row.number, column: table.column_name(col), reason };
            let who = row.get(person_col);
            let Some(person_id) = known.get(&who.to_lowercase()).cloned() else {
                problems.push(problem(person_col, Reason::NotOnRoll { value: who.into() }));
                continue;
            };
            if let Some(first) = seen.insert(person_id.clone(), row.number) {
                problems
                    .push(problem(person_col, Reason::DuplicateInFile { value: who.into(), first_row: count(first) }));
                continue;
            }
            let Some(status) = status_word(row.get(status_col)) else {
                let text = row.get(status_col);
                problems.push(problem(status_col, Reason::StatusUnknown { value: text.into() }));
                continue;
            };
            let minutes = match minutes_col.map(|c| row.get(c)).filter(|t| !t.is_empty()) {
                None => None,
                Some(t) => match t.parse::<i64>() {
                    Ok(m) => Some(m),
                    Err(_) => {
                        problems.push(problem(minutes_col.unwrap_or(0), Reason::NotMinutes { value: t.into() }));
                        continue;
                    }
                },
            };
            let note = note_col.map(|c| row.get(c).to_owned()).filter(|n| !n.is_empty());
            let m = mark(session_id, &person_id, status, minutes, note, reason);
            match m.validated() {
                Ok(m) => marks.push(m),
                Err(malaka_core::Error::Invalid { field, reason }) => {
                    let col = if field == "minutes_late" { minutes_col } else { note_col };
                    problems.push(problem(col.unwrap_or(status_col), reason));
                }
            }
        }
        if !problems.is_empty() {
            return Err(Error::ImportRejected { file, problems });
        }
        Ok(marks)
    }
}

fn mark(
    session_id: &str,
    person_id: &str,
    status: AttendanceStatus,
    minutes_late: Option<i64>,
    note: Option<String>,
    reason: Option<&str>,
) -> NewMark {
    NewMark {
        session_id: session_id.to_owned(),
        person_id: person_id.to_owned(),
        status: Some(status),
        minutes_late,
        note,
        reason: reason.map(str::to_owned),
        expected_version: None,
    }
}
