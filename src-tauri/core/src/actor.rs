//! Who is acting on the register. Every audit-log entry records the actor and the role.

use serde::{Deserialize, Serialize};

use crate::enums::string_enum;

string_enum!(
    /// The role a local user works under.
    Role {
        /// Everything.
        Compliance = "compliance",
        /// Vendors, contracts and questionnaires; no risk decisions.
        Procurement = "procurement",
        /// Read-only.
        Auditor = "auditor",
    }
);

/// A named person (or script) acting under a role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Actor {
    pub name: String,
    pub role: Role,
}

impl Actor {
    /// An actor named after the operating-system user, as compliance officer.
    pub fn local_user() -> Self {
        let name =
            std::env::var("USER").or_else(|_| std::env::var("USERNAME")).unwrap_or_else(|_| "local user".to_owned());
        Actor { name, role: Role::Compliance }
    }
}
