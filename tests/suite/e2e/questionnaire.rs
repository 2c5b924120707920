//! End to end in the real window: a short questionnaire with a conditional question and an
//! evidence file (chosen in the native file dialog) is answered, submitted and scored.

use vendor_risk_tests::vendor_risk;
use vendor_risk_tests::window::AppWindow;

const SHORT: &str = r#"{
  "id": "e2e-short", "version": 1, "title": "Short security check",
  "sections": [{ "id": "access", "title": "Access", "questions": [
    { "id": "MFA", "text": "Is MFA enforced for every account?", "domain": "access_control", "kind": "yes_no_na", "required": true, "weight": 4,
      "options": [ { "value": "yes", "label": "Yes", "points": 1.0 },
                   { "value": "no", "label": "No", "points": 0.0, "finding": { "severity": "high", "title": "No MFA" } },
                   { "value": "na", "label": "Not applicable", "points": null } ] },
    { "id": "FACTORS", "text": "Which second factors are allowed?", "domain": "access_control", "kind": "multi_choice", "required": true, "weight": 2,
      "visibleWhen": { "question": "MFA", "anyOf": ["yes"] },
      "options": [ { "value": "key", "label": "Security keys", "points": 1.0 },
                   { "value": "sms", "label": "SMS codes", "points": 0.2 } ] },
    { "id": "POLICY", "text": "Attach your access-control policy.", "domain": "governance", "kind": "evidence", "required": true, "weight": 0 }
  ]}]}"#;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answer_a_conditional_questionnaire_with_evidence_and_see_the_score() {
    let home = tempfile::tempdir().unwrap();
    let register = home.path().join("kestrel.sqlite");
    vendor_risk(&register, &["sample"]).ok();
    let template = home.path().join("short.json");
    std::fs::write(&template, SHORT).unwrap();
    vendor_risk(&register, &["questionnaire", "template-import", template.to_str().unwrap()]).ok();
    vendor_risk(&register, &["questionnaire", "assign", "Zendesk", "--template", "e2e-short", "--respondent", "Pat"])
        .ok();
    let evidence = home.path().join("Access control policy.pdf");
    std::fs::write(&evidence, b"%PDF-1.7\n% access control policy\n").unwrap();
    let config = home.path().join("config/org.vendorrisk.register");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(config.join("settings.json"), serde_json::json!({ "recent": [register] }).to_string()).unwrap();

    let app = AppWindow::launch_in(home).await;
    app.click("[data-testid=nav-vendors]").await;
    app.click("[role=row][aria-label='Zendesk']").await;
    app.click("[data-testid=tab-assessments]").await;
    app.click("[data-testid=assessments-table] tbody td").await;
    app.wait_text("#assessment-title", "Short security check").await;
    app.wait_text("[data-testid=progress]", "0 of 2 answered").await;
    app.wait_gone("[data-testid=question-FACTORS]").await;

    // The follow-up appears once MFA is answered "Yes".
    app.click("[data-testid=question-MFA] input[value=yes]").await;
    app.find("[data-testid=question-FACTORS]").await;
    app.click("[data-testid=question-FACTORS] input[value=key]").await;
    app.wait_text("[data-testid=progress]", "2 of 3 answered").await;

    // Evidence through the native file dialog; its SHA-256 is shown.
    app.click("[data-testid=attach-POLICY]").await;
    app.choose_file("Choose an evidence file", &app.home.path().join("Access control policy.pdf")).await;
    let file =
        app.wait_text("[data-testid=question-POLICY] [data-testid=evidence-file]", "Access control policy.pdf").await;
    assert!(file.contains("SHA-256"), "{file}");
    app.wait_text("[data-testid=progress]", "3 of 3 answered").await;
    app.screenshot("questionnaire-answered").await;

    app.click("[data-testid=to-submitted]").await;
    app.wait_text("[data-testid=assessment-status]", "Submitted").await;
    app.click("[data-testid=assessment-tab-score]").await;
    app.wait_text("[data-testid=score-overall]", "100.0").await;
    app.wait_text("[data-testid=score-panel]", "6.00 ÷ 6.00").await;
    app.screenshot("questionnaire-score").await;
    app.close().await;
}
