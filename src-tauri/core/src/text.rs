//! The core's words for people, in the language they work in: every sentence the core writes
//! for a person (deadline explanations, questions, reports, the CLI's messages) is a Fluent
//! message in `core/locales/{en,id}/*.ftl`, embedded in the program and looked up by id with
//! its arguments. English and Bahasa Indonesia define the same ids with the same variables
//! (a test compares them).
//!
//! Arguments are passed ready to print (counts with [`crate::words::count`], dates as the
//! caller wants them), except the numbers plural selectors need.

use std::sync::OnceLock;

/// The arguments of a message, for front ends calling [`lookup`].
pub use fluent_bundle::FluentArgs;
use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;

use crate::locale::Language;

/// The message files of each language, in the order they are loaded.
const SOURCES: &[(Language, &str, &str)] = &[
    (Language::En, "obligations.ftl", include_str!("../locales/en/obligations.ftl")),
    (Language::En, "reports.ftl", include_str!("../locales/en/reports.ftl")),
    (Language::En, "blast_radius.ftl", include_str!("../locales/en/blast_radius.ftl")),
    (Language::En, "terminal.ftl", include_str!("../locales/en/terminal.ftl")),
    (Language::En, "desktop.ftl", include_str!("../locales/en/desktop.ftl")),
    (Language::En, "questionnaire.ftl", include_str!("../locales/en/questionnaire.ftl")),
    (Language::En, "fields.ftl", include_str!("../locales/en/fields.ftl")),
    (Language::En, "errors.ftl", include_str!("../locales/en/errors.ftl")),
    (Language::En, "imports.ftl", include_str!("../locales/en/imports.ftl")),
    (Language::En, "dora.ftl", include_str!("../locales/en/dora.ftl")),
    (Language::En, "records.ftl", include_str!("../locales/en/records.ftl")),
    (Language::En, "progress.ftl", include_str!("../locales/en/progress.ftl")),
    (Language::Id, "obligations.ftl", include_str!("../locales/id/obligations.ftl")),
    (Language::Id, "reports.ftl", include_str!("../locales/id/reports.ftl")),
    (Language::Id, "blast_radius.ftl", include_str!("../locales/id/blast_radius.ftl")),
    (Language::Id, "terminal.ftl", include_str!("../locales/id/terminal.ftl")),
    (Language::Id, "desktop.ftl", include_str!("../locales/id/desktop.ftl")),
    (Language::Id, "questionnaire.ftl", include_str!("../locales/id/questionnaire.ftl")),
    (Language::Id, "fields.ftl", include_str!("../locales/id/fields.ftl")),
    (Language::Id, "errors.ftl", include_str!("../locales/id/errors.ftl")),
    (Language::Id, "imports.ftl", include_str!("../locales/id/imports.ftl")),
    (Language::Id, "dora.ftl", include_str!("../locales/id/dora.ftl")),
    (Language::Id, "records.ftl", include_str!("../locales/id/records.ftl")),
    (Language::Id, "progress.ftl", include_str!("../locales/id/progress.ftl")),
];

type Bundle = FluentBundle<FluentResource>;

fn bundle(language: Language) -> &'static Bundle {
    static BUNDLES: OnceLock<[Bundle; 2]> = OnceLock::new();
    let [en, id] = BUNDLES.get_or_init(|| [load(Language::En), load(Language::Id)]);
    match language {
        Language::En => en,
        Language::Id => id,
    }
}

fn load(language: Language) -> Bundle {
    let tag = language.to_string().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![tag]);
    // Unicode isolation marks around every argument would end up in PDFs and CSV cells.
    bundle.set_use_isolating(false);
    for (_, file, source) in SOURCES.iter().filter(|(l, ..)| *l == language) {
        let resource = FluentResource::try_new((*source).to_owned())
            .unwrap_or_else(|(_, errors)| panic!("locales/{language}/{file}: {errors:?}"));
        if let Err(errors) = bundle.add_resource(resource) {
            panic!("locales/{language}/{file}: {errors:?}");
        }
    }
    bundle
}

/// The message `id` in `language` with `args`. A message that does not exist is a bug (the
/// locale tests check every id the core uses): debug builds stop, release builds show the id.
pub fn lookup(language: Language, id: &str, args: &FluentArgs<'_>) -> String {
    let bundle = bundle(language);
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        debug_assert!(false, "no message {id} in {language}");
        return id.to_owned();
    };
    let mut errors = Vec::new();
    let out = bundle.format_pattern(pattern, Some(args), &mut errors).into_owned();
    debug_assert!(errors.is_empty(), "message {id} in {language}: {errors:?}");
    out
}

/// A message by id with its arguments, kept so that it can be written again in another
/// language where it is shown (a field error made in English, shown in an Indonesian window).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Message {
    pub id: String,
    pub args: Vec<(String, String)>,
    /// Arguments that are messages themselves (a status's name), written in the language of
    /// the message they are in.
    pub parts: Vec<(String, Message)>,
}

impl Message {
    pub fn new(id: &str) -> Message {
        Message { id: id.to_owned(), ..Message::default() }
    }

    /// The name of a field's value (`enum-{kind}-{value}`, as [`value_name`] writes it), kept
    /// to be written in the language it is shown in.
    pub fn value(kind: &str, value: impl std::fmt::Display) -> Message {
        Message::new(&format!("enum-{kind}-{value}"))
    }

    /// The message with one more argument.
    pub fn arg(mut self, name: &str, value: impl ToString) -> Message {
        self.args.push((name.to_owned(), value.to_string()));
        self
    }

    /// The message with one more argument that is a message itself.
    pub fn part(mut self, name: &str, message: Message) -> Message {
        self.parts.push((name.to_owned(), message));
        self
    }

    /// The message written in `language`.
    pub fn render(&self, language: Language) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            args.set(name.clone(), value.clone());
        }
        for (name, part) in &self.parts {
            args.set(name.clone(), part.render(language));
        }
        lookup(language, &self.id, &args)
    }
}

/// The message in English, for logs and texts that have no other language yet.
impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(Language::En))
    }
}

/// A value of one of the register's fields as people read it (`kind` names the field:
/// `level`, `status`, `category` …; the text `enum-{kind}-{value}`).
pub fn value_name(language: Language, kind: &str, value: impl std::fmt::Display) -> String {
    Message::value(kind, value).render(language)
}

/// Whether `language` has the message `id` (for texts that exist for some items only).
pub fn has(language: Language, id: &str) -> bool {
    bundle(language).has_message(id)
}

/// `say!(language, "message-id", name = value, …)`: the message with its arguments (strings,
/// or numbers for plural selectors), for the front ends (the CLI's text output, the desktop's
/// dialogs).
#[macro_export]
macro_rules! say {
    ($language:expr, $id:expr $(, $name:ident = $value:expr)* $(,)?) => {{
        #[allow(unused_mut)]
        let mut args = $crate::text::FluentArgs::new();
        $(args.set(stringify!($name), $value);)*
        $crate::text::lookup($language, &$id, &args)
    }};
}

/// The same inside the core: `text!(language, "message-id", name = value, …)`.
macro_rules! text {
    ($($message:tt)*) => {
        $crate::say!($($message)*)
    };
}
pub(crate) use text;

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
    use fluent_syntax::parser::parse;

    use super::*;

    /// Each message id of a language with the variables it uses.
    fn messages(language: Language) -> BTreeMap<String, BTreeSet<String>> {
        let mut out = BTreeMap::new();
        for (_, file, source) in SOURCES.iter().filter(|(l, ..)| *l == language) {
            let resource = parse(*source).unwrap_or_else(|(_, e)| panic!("{language}/{file}: {e:?}"));
            for entry in resource.body {
                if let Entry::Message(message) = entry {
                    let mut variables = BTreeSet::new();
                    if let Some(value) = &message.value {
                        pattern_variables(value, &mut variables);
                    }
                    let id = message.id.name.to_owned();
                    assert!(out.insert(id.clone(), variables).is_none(), "{language}/{file}: {id} twice");
                }
            }
        }
        out
    }

    fn pattern_variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let PatternElement::Placeable { expression } = element {
                expression_variables(expression, out);
            }
        }
    }

    fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
        match expression {
            Expression::Select { selector, variants } => {
                inline_variables(selector, out);
                variants.iter().for_each(|v| pattern_variables(&v.value, out));
            }
            Expression::Inline(inline) => inline_variables(inline, out),
        }
    }

    fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match inline {
            InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_owned());
            }
            InlineExpression::Placeable { expression } => expression_variables(expression, out),
            _ => {}
        }
    }

    #[test]
    fn both_languages_have_the_same_messages_with_the_same_variables() {
        let (en, id) = (messages(Language::En), messages(Language::Id));
        let only = |a: &BTreeMap<_, _>, b: &BTreeMap<String, _>| {
            a.keys().filter(|k| !b.contains_key(*k)).cloned().collect::<Vec<String>>()
        };
        assert_eq!(only(&en, &id), Vec::<String>::new(), "in English only");
        assert_eq!(only(&id, &en), Vec::<String>::new(), "in Indonesian only");
        for (key, variables) in &en {
            assert_eq!(Some(variables), id.get(key), "{key}: the variables differ");
        }
        assert!(en.len() > 150, "the files were read: {}", en.len());
    }

    #[test]
    fn indonesian_follows_the_glossary() {
        for (_, file, source) in SOURCES.iter().filter(|(l, ..)| *l == Language::Id) {
            let text: String = source.lines().filter(|l| !l.starts_with('#')).collect();
            assert!(!text.contains("Perlindungan"), "{file}: the Act writes Pelindungan");
            assert!(!text.contains("3x24"), "{file}: the Act writes 3 x 24 jam");
        }
    }

    #[test]
    fn arguments_are_filled_in_without_isolation_marks() {
        let en = text!(Language::En, "basis-people-in", count = "1,250", region = "the EEA");
        assert_eq!(en, "1,250 people affected live in the EEA");
        let id = text!(Language::Id, "period-hours", hours = 72);
        assert_eq!(id, "3 x 24 jam (72 jam)");
        assert_eq!(text!(Language::En, "period-hours", hours = 72), "72 hours");
    }
}
