//! An import's rows validated (names normalised, search keys made) on background threads, one
//! per core, and handed back chunk by chunk in file order: the import writes the first chunks
//! while the later ones are still being checked.

use std::sync::Arc;

use malaka_core::model::{NewPerson, ValidPerson};
use tokio::sync::mpsc;

use crate::{Error, Result};

/// A row to validate: its number in the file, the unit to create for it (if any), the person.
pub(crate) type RowInput = (usize, NewPerson, Option<usize>);

/// A row checked: its number, the unit to create for it (if any), and the person or the fault.
pub(crate) type CheckedRow = (usize, Option<usize>, malaka_core::Result<ValidPerson>);

/// The checked rows, in chunks of the file's order.
pub(crate) struct CheckedRows {
    /// Thread `i` checks chunks `i`, `i + n`, `i + 2n`…, so reading the channels in turn
    /// restores the file's order.
    channels: Vec<mpsc::UnboundedReceiver<Vec<CheckedRow>>>,
    next: usize,
    chunks: usize,
    rows: usize,
}

/// Starts checking `inputs` in chunks of `chunk` rows, on every core or, when `spare_one` (the
/// import writes meanwhile), on every core but one: the writer is the slower side and waits for
/// no chunk while one thread checks them.
pub(crate) fn check_in_background(inputs: Vec<RowInput>, chunk: usize, spare_one: bool) -> CheckedRows {
    let (chunk, rows) = (chunk.max(1), inputs.len());
    let chunks = inputs.len().div_ceil(chunk);
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let threads = cores.saturating_sub(usize::from(spare_one)).clamp(1, chunks.max(1));
    let inputs = Arc::new(inputs);
    let channels = (0..threads)
        .map(|first| {
            let (send, receive) = mpsc::unbounded_channel();
            let inputs = Arc::clone(&inputs);
            tokio::task::spawn_blocking(move || {
                for part in inputs.chunks(chunk).skip(first).step_by(threads) {
                    let checked = part.iter().map(|(row, input, unit)| (*row, *unit, input.validated())).collect();
                    if send.send(checked).is_err() {
                        return; // the import stopped listening (cancelled or failed)
                    }
                }
            });
            receive
        })
        .collect();
    CheckedRows { channels, next: 0, chunks, rows }
}

impl CheckedRows {
    /// How many rows are being checked.
    pub(crate) fn len(&self) -> usize {
        self.rows
    }

    /// The next chunk in file order, or `None` after the last. A thread that stopped before its
    /// last chunk is an error, never a shorter import.
    pub(crate) async fn next(&mut self) -> Result<Option<Vec<CheckedRow>>> {
        if self.next == self.chunks {
            return Ok(None);
        }
        let channel = self.next % self.channels.len();
        let chunk = self.channels[channel].recv().await.ok_or_else(|| Error::storage("a row check stopped"))?;
        self.next += 1;
        Ok(Some(chunk))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(row: usize, family_name: &str) -> RowInput {
        let person = NewPerson {
            family_name: family_name.into(),
            given_name: "Aziz".into(),
            organisation_id: "01890a5d-ac96-774b-bcce-b302099a8057".into(),
            ..Default::default()
        };
        (row, person, row.is_multiple_of(3).then_some(row / 3))
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn chunks_come_back_in_file_order_with_every_fault() {
        let inputs: Vec<RowInput> =
            (2..2_503).map(|row| input(row, if row.is_multiple_of(500) { "" } else { "Karimov" })).collect();
        let mut rows = check_in_background(inputs, 100, false);
        let (mut seen, mut faults, mut chunks) = (Vec::new(), Vec::new(), 0);
        while let Some(chunk) = rows.next().await.unwrap() {
            assert!(chunk.len() <= 100);
            chunks += 1;
            for (row, unit, checked) in chunk {
                assert_eq!(unit, row.is_multiple_of(3).then_some(row / 3), "row {row} keeps its unit");
                match checked {
                    Ok(p) => assert_eq!(p.family_name, "Karimov"),
                    Err(_) => faults.push(row),
                }
                seen.push(row);
            }
        }
        assert_eq!(chunks, 26);
        assert_eq!(seen, (2..2_503).collect::<Vec<_>>());
        assert_eq!(faults, vec![500, 1000, 1500, 2000, 2500]);
        assert!(rows.next().await.unwrap().is_none(), "nothing after the last chunk");
    }

    #[tokio::test]
    async fn no_rows_is_no_chunk() {
        let mut rows = check_in_background(Vec::new(), 1000, true);
        assert!(rows.next().await.unwrap().is_none());
    }
}
