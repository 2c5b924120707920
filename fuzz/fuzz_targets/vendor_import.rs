//! Any bytes as a vendor spreadsheet (CSV or XLSX): a preview or a clear error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vendor_risk_core::{Register, RegisterOptions};

thread_local! {
    static REGISTER: Register = Register::in_memory(RegisterOptions::default()).expect("register");
}

fuzz_target!(|data: &[u8]| {
    REGISTER.with(|register| {
        let _ = register.preview_vendor_import(data, None);
    });
});
