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

/// The texts that rule `id` flags in `text`, for the rules' unit tests.
#[cfg(test)]
pub(crate) fn flagged_by(id: &str, text: &str) -> Vec<String> {
    let units: Vec<u16> = text.encode_utf16().collect();
    crate::check(text)
        .into_iter()
        .filter(|d| d.rule == id)
        .map(|d| String::from_utf16(&units[d.start..d.end]).expect("findings never split a surrogate pair"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{ALL, SOURCES};
    use std::collections::HashSet;

    const LIST: &str = ": &[&str] = &[";

    /// Every word list declared in `source` (`NAME: &[&str] = &[…]`): its name and its
    /// string literals as written. Fails on anything else inside a list, so that a list
    /// it cannot read is never passed over.
    fn word_lists(source: &str) -> Vec<(&str, Vec<&str>)> {
        let mut lists = Vec::new();
        for (at, _) in source.match_indices(LIST) {
            let name = source[..at].rsplit(' ').next().unwrap_or_default();
            let mut words = Vec::new();
            let mut rest = &source[at + LIST.len()..];
            loop {
                rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == ',');
                if rest.starts_with(']') {
                    break;
                } else if let Some(comment) = rest.strip_prefix("//") {
                    rest = comment.split_once('\n').map_or("", |(_, next)| next);
                } else if let Some(literal) = rest.strip_prefix('"') {
                    let mut escaped = false;
                    let end = literal
                        .find(|c| {
                            let close = c == '"' && !escaped;
                            escaped = c == '\\' && !escaped;
                            close
                        })
                        .unwrap_or_else(|| panic!("{name}: a string that does not end"));
                    words.push(&literal[..end]);
                    rest = &literal[end + 1..];
                } else {
                    let next: String = rest.chars().take(30).collect();
                    panic!("{name}: not a plain string literal: {next}");
                }
            }
            lists.push((name, words));
        }
        lists
    }

    #[test]
    fn word_lists_hold_each_word_once() {
        let files = ALL.iter().map(|r| r.meta().id).zip(SOURCES.iter().copied());
        let files = files.chain([("text.rs", include_str!("../text.rs"))]);
        let mut lists = 0;
        let mut twice = Vec::new();
        for (file, source) in files {
            for (name, words) in word_lists(source) {
                lists += 1;
                let mut seen = HashSet::new();
                twice.extend(
                    words
                        .into_iter()
                        .filter(|w| !seen.insert(*w))
                        .map(|w| format!("{file} {name}: \"{w}\"")),
                );
            }
        }
        assert!(
            lists > 100,
            "only {lists} word lists found: are they still declared as `NAME: &[&str] = &[…]`?"
        );
        assert!(twice.is_empty(), "listed more than once: {twice:#?}");
    }

    #[test]
    fn word_lists_are_read_whole() {
        let source = "const A: &[&str] = &[\n    // \"x\", a comment\n    \"a\", \"b\\\"c\", \"a\",\n];\n";
        assert_eq!(word_lists(source), [("A", vec!["a", "b\\\"c", "a"])]);
    }
}
