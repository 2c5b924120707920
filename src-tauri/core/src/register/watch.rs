//! Hearing changes made elsewhere (another person on a team register, the CLI on the same
//! file) so screens can refresh, and whether a team register's server can be reached. A team
//! register hears its server's change notices as they commit; a register file is checked once
//! a second for a new audit entry (every change appends one).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, mpsc};
use std::time::Duration;

use serde::Serialize;

use super::Register;
use crate::store::listen::{Heard, Listening, listen};

/// How often a register file is checked for changes other programs made.
const FILE_CHECK: Duration = Duration::from_secs(1);

/// What a watched register reports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum RegisterEvent {
    /// Someone changed the register: what was read from it may be out of date.
    Changed,
    /// The team register's server cannot be reached (why); changes are refused until it is
    /// back, and the app reconnects by itself.
    Offline { reason: String },
    /// Listening to the team register's server: at first, and again after it was offline
    /// (then followed by `Changed`: changes made meanwhile were not heard one by one).
    Online,
}

/// Watches the register while held (what it holds stops when dropped).
pub struct Watch {
    _server: Option<Listening>,
    _file: Option<FileCheck>,
}

/// The thread checking a register file; dropping it stops the thread and waits for it.
struct FileCheck {
    stop: Option<mpsc::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Drop for FileCheck {
    fn drop(&mut self) {
        drop(self.stop.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Register {
    /// Calls `on_event` (on a thread of the register's own) whenever someone changes the
    /// register, and when a team register's server goes away or comes back, until the returned
    /// [`Watch`] is dropped. The register's own changes are reported too.
    pub fn watch(self: &Arc<Self>, on_event: impl Fn(RegisterEvent) + Send + Sync + 'static) -> Watch {
        match self.store.server() {
            Some(server) => {
                let offline = AtomicBool::new(false);
                let listening = listen(&server.pool, move |heard| match heard {
                    Heard::Connected => {
                        on_event(RegisterEvent::Online);
                        if offline.swap(false, Ordering::SeqCst) {
                            on_event(RegisterEvent::Changed);
                        }
                    }
                    Heard::Change => on_event(RegisterEvent::Changed),
                    Heard::Lost(reason) => {
                        if !offline.swap(true, Ordering::SeqCst) {
                            on_event(RegisterEvent::Offline { reason });
                        }
                    }
                });
                Watch { _server: Some(listening), _file: None }
            }
            None => {
                // Changes from now on count: the newest entry is read before this returns.
                let head = self.store.read(|r| r.audit_head_seq()).ok();
                Watch { _server: None, _file: Some(check_file(Arc::downgrade(self), head, on_event)) }
            }
        }
    }
}

/// Checks the register's newest audit entry once a second while the register is open.
fn check_file(
    register: std::sync::Weak<Register>,
    mut last: Option<i64>,
    on_event: impl Fn(RegisterEvent) + Send + 'static,
) -> FileCheck {
    let (stop, stopped) = mpsc::channel::<()>();
    let thread = std::thread::Builder::new().name("vrr-watch".into()).spawn(move || {
        while stopped.recv_timeout(FILE_CHECK) == Err(mpsc::RecvTimeoutError::Timeout) {
            let Some(register) = register.upgrade() else { return };
            let head = register.store.read(|r| r.audit_head_seq());
            drop(register);
            if let Ok(head) = head {
                if last.is_some_and(|seen| seen != head) {
                    on_event(RegisterEvent::Changed);
                }
                last = Some(head);
            }
        }
    });
    FileCheck { stop: Some(stop), thread: thread.ok() }
}
