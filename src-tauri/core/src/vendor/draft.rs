//! Raw vendor input and its validation.

use serde::{Deserialize, Serialize};

use super::{Contract, Dpa, LifecycleStatus, Vendor, VendorCategory, VendorProfile, name_key};
use crate::text::Message;
use crate::validate::{Checker, FieldErrors};

/// A vendor as typed: every field is text so that each bad value becomes a field error
/// rather than a transport error. Empty text means "not given".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", default)]
pub struct VendorDraft {
    pub name: String,
    pub legal_name: String,
    pub website: String,
    pub country: String,
    pub category: String,
    pub description: String,
    pub business_owner: String,
    pub status: String,
    pub lei: String,
    pub vat: String,
    pub duns: String,
    pub contract_start: String,
    pub contract_renewal: String,
    pub contract_end: String,
    pub notice_period_days: String,
    pub annual_spend: String,
    pub currency: String,
    pub dpa_signed: String,
    pub breach_sla_hours: String,
    pub services: Vec<String>,
    pub contacts: Vec<ContactDraft>,
}

/// A contact as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct ContactDraft {
    pub name: String,
    pub email: String,
    pub role: String,
}

/// A draft that passed validation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidVendor {
    pub profile: VendorProfile,
    pub services: Vec<String>,
    pub contacts: Vec<ValidContact>,
}

/// A contact that passed validation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidContact {
    pub name: String,
    pub email: Option<String>,
    pub role: Option<String>,
}

const MAX_NAME: usize = 200;
const MAX_TEXT: usize = 4000;
const MAX_SERVICES: usize = 100;
const MAX_CONTACTS: usize = 100;

impl VendorDraft {
    /// A draft with just a name and the defaults a new vendor starts with.
    pub fn named(name: &str) -> Self {
        VendorDraft {
            name: name.to_owned(),
            category: VendorCategory::Other.as_str().to_owned(),
            status: LifecycleStatus::Prospect.as_str().to_owned(),
            ..VendorDraft::default()
        }
    }

    /// Checks every field; reports all rejected fields at once.
    pub fn validate(&self) -> Result<ValidVendor, FieldErrors> {
        let mut check = Checker::default();
        let profile = self.profile(&mut check);
        let services = self.services(&mut check);
        let contacts = self.contacts(&mut check);
        check.finish()?;
        Ok(ValidVendor { profile, services, contacts })
    }

    fn profile(&self, check: &mut Checker) -> VendorProfile {
        VendorProfile {
            name: check.required_text("name", &self.name, MAX_NAME),
            legal_name: check.optional_text("legalName", &self.legal_name, MAX_NAME),
            website: check.optional_website("website", &self.website),
            country: check.optional_country("country", &self.country),
            category: choice(check, "category", &self.category, VendorCategory::parse, VendorCategory::choices)
                .unwrap_or(VendorCategory::Other),
            description: check.optional_text("description", &self.description, MAX_TEXT),
            business_owner: check.optional_text("businessOwner", &self.business_owner, MAX_NAME),
            status: choice(check, "status", &self.status, LifecycleStatus::parse, LifecycleStatus::choices)
                .unwrap_or(LifecycleStatus::Prospect),
            lei: check.optional_lei("lei", &self.lei),
            vat: check.optional_vat("vat", &self.vat),
            duns: check.optional_duns("duns", &self.duns),
            contract: self.contract(check),
            dpa: Dpa {
                signed: check.optional_date("dpaSigned", &self.dpa_signed),
                breach_sla_hours: check.optional_int("breachSlaHours", &self.breach_sla_hours, 0, 8760),
            },
        }
    }

    fn contract(&self, check: &mut Checker) -> Contract {
        let contract = Contract {
            start: check.optional_date("contractStart", &self.contract_start),
            renewal: check.optional_date("contractRenewal", &self.contract_renewal),
            end: check.optional_date("contractEnd", &self.contract_end),
            notice_period_days: check.optional_int("noticePeriodDays", &self.notice_period_days, 0, 3650),
            annual_spend: check.optional_money("annualSpend", &self.annual_spend, "currency", &self.currency),
        };
        if let Some(start) = contract.start {
            if contract.end.is_some_and(|end| end < start) {
                check.reject_text("contractEnd", "date_order", Message::new("field-end-before-start"));
            }
            if contract.renewal.is_some_and(|renewal| renewal < start) {
                check.reject_text("contractRenewal", "date_order", Message::new("field-renewal-before-start"));
            }
        }
        contract
    }

    fn services(&self, check: &mut Checker) -> Vec<String> {
        if self.services.len() > MAX_SERVICES {
            check.reject_text("services", "too_many", Message::new("field-too-many-services").arg("max", MAX_SERVICES));
        }
        let mut seen = std::collections::HashSet::new();
        let mut names = Vec::new();
        for (index, raw) in self.services.iter().enumerate() {
            let field = format!("services.{index}");
            let name = check.required_text(&field, raw, MAX_NAME);
            if name.is_empty() {
                continue;
            }
            if !seen.insert(name_key(&name)) {
                check.reject_text(&field, "duplicate", Message::new("field-duplicate").arg("text", &name));
            }
            names.push(name);
        }
        names
    }

    fn contacts(&self, check: &mut Checker) -> Vec<ValidContact> {
        if self.contacts.len() > MAX_CONTACTS {
            check.reject_text("contacts", "too_many", Message::new("field-too-many-contacts").arg("max", MAX_CONTACTS));
        }
        self.contacts
            .iter()
            .enumerate()
            .map(|(index, contact)| ValidContact {
                name: check.required_text(&format!("contacts.{index}.name"), &contact.name, MAX_NAME),
                email: check.optional_email(&format!("contacts.{index}.email"), &contact.email),
                role: check.optional_text(&format!("contacts.{index}.role"), &contact.role, MAX_NAME),
            })
            .collect()
    }
}

fn choice<T>(
    check: &mut Checker,
    field: &str,
    raw: &str,
    parse: fn(&str) -> Option<T>,
    choices: fn() -> String,
) -> Option<T> {
    if raw.trim().is_empty() {
        check.reject_text(field, "required", Message::new("field-required"));
        return None;
    }
    let value = parse(raw);
    if value.is_none() {
        check.reject_text(
            field,
            "choice",
            Message::new("field-choice").arg("text", raw.trim()).arg("choices", choices()),
        );
    }
    value
}

impl From<&Vendor> for VendorDraft {
    fn from(vendor: &Vendor) -> Self {
        let p = &vendor.profile;
        let text = |value: &Option<String>| value.clone().unwrap_or_default();
        let date = |value: Option<chrono::NaiveDate>| value.map(|d| d.to_string()).unwrap_or_default();
        let int = |value: Option<i64>| value.map(|n| n.to_string()).unwrap_or_default();
        VendorDraft {
            name: p.name.clone(),
            legal_name: text(&p.legal_name),
            website: text(&p.website),
            country: text(&p.country),
            category: p.category.as_str().to_owned(),
            description: text(&p.description),
            business_owner: text(&p.business_owner),
            status: p.status.as_str().to_owned(),
            lei: text(&p.lei),
            vat: text(&p.vat),
            duns: text(&p.duns),
            contract_start: date(p.contract.start),
            contract_renewal: date(p.contract.renewal),
            contract_end: date(p.contract.end),
            notice_period_days: int(p.contract.notice_period_days),
            annual_spend: p.contract.annual_spend.as_ref().map(|m| m.decimal()).unwrap_or_default(),
            currency: p.contract.annual_spend.as_ref().map(|m| m.currency.clone()).unwrap_or_default(),
            dpa_signed: date(p.dpa.signed),
            breach_sla_hours: int(p.dpa.breach_sla_hours),
            services: vendor.services.iter().map(|s| s.name.clone()).collect(),
            contacts: vendor
                .contacts
                .iter()
                .map(|c| ContactDraft { name: c.name.clone(), email: text(&c.email), role: text(&c.role) })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full_draft() -> VendorDraft {
        VendorDraft {
            name: "Mixpanel".into(),
            legal_name: "Mixpanel, Inc.".into(),
            website: "https://mixpanel.com".into(),
            country: "US".into(),
            category: "analytics".into(),
            description: "Product analytics for the developer platform web front end.".into(),
            business_owner: "Head of Growth".into(),
            status: "active".into(),
            lei: "".into(),
            vat: "".into(),
            duns: "".into(),
            contract_start: "2023-02-01".into(),
            contract_renewal: "2026-02-01".into(),
            contract_end: "".into(),
            notice_period_days: "60".into(),
            annual_spend: "48000".into(),
            currency: "USD".into(),
            dpa_signed: "2023-01-20".into(),
            breach_sla_hours: "72".into(),
            services: vec!["Product analytics".into()],
            contacts: vec![ContactDraft {
                name: "Privacy team".into(),
                email: "privacy@mixpanel.com".into(),
                role: "DPO".into(),
            }],
        }
    }

    fn rejected(draft: &VendorDraft) -> Vec<(String, String)> {
        let errors = draft.validate().expect_err("draft should be rejected");
        errors.0.into_iter().map(|e| (e.field, e.rule)).collect()
    }

    #[test]
    fn a_complete_draft_validates() {
        let valid = full_draft().validate().unwrap();
        assert_eq!(valid.profile.category, VendorCategory::Analytics);
        assert_eq!(valid.profile.contract.annual_spend.unwrap().minor_units, 4_800_000);
        assert_eq!(valid.services, ["Product analytics"]);
        assert_eq!(valid.contacts[0].email.as_deref(), Some("privacy@mixpanel.com"));
    }

    /// Every field the validator can reject, with the field name and rule the UI sees.
    #[test]
    fn every_rejected_field_is_named() {
        type Case = (fn(&mut VendorDraft), &'static str, &'static str);
        let cases: Vec<Case> = vec![
            (|d| d.name = " ".into(), "name", "required"),
            (|d| d.name = "x".repeat(201), "name", "too_long"),
            (|d| d.legal_name = "x".repeat(201), "legalName", "too_long"),
            (|d| d.website = "not a site".into(), "website", "website"),
            (|d| d.country = "Ireland".into(), "country", "country"),
            (|d| d.category = "banking".into(), "category", "choice"),
            (|d| d.category = "".into(), "category", "required"),
            (|d| d.description = "x".repeat(4001), "description", "too_long"),
            (|d| d.business_owner = "x".repeat(201), "businessOwner", "too_long"),
            (|d| d.status = "paused".into(), "status", "choice"),
            (|d| d.lei = "HWUPKR0MPOU8FGXBT395".into(), "lei", "lei_checksum"),
            (|d| d.lei = "12345".into(), "lei", "lei_format"),
            (|d| d.vat = "123".into(), "vat", "vat"),
            (|d| d.duns = "12".into(), "duns", "duns"),
            (|d| d.contract_start = "2023-13-01".into(), "contractStart", "date"),
            (|d| d.contract_renewal = "2020-01-01".into(), "contractRenewal", "date_order"),
            (|d| d.contract_end = "2022-01-01".into(), "contractEnd", "date_order"),
            (|d| d.notice_period_days = "-1".into(), "noticePeriodDays", "range"),
            (|d| d.annual_spend = "48,000".into(), "annualSpend", "money"),
            (|d| d.currency = "DOLLARS".into(), "currency", "currency"),
            (|d| d.dpa_signed = "yesterday".into(), "dpaSigned", "date"),
            (|d| d.breach_sla_hours = "1e3".into(), "breachSlaHours", "number"),
            (|d| d.services.push("".into()), "services.1", "required"),
            (|d| d.services.push("product  ANALYTICS".into()), "services.1", "duplicate"),
            (|d| d.contacts[0].email = "privacy@".into(), "contacts.0.email", "email"),
            (|d| d.contacts[0].name = "".into(), "contacts.0.name", "required"),
        ];
        for (mutate, field, rule) in cases {
            let mut draft = full_draft();
            mutate(&mut draft);
            assert_eq!(rejected(&draft), [(field.to_owned(), rule.to_owned())], "{field}/{rule}");
        }
    }

    #[test]
    fn all_errors_are_reported_together() {
        let mut draft = full_draft();
        draft.name.clear();
        draft.lei = "X".into();
        draft.contacts[0].email = "bad".into();
        let fields: Vec<String> = rejected(&draft).into_iter().map(|(f, _)| f).collect();
        assert_eq!(fields, ["name", "lei", "contacts.0.email"]);
    }
}
