//! Any text as a published subprocessor list (markdown table, CSV, TSV): parsed or refused
//! line by line, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vendor_risk_core::import::subprocessors::parse_list;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = parse_list(text);
    }
});
