//! Long work: how it reports progress, how it is cancelled, and how a scan of the whole
//! register keeps both cores busy.
//!
//! A long use case (a report, an export, a backup, `audit verify`) takes a [`Work`]: it calls
//! [`Work::step`] as it goes, which tells the front end how far it has come and returns
//! [`CoreError::Cancelled`] once the user has cancelled, so the use case stops where it is and
//! writes nothing more. Steps are written in the work's language ([`Work::language`]), from
//! `locales/*/progress.ftl`.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use serde::Serialize;

use crate::error::{CoreError, Result};
use crate::locale::Language;

/// How far a piece of long work has come.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct WorkProgress {
    /// What is being done, for a person: "Laying out Vendor inventory".
    pub step: String,
    pub done: u32,
    pub total: u32,
}

/// Cancels long work from another thread. Clones share one flag.
#[derive(Debug, Clone, Default)]
pub struct Cancel(Arc<AtomicBool>);

impl Cancel {
    /// Asks the work to stop at its next step.
    pub fn cancel(&self) {
        self.0.store(true, Ordering::Relaxed);
    }

    /// Whether the work was asked to stop.
    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}

/// What long work reports to, the flag that stops it, and the language of its steps.
pub struct Work<'a> {
    progress: &'a mut dyn FnMut(WorkProgress),
    cancel: Cancel,
    language: Language,
}

impl<'a> Work<'a> {
    /// Work that reports to `progress`, in English, and stops once `cancel` is set.
    pub fn new(progress: &'a mut dyn FnMut(WorkProgress), cancel: Cancel) -> Self {
        Work { progress, cancel, language: Language::En }
    }

    /// The same work, reporting its steps in `language`.
    pub fn in_language(self, language: Language) -> Self {
        Work { language, ..self }
    }

    /// The language the steps are written in.
    pub fn language(&self) -> Language {
        self.language
    }

    /// Reports the next step; refused with [`CoreError::Cancelled`] once cancelled.
    pub fn step(&mut self, step: impl Into<String>, done: u32, total: u32) -> Result<()> {
        self.check()?;
        (self.progress)(WorkProgress { step: step.into(), done, total });
        Ok(())
    }

    /// Refused with [`CoreError::Cancelled`] once cancelled; for loops between steps.
    pub fn check(&self) -> Result<()> {
        if self.cancel.is_cancelled() { Err(CoreError::Cancelled) } else { Ok(()) }
    }
}

/// Runs `work` while nobody watches: no progress, never cancelled.
pub fn unobserved<T>(work: impl FnOnce(&mut Work<'_>) -> Result<T>) -> Result<T> {
    let mut ignore = |_: WorkProgress| {};
    work(&mut Work::new(&mut ignore, Cancel::default()))
}

/// Reads batches on this thread (`next`, e.g. from a statement that cannot leave it) while the
/// batch read before is processed (`process`, which may itself use every core) on another;
/// `consume` then takes each processed batch on this thread, in order.
pub(crate) fn pipelined<B: Send, R: Send>(
    mut next: impl FnMut() -> Result<Option<B>>,
    process: impl Fn(B) -> R + Sync,
    mut consume: impl FnMut(R) -> Result<()>,
) -> Result<()> {
    std::thread::scope(|scope| {
        let process = &process;
        let mut pending = None;
        loop {
            let batch = next()?;
            let processed = pending
                .take()
                .map(|handle: std::thread::ScopedJoinHandle<'_, R>| handle.join())
                .transpose()
                .map_err(|_| CoreError::Internal("a worker thread failed".to_owned()))?;
            // The next batch is processed while this thread consumes the one before.
            let done = batch.is_none();
            if let Some(batch) = batch {
                pending = Some(scope.spawn(move || process(batch)));
            }
            if let Some(processed) = processed {
                consume(processed)?;
            }
            if done {
                return Ok(());
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batches_are_consumed_in_order_once_each() {
        let mut batches = (0..50).map(|b| (b * 10..b * 10 + 10).collect::<Vec<u32>>());
        let mut seen = Vec::new();
        pipelined(
            || Ok(batches.next()),
            |b| b.iter().map(|x| x * 2).collect::<Vec<_>>(),
            |r| {
                seen.extend(r);
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(seen, (0..500).map(|x| x * 2).collect::<Vec<_>>());
    }

    #[test]
    fn a_cancelled_work_refuses_its_next_step() {
        let cancel = Cancel::default();
        let mut steps = Vec::new();
        let mut record = |p: WorkProgress| steps.push(p.step);
        let mut work = Work::new(&mut record, cancel.clone());
        work.step("one", 1, 2).unwrap();
        cancel.cancel();
        assert!(matches!(work.step("two", 2, 2), Err(CoreError::Cancelled)));
        drop(work);
        assert_eq!(steps, ["one"]);
    }

    #[test]
    fn a_work_in_indonesian_reports_its_steps_in_indonesian() {
        let dir = tempfile::tempdir().unwrap();
        let register = crate::Register::create(&dir.path().join("register.sqlite"), Default::default()).unwrap();
        let mut steps = Vec::new();
        let mut record = |p: WorkProgress| steps.push(p.step);
        let mut work = Work::new(&mut record, Cancel::default()).in_language(Language::Id);
        register.verify_audit_with(&mut work).unwrap();
        register.backup_with(&mut work).unwrap();
        drop(work);
        for step in ["Memeriksa log audit", "Memeriksa vendor", "Membaca vendors", "Menulis cadangan"] {
            assert!(steps.iter().any(|s| s == step), "{step}: {steps:?}");
        }
        assert!(!steps.iter().any(|s| s.starts_with("Checking")), "{steps:?}");
    }
}
