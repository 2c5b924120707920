//! Speed targets (issue: risk scoring): on the 10,000-vendor synthetic register, recomputing
//! every vendor's risk takes under 200 ms, and the dashboard query under 20 ms.

mod common;

use common::synthetic_register;
use criterion::{Criterion, criterion_group, criterion_main};
use vendor_risk_core::risk::book::RiskBook;

fn risk(c: &mut Criterion) {
    let register = synthetic_register();
    let snapshot = register.data_map_snapshot().expect("snapshot");
    let (inputs, rubric) = register.risk_inputs().expect("inputs");
    let today = register.today();
    let book = RiskBook::build(&snapshot, today, &inputs, &rubric);
    assert_eq!(book.rows.len(), snapshot.vendors.iter().filter(|v| !v.archived).count());
    let dashboard = register.dashboard().expect("dashboard");
    assert_eq!(dashboard.heat_map.iter().map(|c| c.vendors).sum::<u32>(), dashboard.vendors);
    println!(
        "{} vendors on the dashboard; tiers {:?}",
        dashboard.vendors,
        dashboard.tiers.iter().map(|t| t.count).collect::<Vec<_>>()
    );

    let mut group = c.benchmark_group("risk on 10,000 vendors");
    group.sample_size(20);
    group.bench_function("recompute every vendor's risk (stored inputs read + compute)", |b| {
        b.iter(|| {
            let (inputs, rubric) = register.risk_inputs().expect("inputs");
            RiskBook::build(&snapshot, today, &inputs, &rubric)
        })
    });
    group.bench_function("dashboard (risk book cached)", |b| b.iter(|| register.dashboard().expect("dashboard")));
    group.finish();
}

criterion_group!(benches, risk);
criterion_main!(benches);
