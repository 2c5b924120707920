//! The synthetic register the benchmarks share: 10,000 vendors, 200,000 flows and 50,000
//! vendor-to-vendor edges. It takes a while to write, so it is kept in `target/bench-data/`
//! and reused while the generator parameters and the schema version stay the same.

use std::path::PathBuf;
use std::sync::Arc;

use vendor_risk_core::clock::FixedClock;
use vendor_risk_core::{Actor, Register, RegisterOptions, Role, sample};

pub const VENDORS: usize = 10_000;
pub const FLOWS: usize = 200_000;
pub const EDGES: usize = 50_000;

pub fn options() -> RegisterOptions {
    RegisterOptions {
        actor: Actor { name: "bench".into(), role: Role::Compliance },
        clock: Arc::new(FixedClock(chrono::DateTime::from_timestamp(1_780_000_000, 0).expect("time"))),
        passphrase: None,
        ..RegisterOptions::default()
    }
}

pub fn synthetic_register() -> Register {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/bench-data");
    std::fs::create_dir_all(&dir).expect("bench dir");
    let path =
        dir.join(format!("synthetic-v{VENDORS}-f{FLOWS}-e{EDGES}-s{}.sqlite", vendor_risk_core::store::LATEST_VERSION));
    if let Ok(register) = Register::open(&path, options()) {
        return register;
    }
    // Built under a temporary name and renamed when complete, so a failed build is not reused.
    let partial = path.with_extension("partial");
    let _ = std::fs::remove_file(&partial);
    let register = Register::create(&partial, options()).expect("register");
    register.create_vendors(&sample::synthetic_vendors(VENDORS, 42)).expect("vendors");
    sample::synthetic_data_map(&register, FLOWS, EDGES, 42).expect("data map");
    drop(register);
    std::fs::rename(&partial, &path).expect("rename");
    Register::open(&path, options()).expect("register")
}
