//! `vendor-risk audit ...`.

use vendor_risk_core::{AuditQuery, CoreError, Register};

use crate::Outcome;
use crate::args::AuditCommand;
use crate::output;

pub fn run(register: &Register, command: AuditCommand) -> Result<Outcome, CoreError> {
    match command {
        AuditCommand::Log { vendor, limit, json } => {
            let vendor = vendor.map(|v| register.find_vendor(&v)).transpose()?.map(|v| v.id.0);
            let query = AuditQuery { vendor, limit, ..AuditQuery::default() };
            let page = register.audit_log(&query)?;
            Ok(Outcome::printed(if json {
                output::json(&page)
            } else {
                output::audit_table(&page, register.language())
            }))
        }
        AuditCommand::Verify { json } => {
            let verdict = crate::progress::shown(register.language(), |work| register.verify_audit_with(work))?;
            let text = if json { output::json(&verdict) } else { output::verification(&verdict, register.language()) };
            Ok(Outcome { stdout: text, tampered: !verdict.intact })
        }
    }
}
