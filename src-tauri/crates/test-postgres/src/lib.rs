//! A real PostgreSQL server for tests, never a mock: one throwaway cluster per test run (`initdb` +
//! `pg_ctl` in a temporary directory), and a fresh database for each test that asks.
//!
//! A run that starts several test programs shares one cluster when `MALAKA_TEST_POSTGRES` names
//! it (`scripts/test.sh` starts it with `scripts/postgres-cluster.sh`); otherwise each program
//! starts its own on first use. PostgreSQL missing is a failure, not a skip.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};

/// The superuser the cluster is made with; tests connect as it (and as the roles they make).
pub const ADMIN: &str = "malaka_admin";
const PASSWORD: &str = "malaka-test-only";

/// A running cluster: `postgres://ADMIN:PASSWORD@127.0.0.1:PORT` without a database.
struct Cluster {
    server: String,
    port: u16,
    password: String,
}

/// Keeps the write-ahead log small: a run makes hundreds of databases (a full disk once failed CI).
const LEAN: &str =
    "-c wal_level=minimal -c max_wal_senders=0 -c full_page_writes=off -c max_wal_size=96MB -c min_wal_size=32MB";

static CLUSTER: OnceLock<Cluster> = OnceLock::new();
static NEXT: AtomicU32 = AtomicU32::new(1);

/// The URL of a new, empty database on the test cluster (started on first use).
pub fn database() -> String {
    let cluster = CLUSTER.get_or_init(|| shared().unwrap_or_else(|| start().unwrap_or_else(|e| panic!("{e}"))));
    let name = format!("t{}_{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
    // FILE_COPY copies the template's files instead of writing them all to the write-ahead log.
    psql(cluster, "postgres", &format!("CREATE DATABASE {name} STRATEGY FILE_COPY"));
    format!("{}/{name}", cluster.server)
}

/// Runs `sql` with `psql` as the admin in `database` (a URL from [`database`]); its output, or
/// the error text when PostgreSQL refused it.
pub fn psql_at(database_url: &str, sql: &str) -> Result<String, String> {
    let out = Command::new("psql")
        .args(["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", database_url, "-c", sql])
        .output()
        .map_err(|e| format!("psql: {e}"))?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).trim().to_owned())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).trim().to_owned())
    }
}

fn psql(cluster: &Cluster, database: &str, sql: &str) {
    let url = format!("{}/{database}", cluster.server);
    if let Err(e) = psql_at(&url, sql) {
        panic!("test cluster on port {} refused `{sql}`: {e} (password {})", cluster.port, cluster.password);
    }
}

/// The cluster `scripts/test.sh` started for the whole run, if any.
fn shared() -> Option<Cluster> {
    let server = std::env::var("MALAKA_TEST_POSTGRES").ok().filter(|s| !s.is_empty())?;
    let port = server.rsplit(':').next().and_then(|p| p.parse().ok()).unwrap_or(5432);
    drop_ours_when_done(&server);
    Some(Cluster { server, port, password: "(from MALAKA_TEST_POSTGRES)".into() })
}

/// A shell that waits for this process to end, then drops the databases it made on the shared
/// cluster: a whole run would otherwise keep hundreds of them on disk until the cluster stops.
fn drop_ours_when_done(server: &str) {
    let pid = std::process::id();
    let script = format!(
        "while kill -0 {pid} 2>/dev/null; do sleep 1; done; \
         printf '%s\\n' \"SELECT format('DROP DATABASE %I WITH (FORCE)', datname) FROM pg_database \
         WHERE datname LIKE 't{pid}\\_%' \\gexec\" | psql -X -q -d '{server}/postgres' >/dev/null 2>&1"
    );
    // Best effort: the run's cluster is removed at its end anyway.
    let _ = Command::new("sh")
        .args(["-c", &script])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
}

/// PostgreSQL's programs: `PG_BIN`, else the newest `/usr/lib/postgresql/<version>/bin`.
fn bin_dir() -> Result<PathBuf, String> {
    if let Ok(dir) = std::env::var("PG_BIN") {
        return Ok(PathBuf::from(dir));
    }
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .map_err(|e| format!("PostgreSQL is not installed (/usr/lib/postgresql: {e}); run scripts/setup.sh"))?
        .filter_map(|d| d.ok())
        .filter_map(|d| Some((d.file_name().to_str()?.parse().ok()?, d.path().join("bin"))))
        .filter(|(_, bin)| bin.join("initdb").exists())
        .collect();
    versions.sort();
    versions.pop().map(|(_, bin)| bin).ok_or_else(|| "no initdb under /usr/lib/postgresql".into())
}

fn is_root() -> bool {
    Command::new("id").arg("-u").output().is_ok_and(|o| o.stdout.trim_ascii() == b"0")
}

/// `initdb` refuses to run as root: root runs the cluster as the `postgres` user.
fn as_cluster_owner(program: &Path) -> Command {
    if is_root() {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(program);
        c
    } else {
        Command::new(program)
    }
}

fn run(mut command: Command, what: &str) -> Result<(), String> {
    let out = command.stdin(Stdio::null()).output().map_err(|e| format!("{what}: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!("{what} failed: {}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)))
    }
}

fn free_port() -> Result<u16, String> {
    let listener = TcpListener::bind("127.0.0.1:0").map_err(|e| format!("no free port: {e}"))?;
    listener.local_addr().map(|a| a.port()).map_err(|e| e.to_string())
}

/// Starts a cluster in a new temporary directory, and a watcher that stops it and removes the
/// directory when this test program exits (however it exits).
fn start() -> Result<Cluster, String> {
    let bin = bin_dir()?;
    let dir = tempfile::Builder::new().prefix("malaka-pg-").tempdir().map_err(|e| e.to_string())?.keep();
    let data = dir.join("data");
    let password_file = dir.join("password");
    std::fs::write(&password_file, PASSWORD).map_err(|e| e.to_string())?;
    if is_root() {
        let mut chown = Command::new("chown");
        chown.args(["-R", "postgres"]).arg(&dir);
        run(chown, "chown")?;
    }
    let mut initdb = as_cluster_owner(&bin.join("initdb"));
    initdb
        .arg("-D")
        .arg(&data)
        .args(["-A", "scram-sha-256", "-U", ADMIN, "--encoding=UTF8", "--locale=C.UTF-8", "--pwfile"])
        .arg(&password_file);
    run(initdb, "initdb")?;
    let port = free_port()?;
    let options = format!("-p {port} -k {} -c listen_addresses=127.0.0.1 -c fsync=off {LEAN}", dir.display());
    let mut start = as_cluster_owner(&bin.join("pg_ctl"));
    start.arg("-D").arg(&data).args(["-o", &options, "-l"]).arg(dir.join("log")).args(["-w", "start"]);
    run(start, "pg_ctl start")?;
    watch(&bin, &dir, &data)?;
    Ok(Cluster { server: format!("postgres://{ADMIN}:{PASSWORD}@127.0.0.1:{port}"), port, password: PASSWORD.into() })
}

/// A shell that waits for this process to end, then stops the cluster and removes its directory.
fn watch(bin: &Path, dir: &Path, data: &Path) -> Result<(), String> {
    let pg_ctl = bin.join("pg_ctl");
    let stop = format!(
        "{}'{}' -D '{}' -m immediate stop",
        if is_root() { "runuser -u postgres -- " } else { "" },
        pg_ctl.display(),
        data.display()
    );
    let script = format!(
        "while kill -0 {pid} 2>/dev/null; do sleep 1; done; {stop} >/dev/null 2>&1; rm -rf '{dir}'",
        pid = std::process::id(),
        dir = dir.display()
    );
    Command::new("sh")
        .args(["-c", &script])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map(drop)
        .map_err(|e| format!("cannot watch the test cluster: {e}"))
}
