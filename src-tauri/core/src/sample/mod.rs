//! The sample register, and synthetic registers for benchmarks.
//!
//! The sample is the register of Kestrel AI, a fictional company selling an AI model API to
//! developers, with the real-world vendors such a company uses. It tells the story of the
//! November 2025 Mixpanel incident: an analytics vendor holding API users' names, e-mail
//! addresses and coarse locations was breached, and the customer learned of it weeks later.

mod sample_dora;
mod sample_incident;
mod sample_map;
mod sample_risk;
mod synthetic;

pub use sample_dora::reporting_lei;
pub use synthetic::{synthetic_data_map, synthetic_dora, synthetic_vendors};

use crate::error::Result;
use crate::register::Register;
use crate::vendor::{ContactDraft, LifecycleStatus, VendorCategory, VendorDraft};

/// The sample organisation's name.
pub const SAMPLE_ORGANISATION: &str = "Kestrel AI, Inc.";

/// One sample vendor, as literal data.
struct SampleVendor {
    name: &'static str,
    legal_name: &'static str,
    website: &'static str,
    country: &'static str,
    category: VendorCategory,
    status: LifecycleStatus,
    owner: &'static str,
    services: &'static [&'static str],
    description: &'static str,
    /// Start, renewal, end, notice days, annual spend (major units), currency.
    contract: (&'static str, &'static str, &'static str, u32, u32, &'static str),
    /// DPA signed date and breach-notification SLA in hours.
    dpa: (&'static str, u32),
    contact: (&'static str, &'static str, &'static str),
}

use LifecycleStatus::{Active, Offboarding, Onboarding, Prospect, Terminated};
use VendorCategory::*;

const SAMPLE_VENDORS: &[SampleVendor] = &[
    SampleVendor {
        name: "Mixpanel",
        legal_name: "Mixpanel, Inc.",
        website: "https://mixpanel.com",
        country: "US",
        category: Analytics,
        status: Terminated,
        owner: "Priya Raman (Growth)",
        services: &["Product analytics for platform.kestrel.ai"],
        description: "First-party web analytics on the developer platform front end: page views, sign-up funnel, \
                      referrers, browser and OS, coarse location, organisation and user IDs. Not on our published \
                      subprocessor list. Breached via SMS phishing in November 2025; removed from production on \
                      27 November 2025.",
        contract: ("2023-03-01", "", "2025-11-27", 60, 54_000, "USD"),
        dpa: ("2023-02-20", 72),
        contact: ("Mixpanel Privacy", "privacy@mixpanel.com", "Privacy / DPO"),
    },
    SampleVendor {
        name: "Amazon Web Services",
        legal_name: "Amazon Web Services, Inc.",
        website: "https://aws.amazon.com",
        country: "US",
        category: CloudHosting,
        status: Active,
        owner: "Marcus Feld (Infrastructure)",
        services: &["Model serving (EC2, EKS)", "Object storage (S3)", "Managed databases (RDS)"],
        description: "Primary cloud: inference clusters, API gateway, customer databases and backups.",
        contract: ("2022-06-01", "2027-06-01", "", 90, 4_800_000, "USD"),
        dpa: ("2022-05-15", 72),
        contact: ("AWS Security", "aws-security@amazon.com", "Security contact"),
    },
    SampleVendor {
        name: "Cloudflare",
        legal_name: "Cloudflare, Inc.",
        website: "https://www.cloudflare.com",
        country: "US",
        category: CloudHosting,
        status: Active,
        owner: "Marcus Feld (Infrastructure)",
        services: &["CDN and WAF for api.kestrel.ai", "DNS"],
        description: "Edge network in front of the API and the web properties; sees request metadata and IP addresses.",
        contract: ("2022-07-01", "2026-07-01", "", 30, 180_000, "USD"),
        dpa: ("2022-06-20", 72),
        contact: ("Cloudflare Trust", "trust@cloudflare.com", "Trust & Safety"),
    },
    SampleVendor {
        name: "Zendesk",
        legal_name: "Zendesk, Inc.",
        website: "https://www.zendesk.com",
        country: "US",
        category: CustomerSupport,
        status: Active,
        owner: "Lena Okafor (Support)",
        services: &["Support ticketing", "Help centre"],
        description: "Customer support tickets from API users, which may contain code snippets and account details.",
        contract: ("2023-04-15", "2027-04-15", "", 90, 96_000, "USD"),
        dpa: ("2023-04-01", 48),
        contact: ("Zendesk Privacy", "privacy@zendesk.com", "DPO"),
    },
    SampleVendor {
        name: "Stripe",
        legal_name: "Stripe Payments Europe, Limited",
        website: "https://stripe.com",
        country: "IE",
        category: Payments,
        status: Active,
        owner: "Tomás Ruiz (Finance)",
        services: &["Card payments and subscriptions billing"],
        description: "Processes API customers' card payments and invoices; holds cardholder data (PCI DSS Level 1).",
        contract: ("2022-09-01", "2026-09-01", "", 30, 310_000, "USD"),
        dpa: ("2022-08-25", 24),
        contact: ("Stripe Privacy", "privacy@stripe.com", "Privacy"),
    },
    SampleVendor {
        name: "Salesforce",
        legal_name: "Salesforce, Inc.",
        website: "https://www.salesforce.com",
        country: "US",
        category: Crm,
        status: Active,
        owner: "Dana Whitfield (Sales)",
        services: &["Sales Cloud CRM"],
        description: "Enterprise accounts, contacts and opportunities.",
        contract: ("2023-01-10", "2027-01-10", "", 60, 220_000, "USD"),
        dpa: ("2023-01-05", 48),
        contact: ("Salesforce Privacy", "privacy@salesforce.com", "Privacy"),
    },
    SampleVendor {
        name: "Snowflake",
        legal_name: "Snowflake Inc.",
        website: "https://www.snowflake.com",
        country: "US",
        category: CloudHosting,
        status: Active,
        owner: "Jun Park (Data)",
        services: &["Data warehouse"],
        description: "Usage and billing analytics warehouse; receives account and usage data from the platform.",
        contract: ("2023-05-01", "2026-05-01", "", 60, 420_000, "USD"),
        dpa: ("2023-04-20", 72),
        contact: ("Snowflake Security", "security@snowflake.com", "Security"),
    },
    SampleVendor {
        name: "Intercom",
        legal_name: "Intercom R&D Unlimited Company",
        website: "https://www.intercom.com",
        country: "IE",
        category: CustomerSupport,
        status: Active,
        owner: "Lena Okafor (Support)",
        services: &["In-app messenger on the developer platform"],
        description: "Chat widget for signed-in developers; receives name, e-mail and organisation ID.",
        contract: ("2024-02-01", "2026-02-01", "", 30, 38_000, "EUR"),
        dpa: ("2024-01-25", 72),
        contact: ("Intercom Legal", "legal@intercom.io", "Legal"),
    },
    SampleVendor {
        name: "Okta",
        legal_name: "Okta, Inc.",
        website: "https://www.okta.com",
        country: "US",
        category: Identity,
        status: Active,
        owner: "Sam Osei (IT)",
        services: &["Workforce SSO and MFA"],
        description: "Employee identity provider; holds staff credentials and MFA factors.",
        contract: ("2022-03-01", "2027-03-01", "", 60, 75_000, "USD"),
        dpa: ("2022-02-20", 24),
        contact: ("Okta Trust", "trust@okta.com", "Trust"),
    },
    SampleVendor {
        name: "Twilio Segment",
        legal_name: "Twilio Inc.",
        website: "https://segment.com",
        country: "US",
        category: Analytics,
        status: Active,
        owner: "Priya Raman (Growth)",
        services: &["Customer data platform (event routing)"],
        description: "Collects platform events and forwards them to downstream tools, including Mixpanel.",
        contract: ("2023-03-01", "2026-03-01", "", 30, 60_000, "USD"),
        dpa: ("2023-02-25", 72),
        contact: ("Twilio Privacy", "privacy@twilio.com", "Privacy"),
    },
    SampleVendor {
        name: "Twilio SendGrid",
        legal_name: "Twilio Inc.",
        website: "https://sendgrid.com",
        country: "US",
        category: Marketing,
        status: Active,
        owner: "Priya Raman (Growth)",
        services: &["Transactional e-mail"],
        description: "Sends sign-up, billing and security e-mails to API users.",
        contract: ("2022-08-01", "2026-08-01", "", 30, 24_000, "USD"),
        dpa: ("2022-07-28", 72),
        contact: ("Twilio Privacy", "privacy@twilio.com", "Privacy"),
    },
    SampleVendor {
        name: "HubSpot",
        legal_name: "HubSpot, Inc.",
        website: "https://www.hubspot.com",
        country: "US",
        category: Marketing,
        status: Offboarding,
        owner: "Priya Raman (Growth)",
        services: &["Marketing automation"],
        description: "Newsletter and nurture e-mails; being replaced, contacts to be deleted at exit.",
        contract: ("2022-10-01", "2026-01-31", "", 30, 42_000, "USD"),
        dpa: ("2022-09-20", 72),
        contact: ("HubSpot Privacy", "privacy@hubspot.com", "Privacy"),
    },
    SampleVendor {
        name: "Google Workspace",
        legal_name: "Google LLC",
        website: "https://workspace.google.com",
        country: "US",
        category: Other,
        status: Active,
        owner: "Sam Osei (IT)",
        services: &["E-mail, documents and calendar"],
        description: "Staff productivity suite.",
        contract: ("2022-01-15", "2027-01-15", "", 30, 64_000, "USD"),
        dpa: ("2022-01-10", 72),
        contact: ("Google Cloud Privacy", "data-protection-office@google.com", "DPO"),
    },
    SampleVendor {
        name: "Slack",
        legal_name: "Slack Technologies, LLC",
        website: "https://slack.com",
        country: "US",
        category: Other,
        status: Active,
        owner: "Sam Osei (IT)",
        services: &["Team messaging"],
        description: "Internal chat; incident channels may contain customer identifiers.",
        contract: ("2022-01-15", "2027-01-15", "", 30, 48_000, "USD"),
        dpa: ("2022-01-10", 72),
        contact: ("Slack Privacy", "privacy@slack.com", "Privacy"),
    },
    SampleVendor {
        name: "GitHub",
        legal_name: "GitHub, Inc.",
        website: "https://github.com",
        country: "US",
        category: DeveloperTools,
        status: Active,
        owner: "Marcus Feld (Infrastructure)",
        services: &["Source code hosting and CI"],
        description: "Source code, CI pipelines and deployment secrets.",
        contract: ("2022-02-01", "2027-02-01", "", 30, 52_000, "USD"),
        dpa: ("2022-01-25", 72),
        contact: ("GitHub Privacy", "privacy@github.com", "Privacy"),
    },
    SampleVendor {
        name: "Atlassian",
        legal_name: "Atlassian Pty Ltd",
        website: "https://www.atlassian.com",
        country: "AU",
        category: DeveloperTools,
        status: Active,
        owner: "Marcus Feld (Infrastructure)",
        services: &["Jira", "Confluence"],
        description: "Issue tracking and internal documentation.",
        contract: ("2022-04-01", "2026-04-01", "", 30, 36_000, "USD"),
        dpa: ("2022-03-25", 72),
        contact: ("Atlassian Privacy", "privacy@atlassian.com", "Privacy"),
    },
    SampleVendor {
        name: "Datadog",
        legal_name: "Datadog, Inc.",
        website: "https://www.datadoghq.com",
        country: "US",
        category: DeveloperTools,
        status: Active,
        owner: "Marcus Feld (Infrastructure)",
        services: &["Infrastructure monitoring and logs"],
        description: "Metrics and logs from the API fleet; logs can contain IP addresses and account IDs.",
        contract: ("2023-06-01", "2026-06-01", "", 30, 260_000, "USD"),
        dpa: ("2023-05-25", 72),
        contact: ("Datadog Privacy", "privacy@datadoghq.com", "Privacy"),
    },
    SampleVendor {
        name: "Sentry",
        legal_name: "Functional Software, Inc.",
        website: "https://sentry.io",
        country: "US",
        category: DeveloperTools,
        status: Active,
        owner: "Marcus Feld (Infrastructure)",
        services: &["Error tracking"],
        description: "Front-end and back-end error reports, which may include user IDs and browser details.",
        contract: ("2023-06-15", "2026-06-15", "", 30, 18_000, "USD"),
        dpa: ("2023-06-10", 72),
        contact: ("Sentry Legal", "legal@sentry.io", "Legal"),
    },
    SampleVendor {
        name: "Scale AI",
        legal_name: "Scale AI, Inc.",
        website: "https://scale.com",
        country: "US",
        category: AiMl,
        status: Active,
        owner: "Elif Demir (Research)",
        services: &["Data labelling for evaluation sets"],
        description: "Human review of de-identified prompts for model evaluation.",
        contract: ("2024-01-15", "2026-01-15", "", 30, 640_000, "USD"),
        dpa: ("2024-01-10", 48),
        contact: ("Scale Security", "security@scale.com", "Security"),
    },
    SampleVendor {
        name: "Pinecone",
        legal_name: "Pinecone Systems, Inc.",
        website: "https://www.pinecone.io",
        country: "US",
        category: AiMl,
        status: Prospect,
        owner: "Elif Demir (Research)",
        services: &["Managed vector database (evaluation)"],
        description: "Under evaluation for retrieval features; no production data yet.",
        contract: ("", "", "", 0, 0, ""),
        dpa: ("", 0),
        contact: ("Pinecone Sales", "sales@pinecone.io", "Account executive"),
    },
    SampleVendor {
        name: "Deel",
        legal_name: "Deel, Inc.",
        website: "https://www.deel.com",
        country: "US",
        category: Hr,
        status: Active,
        owner: "Hannah Berg (People)",
        services: &["Contractor payroll and compliance"],
        description: "Contracts, bank details and tax IDs of international contractors.",
        contract: ("2023-09-01", "2026-09-01", "", 30, 30_000, "USD"),
        dpa: ("2023-08-28", 48),
        contact: ("Deel Privacy", "privacy@deel.com", "Privacy"),
    },
    SampleVendor {
        name: "Rippling",
        legal_name: "People Center, Inc.",
        website: "https://www.rippling.com",
        country: "US",
        category: Hr,
        status: Onboarding,
        owner: "Hannah Berg (People)",
        services: &["HRIS and payroll"],
        description: "Employee records, payroll and benefits; replacing spreadsheets in 2026.",
        contract: ("2026-10-01", "2027-10-01", "", 60, 45_000, "USD"),
        dpa: ("2026-09-20", 72),
        contact: ("Rippling Privacy", "privacy@rippling.com", "Privacy"),
    },
    SampleVendor {
        name: "DocuSign",
        legal_name: "DocuSign, Inc.",
        website: "https://www.docusign.com",
        country: "US",
        category: Other,
        status: Active,
        owner: "Ines Costa (Legal)",
        services: &["E-signature"],
        description: "Customer contracts and order forms.",
        contract: ("2022-11-01", "2026-11-01", "", 30, 15_000, "USD"),
        dpa: ("2022-10-25", 72),
        contact: ("DocuSign Privacy", "privacy@docusign.com", "Privacy"),
    },
    SampleVendor {
        name: "1Password",
        legal_name: "AgileBits Inc.",
        website: "https://1password.com",
        country: "CA",
        category: Identity,
        status: Active,
        owner: "Sam Osei (IT)",
        services: &["Team password manager"],
        description: "Shared credentials vault for staff (end-to-end encrypted).",
        contract: ("2022-05-01", "2027-05-01", "", 30, 12_000, "USD"),
        dpa: ("2022-04-25", 72),
        contact: ("1Password Privacy", "privacy@1password.com", "Privacy"),
    },
    SampleVendor {
        name: "Heap",
        legal_name: "Heap Inc.",
        website: "https://www.heap.io",
        country: "US",
        category: Analytics,
        status: Terminated,
        owner: "Priya Raman (Growth)",
        services: &["Product analytics (replaced by Mixpanel)"],
        description: "Former product analytics tool; contract ended and data deletion certified in 2023.",
        contract: ("2021-06-01", "", "2023-05-31", 30, 30_000, "USD"),
        dpa: ("2021-05-20", 72),
        contact: ("Heap Privacy", "privacy@heap.io", "Privacy"),
    },
    SampleVendor {
        name: "Vanta",
        legal_name: "Vanta Inc.",
        website: "https://www.vanta.com",
        country: "US",
        category: Other,
        status: Active,
        owner: "Ines Costa (Legal)",
        services: &["Compliance automation (SOC 2)"],
        description: "Reads cloud configuration and HR system metadata to evidence SOC 2 controls.",
        contract: ("2024-03-01", "2026-03-01", "", 30, 28_000, "USD"),
        dpa: ("2024-02-25", 72),
        contact: ("Vanta Security", "security@vanta.com", "Security"),
    },
];

impl SampleVendor {
    fn draft(&self) -> VendorDraft {
        let (start, renewal, end, notice, spend, currency) = self.contract;
        let number = |n: u32| if n == 0 { String::new() } else { n.to_string() };
        VendorDraft {
            name: self.name.to_owned(),
            legal_name: self.legal_name.to_owned(),
            website: self.website.to_owned(),
            country: self.country.to_owned(),
            category: self.category.as_str().to_owned(),
            description: self.description.to_owned(),
            business_owner: self.owner.to_owned(),
            status: self.status.as_str().to_owned(),
            contract_start: start.to_owned(),
            contract_renewal: renewal.to_owned(),
            contract_end: end.to_owned(),
            notice_period_days: number(notice),
            annual_spend: number(spend),
            currency: currency.to_owned(),
            dpa_signed: self.dpa.0.to_owned(),
            breach_sla_hours: number(self.dpa.1),
            services: self.services.iter().map(|s| (*s).to_owned()).collect(),
            contacts: vec![ContactDraft {
                name: self.contact.0.to_owned(),
                email: self.contact.1.to_owned(),
                role: self.contact.2.to_owned(),
            }],
            ..VendorDraft::default()
        }
    }
}

/// Writes the sample register: the vendors, the data map, the organisation profile, the
/// Mixpanel incident, and risk records.
pub fn write_sample(register: &Register) -> Result<()> {
    let drafts: Vec<VendorDraft> = SAMPLE_VENDORS.iter().map(SampleVendor::draft).collect();
    register.create_vendors(&drafts)?;
    sample_map::write_data_map(register)?;
    sample_incident::write_incident(register)?;
    sample_risk::write_risk(register)
}

/// Writes the sample register as a financial entity's: the sample, then the organisation as
/// Kestrel Payments with a complete DORA Register of Information.
pub fn write_financial_sample(register: &Register) -> Result<()> {
    write_sample(register)?;
    sample_dora::write_dora(register)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sample_vendor_is_valid() {
        for vendor in SAMPLE_VENDORS {
            vendor.draft().validate().unwrap_or_else(|e| panic!("{}: {e}", vendor.name));
        }
        assert!(SAMPLE_VENDORS.len() >= 25);
    }
}
