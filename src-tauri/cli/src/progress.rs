//! Progress of long work (moving a register to a server, verifying the audit chain) on
//! standard error, for a person at a terminal: one line, rewritten as the work goes on and
//! cleared when it ends. Nothing is written when standard error is not a terminal, so scripts
//! read only the result.

use std::io::{IsTerminal, Write};

use vendor_risk_core::Result;
use vendor_risk_core::locale::Language;
use vendor_risk_core::work::{Cancel, Work, WorkProgress};

/// Runs `work`, showing its steps on a terminal in `language`.
pub fn shown<T>(language: Language, work: impl FnOnce(&mut Work<'_>) -> Result<T>) -> Result<T> {
    let terminal = std::io::stderr().is_terminal();
    let mut show = |p: WorkProgress| {
        if terminal {
            let mut err = std::io::stderr().lock();
            let percent = u64::from(p.done) * 100 / u64::from(p.total.max(1));
            let _ = write!(err, "\r\x1b[2K{percent:>3}% {}", p.step);
            let _ = err.flush();
        }
    };
    let result = work(&mut Work::new(&mut show, Cancel::default()).in_language(language));
    if terminal {
        eprint!("\r\x1b[2K");
    }
    result
}
