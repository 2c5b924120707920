//! Speed targets (issue: reports, import and exports): the register report for 1,000 vendors
//! under 1 s and for 10,000 under 10 s (memory: `benches/report_memory.rs`); importing 10,000
//! vendors from a spreadsheet under 1 s. And (issue: concurrent store) a vendor page read while
//! a 10,000-vendor report is being rendered on another thread: ≤ 50 ms, beside the same page
//! read on an idle register.

mod common;

use common::{options, synthetic_register};
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use vendor_risk_core::export::to_csv;
use vendor_risk_core::report::ReportRequest;
use vendor_risk_core::{Register, sample};

fn small_register() -> Register {
    let register = Register::in_memory(options()).expect("register");
    register.create_vendors(&sample::synthetic_vendors(1_000, 7)).expect("vendors");
    sample::synthetic_data_map(&register, 20_000, 5_000, 7).expect("data map");
    register
}

fn reports(c: &mut Criterion) {
    let small = small_register();
    let large = synthetic_register();
    let mut group = c.benchmark_group("register report");
    group.sample_size(10);
    group.bench_function("1,000 vendors", |b| b.iter(|| small.render_report(ReportRequest::Register).expect("report")));
    group
        .bench_function("10,000 vendors", |b| b.iter(|| large.render_report(ReportRequest::Register).expect("report")));
    group.finish();

    let vendors = sample::synthetic_vendors(10_000, 11);
    let registered = Register::in_memory(options()).expect("register");
    registered.create_vendors(&vendors).expect("vendors");
    let csv = to_csv(&registered.vendor_sheet().expect("sheet")).expect("csv");
    let mut group = c.benchmark_group("vendor import, 10,000 rows");
    group.sample_size(10);
    group.bench_function("preview", |b| {
        b.iter_batched(
            || Register::in_memory(options()).expect("register"),
            |target| (target.preview_vendor_import(&csv, None).expect("preview"), target),
            BatchSize::PerIteration,
        )
    });
    group.bench_function("commit", |b| {
        b.iter_batched(
            || {
                let target = Register::in_memory(options()).expect("register");
                let options = target.preview_vendor_import(&csv, None).expect("preview").options;
                (target, options)
            },
            |(target, options)| {
                let done = target.commit_vendor_import(&csv, &options, None).expect("commit");
                assert_eq!(done.create, 10_000);
                target // dropped by criterion, outside the timing
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

/// What the vendor page reads: the vendor, its flows, its edges and its risk.
fn vendor_page(register: &Register, id: vendor_risk_core::ids::VendorId) {
    register.vendor(id).expect("vendor");
    register.flows(Some(id)).expect("flows");
    register.edges(Some(id)).expect("edges");
    register.vendor_risk(id).expect("risk");
}

fn reading_while_a_report_renders(c: &mut Criterion) {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    let register = Arc::new(synthetic_register());
    let id = vendor_risk_core::ids::VendorId(4_242);
    vendor_page(&register, id);
    let mut group = c.benchmark_group("vendor page, 10,000 vendors");
    group.sample_size(30);
    group.bench_function("idle register", |b| b.iter(|| vendor_page(&register, id)));
    let stop = Arc::new(AtomicBool::new(false));
    let rendered = Arc::new(AtomicUsize::new(0));
    let renderer = {
        let (register, stop, rendered) = (register.clone(), stop.clone(), rendered.clone());
        std::thread::spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                register.render_report(ReportRequest::Register).expect("report");
                rendered.fetch_add(1, Ordering::Relaxed);
            }
        })
    };
    group.bench_function("while a 10,000-vendor register report renders", |b| b.iter(|| vendor_page(&register, id)));
    stop.store(true, Ordering::Relaxed);
    renderer.join().expect("renderer");
    println!("reports rendered meanwhile: {}", rendered.load(Ordering::Relaxed));
    group.finish();
}

criterion_group!(benches, reports, reading_while_a_report_renders);
criterion_main!(benches);
