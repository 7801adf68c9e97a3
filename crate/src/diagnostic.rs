//! What a check reports, and the translation of byte offsets (Rust) into
//! UTF-16 code units (JavaScript), the unit every consumer of the core speaks.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::ops::Range;
use std::str::FromStr;

/// How strongly a finding asks for a change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// The language of the messages (posts are checked in both, whatever this says).
/// Read from a language tag by [`str::parse`], also where options are deserialised.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", try_from = "String")]
pub enum Lang {
    Nl,
    #[default]
    En,
}

impl FromStr for Lang {
    type Err = UnknownLang;

    /// `nl` or `en` in any case, also with a region: `nl-BE`, `en_GB`.
    fn from_str(tag: &str) -> Result<Self, Self::Err> {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("nl") {
            Ok(Lang::Nl)
        } else if primary.eq_ignore_ascii_case("en") {
            Ok(Lang::En)
        } else {
            Err(UnknownLang(tag.to_string()))
        }
    }
}

impl TryFrom<String> for Lang {
    type Error = UnknownLang;

    fn try_from(tag: String) -> Result<Self, Self::Error> {
        tag.parse()
    }
}

/// A language tag that is neither Dutch nor English.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownLang(pub String);

impl fmt::Display for UnknownLang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown language '{}' (use en or nl)", self.0)
    }
}

impl std::error::Error for UnknownLang {}

/// A text the user reads, in both languages. One source for each text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Localized {
    pub nl: &'static str,
    pub en: &'static str,
}

impl Localized {
    pub const fn new(nl: &'static str, en: &'static str) -> Self {
        Localized { nl, en }
    }
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nl => self.nl,
            Lang::En => self.en,
        }
    }
}

/// What a rule found, in byte offsets of the checked text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub span: Range<usize>,
    pub message: Localized,
    pub suggestions: Vec<String>,
}

impl Finding {
    pub fn new(span: Range<usize>, message: Localized) -> Self {
        Finding {
            span,
            message,
            suggestions: Vec::new(),
        }
    }
    pub fn suggest(mut self, replacement: impl Into<String>) -> Self {
        self.suggestions.push(replacement.into());
        self
    }
}

/// One finding as the world sees it: offsets in UTF-16 code units, end exclusive.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub rule: String,
    pub tip: u8,
    pub severity: Severity,
    pub start: usize,
    pub end: usize,
    pub message: String,
    pub suggestions: Vec<String>,
}

/// Converts byte offsets into UTF-16 offsets in one pass over the text.
/// `offsets` may come in any order; each must lie on a char boundary.
pub fn to_utf16(text: &str, offsets: &mut [usize]) {
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_by_key(|&i| offsets[i]);
    // Counted on bytes: every character but a continuation byte's starts one unit, and
    // a four-byte character (lead byte F0 or above) is a surrogate pair, one unit more.
    let bytes = text.as_bytes();
    let (mut at, mut units) = (0, 0);
    for i in order {
        let target = offsets[i].min(bytes.len());
        if target > at {
            let unit = |&b: &u8| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0);
            // Eight ASCII bytes, eight units: most of a post is ASCII.
            let mut chunks = bytes[at..target].chunks_exact(8);
            for chunk in &mut chunks {
                units += if chunk.is_ascii() {
                    8
                } else {
                    chunk.iter().map(unit).sum()
                };
            }
            units += chunks.remainder().iter().map(unit).sum::<usize>();
            at = target;
        }
        offsets[i] = units;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_read_from_tags() {
        for (tag, lang) in [
            ("nl", Lang::Nl),
            ("NL", Lang::Nl),
            ("nl-BE", Lang::Nl),
            ("en", Lang::En),
            ("en_GB", Lang::En),
        ] {
            assert_eq!(tag.parse(), Ok(lang), "{tag}");
        }
        for tag in ["", "fr", "nld", "english", "-nl"] {
            assert_eq!(tag.parse::<Lang>(), Err(UnknownLang(tag.to_string())));
        }
        assert_eq!(
            "de".parse::<Lang>().unwrap_err().to_string(),
            "unknown language 'de' (use en or nl)"
        );
    }

    #[test]
    fn options_read_the_language_the_same_way() {
        let lang = |json: &str| serde_json::from_str::<Lang>(json).map_err(|_| ());
        assert_eq!(lang(r#""nl-NL""#), Ok(Lang::Nl));
        assert_eq!(lang(r#""EN""#), Ok(Lang::En));
        assert_eq!(lang(r#""fr""#), Err(()));
    }

    #[test]
    fn emoji_count_as_two_units() {
        let text = "🎉🎉 mail";
        let mut offsets = [text.find("mail").unwrap(), 0, text.len()];
        to_utf16(text, &mut offsets);
        assert_eq!(offsets, [5, 0, 9]);
    }

    #[test]
    fn accented_letters_count_as_one_unit() {
        let text = "café naïef x";
        let mut offsets = [text.find('x').unwrap()];
        to_utf16(text, &mut offsets);
        assert_eq!(offsets, [11]);
    }
}
