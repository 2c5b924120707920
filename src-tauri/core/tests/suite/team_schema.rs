//! The team register's schema versions: a fresh team register has the same schema as one
//! upgraded from every earlier version's snapshot in `tests/schema/team-v*.sql` (pg_dump's
//! schema, written from real older builds); a client older than the schema says so instead of
//! writing. Regenerate the latest snapshot with
//! `UPDATE_SCHEMA_SNAPSHOT=1 cargo test -p vendor-risk-core --test suite team_schema` (the test
//! then fails once, having rewritten it: run it again).

use std::path::{Path, PathBuf};

use vendor_risk_core::store::team::TEAM_LATEST_VERSION;
use vendor_risk_core::store::test_server::{fresh_database, psql, schema_dump, server};
use vendor_risk_core::vendor::VendorDraft;
use vendor_risk_core::{AuditQuery, ErrorCode, Register, Role};

use crate::common::options;

fn snapshot_path(version: i64) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("tests/schema/team-v{version}.sql"))
}

fn owner() -> String {
    options().actor.name
}

/// A fresh team register's address and schema.
fn fresh_team() -> (String, String) {
    let address = fresh_database(&owner());
    drop(Register::create(Path::new(&address), options()).unwrap());
    let dump = schema_dump(&address);
    (address, dump)
}

fn database_of(address: &str) -> String {
    url::Url::parse(address).unwrap().path().trim_start_matches('/').to_owned()
}

#[test]
fn the_latest_team_snapshot_matches_a_fresh_team_register() {
    let (_, fresh) = fresh_team();
    let path = snapshot_path(TEAM_LATEST_VERSION);
    if std::env::var_os("UPDATE_SCHEMA_SNAPSHOT").is_some()
        && std::fs::read_to_string(&path).ok().as_deref() != Some(fresh.as_str())
    {
        std::fs::write(&path, &fresh).unwrap();
        panic!("{} was rewritten; check the change and run the tests again", path.display());
    }
    let snapshot = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("missing {}: add a snapshot for every team schema version", path.display()));
    assert_eq!(snapshot, fresh, "a released team migration was edited, or the snapshot is stale");
}

#[test]
fn every_earlier_team_snapshot_upgrades_to_the_fresh_schema() {
    let (_, fresh) = fresh_team();
    for version in 1..TEAM_LATEST_VERSION {
        let address = fresh_database(&owner());
        let database = database_of(&address);
        for role in [Role::Compliance, Role::Procurement, Role::Auditor] {
            let group = format!("vrr_{database}_{}", role.as_str());
            psql(&format!("{}/postgres", server()), &format!("CREATE ROLE \"{group}\" NOLOGIN"));
        }
        let snapshot = std::fs::read_to_string(snapshot_path(version)).unwrap().replace("{database}", &database);
        psql(&address, &format!("{snapshot}\nINSERT INTO vrr_schema (version) VALUES ({version});"));

        let refused = Register::open(Path::new(&address), options()).err().expect("an older schema is refused");
        assert_eq!(refused.code(), ErrorCode::Migration, "{refused}");
        assert!(refused.to_string().contains("team upgrade"), "{refused}");

        let (upgraded, from) = Register::upgrade_team(Path::new(&address), options()).unwrap();
        assert_eq!(from, version);
        assert_eq!(schema_dump(&address), fresh, "upgrading from team v{version}");
        // The snapshot is the schema only (no reference data): the upgrade is the first entry.
        let log = upgraded.audit_log(&AuditQuery::default()).unwrap();
        assert_eq!((log.total, log.items[0].action.as_str()), (1, "register.upgrade"));
        let (_, again) = Register::upgrade_team(Path::new(&address), options()).unwrap();
        assert_eq!(again, TEAM_LATEST_VERSION, "a current register has nothing to upgrade");
        assert_eq!(upgraded.audit_log(&AuditQuery::default()).unwrap().total, 1, "and records nothing");
    }
}

#[test]
fn a_client_older_than_the_schema_says_so_instead_of_writing() {
    let (address, _) = fresh_team();
    let register = Register::open(Path::new(&address), options()).unwrap();
    register.create_vendor(&VendorDraft::named("Before The Upgrade")).unwrap();
    let entries = register.audit_log(&AuditQuery::default()).unwrap().total;
    // A newer app upgrades the register while this one is open.
    psql(&address, "UPDATE vrr_schema SET version = version + 1");

    let refused = register.create_vendor(&VendorDraft::named("After The Upgrade")).unwrap_err();
    assert_eq!(refused.code(), ErrorCode::NewerSchema, "{refused}");
    assert_eq!(register.audit_log(&AuditQuery::default()).unwrap().total, entries, "nothing was written");
    let reopened = Register::open(Path::new(&address), options()).err().expect("refused");
    assert_eq!(reopened.code(), ErrorCode::NewerSchema, "{reopened}");
}
