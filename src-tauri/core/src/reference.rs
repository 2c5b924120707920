//! Reference lists the front ends offer as choices: categories, statuses, ISO countries and
//! currencies, time zones. Display names are the front end's business (the UI localises them).

use serde::Serialize;

use crate::actor::Role;
use crate::datamap::{Criticality, EdgeKind, TransferMechanism};
use crate::holidays::Calendars;
use crate::org::{FinancialEntityKind, HipaaStatus, Nis2Status};
use crate::questionnaire::assessment::{AssessmentStatus, FindingStatus};
use crate::questionnaire::template::{AnswerKind, Domain, Severity};
use crate::risk::records::DocumentKind;
use crate::risk::rubric::{AccessLevel, Level, Substitutability};
use crate::taxonomy::Flag;
use crate::vendor::{LifecycleStatus, VendorCategory};

/// The choices a vendor form offers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ReferenceLists {
    pub categories: Vec<VendorCategory>,
    pub statuses: Vec<LifecycleStatus>,
    /// ISO 3166-1 alpha-2 codes.
    pub countries: Vec<String>,
    /// ISO 4217 codes.
    pub currencies: Vec<String>,
    pub transfer_mechanisms: Vec<TransferMechanism>,
    pub criticalities: Vec<Criticality>,
    pub edge_kinds: Vec<EdgeKind>,
    pub flags: Vec<Flag>,
    /// IANA time zones, for the organisation profile.
    pub time_zones: Vec<String>,
    pub nis2_statuses: Vec<Nis2Status>,
    pub hipaa_statuses: Vec<HipaaStatus>,
    pub financial_entity_kinds: Vec<FinancialEntityKind>,
    /// The countries whose public holidays are built in, and where they come from.
    pub holiday_countries: Vec<String>,
    pub holiday_source: String,
    /// Questionnaire risk domains with their names and ISO/IEC 27001 controls.
    pub domains: Vec<DomainInfo>,
    pub answer_kinds: Vec<AnswerKind>,
    pub severities: Vec<Severity>,
    pub assessment_statuses: Vec<AssessmentStatus>,
    pub finding_statuses: Vec<FindingStatus>,
    /// NIST SP 800-30 levels, lowest first.
    pub levels: Vec<Level>,
    pub access_levels: Vec<AccessLevel>,
    pub substitutabilities: Vec<Substitutability>,
    pub document_kinds: Vec<DocumentKind>,
    /// The roles a local user can work under.
    pub roles: Vec<Role>,
}

/// A risk domain as a form offers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DomainInfo {
    pub domain: Domain,
    pub label: String,
    pub iso27001: Vec<String>,
}

/// The reference lists.
pub fn reference_lists() -> ReferenceLists {
    use iso_currency::IntoEnumIterator;
    let mut countries: Vec<String> = celes::Country::get_countries().iter().map(|c| c.alpha2.to_owned()).collect();
    countries.sort();
    let mut currencies: Vec<String> = iso_currency::Currency::iter().map(|c| c.code().to_owned()).collect();
    currencies.sort();
    ReferenceLists {
        categories: VendorCategory::ALL.to_vec(),
        statuses: LifecycleStatus::ALL.to_vec(),
        countries,
        currencies,
        transfer_mechanisms: TransferMechanism::ALL.to_vec(),
        criticalities: Criticality::ALL.to_vec(),
        edge_kinds: EdgeKind::ALL.to_vec(),
        flags: Flag::ALL.to_vec(),
        time_zones: chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name().to_owned()).collect(),
        nis2_statuses: Nis2Status::ALL.to_vec(),
        hipaa_statuses: HipaaStatus::ALL.to_vec(),
        financial_entity_kinds: FinancialEntityKind::ALL.to_vec(),
        holiday_countries: Calendars::built_in().countries().map(str::to_owned).collect(),
        holiday_source: Calendars::built_in().source.clone(),
        domains: Domain::ALL
            .iter()
            .map(|d| DomainInfo {
                domain: *d,
                label: d.label().to_owned(),
                iso27001: d.iso27001().iter().map(|c| (*c).to_owned()).collect(),
            })
            .collect(),
        answer_kinds: AnswerKind::ALL.to_vec(),
        severities: Severity::ALL.to_vec(),
        assessment_statuses: AssessmentStatus::ALL.to_vec(),
        finding_statuses: FindingStatus::ALL.to_vec(),
        levels: Level::ALL.to_vec(),
        access_levels: AccessLevel::ALL.to_vec(),
        substitutabilities: Substitutability::ALL.to_vec(),
        document_kinds: DocumentKind::ALL.to_vec(),
        roles: Role::ALL.to_vec(),
    }
}
