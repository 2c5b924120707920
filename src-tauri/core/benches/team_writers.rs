//! Targets (issue: team register on PostgreSQL), on a local server of the bench's own (Unix
//! socket, fsync on): 20 people writing at once, 500 changes each, each with a register of
//! their own (their own connections): all 10,000 present, the audit chain intact, and the
//! throughput printed. Then the same load with the server stopped abruptly
//! (`pg_ctl stop -m immediate`) half way and started again: every change the server
//! acknowledged is present and the chain is intact. One timed run each, printed; no
//! statistics (the figure is a throughput, not a latency).

// Only its options: the synthetic register is the other benches'.
#[allow(dead_code)]
mod common;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, mpsc};
use std::time::Instant;

use vendor_risk_core::Register;
use vendor_risk_core::store::test_server::OwnServer;
use vendor_risk_core::vendor::{VendorDraft, VendorQuery};

const WRITERS: usize = 20;
const CHANGES: usize = 500;

/// Runs the writers until each made `CHANGES` changes or the server went away; the names the
/// server acknowledged. `progress` hears of each acknowledged change.
fn write_at_once(address: &Path, progress: Option<mpsc::Sender<()>>) -> Vec<String> {
    let acknowledged = Arc::new(Mutex::new(Vec::with_capacity(WRITERS * CHANGES)));
    let writers: Vec<_> = (0..WRITERS)
        .map(|writer| {
            let (address, acknowledged, progress) =
                (address.to_path_buf(), Arc::clone(&acknowledged), progress.clone());
            std::thread::spawn(move || {
                let register = Register::open(&address, common::options()).expect("open");
                for n in 0..CHANGES {
                    let name = format!("Writer {writer:02} change {n:03}");
                    if register.create_vendor(&VendorDraft::named(&name)).is_err() {
                        return;
                    }
                    acknowledged.lock().expect("lock").push(name);
                    if let Some(progress) = &progress {
                        let _ = progress.send(());
                    }
                }
            })
        })
        .collect();
    drop(progress);
    for writer in writers {
        writer.join().expect("writer");
    }
    Arc::try_unwrap(acknowledged).expect("writers done").into_inner().expect("lock")
}

/// The vendor names in the register, and whether its audit chain verifies.
fn present(address: &Path) -> (HashSet<String>, bool) {
    let register = Register::open(address, common::options()).expect("open");
    let mut names = HashSet::new();
    loop {
        let query = VendorQuery { limit: VendorQuery::MAX_LIMIT, offset: names.len() as u64, ..VendorQuery::default() };
        let page = register.list_vendors(&query).expect("page");
        names.extend(page.items.into_iter().map(|v| v.name));
        if names.len() as u64 >= page.total {
            break;
        }
    }
    (names, register.verify_audit().expect("verify").intact)
}

fn fresh_register(server: &OwnServer) -> PathBuf {
    let address = PathBuf::from(server.fresh_database(&common::options().actor.name));
    drop(Register::create(&address, common::options()).expect("create"));
    address
}

fn main() {
    let server = OwnServer::start();

    let address = fresh_register(&server);
    let started = Instant::now();
    let acknowledged = write_at_once(&address, None);
    let elapsed = started.elapsed();
    let (names, intact) = present(&address);
    assert_eq!(acknowledged.len(), WRITERS * CHANGES, "every change acknowledged");
    assert!(acknowledged.iter().all(|n| names.contains(n)), "every change present");
    assert!(intact, "the audit chain verifies");
    println!(
        "{WRITERS} writers x {CHANGES} changes: {} changes in {elapsed:.2?}, {:.0} changes/s; all present, chain intact",
        acknowledged.len(),
        acknowledged.len() as f64 / elapsed.as_secs_f64()
    );

    let address = fresh_register(&server);
    let (progress, progressed) = mpsc::channel();
    let load = {
        let address = address.clone();
        std::thread::spawn(move || write_at_once(&address, Some(progress)))
    };
    for _ in 0..WRITERS * CHANGES / 2 {
        progressed.recv().expect("acknowledged changes");
    }
    server.stop_immediately();
    let acknowledged = load.join().expect("load");
    server.restart();
    let (names, intact) = present(&address);
    let lost = acknowledged.iter().filter(|n| !names.contains(*n)).count();
    assert_eq!(lost, 0, "an acknowledged change was lost");
    assert!(intact, "the audit chain verifies after the crash");
    println!(
        "stopped abruptly after {} acknowledged changes (pg_ctl stop -m immediate), restarted: all {} present, chain intact",
        WRITERS * CHANGES / 2,
        acknowledged.len()
    );
}
