//! Graph walks of the blast radius: direct exposure, paths into the vendor with categories
//! narrowing along them, several paths, cycles, validity dates, downstream vendors, services.

use chrono::NaiveDate;

use crate::datamap::{Criticality, EdgeKind};
use crate::ids::{EdgeId, FlowId, InternalServiceId, VendorId};
use crate::snapshot::{DataMapSnapshot, EdgePart, FlowPart, ServiceFact, SnapshotParts, Taxonomy, VendorFact};
use crate::taxonomy::builtin_categories;
use crate::vendor::LifecycleStatus;

fn d(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

/// Vendors 1..=n named V1..Vn.
struct Graph {
    parts: SnapshotParts,
    next_id: i64,
}

impl Graph {
    fn new(vendors: i64) -> Self {
        let parts = SnapshotParts {
            taxonomy: Taxonomy::new(builtin_categories()),
            subject_names: [("customer".to_owned(), "Customer".to_owned())].into(),
            vendors: (1..=vendors)
                .map(|i| VendorFact {
                    id: VendorId(i),
                    name: format!("V{i}").into(),
                    status: LifecycleStatus::Active,
                    archived: false,
                })
                .collect(),
            ..SnapshotParts::default()
        };
        Graph { parts, next_id: 1 }
    }

    fn flow(
        mut self,
        vendor: i64,
        categories: &[&str],
        residence: &[(&str, i64)],
        from: &str,
        to: Option<&str>,
    ) -> Self {
        self.next_id += 1;
        self.parts.flows.push((
            VendorId(vendor),
            FlowPart {
                id: FlowId(self.next_id),
                source_service: Some(InternalServiceId(1)),
                subject_key: "customer".into(),
                categories: self.parts.taxonomy.set_of(categories.iter().copied()),
                records: Some(residence.iter().map(|r| r.1).sum::<i64>() * 10),
                people: Some(residence.iter().map(|r| r.1).sum()),
                residence: residence.iter().map(|(c, n)| ((*c).into(), *n)).collect(),
                valid_from: d(from),
                valid_to: to.map(d),
            },
        ));
        self
    }

    fn edge(mut self, from: i64, to: i64, categories: &[&str], valid_to: Option<&str>) -> Self {
        self.next_id += 1;
        self.parts.edges.push(EdgePart {
            id: EdgeId(self.next_id),
            from: VendorId(from),
            to: VendorId(to),
            kind: EdgeKind::Subprocessor,
            categories: (!categories.is_empty()).then(|| self.parts.taxonomy.set_of(categories.iter().copied())),
            valid_from: d("2020-01-01"),
            valid_to: valid_to.map(d),
        });
        self
    }

    fn build(mut self) -> DataMapSnapshot {
        self.parts.services.push(ServiceFact {
            id: InternalServiceId(1),
            name: "Platform".into(),
            criticality: Criticality::Critical,
            rto_hours: Some(4),
        });
        DataMapSnapshot::new(self.parts)
    }
}

/// Shared keys as sorted plain strings.
fn strs(keys: &[std::sync::Arc<str>]) -> Vec<&str> {
    let mut out: Vec<&str> = keys.iter().map(|k| &**k).collect();
    out.sort_unstable();
    out
}

/// The category keys, sorted.
fn keys(categories: &[super::ExposedCategory]) -> Vec<&str> {
    let mut keys: Vec<&str> = categories.iter().map(|c| c.key.as_str()).collect();
    keys.sort_unstable();
    keys
}

#[test]
fn direct_exposure_counts_people_per_country_without_double_counting_a_group() {
    let map = Graph::new(1)
        .flow(1, &["user.name", "user.contact.email"], &[("US", 100), ("DE", 50)], "2024-01-01", None)
        .flow(1, &["user.device"], &[("US", 80), ("JP", 10)], "2024-01-01", None)
        .build();
    let radius = map.blast_radius(VendorId(1), d("2025-11-09")).unwrap();
    assert_eq!(keys(&radius.direct.categories), ["user.contact.email", "user.device", "user.name"]);
    let countries: Vec<(&str, i64)> =
        radius.direct.people_by_country.iter().map(|c| (c.country.as_str(), c.people)).collect();
    assert_eq!(countries, [("US", 100), ("DE", 50), ("JP", 10)], "one group: the largest count per country");
    assert_eq!(radius.direct.people, 150);
    assert_eq!(radius.direct.records, 2400);
    assert!(radius.direct.flags.personal);
    assert_eq!(radius.rank, Some(1));
    assert_eq!(radius.services[0].name, "Platform");
    let codes: Vec<&str> = radius.actions.iter().map(|a| a.code.as_str()).collect();
    assert!(codes.contains(&"phishing_warning") && !codes.contains(&"rotate_credentials"), "{codes:?}");
}

#[test]
fn validity_dates_decide_what_was_held() {
    let map = Graph::new(1)
        .flow(1, &["user.name"], &[("US", 10)], "2024-01-01", Some("2025-11-27"))
        .flow(1, &["user.device"], &[], "2025-12-01", None)
        .build();
    assert_eq!(keys(&map.blast_radius(VendorId(1), d("2025-11-09")).unwrap().direct.categories), ["user.name"]);
    assert_eq!(
        keys(&map.blast_radius(VendorId(1), d("2025-11-27")).unwrap().direct.categories),
        ["user.name"],
        "the last day counts"
    );
    let between = map.blast_radius(VendorId(1), d("2025-11-28")).unwrap();
    assert!(between.direct.categories.is_empty());
    assert_eq!(between.last_held_on, Some(d("2025-11-27")));
    assert_eq!(between.rank, None);
    assert_eq!(keys(&map.blast_radius(VendorId(1), d("2026-01-01")).unwrap().direct.categories), ["user.device"]);
}

#[test]
fn categories_narrow_along_the_path_into_the_vendor() {
    // V2 holds name, e-mail and device data; it passes contact data to V3, which passes only
    // e-mail on to V1. V1 is the compromised vendor.
    let map = Graph::new(3)
        .flow(1, &["user.location.imprecise"], &[("US", 5)], "2024-01-01", None)
        .flow(2, &["user.name", "user.contact.email", "user.device"], &[("US", 5)], "2024-01-01", None)
        .edge(2, 3, &["user.contact"], None)
        .edge(3, 1, &["user.contact.email", "user.financial"], None)
        .build();
    let radius = map.blast_radius(VendorId(1), d("2025-01-01")).unwrap();
    assert_eq!(radius.indirect.len(), 1, "V3 holds nothing of its own from us");
    let via = &radius.indirect[0];
    assert_eq!(&*via.vendor.name, "V2");
    assert_eq!(via.paths[0].vendors.iter().map(|v| &*v.name).collect::<Vec<_>>(), ["V2", "V3", "V1"]);
    assert_eq!(
        strs(&via.paths[0].category_keys),
        ["user.contact.email"],
        "only e-mail passes both edges; financial data was never held"
    );
    assert_eq!(keys(&radius.exposed_categories), ["user.contact.email", "user.location.imprecise"]);
}

#[test]
fn several_paths_to_the_same_vendor_are_shown_and_united() {
    let map = Graph::new(4)
        .flow(2, &["user.name", "user.device"], &[("US", 5)], "2024-01-01", None)
        .edge(2, 3, &["user.name"], None)
        .edge(3, 1, &[], None)
        .edge(2, 4, &["user.device"], None)
        .edge(4, 1, &[], None)
        .build();
    let radius = map.blast_radius(VendorId(1), d("2025-01-01")).unwrap();
    let via = radius.indirect.iter().find(|i| &*i.vendor.name == "V2").unwrap();
    assert_eq!(via.paths.len(), 2);
    let mut per_path: Vec<Vec<&str>> = via.paths.iter().map(|p| strs(&p.category_keys)).collect();
    per_path.sort();
    assert_eq!(per_path, [vec!["user.device"], vec!["user.name"]]);
    assert_eq!(strs(&via.category_keys), ["user.device", "user.name"]);
}

#[test]
fn cycles_end_and_downstream_vendors_are_at_risk() {
    // V1 → V2 → V3 → V1 (a cycle), and V2 → V4 with only e-mail.
    let map = Graph::new(4)
        .flow(1, &["user.name", "user.contact.email"], &[("US", 5)], "2024-01-01", None)
        .edge(1, 2, &[], None)
        .edge(2, 3, &["user.name"], None)
        .edge(3, 1, &[], None)
        .edge(2, 4, &["user.contact.email"], None)
        .build();
    let radius = map.blast_radius(VendorId(1), d("2025-01-01")).unwrap();
    let downstream: Vec<(&str, u32, Vec<&str>, bool)> =
        radius.downstream.iter().map(|w| (&*w.vendor.name, w.depth, strs(&w.category_keys), w.assumed)).collect();
    assert_eq!(
        downstream,
        [
            ("V2", 1, vec!["user.contact.email", "user.name"], true),
            ("V3", 2, vec!["user.name"], true),
            ("V4", 2, vec!["user.contact.email"], true)
        ]
    );
    assert_eq!(radius.downstream[2].path.iter().map(|v| &*v.name).collect::<Vec<_>>(), ["V1", "V2", "V4"]);
    assert!(radius.actions.iter().any(|a| a.code == "ask_subprocessors"));
    let ranks = map.ranks(d("2025-01-01"));
    assert_eq!(ranks, [Some(1), Some(2), Some(3), Some(3)]);
}

#[test]
fn an_ended_edge_carries_nothing() {
    let map = Graph::new(2)
        .flow(2, &["user.name"], &[("US", 5)], "2024-01-01", None)
        .edge(2, 1, &[], Some("2024-06-30"))
        .build();
    assert_eq!(map.blast_radius(VendorId(1), d("2024-06-30")).unwrap().indirect.len(), 1);
    assert!(map.blast_radius(VendorId(1), d("2024-07-01")).unwrap().indirect.is_empty());
}

#[test]
fn credentials_and_special_categories_bring_their_actions() {
    let map = Graph::new(1)
        .flow(1, &["user.authorization.password", "user.health_and_medical"], &[("US", 5)], "2024-01-01", None)
        .build();
    let codes: Vec<String> =
        map.blast_radius(VendorId(1), d("2025-01-01")).unwrap().actions.into_iter().map(|a| a.code).collect();
    assert!(
        codes.contains(&"rotate_credentials".to_owned()) && codes.contains(&"high_risk_assessment".to_owned()),
        "{codes:?}"
    );
}

#[test]
fn long_lists_are_capped_but_counted() {
    let n = super::LISTED_VENDORS as i64 + 100;
    let mut graph = Graph::new(n + 2);
    for i in 2..=n + 1 {
        graph =
            graph.flow(i, &["user.name"], &[("US", i)], "2024-01-01", None).edge(i, 1, &[], None).edge(1, i, &[], None);
    }
    let radius = graph
        .flow(1, &["user.name"], &[("US", 1)], "2024-01-01", None)
        .build()
        .blast_radius(VendorId(1), d("2025-01-01"))
        .unwrap();
    assert_eq!(radius.indirect.len(), super::LISTED_VENDORS);
    assert_eq!(radius.indirect_total as i64, n);
    assert_eq!(&*radius.indirect[0].vendor.name, format!("V{}", n + 1), "most people first");
    assert_eq!(radius.downstream.len(), super::LISTED_VENDORS);
    assert_eq!(radius.downstream_total as i64, n);
}
