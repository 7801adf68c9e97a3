//! What a check reports, and the translation of byte offsets (Rust) into
//! UTF-16 code units (JavaScript), the unit every consumer of the core speaks.

use serde::{Deserialize, Serialize};
use std::ops::Range;

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
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Nl,
    #[default]
    En,
}

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
    let mut chars = text.char_indices().peekable();
    let mut units = 0;
    for i in order {
        let target = offsets[i];
        while let Some(&(at, c)) = chars.peek() {
            if at >= target {
                break;
            }
            units += c.len_utf16();
            chars.next();
        }
        offsets[i] = units;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
