//! The registry: every rule the checker knows, one line each.
//!
//! A rule lives in its own file: a doc comment that says what it catches and why
//! (citing the guideline's tip), its metadata, its patterns and its unit tests.
//! Adding a rule means adding that file and its `mod` line and one line to `registry!` below.

use crate::diagnostic::{Finding, Localized, Severity};
use crate::text::{Keys, Text};
use std::sync::OnceLock;

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
    /// True when what the rule knows about the post rules out its own kind of finding there
    /// (consent stated, a source given): the sentence classifier's reading is then dropped too.
    fn clears(&self, _text: &Text) -> bool {
        false
    }
}

/// Words every rule may ask about: negations and pronouns (`lexicon/common.txt`).
pub mod common {
    crate::lexicon!("common" {
        Negation = "negation",
        FirstPerson = "first-person",
        ThirdPerson = "third-person",
    });
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

pub(crate) use confidential_information::reach_back_to_news;

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

/// Every lexicon, merged into one index on first use. A rule with a lexicon adds it here.
pub static LEXICONS: &[&crate::phrase::Lexicon] = &[
    &common::LEXICON,
    &speaks_for_university::LEXICON,
    &photos_of_people::LEXICON,
    &sensitive_about_others::LEXICON,
    &copyright::LEXICON,
    &profanity::LEXICON,
    &confidential_information::LEXICON,
];

/// The rules' gate keys (lower-case substrings whose absence lets a rule skip its regexes),
/// merged so that [`Text::keys`] finds them all in one pass over the post.
pub fn keys() -> &'static Keys {
    static KEYS: OnceLock<Keys> = OnceLock::new();
    KEYS.get_or_init(|| {
        Keys::new(
            confidential_information::keys()
                .chain(copyright::keys())
                .chain(student_records::keys()),
        )
    })
}

/// True when `s` is a student number ("s1234567"), which personal data reports as a student's.
pub fn is_student_number(s: &str) -> bool {
    personal_data::is_s_number(s.as_bytes())
}

/// The gate keys of unsourced claims, found apart ([`Text::claim_keys`]): a post with a link
/// reports no claim, and its pass over the post, for keys as common as " op " and " in ",
/// is then spared.
pub fn claim_keys() -> &'static Keys {
    static KEYS: OnceLock<Keys> = OnceLock::new();
    KEYS.get_or_init(|| Keys::new(unsourced_claim::keys()))
}

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

#[cfg(test)]
mod tests {
    use super::{flagged_by, ALL, LEXICONS, SOURCES};
    use crate::phrase::{lexicon, Lexicon};
    use std::collections::HashSet;

    #[test]
    fn lexicons_hold_declared_classes_and_each_word_once() {
        let problems: Vec<String> = LEXICONS.iter().flat_map(|l| lexicon::problems(l)).collect();
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn lexicon_problems_are_found() {
        static BAD: Lexicon = Lexicon::new(
            "bad",
            "stray\n[a]\nfoto\nfoto's # the same word\nfoto\n[c]\nx\n",
            &["a", "b"],
        );
        let problems = lexicon::problems(&BAD);
        assert_eq!(problems.len(), 4, "{problems:#?}");
        assert!(problems[0].contains("\"stray\" is outside a declared class"));
        assert!(problems[1].contains("[c] is not declared"));
        assert!(problems[2].contains("\"x\" is outside a declared class"));
        assert!(problems[3].contains("declares [b], the file lacks it"));
        static TWICE: Lexicon = Lexicon::new("twice", "[a]\nfoto\nfoto's\nfoto\n=foto\n", &["a"]);
        let problems = lexicon::problems(&TWICE);
        assert_eq!(problems.len(), 2, "{problems:#?}");
        assert!(problems[0].contains("\"foto's\" is in [a] already as \"foto\""));
        assert!(problems[1].contains("twice.txt:4: \"foto\" is in [a] already"));
    }

    /// Every file in `lexicon/` belongs to a registered lexicon.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn every_lexicon_file_is_registered() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules/lexicon");
        for entry in std::fs::read_dir(dir).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().to_string();
            let stem = name.strip_suffix(".txt").unwrap_or(&name);
            assert!(LEXICONS.iter().any(|l| l.name == stem), "{name} is no rule's lexicon");
        }
    }

    fn quoted(s: &str) -> Option<(&str, &str)> {
        s.strip_prefix('`').and_then(|s| s.split_once('`'))
    }

    /// The `✗` and `✓` lines of every rule's documentation: a ✗ example is flagged by the
    /// rule (and its suggestion, after `→`, gives the text shown), a ✓ example is not.
    #[test]
    fn doc_examples_hold() {
        let mut wrong = Vec::new();
        let mut examples = 0;
        for (rule, source) in ALL.iter().zip(SOURCES) {
            let id = rule.meta().id;
            for line in source.lines().take_while(|l| l.starts_with("//!")) {
                let Some(item) = line.strip_prefix("//! - ") else {
                    continue;
                };
                let (flag, rest) = match item.split_once(' ') {
                    Some(("✗", rest)) => (true, rest),
                    Some(("✓", rest)) => (false, rest),
                    _ => continue,
                };
                let Some((example, tail)) = quoted(rest) else {
                    wrong.push(format!("{id}: cannot read {line}"));
                    continue;
                };
                examples += 1;
                let found = flagged_by(id, example);
                if found.is_empty() == flag {
                    let what = if flag { "not flagged" } else { "flagged" };
                    wrong.push(format!("{id}: {what}: {example} {found:?}"));
                }
                if let Some((fixed, _)) = tail.trim().strip_prefix("→ ").and_then(quoted) {
                    let units: Vec<u16> = example.encode_utf16().collect();
                    let applied = crate::check(example)
                        .into_iter()
                        .filter(|d| d.rule == id)
                        .find_map(|d| {
                            let s = d.suggestions.first()?;
                            let before = String::from_utf16_lossy(&units[..d.start]);
                            Some(before + s + &String::from_utf16_lossy(&units[d.end..]))
                        });
                    // The docs show the text after the fix, or only the part that changed.
                    if !applied.as_deref().is_some_and(|a| a.contains(fixed)) {
                        wrong.push(format!("{id}: {example} → {applied:?}, the docs say {fixed}"));
                    }
                }
            }
        }
        assert!(examples > 40, "only {examples} examples found");
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

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
