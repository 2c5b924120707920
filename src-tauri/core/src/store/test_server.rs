//! A throw-away PostgreSQL server for the tests that run the team register (feature
//! `test-server`): started on first use from the Debian package's binaries, as the unprivileged
//! user `nobody` when the tests run as root (initdb refuses root), in a temporary folder,
//! listening on a Unix socket only. A watchdog beside it stops it, and removes its folder, once
//! the test process that started it is gone. `VRR_TEST_POSTGRES` (a `postgres://` address of
//! a server the caller runs, such as `cargo xtask test`'s) is used instead when set.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// How long the server may take to start: a hang guard, not a speed target.
const START_TIMEOUT: Duration = Duration::from_secs(120);

/// The server's base address (no database), e.g. `postgres://postgres@%2Ftmp%2Fvrr-pg-1`.
pub fn server() -> &'static str {
    static BASE: OnceLock<String> = OnceLock::new();
    BASE.get_or_init(|| std::env::var("VRR_TEST_POSTGRES").unwrap_or_else(|_| start()))
}

/// A new, empty database on the test server, owned by the login `owner` (created if needed);
/// its `postgres://` address, signed in as that owner.
pub fn fresh_database(owner: &str) -> String {
    fresh_database_on(server(), owner)
}

/// The same on the server at `base` (its superuser's address, without a database).
fn fresh_database_on(base: &str, owner: &str) -> String {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    let name = format!(
        "t_{}_{}_{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed),
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos())
    );
    database_on(base, &name, owner)
}

/// Creates the database `name` owned by `owner` (a login it creates if missing) on the server
/// at `base`; its address, signed in as `owner`.
fn database_on(base: &str, name: &str, owner: &str) -> String {
    let admin = format!("{base}/postgres");
    login_on(base, owner);
    psql(&admin, &format!("CREATE DATABASE \"{name}\" OWNER \"{owner}\""));
    as_login(&format!("{base}/{name}"), owner)
}

/// Creates the login `name` unless it exists, allowed to create roles (`team init` creates the
/// register's group roles); without a password: the test server trusts its socket.
pub fn login(name: &str) {
    login_on(server(), name);
}

fn login_on(base: &str, name: &str) {
    let admin = format!("{base}/postgres");
    psql(
        &admin,
        &format!(
            "DO $$ BEGIN CREATE ROLE \"{name}\" LOGIN CREATEROLE; \
             EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"
        ),
    );
}

/// `address` signed in as `name` instead.
pub fn as_login(address: &str, name: &str) -> String {
    let mut url = url::Url::parse(address).expect("a postgres:// address");
    url.set_username(name).expect("a user name");
    url.to_string()
}

/// Runs `sql` on the database at `address` with psql, as the server's superuser; panics with
/// psql's message if it fails.
pub fn psql(address: &str, sql: &str) -> String {
    let output = Command::new("psql")
        .args([address, "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1", "-c", sql])
        .output()
        .expect("psql must be installed (cargo xtask test installs postgresql)");
    assert!(output.status.success(), "psql: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The schema of the database at `address` as comparable text: pg_dump's schema-only SQL
/// with privileges but no owners, without comments, settings and psql guards, and the database's name in
/// its group roles' names replaced by `{database}`.
pub fn schema_dump(address: &str) -> String {
    let output = Command::new(bin_dir().join("pg_dump"))
        .args(["--schema-only", "--no-owner", "--dbname", address])
        .output()
        .expect("pg_dump");
    assert!(output.status.success(), "pg_dump: {}", String::from_utf8_lossy(&output.stderr));
    let database = url::Url::parse(address).expect("an address").path().trim_start_matches('/').to_owned();
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter(|line| !(line.is_empty() || line.starts_with("--") || line.starts_with("SET ")))
        .filter(|line| !line.starts_with("SELECT pg_catalog.set_config"))
        // pg_dump's per-run psql guard (\restrict KEY ... \unrestrict KEY).
        .filter(|line| !(line.starts_with("\\restrict") || line.starts_with("\\unrestrict")))
        .map(|line| line.replace(&format!("vrr_{database}_"), "vrr_{database}_") + "\n")
        .collect()
}

/// The newest installed PostgreSQL's programs.
fn bin_dir() -> PathBuf {
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .expect("PostgreSQL must be installed from the Debian packages (cargo xtask test installs it)")
        .filter_map(|e| e.ok().map(|e| e.path().join("bin")))
        .filter(|bin| bin.join("postgres").exists())
        .collect();
    versions.sort();
    versions.pop().expect("a PostgreSQL server in /usr/lib/postgresql/*/bin")
}

/// Runs `program` as the server's user: `nobody` when we are root.
fn as_server_user(program: &Path) -> Command {
    if is_root() {
        let mut command = Command::new("setpriv");
        command.args(["--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"]).arg(program);
        command
    } else {
        Command::new(program)
    }
}

fn is_root() -> bool {
    Command::new("id").arg("-u").output().is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// Starts a private server; its base address.
fn start() -> String {
    launch(&format!("vrr-pg-{}", std::process::id()), 5432, &[], |_, _| {})
}

/// A second private server, for the tests of signing in over the network: it listens on
/// 127.0.0.1 with TLS required and passwords checked (scram-sha-256), its certificate (for
/// `localhost` and `127.0.0.1`) signed by a certificate authority made for this run. Its Unix
/// socket still trusts the superuser, to set it up.
pub struct TlsServer {
    /// The TCP port on 127.0.0.1.
    pub port: u16,
    /// The PEM file of the certificate authority that signed the server's certificate.
    pub ca: PathBuf,
    /// The superuser's address over the socket.
    pub admin: String,
}

/// A server of one test's own, which the test may stop abruptly and start again (the shared
/// server stays up for the others). Stopped and removed when dropped (or, at the latest, when
/// the test process ends).
pub struct OwnServer {
    /// Its superuser's address over the socket, without a database.
    pub base: String,
    data: PathBuf,
    options: String,
}

impl OwnServer {
    /// Starts one, with the server's default durability (fsync on).
    pub fn start() -> OwnServer {
        static NEXT: AtomicU64 = AtomicU64::new(1);
        let name = format!("vrr-pg-own-{}-{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
        let base = launch(&name, 5432, &["fsync=on".to_owned()], |_, _| {});
        let dir = std::env::temp_dir().join(&name);
        let options = format!("-k '{}' -p 5432 -c listen_addresses= -c max_connections=300", dir.display());
        OwnServer { base, data: dir.join("data"), options }
    }

    /// A new, empty database owned by `owner`, as on the shared server.
    pub fn fresh_database(&self, owner: &str) -> String {
        fresh_database_on(&self.base, owner)
    }

    /// A new, empty database `name` owned by `owner` (this server is the test's own, so the
    /// name is free).
    pub fn database(&self, name: &str, owner: &str) -> String {
        database_on(&self.base, name, owner)
    }

    /// Stops the server at once, as a crash would (`pg_ctl stop -m immediate`: no checkpoint;
    /// the next start recovers from the write-ahead log).
    pub fn stop_immediately(&self) {
        self.pg_ctl(&["-m", "immediate", "-w", "stop"]);
    }

    /// Starts the stopped server again and waits until it accepts connections.
    pub fn restart(&self) {
        let log = self.data.with_file_name("server.log");
        self.pg_ctl(&["-w", "-t", "120", "-l", &log.display().to_string(), "-o", &self.options, "start"]);
    }

    fn pg_ctl(&self, args: &[&str]) {
        let output =
            as_server_user(&bin_dir().join("pg_ctl")).arg("-D").arg(&self.data).args(args).output().expect("pg_ctl");
        assert!(output.status.success(), "pg_ctl {args:?}: {}", String::from_utf8_lossy(&output.stderr));
    }
}

impl Drop for OwnServer {
    fn drop(&mut self) {
        let _ = as_server_user(&bin_dir().join("pg_ctl"))
            .arg("-D")
            .arg(&self.data)
            .args(["-m", "immediate", "stop"])
            .output();
        let _ = std::fs::remove_dir_all(self.data.parent().unwrap_or(&self.data));
    }
}

/// The TLS test server, started on first use.
pub fn tls_server() -> &'static TlsServer {
    static SERVER: OnceLock<TlsServer> = OnceLock::new();
    SERVER.get_or_init(|| {
        let port = std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("a free port").port();
        let dir = std::env::temp_dir().join(format!("vrr-pgtls-{}", std::process::id()));
        let settings = [
            "listen_addresses=127.0.0.1".to_owned(),
            "ssl=on".to_owned(),
            "ssl_cert_file=server.crt".to_owned(),
            "ssl_key_file=server.key".to_owned(),
        ];
        let admin = launch(&dir.file_name().unwrap().to_string_lossy(), port, &settings, |dir, data| {
            write_certificates(dir, data);
            std::fs::write(
                data.join("pg_hba.conf"),
                "local all all trust\nhostssl all all 127.0.0.1/32 scram-sha-256\n",
            )
            .expect("pg_hba.conf");
        });
        TlsServer { port, ca: dir.join("ca.crt"), admin: format!("{admin}/postgres") }
    })
}

/// A certificate authority (`dir/ca.crt`) and the server's certificate and key it signed, in
/// the data folder where the server reads them (its key readable by the server's user only).
fn write_certificates(dir: &Path, data: &Path) {
    use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, KeyPair};
    let mut authority = CertificateParams::new(Vec::<String>::new()).expect("CA parameters");
    authority.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    authority.distinguished_name.push(DnType::CommonName, "Vendor Risk Register test CA");
    let authority_key = KeyPair::generate().expect("CA key");
    let authority = authority.self_signed(&authority_key).expect("CA certificate");
    let server = CertificateParams::new(vec!["localhost".to_owned(), "127.0.0.1".to_owned()]).expect("parameters");
    let server_key = KeyPair::generate().expect("server key");
    let server = server.signed_by(&server_key, &authority, &authority_key).expect("server certificate");
    std::fs::write(dir.join("ca.crt"), authority.pem()).expect("ca.crt");
    std::fs::write(data.join("server.crt"), server.pem()).expect("server.crt");
    let key = data.join("server.key");
    std::fs::write(&key, server_key.serialize_pem()).expect("server.key");
    std::fs::set_permissions(&key, std::os::unix::fs::PermissionsExt::from_mode(0o600)).expect("chmod");
    if is_root() {
        let status = Command::new("chown").arg("nobody:nogroup").arg(&key).arg(data.join("server.crt")).status();
        assert!(status.is_ok_and(|s| s.success()), "chown the server's key");
    }
}

/// Creates a cluster in a temporary folder named `name`, lets `prepare(folder, data)` adjust
/// it, and starts its server on `port` with the extra `settings`, with a watchdog that stops
/// it (and removes its folder) once this process ends; its superuser's address over the socket.
fn launch(name: &str, port: u16, settings: &[String], prepare: impl FnOnce(&Path, &Path)) -> String {
    let bin = bin_dir();
    let dir = std::env::temp_dir().join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("server folder");
    if is_root() {
        let status = Command::new("chown").args(["nobody:nogroup"]).arg(&dir).status().expect("chown");
        assert!(status.success(), "chown {}", dir.display());
    }
    let data = dir.join("data");
    let init = as_server_user(&bin.join("initdb"))
        .args(["-A", "trust", "-U", "postgres", "--locale=C.UTF-8", "-E", "UTF8", "-D"])
        .arg(&data)
        .stdout(Stdio::null())
        .output()
        .expect("initdb");
    assert!(init.status.success(), "initdb: {}", String::from_utf8_lossy(&init.stderr));
    prepare(&dir, &data);
    let extra: String = settings.iter().map(|s| format!(" -c '{s}'")).collect();
    let script = format!(
        "'{postgres}' -D '{data}' -k '{dir}' -p {port} -c listen_addresses= -c fsync=off -c max_connections=300{extra} \
         > '{dir}/server.log' 2>&1 & pg=$!; \
         while [ -d /proc/{parent} ] && [ -d '{data}' ]; do sleep 1; done; \
         '{pg_ctl}' -D '{data}' -m fast -w stop >/dev/null 2>&1; wait $pg; rm -rf '{dir}'",
        postgres = bin.join("postgres").display(),
        pg_ctl = bin.join("pg_ctl").display(),
        data = data.display(),
        dir = dir.display(),
        parent = std::process::id(),
    );
    let mut watchdog = as_server_user(Path::new("/bin/sh"));
    watchdog.args(["-c", &script]).stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null());
    std::os::unix::process::CommandExt::process_group(&mut watchdog, 0);
    // Never waited for: it outlives this process by design (init reaps it).
    #[allow(clippy::zombie_processes)]
    watchdog.spawn().expect("start the test server");
    let socket = dir.join(format!(".s.PGSQL.{port}"));
    let started = Instant::now();
    while !socket.exists() || !ready(&bin, &dir, port) {
        assert!(
            started.elapsed() < START_TIMEOUT,
            "the test server did not start: {}",
            std::fs::read_to_string(dir.join("server.log")).unwrap_or_default()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let host: String = url::form_urlencoded::byte_serialize(dir.display().to_string().as_bytes()).collect();
    format!("postgres://postgres@{host}:{port}")
}

fn ready(bin: &Path, dir: &Path, port: u16) -> bool {
    Command::new(bin.join("pg_isready"))
        .arg("-h")
        .arg(dir)
        .arg("-p")
        .arg(port.to_string())
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}
