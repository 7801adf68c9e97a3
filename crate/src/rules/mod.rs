//! The registry: every rule the checker knows, one line each.
//!
//! A rule lives in its own file: a doc comment that says what it catches and why
//! (citing the guideline's tip), its metadata, its patterns and its unit tests.
//! Adding a rule means adding that file and its `mod` line and one line to `registry!` below.

use crate::diagnostic::{Finding, Localized, Severity};
use crate::text::Text;

/// What the popup, the options page, the CLI and the docs know of a rule.
#[derive(Clone, Copy, Debug)]
pub struct RuleMeta {
    /// Stable kebab-case id, used in settings and output.
    pub id: &'static str,
    /// The guideline's tip (1–10) the rule serves.
    pub tip: u8,
    pub severity: Severity,
    /// A short name for the options page.
    pub title: Localized,
    /// One sentence: what the rule catches.
    pub description: Localized,
}

pub trait Rule: Sync {
    fn meta(&self) -> &'static RuleMeta;
    /// Pushes every finding in `text`. Must never panic.
    fn check(&self, text: &Text, out: &mut Vec<Finding>);
}

mod confidential_information;
mod copyright;
mod personal_data;
mod photos_of_people;
mod profanity;
mod sensitive_about_others;
mod shouting;
mod speaks_for_university;
mod student_records;
mod unsourced_claim;
mod work_grievance;

// Declared above as plain modules so that rustfmt and clippy reach every rule file;
// a module left out of `registry!` is dead code, which clippy rejects.
macro_rules! registry {
    ($($name:ident),* $(,)?) => {
        /// Every rule, in the order the docs list them.
        pub static ALL: &[&dyn Rule] = &[$(&$name::RULE),*];

        /// Each rule's source file, for the generated documentation.
        pub static SOURCES: &[&str] = &[$(include_str!(concat!(stringify!($name), ".rs"))),*];
    };
}

registry![
    speaks_for_university,
    confidential_information,
    student_records,
    unsourced_claim,
    profanity,
    shouting,
    work_grievance,
    personal_data,
    sensitive_about_others,
    photos_of_people,
    copyright,
];

/// The rule with this id, if any.
pub fn by_id(id: &str) -> Option<&'static dyn Rule> {
    ALL.iter().copied().find(|r| r.meta().id == id)
}

/// The texts that rule `id` flags in `text`, for the rules' unit tests (the rules alone:
/// the sentence classifier, which reports under the same ids, has its own tests).
#[cfg(test)]
pub(crate) fn flagged_by(id: &str, text: &str) -> Vec<String> {
    let units: Vec<u16> = text.encode_utf16().collect();
    crate::check_rules(text)
        .into_iter()
        .filter(|d| d.rule == id)
        .map(|d| String::from_utf16(&units[d.start..d.end]).expect("findings never split a surrogate pair"))
        .collect()
}
