//! The data map through the Register, on the sample register: the Mixpanel blast radius,
//! "as of" dates, the reverse lookup, edge rules, tampering, and the subprocessor-list import
//! on a real published list.

use std::path::PathBuf;

use crate::common::{new_register, outside};
use chrono::NaiveDate;
use vendor_risk_core::audit::AuditProblemKind;
use vendor_risk_core::datamap::EdgeDraft;
use vendor_risk_core::import::ListChange;
use vendor_risk_core::lookup::ReverseQuery;
use vendor_risk_core::taxonomy::Flag;
use vendor_risk_core::{AuditQuery, Register, sample};

fn d(text: &str) -> Option<NaiveDate> {
    Some(text.parse().unwrap())
}

fn sample_register() -> (tempfile::TempDir, Register, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let (register, path) = new_register(dir.path());
    sample::write_sample(&register).unwrap();
    (dir, register, path)
}

fn fixture(name: &str) -> String {
    let path = crate::common::fixture("subprocessors").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn the_mixpanel_blast_radius_on_the_day_of_the_attack() {
    let (_dir, register, _) = sample_register();
    let mixpanel = register.find_vendor("Mixpanel").unwrap().id;
    let radius = register.blast_radius(mixpanel, d("2025-11-09"), "").unwrap();

    let mut names: Vec<&str> = radius.direct.categories.iter().map(|c| &*c.name).collect();
    names.sort_unstable();
    assert_eq!(
        names,
        [
            "Imprecise Subject Location",
            "Name",
            "Operating system and browser",
            "Referring websites",
            "Unique ID",
            "User Contact Email"
        ]
    );
    assert_eq!(radius.direct.subjects[0].name, "API customers");
    assert_eq!(radius.direct.people, 1_250_000);
    let us = radius.direct.people_by_country.iter().find(|c| c.country == "US").unwrap();
    assert_eq!(us.people, 430_000);
    for country in ["GB", "DE", "ID", "JP"] {
        assert!(radius.direct.people_by_country.iter().any(|c| c.country == country), "{country}");
    }
    assert!(
        !radius.direct.flags.credentials && !radius.direct.flags.payment_card,
        "no passwords, keys or payment data"
    );

    let segment =
        radius.indirect.iter().find(|i| &*i.vendor.name == "Twilio Segment").expect("Segment passes data to Mixpanel");
    let mut passed: Vec<&str> = segment.paths[0].category_keys.iter().map(|k| &**k).collect();
    passed.sort_unstable();
    assert_eq!(
        passed,
        ["user.behavior.referring_websites", "user.device.operating_system_and_browser", "user.unique_id"]
    );

    assert_eq!(radius.downstream.len(), 1);
    assert_eq!(&*radius.downstream[0].vendor.name, "Google Cloud Platform");
    assert!(radius.downstream[0].assumed, "Mixpanel's list does not state categories");

    let services: Vec<&str> = radius.services.iter().map(|s| &*s.name).collect();
    assert_eq!(services, ["Developer platform", "Growth analytics"]);
    let actions: Vec<&str> = radius.actions.iter().map(|a| a.code.as_str()).collect();
    assert!(actions.contains(&"phishing_warning") && actions.contains(&"pause_upstream_forwarding"), "{actions:?}");
    assert!(!actions.contains(&"rotate_credentials"));
}

#[test]
fn as_of_dates_change_the_answer() {
    let (_dir, register, _) = sample_register();
    let mixpanel = register.find_vendor("Mixpanel").unwrap().id;
    let before_geo = register.blast_radius(mixpanel, d("2024-01-01"), "").unwrap();
    assert_eq!(before_geo.direct.categories.len(), 5, "location enrichment started in June 2024");
    let after_exit = register.blast_radius(mixpanel, d("2025-12-01"), "").unwrap();
    assert!(after_exit.direct.categories.is_empty() && after_exit.indirect.is_empty());
    assert_eq!(after_exit.last_held_on, d("2025-11-27"));
    assert!(after_exit.services.is_empty());
}

#[test]
fn the_reverse_lookup_finds_who_holds_what() {
    let (_dir, register, _) = sample_register();
    let cards = register
        .reverse_lookup(&ReverseQuery {
            category: Some("user.financial".into()),
            at: d("2025-11-09"),
            ..Default::default()
        })
        .unwrap();
    let names: Vec<&str> = cards.hits.iter().map(|h| &*h.vendor.name).collect();
    assert_eq!(names, ["Stripe", "Deel"], "card and bank data, most people first");
    assert_eq!(cards.hits[0].people, 310_000);
    let credentials = register
        .reverse_lookup(&ReverseQuery { flag: Some(Flag::Credentials), at: d("2025-11-09"), ..Default::default() })
        .unwrap();
    let mut names: Vec<&str> = credentials.hits.iter().map(|h| &*h.vendor.name).collect();
    names.sort_unstable();
    assert_eq!(names, ["Amazon Web Services", "Okta"]);
    let email_then = register
        .reverse_lookup(&ReverseQuery {
            category: Some("user.contact.email".into()),
            at: d("2022-01-01"),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(email_then.hits.iter().map(|h| &*h.vendor.name).collect::<Vec<_>>(), ["Heap"]);
}

#[test]
fn an_edge_cannot_pass_on_what_the_vendor_never_held() {
    let (_dir, register, _) = sample_register();
    let zendesk = register.find_vendor("Zendesk").unwrap().id;
    let draft = EdgeDraft {
        to_vendor: "Salesforce".into(),
        kind: "onward_transfer".into(),
        categories: vec!["user.contact.email".into(), "user.financial.credit_card".into()],
        valid_from: "2025-01-01".into(),
        ..EdgeDraft::default()
    };
    let err = register.add_edge(zendesk, &draft).unwrap_err();
    let fields: Vec<(&str, &str)> =
        err.field_errors().unwrap().0.iter().map(|e| (e.field.as_str(), e.rule.as_str())).collect();
    assert_eq!(fields, [("categories.1", "not_held")]);
}

#[test]
fn ending_a_flow_keeps_its_history_and_the_chain_verifies() {
    let (_dir, register, path) = sample_register();
    let stripe = register.find_vendor("Stripe").unwrap().id;
    let flow = register.flows(Some(stripe)).unwrap().remove(0);
    let err = register.end_flow(flow.id, "2020-01-01").unwrap_err();
    assert_eq!(err.field_errors().unwrap().0[0].field, "validTo");
    register.end_flow(flow.id, "2026-06-30").unwrap();
    let kept = register.flows(Some(stripe)).unwrap().remove(0);
    assert_eq!(kept.valid_to, d("2026-06-30"));
    assert!(register.blast_radius(stripe, d("2026-07-01"), "").unwrap().direct.categories.is_empty());
    assert!(!register.blast_radius(stripe, d("2026-06-30"), "").unwrap().direct.categories.is_empty());
    assert!(register.verify_audit().unwrap().intact);

    outside(&path, &format!("UPDATE data_flows SET people = 1 WHERE id = {}", flow.id.0));
    outside(&path, "UPDATE data_categories SET credentials = 0 WHERE key = 'user.authorization.password'");
    let problems: Vec<AuditProblemKind> =
        register.verify_audit().unwrap().problems.into_iter().map(|p| p.kind).collect();
    assert_eq!(
        problems,
        [AuditProblemKind::RecordAltered, AuditProblemKind::RecordAltered],
        "the flow and the built-in category"
    );
}

#[test]
fn githubs_published_subprocessor_list_imports_with_a_preview() {
    let (_dir, register, _) = sample_register();
    let github = register.find_vendor("GitHub").unwrap().id;
    let list = fixture("github-subprocessors.md");
    let entries_before = register.audit_log(&AuditQuery::default()).unwrap().total;

    let preview = register.preview_subprocessors(github, list.as_bytes(), None).unwrap();
    assert!(!preview.committed);
    assert_eq!(register.audit_log(&AuditQuery::default()).unwrap().total, entries_before, "a preview writes nothing");
    let names: Vec<&str> = preview.rows.iter().map(|r| &*r.listed.name).collect();
    assert_eq!(preview.rows.len(), 29, "two tables, 30 rows, one name listed twice: {names:?}");
    assert!(names.contains(&"npm Inc") && names.contains(&"Semmle Inc"), "tabs inside cells are trimmed");
    assert!(names.contains(&"Twilio (SendGrid)"), "runs of spaces collapse");
    let azure = preview.rows.iter().find(|r| r.listed.name == "Microsoft (Azure)").unwrap();
    assert_eq!(azure.listed.locations, ["US", "CA", "CL", "MX"]);
    assert_eq!(azure.listed.purposes.len(), 2, "the duplicate's purposes are merged");
    assert!(preview.warnings.iter().any(|w| w.message.contains("listed twice")));
    let technical = preview.rows.iter().find(|r| r.listed.name == "Microsoft").unwrap();
    assert_eq!(technical.listed.locations.len(), 11, "several locations in one cell");
    let aws = preview.rows.iter().find(|r| r.listed.name.starts_with("Amazon Web Services")).unwrap();
    assert_eq!(aws.existing_vendor.as_ref().map(|v| &*v.name), Some("Amazon Web Services"), "linked, not duplicated");
    assert!(preview.rows.iter().all(|r| r.change == ListChange::Added));

    let imported = register.import_subprocessors(github, list.as_bytes(), None, None).unwrap();
    assert!(imported.committed);
    let edges: Vec<_> =
        register.edges(Some(github)).unwrap().into_iter().filter(|e| e.from_vendor.id == github).collect();
    assert_eq!(edges.len(), 29);
    assert!(register.find_vendor("Anthropic PBC").is_ok(), "missing vendors are created");
    assert!(register.open_reviews(github).unwrap().is_empty(), "a first import needs no review");
    assert!(register.verify_audit().unwrap().intact);

    // A newer list: one subprocessor gone, one added, one moved.
    let newer = list.replace("| Pusher ", "| Pusherx ").replace(
        "| Obsidian Security             | Security management                                                            | United States ",
        "| Obsidian Security             | Security management                                                            | United States, Ireland ",
    );
    let newer = newer
        .replace("| xAI ", "| ~~removed~~ ")
        .lines()
        .filter(|l| !l.contains("~~removed~~"))
        .collect::<Vec<_>>()
        .join("\n");
    let diff = register.preview_subprocessors(github, newer.as_bytes(), None).unwrap();
    let added: Vec<&str> =
        diff.rows.iter().filter(|r| r.change == ListChange::Added).map(|r| &*r.listed.name).collect();
    let changed: Vec<&str> =
        diff.rows.iter().filter(|r| r.change == ListChange::Changed).map(|r| &*r.listed.name).collect();
    let removed: Vec<&str> = diff.removed.iter().map(|r| &*r.vendor.name).collect();
    assert_eq!(added, ["Pusherx"]);
    assert_eq!(changed, ["Obsidian Security"]);
    let mut removed_sorted = removed.clone();
    removed_sorted.sort_unstable();
    assert_eq!(removed_sorted, ["Pusher", "xAI"]);
    register.import_subprocessors(github, newer.as_bytes(), None, None).unwrap();
    assert_eq!(register.open_reviews(github).unwrap(), ["Subprocessor list changed: 1 added, 2 removed, 1 changed"]);
    let still: Vec<_> =
        register.edges(Some(github)).unwrap().into_iter().filter(|e| &*e.to_vendor.name == "Pusher").collect();
    assert!(still[0].valid_to.is_some(), "a removed subprocessor's edge ends; its history stays");
}

#[test]
fn a_malformed_list_names_the_line_and_writes_nothing() {
    let (_dir, register, _) = sample_register();
    let github = register.find_vendor("GitHub").unwrap().id;
    let entries_before = register.audit_log(&AuditQuery::default()).unwrap().total;
    let bad = "| Name | Location of Processing |\n|---|---|\n| Acme | Germany |\n| Beta | Atlantis |\n";
    let err = register.import_subprocessors(github, bad.as_bytes(), None, None).unwrap_err();
    let errors = err.field_errors().unwrap();
    assert_eq!(errors.0[0].field, "line 4");
    assert!(errors.0[0].message.contains("Atlantis"));
    assert_eq!(register.audit_log(&AuditQuery::default()).unwrap().total, entries_before);
    assert!(register.find_vendor("Acme").is_err());
}
