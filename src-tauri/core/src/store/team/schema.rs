//! The team register's schema on PostgreSQL and its versions.
//!
//! Its first version is the register file's schema of version [`BASE_REGISTER_VERSION`],
//! translated ([`postgres_schema`]), so both stores hold the same tables and the table
//! functions run the same SQL on either; on top, what a shared register needs: an append-only
//! audit log whose entries must name the session's own login and role and continue the chain,
//! and a version a client checks. Later versions are SQL files in `migrations/team/`, one per
//! change: a register-file migration gets a team migration making the same change (a test
//! fails until it has one). Privileges and row-level security ([`privileges`]) follow
//! [`Role::may_change`] and are applied again after every upgrade.

use std::sync::LazyLock;

use regex::Regex;

use super::{VERSION_TABLE, group_role};
use crate::actor::{Area, Role};
use crate::error::Result;
use crate::store::migrate::MIGRATIONS;

/// The register-file schema version the team register's first version was translated from.
const BASE_REGISTER_VERSION: i64 = 5;

/// One version of the team register's schema.
pub(crate) struct TeamMigration {
    pub name: &'static str,
    /// The register-file schema version whose tables the team register has after this step
    /// (the file migrations' seeds up to it fill a new register's reference data).
    pub register_version: i64,
    pub step: TeamStep,
}

/// What a team migration runs.
pub(crate) enum TeamStep {
    /// The first: the translated base schema and the audit log's rules.
    Base,
    /// SQL of its own, for what only a team register has.
    Sql(&'static str),
    /// The tables and indexes the register-file migration to `register_version` adds,
    /// translated (for a migration that only adds tables and indexes).
    SameAsFile,
}

/// Every team migration, in order; team schema version N is `TEAM_MIGRATIONS[N - 1]`.
pub(crate) const TEAM_MIGRATIONS: &[TeamMigration] = &[
    TeamMigration { name: "t0001_base", register_version: BASE_REGISTER_VERSION, step: TeamStep::Base },
    TeamMigration {
        name: "t0002_change_notices",
        register_version: BASE_REGISTER_VERSION,
        step: TeamStep::Sql(include_str!("../../../migrations/team/t0002_change_notices.sql")),
    },
    TeamMigration { name: "t0003_dora", register_version: 6, step: TeamStep::SameAsFile },
    TeamMigration {
        name: "t0004_lists_hecvat",
        register_version: 7,
        step: TeamStep::Sql(include_str!("../../../migrations/team/t0004_lists_hecvat.sql")),
    },
];

/// The team schema version this build writes.
pub const TEAM_LATEST_VERSION: i64 = TEAM_MIGRATIONS.len() as i64;

/// The SQL of team migration `index` (0-based), run in the creating or upgrading transaction.
pub(crate) fn step_sql(index: usize) -> Result<String> {
    let migration = &TEAM_MIGRATIONS[index];
    Ok(match migration.step {
        TeamStep::Sql(sql) => sql.to_owned(),
        TeamStep::SameAsFile => {
            let before = postgres_schema(migration.register_version - 1)?;
            let after = postgres_schema(migration.register_version)?;
            after.into_iter().filter(|object| !before.contains(object)).collect::<Vec<_>>().join(";\n")
        }
        TeamStep::Base => {
            let mut script = vec![FUNCTIONS.to_owned()];
            script.extend(postgres_schema(migration.register_version)?);
            script.push(AUDIT_RULES.to_owned());
            script.push(format!("CREATE TABLE {VERSION_TABLE} (version BIGINT NOT NULL)"));
            script.push(format!("INSERT INTO {VERSION_TABLE} (version) VALUES (0)"));
            script.push(format!("GRANT SELECT ON {VERSION_TABLE} TO PUBLIC"));
            script.join(";\n")
        }
    })
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
    ("dora_entities", Area::Incidents),
    ("dora_branches", Area::Incidents),
    ("dora_functions", Area::DataMap),
    ("dora_providers", Area::Vendors),
    ("dora_arrangements", Area::Vendors),
    ("dora_arrangement_functions", Area::Vendors),
];

/// The `register_meta` rows procurement may write: what the vendor import remembers.
const PROCUREMENT_META_KEYS: &[&str] = &["vendor_import_options"];

/// The group roles, their privileges and the row-level security of the register in `database`,
/// for the tables there are now: run after creating the schema and after every upgrade.
pub(super) fn privileges(database: &str) -> Vec<String> {
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
        for policy in ["read", "compliance", "procurement"] {
            sql.push(format!("DROP POLICY IF EXISTS {table}_{policy} ON {table}"));
        }
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

/// The tables and indexes of a register file at schema `version` as PostgreSQL DDL: a fresh
/// file's schema at that version, translated statement by statement (see [`translate`]).
pub(crate) fn postgres_schema(version: i64) -> Result<Vec<String>> {
    let file = rusqlite::Connection::open_in_memory()?;
    let steps = usize::try_from(version).unwrap_or(usize::MAX).min(MIGRATIONS.len());
    crate::store::migrate::migrate(&file, &MIGRATIONS[..steps], 0)?;
    let mut stmt = file.prepare(
        "SELECT type, sql FROM sqlite_schema WHERE sql IS NOT NULL AND type IN ('table', 'index') ORDER BY rowid",
    )?;
    let objects: Vec<(String, String)> =
        stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
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
    use crate::store::LATEST_VERSION;

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
    fn the_team_schema_follows_every_register_migration() {
        let last = TEAM_MIGRATIONS.last().expect("a first team migration");
        assert_eq!(
            last.register_version, LATEST_VERSION,
            "a register migration has no team migration: add one that makes the same change on PostgreSQL"
        );
        assert!(TEAM_MIGRATIONS.windows(2).all(|w| w[0].register_version <= w[1].register_version));
    }

    #[test]
    fn every_table_of_the_register_has_write_rules() {
        let schema = postgres_schema(LATEST_VERSION).unwrap();
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
