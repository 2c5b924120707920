//! PDF reports on a real register, checked with the tools an auditor would use: qpdf for the
//! structure, pdftotext for what the pages say, pdfinfo for pages and metadata. Also
//! determinism, and verification against a register whose history was altered.

use std::path::Path;
use std::process::Command;

use crate::common::{new_register, tamper};
use vendor_risk_core::ids::IncidentId;
use vendor_risk_core::locale::Language;
use vendor_risk_core::report::ReportRequest;
use vendor_risk_core::vendor::VendorDraft;
use vendor_risk_core::{AuditQuery, ErrorCode, Register, sample};

const UNICODE_NAMES: [&str; 4] =
    ["Société Générale", "Überweisung GmbH", "Łódź Logistics", "PT Telekomunikasi Indonesia"];

fn sample_register(dir: &Path) -> (Register, std::path::PathBuf) {
    let (register, path) = new_register(dir);
    sample::write_sample(&register).unwrap();
    (register, path)
}

/// Runs a checking tool on `pdf`; returns its stdout.
fn tool(dir: &Path, pdf: &[u8], program: &str, args: &[&str]) -> String {
    let file = dir.join(format!("check-{program}.pdf"));
    std::fs::write(&file, pdf).unwrap();
    let output = Command::new(program)
        .args(args)
        .arg(&file)
        .args(if program == "pdftotext" { &["-"][..] } else { &[][..] })
        .output()
        .unwrap_or_else(|e| panic!("{program} must be installed (cargo xtask test installs it): {e}"));
    assert!(output.status.success(), "{program} failed: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

pub(crate) fn pdf_text(dir: &Path, pdf: &[u8]) -> String {
    tool(dir, pdf, "pdftotext", &["-layout"])
}

fn pages(dir: &Path, pdf: &[u8]) -> usize {
    let info = tool(dir, pdf, "pdfinfo", &[]);
    info.lines().find_map(|l| l.strip_prefix("Pages:")).unwrap().trim().parse().unwrap()
}

#[test]
fn the_register_report_is_a_sound_pdf_that_says_what_the_register_holds() {
    let dir = tempfile::tempdir().unwrap();
    let (register, _) = sample_register(dir.path());
    for name in UNICODE_NAMES {
        let draft = VendorDraft {
            name: name.into(),
            category: "other".into(),
            status: "active".into(),
            ..VendorDraft::default()
        };
        register.create_vendor(&draft).unwrap();
    }
    let report = register.render_report(ReportRequest::Register).unwrap();
    tool(dir.path(), &report.pdf, "qpdf", &["--check"]);
    let count = pages(dir.path(), &report.pdf);
    assert_eq!(count, report.pages);
    assert!((5..=15).contains(&count), "31 vendors on {count} pages");

    let text = pdf_text(dir.path(), &report.pdf);
    for name in UNICODE_NAMES {
        assert!(text.contains(name), "{name} is not extracted exactly");
    }
    for expected in ["Summary", "Vendor inventory", "Tier 1", "Tier 4", "Attestation", "Mixpanel", "Twilio Segment"] {
        assert!(text.contains(expected), "{expected} missing");
    }
    for page in 1..=count {
        assert!(text.contains(&format!("Page {page} of {count}")), "page {page} has no 'Page {page} of {count}'");
    }
    assert!(text.contains(&report.attestation.data_sha256));
    assert!(text.contains(&report.attestation.audit_head));
    assert!(text.contains("28 November 2026 09:00 UTC (09:00 GMT, Europe/Dublin)"), "UTC and local time");

    let info = tool(dir.path(), &report.pdf, "pdfinfo", &[]);
    assert!(info.contains("Title:           Vendor register report"), "{info}");
    assert!(info.contains("Author:          Kestrel AI"), "{info}");
    assert!(info.contains("CreationDate:    Sat Nov 28 09:00:00 2026 UTC"), "{info}");
    let fonts = tool(dir.path(), &report.pdf, "pdffonts", &[]);
    assert!(fonts.contains("VRRREG+DejaVuSans") && fonts.contains("yes yes yes"), "embedded, subset, Unicode: {fonts}");
}

#[test]
fn the_same_register_and_clock_give_byte_identical_reports() {
    let (one, two) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (first, _) = sample_register(one.path());
    let (second, _) = sample_register(two.path());
    let a = first.render_report(ReportRequest::Register).unwrap().pdf;
    let b = first.render_report(ReportRequest::Register).unwrap().pdf;
    let c = second.render_report(ReportRequest::Register).unwrap().pdf;
    assert!(a == b, "rendering twice differs");
    // Two register files of the same name are alike; two team registers are different
    // databases, whose names the reports print.
    if crate::common::store() == crate::common::Store::File {
        assert!(a == c, "two registers built the same way give different reports");
    } else {
        assert!(a != c && second.render_report(ReportRequest::Register).unwrap().pdf == c);
    }
}

#[test]
fn a_dossier_and_an_incident_report_hold_their_evidence_and_deadlines() {
    let dir = tempfile::tempdir().unwrap();
    let (register, _) = sample_register(dir.path());
    let zendesk = register.find_vendor("Zendesk").unwrap().id;
    let dossier = register.render_report(ReportRequest::Vendor(zendesk)).unwrap();
    tool(dir.path(), &dossier.pdf, "qpdf", &["--check"]);
    let text = pdf_text(dir.path(), &dossier.pdf);
    for expected in
        ["Vendor dossier: Zendesk", "Contract and DPA", "Breach-notice SLA", "Score arithmetic", "Audit trail"]
    {
        assert!(text.contains(expected), "{expected} missing from the dossier");
    }
    let evidence = register.assessments(Some(zendesk)).unwrap();
    let view = register.assessment(evidence[0].id).unwrap();
    let hash =
        view.answers.iter().flat_map(|a| &a.evidence).next().expect("the sample attaches evidence").sha256.clone();
    assert!(text.replace(['\n', ' '], "").contains(&hash), "evidence SHA-256 {hash} missing");

    let trail =
        register.audit_log(&AuditQuery { vendor: Some(zendesk.0), limit: 500, ..AuditQuery::default() }).unwrap();
    let kinds: std::collections::BTreeSet<&str> = trail.items.iter().map(|e| e.entity_kind.as_str()).collect();
    for kind in ["vendor", "data_flow", "vendor_edge", "vendor_document", "assessment"] {
        assert!(kinds.contains(kind), "the vendor's audit trail lacks {kind} entries: {kinds:?}");
    }
    assert!(text.contains(&format!("{} entries about this vendor", trail.total)));

    let incident = register.render_report(ReportRequest::Incident(IncidentId(1))).unwrap();
    tool(dir.path(), &incident.pdf, "qpdf", &["--check"]);
    let text = pdf_text(dir.path(), &incident.pdf);
    for expected in
        ["Timeline", "Blast radius", "People per country", "Obligations", "GDPR", "done in time", "Actions taken"]
    {
        assert!(text.contains(expected), "{expected} missing from the incident report");
    }
}

#[test]
fn an_indonesian_reader_gets_the_reports_in_bahasa_indonesia_with_the_same_attestation() {
    let dir = tempfile::tempdir().unwrap();
    let (register, _) = sample_register(dir.path());
    let english = register.render_report(ReportRequest::Incident(IncidentId(1))).unwrap();
    register.set_language(Language::Id);
    let incident = register.render_report(ReportRequest::Incident(IncidentId(1))).unwrap();
    assert_eq!(incident.attestation, english.attestation, "the attestation does not depend on the language");
    assert!(incident.pdf != english.pdf);
    tool(dir.path(), &incident.pdf, "qpdf", &["--check"]);
    let text = pdf_text(dir.path(), &incident.pdf);
    for expected in [
        "Laporan insiden",
        "Ringkasan",
        "Linimasa",
        "Radius dampak",
        "Kewajiban",
        "selesai tepat",
        "Tindakan yang diambil",
        "Atestasi",
        "28 November 2026 09.00 UTC",
        // The deadline engine's texts, in the same language as the report.
        "Subjek Data Pribadi",
    ] {
        assert!(text.contains(expected), "{expected} missing from the Indonesian incident report");
    }
    assert!(text.contains(&format!("Halaman 1 dari {}", incident.pages)));
    for english_word in ["Timeline", "Blast radius", "Obligations", "Page 1 of", "done in time"] {
        assert!(!text.contains(english_word), "'{english_word}' left in English");
    }
    let people = register.incident(IncidentId(1)).unwrap().incident.blast_radius.direct.people;
    assert!(people >= 1000, "the sample's incident touches thousands: {people}");
    assert!(text.contains(&vendor_risk_core::words::count(people, Language::Id)), "{people} grouped as 1.250");

    let register_report = register.render_report(ReportRequest::Register).unwrap();
    let text = pdf_text(dir.path(), &register_report.pdf);
    for expected in ["Laporan register vendor", "Inventaris vendor", "Jenjang 1"] {
        assert!(text.contains(expected), "{expected} missing from the Indonesian register report");
    }
    let (valid, issues) = pdfa_verdict(dir.path(), &incident.pdf);
    assert!(valid, "the Indonesian report is not PDF/A-2b: {issues}");
}

#[test]
fn verify_accepts_a_report_and_rejects_one_whose_register_history_was_altered() {
    let dir = tempfile::tempdir().unwrap();
    let (register, path) = sample_register(dir.path());
    let report = register.render_report(ReportRequest::Register).unwrap();
    let fine = register.verify_report(&report.pdf).unwrap();
    assert!(fine.history_matches && fine.entries_since == 0, "{fine:?}");

    let okta = register.find_vendor("Okta").unwrap();
    register.archive_vendor(okta.id).unwrap();
    let later = register.verify_report(&report.pdf).unwrap();
    assert!(later.history_matches && later.entries_since == 1, "{later:?}");

    tamper(&path, "UPDATE audit_log SET summary = 'rewritten' WHERE seq = 3;");
    let altered = register.verify_report(&report.pdf).unwrap();
    assert!(!altered.history_matches && !altered.chain_intact, "{altered:?}");

    let not_ours = register.verify_report(b"%PDF-1.4\n%%EOF\n").unwrap_err();
    assert_eq!(not_ours.code(), ErrorCode::Validation);
}

/// The PDF/A-2b verdict on `pdf`: `tests/pdfa2b_check.py` (pikepdf checks of what ISO 19005-2
/// asks of a writer, and Apache PDFBox Preflight's full PDF/A-1b validation with the rules
/// PDF/A-2 lifted left out), run with Debian's python3 and PDFBox.
fn pdfa_verdict(dir: &Path, pdf: &[u8]) -> (bool, String) {
    let file = dir.join("check-pdfa.pdf");
    std::fs::write(&file, pdf).unwrap();
    let checker = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/pdfa2b_check.py");
    let output = Command::new("/usr/bin/python3")
        .arg(&checker)
        .args(["--preflight", "--json"])
        .arg(&file)
        .output()
        .unwrap_or_else(|e| panic!("python3 with pikepdf and PDFBox must be installed (cargo xtask test): {e}"));
    let verdict: serde_json::Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|_| panic!("the checker could not run: {}", String::from_utf8_lossy(&output.stderr)));
    (verdict["valid"] == true, serde_json::to_string_pretty(&verdict["issues"]).unwrap())
}

#[test]
fn every_report_is_pdf_a_2b_and_a_plain_pdf_is_not() {
    let dir = tempfile::tempdir().unwrap();
    let (register, _) = sample_register(dir.path());
    register
        .create_vendor(&VendorDraft {
            name: UNICODE_NAMES[0].into(),
            category: "other".into(),
            status: "active".into(),
            ..VendorDraft::default()
        })
        .unwrap();
    let zendesk = register.find_vendor("Zendesk").unwrap().id;
    let requests = [ReportRequest::Register, ReportRequest::Vendor(zendesk), ReportRequest::Incident(IncidentId(1))];
    for request in requests {
        let report = register.render_report(request).unwrap();
        let (valid, issues) = pdfa_verdict(dir.path(), &report.pdf);
        assert!(valid, "not PDF/A-2b: {issues}");

        // The same pages without the XMP packet and the output intent fail: the check can fail.
        let mut plain = lopdf::Document::load_mem(&report.pdf).unwrap();
        let root = plain.trailer.get(b"Root").unwrap().as_reference().unwrap();
        let catalog = plain.get_object_mut(root).unwrap().as_dict_mut().unwrap();
        catalog.remove(b"Metadata");
        catalog.remove(b"OutputIntents");
        let mut bytes = Vec::new();
        plain.save_to(&mut bytes).unwrap();
        let (valid, _) = pdfa_verdict(dir.path(), &bytes);
        assert!(!valid, "a PDF without XMP or output intent passed the PDF/A check");
    }
}
