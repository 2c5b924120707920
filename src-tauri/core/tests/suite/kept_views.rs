//! Kept views stay true: the data map and the vendor list a register keeps between calls are
//! updated from the audit log after every kind of change, made by this register or by another
//! program on the same file, and always answer what a register opened afresh answers; a
//! watched register hears another program's change.

use crate::common::{new_register, options};
use chrono::NaiveDate;
use vendor_risk_core::datamap::{EdgeDraft, FlowDraft, ServiceDraft};
use vendor_risk_core::ids::VendorId;
use vendor_risk_core::register::RegisterEvent;
use vendor_risk_core::vendor::{VendorDraft, VendorQuery};
use vendor_risk_core::{DataMapLoading, Register, RegisterOptions, sample};

/// A change to the register.
type Change = dyn Fn(&Register);

/// What the graph questions and the list answer, for comparing two registers.
fn answers(register: &Register, vendors: &[VendorId]) -> Vec<String> {
    let date = NaiveDate::from_ymd_opt(2026, 11, 28);
    let mut out: Vec<String> = vendors
        .iter()
        .map(|v| {
            let radius = register.blast_radius(*v, date, "2026-11-28T09:00:00Z").unwrap();
            serde_json::to_string(&radius).unwrap()
        })
        .collect();
    let list = register.list_vendors(&VendorQuery { limit: 1000, ..VendorQuery::default() }).unwrap();
    out.push(serde_json::to_string(&list).unwrap());
    out
}

fn fresh(path: &std::path::Path, vendors: &[VendorId]) -> Vec<String> {
    answers(&Register::open(path, options()).unwrap(), vendors)
}

#[test]
fn kept_views_answer_as_a_fresh_register_after_every_kind_of_change() {
    let dir = tempfile::tempdir().unwrap();
    let (register, path) = new_register(dir.path());
    register.create_vendors(&sample::synthetic_vendors(120, 7)).unwrap();
    sample::synthetic_data_map(&register, 900, 300, 7).unwrap();
    let watched: Vec<VendorId> = (1..=120).step_by(7).map(VendorId).collect();
    // The kept views are filled...
    assert_eq!(answers(&register, &watched), fresh(&path, &watched));
    // ...and another program (the CLI) changes the file.
    let other = Register::open(&path, options()).unwrap();
    let mut changes: Vec<(&str, Box<Change>)> = Vec::new();
    changes.push((
        "a vendor renamed",
        Box::new(|r| {
            let mut draft = VendorDraft::from(&r.vendor(VendorId(8)).unwrap());
            draft.name = "Renamed vendor".into();
            r.update_vendor(VendorId(8), &draft).unwrap();
        }),
    ));
    changes.push(("a vendor archived", Box::new(|r| drop(r.archive_vendor(VendorId(15)).unwrap()))));
    changes.push(("a vendor created", Box::new(|r| drop(r.create_vendor(&VendorDraft::named("Newcomer")).unwrap()))));
    changes.push((
        "a flow added to the new vendor",
        Box::new(|r| {
            let newcomer = r.find_vendor("Newcomer").unwrap().id;
            let draft = FlowDraft {
                subject: "customer".into(),
                categories: vec!["user.contact.email".into(), "user.financial".into()],
                purpose: "Billing".into(),
                people: "900000".into(),
                transfer_mechanism: "eu_us_dpf".into(),
                valid_from: "2026-01-01".into(),
                ..FlowDraft::default()
            };
            r.add_flow(newcomer, &draft).unwrap();
        }),
    ));
    changes.push((
        "an edge into a watched vendor",
        Box::new(|r| {
            let newcomer = r.find_vendor("Newcomer").unwrap().id;
            let draft = EdgeDraft {
                to_vendor: "22".into(),
                kind: "subprocessor".into(),
                valid_from: "2026-02-01".into(),
                ..EdgeDraft::default()
            };
            r.add_edge(newcomer, &draft).unwrap();
        }),
    ));
    changes.push((
        "a flow ended",
        Box::new(|r| {
            let flow = r.flows(Some(VendorId(29))).unwrap()[0].id;
            r.end_flow(flow, "2026-01-31").unwrap();
        }),
    ));
    changes.push((
        "an edge ended",
        Box::new(|r| {
            let edge = r.edges(None).unwrap()[0].id;
            r.end_edge(edge, "2026-02-28").unwrap();
        }),
    ));
    changes.push((
        "a service depending on a watched vendor",
        Box::new(|r| {
            let draft = ServiceDraft {
                name: "Checkout".into(),
                criticality: "critical".into(),
                dependencies: vec![vendor_risk_core::datamap::DependencyDraft {
                    vendor: "36".into(),
                    ..Default::default()
                }],
                ..ServiceDraft::default()
            };
            r.save_service(None, &draft).unwrap();
        }),
    ));
    for (what, change) in &changes {
        change(&other);
        assert_eq!(answers(&register, &watched), fresh(&path, &watched), "after {what} by another program");
        change_here(&register, what);
        assert_eq!(answers(&register, &watched), fresh(&path, &watched), "after a change by this register");
    }
}

/// A change made by the register keeping the views: a note-worthy edit of a watched vendor.
fn change_here(register: &Register, what: &str) {
    let mut draft = VendorDraft::from(&register.vendor(VendorId(43)).unwrap());
    draft.description = format!("checked after {what}");
    register.update_vendor(VendorId(43), &draft).unwrap();
}

#[test]
fn the_blast_radius_read_for_one_question_equals_the_kept_one() {
    let dir = tempfile::tempdir().unwrap();
    let (register, path) = new_register(dir.path());
    register.create_vendors(&sample::synthetic_vendors(150, 11)).unwrap();
    sample::synthetic_data_map(&register, 1500, 600, 11).unwrap();
    let per_question =
        Register::open(&path, RegisterOptions { data_map: DataMapLoading::PerQuestion, ..options() }).unwrap();
    for vendor in (1..=150).step_by(5).map(VendorId) {
        let kept = register.blast_radius(vendor, None, "2026-11-28T09:00:00Z").unwrap();
        let read = per_question.blast_radius(vendor, None, "2026-11-28T09:00:00Z").unwrap();
        assert_eq!(kept, read, "vendor {vendor}");
    }
}

#[test]
fn a_watched_register_hears_another_programs_change() {
    let dir = tempfile::tempdir().unwrap();
    let (register, path) = new_register(dir.path());
    let register = std::sync::Arc::new(register);
    let (sender, events) = std::sync::mpsc::channel();
    let _watch = register.watch(move |event| {
        let _ = sender.send(event);
    });
    // A team register first says it is listening; a file is watched from the call on.
    let mut first = events.try_recv().ok();
    if first.is_none() && vendor_risk_core::Register::is_team_address(&path) {
        first = events.recv_timeout(std::time::Duration::from_secs(60)).ok();
    }
    assert!(matches!(first, None | Some(RegisterEvent::Online)), "{first:?}");

    let other = Register::open(&path, options()).unwrap();
    other.create_vendor(&VendorDraft::named("Added Elsewhere")).unwrap();
    // Within about a second; a minute is the hang guard.
    let heard = events.recv_timeout(std::time::Duration::from_secs(60)).expect("the change is heard");
    assert_eq!(heard, RegisterEvent::Changed);
}
