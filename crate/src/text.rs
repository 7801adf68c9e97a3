//! The text as the rules see it: the raw post, the things in it that are not
//! prose (URLs, e-mail addresses, @mentions, #hashtags, DOIs, ORCIDs), its words
//! and its sentences. Found once per check, so that no rule fires inside a URL
//! by accident and no rule pays for Unicode word boundaries in the regex engine.

use regex::Regex;
use std::ops::Range;
use std::sync::OnceLock;

/// A piece of the post that is not prose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntityKind {
    Url,
    Email,
    Mention,
    Hashtag,
    /// A DOI or an ORCID: identifiers full of digits that are never personal data.
    Identifier,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    pub kind: EntityKind,
    pub span: Range<usize>,
}

/// A run of letters and digits (hyphens and apostrophes split words).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    pub span: Range<usize>,
    pub lower: String,
}

pub struct Text<'a> {
    pub src: &'a str,
    /// `src` in lower case, byte for byte at the same offsets (a character whose
    /// lower case has another length stays as it is). Patterns written in lower
    /// case match here without `(?i)`, which is slow to compile in WASM.
    pub lower: String,
    /// Sorted by start, never overlapping.
    pub entities: Vec<Entity>,
    /// Words outside entities, in order.
    pub words: Vec<Word>,
}

/// Letters, digits and the connector `_` make words; everything else separates them.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

struct EntityPatterns {
    email: Regex,
    url: Regex,
    identifier: Regex,
    mention: Regex,
    hashtag: Regex,
}

fn patterns() -> &'static EntityPatterns {
    static PATTERNS: OnceLock<EntityPatterns> = OnceLock::new();
    PATTERNS.get_or_init(|| EntityPatterns {
        email: Regex::new(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}").unwrap(),
        url: Regex::new(
            r"(?:https?://|www\.)[^\s<>]+|[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:nl|com|org|net|edu|eu|be|de|uk|io|gov|int|info|ly|co|ac\.uk)(?:/[^\s<>]*)?",
        )
        .unwrap(),
        identifier: Regex::new(r"(?-u:\b)10\.[0-9]{4,9}/[^\s<>]+|(?-u:\b)[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9x](?-u:\b)|isbn[: ]*[0-9-]{10,17}").unwrap(),
        mention: Regex::new(r"@[A-Za-z0-9_]+").unwrap(),
        hashtag: Regex::new(r"#\w+").unwrap(),
    })
}

fn char_before(src: &str, at: usize) -> Option<char> {
    src[..at].chars().next_back()
}

fn char_after(src: &str, at: usize) -> Option<char> {
    src[at..].chars().next()
}

/// True when `span` is a whole word (or words): no word character touches either end.
pub fn is_whole_word(src: &str, span: &Range<usize>) -> bool {
    !char_before(src, span.start).is_some_and(is_word_char) && !char_after(src, span.end).is_some_and(is_word_char)
}

/// Lower case with the byte layout of `src`, so that offsets carry over.
fn lower_same_length(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    for c in src.chars() {
        let mut lower = c.to_lowercase();
        match (lower.next(), lower.next()) {
            (Some(l), None) if l.len_utf8() == c.len_utf8() => out.push(l),
            _ => out.push(c),
        }
    }
    out
}

/// Trims the punctuation that ends a sentence but rarely a URL.
fn trim_url_end(src: &str, span: Range<usize>) -> Range<usize> {
    let trimmed = src[span.clone()].trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '\'', '"', '’', '”']);
    span.start..span.start + trimmed.len()
}

impl<'a> Text<'a> {
    pub fn new(src: &'a str) -> Self {
        let lower = lower_same_length(src);
        let p = patterns();
        let mut entities: Vec<Entity> = Vec::new();
        let add = |entities: &mut Vec<Entity>, kind: EntityKind, span: Range<usize>| {
            if span.is_empty()
                || entities
                    .iter()
                    .any(|e| e.span.start < span.end && span.start < e.span.end)
            {
                return;
            }
            entities.push(Entity { kind, span });
        };
        for m in p.email.find_iter(src) {
            add(&mut entities, EntityKind::Email, m.range());
        }
        // URLs and identifiers are matched in lower case; offsets are the same.
        for m in p.url.find_iter(&lower) {
            let span = trim_url_end(src, m.range());
            // A bare domain must stand alone: not glued to a word or an @.
            if char_before(src, span.start).is_some_and(|c| is_word_char(c) || c == '@' || c == '.') {
                continue;
            }
            add(&mut entities, EntityKind::Url, span);
        }
        if src.contains(|c: char| c.is_ascii_digit()) {
            for m in p.identifier.find_iter(&lower) {
                add(&mut entities, EntityKind::Identifier, trim_url_end(src, m.range()));
            }
        }
        for m in p.mention.find_iter(src) {
            if !char_before(src, m.start()).is_some_and(is_word_char) {
                add(&mut entities, EntityKind::Mention, m.range());
            }
        }
        for m in p.hashtag.find_iter(src) {
            if !char_before(src, m.start()).is_some_and(|c| is_word_char(c) || c == '&') {
                add(&mut entities, EntityKind::Hashtag, m.range());
            }
        }
        entities.sort_by_key(|e| e.span.start);

        let mut words = Vec::new();
        let mut next_entity = entities.iter().peekable();
        let mut start: Option<usize> = None;
        let push_word = |words: &mut Vec<Word>, span: Range<usize>| {
            words.push(Word {
                lower: src[span.clone()].to_lowercase(),
                span,
            });
        };
        let mut skip_until = 0;
        for (at, c) in src.char_indices() {
            if at < skip_until {
                continue;
            }
            if let Some(e) = next_entity.peek() {
                if e.span.start == at {
                    if let Some(s) = start.take() {
                        push_word(&mut words, s..at);
                    }
                    skip_until = e.span.end;
                    next_entity.next();
                    continue;
                }
            }
            match (is_word_char(c), start) {
                (true, None) => start = Some(at),
                (false, Some(s)) => {
                    push_word(&mut words, s..at);
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            push_word(&mut words, s..src.len());
        }
        Text {
            src,
            lower,
            entities,
            words,
        }
    }

    pub fn entities_of(&self, kind: EntityKind) -> impl Iterator<Item = &Entity> {
        self.entities.iter().filter(move |e| e.kind == kind)
    }

    /// True when the span touches a URL, an e-mail address, a mention, a hashtag or an identifier.
    pub fn overlaps_entity(&self, span: &Range<usize>) -> bool {
        self.entities
            .iter()
            .any(|e| e.span.start < span.end && span.start < e.span.end)
    }

    /// Matches of `re` that are whole words and lie outside every entity.
    /// Word boundaries are checked here rather than with `\b` in the pattern:
    /// the regex engine's fast paths give up on a Unicode `\b` at the first emoji.
    pub fn find_words<'t>(&'t self, re: &'t Regex) -> impl Iterator<Item = Range<usize>> + 't {
        self.find_words_allowing(re, &[])
    }

    /// Like [`Text::find_words`], but a match may include entities of the `allowed` kinds
    /// (e.g. a pattern that names the university's @-handle).
    pub fn find_words_allowing<'t>(
        &'t self,
        re: &'t Regex,
        allowed: &'t [EntityKind],
    ) -> impl Iterator<Item = Range<usize>> + 't {
        self.find_in(self.src, re, allowed)
    }

    /// Like [`Text::find_words`], but on [`Text::lower`]: `re` must be written in lower case.
    pub fn find_lower<'t>(&'t self, re: &'t Regex) -> impl Iterator<Item = Range<usize>> + 't {
        self.find_in(&self.lower, re, &[])
    }

    /// Like [`Text::find_words_allowing`], on [`Text::lower`].
    pub fn find_lower_allowing<'t>(
        &'t self,
        re: &'t Regex,
        allowed: &'t [EntityKind],
    ) -> impl Iterator<Item = Range<usize>> + 't {
        self.find_in(&self.lower, re, allowed)
    }

    /// Whole-word matches of `re` in `haystack` (`src` or `lower`: same offsets).
    fn find_in<'t>(
        &'t self,
        haystack: &'t str,
        re: &'t Regex,
        allowed: &'t [EntityKind],
    ) -> impl Iterator<Item = Range<usize>> + 't {
        let blocked = move |span: &Range<usize>| {
            self.entities
                .iter()
                .any(|e| !allowed.contains(&e.kind) && e.span.start < span.end && span.start < e.span.end)
        };
        let mut at = 0;
        std::iter::from_fn(move || {
            while at <= haystack.len() {
                let m = re.find_at(haystack, at)?;
                let span = m.range();
                if !span.is_empty() && is_whole_word(haystack, &span) && !blocked(&span) {
                    at = span.end;
                    return Some(span);
                }
                // Try again one character further on.
                at = span.start + char_after(haystack, span.start).map_or(1, char::len_utf8);
            }
            None
        })
    }

    /// The sentence (or line) around `span`: from the previous `.`, `!`, `?` or line break to the next.
    pub fn sentence_around(&self, span: &Range<usize>) -> Range<usize> {
        let is_end = |c: char| matches!(c, '.' | '!' | '?' | '\n');
        let start = self.src[..span.start].rfind(is_end).map_or(0, |i| i + 1);
        let end = self.src[span.end..]
            .find(is_end)
            .map_or(self.src.len(), |i| span.end + i);
        start..end
    }
}

/// Word look-ups around a span, shared by rules that weigh a phrase's context
/// (a negation before it, a pronoun in its sentence).
impl Text<'_> {
    /// The words lying wholly inside `range`.
    pub fn words_in(&self, range: &Range<usize>) -> &[Word] {
        let a = self.words.partition_point(|w| w.span.start < range.start);
        let b = self.words.partition_point(|w| w.span.end <= range.end).max(a);
        &self.words[a..b]
    }

    /// The words of the sentence around `span`.
    pub fn sentence_words(&self, span: &Range<usize>) -> &[Word] {
        self.words_in(&self.sentence_around(span))
    }

    /// Up to `n` words of the same sentence just before `at`.
    pub fn words_before(&self, at: usize, n: usize) -> &[Word] {
        let sentence = self.sentence_around(&(at..at));
        let before = self.words_in(&(sentence.start..at));
        &before[before.len().saturating_sub(n)..]
    }

    /// Up to `n` words of the same sentence just after `at`.
    pub fn words_after(&self, at: usize, n: usize) -> &[Word] {
        let sentence = self.sentence_around(&(at..at));
        let after = self.words_in(&(at..sentence.end));
        &after[..after.len().min(n)]
    }
}

/// Which of many keys (lower-case literals) occur in [`Text::lower`], found in one pass:
/// a cheap gate that lets a rule skip the regexes whose key words are absent.
pub struct Keys {
    set: regex::RegexSet,
    keys: Vec<&'static str>,
}

impl Keys {
    pub fn new<'k>(keys: impl IntoIterator<Item = &'k &'static str>) -> Self {
        let mut keys: Vec<&'static str> = keys.into_iter().copied().collect();
        keys.sort_unstable();
        keys.dedup();
        let set = regex::RegexSet::new(keys.iter().map(|k| format!("(?-u){}", regex::escape(k))))
            .expect("escaped literals always compile");
        Keys { set, keys }
    }

    /// The keys found in `src`.
    pub fn found(&self, src: &str) -> Vec<&'static str> {
        self.set.matches(src).into_iter().map(|i| self.keys[i]).collect()
    }
}

/// A regex compiled on first use: a rule with many patterns pays only for those whose
/// [`Keys`] gate opens, which keeps the first check of a session quick.
pub struct LazyRegex {
    pattern: String,
    re: OnceLock<Regex>,
}

impl LazyRegex {
    pub fn new(pattern: String) -> Self {
        LazyRegex {
            pattern,
            re: OnceLock::new(),
        }
    }

    pub fn get(&self) -> &Regex {
        self.re
            .get_or_init(|| Regex::new(&self.pattern).expect("rule patterns are tested"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<(EntityKind, &str)> {
        Text::new(src)
            .entities
            .iter()
            .map(|e| (e.kind, &src[e.span.clone()]))
            .collect()
    }

    #[test]
    fn finds_entities_without_swallowing_punctuation() {
        assert_eq!(
            kinds("Mail jan@example.org, zie https://www.universiteitleiden.nl/nieuws. @LeidenUniv #wetenschap"),
            vec![
                (EntityKind::Email, "jan@example.org"),
                (EntityKind::Url, "https://www.universiteitleiden.nl/nieuws"),
                (EntityKind::Mention, "@LeidenUniv"),
                (EntityKind::Hashtag, "#wetenschap"),
            ]
        );
    }

    #[test]
    fn bare_domains_and_dois_are_entities() {
        assert_eq!(
            kinds("Lees universiteitleiden.nl/nieuws en doi 10.1038/s41586-020-2649-2."),
            vec![
                (EntityKind::Url, "universiteitleiden.nl/nieuws"),
                (EntityKind::Identifier, "10.1038/s41586-020-2649-2"),
            ]
        );
    }

    #[test]
    fn words_skip_entities_and_are_lowercased() {
        let text = Text::new("Zie #Kanker en Café!");
        let words: Vec<&str> = text.words.iter().map(|w| w.lower.as_str()).collect();
        assert_eq!(words, ["zie", "en", "café"]);
    }

    #[test]
    fn lower_keeps_every_offset() {
        let src = "İstanbul ÉCOLE Straße ΣΑΣ 🎉 NWO";
        let text = Text::new(src);
        assert_eq!(text.lower.len(), src.len());
        assert!(text.lower.contains("école straße σασ 🎉 nwo"), "{}", text.lower);
        for (i, _) in src.char_indices() {
            assert!(text.lower.is_char_boundary(i));
        }
    }

    #[test]
    fn find_words_respects_word_boundaries_after_emoji() {
        let re = Regex::new("(?i)ass").unwrap();
        let text = Text::new("🎉 classic passage, ass");
        let found: Vec<&str> = text.find_words(&re).map(|s| &text.src[s]).collect();
        assert_eq!(found, ["ass"]);
    }
}
