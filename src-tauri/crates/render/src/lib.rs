//! Malaka's documents as PDF, with typst as a library: fonts, the standard library and the
//! templates are loaded once; each document's data reaches its template as a virtual
//! `/data.json`. No database, no Tauri: `api` gathers the data and calls in here.

pub mod audit_labels;
pub mod certificate;
mod error;
mod fonts;
pub mod labels;
pub mod mobility;
pub mod mobility_labels;
pub mod raster;
pub mod report;
pub mod report_labels;
pub mod sheet;
pub mod transcript;
pub mod transcript_labels;
mod world;

pub use error::{Error, Result};
pub use labels::Locale;

/// Frees typst's memoised layout results; call after a large batch so memory stays bounded.
pub fn evict_cache() {
    comemo::evict(0);
}
