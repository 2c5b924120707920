### Vendor Risk Register: the blast radius's first actions (src-tauri/core/src/blast_radius.rs), English.
### $vendors is a list of vendor names, comma-separated.

action-suspend_integration-title = Suspend the integration
action-suspend_integration-detail = Pause data sent to the vendor and revoke the API keys and tokens we issued to it until it confirms containment.
action-rotate_credentials-title = Rotate credentials
action-rotate_credentials-detail = Credentials or authentication data were exposed: rotate every secret shared with the vendor and force password resets for affected accounts.
action-phishing_warning-title = Warn users about phishing
action-phishing_warning-detail = Names and contact details enable convincing phishing: tell affected people what happened and that we never ask for passwords or keys by e-mail.
action-card_fraud-title = Alert the payment processor
action-card_fraud-detail = Card data was exposed: inform the acquirer and card brands (PCI DSS) and watch for fraud.
action-account_monitoring-title = Monitor financial accounts
action-account_monitoring-detail = Bank or account data was exposed: advise affected people to watch for fraudulent debits.
action-identity_protection-title = Offer identity-theft protection
action-identity_protection-detail = Government identifiers were exposed: offer credit and identity monitoring.
action-high_risk_assessment-title = Assess the risk to individuals
action-high_risk_assessment-detail = Special-category, health or children's data was exposed: document whether the breach is likely to result in a high risk (GDPR Art. 34) and prepare notices to the people.
action-location_safety-title = Consider physical-safety risks
action-location_safety-detail = Precise location data was exposed: consider risks to people's physical safety.
action-pause_upstream_forwarding-title = Pause forwarding by other vendors
action-pause_upstream_forwarding-detail = Our data also reaches the vendor through { $vendors }: pause those forwards.
action-ask_subprocessors-title = Ask about its subprocessors
action-ask_subprocessors-detail = The vendor passes our data on: ask whether its subprocessors were affected.
action-request_incident_report-title = Request the vendor's incident report
action-request_incident_report-detail = Ask for the timeline, the root cause, and exactly which records and fields were taken.
