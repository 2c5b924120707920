//! Speed targets (issue: team register on PostgreSQL), on a local server of the bench's own
//! (Unix socket, fsync on) holding the shared synthetic register (10,000 vendors, 200,000
//! flows, 50,000 edges), moved there with `team migrate`: a vendor page under 20 ms, and the
//! blast radius as fast as on a register file once the data map is loaded. The move's own time
//! is printed.

mod common;

use std::path::PathBuf;
use std::time::Instant;

use common::{EDGES, FLOWS, VENDORS, synthetic_register};
use criterion::{Criterion, criterion_group, criterion_main};
use vendor_risk_core::Register;
use vendor_risk_core::ids::VendorId;
use vendor_risk_core::store::test_server::OwnServer;
use vendor_risk_core::vendor::{LifecycleStatus, SortDirection, VendorQuery, VendorSortKey};

fn team_register(c: &mut Criterion) {
    let file = PathBuf::from(synthetic_register().info().path.expect("a file"));
    let server = OwnServer::start();
    let address = PathBuf::from(server.fresh_database(&common::options().actor.name));
    let started = Instant::now();
    let team = Register::migrate_to_team(&file, common::options(), &address).expect("migrate");
    println!("team migrate (10,000 vendors, 200,000 flows, 50,000 edges, verified): {:.1?}", started.elapsed());

    let map = team.data_map_snapshot().expect("snapshot");
    assert_eq!((map.vendors.len(), map.flows.len(), map.edges.len()), (VENDORS, FLOWS, EDGES));
    let date = chrono::NaiveDate::from_ymd_opt(2026, 6, 1).expect("date");
    let degree = |v: usize| map.in_edges(v, date).count() + map.out_edges(v, date).count();
    let hub = map.vendors[(0..map.vendors.len()).max_by_key(|v| degree(*v)).expect("a vendor")].id;

    let mut group = c.benchmark_group("team register on PostgreSQL: 10,000 vendors");
    group.sample_size(30);
    group.bench_function("vendor page of 100 (name asc)", |b| {
        b.iter(|| team.list_vendors(&VendorQuery::default()).expect("page"))
    });
    let filtered = VendorQuery {
        statuses: vec![LifecycleStatus::Active],
        sort: VendorSortKey::Renewal,
        direction: SortDirection::Desc,
        search: "cloud".into(),
        ..VendorQuery::default()
    };
    group.bench_function("vendor page of 100 (status filter, search, sort renewal desc)", |b| {
        b.iter(|| team.list_vendors(&filtered).expect("page"))
    });
    group.bench_function("first vendor page after a change (reload 10,000 rows)", |b| {
        b.iter_batched(
            || team.archive_vendor(VendorId(1)).and_then(|_| team.restore_vendor(VendorId(1))).expect("change"),
            |_| team.list_vendors(&VendorQuery::default()).expect("page"),
            criterion::BatchSize::PerIteration,
        )
    });
    group.bench_function("vendor record (the vendor page's header)", |b| b.iter(|| team.vendor(hub).expect("vendor")));
    group.bench_function("blast radius of the most-connected vendor (data map loaded)", |b| {
        b.iter(|| team.blast_radius(hub, Some(date), "").expect("radius"))
    });
    group.bench_function("first blast radius after a change", |b| {
        b.iter_batched(
            || team.archive_vendor(VendorId(2)).and_then(|_| team.restore_vendor(VendorId(2))).expect("change"),
            |_| team.blast_radius(hub, Some(date), "").expect("radius"),
            criterion::BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, team_register);
criterion_main!(benches);
