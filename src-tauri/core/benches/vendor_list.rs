//! Speed target (issue: vendor register): one page of the vendor list (filtered, sorted,
//! 100 rows) in a 10,000-vendor register takes under 5 ms median in the core.

use std::sync::Arc;

use criterion::{Criterion, criterion_group, criterion_main};
use vendor_risk_core::clock::FixedClock;
use vendor_risk_core::vendor::{LifecycleStatus, SortDirection, VendorCategory, VendorQuery, VendorSortKey};
use vendor_risk_core::{Actor, Register, RegisterOptions, Role, sample};

fn register_with(count: usize, dir: &std::path::Path) -> Register {
    let options = RegisterOptions {
        actor: Actor { name: "bench".into(), role: Role::Compliance },
        clock: Arc::new(FixedClock(chrono::DateTime::from_timestamp(1_780_000_000, 0).expect("time"))),
        passphrase: None,
        ..RegisterOptions::default()
    };
    let register = Register::create(&dir.join("bench.sqlite"), options).expect("register");
    register.create_vendors(&sample::synthetic_vendors(count, 42)).expect("synthetic vendors");
    register
}

fn vendor_list(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let register = register_with(10_000, dir.path());
    let cases = [
        ("default page (name asc)", VendorQuery::default()),
        (
            "status+category filter, sort renewal desc",
            VendorQuery {
                statuses: vec![LifecycleStatus::Active, LifecycleStatus::Onboarding],
                categories: vec![VendorCategory::Analytics, VendorCategory::CloudHosting, VendorCategory::Payments],
                sort: VendorSortKey::Renewal,
                direction: SortDirection::Desc,
                ..VendorQuery::default()
            },
        ),
        (
            "name search, sort annual spend desc",
            VendorQuery {
                search: "cloud".into(),
                sort: VendorSortKey::AnnualSpend,
                direction: SortDirection::Desc,
                ..VendorQuery::default()
            },
        ),
        (
            "deep page (offset 9,000), sort services",
            VendorQuery { offset: 9_000, sort: VendorSortKey::Services, ..VendorQuery::default() },
        ),
    ];
    let mut group = c.benchmark_group("vendor list page of 100 in 10,000 vendors");
    for (name, query) in cases {
        assert!(!register.list_vendors(&query).expect("page").items.is_empty(), "{name} returns rows");
        group.bench_function(name, |b| b.iter(|| register.list_vendors(&query).expect("page")));
    }
    // The first page after the register changed reloads the rows from SQLite.
    let reload = VendorQuery::default();
    group.bench_function("first page after a change (reload 10,000 rows)", |b| {
        b.iter_batched(
            || {
                register
                    .archive_vendor(vendor_risk_core::ids::VendorId(1))
                    .and_then(|_| register.restore_vendor(vendor_risk_core::ids::VendorId(1)))
                    .expect("change")
            },
            |_| register.list_vendors(&reload).expect("page"),
            criterion::BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, vendor_list);
criterion_main!(benches);
