//! Subprocessor lists as vendors publish them: saved web pages, spreadsheets (.xlsx and .ods),
//! CSV, TSV and markdown in six languages, read into the register with a preview that says how
//! each column and place was read; the column choices are remembered per vendor; a newer list
//! gives the diff.

use crate::common::new_register;
use vendor_risk_core::import::ListChange;
use vendor_risk_core::import::subprocessors::{ColumnRole, ListOptions};
use vendor_risk_core::vendor::VendorDraft;
use vendor_risk_core::{AuditQuery, Register, sample};

fn sample_register() -> (tempfile::TempDir, Register) {
    let dir = tempfile::tempdir().unwrap();
    let (register, _) = new_register(dir.path());
    sample::write_sample(&register).unwrap();
    (dir, register)
}

fn fixture(name: &str) -> Vec<u8> {
    let path = crate::common::fixture("subprocessors").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_published_shape_reads_with_its_columns_and_places() {
    let (_dir, register) = sample_register();
    let github = register.find_vendor("GitHub").unwrap().id;
    // (file, entries, the first entry's name and places, what the columns were read as)
    type Case = (&'static str, usize, &'static str, &'static [&'static str], &'static [(&'static str, ColumnRole)]);
    let cases: &[Case] = &[
        (
            "northwind-subprocessors.html",
            6,
            "Amazon Web Services, Inc.",
            &["US", "IE"],
            &[("Sub-processor", ColumnRole::Name)],
        ),
        (
            "unterauftragsverarbeiter.html",
            4,
            "Hetzner Online GmbH",
            &["DE"],
            &[("Tätigkeit", ColumnRole::Purpose), ("USt-IdNr.", ColumnRole::Vat)],
        ),
        ("subencargados.csv", 3, "Amazon Web Services EMEA SARL", &["IE"], &[("País", ColumnRole::Location)]),
        ("sous-traitants.md", 3, "OVH SAS", &["FR"], &[("Sous-traitant ultérieur", ColumnRole::Name)]),
        ("suboperadores.tsv", 2, "Amazon Web Services, Inc.", &["US"], &[("Localização", ColumnRole::Location)]),
        ("subprosesor.html", 2, "PT Telkom Indonesia (Persero) Tbk", &["ID"], &[("Tujuan", ColumnRole::Purpose)]),
        ("list-only.html", 3, "DigitalOcean, LLC", &["US", "NL"], &[("Subprocessor", ColumnRole::Name)]),
        (
            "github-subprocessors.md",
            29,
            "Amazon Web Services Inc (AWS)",
            &["US"],
            &[("Corporate Location", ColumnRole::Address)],
        ),
    ];
    for (file, entries, first, places, columns) in cases {
        let preview = register.preview_subprocessors(github, &fixture(file), None).unwrap();
        assert!(preview.errors.is_empty(), "{file}: {:?}", preview.errors);
        assert_eq!(preview.rows.len(), *entries, "{file}");
        assert_eq!(preview.rows[0].listed.name, *first, "{file}");
        assert_eq!(preview.rows[0].listed.locations, *places, "{file}");
        for (header, role) in *columns {
            let column =
                preview.columns.iter().find(|c| c.header == *header).unwrap_or_else(|| panic!("{file}: {header}"));
            assert_eq!(column.role, *role, "{file}: {header}");
        }
    }
}

#[test]
fn a_saved_web_page_with_markup_footnotes_addresses_and_regions() {
    let (_dir, register) = sample_register();
    let github = register.find_vendor("GitHub").unwrap().id;
    let preview = register.preview_subprocessors(github, &fixture("northwind-subprocessors.html"), None).unwrap();
    assert_eq!(preview.format, "web page (HTML)");
    let row = |name: &str| preview.rows.iter().find(|r| r.listed.name == name).unwrap_or_else(|| panic!("{name}"));
    assert_eq!(row("Cloudflare, Inc.").listed.regions, ["Global"], "a footnote marker is not part of the name");
    assert!(row("Cloudflare, Inc.").listed.readings.iter().any(|r| r.became.contains("footnote marker left out")));
    let google = row("Google LLC");
    assert_eq!(
        (google.listed.locations.as_slice(), google.listed.regions.as_slice()),
        (&["US".to_owned()][..], &["EU".to_owned()][..])
    );
    assert_eq!(google.listed.purposes.len(), 2, "a cell spanning two rows names both");
    let zendesk = row("Zendesk, Inc.");
    assert_eq!(zendesk.listed.locations, ["DE", "US"], "the name cell's address is not the name");
    assert_eq!(row("Twilio Inc.").listed.regions, ["EEA"]);
    assert_eq!(row("Amazon Web Services, Inc.").matched_by.as_deref(), Some("name"));
    assert!(
        !preview.rows.iter().any(|r| r.listed.name.contains("Pricing")),
        "the navigation is not a list of subprocessors"
    );
}

#[test]
fn importing_keeps_regions_and_a_newer_page_gives_the_diff_with_renamed_entries() {
    let (_dir, register) = sample_register();
    let github = register.find_vendor("GitHub").unwrap().id;
    let first = register.import_subprocessors(github, &fixture("northwind-subprocessors.html"), None, None).unwrap();
    assert!(first.committed);
    let edges: Vec<_> =
        register.edges(Some(github)).unwrap().into_iter().filter(|e| e.from_vendor.id == github).collect();
    let cloudflare = edges.iter().find(|e| &*e.to_vendor.name == "Cloudflare").unwrap();
    assert_eq!(cloudflare.regions, ["Global"], "the region is kept as a region");
    assert!(cloudflare.locations.is_empty());
    assert!(register.find_vendor("Intercom R&D Unlimited Company").is_ok());

    // June: "Amazon Web Services, Inc." is now "Amazon Web Services (AWS)" with Germany; the
    // Twilio footnote is gone; Intercom left, Sentry came.
    let newer = register.preview_subprocessors(github, &fixture("northwind-subprocessors-2026-06.html"), None).unwrap();
    let names = |change: ListChange| -> Vec<String> {
        newer.rows.iter().filter(|r| r.change == change).map(|r| r.listed.name.clone()).collect()
    };
    assert_eq!(names(ListChange::Added), ["Sentry (Functional Software, Inc.)"]);
    assert_eq!(names(ListChange::Changed), ["Amazon Web Services (AWS)"], "renamed, not removed and added");
    assert_eq!(
        newer.removed.iter().map(|r| r.vendor.name.to_string()).collect::<Vec<_>>(),
        ["Intercom R&D Unlimited Company"]
    );
    register
        .import_subprocessors(github, &fixture("northwind-subprocessors-2026-06.html"), None, Some(&newer.basis))
        .unwrap();
    assert_eq!(register.open_reviews(github).unwrap(), ["Subprocessor list changed: 1 added, 1 removed, 1 changed"]);
    assert!(register.verify_audit().unwrap().intact);
}

#[test]
fn a_workbook_with_several_companies_lists_imports_the_one_chosen_in_xlsx_and_ods_alike() {
    let (_dir, register) = sample_register();
    let github = register.find_vendor("GitHub").unwrap().id;
    for file in ["kestrel-group-subprocessors.xlsx", "kestrel-group-subprocessors.ods"] {
        let preview = register.preview_subprocessors(github, &fixture(file), None).unwrap();
        assert_eq!(preview.companies, ["Kestrel Cloud", "Kestrel Mail"], "{file}");
        assert!(preview.errors[0].message.contains("choose whose list it is"), "{file}");
        let refused = register.import_subprocessors(github, &fixture(file), None, None).unwrap_err();
        assert!(refused.field_errors().unwrap().0[0].message.contains("choose whose list it is"));
        let mail = ListOptions { company: Some("Kestrel Mail".into()), ..ListOptions::default() };
        let chosen = register.preview_subprocessors(github, &fixture(file), Some(mail)).unwrap();
        assert!(chosen.errors.is_empty(), "{file}: {:?}", chosen.errors);
        let names: Vec<&str> = chosen.rows.iter().map(|r| &*r.listed.name).collect();
        assert_eq!(names, ["Mailgun Technologies, Inc.", "Amazon Web Services EMEA SARL"], "{file}");
        assert_eq!(chosen.rows[1].listed.identifiers.vat.as_deref(), Some("LU26375245"));
        assert!(chosen.warnings.iter().any(|w| w.message.contains("Table skipped")), "the change log sheet");
    }
}

#[test]
fn a_column_meaning_chosen_in_the_preview_is_remembered_for_the_vendor() {
    let (_dir, register) = sample_register();
    let github = register.find_vendor("GitHub").unwrap().id;
    let mixpanel = register.find_vendor("Mixpanel").unwrap().id;
    let list = "Partner;Job;Where\nAcme Hosting AG;Hosting;Schweiz\nBeta Mail Ltd;Email;United Kingdom\n";
    let unread = register.preview_subprocessors(github, list.as_bytes(), None).unwrap();
    assert!(unread.errors[0].message.contains("No column names the subprocessor"), "{:?}", unread.errors);
    assert_eq!(
        unread.columns.iter().map(|c| c.role).collect::<Vec<_>>(),
        [ColumnRole::Ignored, ColumnRole::Ignored, ColumnRole::Location]
    );
    let chosen = ListOptions {
        mapping: [("Partner".to_owned(), ColumnRole::Name), ("Job".to_owned(), ColumnRole::Purpose)].into(),
        ..ListOptions::default()
    };
    let preview = register.preview_subprocessors(github, list.as_bytes(), Some(chosen.clone())).unwrap();
    assert!(preview.errors.is_empty());
    assert_eq!(preview.rows[0].listed.locations, ["CH"]);
    register.import_subprocessors(github, list.as_bytes(), Some(chosen.clone()), Some(&preview.basis)).unwrap();
    let again = register.preview_subprocessors(github, list.as_bytes(), None).unwrap();
    assert_eq!(again.options, chosen, "remembered for GitHub");
    assert!(again.columns[0].chosen);
    assert!(again.rows.iter().all(|r| r.change == ListChange::Unchanged));
    let other = register.preview_subprocessors(mixpanel, list.as_bytes(), None).unwrap();
    assert!(!other.errors.is_empty(), "not for another vendor");
}

#[test]
fn a_listed_company_is_found_by_its_identifier_before_its_name() {
    let (_dir, register) = sample_register();
    let github = register.find_vendor("GitHub").unwrap().id;
    let hetzner = VendorDraft { vat: "DE812871812".into(), ..VendorDraft::named("Hetzner") };
    register.create_vendor(&hetzner).unwrap();
    let preview = register.preview_subprocessors(github, &fixture("unterauftragsverarbeiter.html"), None).unwrap();
    let row = &preview.rows[0];
    assert_eq!(row.existing_vendor.as_ref().map(|v| &*v.name), Some("Hetzner"));
    assert_eq!(row.matched_by.as_deref(), Some("VAT number"), "DE 812871812 is DE812871812");
    let before = register.audit_log(&AuditQuery::default()).unwrap().total;
    register.import_subprocessors(github, &fixture("unterauftragsverarbeiter.html"), None, None).unwrap();
    assert!(register.audit_log(&AuditQuery::default()).unwrap().total > before);
    let ionos = register.find_vendor("IONOS SE").unwrap();
    assert_eq!(ionos.profile.vat.as_deref(), Some("DE815563912"), "a created vendor keeps the list's identifier");
}

#[test]
fn what_cannot_be_read_is_named_with_what_was_expected() {
    let (_dir, register) = sample_register();
    let github = register.find_vendor("GitHub").unwrap().id;
    let unknown =
        "<table><tr><th>Subprocessor</th><th>Country</th></tr><tr><td>Acme</td><td>Atlantis</td></tr></table>";
    let preview = register.preview_subprocessors(github, unknown.as_bytes(), None).unwrap();
    assert_eq!(preview.errors[0].at, "table 1, row 2");
    assert!(preview.errors[0].message.contains("'Atlantis' in column 'Country' is not a country or region"));
    let nothing =
        register.preview_subprocessors(github, b"<html><body><p>No list here.</p></body></html>", None).unwrap_err();
    assert!(nothing.field_errors().unwrap().0[0].message.starts_with("No table found in this web page"));
    let not_a_workbook = register.preview_subprocessors(github, b"PK\x03\x04 truncated", None).unwrap_err();
    assert!(not_a_workbook.field_errors().unwrap().0[0].message.contains("Not a readable spreadsheet"));
}
