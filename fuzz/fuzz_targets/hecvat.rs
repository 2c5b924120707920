//! Any bytes as a vendor's filled HECVAT: previewed or refused with a clear error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vendor_risk_core::vendor::VendorDraft;
use vendor_risk_core::{Register, RegisterOptions};

thread_local! {
    static REGISTER: (Register, vendor_risk_core::ids::VendorId) = {
        let register = Register::in_memory(RegisterOptions::default()).expect("an in-memory register");
        let vendor = register.create_vendor(&VendorDraft::named("Fuzz")).expect("a vendor").id;
        (register, vendor)
    };
}

fuzz_target!(|data: &[u8]| {
    REGISTER.with(|(register, vendor)| {
        let _ = register.import_hecvat(*vendor, data, false);
    });
});
