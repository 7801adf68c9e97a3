//! # speaks-for-university
//!
//! **What it catches:** a post that speaks on behalf of the university or gives its
//! "official" position: "namens de universiteit", "wij als Universiteit Leiden",
//! "on behalf of Leiden University", "the official position of the university",
//! "as a spokesperson", also when the university is named by its @-handle.
//!
//! **Why (tip 1):** *Wees trots op de universiteit, maar spreek niet namens de
//! universiteit.* Only the university's spokespeople speak for it; a staff member's
//! post is read as the university's voice when it claims to be.
//!
//! **Not flagged:** pride ("trots op mijn universiteit"), sharing public news with a
//! link, "I work at Leiden University", "views are my own".
//!
//! **Examples**
//! - ✗ `Namens de universiteit wil ik iedereen bedanken.` → `Persoonlijk wil ik iedereen bedanken.`
//! - ✗ `On behalf of Leiden University, we condemn this decision.`
//! - ✓ `Trots op onze universiteit vandaag!`

use super::{Rule, RuleMeta};
use crate::diagnostic::{Finding, Localized, Severity};
use crate::text::{EntityKind, Text};
use regex::Regex;
use std::sync::OnceLock;

pub struct SpeaksForUniversity;
pub static RULE: SpeaksForUniversity = SpeaksForUniversity;

static META: RuleMeta = RuleMeta {
    id: "speaks-for-university",
    tip: 1,
    severity: Severity::Warning,
    title: Localized::new("Spreekt namens de universiteit", "Speaks for the university"),
    description: Localized::new(
        "Uitspraken namens de universiteit of over haar officiële standpunt.",
        "Statements on behalf of the university or about its official position.",
    ),
};

const MESSAGE: Localized = Localized::new(
    "Je spreekt hier namens de universiteit. Spreek voor jezelf: alleen woordvoerders spreken namens Universiteit Leiden.",
    "This speaks on behalf of the university. Speak for yourself: only the university's spokespeople speak for Leiden University.",
);

/// The university, however a post names it.
/// Lower case: the patterns match against `Text::lower`.
const UNIVERSITY: &str = r"(?:de |onze |the |our )?(?:universiteit(?: leiden)?|leiden university|university of leiden|university|@leidenuniv|@unileiden|lumc|@lumc)";

struct Pattern {
    re: Regex,
    suggestion: &'static str,
}

fn patterns() -> &'static [Pattern] {
    static PATTERNS: OnceLock<Vec<Pattern>> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        let p = |re: String, suggestion| Pattern { re: Regex::new(&re).unwrap(), suggestion };
        vec![
            p(format!(r"namens {UNIVERSITY}"), "persoonlijk"),
            p(format!(r"wij als {UNIVERSITY}"), "ik"),
            p(format!(r"(?:het )?officiële standpunt van {UNIVERSITY}"), "mijn eigen mening"),
            p(format!(r"on behalf of {UNIVERSITY}"), "personally"),
            p(format!(r"we at {UNIVERSITY}"), "I"),
            p(format!(r"(?:the )?official (?:position|stance|view|standpoint) of {UNIVERSITY}"), "my own view"),
            p(format!(r"speaking for {UNIVERSITY}"), "speaking for myself"),
            p(r"as (?:a |the )?spokes(?:person|man|woman) (?:for|of)".to_string(), ""),
            p(r"als woordvoerder (?:van|namens)".to_string(), ""),
        ]
    })
}

impl Rule for SpeaksForUniversity {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, text: &Text, out: &mut Vec<Finding>) {
        for pattern in patterns() {
            for span in text.find_lower_allowing(&pattern.re, &[EntityKind::Mention]) {
                let finding = Finding::new(span, MESSAGE);
                out.push(match pattern.suggestion {
                    "" => finding,
                    s => finding.suggest(s),
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check;

    fn flagged(text: &str) -> Vec<String> {
        let units: Vec<u16> = text.encode_utf16().collect();
        check(text)
            .into_iter()
            .filter(|d| d.rule == "speaks-for-university")
            .map(|d| String::from_utf16(&units[d.start..d.end]).unwrap())
            .collect()
    }

    #[test]
    fn flags_speaking_on_behalf() {
        assert_eq!(flagged("Namens de universiteit wil ik iedereen bedanken."), ["Namens de universiteit"]);
        assert_eq!(flagged("On behalf of Leiden University, we condemn this."), ["On behalf of Leiden University"]);
        assert_eq!(flagged("Wij als Universiteit Leiden steunen dit."), ["Wij als Universiteit Leiden"]);
        assert_eq!(flagged("I speak on behalf of @LeidenUniv today"), ["on behalf of @LeidenUniv"]);
    }

    #[test]
    fn leaves_pride_and_affiliation_alone() {
        assert!(flagged("Trots op onze universiteit vandaag! 🎓").is_empty());
        assert!(flagged("I work at Leiden University; views are my own.").is_empty());
        assert!(flagged("Mooi nieuws van de universiteit: https://www.universiteitleiden.nl/nieuws").is_empty());
    }
}
