//! `vendor-risk incident ...` and `vendor-risk org ...`: incidents at vendors with their
//! notification checklist, and the organisation profile that decides which regimes apply.

use clap::{Args, Subcommand};
use vendor_risk_core::ids::IncidentId;
use vendor_risk_core::incident::{IncidentDraft, IncidentStatus};
use vendor_risk_core::org::{HolidayDraft, OrgProfileDraft};
use vendor_risk_core::say;
use vendor_risk_core::text::Message;
use vendor_risk_core::validate::FieldErrors;
use vendor_risk_core::{CoreError, Register};

use crate::Outcome;
use crate::output;

#[derive(Debug, Subcommand)]
#[allow(clippy::large_enum_variant)] // parsed once per process; size is irrelevant
pub enum IncidentCommand {
    /// Open an incident at a vendor; its blast radius is frozen as of the detection date.
    Open {
        /// The vendor (id or exact name).
        vendor: String,
        #[command(flatten)]
        fields: IncidentFields,
        /// Print the opened incident as JSON (as `incident show --json`) instead of text.
        #[arg(long)]
        json: bool,
    },
    /// List incidents, newest first.
    List {
        /// Print the incidents as JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Show an incident: timeline, obligations with due times, frozen blast radius, notes.
    Show {
        incident: i64,
        /// Print the incident as JSON (the stable format in README) instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Correct an incident's times, facts or confirmed categories (flags not given keep their value).
    Edit {
        incident: i64,
        #[command(flatten)]
        fields: IncidentFields,
    },
    /// Mark a notification step done.
    Done {
        incident: i64,
        /// The step's rule id, e.g. gdpr-33 (see `incident show`).
        rule: String,
        /// When it was done (RFC 3339 or YYYY-MM-DDTHH:MM local); default now.
        #[arg(long, default_value = "")]
        at: String,
        /// A note kept with the step, e.g. the authority's reference.
        #[arg(long, default_value = "")]
        note: String,
    },
    /// Record a judgement a rule asks for, e.g. `high_risk no --note "..."`.
    Assess {
        incident: i64,
        /// The question's key, e.g. high_risk, material, significant_harm.
        key: String,
        #[arg(value_parser = ["yes", "no"])]
        answer: String,
        /// The reasoning behind the judgement, kept with it.
        #[arg(long, default_value = "")]
        note: String,
    },
    /// Add a note to the timeline.
    Note {
        incident: i64,
        text: String,
        /// When it happened; default now.
        #[arg(long, default_value = "")]
        at: String,
    },
    /// Close an incident.
    Close { incident: i64 },
    /// Reopen a closed incident.
    Reopen { incident: i64 },
}

/// Incident fields as flags; times are RFC 3339 or YYYY-MM-DDTHH:MM in the organisation's zone.
#[derive(Debug, Args, Default)]
pub struct IncidentFields {
    /// A short title (required when opening).
    #[arg(long)]
    pub title: Option<String>,
    /// What happened, in free text.
    #[arg(long)]
    pub description: Option<String>,
    /// When the vendor detected the breach.
    #[arg(long)]
    pub detected_at: Option<String>,
    /// When the vendor told us.
    #[arg(long)]
    pub vendor_notified_at: Option<String>,
    /// When we became aware; most clocks start here.
    #[arg(long)]
    pub aware_at: Option<String>,
    /// When it was classified as a major ICT-related incident (DORA).
    #[arg(long)]
    pub classified_at: Option<String>,
    /// When it was determined to be material (SEC).
    #[arg(long)]
    pub materiality_at: Option<String>,
    /// When it was assessed as notifiable (Singapore PDPA).
    #[arg(long)]
    pub notifiable_assessed_at: Option<String>,
    /// A third party accessed the data unlawfully: true or false.
    #[arg(long)]
    pub unlawful_access: Option<bool>,
    /// How many of the people affected live in California.
    #[arg(long)]
    pub california_residents: Option<String>,
    /// A category confirmed exposed (repeat; replaces the list).
    #[arg(long = "exposed")]
    pub exposed: Vec<String>,
    /// A category confirmed not exposed (repeat; replaces the list).
    #[arg(long = "not-exposed")]
    pub not_exposed: Vec<String>,
}

impl IncidentFields {
    /// Overlays the flags that were given onto `draft`.
    fn apply(self, draft: &mut IncidentDraft) {
        let pairs = [
            (self.title, &mut draft.title),
            (self.description, &mut draft.description),
            (self.detected_at, &mut draft.detected_at),
            (self.vendor_notified_at, &mut draft.vendor_notified_at),
            (self.aware_at, &mut draft.aware_at),
            (self.classified_at, &mut draft.classified_at),
            (self.materiality_at, &mut draft.materiality_at),
            (self.notifiable_assessed_at, &mut draft.notifiable_assessed_at),
            (self.california_residents, &mut draft.california_residents),
        ];
        for (flag, field) in pairs {
            if let Some(value) = flag {
                *field = value;
            }
        }
        if let Some(unlawful) = self.unlawful_access {
            draft.unlawful_access = unlawful;
        }
        if !self.exposed.is_empty() {
            draft.confirmed_exposed = self.exposed;
        }
        if !self.not_exposed.is_empty() {
            draft.confirmed_not_exposed = self.not_exposed;
        }
    }
}

pub fn incident(register: &Register, command: IncidentCommand) -> Result<Outcome, CoreError> {
    let now = register.now();
    let l = register.language();
    let show = |view: vendor_risk_core::incident::IncidentView, json: bool| {
        if json { output::json(&view) } else { output::incident(&view, now, l) }
    };
    let text = match command {
        IncidentCommand::Open { vendor, fields, json } => {
            let mut draft = IncidentDraft::default();
            fields.apply(&mut draft);
            show(register.open_incident(register.find_vendor(&vendor)?.id, &draft)?, json)
        }
        IncidentCommand::List { json } => {
            let incidents = register.incidents()?;
            if json { output::json(&incidents) } else { output::incidents(&incidents, l) }
        }
        IncidentCommand::Show { incident, json } => show(register.incident(IncidentId(incident))?, json),
        IncidentCommand::Edit { incident, fields } => {
            let mut draft = register.incident_draft(IncidentId(incident))?;
            fields.apply(&mut draft);
            register.update_incident(IncidentId(incident), &draft)?;
            format!("{}\n", say!(l, "term-incident-updated", id = incident.to_string()))
        }
        IncidentCommand::Done { incident, rule, at, note } => {
            register.mark_step_done(IncidentId(incident), &rule, &at, &note)?;
            format!("{}\n", say!(l, "term-incident-step-done", rule = rule, id = incident.to_string()))
        }
        IncidentCommand::Assess { incident, key, answer, note } => {
            register.answer_judgement(IncidentId(incident), &key, answer == "yes", &note)?;
            let recorded = say!(l, "term-incident-recorded", key = key, answer = answer, id = incident.to_string());
            format!("{recorded}\n")
        }
        IncidentCommand::Note { incident, text, at } => {
            register.add_incident_note(IncidentId(incident), &at, &text)?;
            format!("{}\n", say!(l, "term-incident-note-added", id = incident.to_string()))
        }
        IncidentCommand::Close { incident } => {
            register.set_incident_status(IncidentId(incident), IncidentStatus::Closed)?;
            format!("{}\n", say!(l, "term-incident-closed", id = incident.to_string()))
        }
        IncidentCommand::Reopen { incident } => {
            register.set_incident_status(IncidentId(incident), IncidentStatus::Open)?;
            format!("{}\n", say!(l, "term-incident-reopened", id = incident.to_string()))
        }
    };
    Ok(Outcome::printed(text))
}

#[derive(Debug, Subcommand)]
pub enum OrgCommand {
    /// The organisation profile: where we are established and what we are under the law.
    #[command(subcommand)]
    Profile(ProfileCommand),
}

#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// Show the profile.
    Show {
        /// Print the profile as JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Change the profile; flags not given keep their value.
    Set(ProfileFields),
}

#[derive(Debug, Args)]
pub struct ProfileFields {
    /// The organisation's name.
    #[arg(long)]
    pub name: Option<String>,
    /// A country of establishment, ISO 3166 two letters (repeat; replaces the list).
    #[arg(long = "establishment")]
    pub establishments: Vec<String>,
    /// A financial entity under DORA: true or false.
    #[arg(long)]
    pub financial_entity: Option<bool>,
    /// The kind of financial entity: other, credit_institution, central_counterparty, trading_venue.
    #[arg(long)]
    pub financial_entity_kind: Option<String>,
    /// Our competent authority refused us DORA's weekend relief (2025/301 Art. 5(6)): true or false.
    #[arg(long)]
    pub weekend_relief_refused: Option<bool>,
    /// NIS2 status: none, essential, important.
    #[arg(long)]
    pub nis2: Option<String>,
    /// HIPAA status: none, covered_entity, business_associate.
    #[arg(long)]
    pub hipaa: Option<String>,
    /// An SEC registrant: true or false.
    #[arg(long)]
    pub sec_registrant: Option<bool>,
    /// IANA time zone deadlines are computed in, e.g. Europe/Dublin.
    #[arg(long)]
    pub time_zone: Option<String>,
    /// Add a public holiday business days skip: COUNTRY:YYYY-MM-DD:NAME (repeat).
    #[arg(long = "add-holiday", value_name = "CC:YYYY-MM-DD:NAME")]
    pub add_holidays: Vec<String>,
    /// Remove a holiday: COUNTRY:YYYY-MM-DD (repeat).
    #[arg(long = "remove-holiday")]
    pub remove_holidays: Vec<String>,
}

/// `COUNTRY:DATE[:NAME]` split into a holiday draft.
fn holiday(flag: &str, text: &str) -> Result<HolidayDraft, FieldErrors> {
    let mut parts = text.splitn(3, ':');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(country), Some(date), name) => Ok(HolidayDraft {
            country: country.to_owned(),
            date: date.to_owned(),
            name: name.unwrap_or_default().to_owned(),
        }),
        _ => Err(FieldErrors::of(flag, "format", Message::new("cli-holiday").arg("text", text))),
    }
}

impl ProfileFields {
    /// Overlays the flags that were given onto `draft`.
    fn apply(self, draft: &mut OrgProfileDraft) -> Result<(), FieldErrors> {
        for (flag, field) in [(self.name, &mut draft.name), (self.time_zone, &mut draft.time_zone)] {
            if let Some(value) = flag {
                *field = value;
            }
        }
        let choices = [
            (self.nis2, &mut draft.nis2),
            (self.hipaa, &mut draft.hipaa),
            (self.financial_entity_kind, &mut draft.financial_entity_kind),
        ];
        for (flag, field) in choices {
            if let Some(value) = flag {
                *field = value;
            }
        }
        let switches = [
            (self.financial_entity, &mut draft.financial_entity),
            (self.sec_registrant, &mut draft.sec_registrant),
            (self.weekend_relief_refused, &mut draft.weekend_relief_refused),
        ];
        for (flag, field) in switches {
            if let Some(value) = flag {
                *field = value;
            }
        }
        if !self.establishments.is_empty() {
            draft.establishments = self.establishments;
        }
        for text in &self.remove_holidays {
            let gone = holiday("--remove-holiday", text)?;
            draft.holidays.retain(|h| !(h.country.eq_ignore_ascii_case(&gone.country) && h.date == gone.date));
        }
        for text in &self.add_holidays {
            draft.holidays.push(holiday("--add-holiday", text)?);
        }
        Ok(())
    }
}

pub fn org(register: &Register, command: OrgCommand) -> Result<Outcome, CoreError> {
    let OrgCommand::Profile(command) = command;
    let l = register.language();
    let text = match command {
        ProfileCommand::Show { json } => {
            let profile = register.org_profile()?;
            if json { output::json(&profile) } else { output::org_profile(&profile, l) }
        }
        ProfileCommand::Set(fields) => {
            let mut draft = OrgProfileDraft::from(&register.org_profile()?);
            fields.apply(&mut draft)?;
            output::org_profile(&register.set_org_profile(&draft)?, l)
        }
    };
    Ok(Outcome::printed(text))
}
