//! The window's state: the open register, if any, what watches it for other people's changes,
//! the long work running on it, and the file the user last picked (held here so the web view never handles file paths or bytes).
//!
//! The register is shared (`Arc<Register>`, which is `Send + Sync`): a command takes its own
//! handle and lets go of the lock at once, so a report being laid out, a backup being copied or
//! the chain being verified never makes another screen wait. The lock is held only to swap the
//! register (open, close, restore).

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, RwLock};
use std::time::{Duration, Instant};

use serde::Serialize;

use vendor_risk_core::Register;
use vendor_risk_core::register::Watch;
use vendor_risk_core::work::Cancel;

use crate::ipc_error::{IpcError, IpcResult};

/// How long closing a register for a restore or a passphrase change waits for the work still
/// using it to stop after being cancelled.
const CLOSE_WAIT: Duration = Duration::from_secs(30);

/// Managed by Tauri; commands reach the register through [`AppState::register`].
#[derive(Default)]
pub struct AppState {
    register: RwLock<Option<Arc<Register>>>,
    staged: Mutex<Option<(StagedFile, Vec<u8>)>>,
    next_token: AtomicU64,
    /// Files written by exports this session: the only ones `export_open` opens.
    exports: Mutex<Vec<std::path::PathBuf>>,
    /// The certificate authority file picked for the next team register connection.
    ca: Mutex<Option<std::path::PathBuf>>,
    /// An encrypted register the user chose, waiting for its passphrase.
    locked: Mutex<Option<std::path::PathBuf>>,
    /// Whether the last register was reopened at start already (only the first start does).
    resumed: AtomicBool,
    /// What hears other people's changes to the open register (and its server going away).
    watch: Mutex<Option<Watch>>,
    /// Long work running now, by id: what cancels it.
    work: Mutex<HashMap<u64, Cancel>>,
    next_work: AtomicU64,
}

/// A file picked with the system dialog and held for the next command.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct StagedFile {
    /// Names this pick; a command given an older token is refused.
    pub token: u64,
    pub name: String,
    pub size: u64,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl AppState {
    /// The open register: a handle of the caller's own, valid while it runs.
    pub fn register(&self) -> IpcResult<Arc<Register>> {
        let guard = self.register.read().unwrap_or_else(|poisoned| poisoned.into_inner());
        guard.clone().ok_or_else(IpcError::no_register)
    }

    /// Runs `f` on the open register.
    pub fn with_register<T>(
        &self,
        f: impl FnOnce(&Register) -> Result<T, vendor_risk_core::CoreError>,
    ) -> IpcResult<T> {
        let register = self.register()?;
        Ok(f(&register)?)
    }

    /// Replaces the open register. The previous one closes once the work still holding it ends;
    /// its watch stops at once.
    pub fn replace(&self, register: Option<Register>) {
        drop(lock(&self.watch).take());
        *self.register.write().unwrap_or_else(|poisoned| poisoned.into_inner()) = register.map(Arc::new);
    }

    /// Keeps the open register's watch (until the register is replaced).
    pub fn keep_watch(&self, watch: Watch) {
        *lock(&self.watch) = Some(watch);
    }

    /// Closes the open register for good before its file is replaced (a restore, a passphrase
    /// change): cancels the work running on it and waits until nothing holds it. If something
    /// still does after a while, the register stays open and the caller is told it is busy.
    pub fn close_exclusively(&self) -> IpcResult<()> {
        let taken = self.register.write().unwrap_or_else(|poisoned| poisoned.into_inner()).take();
        let Some(mut register) = taken else { return Ok(()) };
        self.cancel_all_work();
        let started = Instant::now();
        loop {
            match Arc::try_unwrap(register) {
                Ok(last) => {
                    drop(last);
                    return Ok(());
                }
                Err(shared) if started.elapsed() < CLOSE_WAIT => {
                    register = shared;
                    std::thread::sleep(Duration::from_millis(20));
                }
                Err(shared) => {
                    *self.register.write().unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(shared);
                    return Err(IpcError::busy());
                }
            }
        }
    }

    /// Holds the certificate authority file picked for the next team connection.
    pub fn hold_ca(&self, path: Option<std::path::PathBuf>) {
        *lock(&self.ca) = path;
    }

    /// The certificate authority file picked last, if any.
    pub fn held_ca(&self) -> Option<std::path::PathBuf> {
        lock(&self.ca).clone()
    }

    /// Registers a piece of long work; returns its id and what cancels it.
    pub fn start_work(&self) -> (u64, Cancel) {
        let id = self.next_work.fetch_add(1, Ordering::Relaxed) + 1;
        let cancel = Cancel::default();
        lock(&self.work).insert(id, cancel.clone());
        (id, cancel)
    }

    /// Forgets finished work.
    pub fn end_work(&self, id: u64) {
        lock(&self.work).remove(&id);
    }

    /// Cancels the work `id`; false when it is not running (any more).
    pub fn cancel_work(&self, id: u64) -> bool {
        lock(&self.work).get(&id).map(Cancel::cancel).is_some()
    }

    fn cancel_all_work(&self) {
        lock(&self.work).values().for_each(Cancel::cancel);
    }

    /// Holds a picked file's bytes until a command uses them.
    pub fn stage(&self, name: String, bytes: Vec<u8>) -> StagedFile {
        let token = self.next_token.fetch_add(1, Ordering::Relaxed) + 1;
        let file = StagedFile { token, name, size: bytes.len() as u64 };
        *lock(&self.staged) = Some((file.clone(), bytes));
        file
    }

    /// The staged file's name and bytes, if `token` is the latest pick.
    pub fn staged(&self, token: u64) -> IpcResult<(String, Vec<u8>)> {
        match lock(&self.staged).as_ref() {
            Some((file, bytes)) if file.token == token => Ok((file.name.clone(), bytes.clone())),
            _ => Err(IpcError::stale_file()),
        }
    }

    /// Notes a file an export wrote.
    pub fn remember_export(&self, path: std::path::PathBuf) {
        lock(&self.exports).push(path);
    }

    /// Whether an export wrote `path` this session.
    pub fn exported(&self, path: &std::path::Path) -> bool {
        lock(&self.exports).iter().any(|p| p == path)
    }

    /// Holds the encrypted register at `path` until its passphrase is given.
    pub fn hold_locked(&self, path: Option<std::path::PathBuf>) {
        *lock(&self.locked) = path;
    }

    /// The encrypted register waiting for its passphrase, if any.
    pub fn locked(&self) -> Option<std::path::PathBuf> {
        lock(&self.locked).clone()
    }

    /// True the first time only: the app reopens the last register once, at start.
    pub fn first_resume(&self) -> bool {
        !self.resumed.swap(true, Ordering::Relaxed)
    }
}
