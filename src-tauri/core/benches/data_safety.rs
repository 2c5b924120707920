//! Speed figures for data safety (issue: data safety), on the shared synthetic register
//! (10,000 vendors, 200,000 flows, 50,000 edges): verifying the whole audit chain (the app
//! does it once per open, in the background), an online backup, and what encryption at rest
//! costs — opening the register and reading a vendor page, plain and encrypted, beside bare
//! SQLite opening the same file and reading 100 rows (targets, issue "concurrent store": verify
//! ≤ 2 s; open and first page ≤ 0.3 s plain, ≤ 0.8 s encrypted).

mod common;

use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use vendor_risk_core::vendor::VendorQuery;
use vendor_risk_core::{Passphrase, Register, RegisterOptions};

fn encrypted_copy(dir: &std::path::Path) -> (std::path::PathBuf, RegisterOptions) {
    let register = common::synthetic_register();
    let path = dir.join("encrypted.sqlite");
    register.backup_to(&path).expect("copy");
    drop(register);
    let passphrase = Passphrase::choose("benchmark passphrase").expect("passphrase");
    Register::change_passphrase(&path, common::options(), Some(passphrase.clone())).expect("encrypt");
    (path, RegisterOptions { passphrase: Some(passphrase), ..common::options() })
}

fn audit_and_backup(c: &mut Criterion) {
    let register = common::synthetic_register();
    let entries = register.audit_log(&Default::default()).expect("log").total;
    let mut group = c.benchmark_group("data safety, 10,000 vendors");
    group.sample_size(10).measurement_time(Duration::from_secs(20));
    group.bench_function(format!("verify the audit chain ({entries} entries)"), |b| {
        b.iter(|| assert!(register.verify_audit().expect("verify").intact))
    });
    let dir = tempfile::tempdir().expect("tempdir");
    group.bench_function("online backup", |b| {
        b.iter_batched(
            || dir.path().join(format!("backup-{}.sqlite", fastrand::u64(..))),
            |target| register.backup_to(&target).expect("backup"),
            criterion::BatchSize::PerIteration,
        )
    });
    group.finish();
}

fn encryption_cost(c: &mut Criterion) {
    let mut group = c.benchmark_group("encryption at rest, 10,000 vendors");
    group.sample_size(10).measurement_time(Duration::from_secs(20));
    let dir = tempfile::tempdir().expect("tempdir");
    let plain = common::synthetic_register().info().path.expect("path");
    let (encrypted, unlock) = encrypted_copy(dir.path());
    let bare_path = std::path::PathBuf::from(&plain);
    group.bench_function("bare SQLite: open (plain) and read the first 100 vendor rows", |b| {
        b.iter(|| {
            let conn = rusqlite::Connection::open(&bare_path).expect("open");
            let mut stmt = conn
                .prepare("SELECT id, name, category, status, country FROM vendors ORDER BY name LIMIT 100")
                .expect("sql");
            stmt.query_map([], |r| r.get::<_, i64>(0)).expect("query").count()
        })
    });
    for (name, path, options) in [("plain", plain.into(), common::options()), ("encrypted", encrypted, unlock)] {
        group.bench_function(format!("open ({name}) and read the first vendor page"), |b| {
            b.iter(|| {
                let register = Register::open(&path, options.clone()).expect("open");
                register.list_vendors(&VendorQuery::default()).expect("page")
            })
        });
    }
    group.finish();
}

criterion_group!(benches, audit_and_backup, encryption_cost);
criterion_main!(benches);
