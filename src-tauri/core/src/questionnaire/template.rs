//! Questionnaire templates: versioned sections of questions, each with a stable id, a risk
//! domain, an answer kind, a weight, per-option points and findings, and an optional condition
//! on an earlier answer. Templates are data: the built-in ones are JSON files in
//! `data/questionnaires/`, and users import and export their own in the same format.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::enums::string_enum;
use crate::locale::Language;
use crate::text::Message;
use crate::validate::{Checker, FieldErrors};

string_enum!(
    /// The risk domain a question belongs to; scores are given per domain.
    Domain {
        Governance = "governance",
        AccessControl = "access_control",
        Encryption = "encryption",
        VulnerabilityManagement = "vulnerability_management",
        SecureDevelopment = "secure_development",
        LoggingMonitoring = "logging_monitoring",
        IncidentResponse = "incident_response",
        BusinessContinuity = "business_continuity",
        Subprocessors = "subprocessors",
        DataRetention = "data_retention",
        HrSecurity = "hr_security",
        PhysicalSecurity = "physical_security",
        AiUse = "ai_use",
        Privacy = "privacy",
    }
);

impl Domain {
    /// The domain's name.
    pub fn label(self) -> &'static str {
        match self {
            Domain::Governance => "Governance and policies",
            Domain::AccessControl => "Access control and MFA",
            Domain::Encryption => "Encryption",
            Domain::VulnerabilityManagement => "Vulnerability management and penetration testing",
            Domain::SecureDevelopment => "Secure development",
            Domain::LoggingMonitoring => "Logging and monitoring",
            Domain::IncidentResponse => "Incident response and breach notification",
            Domain::BusinessContinuity => "Business continuity and disaster recovery",
            Domain::Subprocessors => "Subprocessors and fourth parties",
            Domain::DataRetention => "Data retention and deletion",
            Domain::HrSecurity => "HR security",
            Domain::PhysicalSecurity => "Physical security",
            Domain::AiUse => "Use of AI on customer data",
            Domain::Privacy => "Privacy and data protection",
        }
    }

    /// The ISO/IEC 27001:2022 Annex A supplier-relationship controls (5.19–5.23) the domain
    /// relates to: 5.19 supplier relationships, 5.20 supplier agreements, 5.21 the ICT supply
    /// chain, 5.22 monitoring and review of supplier services, 5.23 cloud services.
    pub fn iso27001(self) -> &'static [&'static str] {
        match self {
            Domain::Governance => &["5.19", "5.22"],
            Domain::AccessControl | Domain::Encryption => &["5.23"],
            Domain::VulnerabilityManagement | Domain::LoggingMonitoring => &["5.22"],
            Domain::SecureDevelopment | Domain::AiUse => &["5.21"],
            Domain::IncidentResponse | Domain::Privacy => &["5.20"],
            Domain::BusinessContinuity => &["5.22", "5.23"],
            Domain::Subprocessors => &["5.20", "5.21"],
            Domain::DataRetention => &["5.20", "5.23"],
            Domain::HrSecurity | Domain::PhysicalSecurity => &[],
        }
    }
}

string_enum!(
    /// How a question is answered.
    AnswerKind {
        YesNoNa = "yes_no_na",
        SingleChoice = "single_choice",
        MultiChoice = "multi_choice",
        Text = "text",
        Number = "number",
        Date = "date",
        Evidence = "evidence",
    }
);

impl AnswerKind {
    /// Whether the answer is picked from the question's options.
    pub fn is_choice(self) -> bool {
        matches!(self, AnswerKind::YesNoNa | AnswerKind::SingleChoice | AnswerKind::MultiChoice)
    }
}

string_enum!(
    /// How serious a finding is.
    Severity {
        Low = "low",
        Medium = "medium",
        High = "high",
        Critical = "critical",
    }
);

/// The finding an answer raises.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FindingRule {
    pub severity: Severity,
    pub title: String,
}

/// One possible answer of a choice question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct AnswerOption {
    /// Stable value stored as the answer, e.g. `yes`.
    pub value: String,
    pub label: String,
    /// 0 to 1 of the question's weight; `null`: not scored (e.g. "not applicable").
    pub points: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub finding: Option<FindingRule>,
}

/// "Show this question when the answer to `question` is any of `any_of`."
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Condition {
    pub question: String,
    pub any_of: Vec<String>,
}

/// One question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Question {
    /// Stable across versions: answers, findings and diffs refer to it.
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub help: String,
    pub domain: Domain,
    pub kind: AnswerKind,
    pub required: bool,
    /// 0 to 10; 0 means asked for information, never scored.
    pub weight: u32,
    #[serde(default)]
    pub options: Vec<AnswerOption>,
    #[serde(default)]
    pub visible_when: Option<Condition>,
    /// ISO/IEC 27001:2022 Annex A controls the question relates to, e.g. `5.22`.
    #[serde(default)]
    pub iso27001: Vec<String>,
}

impl Question {
    /// The option with `value`.
    pub fn option(&self, value: &str) -> Option<&AnswerOption> {
        self.options.iter().find(|o| o.value == value)
    }
}

/// A section of questions, versioned on its own.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Section {
    pub id: String,
    pub title: String,
    #[serde(default = "first_version")]
    pub version: u32,
    pub questions: Vec<Question>,
}

fn first_version() -> u32 {
    1
}

/// A questionnaire template.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Template {
    /// Stable id, e.g. `security-core`.
    pub id: String,
    /// Raised whenever a question changes; assessments keep the version they were sent with.
    pub version: u32,
    pub title: String,
    #[serde(default)]
    pub description: String,
    pub sections: Vec<Section>,
}

/// The built-in templates' texts in another language, keyed by their English text; `None` for
/// English.
fn translations(language: Language) -> Option<&'static HashMap<String, String>> {
    static INDONESIAN: OnceLock<HashMap<String, String>> = OnceLock::new();
    match language {
        Language::En => None,
        Language::Id => Some(INDONESIAN.get_or_init(|| {
            serde_json::from_str(include_str!("../../data/questionnaires/id.json")).unwrap_or_default()
        })),
    }
}

/// Most questions a template may have.
pub const MAX_QUESTIONS: usize = 2_000;

impl Template {
    /// The template as a vendor reading `language` sees it: each text (title, description,
    /// section titles, questions, help, option labels) translated where the built-in
    /// translations know it (`data/questionnaires/id.json`, keyed by the English text); a text
    /// they do not know, such as one the organisation wrote or changed, stays as written.
    /// Values, ids and scoring are untouched, so answers map back whatever the language.
    pub fn in_language(&self, language: Language) -> Template {
        let Some(translations) = translations(language) else { return self.clone() };
        let tr = |text: &mut String| {
            if let Some(translated) = translations.get(text.as_str()) {
                *text = translated.clone();
            }
        };
        let mut template = self.clone();
        tr(&mut template.title);
        tr(&mut template.description);
        for section in &mut template.sections {
            tr(&mut section.title);
            for question in &mut section.questions {
                tr(&mut question.text);
                tr(&mut question.help);
                question.options.iter_mut().for_each(|o| tr(&mut o.label));
            }
        }
        template
    }

    /// Every question, in order.
    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.sections.iter().flat_map(|s| s.questions.iter())
    }

    /// The question with `id`.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions().find(|q| q.id == id)
    }

    /// Reads a template from its JSON form and checks it.
    pub fn from_json(text: &str) -> Result<Template, FieldErrors> {
        let template: Template = serde_json::from_str(text).map_err(|e| {
            let message =
                Message::new("template-not-json").arg("line", e.line()).arg("column", e.column()).arg("problem", &e);
            FieldErrors::of("json", "json", message)
        })?;
        template.check()?;
        Ok(template)
    }

    /// The JSON form, as exported.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default() + "\n"
    }

    /// Checks every rule; errors name the path, e.g. `sections.1.questions.3.weight`.
    pub fn check(&self) -> Result<(), FieldErrors> {
        let mut check = Checker::default();
        if !is_slug(&self.id) {
            check.reject_text("id", "slug", Message::new("field-template-id"));
        }
        if self.version == 0 {
            check.reject_text("version", "range", Message::new("field-version"));
        }
        check.required_text("title", &self.title, 200);
        if self.sections.is_empty() {
            check.reject_text("sections", "required", Message::new("field-sections-required"));
        }
        let mut section_ids = HashSet::new();
        let mut earlier: Vec<&Question> = Vec::new();
        for (s, section) in self.sections.iter().enumerate() {
            let at = format!("sections.{s}");
            if !section_ids.insert(section.id.as_str()) || !is_slug(&section.id.replace('_', "-")) {
                check.reject_text(
                    &format!("{at}.id"),
                    "unique",
                    Message::new("field-section-id").arg("text", &section.id),
                );
            }
            check.required_text(&format!("{at}.title"), &section.title, 200);
            for (n, question) in section.questions.iter().enumerate() {
                check_question(&mut check, &format!("{at}.questions.{n}"), question, &earlier);
                earlier.push(question);
            }
        }
        if earlier.len() > MAX_QUESTIONS {
            check.reject_text(
                "sections",
                "too_many",
                Message::new("field-too-many-questions").arg("count", earlier.len()).arg("max", MAX_QUESTIONS),
            );
        }
        check.finish()
    }
}

fn is_slug(text: &str) -> bool {
    (1..=64).contains(&text.len()) && text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn check_question(check: &mut Checker, at: &str, q: &Question, earlier: &[&Question]) {
    let id_ok = (1..=40).contains(&q.id.len()) && q.id.chars().all(|c| c.is_ascii_alphanumeric() || "._&-".contains(c));
    if !id_ok {
        check.reject_text(&format!("{at}.id"), "format", Message::new("field-question-id").arg("text", &q.id));
    } else if earlier.iter().any(|e| e.id == q.id) {
        check.reject_text(&format!("{at}.id"), "unique", Message::new("field-used-twice").arg("text", &q.id));
    }
    check.required_text(&format!("{at}.text"), &q.text, 2_000);
    if q.weight > 10 {
        check.reject_text(&format!("{at}.weight"), "range", Message::new("field-weight"));
    }
    check_options(check, at, q);
    if let Some(condition) = &q.visible_when {
        check_condition(check, &format!("{at}.visibleWhen"), condition, earlier);
    }
}

fn check_options(check: &mut Checker, at: &str, q: &Question) {
    if !q.kind.is_choice() {
        if !q.options.is_empty() {
            check.reject_text(
                &format!("{at}.options"),
                "not_choice",
                Message::new("field-no-options").arg("kind", q.kind),
            );
        }
        return;
    }
    if q.options.len() < 2 {
        check.reject_text(&format!("{at}.options"), "required", Message::new("field-options-required"));
    }
    let mut values = HashSet::new();
    for (i, option) in q.options.iter().enumerate() {
        if option.value.trim().is_empty() || !values.insert(option.value.as_str()) {
            check.reject_text(
                &format!("{at}.options.{i}.value"),
                "unique",
                Message::new("field-option-value").arg("text", &option.value),
            );
        }
        check.required_text(&format!("{at}.options.{i}.label"), &option.label, 200);
        if option.points.is_some_and(|p| !(0.0..=1.0).contains(&p)) {
            check.reject_text(&format!("{at}.options.{i}.points"), "range", Message::new("field-points"));
        }
        if let Some(finding) = &option.finding {
            check.required_text(&format!("{at}.options.{i}.finding.title"), &finding.title, 200);
        }
    }
    if q.kind == AnswerKind::YesNoNa && !["yes", "no"].iter().all(|v| values.contains(v)) {
        check.reject_text(&format!("{at}.options"), "yes_no", Message::new("field-yes-no-options"));
    }
}

fn check_condition(check: &mut Checker, at: &str, condition: &Condition, earlier: &[&Question]) {
    match earlier.iter().find(|e| e.id == condition.question) {
        None => check.reject_text(
            &format!("{at}.question"),
            "unknown",
            Message::new("field-not-earlier-question").arg("text", &condition.question),
        ),
        Some(source) if !source.kind.is_choice() => check.reject_text(
            &format!("{at}.question"),
            "not_choice",
            Message::new("field-not-choice-question").arg("text", &source.id),
        ),
        Some(source) => {
            if condition.any_of.is_empty() {
                check.reject_text(&format!("{at}.anyOf"), "required", Message::new("field-condition-answers-required"));
            }
            for (i, value) in condition.any_of.iter().enumerate() {
                if source.option(value).is_none() {
                    check.reject_text(
                        &format!("{at}.anyOf.{i}"),
                        "unknown",
                        Message::new("field-not-an-answer").arg("text", value).arg("question", &source.id),
                    );
                }
            }
        }
    }
}

/// The built-in templates, written by us: core security due diligence, privacy & DPA, and a
/// lite questionnaire for low-tier vendors.
pub fn builtin_templates() -> Vec<Template> {
    [
        include_str!("../../data/questionnaires/security-core.json"),
        include_str!("../../data/questionnaires/privacy-dpa.json"),
        include_str!("../../data/questionnaires/lite.json"),
    ]
    .iter()
    .filter_map(|text| Template::from_json(text).ok())
    .collect()
}
