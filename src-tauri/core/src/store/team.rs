//! The team register on a PostgreSQL server: creating it (`team init`), opening it, and the
//! rules the server enforces on its own.
//!
//! The schema is the register file's: the tables of a fresh SQLite register, translated
//! ([`postgres_schema`]), so both stores hold the same tables and the table functions run the
//! same SQL on either. On top, the server keeps what a shared register needs: group roles
//! (compliance, procurement, auditor) whose privileges follow [`Role::may_change`], row-level
//! security where a role may change some rows of a table only, an append-only audit log whose
//! entries must name the session's own login and role and continue the chain, and a schema
//! version a client checks before it writes.

use std::sync::LazyLock;

use regex::Regex;

use super::db::Conn;
use super::postgres::{PgPool, PgSession, PgTarget};
use crate::actor::{Area, Role};
use crate::error::{CoreError, Result};

/// Starts a write transaction: writers take turns (as on SQLite), so the audit chain is
/// appended in one order whoever writes.
pub(crate) const BEGIN_WRITE: &str = "BEGIN; SELECT pg_advisory_xact_lock(1448232497)";

/// The schema version a team register records (the register file's `user_version`).
const VERSION_TABLE: &str = "vrr_schema";

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
        let version: i64 = Conn::Postgres(&session)
            .query_row(&format!("SELECT version FROM {VERSION_TABLE}"), [], |r| r.get(0))
            .map_err(|e| match CoreError::from(e) {
                CoreError::Internal(_) | CoreError::Conflict(_) => CoreError::NotARegister(format!(
                    "{} (no team register here: its owner creates one with `vendor-risk --db URL team init`)",
                    target.display
                )),
                other => other,
            })?;
        let latest = super::LATEST_VERSION;
        if version > latest {
            return Err(CoreError::NewerSchema { found: version, supported: latest });
        }
        if version < latest {
            return Err(CoreError::Migration {
                version,
                detail: format!(
                    "the team register's schema is version {version}; this app needs {latest}. Its owner upgrades it with `vendor-risk --db URL team init`."
                ),
            });
        }
        let (login, role) = who(&session, target)?;
        drop(session);
        Ok(Server { pool, target: target.clone(), login, role })
    }

    /// Creates the team register in the empty database `target` names: the schema, the group
    /// roles and their privileges, row-level security and the audit log's rules. Run by the
    /// database's owner.
    pub(crate) fn init(target: &PgTarget) -> Result<Server> {
        let server = Server::connect_empty(target)?;
        let session = server.pool.session()?;
        session.batch("BEGIN")?;
        create_schema(&session)?;
        for seed in super::migrate::MIGRATIONS.iter().filter_map(|m| m.seed) {
            seed(Conn::Postgres(&session))?;
        }
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
            return Err(CoreError::AlreadyExists(format!(
                "{} (the database is not empty: a team register is created in an empty one)",
                target.display
            )));
        }
        let (login, _) = who(&session, target)?;
        drop(session);
        // Its creator is the database's owner, who acts as a compliance officer.
        Ok(Server { pool, target: target.clone(), login, role: Some(Role::Compliance) })
    }
}

/// Creates the team register's schema in the transaction `session` runs: tables, the rules
/// of the audit log, the schema version, roles, privileges and row-level security. No rows.
pub(crate) fn create_schema(session: &PgSession) -> Result<()> {
    let database = database_name(session)?;
    let mut script = vec![FUNCTIONS.to_owned()];
    script.extend(postgres_schema()?);
    script.push(AUDIT_RULES.to_owned());
    script.push(format!("CREATE TABLE {VERSION_TABLE} (version BIGINT NOT NULL)"));
    script.push(format!("INSERT INTO {VERSION_TABLE} (version) VALUES ({})", super::LATEST_VERSION));
    script.push(format!("GRANT SELECT ON {VERSION_TABLE} TO PUBLIC"));
    script.extend(privileges(&database));
    Ok(session.batch(&script.join(";\n"))?)
}

impl super::Writer<'_> {
    /// Loads a register file's rows (a backup of it) into the team register this transaction
    /// is creating: the schema first, then every row with its own ids, the audit log's entries
    /// as they were (its entry rule set aside for them, as the owner may), and the identity
    /// counters moved past the loaded ids.
    pub(crate) fn load_into_team(&self, backup: &crate::export::backup::Backup) -> Result<()> {
        let super::db::Conn::Postgres(session) = self.conn() else {
            return Err(CoreError::Internal("a team register is loaded on its server".into()));
        };
        create_schema(session)?;
        session.batch("SET CONSTRAINTS ALL DEFERRED; ALTER TABLE audit_log DISABLE TRIGGER audit_log_entry_check")?;
        self.load(backup)?;
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

/// The session's login and its role on the register.
fn who(session: &PgSession, target: &PgTarget) -> Result<(String, Option<Role>)> {
    let conn = Conn::Postgres(session);
    let database = database_name(session)?;
    let login: String = conn.query_row("SELECT session_user::text", [], |r| r.get(0))?;
    let owner: bool = conn.query_row(
        "SELECT pg_has_role(session_user, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER')",
        [],
        |r| r.get(0),
    )?;
    let mut role = owner.then_some(Role::Compliance);
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
    let _ = target;
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
                return Err(CoreError::AlreadyExists(format!("the login {name} on this register")));
            }
            if password.is_some() {
                return Err(CoreError::Conflict(format!(
                    "the server already has a login {name}; add it without a password (it keeps its own)"
                )));
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

/// Functions the translated checks call.
const FUNCTIONS: &str = r#"
CREATE FUNCTION vrr_is_date(value text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    RETURN value ~ '^\d{4}-\d{2}-\d{2}$' AND to_char(value::date, 'YYYY-MM-DD') = value;
EXCEPTION WHEN others THEN
    RETURN false;
END $$;
CREATE FUNCTION vrr_is_json(value text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    PERFORM value::jsonb;
    RETURN true;
EXCEPTION WHEN others THEN
    RETURN false;
END $$"#;

/// The audit log's rules on the server: no UPDATE or DELETE by anyone; a new entry names the
/// session's own login and a role the login holds, and continues the chain (next number, the
/// last entry's hash). Its hash is checked by `audit verify`, as on a register file.
const AUDIT_RULES: &str = r#"
CREATE FUNCTION vrr_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = '42501';
END $$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION vrr_audit_append_only();
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION vrr_audit_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION vrr_audit_append_only();
CREATE FUNCTION vrr_audit_entry_check() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public AS $$
DECLARE
    last_seq bigint;
    last_hash text;
    owner boolean;
BEGIN
    IF NEW.actor IS DISTINCT FROM session_user::text THEN
        RAISE EXCEPTION 'an audit entry must name the session''s login (%), not %', session_user, NEW.actor
            USING ERRCODE = '42501';
    END IF;
    owner := pg_has_role(session_user, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER');
    IF NOT (owner AND NEW.role = 'compliance')
        AND NOT pg_has_role(session_user, 'vrr_' || current_database() || '_' || NEW.role, 'MEMBER') THEN
        RAISE EXCEPTION 'the login % does not hold the role %', session_user, NEW.role USING ERRCODE = '42501';
    END IF;
    SELECT seq, hash INTO last_seq, last_hash FROM audit_log ORDER BY seq DESC LIMIT 1;
    IF NEW.seq <> coalesce(last_seq, 0) + 1
        OR NEW.prev_hash <> coalesce(last_hash, repeat('0', 64)) THEN
        RAISE EXCEPTION 'an audit entry must continue the chain (entry %)', coalesce(last_seq, 0) + 1
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER audit_log_entry_check BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION vrr_audit_entry_check()"#;

/// The tables a role may write, by the area of the register they hold (a table shared by
/// areas is listed once per area). Every role reads every table.
const TABLE_AREAS: &[(&str, Area)] = &[
    ("vendors", Area::Vendors),
    ("vendor_services", Area::Vendors),
    ("vendor_contacts", Area::Vendors),
    ("vendor_documents", Area::Vendors),
    ("evidence_files", Area::Vendors),
    ("evidence_files", Area::Questionnaires),
    ("evidence_files", Area::Findings),
    ("questionnaire_templates", Area::Questionnaires),
    ("assessments", Area::Questionnaires),
    ("assessment_answers", Area::Questionnaires),
    ("answer_evidence", Area::Questionnaires),
    ("findings", Area::Questionnaires),
    ("findings", Area::Findings),
    ("finding_evidence", Area::Findings),
    ("data_categories", Area::DataMap),
    ("subject_groups", Area::DataMap),
    ("internal_services", Area::DataMap),
    ("service_dependencies", Area::DataMap),
    ("data_flows", Area::DataMap),
    ("data_flow_categories", Area::DataMap),
    ("data_flow_residence", Area::DataMap),
    ("vendor_edges", Area::DataMap),
    ("vendor_edge_categories", Area::DataMap),
    ("review_requests", Area::DataMap),
    ("review_requests", Area::Risk),
    ("risk_rubrics", Area::Risk),
    ("vendor_risk_profiles", Area::Risk),
    ("risk_assessments", Area::Risk),
    ("risk_acceptances", Area::Acceptances),
    ("incidents", Area::Incidents),
    ("incident_categories", Area::Incidents),
    ("incident_answers", Area::Incidents),
    ("incident_steps", Area::Incidents),
    ("incident_notes", Area::Incidents),
    ("register_meta", Area::Incidents),
];

/// The `register_meta` rows procurement may write: what the vendor import remembers.
const PROCUREMENT_META_KEYS: &[&str] = &["vendor_import_options"];

/// The group roles, their privileges and the row-level security of the register in `database`.
fn privileges(database: &str) -> Vec<String> {
    let mut sql = Vec::new();
    let roles = [Role::Compliance, Role::Procurement, Role::Auditor];
    for role in roles {
        let name = group_role(database, role);
        sql.push(format!(
            "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{name}') THEN CREATE ROLE \"{name}\" NOLOGIN; END IF; END $$"
        ));
        sql.push(format!("GRANT CONNECT ON DATABASE \"{database}\" TO \"{name}\""));
        sql.push(format!("GRANT USAGE ON SCHEMA public TO \"{name}\""));
        sql.push(format!("GRANT SELECT ON ALL TABLES IN SCHEMA public TO \"{name}\""));
        let mut writable: Vec<&str> =
            TABLE_AREAS.iter().filter(|(_, area)| role.may_change(*area)).map(|(table, _)| *table).collect();
        if role == Role::Procurement {
            writable.push("register_meta");
        }
        writable.sort_unstable();
        writable.dedup();
        for table in &writable {
            sql.push(format!("GRANT INSERT, UPDATE, DELETE ON {table} TO \"{name}\""));
        }
        if !writable.is_empty() {
            sql.push(format!("GRANT INSERT ON audit_log TO \"{name}\""));
            sql.push(format!("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO \"{name}\""));
        }
    }
    // Rows a role may change in part: procurement remembers its vendor-import mapping in
    // register_meta, not the organisation profile; it works on findings, but waiving one is a
    // compliance decision.
    let procurement = group_role(database, Role::Procurement);
    let keys = PROCUREMENT_META_KEYS.iter().map(|k| format!("'{k}'")).collect::<Vec<_>>().join(", ");
    for (table, check) in [("register_meta", format!("key IN ({keys})")), ("findings", "status <> 'waived'".to_owned())]
    {
        sql.push(format!("ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"));
        sql.push(format!("CREATE POLICY {table}_read ON {table} FOR SELECT USING (true)"));
        sql.push(format!(
            "CREATE POLICY {table}_compliance ON {table} FOR ALL TO \"{}\" USING (true) WITH CHECK (true)",
            group_role(database, Role::Compliance)
        ));
        sql.push(format!(
            "CREATE POLICY {table}_procurement ON {table} FOR ALL TO \"{procurement}\" USING ({check}) WITH CHECK ({check})"
        ));
    }
    sql
}

/// The register's tables and indexes as PostgreSQL DDL: a fresh register file's schema,
/// translated statement by statement (see [`translate`]).
pub(crate) fn postgres_schema() -> Result<Vec<String>> {
    let fresh = super::Store::open_in_memory()?;
    let objects: Vec<(String, String)> = fresh.read(|r| {
        let conn = r.conn.sqlite().ok_or_else(|| CoreError::Internal("a fresh register is a file".into()))?;
        let mut stmt = conn.prepare(
            "SELECT type, sql FROM sqlite_schema WHERE sql IS NOT NULL AND type IN ('table', 'index') ORDER BY rowid",
        )?;
        let rows = stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    })?;
    Ok(objects.into_iter().map(|(kind, sql)| translate(&kind, &sql)).collect())
}

/// One SQLite `CREATE TABLE` or `CREATE INDEX` as PostgreSQL runs it: its types, its date and
/// JSON checks, its `rowid` (made an identity column where the table had only SQLite's), and
/// foreign keys that may be checked at commit (for `team migrate`).
fn translate(kind: &str, sql: &str) -> String {
    static RULES: LazyLock<Vec<(Regex, &str)>> = LazyLock::new(|| {
        [
            (r"\bINTEGER PRIMARY KEY\b", "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"),
            (r"\bINTEGER\b", "BIGINT"),
            (r"\bREAL\b", "DOUBLE PRECISION"),
            (r"\bBLOB\b", "BYTEA"),
            (r"\bTEXT\b", "TEXT COLLATE \"C\""),
            (r"\bdate\((\w+)\) = (\w+)", "vrr_is_date($1)"),
            (r"\bjson_valid\(", "vrr_is_json("),
            (r"NOT GLOB '\*\[\^0-9\]\*'", "!~ '[^0-9]'"),
            (r"(REFERENCES \w+ \(\w+\))", "$1 DEFERRABLE INITIALLY IMMEDIATE"),
            (r"\)\s*STRICT(,\s*WITHOUT ROWID)?\s*$", ")"),
        ]
        .into_iter()
        .map(|(pattern, replacement)| (Regex::new(pattern).expect("a valid pattern"), replacement))
        .collect()
    });
    let mut out = sql.to_owned();
    for (pattern, replacement) in RULES.iter() {
        out = pattern.replace_all(&out, *replacement).into_owned();
    }
    let has_rowid = !sql.contains("WITHOUT ROWID") && !sql.contains("INTEGER PRIMARY KEY");
    if kind == "table"
        && has_rowid
        && let Some(open) = out.find('(')
    {
        out.insert_str(open + 1, "\n    rowid BIGINT GENERATED BY DEFAULT AS IDENTITY UNIQUE,");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_translates_its_types_checks_rowid_and_keys() {
        let sql = "CREATE TABLE t (\n    key TEXT PRIMARY KEY NOT NULL,\n    n INTEGER REFERENCES v (id),\n    d TEXT CHECK (d IS NULL OR date(d) = d),\n    j TEXT NOT NULL CHECK (json_valid(j))\n) STRICT";
        let pg = translate("table", sql);
        assert!(pg.contains("rowid BIGINT GENERATED BY DEFAULT AS IDENTITY UNIQUE,"), "{pg}");
        assert!(pg.contains("n BIGINT REFERENCES v (id) DEFERRABLE INITIALLY IMMEDIATE"), "{pg}");
        assert!(pg.contains("vrr_is_date(d)") && pg.contains("vrr_is_json(j)"), "{pg}");
        assert!(pg.contains("key TEXT COLLATE \"C\" PRIMARY KEY"), "{pg}");
        assert!(pg.ends_with(")"), "{pg}");
        let with_id = translate("table", "CREATE TABLE u (\n    id INTEGER PRIMARY KEY,\n    x REAL\n) STRICT");
        assert!(with_id.contains("id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"), "{with_id}");
        assert!(!with_id.contains("rowid"), "{with_id}");
    }

    #[test]
    fn every_table_of_the_register_has_write_rules() {
        let schema = postgres_schema().unwrap();
        let tables: Vec<&str> = schema
            .iter()
            .filter_map(|sql| sql.strip_prefix("CREATE TABLE "))
            .map(|rest| rest.split([' ', '(']).next().unwrap_or_default().trim_matches('"'))
            .collect();
        assert!(tables.len() > 30, "{tables:?}");
        for table in tables {
            let audited = table == "audit_log";
            assert!(audited || TABLE_AREAS.iter().any(|(t, _)| *t == table), "{table} has no area");
        }
    }
}
