//! Speed target (issue: data map and blast radius): on a synthetic register of 10,000 vendors,
//! 200,000 flows and 50,000 vendor-to-vendor edges, the blast radius of the most-connected
//! vendor takes under 20 ms median in the core. Reported next to the bare walk over the same
//! edges (the lower bound) and, for context, SQLite's recursive-CTE closure.

mod common;

use common::{EDGES, FLOWS, VENDORS, synthetic_register};
use criterion::{Criterion, criterion_group, criterion_main};

fn blast_radius(c: &mut Criterion) {
    let register = synthetic_register();
    let map = register.data_map_snapshot().expect("snapshot");
    assert_eq!((map.vendors.len(), map.flows.len(), map.edges.len()), (VENDORS, FLOWS, EDGES));
    let date = chrono::NaiveDate::from_ymd_opt(2026, 6, 1).expect("date");
    let degree = |v: usize| map.in_edges(v, date).count() + map.out_edges(v, date).count();
    let hub = (0..map.vendors.len()).max_by_key(|v| degree(*v)).expect("a vendor");
    let hub_id = map.vendors[hub].id;
    let radius = register.blast_radius(hub_id, Some(date), "").expect("radius");
    println!(
        "most-connected vendor: {} (degree {}): {} upstream vendors with our data, {} downstream, {} categories exposed",
        map.vendors[hub].name,
        degree(hub),
        radius.indirect_total,
        radius.downstream_total,
        radius.exposed_categories.len()
    );

    let mut group = c.benchmark_group("10,000 vendors, 200,000 flows, 50,000 edges");
    group.sample_size(30);
    group.bench_function("blast radius of the most-connected vendor", |b| {
        b.iter(|| register.blast_radius(hub_id, Some(date), "").expect("radius"))
    });
    group.bench_function("bare walk over the same edges (both directions, in memory)", |b| {
        b.iter(|| {
            let mut seen = vec![false; map.vendors.len()];
            let mut queue = std::collections::VecDeque::from([hub]);
            seen[hub] = true;
            while let Some(v) = queue.pop_front() {
                for next in map.in_edges(v, date).map(|e| e.from).chain(map.out_edges(v, date).map(|e| e.to)) {
                    if !seen[next] {
                        seen[next] = true;
                        queue.push_back(next);
                    }
                }
            }
            seen.iter().filter(|s| **s).count()
        })
    });
    let db = register.info().path.expect("file");
    let conn = rusqlite::Connection::open(db).expect("sqlite");
    let cte = "WITH RECURSIVE up(id) AS (SELECT ?1 UNION SELECT e.from_vendor_id FROM vendor_edges e JOIN up ON e.to_vendor_id = up.id) \
               SELECT count(*) FROM up";
    group.bench_function("SQLite recursive CTE over the same edges (upstream closure)", |b| {
        b.iter(|| conn.query_row(cte, [hub_id.0], |r| r.get::<_, i64>(0)).expect("cte"))
    });
    group.bench_function("first blast radius after a change (reload snapshot)", |b| {
        b.iter_batched(
            || {
                register
                    .archive_vendor(vendor_risk_core::ids::VendorId(1))
                    .and_then(|_| register.restore_vendor(vendor_risk_core::ids::VendorId(1)))
                    .expect("change")
            },
            |_| register.blast_radius(hub_id, Some(date), "").expect("radius"),
            criterion::BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, blast_radius);
criterion_main!(benches);
