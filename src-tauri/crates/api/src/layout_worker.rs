//! Certificates laid out in a process of their own. A user's template is a program: it may loop
//! for ever or ask for all the memory there is. typst cannot be interrupted, so the layout runs
//! in a child process of this same program (started with [`WORKER_ARG`]) whose memory is capped
//! by the system ([`MEMORY_MIB`]) and which is killed at the deadline or on a cancel: the user
//! gets "took longer than N s" or "needed more than N MB", and the app keeps working.
//!
//! A program that never said how to start its worker (a test harness) lays out on a thread of
//! its own instead, under the time limit only (`layout_limit`).
//!
//! The parent writes the job as JSON to the child's stdin; the child answers with frames on its
//! stdout: a kind byte, a little-endian u64 length, the payload.

use std::ffi::OsString;
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::Stdio;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use malaka_core::Reason;
use malaka_core::reason::count;
use malaka_render::certificate::{LayoutJob, certificates_pdf_each, certificates_pdf_with};
use serde::{Deserialize, Serialize};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::certificate_template::template_error;
use crate::job::{Job, Phase};
use crate::{Error, Result};

/// The argument that makes this program serve one layout and exit (see [`serve_if_asked`]).
pub const WORKER_ARG: &str = "--malaka-layout-worker";

/// The layout worker's memory: far above what a batch of 1,000 certificates takes, far below
/// what would hurt the desk.
pub const MEMORY_MIB: u64 = 1536;

/// The largest job the worker reads (1,000 certificates with their tokens and a 1 MiB logo take
/// a few MiB).
const MAX_JOB_BYTES: u64 = 64 * 1024 * 1024;

/// How this program starts its worker.
#[derive(Debug, Clone)]
struct Worker {
    program: PathBuf,
    args: Vec<OsString>,
}

static WORKER: OnceLock<Worker> = OnceLock::new();

/// Lays out in worker processes started as `this program` + [`WORKER_ARG`]; a main calls this
/// once, after [`serve_if_asked`].
pub fn use_this_program() {
    match std::env::current_exe() {
        Ok(program) => {
            let _ = WORKER.set(Worker { program, args: vec![WORKER_ARG.into()] });
        }
        Err(e) => log::warn!("no layout worker (the program's own path is unknown: {e}); layouts run in-process"),
    }
}

/// What the worker makes: one PDF, or one per certificate.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
enum Output {
    One,
    Each,
}

#[derive(Serialize, Deserialize)]
struct Request {
    output: Output,
    job: LayoutJob,
}

const PROGRESS: u8 = b'p';
const PDF: u8 = b'd';
const DONE: u8 = b'k';
const FAILED: u8 = b'e';

/// One PDF with a page per certificate.
pub(crate) async fn one_pdf(job: LayoutJob, seconds: u64, watch: Option<Job>) -> Result<Vec<u8>> {
    let made = Arc::new(Mutex::new(None));
    let keep = made.clone();
    run(job, Output::One, seconds, watch, move |_, pdf| {
        *keep.lock().unwrap_or_else(|p| p.into_inner()) = Some(pdf);
        Ok(())
    })
    .await?;
    let pdf = made.lock().unwrap_or_else(|p| p.into_inner()).take();
    pdf.ok_or_else(|| Error::storage("the layout finished without a PDF"))
}

/// One PDF per certificate, handed to `each(index, pdf)` in order.
pub(crate) async fn each_pdf(
    job: LayoutJob,
    seconds: u64,
    watch: Option<Job>,
    each: impl FnMut(usize, Vec<u8>) -> malaka_render::Result<()> + Send + 'static,
) -> Result<()> {
    run(job, Output::Each, seconds, watch, each).await
}

async fn run(
    job: LayoutJob,
    output: Output,
    seconds: u64,
    watch: Option<Job>,
    mut sink: impl FnMut(usize, Vec<u8>) -> malaka_render::Result<()> + Send + 'static,
) -> Result<()> {
    let Some(worker) = WORKER.get() else {
        return in_thread(job, output, seconds, watch, sink).await;
    };
    let total = job.items.len();
    let tell = |done: usize| {
        if let Some(w) = &watch {
            w.tell(Phase::Printing, done, total);
        }
    };
    tell(0);
    let request = serde_json::to_vec(&Request { output, job }).map_err(|e| Error::storage(e.to_string()))?;
    let mut child = tokio::process::Command::new(&worker.program)
        .args(&worker.args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .map_err(|e| Error::storage(format!("cannot start the layout worker: {e}")))?;
    let (Some(mut stdin), Some(stdout), Some(stderr)) = (child.stdin.take(), child.stdout.take(), child.stderr.take())
    else {
        return Err(Error::storage("the layout worker has no pipes"));
    };
    tokio::spawn(async move {
        let _ = stdin.write_all(&request).await;
    });
    let said = tokio::spawn(last_words(stderr));
    let (frames_in, mut frames) = tokio::sync::mpsc::channel(4);
    tokio::spawn(read_frames(stdout, frames_in));

    let deadline = tokio::time::Instant::now() + Duration::from_secs(seconds);
    let mut tick = tokio::time::interval(Duration::from_millis(100));
    let mut index = 0;
    let answer: Result<()> = loop {
        tokio::select! {
            frame = frames.recv() => match frame {
                Some((PROGRESS, payload)) => tell(u64_of(&payload) as usize),
                Some((PDF, pdf)) => {
                    if let Err(e) = sink(index, pdf) {
                        break Err(template_error(e));
                    }
                    index += 1;
                }
                Some((DONE, _)) => break Ok(()),
                Some((FAILED, payload)) => {
                    break Err(match serde_json::from_slice::<malaka_render::Error>(&payload) {
                        Ok(e) => template_error(e),
                        Err(e) => Error::storage(format!("the layout worker's answer is unreadable: {e}")),
                    });
                }
                Some((kind, _)) => break Err(Error::storage(format!("the layout worker sent frame {kind}"))),
                None => break Err(stopped(&mut child, said).await),
            },
            () = tokio::time::sleep_until(deadline) => {
                log::warn!("a layout took longer than {seconds} s; its worker was stopped");
                break Err(Error::invalid("template", Reason::TemplateTooSlow { seconds: count(seconds as usize) }));
            }
            _ = tick.tick() => {
                if watch.as_ref().is_some_and(Job::is_cancelled) {
                    break Err(Error::Cancelled);
                }
            }
        }
    };
    let _ = child.kill().await;
    answer
}

/// The worker ended without an answer: it ran out of its memory, or failed otherwise (the
/// details go to the log).
async fn stopped(child: &mut tokio::process::Child, said: tokio::task::JoinHandle<String>) -> Error {
    let status = child.wait().await.map(|s| s.to_string()).unwrap_or_else(|e| e.to_string());
    let words = said.await.unwrap_or_default();
    if words.contains("memory allocation of") {
        log::warn!("a layout needed more than {MEMORY_MIB} MiB; its worker stopped ({status})");
        return Error::invalid("template", Reason::TemplateTooBig { megabytes: count(MEMORY_MIB as usize) });
    }
    Error::storage(format!("the layout worker stopped ({status}): {}", words.trim()))
}

/// The last 4 KiB the worker wrote to its stderr.
async fn last_words(mut stderr: tokio::process::ChildStderr) -> String {
    let mut all = Vec::new();
    let mut buf = [0u8; 4096];
    while let Ok(n) = stderr.read(&mut buf).await {
        if n == 0 {
            break;
        }
        all.extend_from_slice(&buf[..n]);
        if all.len() > 8192 {
            all.drain(..all.len() - 4096);
        }
    }
    String::from_utf8_lossy(&all).into_owned()
}

async fn read_frames(
    mut stdout: tokio::process::ChildStdout,
    frames: tokio::sync::mpsc::Sender<(u8, Vec<u8>)>,
) -> std::io::Result<()> {
    loop {
        let mut head = [0u8; 9];
        stdout.read_exact(&mut head).await?;
        let len = u64_of(&head[1..]);
        // A PDF of the largest batch is far smaller; anything bigger is not an answer.
        if len > 4 * 1024 * 1024 * 1024 {
            return Err(std::io::Error::other("frame too large"));
        }
        let mut payload = vec![0u8; len as usize];
        stdout.read_exact(&mut payload).await?;
        if frames.send((head[0], payload)).await.is_err() {
            return Ok(());
        }
    }
}

fn u64_of(bytes: &[u8]) -> u64 {
    bytes.get(..8).and_then(|b| b.try_into().ok()).map_or(0, u64::from_le_bytes)
}

/// No worker: on a thread of this process, under the time limit only.
async fn in_thread(
    job: LayoutJob,
    output: Output,
    seconds: u64,
    watch: Option<Job>,
    mut sink: impl FnMut(usize, Vec<u8>) -> malaka_render::Result<()> + Send + 'static,
) -> Result<()> {
    let watcher = watch.clone();
    crate::layout_limit::within(
        seconds,
        move || {
            if let Some(w) = watcher {
                w.cancel();
            }
        },
        move || {
            let total = job.items.len();
            let mut progress = |done: usize| match &watch {
                Some(w) => {
                    w.tell(Phase::Printing, done, total);
                    !w.is_cancelled()
                }
                None => true,
            };
            progress(0);
            match output {
                Output::One => sink(0, certificates_pdf_with(&job.layout(), &job.items, &mut progress)?),
                Output::Each => certificates_pdf_each(&job.layout(), &job.items, &mut progress, &mut sink),
            }
        },
    )
    .await
}

/// For a program's `main`, first thing: when started as the layout worker, serve one job and
/// exit; otherwise return at once.
pub fn serve_if_asked() {
    if std::env::args_os().nth(1).is_some_and(|a| a == WORKER_ARG) {
        std::process::exit(serve());
    }
}

fn serve() -> i32 {
    if let Err(e) = limit_memory(MEMORY_MIB * 1024 * 1024) {
        eprintln!("malaka layout worker: cannot cap its memory: {e}");
        return 2;
    }
    let mut input = Vec::new();
    if let Err(e) = std::io::stdin().take(MAX_JOB_BYTES).read_to_end(&mut input) {
        eprintln!("malaka layout worker: cannot read the job: {e}");
        return 2;
    }
    let request: Request = match serde_json::from_slice(&input) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("malaka layout worker: unreadable job: {e}");
            return 2;
        }
    };
    drop(input);
    let out = std::cell::RefCell::new(Frames { out: std::io::stdout().lock(), broken: false });
    let job = &request.job;
    let mut progress = |done: usize| out.borrow_mut().send(PROGRESS, &(done as u64).to_le_bytes());
    let outcome = match request.output {
        Output::One => {
            certificates_pdf_with(&job.layout(), &job.items, &mut progress).map(|pdf| out.borrow_mut().send(PDF, &pdf))
        }
        Output::Each => certificates_pdf_each(&job.layout(), &job.items, &mut progress, &mut |_, pdf| {
            if out.borrow_mut().send(PDF, &pdf) { Ok(()) } else { Err(malaka_render::Error::Cancelled) }
        })
        .map(|()| true),
    };
    let mut out = out.into_inner();
    let sent = match outcome {
        Ok(sent) => sent && out.send(DONE, &[]),
        Err(e) => out.send(FAILED, &serde_json::to_vec(&e).unwrap_or_default()),
    };
    if sent && !out.broken { 0 } else { 3 }
}

/// The worker's answer, frame by frame.
struct Frames<W: Write> {
    out: W,
    /// The parent went away (a cancel, a deadline): the layout stops at its next chance.
    broken: bool,
}

impl<W: Write> Frames<W> {
    fn send(&mut self, kind: u8, payload: &[u8]) -> bool {
        let out = &mut self.out;
        let sent = out
            .write_all(&[kind])
            .and_then(|()| out.write_all(&(payload.len() as u64).to_le_bytes()))
            .and_then(|()| out.write_all(payload))
            .and_then(|()| out.flush());
        self.broken |= sent.is_err();
        sent.is_ok()
    }
}

/// Caps the process's data (heap) at `bytes`: past it, an allocation fails and the worker stops
/// with "memory allocation of N bytes failed", which the parent reads as "needed more than".
#[cfg(unix)]
fn limit_memory(bytes: u64) -> std::io::Result<()> {
    use rustix::process::{Resource, Rlimit, setrlimit};
    setrlimit(Resource::Data, Rlimit { current: Some(bytes), maximum: Some(bytes) }).map_err(std::io::Error::from)
}

/// Elsewhere the time limit still holds; memory is the system's to refuse.
#[cfg(not(unix))]
fn limit_memory(_bytes: u64) -> std::io::Result<()> {
    Ok(())
}
