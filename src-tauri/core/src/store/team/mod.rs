//! The team register on a PostgreSQL server: creating it (`team init`), upgrading it (`team
//! upgrade`), opening it, its logins and their roles. The schema and the rules the server
//! enforces on its own are in [`schema`].

mod schema;

pub use schema::TEAM_LATEST_VERSION;

use super::db::Conn;
use super::postgres::{PgPool, PgSession, PgTarget};
use crate::actor::Role;
use crate::error::{CoreError, Result};
use crate::text::Message;
use crate::work::Work;

/// Starts a write transaction: writers take turns (as on SQLite), so the audit chain is
/// appended in one order whoever writes.
const BEGIN_WRITE: &str = "BEGIN; SELECT pg_advisory_xact_lock(1448232497)";

/// The table holding the team register's schema version.
const VERSION_TABLE: &str = "vrr_schema";

/// Starts a write transaction, checking that the schema is still the one this app writes
/// (the owner may have upgraded it since the register was opened).
pub(crate) fn begin_write(session: &PgSession) -> Result<()> {
    session.batch(BEGIN_WRITE)?;
    let version = schema_version(session)?;
    if version == TEAM_LATEST_VERSION {
        return Ok(());
    }
    session.batch("ROLLBACK")?;
    Err(outdated(version))
}

fn schema_version(session: &PgSession) -> Result<i64> {
    Ok(Conn::Postgres(session).query_row(&format!("SELECT version FROM {VERSION_TABLE}"), [], |r| r.get(0))?)
}

/// Why this app may not use a team register of schema `version`.
fn outdated(version: i64) -> CoreError {
    if version > TEAM_LATEST_VERSION {
        return CoreError::NewerSchema { found: version, supported: TEAM_LATEST_VERSION };
    }
    CoreError::TeamSchemaOutdated { found: version, needed: TEAM_LATEST_VERSION }
}

/// A connection to a team register and who it is signed in as.
#[derive(Debug)]
pub struct Server {
    pub(crate) pool: PgPool,
    pub target: PgTarget,
    /// The session's login.
    pub login: String,
    /// The login's role on this register: its group role (the register's owner counts as a
    /// compliance officer); `None` when the login has none.
    pub role: Option<Role>,
}

/// The name of the group role of `role` on the database `database`.
pub fn group_role(database: &str, role: Role) -> String {
    format!("vrr_{database}_{}", role.as_str())
}

impl Server {
    /// Connects to an existing team register, checking its schema version.
    pub(crate) fn open(target: &PgTarget) -> Result<Server> {
        let pool = PgPool::new(target)?;
        let session = pool.session()?;
        let version = schema_version(&session).map_err(|e| match e {
            CoreError::Internal(_) | CoreError::Conflict(_) => CoreError::NoTeamRegister(target.display.clone()),
            other => other,
        })?;
        if version != TEAM_LATEST_VERSION {
            return Err(outdated(version));
        }
        let (login, role) = who(&session)?;
        drop(session);
        Ok(Server { pool, target: target.clone(), login, role })
    }

    /// Upgrades the team register `target` names to this app's schema version, in one
    /// transaction while nobody writes: its owner's job. Returns the version it had.
    pub(crate) fn upgrade(target: &PgTarget) -> Result<i64> {
        let pool = PgPool::new(target)?;
        let session = pool.session()?;
        if !is_owner(&session)? {
            return Err(CoreError::NotOwner);
        }
        session.batch(BEGIN_WRITE)?;
        session.batch(&format!("LOCK TABLE {VERSION_TABLE} IN ACCESS EXCLUSIVE MODE"))?;
        let from = schema_version(&session)?;
        if from > TEAM_LATEST_VERSION {
            return Err(outdated(from));
        }
        apply_steps(&session, from)?;
        session.batch("COMMIT")?;
        Ok(from)
    }

    /// Creates the team register in the empty database `target` names: the schema, the group
    /// roles and their privileges, row-level security and the audit log's rules. Run by the
    /// database's owner.
    pub(crate) fn init(target: &PgTarget) -> Result<Server> {
        let server = Server::connect_empty(target)?;
        let session = server.pool.session()?;
        session.batch("BEGIN")?;
        create_schema(&session)?;
        session.batch("COMMIT")?;
        Ok(server)
    }

    /// Connects to the empty database `target` names, to create a team register there.
    pub(crate) fn connect_empty(target: &PgTarget) -> Result<Server> {
        let pool = PgPool::new(target)?;
        let session = pool.session()?;
        let existing: i64 = Conn::Postgres(&session).query_row(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()",
            [],
            |r| r.get(0),
        )?;
        if existing > 0 {
            return Err(CoreError::DatabaseNotEmpty(target.display.clone()));
        }
        let (login, _) = who(&session)?;
        drop(session);
        // Its creator is the database's owner, who acts as a compliance officer.
        Ok(Server { pool, target: target.clone(), login, role: Some(Role::Compliance) })
    }
}

/// Creates the team register's schema in the transaction `session` runs: every team
/// migration, then roles, privileges and row-level security. No rows but reference data.
pub(crate) fn create_schema(session: &PgSession) -> Result<()> {
    apply_steps(session, 0)
}

/// Applies the team migrations after version `from`, the file migrations' seeds for the
/// register versions they reach, and the privileges for the tables there are then.
fn apply_steps(session: &PgSession, from: i64) -> Result<()> {
    let from = usize::try_from(from).unwrap_or(usize::MAX);
    let tables_before = from.checked_sub(1).map_or(0, |i| schema::TEAM_MIGRATIONS[i].register_version);
    for (index, migration) in schema::TEAM_MIGRATIONS.iter().enumerate().skip(from) {
        let version = index as i64 + 1;
        session.batch(&schema::step_sql(index)?).map_err(|e| CoreError::Migration {
            version,
            detail: format!("team migration {}: {}", migration.name, CoreError::from(e)),
        })?;
    }
    let mut script = vec![format!("UPDATE {VERSION_TABLE} SET version = {TEAM_LATEST_VERSION}")];
    script.extend(schema::privileges(&database_name(session)?));
    session.batch(&script.join(";\n"))?;
    let tables_now = schema::TEAM_MIGRATIONS.last().map_or(0, |m| m.register_version);
    let seeds = super::migrate::MIGRATIONS.iter().enumerate().filter(|(index, _)| {
        let version = *index as i64 + 1;
        version > tables_before && version <= tables_now
    });
    for seed in seeds.filter_map(|(_, m)| m.seed) {
        seed(Conn::Postgres(session))?;
    }
    Ok(())
}

impl super::Writer<'_> {
    /// Loads a register file's rows (a backup of it) into the team register this transaction
    /// is creating: the schema first, then every row with its own ids, the audit log's entries
    /// as they were (its entry rule set aside for them, as the owner may), and the identity
    /// counters moved past the loaded ids.
    pub(crate) fn load_into_team(&self, backup: &crate::export::backup::Backup, work: &mut Work<'_>) -> Result<()> {
        let super::db::Conn::Postgres(session) = self.conn() else {
            return Err(CoreError::Internal("a team register is loaded on its server".into()));
        };
        create_schema(session)?;
        session.batch("SET CONSTRAINTS ALL DEFERRED; ALTER TABLE audit_log DISABLE TRIGGER audit_log_entry_check")?;
        self.load(backup, work)?;
        session.batch("ALTER TABLE audit_log ENABLE TRIGGER audit_log_entry_check; SET CONSTRAINTS ALL IMMEDIATE")?;
        let identities: Vec<(String, String)> = self
            .conn()
            .prepare(
                "SELECT table_name::text, column_name::text FROM information_schema.columns \
                 WHERE table_schema = current_schema() AND is_identity = 'YES'",
            )?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        for (table, column) in identities {
            session.batch(&format!(
                "SELECT setval(pg_get_serial_sequence('{table}', '{column}'), coalesce(max({column}), 0) + 1, false) FROM {table}"
            ))?;
        }
        Ok(())
    }
}

/// Whether the session's login owns the database (or is a member of the role that does).
fn is_owner(session: &PgSession) -> Result<bool> {
    Ok(Conn::Postgres(session).query_row(
        "SELECT pg_has_role(session_user, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER')",
        [],
        |r| r.get(0),
    )?)
}

/// The session's login and its role on the register.
fn who(session: &PgSession) -> Result<(String, Option<Role>)> {
    let conn = Conn::Postgres(session);
    let database = database_name(session)?;
    let login: String = conn.query_row("SELECT session_user::text", [], |r| r.get(0))?;
    let mut role = is_owner(session)?.then_some(Role::Compliance);
    for candidate in [Role::Compliance, Role::Procurement, Role::Auditor] {
        let member: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?1 AND pg_has_role(session_user, oid, 'MEMBER'))",
            [group_role(&database, candidate)],
            |r| r.get(0),
        )?;
        if member && role.is_none() {
            role = Some(candidate);
        }
    }
    Ok((login, role))
}

fn database_name(session: &PgSession) -> Result<String> {
    Ok(Conn::Postgres(session).query_row("SELECT current_database()::text", [], |r| r.get(0))?)
}

/// A login of a team register and its role.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TeamUser {
    pub login: String,
    pub role: Role,
}

/// `name` as a quoted SQL identifier.
fn identifier(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// `text` as a quoted SQL literal (standard-conforming strings).
fn literal(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

impl super::Reader<'_> {
    /// The logins holding a role on this team register.
    pub(crate) fn team_users(&self) -> Result<Vec<TeamUser>> {
        let database: String = self.conn.query_row("SELECT current_database()::text", [], |r| r.get(0))?;
        let mut users = Vec::new();
        for role in [Role::Compliance, Role::Procurement, Role::Auditor] {
            let mut stmt = self.conn.prepare_cached(
                "SELECT m.rolname::text FROM pg_roles g JOIN pg_auth_members a ON a.roleid = g.oid \
                 JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = ?1 AND m.rolcanlogin ORDER BY m.rolname",
            )?;
            let logins = stmt.query_map([group_role(&database, role)], |r| r.get::<_, String>(0))?;
            for login in logins {
                users.push(TeamUser { login: login?, role });
            }
        }
        users.sort_by(|a, b| a.login.cmp(&b.login));
        Ok(users)
    }
}

impl super::Writer<'_> {
    /// Gives the login `name` `role` on this register, creating the login (with `password`,
    /// when the server asks for one) unless the server has it already — logins belong to the
    /// server, so one person can sign in to several registers with one name.
    pub(crate) fn team_add_user(&self, name: &str, role: Role, password: Option<&str>) -> Result<()> {
        if self.login_exists(name)? {
            if self.held_role(name)?.is_some() {
                return Err(CoreError::LoginTaken(name.to_owned()));
            }
            if password.is_some() {
                return Err(CoreError::Conflict(Message::new("error-login-exists-on-server").arg("login", name)));
            }
        } else {
            let password = password.map(|p| format!(" PASSWORD {}", literal(p))).unwrap_or_default();
            self.batch(&format!("CREATE ROLE {} LOGIN{password}", identifier(name)))?;
        }
        self.team_set_role(name, role)
    }

    /// Gives the login `name` the role `role` (and no other on this register).
    pub(crate) fn team_set_role(&self, name: &str, role: Role) -> Result<()> {
        if !self.login_exists(name)? {
            return Err(CoreError::not_found("login", name));
        }
        let database = self.database()?;
        let login = identifier(name);
        for other in [Role::Compliance, Role::Procurement, Role::Auditor] {
            self.batch(&format!("REVOKE {} FROM {login}", identifier(&group_role(&database, other))))?;
        }
        self.batch(&format!("GRANT {} TO {login}", identifier(&group_role(&database, role))))
    }

    /// Takes the login `name`'s role on this register away; the login itself is removed from
    /// the server only when it holds no role anywhere else.
    pub(crate) fn team_remove_user(&self, name: &str) -> Result<()> {
        if self.held_role(name)?.is_none() {
            return Err(CoreError::not_found("login on this register", name));
        }
        let database = self.database()?;
        let login = identifier(name);
        for role in [Role::Compliance, Role::Procurement, Role::Auditor] {
            self.batch(&format!("REVOKE {} FROM {login}", identifier(&group_role(&database, role))))?;
        }
        let elsewhere: bool = self.conn().query_row(
            "SELECT EXISTS (SELECT 1 FROM pg_auth_members a JOIN pg_roles m ON m.oid = a.member WHERE m.rolname = ?1)",
            [name],
            |r| r.get(0),
        )?;
        if elsewhere { Ok(()) } else { self.batch(&format!("DROP ROLE {login}")) }
    }

    fn login_exists(&self, name: &str) -> Result<bool> {
        let exists =
            self.conn().query_row("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?1)", [name], |r| r.get(0))?;
        Ok(exists)
    }

    /// The role the login `name` holds on this register, if any.
    fn held_role(&self, name: &str) -> Result<Option<Role>> {
        let database = self.database()?;
        for role in [Role::Compliance, Role::Procurement, Role::Auditor] {
            let member: bool = self.conn().query_row(
                "SELECT EXISTS (SELECT 1 FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid \
                 JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = ?1 AND m.rolname = ?2)",
                [group_role(&database, role), name.to_owned()],
                |r| r.get(0),
            )?;
            if member {
                return Ok(Some(role));
            }
        }
        Ok(None)
    }

    fn database(&self) -> Result<String> {
        Ok(self.conn().query_row("SELECT current_database()::text", [], |r| r.get(0))?)
    }

    fn batch(&self, sql: &str) -> Result<()> {
        self.conn().execute(sql, ())?;
        Ok(())
    }
}
