//! One transaction per use case: a report's data and attestation come from one state of the
//! register, an import commits only what its preview showed, and a form saves only over the
//! state it was opened at, whatever another program (or person) changes meanwhile.

use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use vendor_risk_core::clock::Clock;
use vendor_risk_core::datamap::{FlowDraft, ServiceDraft};
use vendor_risk_core::import::vendors::OnMatch;
use vendor_risk_core::incident::IncidentDraft;
use vendor_risk_core::locale::Language;
use vendor_risk_core::org::OrgProfileDraft;
use vendor_risk_core::questionnaire::answer::AnswerValue;
use vendor_risk_core::questionnaire::assessment::{AnswerShown, AssignDraft, FindingDraft};
use vendor_risk_core::register::{FindingEdit, FlowEdit, IncidentEdit, OrgProfileEdit, VendorEdit};
use vendor_risk_core::report::ReportRequest;
use vendor_risk_core::vendor::{VendorDraft, VendorQuery};
use vendor_risk_core::{Actor, AuditQuery, ErrorCode, Register, RegisterOptions, Role, sample};

use crate::common::{as_login, at, new_register, options};

/// A clock that, the first time it is read once armed, lets another program change the
/// register: the change lands in the middle of whatever use case reads the clock.
#[derive(Default)]
struct MeddlingClock {
    meddle: Mutex<Option<Box<dyn FnOnce() + Send>>>,
}

impl Clock for MeddlingClock {
    fn now(&self) -> DateTime<Utc> {
        let meddle = self.meddle.lock().unwrap().take();
        if let Some(meddle) = meddle {
            meddle();
        }
        at("2026-11-28T09:00:00Z")
    }
}

/// A clock one second further on each time it is read.
#[derive(Default)]
struct TickingClock {
    seconds: std::sync::atomic::AtomicI64,
}

impl Clock for TickingClock {
    fn now(&self) -> DateTime<Utc> {
        let tick = self.seconds.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        at("2026-11-28T09:00:00Z") + chrono::Duration::seconds(tick)
    }
}

/// Another program's register on the same file (as the CLI would open it).
fn another_program(path: &std::path::Path) -> Register {
    Register::open(path, options()).unwrap()
}

fn audit_entries(register: &Register) -> u64 {
    register.audit_log(&AuditQuery::default()).unwrap().total
}

#[test]
fn a_report_attests_the_state_its_data_was_read_from_when_the_register_changes_meanwhile() {
    let dir = tempfile::tempdir().unwrap();
    let (writer, path) = new_register(dir.path());
    sample::write_sample(&writer).unwrap();
    drop(writer);
    let clock = Arc::new(MeddlingClock::default());
    let register = Register::open(&path, RegisterOptions { clock: clock.clone(), ..options() }).unwrap();
    let head_before = register.audit_log(&AuditQuery { limit: 1, ..Default::default() }).unwrap().items[0].seq;
    let other = another_program(&path);
    *clock.meddle.lock().unwrap() = Some(Box::new(move || {
        other.create_vendor(&VendorDraft::named("Added Meanwhile Ltd")).unwrap();
    }));

    let report = register.render_report(ReportRequest::Register).unwrap();
    assert!(clock.meddle.lock().unwrap().is_none(), "the change was made while the report read the register");
    assert_eq!(report.attestation.audit_seq, head_before, "the attestation names the state the data came from");
    let text = crate::reports::pdf_text(dir.path(), &report.pdf);
    assert!(!text.contains("Added Meanwhile"), "the printed data is that state too");
    let verification = register.verify_report(&report.pdf).unwrap();
    assert!(verification.history_matches, "{}", verification.message);
    assert_eq!(verification.entries_since, 1, "the change made meanwhile is counted as made since");
}

const IMPORT: &str = "Supplier,Country,Category\nZendesk Inc.,US,Customer support\nAcme Widgets GmbH,DE,Other\n";

#[test]
fn a_vendor_import_commits_only_what_its_preview_showed() {
    let dir = tempfile::tempdir().unwrap();
    let (register, path) = new_register(dir.path());
    register
        .create_vendor(&VendorDraft { category: "customer_support".into(), ..VendorDraft::named("Zendesk") })
        .unwrap();
    let mut options = register.preview_vendor_import(IMPORT.as_bytes(), None).unwrap().options;
    options.on_match = OnMatch::Update;
    let preview = register.preview_vendor_import(IMPORT.as_bytes(), Some(options.clone())).unwrap();
    assert_eq!((preview.create, preview.update), (1, 1));

    // An unrelated change does not stand in the way.
    another_program(&path).create_vendor(&VendorDraft::named("Unrelated Ltd")).unwrap();
    // A change to a vendor the import updates does.
    let zendesk = register.find_vendor("Zendesk").unwrap().id;
    let other = another_program(&path);
    let mut draft = VendorDraft::from(&other.vendor(zendesk).unwrap());
    draft.description = "Edited by a colleague".into();
    other.update_vendor(zendesk, &draft).unwrap();
    let entries = audit_entries(&register);
    let refused = register.commit_vendor_import(IMPORT.as_bytes(), &preview.options, Some(&preview.basis)).unwrap_err();
    assert_eq!(refused.code(), ErrorCode::Conflict);
    let message = refused.user_message(Language::En);
    assert!(message.contains("changed since this preview"), "{message}");
    assert_eq!(audit_entries(&register), entries, "nothing was written");
    assert!(register.find_vendor("Acme Widgets GmbH").is_err());

    // Previewed again, it commits; an unrelated change after that preview does not matter.
    let again = register.preview_vendor_import(IMPORT.as_bytes(), Some(options)).unwrap();
    another_program(&path).create_vendor(&VendorDraft::named("Also Unrelated Ltd")).unwrap();
    register.commit_vendor_import(IMPORT.as_bytes(), &again.options, Some(&again.basis)).unwrap();
    assert_eq!(register.list_vendors(&VendorQuery::default()).unwrap().total, 4);
    assert_eq!(
        register.vendor(zendesk).unwrap().profile.description.as_deref(),
        Some("Edited by a colleague"),
        "not overwritten"
    );
}

#[test]
fn a_subprocessor_import_commits_only_what_its_preview_showed() {
    let dir = tempfile::tempdir().unwrap();
    let (register, path) = new_register(dir.path());
    sample::write_sample(&register).unwrap();
    let github = register.find_vendor("GitHub").unwrap().id;
    let list = "| Name | Purpose | Location |\n|---|---|---|\n| Acme Mail | Email | Germany |\n| Beta Logs | Logging | France |\n";
    register.import_subprocessors(github, list.as_bytes(), None, None).unwrap();
    let newer = list.replace("| Beta Logs | Logging | France |\n", "");
    let preview = register.preview_subprocessors(github, newer.as_bytes(), None).unwrap();
    assert_eq!(preview.removed.len(), 1);

    // Meanwhile a colleague imports the vendor's list with one more entry: the import previewed
    // would now also remove that one, which its preview did not show.
    let colleagues = format!("{list}| Gamma Backup | Backups | Ireland |\n");
    another_program(&path).import_subprocessors(github, colleagues.as_bytes(), None, None).unwrap();
    let entries = audit_entries(&register);
    let refused = register.import_subprocessors(github, newer.as_bytes(), None, Some(&preview.basis)).unwrap_err();
    assert_eq!(refused.code(), ErrorCode::Conflict);
    assert_eq!(audit_entries(&register), entries, "nothing was written");
    assert_eq!(register.open_reviews(github).unwrap().len(), 1, "only the colleague's import asked for a review");

    let again = register.preview_subprocessors(github, newer.as_bytes(), None).unwrap();
    let removed: Vec<&str> = again.removed.iter().map(|r| &*r.vendor.name).collect();
    assert_eq!(removed, ["Beta Logs", "Gamma Backup"], "the preview now shows the register as it is");
    register.import_subprocessors(github, newer.as_bytes(), None, Some(&again.basis)).unwrap();
}

#[test]
fn saving_over_someone_elses_change_is_refused_with_who_and_when() {
    let dir = tempfile::tempdir().unwrap();
    let (mine, path) = new_register(dir.path());
    sample::write_sample(&mine).unwrap();
    let zendesk = mine.find_vendor("Zendesk").unwrap().id;
    let bea = as_login(&path, "Bea Compliance", Role::Compliance);
    let theirs = Register::open(
        &bea,
        RegisterOptions { actor: Actor { name: "Bea Compliance".into(), role: Role::Compliance }, ..options() },
    )
    .unwrap();

    let mut form = mine.vendor_edit(zendesk).unwrap();
    let mut their_draft = theirs.vendor_edit(zendesk).unwrap();
    their_draft.draft.business_owner = "Support lead".into();
    theirs.save_vendor_edit(zendesk, &their_draft).unwrap();

    form.draft.description = "Ticketing; holds customer emails".into();
    let entries = audit_entries(&mine);
    let refused = mine.save_vendor_edit(zendesk, &form).unwrap_err();
    assert_eq!(refused.code(), ErrorCode::ChangedSince);
    assert!(
        refused.to_string().starts_with("Bea Compliance changed the business owner at 2026-11-28 09:00 UTC"),
        "{refused}"
    );
    assert_eq!(audit_entries(&mine), entries, "nothing was written");
    assert_eq!(mine.vendor(zendesk).unwrap().profile.business_owner.as_deref(), Some("Support lead"), "theirs stands");

    // Reloaded at the newer revision, the same input saves, on top of their change.
    let reloaded = mine.vendor_edit(zendesk).unwrap();
    assert!(reloaded.revision > form.revision);
    let merged = VendorEdit {
        draft: VendorDraft { description: form.draft.description.clone(), ..reloaded.draft },
        revision: reloaded.revision,
    };
    let saved = mine.save_vendor_edit(zendesk, &merged).unwrap();
    assert_eq!(saved.profile.business_owner.as_deref(), Some("Support lead"));
    assert_eq!(saved.profile.description.as_deref(), Some("Ticketing; holds customer emails"));
}

#[test]
fn a_note_added_meanwhile_does_not_block_saving_an_incident() {
    let dir = tempfile::tempdir().unwrap();
    let (mine, path) = new_register(dir.path());
    sample::write_sample(&mine).unwrap();
    let zendesk = mine.find_vendor("Zendesk").unwrap().id;
    let draft = IncidentDraft {
        title: "Ticket export".into(),
        aware_at: "2026-11-21T08:00".into(),
        ..IncidentDraft::default()
    };
    let id = mine.open_incident(zendesk, &draft).unwrap().incident.id;
    let theirs = another_program(&path);

    let mut form = mine.incident_edit(id).unwrap();
    theirs.add_incident_note(id, "2026-11-21T09:00", "Vendor called back").unwrap();
    form.draft.title = "Ticket export via stolen API token".into();
    let saved = mine.save_incident_edit(id, &form).unwrap();
    assert_eq!(saved.incident.title, "Ticket export via stolen API token");

    let stale = IncidentEdit { revision: form.revision, ..mine.incident_edit(id).unwrap() };
    let refused = mine.save_incident_edit(id, &stale).unwrap_err();
    assert_eq!(refused.code(), ErrorCode::ChangedSince, "the title changed since: {refused}");
}

#[test]
fn a_flow_or_finding_form_saves_only_over_the_state_it_opened_at() {
    let dir = tempfile::tempdir().unwrap();
    let (mine, path) = new_register(dir.path());
    sample::write_sample(&mine).unwrap();
    let theirs = another_program(&path);
    let mixpanel = mine.find_vendor("Mixpanel").unwrap().id;

    // A flow the other program ended since my form opened: my correction is refused, and the
    // form as they opened it agrees with what the register holds (round trip of the draft).
    let flow = mine.flows(Some(mixpanel)).unwrap().remove(0);
    let mut form = mine.flow_edit(flow.id).unwrap();
    assert_eq!(form.draft, FlowDraft::from(&flow), "the form opens with the flow as stored");
    theirs.end_flow(flow.id, "2026-11-30").unwrap();
    form.draft.purpose = "Product analytics (EU)".into();
    let entries = audit_entries(&mine);
    let refused = mine.save_flow_edit(flow.id, &form).unwrap_err();
    assert_eq!(refused.code(), ErrorCode::ChangedSince, "{refused}");
    assert!(refused.to_string().contains("changed the last day"), "names the field they changed: {refused}");
    assert_eq!(audit_entries(&mine), entries, "nothing was written");
    let reloaded = mine.flow_edit(flow.id).unwrap();
    assert_eq!(reloaded.draft.valid_to, "2026-11-30", "the form reloads their end date");
    let saved = mine
        .save_flow_edit(
            flow.id,
            &FlowEdit { draft: FlowDraft { purpose: form.draft.purpose, ..reloaded.draft }, ..reloaded },
        )
        .unwrap();
    assert_eq!(
        (saved.purpose.as_str(), saved.valid_to.map(|d| d.to_string())),
        ("Product analytics (EU)", Some("2026-11-30".into()))
    );

    // A finding: evidence linked meanwhile does not block its form; a status change does.
    let draft =
        FindingDraft { severity: "high".into(), title: "No MFA on support logins".into(), ..FindingDraft::default() };
    let finding = mine.add_finding(mixpanel, &draft).unwrap();
    let mut form = mine.finding_edit(finding.id).unwrap();
    theirs.attach_finding_evidence(finding.id, "mfa-plan.txt", b"MFA for all support staff by January").unwrap();
    form.draft.owner = "Security team".into();
    let saved = mine.save_finding_edit(finding.id, &form).unwrap();
    assert_eq!(saved.owner.as_deref(), Some("Security team"));
    let stale = FindingEdit { revision: form.revision, ..mine.finding_edit(finding.id).unwrap() };
    let mut their_form = theirs.finding_edit(finding.id).unwrap();
    their_form.draft.status = "remediated".into();
    theirs.save_finding_edit(finding.id, &their_form).unwrap();
    let refused = mine.save_finding_edit(finding.id, &stale).unwrap_err();
    assert_eq!(refused.code(), ErrorCode::ChangedSince, "{refused}");
    assert_eq!(mine.finding_edit(finding.id).unwrap().draft.status, "remediated", "theirs stands");
}

#[test]
fn the_risk_profile_organisation_service_and_rubric_forms_save_only_over_the_state_they_opened_at() {
    let dir = tempfile::tempdir().unwrap();
    let (mine, path) = new_register(dir.path());
    sample::write_sample(&mine).unwrap();
    let theirs = another_program(&path);
    let mixpanel = mine.find_vendor("Mixpanel").unwrap().id;
    let refused = |result: vendor_risk_core::Result<()>| {
        let error = result.unwrap_err();
        assert_eq!(error.code(), ErrorCode::ChangedSince, "{error}");
        error.to_string()
    };

    // A vendor's risk profile: their override lands first; mine is refused and names it.
    let mut form = mine.risk_profile_edit(mixpanel).unwrap();
    let mut their_form = theirs.risk_profile_edit(mixpanel).unwrap();
    assert_eq!(form, their_form, "both open the same profile and revision");
    their_form.draft.override_level = "very_high".into();
    their_form.draft.override_reason = "Breached in November 2025".into();
    theirs.save_risk_profile_edit(mixpanel, &their_form).unwrap();
    form.draft.substitutability = "hard".into();
    let why = refused(mine.save_risk_profile_edit(mixpanel, &form).map(drop));
    assert!(why.contains("override level"), "{why}");
    assert_eq!(mine.risk_profile_edit(mixpanel).unwrap().draft.override_level, "very_high", "theirs stands");

    // The organisation profile (one record).
    let mut form = mine.org_profile_edit().unwrap();
    let mut their_form = theirs.org_profile_edit().unwrap();
    their_form.draft.time_zone = "Europe/Berlin".into();
    theirs.save_org_profile_edit(&their_form).unwrap();
    form.draft.name = "Renamed Ltd".into();
    refused(mine.save_org_profile_edit(&form).map(drop));
    let reloaded = mine.org_profile_edit().unwrap();
    assert_eq!(reloaded.draft.time_zone, "Europe/Berlin");
    let saved = mine
        .save_org_profile_edit(&OrgProfileEdit {
            draft: OrgProfileDraft { name: "Renamed Ltd".into(), ..reloaded.draft },
            ..reloaded
        })
        .unwrap();
    assert_eq!((saved.name.as_str(), saved.time_zone.as_str()), ("Renamed Ltd", "Europe/Berlin"));

    // One of our internal services: their change of owner lands first.
    let service = mine.services().unwrap().remove(0);
    let mut form = mine.service_edit(service.id).unwrap();
    assert_eq!(form.draft, ServiceDraft::from(&service), "the form opens with the service as stored");
    let mut their_form = theirs.service_edit(service.id).unwrap();
    their_form.draft.owner = "Platform team".into();
    theirs.save_service_edit(service.id, &their_form).unwrap();
    form.draft.rto_hours = "2".into();
    let why = refused(mine.save_service_edit(service.id, &form).map(drop));
    assert!(why.contains("owner"), "{why}");

    // The rubric: a version saved by someone else since mine opened refuses mine.
    let form = mine.rubric_edit().unwrap();
    let their_form = theirs.rubric_edit().unwrap();
    let theirs_saved = theirs.save_rubric_edit(&their_form).unwrap();
    assert_eq!(theirs_saved.version, form.draft.version + 1);
    refused(mine.save_rubric_edit(&form).map(drop));
    let reloaded = mine.rubric_edit().unwrap();
    assert_eq!(mine.save_rubric_edit(&reloaded).unwrap().version, theirs_saved.version + 1, "saved on top of theirs");
}

#[test]
fn an_answer_given_over_someone_elses_newer_answer_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (writer, path) = new_register(dir.path());
    sample::write_sample(&writer).unwrap();
    drop(writer);
    // Each answer is stamped with its time: a clock that moves, as a real one does.
    let clock = Arc::new(TickingClock::default());
    let mine = Register::open(&path, RegisterOptions { clock: clock.clone(), ..options() }).unwrap();
    let bea = as_login(&path, "Bea Compliance", Role::Compliance);
    let actor = Actor { name: "Bea Compliance".into(), role: Role::Compliance };
    let theirs = Register::open(&bea, RegisterOptions { actor, clock, ..options() }).unwrap();
    let zendesk = mine.find_vendor("Zendesk").unwrap().id;
    let draft = AssignDraft { template_id: "lite".into(), due_date: "2026-12-31".into(), ..AssignDraft::default() };
    let view = mine.assign_questionnaire(zendesk, &draft).unwrap();
    let id = view.assessment.id;
    let question = view.template.questions().find(|q| q.kind.as_str() == "yes_no_na").unwrap().id.clone();
    let choice = |v: &str| Some(AnswerValue::Choice(v.into()));
    let shown = |view: &vendor_risk_core::questionnaire::assessment::AssessmentView| AnswerShown {
        updated_at: view.answers.iter().find(|a| a.question_id == question).map(|a| a.updated_at),
    };

    // Both pages show the question unanswered; Bea answers first.
    let my_page = shown(&mine.assessment(id).unwrap());
    theirs.save_answer_since(id, &question, choice("no"), "", Some(shown(&theirs.assessment(id).unwrap()))).unwrap();
    let refused = mine.save_answer_since(id, &question, choice("yes"), "", Some(my_page)).unwrap_err();
    assert_eq!(refused.code(), ErrorCode::ChangedSince, "{refused}");
    assert!(refused.to_string().starts_with(&format!("Bea Compliance changed the answer to {question}")), "{refused}");
    let stored = mine.assessment(id).unwrap();
    assert_eq!(stored.answers.iter().find(|a| a.question_id == question).unwrap().value, choice("no"), "theirs stands");

    // Answered again from the page as it now is, mine replaces theirs; my own quick second
    // answer from the same page is no conflict.
    let now_shown = shown(&stored);
    mine.save_answer_since(id, &question, choice("yes"), "", Some(now_shown)).unwrap();
    mine.save_answer_since(id, &question, choice("na"), "", Some(now_shown)).unwrap();
    // The text route (numbers typed on the form) checks the same way.
    let refused = theirs.save_answer_text(id, &question, "yes", "", Some(now_shown)).unwrap_err();
    assert_eq!(refused.code(), ErrorCode::ChangedSince, "{refused}");

    // Evidence Bea links meanwhile to a question answered by files is not an answer: my comment
    // on it still saves.
    let evidence = "GOV-04";
    let stamp = |view: &vendor_risk_core::questionnaire::assessment::AssessmentView| AnswerShown {
        updated_at: view.answers.iter().find(|a| a.question_id == evidence).map(|a| a.updated_at),
    };
    theirs.attach_evidence(id, evidence, "iso27001.pdf", b"%PDF-1.7 certificate").unwrap();
    let before = stamp(&mine.assessment(id).unwrap());
    theirs.attach_evidence(id, evidence, "soc2.pdf", b"%PDF-1.7 report").unwrap();
    assert_ne!(stamp(&mine.assessment(id).unwrap()), before, "a file linked moves the question's time");
    mine.save_answer_since(id, evidence, None, "Certificate valid to 2027", Some(before)).unwrap();
}
