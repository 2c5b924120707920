//! End to end in the real window, on a team register of a PostgreSQL server the test starts:
//! connecting from the start screen, the login and role the server decides (no changing user),
//! two people editing one vendor, its data flow, its risk profile and a questionnaire answer (the save over the other's change refused, the form reloaded
//! with the input kept), another person's change appearing by itself, the server stopped
//! abruptly (a banner, changes refused) and back (the banner gone), an auditor's login seeing
//! no editing controls, and procurement's login adding a vendor recorded under its own name.

use std::path::PathBuf;

use vendor_risk_core::store::test_server::{OwnServer, as_login};
use vendor_risk_tests::vendor_risk;
use vendor_risk_tests::window::AppWindow;

/// The team register's owner, who connects in the window.
const OWNER: &str = "Ana Owner";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_team_register_in_the_real_window() {
    let server = OwnServer::start();
    let address = server.fresh_database(OWNER);
    let owner = PathBuf::from(&address);
    vendor_risk(&owner, &["sample"]).ok();
    vendor_risk(&owner, &["team", "add-user", "Bea Compliance", "--role", "compliance", "--no-password"]).ok();
    vendor_risk(&owner, &["team", "add-user", "Aud Auditor", "--role", "auditor", "--no-password"]).ok();
    vendor_risk(&owner, &["team", "add-user", "Pat Procurement", "--role", "procurement", "--no-password"]).ok();
    let bea = PathBuf::from(as_login(&address, "Bea Compliance"));
    let url = url::Url::parse(&address).unwrap();
    let socket = percent_encoding::percent_decode_str(url.host_str().unwrap()).decode_utf8().unwrap().into_owned();
    let database = url.path().trim_start_matches('/').to_owned();

    let app = AppWindow::launch().await;
    app.click("[data-testid=start-team]").await;
    app.fill("input[name=host]", &socket).await;
    app.fill("input[name=database]", &database).await;
    app.fill("input[name=user]", OWNER).await;
    app.click("input[name=encrypted]").await;
    app.screenshot("team-connect").await;
    app.click("[data-testid=team-connect]").await;
    app.wait_text("[data-testid=opened-as]", "Ana Owner (compliance officer)").await;
    app.find("[data-testid=team-register]").await;
    app.wait_gone("[data-testid=change-user]").await;

    // Two people edit Zendesk: Bea saves first; my save is refused, the form shows her change
    // with my text kept, and saving again keeps both.
    app.click("[data-testid=nav-vendors]").await;
    app.click("[role=row][aria-label='Zendesk']").await;
    app.click("[data-testid=edit-vendor]").await;
    app.fill("textarea[name=description]", "Ticketing; holds customer emails").await;
    vendor_risk(&bea, &["vendor", "edit", "Zendesk", "--business-owner", "Support lead"]).ok();
    app.click("[data-testid=vendor-save]").await;
    app.wait_text("[data-testid=changed-since]", "Bea Compliance changed the business owner").await;
    let owner_field = app.find("input[name=businessOwner]").await;
    assert_eq!(owner_field.prop("value").await.unwrap().as_deref(), Some("Support lead"), "her change is shown");
    app.screenshot("team-changed-since").await;
    app.click("[data-testid=vendor-save]").await;
    app.wait_gone("dialog[open]").await;
    app.wait_text(".vendor-description", "holds customer emails").await;

    // The same for a data flow: Bea ends Zendesk's flow while my correction is open.
    let flow = vendor_risk(&bea, &["flow", "list", "Zendesk", "--json"]).ok().json()[0]["id"].to_string();
    app.click("[data-testid=edit-flow]").await;
    app.fill("input[name=purpose]", "Support tickets and chat").await;
    vendor_risk(&bea, &["flow", "end", &flow, "--on", "2026-11-30"]).ok();
    app.click("[data-testid=flow-save]").await;
    app.wait_text("[data-testid=changed-since]", "Bea Compliance changed the last day").await;
    app.screenshot("team-flow-changed-since").await;
    app.click("[data-testid=flow-save]").await;
    app.wait_gone("dialog[open]").await;
    let flows = vendor_risk(&bea, &["flow", "list", "Zendesk", "--json"]).ok().json();
    assert_eq!(
        (flows[0]["purpose"].as_str(), flows[0]["validTo"].as_str()),
        (Some("Support tickets and chat"), Some("2026-11-30"))
    );

    // And its risk profile: Bea overrides the level while my dialog is open.
    app.click("[data-testid=tab-risk]").await;
    app.click("[data-testid=risk-profile]").await;
    app.select("select[name=substitutability]", "hard").await;
    let override_args = ["--override-level", "high", "--override-reason", "Holds support tickets"];
    vendor_risk(&bea, &[&["risk", "profile", "Zendesk"][..], &override_args[..]].concat()).ok();
    app.click("[data-testid=risk-profile-save]").await;
    app.wait_text("[data-testid=changed-since]", "override level").await;
    app.click("[data-testid=risk-profile-save]").await;
    app.wait_gone("dialog[open]").await;
    let profile = vendor_risk(&bea, &["risk", "explain", "Zendesk", "--json"]).ok().json()["profile"].clone();
    assert_eq!((profile["substitutability"].as_str(), profile["overrideLevel"].as_str()), (Some("hard"), Some("high")));

    // And a questionnaire answer: Bea answers the question I am typing an answer to. My text
    // stays in the field; leaving it is refused with her name; leaving it again saves mine.
    let assigned = vendor_risk(&bea, &["questionnaire", "assign", "Zendesk", "--template", "lite", "--json"]).ok();
    let assessment = assigned.json()["assessment"]["id"].to_string();
    vendor_risk(&bea, &["questionnaire", "answer", &assessment, "SUB-01", "yes"]).ok();
    app.click("[data-testid=tab-assessments]").await;
    app.click("[data-testid=assessments-table] tbody td").await;
    app.wait_text("[data-testid=progress]", "1 of 19 answered").await;
    let mine = "AWS (hosting), Twilio (SMS)";
    app.find("textarea[name='SUB-02']").await.send_keys(mine).await.expect("type");
    vendor_risk(&bea, &["questionnaire", "answer", &assessment, "SUB-02", "See trust.zendesk.com"]).ok();
    app.wait_text("[data-testid=progress]", "2 of 19 answered").await;
    let field = app.find("textarea[name='SUB-02']").await;
    assert_eq!(field.prop("value").await.unwrap().as_deref(), Some(mine), "what I typed stays");
    app.click("[data-testid=progress]").await;
    app.wait_text("[data-testid=question-SUB-02] [role=alert]", "Bea Compliance changed the answer to SUB-02").await;
    app.wait_text("[data-testid=question-SUB-02] [role=alert]", "See trust.zendesk.com").await;
    app.find("[data-testid=question-SUB-02]").await.scroll_into_view().await.expect("scroll");
    app.screenshot("team-answer-changed-since").await;
    app.click("textarea[name='SUB-02']").await;
    app.click("[data-testid=progress]").await;
    app.wait_text("[data-testid=question-SUB-02]", "Saved").await;
    let stored = vendor_risk(&bea, &["questionnaire", "show", &assessment, "--json"]).ok().json();
    let answer = stored["answers"].as_array().unwrap().iter().find(|a| a["questionId"] == "SUB-02").unwrap().clone();
    assert_eq!(answer["value"]["value"].as_str(), Some(mine));

    // Bea adds a vendor: the list shows it without anyone refreshing.
    app.click("[data-testid=nav-vendors]").await;
    app.wait_text("[data-testid=vendor-count]", "27 vendors").await;
    vendor_risk(&bea, &["vendor", "add", "--name", "Added By Bea", "--category", "other"]).ok();
    app.wait_text("[data-testid=vendor-count]", "28 vendors").await;

    // The server stops abruptly: a banner, and a change is refused; it comes back by itself.
    server.stop_immediately();
    app.wait_text("[data-testid=offline-banner]", "cannot be reached").await;
    app.screenshot("team-offline").await;
    server.restart();
    app.wait_gone("[data-testid=offline-banner]").await;
    let after = vendor_risk(&bea, &["vendor", "list", "--json"]).ok().json();
    assert!(after.to_string().contains("Added By Bea"), "the acknowledged change survived the crash");

    // The auditor's login: read-only, decided by the server.
    app.click("[data-testid=close-register]").await;
    app.click("[data-testid=start-team]").await;
    app.click("[data-testid=team-recent]").await;
    app.fill("input[name=user]", "Aud Auditor").await;
    app.click("[data-testid=team-connect]").await;
    app.wait_text("[data-testid=opened-as]", "Aud Auditor (auditor)").await;
    app.click("[data-testid=nav-vendors]").await;
    app.find("[role=row][aria-label='Added By Bea']").await;
    app.wait_gone("[data-testid=new-vendor]").await;
    app.screenshot("team-auditor").await;

    // Procurement's login adds a vendor; the log names the login the server signed in.
    app.click("[data-testid=close-register]").await;
    app.click("[data-testid=start-team]").await;
    app.click("[data-testid=team-recent]").await;
    app.fill("input[name=user]", "Pat Procurement").await;
    app.click("[data-testid=team-connect]").await;
    app.wait_text("[data-testid=opened-as]", "Pat Procurement (procurement)").await;
    app.click("[data-testid=nav-vendors]").await;
    app.click("[data-testid=new-vendor]").await;
    app.fill("input[name=name]", "Procured Ltd").await;
    app.click("[data-testid=vendor-save]").await;
    app.wait_gone("dialog[open]").await;
    app.find("[role=row][aria-label='Procured Ltd']").await;
    let log = vendor_risk(&owner, &["audit", "log", "--limit", "1", "--json"]).ok().json();
    let entry = &log["items"][0];
    assert_eq!((entry["actor"].as_str(), entry["role"].as_str()), (Some("Pat Procurement"), Some("procurement")));
    app.close().await;
}
