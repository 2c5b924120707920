//! Any bytes as a vendor's CAIQ v4 workbook: a preview or a clear error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vendor_risk_core::ids::VendorId;
use vendor_risk_core::{Register, RegisterOptions, sample};

thread_local! {
    static REGISTER: (Register, VendorId) = {
        let register = Register::in_memory(RegisterOptions::default()).expect("register");
        sample::write_sample(&register).expect("sample");
        let okta = register.find_vendor("Okta").expect("Okta").id;
        (register, okta)
    };
}

fuzz_target!(|data: &[u8]| {
    REGISTER.with(|(register, vendor)| {
        let _ = register.import_caiq(*vendor, data.to_vec(), false);
    });
});
