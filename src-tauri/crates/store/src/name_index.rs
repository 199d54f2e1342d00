//! The name index's keys, the same on both backends: one row per folded name word (exact
//! spelling, all scripts folded to one key) and, where it differs, one for its loose sound key
//! (`core::names::sound_key`), stored with a leading `~` so the two never meet in a prefix range.

use malaka_core::names::{sound_key, sound_tokens};

/// Marks a sound row: below no letter or digit a search key can start with.
pub(crate) const SOUND: char = '~';

/// The index rows of one person's tokens: the exact ones, then the sounds that differ.
pub(crate) fn rows(tokens: &[String]) -> impl Iterator<Item = String> + '_ {
    tokens.iter().cloned().chain(sound_tokens(tokens).into_iter().map(|s| format!("{SOUND}{s}")))
}

/// The smallest string above every string that starts with `prefix` (in byte order: SQLite's BINARY, PostgreSQL's "C").
pub(crate) fn prefix_end(prefix: &str) -> String {
    format!("{prefix}{}", char::MAX)
}

/// One word of a query: its exact prefix range, and the ranges its sound matches.
pub(crate) struct Word {
    pub(crate) exact: String,
    pub(crate) sound: String,
}

impl Word {
    pub(crate) fn of(token: &str) -> Word {
        Word { exact: token.to_owned(), sound: sound_key(token) }
    }

    /// The ranges a row may fall in: exact only, or exact, sound rows and exact rows that are
    /// their own sound.
    pub(crate) fn ranges(&self, loose: bool) -> Vec<(String, String)> {
        let mut out = vec![(self.exact.clone(), prefix_end(&self.exact))];
        if loose {
            let sound_row = format!("{SOUND}{}", self.sound);
            out.push((sound_row.clone(), prefix_end(&sound_row)));
            out.push((self.sound.clone(), prefix_end(&self.sound)));
        }
        out
    }
}

/// One pass of a name search: the lead word's row range, whether the other words match loosely
/// (by sound), and how many rows to read.
pub(crate) struct Pass {
    pub(crate) lead: (String, String),
    pub(crate) loose: bool,
    pub(crate) rows: usize,
}

/// A name search, as both backends run it: people whose name words start with every one of the
/// tokens (already folded), exact spellings first (in word order), then those that only sound
/// alike. The longest word drives an index range scan in word order, so even a one-letter prefix
/// over 200,000 people reads only the first page; the other words filter by the same index. The
/// backend runs each [`Pass`] (person ids with a row in the lead's range whose other words all
/// match, in row order) and hands the ids back.
pub(crate) struct Search {
    passes: std::vec::IntoIter<(String, String)>,
    first: bool,
    rest: Vec<Word>,
    ids: Vec<String>,
    limit: usize,
}

impl Search {
    pub(crate) fn new(tokens: &[String], limit: usize) -> Search {
        let lead = tokens.iter().max_by_key(|t| t.len()).map(|t| Word::of(t));
        let rest = match &lead {
            Some(lead) => tokens.iter().filter(|t| **t != lead.exact).map(|t| Word::of(t)).collect(),
            None => Vec::new(),
        };
        // Exact words first; then, while the page is not full, the ranges the lead's sound falls
        // in (its sound rows, and exact rows that are their own sound), every word matched loosely.
        let passes = lead.map(|l| l.ranges(true)).unwrap_or_default().into_iter();
        Search { passes, first: true, rest, ids: Vec::new(), limit }
    }

    /// The next pass to run; none once the page is full or every pass has run.
    pub(crate) fn next_pass(&mut self) -> Option<Pass> {
        if self.ids.len() >= self.limit {
            return None;
        }
        let lead = self.passes.next()?;
        let loose = !std::mem::replace(&mut self.first, false);
        Some(Pass { lead, loose, rows: self.limit * 4 })
    }

    /// The query's other words.
    pub(crate) fn rest(&self) -> &[Word] {
        &self.rest
    }

    /// A pass's ids, in its order; those found before keep their place.
    pub(crate) fn add(&mut self, ids: impl IntoIterator<Item = String>) {
        for id in ids {
            if !self.ids.contains(&id) {
                self.ids.push(id);
            }
        }
    }

    /// Up to the limit, in the order found.
    pub(crate) fn found(mut self) -> Vec<String> {
        self.ids.truncate(self.limit);
        self.ids
    }
}
