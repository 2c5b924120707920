//! The sample register's data map: what Kestrel AI sends to whom, which of its services depend
//! on which vendor, and who passes data on. The Mixpanel flows end on 27 November 2025, after
//! the incident, so "as of" dates before and after tell different stories.

use crate::datamap::{DependencyDraft, EdgeDraft, FlowDraft, ResidenceDraft, ServiceDraft};
use crate::error::{CoreError, Result};
use crate::register::Register;
use crate::taxonomy::{CategoryDraft, SubjectDraft};
use crate::vendor::VendorDraft;

/// API customers by country of residence (of 1,250,000): the EU, the UK, the US, Indonesia, Japan.
const API_CUSTOMERS: &[(&str, u32)] = &[
    ("US", 430_000),
    ("ID", 142_000),
    ("JP", 118_000),
    ("GB", 96_000),
    ("DE", 88_000),
    ("FR", 61_000),
    ("NL", 33_000),
    ("ES", 27_000),
    ("IE", 14_000),
];
const API_CUSTOMER_COUNT: u32 = 1_250_000;

/// `API_CUSTOMERS` scaled to `people`.
fn residence(people: u32) -> Vec<ResidenceDraft> {
    API_CUSTOMERS
        .iter()
        .map(|(country, n)| ResidenceDraft {
            country: (*country).to_owned(),
            people: (u64::from(*n) * u64::from(people) / u64::from(API_CUSTOMER_COUNT)).to_string(),
        })
        .collect()
}

struct Flow {
    vendor: &'static str,
    source: &'static str,
    subject: &'static str,
    categories: &'static [&'static str],
    purpose: &'static str,
    records: u64,
    people: u32,
    locations: &'static [&'static str],
    mechanism: &'static str,
    retention: &'static str,
    from: &'static str,
    to: &'static str,
}

const MIXPANEL_KINDS: &[&str] = &[
    "user.name",
    "user.contact.email",
    "user.unique_id",
    "user.device.operating_system_and_browser",
    "user.behavior.referring_websites",
];

const FLOWS: &[Flow] = &[
    Flow {
        vendor: "Mixpanel",
        source: "Developer platform",
        subject: "api_customers",
        categories: MIXPANEL_KINDS,
        purpose: "Web analytics of platform.kestrel.ai: sign-up funnel, page views, feature use",
        records: 186_000_000,
        people: API_CUSTOMER_COUNT,
        locations: &["US"],
        mechanism: "eu_us_dpf",
        retention: "24 months",
        from: "2023-03-01",
        to: "2025-11-27",
    },
    Flow {
        vendor: "Mixpanel",
        source: "Developer platform",
        subject: "api_customers",
        categories: &["user.location.imprecise"],
        purpose: "Geo enrichment of analytics events (city, state, country from IP address)",
        records: 120_000_000,
        people: API_CUSTOMER_COUNT,
        locations: &["US"],
        mechanism: "eu_us_dpf",
        retention: "24 months",
        from: "2024-06-01",
        to: "2025-11-27",
    },
    Flow {
        vendor: "Twilio Segment",
        source: "Developer platform",
        subject: "api_customers",
        categories: &[
            "user.contact.email",
            "user.unique_id",
            "user.device.operating_system_and_browser",
            "user.behavior.referring_websites",
            "user.behavior",
        ],
        purpose: "Collect platform events and route them to analytics and CRM tools",
        records: 240_000_000,
        people: API_CUSTOMER_COUNT,
        locations: &["US"],
        mechanism: "eu_us_dpf",
        retention: "90 days",
        from: "2023-03-01",
        to: "",
    },
    Flow {
        vendor: "Amazon Web Services",
        source: "Model API",
        subject: "api_customers",
        categories: &[
            "user.name",
            "user.contact.email",
            "user.unique_id",
            "user.content.private",
            "user.authorization.credentials",
        ],
        purpose: "Hosting of the model API, customer accounts, API keys and request logs",
        records: 9_400_000_000,
        people: API_CUSTOMER_COUNT,
        locations: &["US", "IE"],
        mechanism: "scc_module_2",
        retention: "Account lifetime; request logs 30 days",
        from: "2022-06-01",
        to: "",
    },
    Flow {
        vendor: "Cloudflare",
        source: "Model API",
        subject: "api_customers",
        categories: &["user.device.ip_address", "user.unique_id"],
        purpose: "CDN and web application firewall in front of api.kestrel.ai",
        records: 3_100_000_000,
        people: API_CUSTOMER_COUNT,
        locations: &["US", "DE", "JP", "SG"],
        mechanism: "scc_module_3",
        retention: "7 days",
        from: "2022-07-01",
        to: "",
    },
    Flow {
        vendor: "Stripe",
        source: "Billing",
        subject: "api_customers",
        categories: &["user.name", "user.contact.email", "user.contact.address", "user.financial.credit_card"],
        purpose: "Card payments, subscriptions and invoices for paying API customers",
        records: 2_300_000,
        people: 310_000,
        locations: &["IE", "US"],
        mechanism: "scc_module_2",
        retention: "7 years (tax records)",
        from: "2022-09-01",
        to: "",
    },
    Flow {
        vendor: "Salesforce",
        source: "Billing",
        subject: "customer",
        categories: &["user.name", "user.contact.email", "user.contact.phone_number", "user.job_title"],
        purpose: "Enterprise accounts, contacts and opportunities (CRM)",
        records: 61_000,
        people: 14_000,
        locations: &["US"],
        mechanism: "eu_us_dpf",
        retention: "Contract term plus 6 years",
        from: "2022-06-01",
        to: "",
    },
    Flow {
        vendor: "HubSpot",
        source: "Growth analytics",
        subject: "prospect",
        categories: &["user.name", "user.contact.email", "user.job_title", "user.behavior"],
        purpose: "Marketing e-mail and lead management for prospects",
        records: 420_000,
        people: 95_000,
        locations: &["US"],
        mechanism: "eu_us_dpf",
        retention: "2 years after the last contact",
        from: "2023-01-10",
        to: "",
    },
    Flow {
        vendor: "Zendesk",
        source: "Customer support",
        subject: "api_customers",
        categories: &["user.name", "user.contact.email", "user.content.private"],
        purpose: "Support tickets",
        records: 410_000,
        people: 84_000,
        locations: &["US"],
        mechanism: "eu_us_dpf",
        retention: "3 years after closure",
        from: "2023-04-15",
        to: "",
    },
    Flow {
        vendor: "Intercom",
        source: "Developer platform",
        subject: "api_customers",
        categories: &["user.name", "user.contact.email", "user.unique_id"],
        purpose: "In-app messenger for signed-in developers",
        records: 1_900_000,
        people: 600_000,
        locations: &["IE", "US"],
        mechanism: "not_restricted",
        retention: "2 years",
        from: "2024-02-01",
        to: "",
    },
    Flow {
        vendor: "Snowflake",
        source: "Billing",
        subject: "api_customers",
        categories: &["user.unique_id", "user.behavior"],
        purpose: "Usage and billing analytics warehouse",
        records: 52_000_000_000,
        people: API_CUSTOMER_COUNT,
        locations: &["US"],
        mechanism: "scc_module_2",
        retention: "5 years",
        from: "2023-05-01",
        to: "",
    },
    Flow {
        vendor: "Datadog",
        source: "Model API",
        subject: "api_customers",
        categories: &["user.device.ip_address", "user.unique_id"],
        purpose: "Service logs and traces",
        records: 7_800_000_000,
        people: API_CUSTOMER_COUNT,
        locations: &["US"],
        mechanism: "scc_module_3",
        retention: "15 days",
        from: "2023-06-01",
        to: "",
    },
    Flow {
        vendor: "Heap",
        source: "Developer platform",
        subject: "api_customers",
        categories: &["user.name", "user.contact.email", "user.unique_id"],
        purpose: "Product analytics (replaced by Mixpanel)",
        records: 40_000_000,
        people: 380_000,
        locations: &["US"],
        mechanism: "scc_module_2",
        retention: "Deleted at exit",
        from: "2021-06-01",
        to: "2023-05-31",
    },
    Flow {
        vendor: "Rippling",
        source: "Internal IT",
        subject: "employee",
        categories: &["user.name", "user.contact.email", "user.financial.bank_account", "user.health_and_medical"],
        purpose: "HR records, payroll, and benefits enrolment (health plan elections)",
        records: 420,
        people: 420,
        locations: &["US"],
        mechanism: "eu_us_dpf",
        retention: "Employment plus 7 years",
        from: "2026-11-01",
        to: "",
    },
    Flow {
        vendor: "Okta",
        source: "Internal IT",
        subject: "employee",
        categories: &["user.name", "user.contact.email", "user.authorization.credentials"],
        purpose: "Workforce single sign-on and MFA",
        records: 420,
        people: 420,
        locations: &["US"],
        mechanism: "eu_us_dpf",
        retention: "Employment plus 90 days",
        from: "2022-03-01",
        to: "",
    },
    Flow {
        vendor: "Deel",
        source: "Internal IT",
        subject: "consultant",
        categories: &[
            "user.name",
            "user.contact.email",
            "user.financial.bank_account",
            "user.government_id.national_identification_number",
        ],
        purpose: "Contractor agreements and payroll",
        records: 85,
        people: 85,
        locations: &["US", "IE"],
        mechanism: "scc_module_2",
        retention: "7 years",
        from: "2023-09-01",
        to: "",
    },
];

/// Internal services: name, criticality, RTO hours, description, vendors it depends on.
const SERVICES: &[(&str, &str, u32, &str, &[&str])] = &[
    (
        "Model API",
        "critical",
        1,
        "api.kestrel.ai: the inference API customers call",
        &["Amazon Web Services", "Cloudflare", "Datadog"],
    ),
    (
        "Developer platform",
        "critical",
        4,
        "platform.kestrel.ai: sign-up, API keys, usage dashboards",
        &["Amazon Web Services", "Cloudflare", "Twilio Segment"],
    ),
    ("Billing", "high", 24, "Subscriptions, invoices and usage metering", &["Stripe", "Snowflake"]),
    (
        "Growth analytics",
        "medium",
        72,
        "Funnel and product analytics dashboards",
        &["Mixpanel", "Twilio Segment", "Snowflake"],
    ),
    ("Customer support", "high", 24, "Tickets and in-app chat", &["Zendesk", "Intercom"]),
    (
        "Internal IT",
        "high",
        8,
        "Staff identity, e-mail and collaboration",
        &["Okta", "Google Workspace", "Slack", "1Password"],
    ),
];

fn flow_draft(flow: &Flow) -> FlowDraft {
    FlowDraft {
        source_service: flow.source.to_owned(),
        subject: flow.subject.to_owned(),
        categories: flow.categories.iter().map(|c| (*c).to_owned()).collect(),
        purpose: flow.purpose.to_owned(),
        records: flow.records.to_string(),
        people: flow.people.to_string(),
        residence: if flow.subject == "api_customers" { residence(flow.people) } else { Vec::new() },
        storage_locations: flow.locations.iter().map(|l| (*l).to_owned()).collect(),
        processing_locations: flow.locations.iter().map(|l| (*l).to_owned()).collect(),
        transfer_mechanism: flow.mechanism.to_owned(),
        retention: flow.retention.to_owned(),
        valid_from: flow.from.to_owned(),
        valid_to: flow.to.to_owned(),
        ..FlowDraft::default()
    }
}

fn vendor_id(register: &Register, name: &str) -> Result<crate::ids::VendorId> {
    Ok(register.find_vendor(name)?.id)
}

/// Writes the taxonomy additions, services, flows and edges of the sample.
pub(super) fn write_data_map(register: &Register) -> Result<()> {
    register.create_subject_group(&SubjectDraft {
        name: "API customers".into(),
        description: "Developers and organisations with a Kestrel AI platform account".into(),
    })?;
    for (parent, name) in [("user.device", "Operating system and browser"), ("user.behavior", "Referring websites")] {
        register.create_category(&CategoryDraft {
            parent_key: parent.into(),
            name: name.into(),
            ..CategoryDraft::default()
        })?;
    }
    for (name, criticality, rto, description, vendors) in SERVICES {
        let draft = ServiceDraft {
            name: (*name).to_owned(),
            description: (*description).to_owned(),
            criticality: (*criticality).to_owned(),
            rto_hours: rto.to_string(),
            dependencies: vendors
                .iter()
                .map(|v| DependencyDraft {
                    vendor: (*v).to_owned(),
                    valid_to: if *v == "Mixpanel" { "2025-11-27".into() } else { String::new() },
                    ..DependencyDraft::default()
                })
                .collect(),
            ..ServiceDraft::default()
        };
        register.save_service(None, &draft)?;
    }
    for flow in FLOWS {
        register.add_flow(vendor_id(register, flow.vendor)?, &flow_draft(flow))?;
    }
    register.create_vendor(&VendorDraft {
        legal_name: "Google LLC".into(),
        website: "https://cloud.google.com".into(),
        country: "US".into(),
        category: "cloud_hosting".into(),
        status: "active".into(),
        description: "Fourth party: Mixpanel's hosting provider (no contract with us).".into(),
        ..VendorDraft::named("Google Cloud Platform")
    })?;
    // From, to, kind, categories passed, valid from, valid to.
    type SampleEdge<'a> = (&'a str, &'a str, &'a str, &'a [&'a str], &'a str, &'a str);
    let edges: &[SampleEdge<'_>] = &[
        (
            "Twilio Segment",
            "Mixpanel",
            "onward_transfer",
            &["user.unique_id", "user.device.operating_system_and_browser", "user.behavior.referring_websites"],
            "2023-03-01",
            "2025-11-27",
        ),
        ("Mixpanel", "Google Cloud Platform", "subprocessor", &[], "2023-03-01", ""),
        ("Zendesk", "Amazon Web Services", "subprocessor", &[], "2023-04-15", ""),
        ("Twilio Segment", "Amazon Web Services", "subprocessor", &[], "2023-03-01", ""),
        ("Intercom", "Amazon Web Services", "subprocessor", &[], "2024-02-01", ""),
    ];
    for (from, to, kind, categories, valid_from, valid_to) in edges {
        let draft = EdgeDraft {
            to_vendor: (*to).to_owned(),
            kind: (*kind).to_owned(),
            categories: categories.iter().map(|c| (*c).to_owned()).collect(),
            purpose: if *kind == "onward_transfer" { "Segment destination: Mixpanel".into() } else { "Hosting".into() },
            locations: vec!["US".into()],
            valid_from: (*valid_from).to_owned(),
            valid_to: (*valid_to).to_owned(),
        };
        register.add_edge(vendor_id(register, from)?, &draft).map_err(|e| context(e, from, to))?;
    }
    Ok(())
}

fn context(err: CoreError, from: &str, to: &str) -> CoreError {
    match err {
        CoreError::Validation(errors) => CoreError::Internal(format!("sample edge {from} → {to}: {errors}")),
        other => other,
    }
}
