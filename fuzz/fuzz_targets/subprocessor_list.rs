//! Any bytes as a published subprocessor list (web page, markdown, CSV, TSV, .xlsx, .ods):
//! parsed or refused with the place named, never a panic. The first byte picks a column choice
//! or a company, so the mapping and company paths are fuzzed too.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vendor_risk_core::import::subprocessors::{ColumnRole, ListOptions, parse_list};

fuzz_target!(|data: &[u8]| {
    let Some((&choice, list)) = data.split_first() else { return };
    let mut options = ListOptions::default();
    match choice % 4 {
        1 => {
            let role = ColumnRole::ALL[usize::from(choice / 4) % ColumnRole::ALL.len()];
            options.mapping.insert("Name".into(), role);
        }
        2 => options.company = Some("Kestrel Cloud".into()),
        _ => {}
    }
    let _ = parse_list(list, &options);
});
