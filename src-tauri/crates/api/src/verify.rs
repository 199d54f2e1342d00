//! Any Malaka document's QR token verified: a certificate (`MLK1.`) or a transcript (`MLT1.`),
//! told apart by the token's prefix.

use malaka_core::transcript::TOKEN_PREFIX as TRANSCRIPT;
use serde::Serialize;

use crate::certificate::Verification;
use crate::transcript::TranscriptVerification;
use crate::{Malaka, Result};

/// What verifying a document's token found.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Verified {
    Certificate(Box<Verification>),
    Transcript(Box<TranscriptVerification>),
}

impl Malaka {
    /// Verifies a certificate's or a transcript's token against this issuer's keys and register.
    pub async fn document_verify(&self, token: &str) -> Result<Verified> {
        if token.trim().starts_with(TRANSCRIPT) {
            Ok(Verified::Transcript(Box::new(self.transcript_verify(token).await?)))
        } else {
            Ok(Verified::Certificate(Box::new(self.certificate_verify(token).await?)))
        }
    }
}
