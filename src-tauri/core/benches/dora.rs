//! Speed target (issue: DORA Register of Information): a register with 2,000 ICT providers and
//! 5,000 contractual arrangements is built into its package, checked as a supervisor would and
//! zipped in at most 1 s. The register is kept in `target/bench-data/` between runs.

// Only the shared register options are used here, not the shared synthetic register.
#[allow(dead_code)]
mod common;

use std::path::PathBuf;

use common::options;
use criterion::{Criterion, criterion_group, criterion_main};
use vendor_risk_core::{Register, sample};

const PROVIDERS: usize = 2_000;
const ARRANGEMENTS: usize = 5_000;
const SUBCONTRACTING: usize = 4_000;

fn dora_register() -> Register {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/bench-data");
    std::fs::create_dir_all(&dir).expect("bench dir");
    let name = format!("dora-p{PROVIDERS}-a{ARRANGEMENTS}-s{}.sqlite", vendor_risk_core::store::LATEST_VERSION);
    let path = dir.join(name);
    if let Ok(register) = Register::open(&path, options()) {
        return register;
    }
    let partial = path.with_extension("partial");
    let _ = std::fs::remove_file(&partial);
    let register = Register::create(&partial, options()).expect("register");
    sample::synthetic_dora(&register, PROVIDERS, ARRANGEMENTS, SUBCONTRACTING, 7).expect("RoI");
    drop(register);
    std::fs::rename(&partial, &path).expect("rename");
    Register::open(&path, options()).expect("register")
}

fn dora(c: &mut Criterion) {
    let register = dora_register();
    let ref_date = chrono::NaiveDate::from_ymd_opt(2025, 12, 31).expect("date");
    let package = register.dora_package(ref_date).expect("package");
    let rows: usize = package.readiness.templates.iter().map(|t| t.rows).sum();
    let mut rules = std::collections::BTreeMap::new();
    for p in &package.readiness.problems {
        *rules.entry((p.problem.rule, p.problem.template.clone(), p.problem.column.clone())).or_insert(0) += 1;
    }
    println!("{rows} rows in 15 templates, {} bytes zipped; problems: {rules:?}", package.zip.len());
    let mut group = c.benchmark_group("2,000 providers, 5,000 arrangements");
    group.sample_size(10);
    group.bench_function("build, check and zip the Register of Information", |b| {
        b.iter(|| register.dora_package(ref_date).expect("package"))
    });
    group.finish();
}

criterion_group!(benches, dora);
criterion_main!(benches);
