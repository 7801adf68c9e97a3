//! Sentences and clauses, the units the classifier reads and underlines.
//!
//! A sentence ends at `.`, `!`, `?`, `…` or a line break, but not at the dot of a number
//! ("3.5"), an initial ("J. de Vries"), a common abbreviation ("e.g.", "bijv.", "prof.") or
//! anything inside a URL, an e-mail address or another entity. Clauses split a sentence
//! further at `;`, dashes and a contrasting "but"/"maar", so a finding can underline the half
//! that says it.

use crate::text::Text;
use std::ops::Range;

/// Words whose dot does not end a sentence (lower case, without the dot).
const ABBREVIATIONS: &[&str] = &[
    "bijv", "bv", "ca", "dhr", "dr", "drs", "e.g", "etc", "fig", "i.e", "ing", "ir", "jl", "mevr", "mr", "mrs", "ms",
    "mw", "nl", "nr", "o.a", "prof", "resp", "st", "t.a.v", "vgl", "vs", "z.g.a.n",
];

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '\n')
}

/// Closing marks that belong to the sentence before them: `."`, `!)`.
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '’' | '”' | ')' | ']')
}

/// `span` without white space at either end (still on char boundaries).
pub fn trim(src: &str, span: Range<usize>) -> Range<usize> {
    let piece = &src[span.clone()];
    let start = span.start + (piece.len() - piece.trim_start().len());
    let end = span.start + piece.trim_end().len();
    start..end.max(start)
}

/// True when the `.` at `at` ends the sentence.
fn dot_ends_sentence(src: &str, at: usize) -> bool {
    // "3.5", "e.g.x", "leiden.nl" (not an entity when it is not a known domain): no break.
    if src[at + 1..].chars().next().is_some_and(|c| c.is_alphanumeric()) {
        return false;
    }
    let before = &src[..at];
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[word_start..];
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() {
            return false; // an initial
        }
    }
    !ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

/// The sentences of `text`, trimmed, in order, none empty. Linear in the text: it jumps
/// from one possible end to the next byte by byte (every terminator but `…` is ASCII).
pub fn sentences(text: &Text) -> Vec<Range<usize>> {
    let src = text.src;
    let bytes = src.as_bytes();
    let entities = &text.entities;
    let mut out = Vec::new();
    let (mut start, mut at, mut entity) = (0, 0, 0);
    while let Some(offset) = bytes[at..]
        .iter()
        .position(|&b| matches!(b, b'.' | b'!' | b'?' | b'\n' | 0xE2))
    {
        let i = at + offset;
        at = i + 1;
        // 0xE2 starts "…" (E2 80 A6) but also other characters, which end nothing.
        let len = match bytes[i] {
            0xE2 if bytes.get(i + 1..i + 3) == Some(&[0x80, 0xA6]) => 3,
            0xE2 => continue,
            _ => 1,
        };
        // Skip over entities: a URL's dots end nothing.
        while entities.get(entity).is_some_and(|e| e.span.end <= i) {
            entity += 1;
        }
        if entities.get(entity).is_some_and(|e| e.span.start <= i) {
            continue;
        }
        if bytes[i] == b'.' && !dot_ends_sentence(src, i) {
            continue;
        }
        // More terminators and closing marks belong to this sentence: "?!", ".)".
        let mut end = i + len;
        while let Some(d) = src[end..].chars().next() {
            if (is_terminator(d) && d != '\n') || is_closer(d) {
                end += d.len_utf8();
            } else {
                break;
            }
        }
        push(src, start..end, &mut out);
        start = end;
        at = end;
    }
    push(src, start..src.len(), &mut out);
    out
}

fn push(src: &str, span: Range<usize>, out: &mut Vec<Range<usize>>) {
    let span = trim(src, span);
    if !span.is_empty() {
        out.push(span);
    }
}

/// Where a clause may end inside a sentence, and where in the separator to cut: the
/// punctuation stays with the clause before it, a contrasting word goes with the one after.
const CLAUSE_BREAKS: &[(&str, usize)] = &[
    ("; ", 1),
    (" — ", 4),
    (" – ", 4),
    (" - ", 2),
    (", but ", 1),
    (", maar ", 1),
    (" but ", 0),
    (" maar ", 0),
    (", while ", 1),
    (", terwijl ", 1),
    (", whereas ", 1),
];

/// The clauses of `sentence` (a trimmed span of `text`), trimmed; the sentence itself when
/// it has none. Separators inside entities do not count.
pub fn clauses(text: &Text, sentence: Range<usize>) -> Vec<Range<usize>> {
    let lower = text.lower.get(sentence.clone()).unwrap_or("");
    let mut cuts: Vec<usize> = Vec::new();
    for &(sep, offset) in CLAUSE_BREAKS {
        for (i, _) in lower.match_indices(sep) {
            let cut = sentence.start + i + offset;
            if !text.overlaps_entity(&(cut..cut + 1)) {
                cuts.push(cut);
            }
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::new();
    let mut start = sentence.start;
    for cut in cuts {
        if cut > start && text.src.is_char_boundary(cut) {
            push(text.src, start..cut, &mut out);
            start = cut;
        }
    }
    push(text.src, start..sentence.end, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Vec<&str> {
        let text = Text::new(s);
        sentences(&text).into_iter().map(|r| &s[r]).collect()
    }

    fn clause_split(s: &str) -> Vec<&str> {
        let text = Text::new(s);
        clauses(&text, 0..s.len()).into_iter().map(|r| &s[r]).collect()
    }

    #[test]
    fn sentences_end_at_terminators_and_line_breaks() {
        assert_eq!(
            split("Goed nieuws! Zie www.leiden.nl/a.b. Echt?!\nNieuwe regel"),
            ["Goed nieuws!", "Zie www.leiden.nl/a.b.", "Echt?!", "Nieuwe regel"]
        );
    }

    #[test]
    fn numbers_initials_and_abbreviations_do_not_end_sentences() {
        assert_eq!(
            split("Prof. J. de Vries gaf een 7.5, bijv. voor statistiek. Klaar."),
            ["Prof. J. de Vries gaf een 7.5, bijv. voor statistiek.", "Klaar."]
        );
        assert_eq!(split("(\"Wow.\") Yes"), ["(\"Wow.\")", "Yes"]);
    }

    #[test]
    fn clauses_split_at_semicolons_dashes_and_but() {
        assert_eq!(
            clause_split("Het besluit valt morgen; niemand weet het nog — echt, maar zeg niets"),
            [
                "Het besluit valt morgen;",
                "niemand weet het nog —",
                "echt,",
                "maar zeg niets"
            ]
        );
        assert_eq!(clause_split("Geen scheiding hier"), ["Geen scheiding hier"]);
    }

    #[test]
    fn empty_and_blank_texts_have_no_sentences() {
        assert!(split("").is_empty());
        assert!(split(" \n\n ").is_empty());
        assert_eq!(split("🎉"), ["🎉"]);
    }
}
