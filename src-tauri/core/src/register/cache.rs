//! Views derived from the whole register (the vendor list, the data map, the risk book), kept
//! between calls and shared by every thread.
//!
//! A view is tagged with the audit entry it reflects: every change appends an entry, so the
//! log's last sequence number names the register's state, whoever made the change (this
//! program, the CLI, another window). A read that finds the log moved on brings the view up
//! to date from the entries since (the records they touched are read again), or rebuilds it.
//! A read inside a write sees changes that may still be rolled back: what it derives is used
//! for that write only, never kept.

use std::sync::{Arc, Mutex, MutexGuard};

use crate::error::Result;
use crate::store::Reader;
use crate::store::audit::Touched;

/// Past this many entries since a view was made, it is rebuilt rather than updated.
const MOST_ENTRIES: usize = 2_000;

/// One derived view and the audit entry it reflects.
pub(super) struct Derived<T> {
    slot: Mutex<Option<(i64, Arc<T>)>>,
}

impl<T> Default for Derived<T> {
    fn default() -> Self {
        Derived { slot: Mutex::new(None) }
    }
}

impl<T> Derived<T> {
    fn lock(&self) -> MutexGuard<'_, Option<(i64, Arc<T>)>> {
        self.slot.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The view as of `r`'s state, rebuilt by `make` whenever the register changed (or
    /// `still_valid` says it is out of date for another reason, e.g. the day changed).
    pub(super) fn rebuilt(
        &self,
        r: &Reader<'_>,
        still_valid: impl Fn(&T) -> bool,
        make: impl FnOnce() -> Result<T>,
    ) -> Result<Arc<T>> {
        let head = r.audit_head_seq()?;
        let mut slot = self.lock();
        if let Some((seq, value)) = slot.as_ref()
            && *seq == head
            && still_valid(value)
        {
            return Ok(Arc::clone(value));
        }
        let value = Arc::new(make()?);
        keep(&mut slot, r, head, &value);
        Ok(value)
    }
}

impl<T: Clone> Derived<T> {
    /// The view as of `r`'s state: kept, updated by `update` with what the entries since it
    /// touched (which returns `false` when it cannot: then `make` rebuilds it), or built.
    pub(super) fn updated(
        &self,
        r: &Reader<'_>,
        make: impl FnOnce() -> Result<T>,
        update: impl FnOnce(&mut T, &[Touched]) -> Result<bool>,
    ) -> Result<Arc<T>> {
        let head = r.audit_head_seq()?;
        let mut slot = self.lock();
        let cached = slot.as_ref().map(|(seq, value)| (*seq, Arc::clone(value)));
        match cached {
            Some((seq, value)) if seq == head => return Ok(value),
            Some((seq, mut value)) if seq < head => {
                if let Some(touched) = r.audit_touched_since(seq, MOST_ENTRIES)? {
                    // Updated in place unless another thread still uses it, or this is a write
                    // (whose view must not replace the kept one).
                    if !r.in_write() {
                        *slot = None;
                    }
                    let updated = update(Arc::make_mut(&mut value), &touched)?;
                    if updated {
                        keep(&mut slot, r, head, &value);
                        return Ok(value);
                    }
                }
            }
            // The read began before the kept view's state (another thread read later): build
            // one for this read and keep the newer one.
            Some(_) => return Ok(Arc::new(make()?)),
            None => {}
        }
        let value = Arc::new(make()?);
        keep(&mut slot, r, head, &value);
        Ok(value)
    }
}

/// Keeps `value` as the view at `head`, unless it was derived inside a write.
fn keep<T>(slot: &mut Option<(i64, Arc<T>)>, r: &Reader<'_>, head: i64, value: &Arc<T>) {
    if !r.in_write() {
        *slot = Some((head, Arc::clone(value)));
    }
}
