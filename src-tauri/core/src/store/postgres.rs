//! The team register's connection to its PostgreSQL server.
//!
//! The store is synchronous and may be called from any thread, including a tokio worker of the
//! caller's (the desktop's commands run there), where blocking on a runtime is not allowed. So
//! the driver runs on a runtime of the store's own: a transaction is a [`PgSession`], a task
//! on that runtime that owns one pooled connection and runs the statements sent to it, while
//! the calling thread waits on a plain channel for each answer.
//!
//! SQL is the portable text the table functions share with SQLite: `?N` placeholders become
//! `$N` here; values cross as rusqlite's `ToSql`/`FromSql` through [`PgValue`].

use std::collections::HashMap;
use std::sync::{Arc, Mutex, mpsc};

use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod};
use rusqlite::types::{ToSqlOutput, ValueRef};
use tokio_postgres::types::{IsNull, ToSql as PgToSql, Type, to_sql_checked};

use crate::error::{CoreError, Result};
use crate::text::Message;
use crate::validate::FieldErrors;

/// How many connections one program keeps to the server.
const POOL_SIZE: usize = 8;

/// The connection settings of a team register, from its `postgres://` address.
#[derive(Debug, Clone)]
pub struct PgTarget {
    pub config: tokio_postgres::Config,
    pub tls: Tls,
    /// The address as given, without a password: for messages.
    pub display: String,
    /// "DATABASE on HOST": for window titles.
    pub title: String,
}

/// Whether and how the connection is encrypted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tls {
    /// Plain (a Unix socket or a trusted local network).
    Disable,
    /// Encrypted, the server's certificate checked against `ca` (a PEM file) or, without one,
    /// the public roots, and its name against the host.
    VerifyFull { ca: Option<std::path::PathBuf> },
}

impl PgTarget {
    /// Reads a `postgres://user@host:port/database?sslmode=...&sslrootcert=FILE` address.
    /// `sslmode` is `disable` (the default for a Unix socket) or `verify-full` (the default
    /// otherwise; `require` is taken as `verify-full`: the certificate is always checked).
    pub fn parse(address: &str) -> Result<PgTarget> {
        let invalid =
            |message: Message| CoreError::from(FieldErrors::of("db", "address", message.arg("address", address)));
        let mut url = url::Url::parse(address)
            .map_err(|e| invalid(Message::new("server-address-unreadable").arg("problem", e)))?;
        if !matches!(url.scheme(), "postgres" | "postgresql") {
            return Err(invalid(Message::new("server-address-scheme")));
        }
        let mut mode = None;
        let mut ca = None;
        let kept: Vec<(String, String)> = url
            .query_pairs()
            .filter_map(|(k, v)| match k.as_ref() {
                "sslmode" => {
                    mode = Some(v.into_owned());
                    None
                }
                "sslrootcert" => {
                    ca = Some(std::path::PathBuf::from(v.as_ref()));
                    None
                }
                _ => Some((k.into_owned(), v.into_owned())),
            })
            .collect();
        url.query_pairs_mut().clear().extend_pairs(kept);
        if url.query() == Some("") {
            url.set_query(None);
        }
        let refused = |e: tokio_postgres::Error| invalid(Message::new("server-address-refused").arg("problem", e));
        let config: tokio_postgres::Config = url.as_str().parse().map_err(refused)?;
        let socket = url.host_str().is_none_or(str::is_empty)
            || config.get_hosts().iter().all(|h| matches!(h, tokio_postgres::config::Host::Unix(_)));
        let tls = match mode.as_deref() {
            Some("disable") => Tls::Disable,
            Some("require" | "verify-ca" | "verify-full") => Tls::VerifyFull { ca },
            None if socket => Tls::Disable,
            None => Tls::VerifyFull { ca },
            Some(other) => {
                return Err(invalid(Message::new("server-address-sslmode").arg("mode", other)));
            }
        };
        let mut display = url.clone();
        let _ = display.set_password(None);
        let host = match config.get_hosts().first() {
            Some(tokio_postgres::config::Host::Tcp(name)) => name.clone(),
            Some(tokio_postgres::config::Host::Unix(folder)) => folder.display().to_string(),
            None => "localhost".to_owned(),
        };
        let title = format!("{} on {host}", config.get_dbname().unwrap_or_default());
        Ok(PgTarget { config, tls, display: display.to_string(), title })
    }
}

/// A team register's address as a person fills it in (the desktop's connect form): text, as
/// typed; [`ServerAddress::to_address`] checks it and builds the `postgres://` address.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ServerAddress {
    /// The server's host name or IP address, or the folder of its Unix socket.
    pub host: String,
    /// Empty for PostgreSQL's 5432.
    pub port: String,
    pub database: String,
    /// The login.
    pub user: String,
    /// Encrypted, the server's certificate checked (verify-full); off only for a Unix socket or
    /// a network the team trusts.
    pub encrypted: bool,
}

/// PostgreSQL's port when an address gives none.
const DEFAULT_PORT: i64 = 5432;

/// What is escaped in an address's user, host and database: the URL's own delimiters.
const ADDRESS_PART: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'/')
    .add(b':')
    .add(b'?')
    .add(b'@')
    .add(b'[')
    .add(b']')
    .add(b'&')
    .add(b'=');

impl ServerAddress {
    /// Who signs in where, as "login@host:port/database" (the default port filled in): the same
    /// for every address that reaches the same login, whatever its TLS settings.
    pub fn sign_in(&self) -> String {
        let port = self.port.trim().parse::<i64>().unwrap_or(DEFAULT_PORT);
        format!("{}@{}:{port}/{}", self.user.trim(), self.host.trim(), self.database.trim())
    }

    /// The `postgres://` address (with the certificate authority file `ca`, when encrypted),
    /// or the fields at fault.
    pub fn to_address(&self, ca: Option<&std::path::Path>) -> Result<String> {
        let mut check = crate::validate::Checker::default();
        let host = check.required_text("host", &self.host, 253);
        let port = check.optional_int("port", &self.port, 1, 65535).unwrap_or(DEFAULT_PORT);
        let database = check.required_text("database", &self.database, 63);
        let user = check.required_text("user", &self.user, 63);
        check.finish()?;
        let escape = |part: &str| percent_encoding::utf8_percent_encode(part, ADDRESS_PART).to_string();
        // An IPv6 address goes in brackets; a socket folder is escaped whole.
        let host = if host.contains(':') && !host.starts_with('/') { format!("[{host}]") } else { escape(&host) };
        let mut address = format!("postgres://{}@{host}:{port}/{}", escape(&user), escape(&database));
        match (self.encrypted, ca) {
            (false, _) => address.push_str("?sslmode=disable"),
            (true, None) => address.push_str("?sslmode=verify-full"),
            (true, Some(ca)) => address.push_str(&format!(
                "?sslmode=verify-full&sslrootcert={}",
                percent_encoding::utf8_percent_encode(&ca.to_string_lossy(), ADDRESS_PART)
            )),
        }
        PgTarget::parse(&address)?;
        Ok(address)
    }
}

/// A pool of connections to one team register, and the runtime they run on.
pub(crate) struct PgPool {
    /// Always `Some` until dropped (see `Drop`).
    runtime: Option<tokio::runtime::Runtime>,
    pool: Pool,
    sql: Arc<Translations>,
    target: PgTarget,
}

/// Portable SQL translated for PostgreSQL, by its text.
#[derive(Default)]
struct Translations(Mutex<HashMap<String, Arc<str>>>);

impl Translations {
    /// `sql` with `$N` placeholders.
    fn get(&self, sql: &str) -> Arc<str> {
        let mut cache = self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(done) = cache.get(sql) {
            return Arc::clone(done);
        }
        let done: Arc<str> = placeholders(sql).into();
        cache.insert(sql.to_owned(), Arc::clone(&done));
        done
    }
}

impl Drop for PgPool {
    /// The last holder of a register may be a task of an async runtime (a desktop command),
    /// where waiting for another runtime to stop is not allowed: it stops in the background.
    fn drop(&mut self) {
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }
}

impl std::fmt::Debug for PgPool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PgPool").finish_non_exhaustive()
    }
}

impl PgPool {
    /// Connects (lazily: the first session makes the first connection).
    pub(crate) fn new(target: &PgTarget) -> Result<PgPool> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("vrr-postgres")
            .enable_all()
            .build()?;
        let manager_config = ManagerConfig { recycling_method: RecyclingMethod::Fast };
        let manager = match &target.tls {
            Tls::Disable => Manager::from_config(target.config.clone(), tokio_postgres::NoTls, manager_config),
            Tls::VerifyFull { ca } => {
                let tls = tokio_postgres_rustls::MakeRustlsConnect::new(client_config(ca.as_deref())?);
                Manager::from_config(target.config.clone(), tls, manager_config)
            }
        };
        let pool = Pool::builder(manager)
            .max_size(POOL_SIZE)
            .build()
            .map_err(|e| CoreError::Internal(format!("cannot build the connection pool: {e}")))?;
        Ok(PgPool { runtime: Some(runtime), pool, sql: Arc::default(), target: target.clone() })
    }

    /// The server this pool connects to.
    pub(crate) fn target(&self) -> &PgTarget {
        &self.target
    }

    /// The runtime the pool's connections run on, for tasks of the store's own.
    pub(crate) fn runtime(&self) -> &tokio::runtime::Handle {
        self.runtime.as_ref().expect("the pool's runtime lives as long as the pool").handle()
    }

    /// A session on one connection of the pool; fails when the server cannot be reached.
    pub(crate) fn session(&self) -> Result<PgSession> {
        let (commands, mut incoming) = tokio::sync::mpsc::unbounded_channel::<Command>();
        let (ready, connected) = mpsc::channel::<std::result::Result<(), PgError>>();
        let pool = self.pool.clone();
        self.runtime().spawn(async move {
            let client = match pool.get().await {
                Ok(client) => {
                    let _ = ready.send(Ok(()));
                    client
                }
                Err(err) => {
                    let _ = ready.send(Err(PgError::from(err)));
                    return;
                }
            };
            while let Some(command) = incoming.recv().await {
                command.run(&client).await;
            }
            // Whatever the transaction's outcome, the connection goes back clean.
            let _ = client.batch_execute("ROLLBACK").await;
        });
        match connected.recv() {
            Ok(Ok(())) => Ok(PgSession { commands, sql: Arc::clone(&self.sql) }),
            Ok(Err(why)) => Err(CoreError::from(why.into_sqlite())),
            Err(_) => Err(CoreError::Offline("the connection task ended".into())),
        }
    }
}

/// The TLS settings: the given CA file's certificates, or the public roots.
pub(crate) fn client_config(ca: Option<&std::path::Path>) -> Result<rustls::ClientConfig> {
    use rustls_pki_types::CertificateDer;
    use rustls_pki_types::pem::PemObject;
    let mut roots = rustls::RootCertStore::empty();
    match ca {
        Some(file) => {
            let unreadable = |e: &dyn std::fmt::Display| {
                let message = Message::new("server-ca-unreadable").arg("path", file.display()).arg("problem", e);
                CoreError::from(FieldErrors::of("sslrootcert", "file", message))
            };
            for cert in CertificateDer::pem_file_iter(file).map_err(|e| unreadable(&e))? {
                roots.add(cert.map_err(|e| unreadable(&e))?).map_err(|e| unreadable(&e))?;
            }
        }
        None => roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned()),
    }
    // ring, not aws-lc-rs: it builds without cmake. (Deprecated only for lacking post-quantum
    // key exchange, which PostgreSQL servers do not offer yet.)
    #[allow(deprecated)]
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    Ok(rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| CoreError::Internal(format!("TLS setup: {e}")))?
        .with_root_certificates(roots)
        .with_no_client_auth())
}

/// `?N` (and bare `?`) placeholders as PostgreSQL's `$N`, outside quoted text.
fn placeholders(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut quoted = false;
    let mut next = 1;
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                quoted = !quoted;
                out.push(c);
            }
            '?' if !quoted => {
                let mut digits = String::new();
                while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    digits.push(*d);
                    chars.next();
                }
                if digits.is_empty() {
                    digits = next.to_string();
                    next += 1;
                }
                out.push('$');
                out.push_str(&digits);
            }
            _ => out.push(c),
        }
    }
    out
}

/// One statement for the session's task to run.
enum Command {
    Query {
        sql: Arc<str>,
        params: Vec<PgValue>,
        reply: mpsc::Sender<std::result::Result<Vec<tokio_postgres::Row>, PgError>>,
    },
    Execute {
        sql: Arc<str>,
        params: Vec<PgValue>,
        reply: mpsc::Sender<std::result::Result<u64, PgError>>,
    },
    Batch {
        sql: String,
        reply: mpsc::Sender<std::result::Result<(), PgError>>,
    },
    Describe {
        sql: Arc<str>,
        reply: mpsc::Sender<std::result::Result<Vec<String>, PgError>>,
    },
}

impl Command {
    async fn run(self, client: &deadpool_postgres::Object) {
        fn refs(params: &[PgValue]) -> Vec<&(dyn PgToSql + Sync)> {
            params.iter().map(|p| p as &(dyn PgToSql + Sync)).collect()
        }
        match self {
            Command::Query { sql, params, reply } => {
                let result = async {
                    let statement = client.prepare_cached(&sql).await?;
                    client.query(&statement, &refs(&params)).await
                }
                .await;
                let _ = reply.send(result.map_err(PgError::from));
            }
            Command::Execute { sql, params, reply } => {
                let result = async {
                    let statement = client.prepare_cached(&sql).await?;
                    client.execute(&statement, &refs(&params)).await
                }
                .await;
                let _ = reply.send(result.map_err(PgError::from));
            }
            Command::Batch { sql, reply } => {
                let _ = reply.send(client.batch_execute(&sql).await.map_err(PgError::from));
            }
            Command::Describe { sql, reply } => {
                let columns = client
                    .prepare_cached(&sql)
                    .await
                    .map(|statement| statement.columns().iter().map(|c| c.name().to_owned()).collect());
                let _ = reply.send(columns.map_err(PgError::from));
            }
        }
    }
}

/// One connection taken from the pool for a transaction; back to the pool when dropped.
pub(crate) struct PgSession {
    commands: tokio::sync::mpsc::UnboundedSender<Command>,
    sql: Arc<Translations>,
}

impl PgSession {
    fn send<T>(
        &self,
        command: impl FnOnce(mpsc::Sender<std::result::Result<T, PgError>>) -> Command,
    ) -> rusqlite::Result<T> {
        let (reply, answer) = mpsc::channel();
        self.commands.send(command(reply)).map_err(|_| PgError::lost().into_sqlite())?;
        answer.recv().map_err(|_| PgError::lost().into_sqlite())?.map_err(PgError::into_sqlite)
    }

    /// The rows a query returns.
    pub(crate) fn query(
        &self,
        sql: &str,
        params: &[&dyn rusqlite::ToSql],
    ) -> rusqlite::Result<Vec<tokio_postgres::Row>> {
        let (sql, params) = (self.sql.get(sql), values(params)?);
        self.send(|reply| Command::Query { sql, params, reply })
    }

    /// Runs a statement; the number of rows it changed.
    pub(crate) fn execute(&self, sql: &str, params: &[&dyn rusqlite::ToSql]) -> rusqlite::Result<usize> {
        let (sql, params) = (self.sql.get(sql), values(params)?);
        self.send(|reply| Command::Execute { sql, params, reply }).map(|n| n as usize)
    }

    /// The names of the columns a query returns.
    pub(crate) fn column_names(&self, sql: &str) -> rusqlite::Result<Vec<String>> {
        let sql = self.sql.get(sql);
        self.send(|reply| Command::Describe { sql, reply })
    }

    /// Runs statements without parameters (transaction control, DDL).
    pub(crate) fn batch(&self, sql: &str) -> rusqlite::Result<()> {
        let sql = sql.to_owned();
        self.send(|reply| Command::Batch { sql, reply })
    }
}

/// The parameters as values PostgreSQL takes.
fn values(params: &[&dyn rusqlite::ToSql]) -> rusqlite::Result<Vec<PgValue>> {
    params
        .iter()
        .map(|p| {
            Ok(match p.to_sql()? {
                ToSqlOutput::Borrowed(value) => PgValue::from(value),
                ToSqlOutput::Owned(value) => PgValue::from(ValueRef::from(&value)),
                _ => return Err(rusqlite::Error::ToSqlConversionFailure("an unsupported parameter".into())),
            })
        })
        .collect()
}

/// A parameter, as SQLite would store it; converted to the column's type when sent.
#[derive(Debug, Clone)]
enum PgValue {
    Null,
    Integer(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

impl From<ValueRef<'_>> for PgValue {
    fn from(value: ValueRef<'_>) -> Self {
        match value {
            ValueRef::Null => PgValue::Null,
            ValueRef::Integer(i) => PgValue::Integer(i),
            ValueRef::Real(f) => PgValue::Real(f),
            ValueRef::Text(t) => PgValue::Text(String::from_utf8_lossy(t).into_owned()),
            ValueRef::Blob(b) => PgValue::Blob(b.to_vec()),
        }
    }
}

type BoxError = Box<dyn std::error::Error + Sync + Send>;

impl PgToSql for PgValue {
    fn to_sql(&self, ty: &Type, out: &mut bytes::BytesMut) -> std::result::Result<IsNull, BoxError> {
        match (self, ty) {
            (PgValue::Null, _) => Ok(IsNull::Yes),
            (PgValue::Integer(i), &Type::INT8) => i.to_sql(ty, out),
            (PgValue::Integer(i), &Type::INT4) => i32::try_from(*i)?.to_sql(ty, out),
            (PgValue::Integer(i), &Type::INT2) => i16::try_from(*i)?.to_sql(ty, out),
            (PgValue::Integer(i), &Type::BOOL) => (*i != 0).to_sql(ty, out),
            (PgValue::Integer(i), &Type::FLOAT8) => (*i as f64).to_sql(ty, out),
            (PgValue::Integer(i), _) if is_text(ty) => i.to_string().to_sql(ty, out),
            (PgValue::Real(f), &Type::FLOAT8) => f.to_sql(ty, out),
            (PgValue::Real(f), &Type::FLOAT4) => (*f as f32).to_sql(ty, out),
            (PgValue::Real(f), _) if is_text(ty) => f.to_string().to_sql(ty, out),
            (PgValue::Text(t), _) if is_text(ty) => t.as_str().to_sql(ty, out),
            (PgValue::Text(t), &Type::INT8) => t.parse::<i64>()?.to_sql(ty, out),
            (PgValue::Blob(b), &Type::BYTEA) => b.as_slice().to_sql(ty, out),
            (value, ty) => Err(format!("cannot send {value:?} as {ty}").into()),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    to_sql_checked!();
}

fn is_text(ty: &Type) -> bool {
    matches!(*ty, Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME | Type::UNKNOWN)
}

/// Column `index` of a row as SQLite would hold it, borrowed from the row.
pub(crate) fn value_ref(row: &tokio_postgres::Row, index: usize) -> rusqlite::Result<ValueRef<'_>> {
    let ty = row.columns().get(index).ok_or(rusqlite::Error::InvalidColumnIndex(index))?.type_().clone();
    let failed = |e: tokio_postgres::Error| {
        rusqlite::Error::FromSqlConversionFailure(index, rusqlite::types::Type::Null, Box::new(e))
    };
    let value = match ty {
        Type::INT8 => row.try_get::<_, Option<i64>>(index).map_err(failed)?.map(ValueRef::Integer),
        Type::INT4 => row.try_get::<_, Option<i32>>(index).map_err(failed)?.map(|i| ValueRef::Integer(i.into())),
        Type::INT2 => row.try_get::<_, Option<i16>>(index).map_err(failed)?.map(|i| ValueRef::Integer(i.into())),
        Type::BOOL => row.try_get::<_, Option<bool>>(index).map_err(failed)?.map(|b| ValueRef::Integer(b.into())),
        Type::FLOAT8 => row.try_get::<_, Option<f64>>(index).map_err(failed)?.map(ValueRef::Real),
        Type::FLOAT4 => row.try_get::<_, Option<f32>>(index).map_err(failed)?.map(|f| ValueRef::Real(f.into())),
        Type::BYTEA => row.try_get::<_, Option<&[u8]>>(index).map_err(failed)?.map(ValueRef::Blob),
        ref t if is_text(t) => {
            row.try_get::<_, Option<&str>>(index).map_err(failed)?.map(|s| ValueRef::Text(s.as_bytes()))
        }
        other => {
            return Err(rusqlite::Error::InvalidColumnType(index, other.to_string(), rusqlite::types::Type::Null));
        }
    };
    Ok(value.unwrap_or(ValueRef::Null))
}

/// A failure of the server or the connection to it.
#[derive(Debug)]
pub(crate) struct PgError {
    /// The SQLSTATE code, when the server answered.
    pub code: Option<String>,
    pub message: String,
    /// The server's TLS certificate was not trusted (no SQLSTATE: the client hung up).
    pub untrusted: bool,
    /// The client could not sign in as configured: the server asked for a password and none
    /// was given (no SQLSTATE either).
    pub password_missing: bool,
}

impl PgError {
    /// A failure with neither of the client's own refusals.
    fn new(code: Option<String>, message: String) -> PgError {
        PgError { code, message, untrusted: false, password_missing: false }
    }

    fn lost() -> PgError {
        PgError::new(None, "the connection to the server was lost".to_owned())
    }

    /// As rusqlite's error type, which the table functions return; [`CoreError`] unwraps it.
    fn into_sqlite(self) -> rusqlite::Error {
        rusqlite::Error::ToSqlConversionFailure(Box::new(self))
    }
}

impl From<tokio_postgres::Error> for PgError {
    fn from(err: tokio_postgres::Error) -> Self {
        match err.as_db_error() {
            Some(db) => PgError::new(Some(db.code().code().to_owned()), db.message().to_owned()),
            None => {
                let message = describe(&err);
                PgError {
                    code: None,
                    untrusted: tls_refused(&err),
                    // tokio-postgres says so only in words ("invalid configuration: password missing").
                    password_missing: message.contains("password missing"),
                    message,
                }
            }
        }
    }
}

impl From<deadpool_postgres::PoolError> for PgError {
    fn from(err: deadpool_postgres::PoolError) -> Self {
        match err {
            deadpool_postgres::PoolError::Backend(err) => PgError::from(err),
            other => PgError::new(None, other.to_string()),
        }
    }
}

/// Whether the TLS handshake failed on our side (the certificate was not trusted).
fn tls_refused(err: &tokio_postgres::Error) -> bool {
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        // rustls reports through an io::Error, whose source() skips the error it wraps.
        let wrapped = cause.downcast_ref::<std::io::Error>().and_then(std::io::Error::get_ref);
        if cause.is::<rustls::Error>() || wrapped.is_some_and(|inner| inner.is::<rustls::Error>()) {
            return true;
        }
        source = cause.source();
    }
    false
}

/// The error with its causes ("error connecting to server: Connection refused (os error 111)").
fn describe(err: &tokio_postgres::Error) -> String {
    let mut text = err.to_string();
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text.push_str(": ");
            text.push_str(&cause_text);
        }
        source = cause.source();
    }
    text
}

impl std::fmt::Display for PgError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.code {
            Some(code) => write!(f, "{} ({code})", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for PgError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_filled_in_address_becomes_a_postgres_address_or_names_its_faults() {
        let form = ServerAddress {
            host: "db.example.org".into(),
            port: "".into(),
            database: "vendor risk".into(),
            user: "ana@corp".into(),
            encrypted: true,
        };
        let ca = std::path::Path::new("/etc/ssl/team ca.pem");
        let address = form.to_address(Some(ca)).unwrap();
        assert_eq!(
            address,
            "postgres://ana%40corp@db.example.org:5432/vendor%20risk?sslmode=verify-full&sslrootcert=%2Fetc%2Fssl%2Fteam%20ca.pem"
        );
        let target = PgTarget::parse(&address).unwrap();
        assert_eq!(target.config.get_user(), Some("ana@corp"));
        assert_eq!(target.config.get_dbname(), Some("vendor risk"));
        assert_eq!(target.tls, Tls::VerifyFull { ca: Some(ca.to_path_buf()) });

        let socket = ServerAddress { host: "/var/run/postgresql".into(), encrypted: false, ..form.clone() };
        let target = PgTarget::parse(&socket.to_address(None).unwrap()).unwrap();
        assert_eq!(target.config.get_hosts(), &[tokio_postgres::config::Host::Unix("/var/run/postgresql".into())]);
        assert_eq!(target.tls, Tls::Disable);

        let blank = ServerAddress { host: " ".into(), port: "99999".into(), database: "".into(), ..form };
        let CoreError::Validation(errors) = blank.to_address(None).unwrap_err() else { panic!("field errors") };
        let fields: Vec<&str> = errors.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["host", "port", "database"]);
    }

    #[test]
    fn placeholders_are_numbered_outside_quoted_text() {
        assert_eq!(placeholders("SELECT ?1, ?2 WHERE a = '?' AND b = ?"), "SELECT $1, $2 WHERE a = '?' AND b = $1");
        assert_eq!(placeholders("LIKE ?4 ESCAPE '\\'"), "LIKE $4 ESCAPE '\\'");
    }

    #[test]
    fn an_address_gives_its_tls_mode_and_hides_its_password() {
        let target =
            PgTarget::parse("postgres://alice:secret@db.example:5433/vendors?sslmode=require&sslrootcert=/ca.pem")
                .unwrap();
        assert_eq!(target.tls, Tls::VerifyFull { ca: Some("/ca.pem".into()) });
        assert!(!target.display.contains("secret"), "{}", target.display);
        assert_eq!(target.config.get_dbname(), Some("vendors"));
        let local = PgTarget::parse("postgres://alice@%2Fvar%2Frun%2Fpostgresql/vendors").unwrap();
        assert_eq!(local.tls, Tls::Disable);
        assert!(PgTarget::parse("postgres://x@h/db?sslmode=maybe").is_err());
    }
}
