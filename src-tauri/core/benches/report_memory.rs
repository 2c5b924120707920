//! Memory target (issue: reports): the register report for 10,000 vendors with peak memory
//! under 300 MB. Counts heap bytes with a counting allocator (the register's SQLite page cache
//! and memory map are file cache, not heap) and prints the peak; not a criterion benchmark, so
//! the counting does not slow the timed ones.

mod common;

use common::synthetic_register;
use peak_alloc::PeakAlloc;
use vendor_risk_core::report::ReportRequest;

#[global_allocator]
static HEAP: PeakAlloc = PeakAlloc;

fn main() {
    let register = synthetic_register();
    register.risk_book().expect("risk book");
    let before = HEAP.current_usage_as_mb();
    HEAP.reset_peak_usage();
    let report = register.render_report(ReportRequest::Register).expect("report");
    let peak = HEAP.peak_usage_as_mb();
    println!(
        "10,000-vendor register report: {} pages, {} KB; heap {before:.0} MB before (register, data map, risk book), \
         peak {peak:.0} MB while rendering (+{:.0} MB)",
        report.pages,
        report.pdf.len() / 1024,
        peak - before
    );
}
