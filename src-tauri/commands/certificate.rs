//! Certificates: issue, the register, revoke, reissue, print, verify.

use std::path::PathBuf;

use malaka_api::Error;
use malaka_api::certificate::{IssueInput, IssueReport, PublicKey};
use malaka_api::certificate_revocation::{read_revocation_list, token_from_file, verify_offline};
use malaka_api::core::Reason;
use malaka_api::core::certificate::Certificate;
use malaka_api::job::Progress;
use malaka_api::transcript::verify_transcript_offline;
use malaka_api::verify::Verified;
use tauri::State;
use tauri::ipc::Channel;

use super::Reply;
use crate::AppState;

/// Issues certificates; progress goes to `on_progress`, and `job_cancel(job_id)` stops it
/// before the end (then none is issued).
#[tauri::command]
pub async fn certificate_issue(
    state: State<'_, AppState>,
    input: IssueInput,
    job_id: String,
    on_progress: Channel<Progress>,
) -> Reply<IssueReport> {
    let job = state.jobs.start(&job_id, on_progress);
    let report = state.malaka().await?.certificate_issue_job(&input, &job).await;
    state.jobs.finish(&job_id);
    report
}

#[tauri::command]
pub async fn certificate_list(
    state: State<'_, AppState>,
    activity_id: Option<String>,
    search: Option<String>,
    limit: i64,
) -> Reply<Vec<Certificate>> {
    state.malaka().await?.certificate_list(activity_id.as_deref(), search.as_deref(), limit).await
}

#[tauri::command]
pub async fn certificate_get(state: State<'_, AppState>, id_or_code: String) -> Reply<Certificate> {
    state.malaka().await?.certificate_get(&id_or_code).await
}

#[tauri::command]
pub async fn certificate_revoke(state: State<'_, AppState>, id_or_code: String, reason: String) -> Reply<Certificate> {
    state.malaka().await?.certificate_revoke(&id_or_code, &reason).await
}

#[tauri::command]
pub async fn certificate_reissue(state: State<'_, AppState>, id_or_code: String) -> Reply<Certificate> {
    state.malaka().await?.certificate_reissue(&id_or_code).await
}

#[tauri::command]
pub async fn certificate_verify(state: State<'_, AppState>, token: String) -> Reply<Verified> {
    state.malaka().await?.document_verify(&token).await
}

#[tauri::command]
pub async fn certificate_public_key(state: State<'_, AppState>) -> Reply<PublicKey> {
    state.malaka().await?.certificate_public_key().await
}

/// Prints certificates into one PDF at `path`: the ones named, or the activity's in force;
/// bilingual when `also` names a second locale. Progress as for `certificate_issue`; a cancel
/// writes no file.
#[allow(clippy::too_many_arguments)]
#[tauri::command]
pub async fn certificate_pdf_save(
    state: State<'_, AppState>,
    ids: Option<Vec<String>>,
    activity_id: Option<String>,
    locale: String,
    also: Option<String>,
    path: String,
    job_id: String,
    on_progress: Channel<Progress>,
) -> Reply<usize> {
    let app = &state.malaka().await?;
    let job = state.jobs.start(&job_id, on_progress);
    let pdf = match app.certificate_choose(&ids.unwrap_or_default(), activity_id.as_deref()).await {
        Ok(list) => app.certificate_pdf(&list, &locale, also.as_deref(), &job).await,
        Err(e) => Err(e),
    };
    state.jobs.finish(&job_id);
    let pdf = pdf?;
    crate::picks::save_export(&state.malaka().await?, &path, &pdf)?;
    Ok(pdf.len())
}

/// Prints one PDF per certificate (`<number>.pdf`) into the folder `dir`; returns how many files
/// were written. Progress and cancel as for `certificate_pdf_save`; a cancel leaves no file.
#[allow(clippy::too_many_arguments)]
#[tauri::command]
pub async fn certificate_pdf_save_each(
    state: State<'_, AppState>,
    ids: Option<Vec<String>>,
    activity_id: Option<String>,
    locale: String,
    also: Option<String>,
    dir: String,
    job_id: String,
    on_progress: Channel<Progress>,
) -> Reply<usize> {
    let app = &state.malaka().await?;
    let dir = crate::picks::folder(&dir)?;
    let job = state.jobs.start(&job_id, on_progress);
    let written = match app.certificate_choose(&ids.unwrap_or_default(), activity_id.as_deref()).await {
        Ok(list) => app.certificate_pdf_each(&list, &dir, &locale, also.as_deref(), &job).await,
        Err(e) => Err(e),
    };
    state.jobs.finish(&job_id);
    Ok(written?.len())
}

/// Verifies the certificate or transcript in a file: a PDF, or a PNG/JPEG picture of its QR code.
#[tauri::command]
pub async fn certificate_verify_file(state: State<'_, AppState>, path: String) -> Reply<Verified> {
    let token = read_token(crate::picks::to_read(&path)?).await?;
    state.malaka().await?.document_verify(&token).await
}

/// Reading a picture or rasterising a PDF takes a moment: off the async threads.
async fn read_token(path: PathBuf) -> Reply<String> {
    tauri::async_runtime::spawn_blocking(move || token_from_file(&path))
        .await
        .map_err(|e| Error::storage(format!("reading stopped: {e}")))?
}

/// Verifies another issuer's certificate away from its register: the token (pasted, or read
/// from a PDF or picture at `path`) against the issuer's published public key, and its signed
/// revocation list when one is given.
#[tauri::command]
pub async fn certificate_verify_with_key(
    token: Option<String>,
    path: Option<String>,
    public_key: String,
    revocations: Option<String>,
) -> Reply<Verified> {
    let token = match (token.filter(|t| !t.trim().is_empty()), path) {
        (Some(t), _) => t.trim().to_owned(),
        (None, Some(p)) => read_token(crate::picks::to_read(&p)?).await?,
        (None, None) => return Err(Error::invalid("token", Reason::Required)),
    };
    if token.starts_with(malaka_api::core::transcript::TOKEN_PREFIX) {
        return Ok(Verified::Transcript(Box::new(verify_transcript_offline(&token, public_key.trim())?)));
    }
    let list = match revocations.as_deref().map(crate::picks::to_read).transpose()? {
        // Up to 16 MiB of signed JSON: parsed off the async threads.
        Some(file) => Some(
            tauri::async_runtime::spawn_blocking(move || read_revocation_list(&file))
                .await
                .map_err(|e| Error::storage(format!("reading stopped: {e}")))??,
        ),
        None => None,
    };
    Ok(Verified::Certificate(Box::new(verify_offline(&token, public_key.trim(), list.as_ref())?)))
}

/// Writes the signed revocation list to publish; returns how many certificates it names.
#[tauri::command]
pub async fn certificate_revocations_save(state: State<'_, AppState>, path: String) -> Reply<usize> {
    let list = state.malaka().await?.certificate_revocations().await?;
    let text = serde_json::to_string_pretty(&list).map_err(|e| Error::storage(e.to_string()))?;
    crate::picks::save_export(&state.malaka().await?, &path, text.as_bytes())?;
    Ok(list.revoked.len())
}
