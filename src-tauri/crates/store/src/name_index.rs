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
