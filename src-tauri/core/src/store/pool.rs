//! Where a store's connections live between transactions, and how a transaction's connection
//! is pinned to its thread while it runs.
//!
//! A file-backed store has one writer connection and up to [`READERS`] read-only connections,
//! opened when first needed. A transaction takes a connection out of its slot and pins it to
//! the running thread: a read started on that thread while the transaction runs joins it (so a
//! use case made of several reads sees one state of the register, and a read inside a write
//! sees the write's own changes). The connection goes back to its slot when the transaction
//! ends, whatever the outcome.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::{Condvar, Mutex, MutexGuard};

use rusqlite::Connection;

use super::db::Conn;
use super::postgres::PgSession;
use crate::error::{CoreError, Result};

/// A transaction's connection: a SQLite connection, or a session on a team register's server.
pub(crate) enum Session {
    Sqlite(Connection),
    Postgres(PgSession),
}

impl Session {
    /// The connection the table functions talk to.
    pub(crate) fn conn(&self) -> Conn<'_> {
        match self {
            Session::Sqlite(conn) => Conn::Sqlite(conn),
            Session::Postgres(session) => Conn::Postgres(session),
        }
    }
}

/// The most read-only connections a file-backed store keeps open.
pub(crate) const READERS: usize = 4;

/// What a pinned connection is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pinned {
    Reading,
    Writing,
}

thread_local! {
    /// The transactions this thread is running: store id, connection, what it does.
    static PINS: RefCell<Vec<(u64, Rc<Session>, Pinned)>> = const { RefCell::new(Vec::new()) };
}

/// The connection of the transaction this thread runs on store `store`, if any.
pub(crate) fn pinned(store: u64) -> Option<(Rc<Session>, Pinned)> {
    PINS.with(|pins| pins.borrow().iter().find(|(id, _, _)| *id == store).map(|(_, c, p)| (Rc::clone(c), *p)))
}

/// Read-only connections, opened on demand.
pub(crate) struct ReaderPool {
    state: Mutex<PoolState>,
    returned: Condvar,
}

#[derive(Default)]
struct PoolState {
    idle: Vec<Connection>,
    open: usize,
}

impl ReaderPool {
    pub(crate) fn new() -> Self {
        ReaderPool { state: Mutex::new(PoolState::default()), returned: Condvar::new() }
    }

    fn lock(&self) -> MutexGuard<'_, PoolState> {
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// An idle connection, a new one from `open` while fewer than [`READERS`] exist, or the
    /// next one returned.
    pub(crate) fn take(&self, open: impl FnOnce() -> Result<Connection>) -> Result<Connection> {
        let mut state = self.lock();
        loop {
            if let Some(conn) = state.idle.pop() {
                return Ok(conn);
            }
            if state.open < READERS {
                state.open += 1;
                drop(state);
                return open().inspect_err(|_| self.forget());
            }
            state = self.returned.wait(state).unwrap_or_else(|poisoned| poisoned.into_inner());
        }
    }

    fn give_back(&self, conn: Connection) {
        self.lock().idle.push(conn);
        self.returned.notify_one();
    }

    /// A connection that will not come back (it failed to open, or was lost).
    fn forget(&self) {
        self.lock().open -= 1;
        self.returned.notify_one();
    }
}

/// Where a pinned connection goes back to.
pub(crate) enum Home<'s> {
    /// The writer slot, held locked for the whole transaction: one writer at a time.
    Writer(MutexGuard<'s, Option<Connection>>),
    Readers(&'s ReaderPool),
    /// A server session goes back to the driver's pool when dropped.
    Server,
}

/// A connection taken out of its slot and pinned to this thread; unpinned and put back on drop.
pub(crate) struct Pin<'s> {
    store: u64,
    conn: Option<Rc<Session>>,
    home: Option<Home<'s>>,
}

impl<'s> Pin<'s> {
    /// Takes the writer connection out of its locked slot.
    pub(crate) fn writer(store: u64, mut slot: MutexGuard<'s, Option<Connection>>, how: Pinned) -> Result<Pin<'s>> {
        let conn = slot.take().ok_or_else(|| CoreError::Internal("the register's connection was lost".into()))?;
        Ok(Pin::new(store, Session::Sqlite(conn), Home::Writer(slot), how))
    }

    /// Pins a connection taken from the reader pool.
    pub(crate) fn reader(store: u64, pool: &'s ReaderPool, conn: Connection) -> Pin<'s> {
        Pin::new(store, Session::Sqlite(conn), Home::Readers(pool), Pinned::Reading)
    }

    /// Pins a session on a team register's server.
    pub(crate) fn server(store: u64, session: Session, how: Pinned) -> Pin<'s> {
        Pin::new(store, session, Home::Server, how)
    }

    fn new(store: u64, session: Session, home: Home<'s>, how: Pinned) -> Pin<'s> {
        let session = Rc::new(session);
        PINS.with(|pins| pins.borrow_mut().push((store, Rc::clone(&session), how)));
        Pin { store, conn: Some(session), home: Some(home) }
    }

    /// The pinned session.
    pub(crate) fn session(&self) -> &Session {
        self.conn.as_deref().expect("a pin holds its connection until dropped")
    }

    /// The pinned SQLite connection; an internal error on a team register.
    pub(crate) fn sqlite(&self) -> Result<&Connection> {
        match self.session() {
            Session::Sqlite(conn) => Ok(conn),
            Session::Postgres(_) => Err(CoreError::Internal("a file operation on a team register".into())),
        }
    }

    /// The pinned server session; an error on a register file.
    pub(crate) fn postgres(&self) -> Result<&PgSession> {
        match self.session() {
            Session::Postgres(session) => Ok(session),
            Session::Sqlite(_) => Err(CoreError::Internal("a server operation on a register file".into())),
        }
    }
}

impl Drop for Pin<'_> {
    fn drop(&mut self) {
        let Some(conn) = self.conn.take() else { return };
        PINS.with(|pins| {
            pins.borrow_mut().retain(|(id, c, _)| !(*id == self.store && Rc::ptr_eq(c, &conn)));
        });
        let conn = Rc::try_unwrap(conn).ok();
        match (self.home.take(), conn) {
            (Some(Home::Writer(mut slot)), Some(Session::Sqlite(conn))) => *slot = Some(conn),
            (Some(Home::Readers(pool)), Some(Session::Sqlite(conn))) => pool.give_back(conn),
            (Some(Home::Readers(pool)), _) => pool.forget(),
            _ => {}
        }
    }
}
