//! Any bytes as a JSON backup: accepted as a backup of this schema or refused with a clear
//! error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vendor_risk_core::export::backup::parse;
use vendor_risk_core::store::LATEST_VERSION;

fuzz_target!(|data: &[u8]| {
    let _ = parse(data, LATEST_VERSION);
});
