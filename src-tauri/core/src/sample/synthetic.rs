//! Synthetic registers for benchmarks and scale tests: made-up vendors, flows and a
//! fourth-party graph in which a few hubs (like big clouds) receive data from many vendors.

use crate::datamap::{EdgeDraft, FlowDraft, ResidenceDraft};
use crate::error::Result;
use crate::ids::VendorId;
use crate::register::Register;
use crate::vendor::{LifecycleStatus, VendorCategory, VendorDraft, VendorQuery};

/// `count` made-up vendors, the same for the same `seed`, for benchmarks and scale tests.
pub fn synthetic_vendors(count: usize, seed: u64) -> Vec<VendorDraft> {
    let mut rng = fastrand::Rng::with_seed(seed);
    let categories = VendorCategory::ALL;
    let statuses = LifecycleStatus::ALL;
    let countries = ["US", "IE", "DE", "FR", "GB", "NL", "JP", "ID", "SG", "CA", "AU", "BR", "IN"];
    let words = [
        "Nimbus", "Vertex", "Quartz", "Harbor", "Signal", "Lumen", "Atlas", "Cobalt", "Meridian", "Orbit", "Pioneer",
        "Summit",
    ];
    let suffixes = ["Analytics", "Cloud", "Pay", "Desk", "Labs", "Systems", "Data", "Works", "AI", "Security"];
    (0..count)
        .map(|i| {
            let name = format!("{} {} {i:05}", words[rng.usize(..words.len())], suffixes[rng.usize(..suffixes.len())]);
            let start = chrono::NaiveDate::from_ymd_opt(2020 + rng.i32(0..6), rng.u32(1..13), rng.u32(1..29))
                .unwrap_or_default();
            let renewal = start + chrono::Duration::days(365 * i64::from(rng.u8(1..4)));
            VendorDraft {
                legal_name: format!("{name} Ltd"),
                country: countries[rng.usize(..countries.len())].to_owned(),
                category: categories[rng.usize(..categories.len())].as_str().to_owned(),
                status: statuses[rng.usize(..statuses.len())].as_str().to_owned(),
                business_owner: format!("Owner {}", rng.u16(1..200)),
                contract_start: start.to_string(),
                contract_renewal: renewal.to_string(),
                notice_period_days: rng.u16(0..120).to_string(),
                annual_spend: rng.u32(1_000..2_000_000).to_string(),
                currency: if rng.bool() { "USD" } else { "EUR" }.to_owned(),
                services: vec![format!("{} service", suffixes[rng.usize(..suffixes.len())])],
                ..VendorDraft::named(&name)
            }
        })
        .collect()
}

/// Categories synthetic flows draw from.
const CATEGORIES: &[&str] = &[
    "user.name",
    "user.contact.email",
    "user.contact.phone_number",
    "user.contact.address",
    "user.unique_id",
    "user.device.ip_address",
    "user.device.cookie_id",
    "user.behavior.browsing_history",
    "user.behavior.purchase_history",
    "user.location.imprecise",
    "user.location.precise",
    "user.financial.credit_card",
    "user.financial.bank_account",
    "user.authorization.credentials",
    "user.government_id.passport_number",
    "user.health_and_medical",
    "user.demographic.date_of_birth",
    "user.content.private",
];

const COUNTRIES: &[&str] = &["US", "DE", "FR", "GB", "IE", "NL", "ES", "IT", "ID", "JP", "SG", "BR", "IN", "CA", "AU"];

/// Adds `flows` data flows and `edges` vendor-to-vendor edges over the register's vendors.
/// Edge targets follow a skewed distribution, so a few vendors are hubs.
pub fn synthetic_data_map(register: &Register, flows: usize, edges: usize, seed: u64) -> Result<()> {
    let mut rng = fastrand::Rng::with_seed(seed);
    let all = VendorQuery { limit: VendorQuery::MAX_LIMIT, ..VendorQuery::default() };
    let mut vendors: Vec<VendorId> = Vec::new();
    loop {
        let page = register.list_vendors(&VendorQuery { offset: vendors.len() as u64, ..all.clone() })?;
        if page.items.is_empty() {
            break;
        }
        vendors.extend(page.items.iter().map(|r| r.id));
    }
    if vendors.is_empty() {
        return Ok(());
    }
    let mut held: Vec<Vec<&str>> = vec![Vec::new(); vendors.len()];
    let mut batch = Vec::with_capacity(flows.min(20_000));
    for _ in 0..flows {
        let v = rng.usize(..vendors.len());
        let categories: Vec<String> =
            (0..rng.usize(1..5)).map(|_| CATEGORIES[rng.usize(..CATEGORIES.len())].to_owned()).collect();
        for c in &categories {
            let key = CATEGORIES.iter().find(|k| **k == c.as_str()).copied().unwrap_or("user.name");
            if !held[v].contains(&key) {
                held[v].push(key);
            }
        }
        let people = rng.u32(100..2_000_000);
        let start =
            chrono::NaiveDate::from_ymd_opt(2019 + rng.i32(0..7), rng.u32(1..13), rng.u32(1..29)).unwrap_or_default();
        let end = (rng.u8(..10) == 0).then(|| start + chrono::Duration::days(i64::from(rng.u16(30..900))));
        batch.push((
            vendors[v],
            FlowDraft {
                subject: if rng.bool() { "customer" } else { "employee" }.to_owned(),
                categories,
                purpose: "Synthetic flow".to_owned(),
                records: (u64::from(people) * u64::from(rng.u8(1..50))).to_string(),
                people: people.to_string(),
                residence: (0..rng.usize(1..4))
                    .map(|i| ResidenceDraft {
                        country: COUNTRIES[(i * 5 + rng.usize(..5)) % COUNTRIES.len()].to_owned(),
                        people: (people / 4).to_string(),
                    })
                    .collect(),
                transfer_mechanism: "scc_module_2".to_owned(),
                valid_from: start.to_string(),
                valid_to: end.map(|e| e.to_string()).unwrap_or_default(),
                ..FlowDraft::default()
            },
        ));
        if batch.len() == 20_000 {
            register.add_flows(&batch)?;
            batch.clear();
        }
    }
    register.add_flows(&batch)?;
    let mut edge_batch = Vec::with_capacity(edges.min(10_000));
    for _ in 0..edges {
        let from = rng.usize(..vendors.len());
        // Skewed: u³ piles targets on the first vendors (the hubs).
        let u = rng.f64();
        let mut to = ((u * u * u) * vendors.len() as f64) as usize % vendors.len();
        if to == from {
            to = (to + 1) % vendors.len();
        }
        let categories: Vec<String> = if held[from].is_empty() || rng.bool() {
            Vec::new()
        } else {
            (0..rng.usize(1..3)).map(|_| held[from][rng.usize(..held[from].len())].to_owned()).collect()
        };
        edge_batch.push((
            vendors[from],
            EdgeDraft {
                to_vendor: vendors[to].to_string(),
                kind: "subprocessor".to_owned(),
                categories,
                valid_from: "2019-01-01".to_owned(),
                ..EdgeDraft::default()
            },
        ));
        if edge_batch.len() == 10_000 {
            register.add_edges(&edge_batch)?;
            edge_batch.clear();
        }
    }
    register.add_edges(&edge_batch)?;
    Ok(())
}

/// A financial entity's synthetic RoI over `providers` new vendors with LEIs: two entities,
/// twenty functions, `arrangements` arrangements spread over the providers, and `edges`
/// subcontracting edges among them. For benchmarks.
pub fn synthetic_dora(
    register: &Register,
    providers: usize,
    arrangements: usize,
    edges: usize,
    seed: u64,
) -> Result<()> {
    use crate::dora::model::{DoraArrangementDraft, DoraEntityDraft, DoraFunctionDraft, FunctionKey};
    use crate::validate::with_lei_check_digits;
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut profile = crate::org::OrgProfileDraft::from(&register.org_profile()?);
    profile.name = "Synthetic Bank".into();
    profile.financial_entity = true;
    register.set_org_profile(&profile)?;
    let facts = |pairs: &[(&str, String)]| pairs.iter().map(|(k, v)| ((*k).to_owned(), v.clone())).collect();
    let entity = with_lei_check_digits("9695000SYNTHBANK00");
    register.save_dora_entity(&DoraEntityDraft {
        lei: entity.clone(),
        name: "Synthetic Bank".into(),
        reporting: true,
        parent_lei: None,
        facts: facts(&[
            ("country", "IE".into()),
            ("type", "x12".into()),
            ("hierarchy", "x53".into()),
            ("last_update", "2025-12-01".into()),
            ("integration_date", "2025-01-17".into()),
            ("total_assets", "2500000000".into()),
        ]),
    })?;
    let functions: Vec<FunctionKey> =
        (0..20).map(|i| FunctionKey { code: format!("F{i:03}"), entity_lei: entity.clone() }).collect();
    for f in &functions {
        let critical = if rng.bool() { "x28" } else { "x29" };
        register.save_dora_function(&DoraFunctionDraft {
            code: f.code.clone(),
            entity_lei: entity.clone(),
            name: format!("Function {}", f.code),
            service: None,
            facts: facts(&[
                ("licensed_activity", "x28".into()),
                ("critical", critical.into()),
                ("last_assessment", "2025-10-01".into()),
                ("rto_hours", "4".into()),
                ("rpo_hours", "1".into()),
                ("discontinuation_impact", "x792".into()),
            ]),
        })?;
    }
    let mut drafts = synthetic_vendors(providers, seed);
    for (i, draft) in drafts.iter_mut().enumerate() {
        draft.lei = with_lei_check_digits(&format!("9695000SYN{i:08}"));
        draft.name = format!("{} (RoI)", draft.name);
    }
    let vendors = register.create_vendors(&drafts)?;
    for vendor in &vendors {
        let facts = facts(&[("person_type", "x212".into())]);
        register.save_dora_provider(vendor.id, &crate::dora::model::DoraProviderDraft { parent: None, facts })?;
    }
    for i in 0..arrangements {
        let vendor = vendors[i % vendors.len()].id;
        let supported = (0..rng.usize(1..4)).map(|_| functions[rng.usize(..functions.len())].clone()).collect();
        register.save_dora_arrangement(&DoraArrangementDraft {
            reference: format!("SYN-{i:06}"),
            vendor_id: vendor,
            entity_lei: entity.clone(),
            overarching: None,
            functions: supported,
            facts: facts(&[
                ("type", "x1".into()),
                ("currency", "EUR".into()),
                ("annual_cost", rng.u32(1_000..900_000).to_string()),
                ("service_type", format!("S{:02}", rng.u8(1..20))),
                ("start", "2024-01-01".into()),
                ("end", "9999-12-31".into()),
                ("provision_country", "IE".into()),
                ("stores_data", "x28".into()),
                ("storage_location", "DE".into()),
                ("processing_location", "qx2007".into()),
                ("substitutability_reason", "x964".into()),
            ]),
        })?;
    }
    // Subcontracting as it looks in practice: providers rely on a few hubs (the big clouds),
    // and hubs on a few other hubs, so chains are short.
    let hubs = (vendors.len() / 40).max(2);
    let pairs: Vec<(VendorId, EdgeDraft)> = (0..edges)
        .map(|i| {
            let (from, to) = if i % 20 == 0 {
                let to = rng.usize(1..hubs);
                (rng.usize(..to), to)
            } else {
                (rng.usize(hubs..vendors.len()), rng.usize(..hubs))
            };
            let draft = EdgeDraft {
                to_vendor: vendors[to].id.0.to_string(),
                kind: "subprocessor".into(),
                valid_from: "2024-01-01".into(),
                ..EdgeDraft::default()
            };
            (vendors[from].id, draft)
        })
        .collect();
    register.add_edges(&pairs)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synthetic_vendors_are_valid_and_repeatable() {
        let a = synthetic_vendors(200, 7);
        assert_eq!(a, synthetic_vendors(200, 7));
        assert!(a.iter().all(|d| d.validate().is_ok()));
    }
}
