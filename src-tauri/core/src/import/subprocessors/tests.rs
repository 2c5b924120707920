use super::*;

fn parse(text: &str) -> ParsedList {
    parse_list(text.as_bytes(), &ListOptions::default()).unwrap()
}

fn names(list: &ParsedList) -> Vec<&str> {
    list.entries.iter().map(|e| e.name.as_str()).collect()
}

#[test]
fn names_match_without_legal_forms_and_parentheses() {
    assert!(match_keys("Amazon Web Services Inc (AWS)").contains("amazon web services"));
    assert!(match_keys("Amazon Web Services Inc (AWS)").contains("aws"));
    assert!(match_keys("Twilio     (SendGrid)").contains("twilio sendgrid"));
    assert!(match_keys("Elasticsearch, Inc.").contains("elasticsearch"));
    assert!(match_keys("Cloudflare").contains("cloudflare"));
    assert!(!match_keys("Amazon Web Services (EU)").contains("eu"));
}

#[test]
fn csv_and_tsv_lists_are_read_by_header() {
    let csv = "Vendor,Purpose,Country\nAcme Corp,Hosting,\"Germany, Ireland\"\nBeta LLC,Email delivery,US\n";
    let list = parse(csv);
    assert_eq!(names(&list), ["Acme Corp", "Beta LLC"]);
    assert_eq!(list.entries[0].locations, ["DE", "IE"]);
    assert_eq!(list.entries[1].line, 3);
    assert_eq!(list.entries[1].at, "line 3");
    let tsv = "Name\tLocation\nAcme\tJapan\n";
    assert_eq!(parse(tsv).entries[0].locations, ["JP"]);
}

#[test]
fn prose_before_the_table_and_a_second_table_after_a_blank_line() {
    let csv = "Our subprocessors\nLast updated 1 March 2026\n\nSubprocessor;Purpose;Location\nAcme;Hosting;EU\n\n\
               Subprocessor;Purpose;Location\nBeta;Support;Worldwide\n";
    let list = parse(csv);
    assert!(list.errors.is_empty(), "{:?}", list.errors);
    assert_eq!(names(&list), ["Acme", "Beta"]);
    assert_eq!(list.entries[0].regions, ["EU"]);
    assert_eq!(list.entries[1].regions, ["Global"]);
    assert!(list.warnings[0].message.contains("Text before the table"));
}

#[test]
fn every_location_cell_says_what_it_became() {
    let list = parse("Sub-processor,Country\nAcme,\"U.S., Deutschland, EEA\"\n");
    let entry = &list.entries[0];
    assert_eq!(entry.locations, ["US", "DE"]);
    assert_eq!(entry.regions, ["EEA"]);
    assert_eq!(entry.readings[0].became, "US (United States of America), DE (Germany), region EEA");
}

#[test]
fn names_with_addresses_and_footnotes() {
    let page = "<table><tr><th>Subprocessor</th><th>Purpose</th></tr>\
                <tr><td>Stripe, Inc.*<br>354 Oyster Point Blvd<br>South San Francisco, CA 94080<br>USA</td><td>Payments</td></tr>\
                <tr><td>Amazon Web Services EMEA SARL, 38 Avenue John F. Kennedy, L-1855 Luxembourg</td><td>Hosting</td></tr></table>";
    let list = parse(page);
    assert_eq!(names(&list), ["Stripe, Inc.", "Amazon Web Services EMEA SARL"]);
    assert_eq!(list.entries[0].locations, ["US"]);
    assert_eq!(list.entries[1].locations, ["LU"]);
    assert!(list.entries[1].readings.iter().any(|r| r.became == "LU (Luxembourg) (from the address)"));
}

#[test]
fn a_file_with_several_companies_lists_asks_whose() {
    let csv = "Company,Subprocessor,Purpose,Location\nAcme Cloud,AWS,Hosting,US\nAcme Mail,Mailgun,Email,US\nAcme Cloud,Sentry,Errors,US\n";
    let list = parse(csv);
    assert_eq!(list.companies, ["Acme Cloud", "Acme Mail"]);
    assert!(list.errors[0].message.contains("choose whose list it is"), "{:?}", list.errors);
    let options = ListOptions { company: Some("Acme Cloud".into()), ..ListOptions::default() };
    let picked = parse_list(csv.as_bytes(), &options).unwrap();
    assert!(picked.errors.is_empty());
    assert_eq!(names(&picked), ["AWS", "Sentry"]);
}

#[test]
fn a_chosen_column_meaning_is_used() {
    let csv = "Colour,Where\nAcme,Japan\n";
    let list = parse(csv);
    assert!(list.errors[0].message.contains("No column names the subprocessor"));
    assert_eq!(list.columns[0].role, ColumnRole::Ignored);
    let options = ListOptions { mapping: [("Colour".to_owned(), ColumnRole::Name)].into(), ..ListOptions::default() };
    let read = parse_list(csv.as_bytes(), &options).unwrap();
    assert_eq!(names(&read), ["Acme"]);
    assert_eq!(read.entries[0].locations, ["JP"]);
    assert!(read.columns[0].chosen);
}

#[test]
fn the_same_company_by_identifier_is_merged() {
    let csv = "Subprocessor,VAT number,Country\nAcme GmbH,DE 123456789,DE\nACME Deutschland,DE123456789,AT\n";
    let list = parse(csv);
    assert_eq!(names(&list), ["Acme GmbH"]);
    assert_eq!(list.entries[0].locations, ["DE", "AT"]);
    assert_eq!(list.entries[0].identifiers.vat.as_deref(), Some("DE123456789"));
}

#[test]
fn bad_lists_name_the_place() {
    let unknown = parse("Name,Location\nAcme,Germany\nBeta,Atlantis\n");
    assert_eq!(unknown.errors.len(), 1);
    assert_eq!(unknown.errors[0].at, "line 3");
    assert!(unknown.errors[0].message.contains("'Atlantis' in column 'Location' is not a country or region"));
    let no_name = parse("Name,Location\nAcme,Germany\n,Japan\n");
    assert_eq!(no_name.errors[0].line, 3);
    let ragged = parse("Name,Location\nAcme,Germany,extra cell\n");
    assert_eq!(ragged.errors[0].line, 2);
    assert!(parse_list(b"", &ListOptions::default()).is_err());
    assert!(
        parse_list(b"just some prose\nwithout any table", &ListOptions::default()).is_ok_and(|l| !l.errors.is_empty())
    );
    assert!(parse_list(b"\xff\xfe not utf-8", &ListOptions::default()).is_err());
}

#[test]
fn messages_and_places_are_in_the_language_of_the_options() {
    let indonesian = ListOptions { language: Language::Id, ..ListOptions::default() };
    let csv = "Name,Location\nAcme,Germany\nBeta,Atlantis\nAcme,Austria\n";
    let list = parse_list(csv.as_bytes(), &indonesian).unwrap();
    assert_eq!(list.format, "teks CSV atau teks yang dipisahkan tab");
    assert_eq!(list.errors[0].at, "baris 3");
    assert_eq!(
        list.errors[0].message,
        "'Atlantis' pada kolom 'Location' bukan negara atau wilayah yang dikenal aplikasi ini (yang diharapkan \
         adalah negara seperti 'Jerman' atau 'DE', atau wilayah seperti 'EU')."
    );
    assert_eq!(list.warnings[0].message, "Acme tercantum dua kali (juga pada baris 2); kedua entri telah digabungkan.");
    assert_eq!(list.entries[0].readings[0].became, "DE (Jerman)");
    let refused = parse_list(b"", &indonesian).unwrap_err();
    assert_eq!(refused.0[0].at, "berkas");
}

#[test]
fn categories_are_guessed_from_purposes() {
    assert_eq!(guess_category(&["Cloud Hosted Infrastructure, Data Hosting".into()]), VendorCategory::CloudHosting);
    assert_eq!(guess_category(&["AI Inference and AI Services".into()]), VendorCategory::AiMl);
    assert_eq!(guess_category(&["Customer support ticketing system".into()]), VendorCategory::CustomerSupport);
    assert_eq!(guess_category(&["Legal advice".into()]), VendorCategory::Other);
}
