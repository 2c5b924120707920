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

string_enum!(
    /// What a change touches; each role may change some areas (see [`Role::may_change`]).
    Area {
        /// Vendor records, contracts, contacts and documents.
        Vendors = "vendors",
        /// Templates, assigning, answering, evidence, submitting, workbook and CAIQ imports.
        Questionnaires = "questionnaires",
        /// Reviewing and deciding assessments, waiving findings.
        Reviews = "reviews",
        /// Recording findings and their remediation.
        Findings = "findings",
        /// Data flows, fourth parties, services, the taxonomy, subprocessor lists.
        DataMap = "data_map",
        /// Risk assessments, overrides, the rubric and vendors' risk facts.
        Risk = "risk",
        /// Risk acceptances.
        Acceptances = "acceptances",
        /// Incidents and the organisation profile.
        Incidents = "incidents",
        /// Who may sign in to a team register, and with which role.
        Team = "team",
    }
);

impl Area {
    /// The message naming the area in sentences ("vendor records").
    pub fn label_id(self) -> &'static str {
        match self {
            Area::Vendors => "error-area-vendors",
            Area::Questionnaires => "error-area-questionnaires",
            Area::Reviews => "error-area-reviews",
            Area::Findings => "error-area-findings",
            Area::DataMap => "error-area-data-map",
            Area::Risk => "error-area-risk",
            Area::Acceptances => "error-area-acceptances",
            Area::Incidents => "error-area-incidents",
            Area::Team => "error-area-team",
        }
    }
}

impl Role {
    /// The message naming the role as the subject of a sentence ("An auditor").
    pub fn label_id(self) -> &'static str {
        match self {
            Role::Compliance => "error-role-compliance",
            Role::Procurement => "error-role-procurement",
            Role::Auditor => "error-role-auditor",
        }
    }

    /// Whether this role may change `area`. Compliance: everything. Procurement: vendors,
    /// contracts and questionnaires, and findings' remediation — no risk decisions or
    /// acceptances. Auditor: nothing (read-only).
    pub fn may_change(self, area: Area) -> bool {
        match self {
            Role::Compliance => true,
            Role::Procurement => matches!(area, Area::Vendors | Area::Questionnaires | Area::Findings),
            Role::Auditor => false,
        }
    }

    /// The areas this role may change.
    pub fn areas(self) -> Vec<Area> {
        Area::ALL.iter().copied().filter(|a| self.may_change(*a)).collect()
    }
}

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
