//! Vendor use cases through the Register facade, on a real register file.

use crate::common::new_register;
use vendor_risk_core::locale::Language;
use vendor_risk_core::vendor::{
    ArchivedFilter, ContactDraft, LifecycleStatus, SortDirection, VendorCategory, VendorDraft, VendorQuery,
    VendorSortKey,
};
use vendor_risk_core::{AuditQuery, ErrorCode, sample};

fn draft(name: &str) -> VendorDraft {
    VendorDraft { category: "analytics".into(), status: "active".into(), ..VendorDraft::named(name) }
}

#[test]
fn create_read_update_archive_restore() {
    let dir = tempfile::tempdir().unwrap();
    let (register, _) = new_register(dir.path());
    let mut input = draft("Mixpanel");
    input.services = vec!["Product analytics".into(), "Session replay".into()];
    input.contacts =
        vec![ContactDraft { name: "Privacy".into(), email: "privacy@mixpanel.com".into(), role: "DPO".into() }];
    let created = register.create_vendor(&input).unwrap();
    assert_eq!(created.profile.category, VendorCategory::Analytics);
    assert_eq!(created.services.len(), 2);

    let mut edit = VendorDraft::from(&created);
    edit.country = "us".into();
    edit.services = vec!["Session replay".into(), "Product analytics (web)".into()];
    let updated = register.update_vendor(created.id, &edit).unwrap();
    assert_eq!(updated.profile.country.as_deref(), Some("US"));
    assert_eq!(updated.services[0].id, created.services[1].id, "a kept service keeps its id");
    assert_eq!(updated.contacts[0].id, created.contacts[0].id);

    let archived = register.archive_vendor(created.id).unwrap();
    assert!(archived.archived_at.is_some());
    assert_eq!(register.list_vendors(&VendorQuery::default()).unwrap().total, 0);
    let all = VendorQuery { archived: ArchivedFilter::Include, ..VendorQuery::default() };
    assert_eq!(register.list_vendors(&all).unwrap().items[0].name, "Mixpanel");
    assert_eq!(register.archive_vendor(created.id).unwrap_err().code(), ErrorCode::Conflict);
    register.restore_vendor(created.id).unwrap();
    assert_eq!(register.find_vendor("  MIXPANEL ").unwrap().id, created.id);
    assert_eq!(register.find_vendor(&created.id.to_string()).unwrap().id, created.id);
    assert_eq!(register.find_vendor("Amplitude").unwrap_err().code(), ErrorCode::NotFound);
}

#[test]
fn every_change_is_in_the_audit_log_with_old_and_new_values() {
    let dir = tempfile::tempdir().unwrap();
    let (register, _) = new_register(dir.path());
    let created = register.create_vendor(&draft("Zendesk")).unwrap();
    let mut edit = VendorDraft::from(&created);
    edit.breach_sla_hours = "48".into();
    register.update_vendor(created.id, &edit).unwrap();
    register.archive_vendor(created.id).unwrap();

    let log = register.audit_log(&AuditQuery { entity_kind: Some("vendor".into()), ..AuditQuery::default() }).unwrap();
    let actions: Vec<&str> = log.items.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(actions, ["vendor.archive", "vendor.update", "vendor.create"]);
    let update = &log.items[1];
    assert_eq!(update.actor, "Ana Compliance");
    assert_eq!(update.changes.len(), 1);
    assert_eq!(update.changes[0].field, "dpa.breachSlaHours");
    assert_eq!((update.changes[0].old.as_deref(), update.changes[0].new.as_deref()), (None, Some("48")));
    assert!(register.verify_audit().unwrap().intact);
}

#[test]
fn rejected_input_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (register, _) = new_register(dir.path());
    let entries_before = register.audit_log(&AuditQuery::default()).unwrap().total;
    let mut bad = draft("Okta");
    bad.lei = "HWUPKR0MPOU8FGXBT395".into();
    bad.contacts = vec![ContactDraft { name: "Trust".into(), email: "trust@".into(), role: String::new() }];
    bad.contract_start = "2025-02-30".into();
    bad.annual_spend = "75000".into();
    bad.currency = "US$".into();
    let err = register.create_vendor(&bad).unwrap_err();
    let fields: Vec<&str> = err.field_errors().unwrap().0.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["lei", "contractStart", "currency", "contacts.0.email"]);
    assert_eq!(register.list_vendors(&VendorQuery::default()).unwrap().total, 0);
    assert_eq!(register.audit_log(&AuditQuery::default()).unwrap().total, entries_before);
}

#[test]
fn every_rejected_field_of_a_vendor_can_be_explained_in_bahasa_indonesia() {
    let dir = tempfile::tempdir().unwrap();
    let (register, _) = new_register(dir.path());
    let mut bad = draft("Okta");
    bad.lei = "HWUPKR0MPOU8FGXBT395".into();
    bad.contacts = vec![ContactDraft { name: "Trust".into(), email: "trust@".into(), role: String::new() }];
    bad.contract_start = "2025-03-01".into();
    bad.contract_end = "2025-02-01".into();
    bad.category = "catering".into();
    bad.annual_spend = "75000".into();
    bad.currency = "US$".into();
    let english = register.create_vendor(&bad).unwrap_err().field_errors().unwrap().clone();
    let indonesian = english.in_language(vendor_risk_core::locale::Language::Id);
    assert_eq!(english.0.len(), 5, "{english:?}");
    for (en, id) in english.0.iter().zip(&indonesian.0) {
        assert_eq!((&en.field, &en.rule), (&id.field, &id.rule));
        assert!(en.message != id.message, "{}: '{}' has no Indonesian text", en.field, en.message);
    }
}

#[test]
fn duplicate_names_are_a_field_error_and_a_batch_is_all_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (register, _) = new_register(dir.path());
    register.create_vendor(&draft("Stripe")).unwrap();
    let err = register.create_vendor(&draft("  stripe ")).unwrap_err();
    assert_eq!(err.field_errors().unwrap().0[0].field, "name");

    let batch = [draft("Okta"), draft("Intercom"), draft("STRIPE")];
    let err = register.create_vendors(&batch).unwrap_err();
    assert_eq!(err.field_errors().unwrap().0[0].field, "2.name");
    assert_eq!(register.list_vendors(&VendorQuery::default()).unwrap().total, 1, "nothing of the batch was kept");
}

#[test]
fn a_duplicate_name_is_explained_in_bahasa_indonesia() {
    let dir = tempfile::tempdir().unwrap();
    let (register, _) = new_register(dir.path());
    let stripe = register.create_vendor(&draft("Stripe")).unwrap();
    let taken = |name: &str| register.create_vendor(&draft(name)).unwrap_err().field_errors().unwrap().clone();
    let english = taken("stripe");
    assert_eq!(english.0[0].message, "A vendor named 'stripe' already exists.");
    assert_eq!(english.in_language(Language::Id).0[0].message, "Vendor bernama 'stripe' sudah ada.");
    register.archive_vendor(stripe.id).unwrap();
    let archived = taken("STRIPE");
    assert_eq!(archived.0[0].message, "A vendor named 'STRIPE' already exists (archived).");
    assert_eq!(archived.in_language(Language::Id).0[0].message, "Vendor bernama 'STRIPE' sudah ada (diarsipkan).");
}

#[test]
fn the_list_is_filtered_sorted_and_paged_in_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let (register, _) = new_register(dir.path());
    sample::write_sample(&register).unwrap();
    let everything = register.list_vendors(&VendorQuery { limit: 1000, ..VendorQuery::default() }).unwrap();
    assert!(everything.total >= 25);
    let names: Vec<&str> = everything.items.iter().map(|r| r.name.as_str()).collect();
    let mut sorted = names.clone();
    sorted.sort_by_key(|n| n.to_lowercase());
    assert_eq!(names, sorted);

    let analytics = VendorQuery {
        categories: vec![VendorCategory::Analytics],
        statuses: vec![LifecycleStatus::Active, LifecycleStatus::Terminated],
        sort: VendorSortKey::AnnualSpend,
        direction: SortDirection::Desc,
        ..VendorQuery::default()
    };
    let page = register.list_vendors(&analytics).unwrap();
    let names: Vec<&str> = page.items.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["Twilio Segment", "Mixpanel", "Heap"]);

    let search = register.list_vendors(&VendorQuery { search: "twilio".into(), ..VendorQuery::default() }).unwrap();
    assert_eq!(search.total, 2);
    let by_legal_name =
        register.list_vendors(&VendorQuery { search: "functional soft".into(), ..VendorQuery::default() }).unwrap();
    assert_eq!(by_legal_name.items[0].name, "Sentry");
    let wildcard = register.list_vendors(&VendorQuery { search: "%".into(), ..VendorQuery::default() }).unwrap();
    assert_eq!(wildcard.total, 0, "LIKE wildcards in the search text are literal");

    let second = register.list_vendors(&VendorQuery { offset: 10, limit: 5, ..VendorQuery::default() }).unwrap();
    assert_eq!(second.items.iter().map(|r| r.name.as_str()).collect::<Vec<_>>(), names_of(&everything.items[10..15]));

    let by_renewal = VendorQuery { sort: VendorSortKey::Renewal, limit: 1000, ..VendorQuery::default() };
    let rows = register.list_vendors(&by_renewal).unwrap().items;
    let renewals: Vec<_> = rows.iter().map(|r| r.renewal).collect();
    let first_none = renewals.iter().position(Option::is_none).unwrap_or(renewals.len());
    assert!(renewals[..first_none].windows(2).all(|w| w[0] <= w[1]));
    assert!(renewals[first_none..].iter().all(Option::is_none), "vendors without a date sort last");
}

fn names_of(rows: &[vendor_risk_core::vendor::VendorRow]) -> Vec<&str> {
    rows.iter().map(|r| r.name.as_str()).collect()
}

#[test]
fn the_list_sees_changes_made_by_another_program() {
    let dir = tempfile::tempdir().unwrap();
    let (app, path) = new_register(dir.path());
    app.create_vendor(&draft("Okta")).unwrap();
    assert_eq!(app.list_vendors(&VendorQuery::default()).unwrap().total, 1);
    let cli = vendor_risk_core::Register::open(&path, crate::common::options()).unwrap();
    cli.create_vendor(&draft("Stripe")).unwrap();
    let page = app.list_vendors(&VendorQuery::default()).unwrap();
    assert_eq!(names_of(&page.items), ["Okta", "Stripe"]);
    let mut edit = VendorDraft::from(&app.find_vendor("Okta").unwrap());
    edit.name = "Okta, Inc.".into();
    app.update_vendor(app.find_vendor("Okta").unwrap().id, &edit).unwrap();
    assert_eq!(names_of(&app.list_vendors(&VendorQuery::default()).unwrap().items), ["Okta, Inc.", "Stripe"]);
}
