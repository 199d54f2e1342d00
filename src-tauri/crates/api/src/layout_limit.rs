//! The time limits of a layout with a user's template, and laying out on a thread under one —
//! what `layout_worker` falls back to when the program has no worker process (a test harness).
//! typst cannot be interrupted, so the caller stops waiting at the deadline and the user gets
//! "the template took longer than N s"; the abandoned thread runs on until typst finishes. (In
//! the desktop and the command the worker process is killed instead, and its memory capped.)

use std::time::Duration;

use malaka_core::Reason;
use malaka_core::reason::count;

use crate::certificate_template::template_error;
use crate::{Error, Result};

/// How long one sample certificate may take (a normal one takes well under a second).
pub const PREVIEW_SECONDS: u64 = 10;

/// The deadline for printing `n` certificates: the preview's, plus a generous 200 ms each (the
/// benchmark lays out 1,000 in about 6 s on two cores).
pub fn print_seconds(n: usize) -> u64 {
    PREVIEW_SECONDS + (n as u64).div_ceil(5)
}

/// Runs `work` on its own thread; `TemplateTooSlow` when it has not finished within `seconds`.
/// `on_timeout` runs then (to ask the work to stop at its next chance).
pub(crate) async fn within<T: Send + 'static>(
    seconds: u64,
    on_timeout: impl FnOnce(),
    work: impl FnOnce() -> malaka_render::Result<T> + Send + 'static,
) -> Result<T> {
    let (send, receive) = tokio::sync::oneshot::channel();
    std::thread::Builder::new()
        .name("malaka-layout".into())
        .spawn(move || {
            let out = work();
            malaka_render::evict_cache();
            let _ = send.send(out);
        })
        .map_err(|e| Error::storage(format!("no thread for the layout: {e}")))?;
    match tokio::time::timeout(Duration::from_secs(seconds), receive).await {
        Ok(Ok(out)) => out.map_err(template_error),
        Ok(Err(_)) => Err(Error::storage("the layout thread stopped without an answer")),
        Err(_) => {
            on_timeout();
            log::warn!("a layout took longer than {seconds} s and was abandoned");
            Err(Error::invalid("template", Reason::TemplateTooSlow { seconds: count(seconds as usize) }))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn work_past_its_deadline_is_refused_and_the_caller_goes_on() {
        let started = std::time::Instant::now();
        let e = within(
            1,
            || {},
            || -> malaka_render::Result<()> {
                std::thread::sleep(Duration::from_secs(30));
                Ok(())
            },
        )
        .await
        .unwrap_err();
        assert_eq!(e.reason(), Reason::TemplateTooSlow { seconds: 1 });
        assert!(started.elapsed() < Duration::from_secs(5));
        assert_eq!(within(5, || {}, || Ok(7)).await.unwrap(), 7);
    }
}
