//! Bulk vendor import on a real register: a mapping guessed from a procurement export's
//! headers, errors named by row and column, all-or-nothing commits, matches by LEI and by
//! normalised name, XLSX with date cells, and the mapping remembered for next time.

use crate::common::new_register;
use rust_xlsxwriter::{ExcelDateTime, Workbook};
use vendor_risk_core::import::vendors::{OnMatch, RowAction};
use vendor_risk_core::vendor::{VendorDraft, VendorQuery};
use vendor_risk_core::{ErrorCode, Register};

const EXPORT: &str = "\
Supplier,Country,Category,Email,Contact,Annual Spend,Currency,LEI,Renewal
Zendesk Inc.,US,Customer support,privacy@zendesk.com,Zendesk Privacy,52000.00,USD,,2027-04-15
Acme Widgets GmbH,DE,Other,ap@acme.example,Acme AP,1200.50,EUR,,2027-01-01
Łódź Logistics,PL,logistics,ops@lodz.example,Ops,abc,PLN,,not a date
ACME Widgets,DE,Other,,,,,,
";

fn register_with_zendesk(dir: &std::path::Path) -> Register {
    let (register, _) = new_register(dir);
    let zendesk = VendorDraft {
        name: "Zendesk".into(),
        category: "customer_support".into(),
        status: "active".into(),
        lei: "529900T8BM49AURSDO55".into(),
        ..VendorDraft::default()
    };
    register.create_vendor(&zendesk).unwrap();
    register
}

fn vendor_count(register: &Register) -> u64 {
    register.list_vendors(&VendorQuery::default()).unwrap().total
}

#[test]
fn the_preview_names_every_error_by_row_and_column_and_a_bad_file_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let register = register_with_zendesk(dir.path());
    let preview = register.preview_vendor_import(EXPORT.as_bytes(), None).unwrap();
    assert_eq!(preview.options.mapping["name"], "Supplier");
    assert_eq!(preview.options.mapping["contactEmail"], "Email");
    assert_eq!(preview.options.mapping["contractRenewal"], "Renewal");
    let actions: Vec<RowAction> = preview.rows.iter().map(|r| r.action).collect();
    assert_eq!(actions, [RowAction::Skip, RowAction::Create, RowAction::Invalid, RowAction::Invalid]);
    assert_eq!(preview.rows[0].matched_by.as_deref(), Some("name"), "Zendesk Inc. is Zendesk");
    let lodz: Vec<(&str, u32)> =
        preview.rows[2].errors.iter().map(|e| (e.column.as_str(), preview.rows[2].row)).collect();
    assert_eq!(lodz, [("Category", 4), ("Renewal", 4), ("Annual Spend", 4)]);
    assert!(preview.rows[3].errors[0].message.contains("row 3"), "a duplicate names the first row");

    let refused = register.commit_vendor_import(EXPORT.as_bytes(), &preview.options, Some(&preview.basis)).unwrap_err();
    assert_eq!(refused.code(), ErrorCode::Validation);
    let fields: Vec<String> = refused.field_errors().unwrap().0.iter().map(|e| e.field.clone()).collect();
    assert!(fields.contains(&"row 4, column 'Renewal'".to_owned()), "{fields:?}");
    assert_eq!(vendor_count(&register), 1, "nothing was written");
}

#[test]
fn a_fixed_file_imports_matches_by_lei_and_the_mapping_is_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let register = register_with_zendesk(dir.path());
    let fixed = "\
Supplier,Country,Category,Email,Contact,Annual Spend,Currency,LEI,Renewal
Zendesk Customer Service Ltd,US,Customer support,privacy@zendesk.com,Zendesk Privacy,52000.00,USD,529900T8BM49AURSDO55,2027-04-15
Acme Widgets GmbH,DE,Other,ap@acme.example,Acme AP,1200.50,EUR,,2027-01-01
";
    let mut options = register.preview_vendor_import(fixed.as_bytes(), None).unwrap().options;
    options.on_match = OnMatch::Update;
    let done = register.commit_vendor_import(fixed.as_bytes(), &options, None).unwrap();
    assert_eq!((done.create, done.update), (1, 1));
    assert_eq!(done.rows[0].matched_by.as_deref(), Some("LEI"));
    let zendesk = register.find_vendor("Zendesk").expect("an update keeps the register's name");
    assert_eq!(zendesk.profile.contract.renewal.unwrap().to_string(), "2027-04-15");
    assert_eq!(zendesk.contacts[0].email.as_deref(), Some("privacy@zendesk.com"));
    let acme = register.find_vendor("Acme Widgets GmbH").unwrap();
    assert_eq!(acme.profile.contract.annual_spend.unwrap().decimal(), "1200.50");
    assert_eq!(acme.profile.category.as_str(), "other");

    let again = register.preview_vendor_import(fixed.as_bytes(), None).unwrap();
    assert_eq!(again.options.on_match, OnMatch::Update, "the last mapping is remembered");
    assert_eq!((again.create, again.update), (0, 2));
}

#[test]
fn an_xlsx_export_with_date_cells_imports() {
    let dir = tempfile::tempdir().unwrap();
    let register = register_with_zendesk(dir.path());
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    for (c, h) in ["Vendor Name", "Country Code", "Start Date", "Annual Value", "Currency"].iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    sheet.write_string(1, 0, "Überweisung GmbH").unwrap();
    sheet.write_string(1, 1, "de").unwrap();
    let date = ExcelDateTime::from_ymd(2025, 3, 1).unwrap();
    sheet
        .write_datetime_with_format(1, 2, &date, &rust_xlsxwriter::Format::new().set_num_format("dd/mm/yyyy"))
        .unwrap();
    sheet.write_number(1, 3, 18000.0).unwrap();
    sheet.write_string(1, 4, "EUR").unwrap();
    let bytes = book.save_to_buffer().unwrap();
    let preview = register.preview_vendor_import(&bytes, None).unwrap();
    assert_eq!(preview.invalid, 0, "{:?}", preview.rows);
    register.commit_vendor_import(&bytes, &preview.options, Some(&preview.basis)).unwrap();
    let vendor = register.find_vendor("Überweisung GmbH").unwrap();
    assert_eq!(vendor.profile.country.as_deref(), Some("DE"));
    assert_eq!(vendor.profile.contract.start.unwrap().to_string(), "2025-03-01");
}

#[test]
fn the_same_company_is_found_by_vat_or_duns_in_the_register_and_within_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let (register, _) = new_register(dir.path());
    let hetzner = VendorDraft { vat: "DE812871812".into(), ..VendorDraft::named("Hetzner Online") };
    register.create_vendor(&hetzner).unwrap();
    let dnb = VendorDraft { duns: "150483782".into(), ..VendorDraft::named("Dun & Bradstreet") };
    register.create_vendor(&dnb).unwrap();
    let file = "\
Name,VAT,DUNS
Hetzner GmbH,DE 812 871 812,
D&B Inc,,15-048-3782
Mailjet SAS,FR41523466580,
Mailjet,FR41523466580,
";
    let preview = register.preview_vendor_import(file.as_bytes(), None).unwrap();
    let by: Vec<Option<&str>> = preview.rows.iter().map(|r| r.matched_by.as_deref()).collect();
    assert_eq!(by[..2], [Some("VAT number"), Some("DUNS number")], "found whatever the spelling of the name");
    assert_eq!(preview.rows[0].matched.as_ref().map(|v| &*v.name), Some("Hetzner Online"));
    assert_eq!(preview.rows[3].action, RowAction::Invalid);
    let duplicate = &preview.rows[3].errors[0];
    assert_eq!(
        (duplicate.column.as_str(), duplicate.message.as_str()),
        ("VAT", "Same company as row 4 (the same VAT number).")
    );

    // In Indonesian, the same preview explains itself in Indonesian.
    register.set_language(vendor_risk_core::locale::Language::Id);
    let mut bad = file.to_owned();
    bad.push_str("Okta,XX,\n");
    let preview = register.preview_vendor_import(bad.as_bytes(), None).unwrap();
    assert_eq!(preview.rows[3].errors[0].message, "Perusahaan yang sama dengan baris 4 (nomor VAT yang sama).");
    let vat = &preview.rows[4].errors[0].message;
    assert!(vat.starts_with("Nomor VAT diawali prefiks negara dua huruf"), "{vat}");
}
