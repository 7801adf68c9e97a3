//! The text as the rules see it: the raw post, the things in it that are not
//! prose (URLs, e-mail addresses, @mentions, #hashtags, DOIs, ORCIDs), its words
//! and its sentences. Found once per check, so that no rule fires inside a URL
//! by accident and no rule pays for Unicode word boundaries in the regex engine.

use crate::phrase::lexicon::{Fnv, Memo};
use crate::phrase::{self, Class, Entry};
use regex::Regex;
use regex_syntax::hir::{self, Hir, HirKind};
use std::cell::{Cell, OnceCell, RefCell};
use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
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
    /// The words as phrases see them, in order: "collega's", "m'n", "don't" and "P&O" joined into
    /// one token each, and @mentions as tokens too. Rules read them through the methods of
    /// [`Text`] below and match them with [`crate::phrase::Pattern`].
    pub tokens: Vec<Token>,
    /// The sentences, in order: a sentence ends at `.`, `!`, `?` or a line break between tokens
    /// (not inside a URL nor in "2.14"). Every token belongs to one.
    pub sentences: Vec<Sentence>,
    /// Clauses: sentences cut at `;` and `:` too. Token ranges, in order.
    pub clauses: Vec<Range<usize>>,
    /// Where `.`, `!`, `?` and line breaks are, for [`Text::sentence_around`].
    marks: Vec<usize>,
    /// Which lexicon classes each sentence holds: [`crate::phrase::Index::words`] `u64`s a sentence.
    sentence_classes: Vec<u64>,
    /// The same for the whole text: every sentence's classes together.
    text_classes: Vec<u64>,
    /// The phrases that start at a token and match, as (class, length in tokens); each
    /// token's are [`Token::phrases`]. Found once, as rules ask about them at every token.
    phrases: Vec<(u16, u16)>,
    /// Which of every rule's gate keys [`Text::lower`] holds, found on first use ([`Text::keys`]).
    keys: OnceCell<Found<'static>>,
    /// Which of unsourced claims' gate keys it holds ([`Text::claim_keys`]).
    claim_keys: OnceCell<Found<'static>>,
}

thread_local! {
    /// The words of the last text, kept for their strings: a post is checked again on every
    /// keystroke, and allocating (and freeing) each word's lower case anew cost more than
    /// finding the word. One text's worth at most.
    static SPARE_WORDS: RefCell<Vec<Word>> = RefCell::default();
}

impl Drop for Text<'_> {
    fn drop(&mut self) {
        let words = std::mem::take(&mut self.words);
        SPARE_WORDS.set(words);
    }
}

/// A token of the phrase layer: a word or an @mention.
#[derive(Clone, Debug)]
pub struct Token {
    pub span: Range<usize>,
    pub mention: bool,
    /// Index into [`Text::sentences`].
    pub sentence: usize,
    /// Index into [`Text::clauses`].
    pub clause: usize,
    /// The lexicon entry of the token's normal form, if any lexicon knows it.
    pub(crate) entry: Option<&'static Entry>,
    /// The token in lower case with a straight apostrophe, when it was written with a curly one.
    plain: Option<Box<str>>,
    /// The token's matching phrases in [`Text::phrases`].
    phrases: Range<u32>,
}

#[derive(Clone, Debug)]
pub struct Sentence {
    /// Token indices.
    pub tokens: Range<usize>,
    /// The sentence ends with a question mark.
    pub question: bool,
}

/// How far, in tokens, a rule looks around a match inside a sentence: a run-on text of
/// thousands of words is not one thought, and looking further would make checks quadratic.
pub const REACH: usize = 40;

/// How far, in bytes, [`Text::sentence_around`] reaches on either side of a span.
const REACH_BYTES: usize = 400;

/// Letters, digits and the connector `_` make words; everything else separates them.
#[inline]
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
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
    if src.is_ascii() {
        return src.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(src.len());
    let mut rest = src;
    while !rest.is_empty() {
        // ASCII runs in one step: most of a post is ASCII even when it holds emoji.
        let ascii = rest.bytes().position(|b| !b.is_ascii()).unwrap_or(rest.len());
        let at = out.len();
        out.push_str(&rest[..ascii]);
        out[at..].make_ascii_lowercase();
        let mut chars = rest[ascii..].chars();
        if let Some(c) = chars.next() {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) if l.len_utf8() == c.len_utf8() => out.push(l),
                _ => out.push(c),
            }
        }
        rest = chars.as_str();
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
        // Each kind is found left to right, matches never overlapping (like a regex's
        // `find_iter`); an entity that overlaps one of an earlier kind is dropped.
        let mut entities: Vec<Entity> = Vec::new();
        let add = |entities: &mut Vec<Entity>, kind: EntityKind, span: Range<usize>| {
            if span.is_empty() {
                return;
            }
            // Sorted and disjoint, so only the last entity starting before `span.end` can overlap.
            let at = entities.partition_point(|e| e.span.start < span.end);
            if at > 0 && entities[at - 1].span.end > span.start {
                return;
            }
            entities.insert(at, Entity { kind, span });
        };
        for m in scan::all(src, scan::email) {
            add(&mut entities, EntityKind::Email, m);
        }
        // URLs and identifiers are matched in lower case; offsets are the same.
        for m in scan::all(&lower, scan::url) {
            let span = trim_url_end(src, m);
            // A bare domain must stand alone: not glued to a word or an @.
            if char_before(src, span.start).is_some_and(|c| is_word_char(c) || c == '@' || c == '.') {
                continue;
            }
            add(&mut entities, EntityKind::Url, span);
        }
        if src.contains(|c: char| c.is_ascii_digit()) {
            let identifier = if lower.contains("isbn") {
                scan::identifier
            } else {
                scan::identifier_without_isbn
            };
            for m in scan::all(&lower, identifier) {
                add(&mut entities, EntityKind::Identifier, trim_url_end(src, m));
            }
        }
        for m in scan::all(src, scan::mention) {
            if !char_before(src, m.start).is_some_and(is_word_char) {
                add(&mut entities, EntityKind::Mention, m);
            }
        }
        for m in scan::all(src, scan::hashtag) {
            if !char_before(src, m.start).is_some_and(|c| is_word_char(c) || c == '&') {
                add(&mut entities, EntityKind::Hashtag, m);
            }
        }

        // About one word in six bytes of prose: growing the vector cost more than this.
        let mut words = Vec::with_capacity(src.len() / 6 + 1);
        let mut spare = SPARE_WORDS.take();
        let mut push_word = |words: &mut Vec<Word>, span: Range<usize>| {
            let word = &src[span.clone()];
            // ASCII words are already lower case in `lower`; others need the full mapping
            // (a final sigma, a dotted capital I).
            let lower = if word.is_ascii() {
                let mut buffer = spare.pop().map(|w| w.lower).unwrap_or_default();
                buffer.clear();
                buffer.push_str(&lower[span.clone()]);
                buffer
            } else {
                word.to_lowercase()
            };
            words.push(Word { lower, span });
        };
        // Words are the runs of word characters between the entities, found a byte at a
        // time where the text is ASCII (most of it).
        let bytes = src.as_bytes();
        let gaps = (entities.iter().map(|e| e.span.clone()))
            .chain(std::iter::once(src.len()..src.len()))
            .scan(0, |at, e| Some(std::mem::replace(at, e.end)..e.start));
        for gap in gaps {
            let mut start: Option<usize> = None;
            let mut at = gap.start;
            while at < gap.end {
                let (word, len) = match bytes[at] {
                    b if b.is_ascii() => (b.is_ascii_alphanumeric() || b == b'_', 1),
                    _ => src[at..]
                        .chars()
                        .next()
                        .map_or((false, 1), |c| (is_word_char(c), c.len_utf8())),
                };
                match (word, start) {
                    (true, None) => start = Some(at),
                    (false, Some(s)) => {
                        push_word(&mut words, s..at);
                        start = None;
                    }
                    _ => {}
                }
                at += len;
            }
            if let Some(s) = start {
                push_word(&mut words, s..gap.end);
            }
        }
        // The marks are ASCII: their bytes never occur inside another character.
        let marks = (src.bytes().enumerate())
            .filter(|(_, b)| matches!(b, b'.' | b'!' | b'?' | b'\n'))
            .map(|(at, _)| at)
            .collect();
        let mut text = Text {
            src,
            lower,
            entities,
            words,
            tokens: Vec::new(),
            sentences: Vec::new(),
            clauses: Vec::new(),
            marks,
            sentence_classes: Vec::new(),
            text_classes: Vec::new(),
            phrases: Vec::new(),
            keys: OnceCell::new(),
            claim_keys: OnceCell::new(),
        };
        text.tokenize();
        text
    }

    /// [`Text::new`] with the tokens' lexicon entries looked up: what every check uses.
    pub fn classified(src: &'a str) -> Self {
        let mut text = Text::new(src);
        text.classify();
        text
    }

    /// Builds the tokens, sentences and clauses from the words and mentions.
    fn tokenize(&mut self) {
        let src = self.src;
        let mut tokens: Vec<Token> = Vec::with_capacity(self.words.len());
        let mut mentions = self
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Mention)
            .peekable();
        let token = |span: Range<usize>, mention: bool| Token {
            span,
            mention,
            sentence: 0,
            clause: 0,
            entry: None,
            plain: None,
            phrases: 0..0,
        };
        for w in &self.words {
            while let Some(m) = mentions.next_if(|m| m.span.start < w.span.start) {
                tokens.push(token(m.span.clone(), true));
            }
            if let Some(last) = tokens.last_mut().filter(|t| !t.mention) {
                // "collega's", "m'n", "don't", "P&O": a short word glued on by an apostrophe or "&".
                let gap = &src[last.span.end..w.span.start];
                if matches!(gap, "'" | "’" | "&") && w.lower.chars().count() <= 3 {
                    last.span.end = w.span.end;
                    continue;
                }
            }
            tokens.push(token(w.span.clone(), false));
        }
        tokens.extend(mentions.map(|m| token(m.span.clone(), true)));
        // Both quotes start with the byte E2, which most words (and many posts) lack.
        let quotes = self.lower.as_bytes().contains(&0xE2);
        for t in tokens.iter_mut().filter(|_| quotes) {
            let lower = &self.lower[t.span.clone()];
            // A plain look at a few bytes: the library's search is slow to start on short words.
            if lower.bytes().any(|b| b == 0xE2) && lower.contains(['’', '‘']) {
                t.plain = Some(lower.replace(['’', '‘'], "'").into());
            }
        }

        // Sentence and clause marks in the gaps between tokens, outside URLs and addresses.
        let mut sentences = Vec::new();
        let mut clauses = Vec::new();
        let (mut sentence_start, mut clause_start) = (0, 0);
        let mut entity = 0;
        for i in 0..=tokens.len() {
            let from = if i == 0 { 0 } else { tokens[i - 1].span.end };
            let to = tokens.get(i).map_or(src.len(), |t| t.span.start);
            // Most gaps are a space: no mark, and no need to look for entities in them.
            let marked = src.as_bytes()[from..to]
                .iter()
                .any(|b| matches!(b, b'.' | b'!' | b'?' | b'\n' | b';' | b':'));
            let gap = if marked {
                self.gap_marks(from..to, &mut entity)
            } else {
                GapMarks::default()
            };
            let inside = i > 0 && i < tokens.len();
            // "2.14", "23:00": a mark between digits is part of a number.
            let number = || {
                inside
                    && to - from == 1
                    && src[..from].ends_with(|c: char| c.is_ascii_digit())
                    && src[to..].starts_with(|c: char| c.is_ascii_digit())
            };
            let ends_sentence = i == tokens.len() || inside && gap.sentence && !number();
            let ends_clause = ends_sentence || inside && gap.clause && !number();
            if i > 0 && ends_clause {
                clauses.push(clause_start..i);
                clause_start = i;
            }
            if i > 0 && ends_sentence {
                sentences.push(Sentence {
                    tokens: sentence_start..i,
                    question: gap.question,
                });
                sentence_start = i;
            }
        }
        for (s, sentence) in sentences.iter().enumerate() {
            for t in &mut tokens[sentence.tokens.clone()] {
                t.sentence = s;
            }
        }
        for (c, clause) in clauses.iter().enumerate() {
            for t in &mut tokens[clause.clone()] {
                t.clause = c;
            }
        }
        self.tokens = tokens;
        self.sentences = sentences;
        self.clauses = clauses;
    }

    /// The marks in `range` outside entities (other than mentions, which are tokens).
    /// `entity` is a cursor into the entities, moved along as the gaps go by.
    fn gap_marks(&self, range: Range<usize>, entity: &mut usize) -> GapMarks {
        let mut marks = GapMarks::default();
        let mut at = range.start;
        while at < range.end {
            while self.entities.get(*entity).is_some_and(|e| e.span.end <= at) {
                *entity += 1;
            }
            let (until, skip) = match self.entities.get(*entity) {
                Some(e) if e.span.start < range.end && e.kind != EntityKind::Mention => {
                    (e.span.start.max(at), e.span.end.min(range.end))
                }
                _ => (range.end, range.end),
            };
            for c in self.src[at..until].chars() {
                match c {
                    '.' | '!' | '\n' => marks.sentence = true,
                    '?' => {
                        marks.question |= !marks.sentence;
                        marks.sentence = true;
                    }
                    ';' | ':' => marks.clause = true,
                    _ => {}
                }
            }
            at = skip.max(until);
        }
        marks
    }

    /// Looks every token up in the lexicons and notes which classes each sentence holds.
    fn classify(&mut self) {
        let index = phrase::index();
        let words = index.words();
        let mut classes = vec![0u64; self.sentences.len() * words];
        let mut scratch = phrase::Scratch::default();
        thread_local! {
            /// Words recur, in a post and in the checks of it as it is typed: each distinct
            /// word is looked up (and normalised) once.
            static ENTRIES: RefCell<Memo<Option<&'static Entry>>> = RefCell::default();
        }
        ENTRIES.with_borrow_mut(|entries| {
            for t in &mut self.tokens {
                let lower = &self.lower[t.span.clone()];
                t.entry = if t.mention {
                    index.lookup(lower, true, &mut scratch)
                } else {
                    entries.get_or_insert_with(lower, || index.lookup(lower, false, &mut scratch))
                };
            }
        });
        let mut phrases = Vec::new();
        for i in 0..self.tokens.len() {
            let Some(entry) = self.tokens[i].entry else { continue };
            let row = &mut classes[self.tokens[i].sentence * words..][..words];
            for &c in entry.classes() {
                row[usize::from(c) / 64] |= 1 << (c % 64);
            }
            let first = phrases.len() as u32;
            for (c, rest) in entry.phrases() {
                if phrase::rest_matches(self, i, rest) {
                    row[usize::from(*c) / 64] |= 1 << (c % 64);
                    phrases.push((*c, rest.len() as u16 + 1));
                }
            }
            self.tokens[i].phrases = first..phrases.len() as u32;
        }
        let mut all = vec![0u64; words];
        for row in classes.chunks_exact(words) {
            all.iter_mut().zip(row).for_each(|(a, r)| *a |= r);
        }
        self.text_classes = all;
        self.sentence_classes = classes;
        self.phrases = phrases;
    }

    /// The phrases that start at token `i` and match: (class, length in tokens).
    pub(crate) fn phrases_at(&self, i: usize) -> &[(u16, u16)] {
        self.tokens
            .get(i)
            .map_or(&[], |t| &self.phrases[t.phrases.start as usize..t.phrases.end as usize])
    }

    /// Which of the rules' gate keys ([`crate::rules::keys`]) occur in [`Text::lower`]: one
    /// pass over the post for all rules, on the first rule's asking.
    pub fn keys(&self) -> &Found<'static> {
        self.keys.get_or_init(|| crate::rules::keys().found(&self.lower))
    }

    /// Which of unsourced claims' gate keys ([`crate::rules::claim_keys`]) occur in
    /// [`Text::lower`], on the rule's asking.
    pub fn claim_keys(&self) -> &Found<'static> {
        self.claim_keys
            .get_or_init(|| crate::rules::claim_keys().found(&self.lower))
    }

    pub fn entities_of(&self, kind: EntityKind) -> impl Iterator<Item = &Entity> {
        self.entities.iter().filter(move |e| e.kind == kind)
    }

    /// True when `needle` (lower case) occurs in [`Text::lower`] outside every entity: a
    /// gate for patterns matched with [`Text::find_lower`], which skips entities ("exam"
    /// in "example.org" opens no gate).
    pub fn contains_outside_entities(&self, needle: &str) -> bool {
        self.lower
            .match_indices(needle)
            .any(|(at, _)| !self.overlaps_entity(&(at..at + needle.len())))
    }

    /// True when the span touches a URL, an e-mail address, a mention, a hashtag or an identifier.
    pub fn overlaps_entity(&self, span: &Range<usize>) -> bool {
        self.entity_overlapping(span, &[])
    }

    /// True when the span touches an entity of `kind`.
    pub fn overlaps_entity_of(&self, span: &Range<usize>, kind: EntityKind) -> bool {
        let upto = self.entities.partition_point(|e| e.span.start < span.end);
        self.entities[..upto]
            .iter()
            .rev()
            .take_while(|e| e.span.end > span.start)
            .any(|e| e.kind == kind)
    }

    /// True when the span touches an entity of a kind not in `allowed`. Entities are sorted
    /// and disjoint: only those starting before the span's end, back to the first that ends
    /// after its start, can touch it.
    fn entity_overlapping(&self, span: &Range<usize>, allowed: &[EntityKind]) -> bool {
        let upto = self.entities.partition_point(|e| e.span.start < span.end);
        self.entities[..upto]
            .iter()
            .rev()
            .take_while(|e| e.span.end > span.start)
            .any(|e| !allowed.contains(&e.kind))
    }

    /// Matches of `re` that are whole words and lie outside every entity.
    /// Word boundaries are checked here rather than with `\b` in the pattern:
    /// the regex engine's fast paths give up on a Unicode `\b` at the first emoji.
    pub fn find_words<'t>(&'t self, re: &'t LazyRegex) -> impl Iterator<Item = Range<usize>> + 't {
        self.find_words_allowing(re, &[])
    }

    /// Like [`Text::find_words`], but a match may include entities of the `allowed` kinds
    /// (e.g. a pattern that names the university's @-handle).
    pub fn find_words_allowing<'t>(
        &'t self,
        re: &'t LazyRegex,
        allowed: &'t [EntityKind],
    ) -> impl Iterator<Item = Range<usize>> + 't {
        self.find_in(self.src, re, allowed)
    }

    /// Like [`Text::find_words`], but on [`Text::lower`]: `re` must be written in lower case.
    pub fn find_lower<'t>(&'t self, re: &'t LazyRegex) -> impl Iterator<Item = Range<usize>> + 't {
        self.find_in(&self.lower, re, &[])
    }

    /// Like [`Text::find_words_allowing`], on [`Text::lower`].
    pub fn find_lower_allowing<'t>(
        &'t self,
        re: &'t LazyRegex,
        allowed: &'t [EntityKind],
    ) -> impl Iterator<Item = Range<usize>> + 't {
        self.find_in(&self.lower, re, allowed)
    }

    /// Whole-word matches of `re` in `haystack` (`src` or `lower`: same offsets).
    fn find_in<'t>(
        &'t self,
        haystack: &'t str,
        re: &'t LazyRegex,
        allowed: &'t [EntityKind],
    ) -> impl Iterator<Item = Range<usize>> + 't {
        let blocked = move |span: &Range<usize>| self.entity_overlapping(span, allowed);
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

    /// The sentence (or line) around `span`: from the previous `.`, `!`, `?` or line break to the
    /// next, but no further than [`REACH_BYTES`] from the span (at a space where there is one).
    pub fn sentence_around(&self, span: &Range<usize>) -> Range<usize> {
        let before = self.marks.partition_point(|&m| m < span.start);
        let mut start = before.checked_sub(1).map_or(0, |i| self.marks[i] + 1);
        let after = self.marks.partition_point(|&m| m < span.end);
        let mut end = self.marks.get(after).copied().unwrap_or(self.src.len());
        if span.start > start + REACH_BYTES {
            let mut at = span.start - REACH_BYTES;
            while !self.src.is_char_boundary(at) {
                at += 1;
            }
            let space = self.src[at..span.start]
                .char_indices()
                .take(32)
                .find(|(_, c)| c.is_whitespace());
            start = space.map_or(at, |(i, c)| at + i + c.len_utf8());
        }
        if end > span.end + REACH_BYTES {
            let mut at = span.end + REACH_BYTES;
            while !self.src.is_char_boundary(at) {
                at -= 1;
            }
            let space = self.src[span.end..at]
                .char_indices()
                .rev()
                .take(32)
                .find(|(_, c)| c.is_whitespace());
            end = space.map_or(at, |(i, _)| span.end + i);
        }
        start..end
    }
}

#[derive(Default)]
struct GapMarks {
    sentence: bool,
    clause: bool,
    /// The first sentence mark is a question mark.
    question: bool,
}

/// The phrase layer's view of the text: tokens, their classes and their sentences. Every
/// look-around is bounded (by a sentence, a clause or [`REACH`]), so that rules stay linear.
impl Text<'_> {
    /// Token `i` in lower case, with a straight apostrophe ("collega’s" is "collega's").
    pub fn word(&self, i: usize) -> &str {
        let t = &self.tokens[i];
        t.plain.as_deref().unwrap_or(&self.lower[t.span.clone()])
    }

    /// Token `i` as written.
    pub fn original(&self, i: usize) -> &str {
        &self.src[self.tokens[i].span.clone()]
    }

    /// Token `i` is in `class` (on its own; a phrase of the class starting here is [`Text::class_len`]).
    pub fn is(&self, i: usize, class: impl Into<Class>) -> bool {
        let class = class.into();
        self.tokens
            .get(i)
            .and_then(|t| t.entry)
            .is_some_and(|e| e.classes().contains(&class.0))
    }

    /// How many tokens from `i` on are in `class`: a word or the longest phrase of the class.
    pub fn class_len(&self, i: usize, class: impl Into<Class>) -> Option<usize> {
        let class = class.into();
        let phrase = phrase::phrase_len(self, i, class);
        phrase.or_else(|| self.is(i, class).then_some(1))
    }

    /// Some token of the sentence of token `i` is in `class` (or starts a phrase of it).
    pub fn sentence_has(&self, i: usize, class: impl Into<Class>) -> bool {
        let class = usize::from(class.into().0);
        let words = phrase::index().words();
        self.tokens.get(i).is_some_and(|t| {
            self.sentence_classes
                .get(t.sentence * words + class / 64)
                .is_some_and(|w| w & (1 << (class % 64)) != 0)
        })
    }

    /// Some token of the text is in `class`: a rule's cheap gate.
    pub fn has(&self, class: impl Into<Class>) -> bool {
        let class = usize::from(class.into().0);
        self.text_classes
            .get(class / 64)
            .is_some_and(|w| w & (1 << (class % 64)) != 0)
    }

    /// The tokens in `class`, in order.
    pub fn tokens_in(&self, class: impl Into<Class>) -> impl Iterator<Item = usize> + '_ {
        let class = class.into();
        (0..self.tokens.len()).filter(move |&i| self.is(i, class))
    }

    /// Token `j` exists and is in the sentence of token `i`.
    pub fn same_sentence(&self, i: usize, j: usize) -> bool {
        j < self.tokens.len() && self.tokens[j].sentence == self.tokens[i].sentence
    }

    /// Token `j` exists and is in the clause of token `i`.
    pub fn same_clause(&self, i: usize, j: usize) -> bool {
        j < self.tokens.len() && self.tokens[j].clause == self.tokens[i].clause
    }

    /// Token `i - back`, if it is in the sentence of token `i`.
    pub fn back(&self, i: usize, back: usize) -> Option<&str> {
        let j = i.checked_sub(back)?;
        self.same_sentence(i, j).then(|| self.word(j))
    }

    /// Token `i + ahead`, if it is in the sentence of token `i`.
    pub fn ahead(&self, i: usize, ahead: usize) -> Option<&str> {
        self.same_sentence(i, i + ahead).then(|| self.word(i + ahead))
    }

    /// Up to `n` tokens of the sentence just before token `i`.
    pub fn before(&self, i: usize, n: usize) -> Range<usize> {
        let first = self.sentences[self.tokens[i].sentence].tokens.start;
        i.saturating_sub(n).max(first)..i
    }

    /// Up to `n` tokens of the sentence just after token `i`.
    pub fn after(&self, i: usize, n: usize) -> Range<usize> {
        let end = self.sentences[self.tokens[i].sentence].tokens.end;
        i + 1..(i + 1 + n).min(end)
    }

    /// The sentence of token `i`, no more than [`REACH`] tokens either way.
    pub fn near(&self, i: usize) -> Range<usize> {
        let s = &self.sentences[self.tokens[i].sentence].tokens;
        i.saturating_sub(REACH).max(s.start)..(i + REACH + 1).min(s.end)
    }

    /// The clause of token `i`, no more than [`REACH`] tokens either way.
    pub fn near_in_clause(&self, i: usize) -> Range<usize> {
        let c = &self.clauses[self.tokens[i].clause];
        i.saturating_sub(REACH).max(c.start)..(i + REACH + 1).min(c.end)
    }

    /// Some token in `range` is in `class`.
    pub fn any_in(&self, range: Range<usize>, class: impl Into<Class>) -> bool {
        let class = class.into();
        let end = range.end.min(self.tokens.len());
        if range.start >= end {
            return false;
        }
        // Mostly the range's sentence holds no token of the class at all: its classes tell at once.
        let (first, last) = (self.tokens[range.start].sentence, self.tokens[end - 1].sentence);
        let mut starts = (first..=last).map(|s| self.sentences[s].tokens.start);
        if !starts.any(|t| self.sentence_has(t, class)) {
            return false;
        }
        (range.start..end).any(|k| self.is(k, class))
    }

    /// The sentence of token `i` as text, with what trails it up to the next sentence (a
    /// link, an emoji, "/s").
    pub fn sentence_span(&self, i: usize) -> Range<usize> {
        let s = &self.sentences[self.tokens[i].sentence].tokens;
        let end = self.tokens.get(s.end).map_or(self.src.len(), |t| t.span.start);
        self.tokens[s.start].span.start..end
    }

    /// Token `i` ends a question.
    pub fn in_question(&self, i: usize) -> bool {
        self.sentences[self.tokens[i].sentence].question
    }

    /// A word of the negation class within `n` tokens before token `i`, in its clause.
    pub fn negated(&self, i: usize, n: usize) -> bool {
        let first = self.clauses[self.tokens[i].clause].start;
        self.any_in(i.saturating_sub(n).max(first)..i, phrase::common::C::Negation)
    }

    /// The text from the start of token `a` to the end of token `b`.
    pub fn span(&self, a: usize, b: usize) -> Range<usize> {
        self.tokens[a].span.start..self.tokens[b].span.end
    }

    /// The characters between token `i` and the next one (or the end of the text).
    pub fn gap_after(&self, i: usize) -> &str {
        let end = self.tokens.get(i + 1).map_or(self.src.len(), |t| t.span.start);
        &self.src[self.tokens[i].span.end..end]
    }

    /// The token at or after byte `at`.
    pub fn token_at(&self, at: usize) -> usize {
        self.tokens.partition_point(|t| t.span.end <= at)
    }

    /// Token `i` is written with a capital and then a small letter ("Pieter", not "NWO").
    pub fn capitalised(&self, i: usize) -> bool {
        let mut chars = self.original(i).chars();
        chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase)
    }
}

/// Word look-ups around a span, shared by rules that weigh a phrase's context
/// (a negation before it, a pronoun in its sentence).
impl Text<'_> {
    /// The words lying wholly inside `range`.
    pub fn words_in(&self, range: &Range<usize>) -> &[Word] {
        &self.words[self.word_range(range)]
    }

    /// The indices of [`Text::words_in`] in [`Text::words`].
    pub fn word_range(&self, range: &Range<usize>) -> Range<usize> {
        let a = self.words.partition_point(|w| w.span.start < range.start);
        let b = self.words.partition_point(|w| w.span.end <= range.end).max(a);
        a..b
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

/// Hand-written scanners for the entities, one per kind. Each returns the leftmost match
/// at or after `from`, exactly as the regex in its comment would (leftmost, then the regex's
/// own preference among matches starting there): the entities are found on every check,
/// and compiling those regexes was most of the first check's time in WASM.
mod scan {
    use std::ops::Range;

    /// Every match, left to right, never overlapping (a regex's `find_iter`).
    pub fn all(s: &str, find: fn(&str, usize) -> Option<Range<usize>>) -> impl Iterator<Item = Range<usize>> + '_ {
        let mut at = 0;
        std::iter::from_fn(move || {
            let m = find(s, at)?;
            at = m.end;
            Some(m)
        })
    }

    /// The end of the run of bytes from `at` for which `f` holds.
    fn run(b: &[u8], at: usize, f: impl Fn(u8) -> bool) -> usize {
        at + b.get(at..).unwrap_or(&[]).iter().take_while(|&&c| f(c)).count()
    }

    /// The end of `[^\s<>]*` from `at` (a char boundary).
    fn non_space_run(s: &str, at: usize) -> usize {
        let rest = &s[at..];
        at + rest
            .find(|c: char| c.is_whitespace() || c == '<' || c == '>')
            .unwrap_or(rest.len())
    }

    fn is_ascii_word(c: u8) -> bool {
        c.is_ascii_alphanumeric() || c == b'_'
    }

    /// `[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`
    pub fn email(s: &str, from: usize) -> Option<Range<usize>> {
        let b = s.as_bytes();
        let is_local = |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-');
        let mut search = from;
        loop {
            let at = search + s.get(search..)?.find('@')?;
            // The local part is the run of local characters right before the @ (none is an @,
            // so the first @ with a match gives the leftmost match).
            let mut start = at;
            while start > from && is_local(b[start - 1]) {
                start -= 1;
            }
            if start < at {
                if let Some(end) = domain_end(b, at + 1) {
                    return Some(start..end);
                }
            }
            search = at + 1;
        }
    }

    /// The domain of an e-mail address: labels joined by dots, the last one starting with
    /// two letters or more. The regex's greedy `*` prefers the last dot that allows that.
    fn domain_end(b: &[u8], at: usize) -> Option<usize> {
        let is_label = |c: u8| c.is_ascii_alphanumeric() || c == b'-';
        let mut end = run(b, at, is_label);
        if end == at {
            return None;
        }
        let mut best = None;
        while b.get(end) == Some(&b'.') {
            let letters = run(b, end + 1, |c| c.is_ascii_alphabetic());
            if letters >= end + 3 {
                best = Some(letters);
            }
            let next = run(b, end + 1, is_label);
            if next == end + 1 {
                break;
            }
            end = next;
        }
        best
    }

    /// The top-level domains a bare domain may end in, in the regex's order (first wins).
    const TLDS: &[&str] = &[
        "nl", "com", "org", "net", "edu", "eu", "be", "de", "uk", "io", "gov", "int", "info", "ly", "co", "ac.uk",
    ];

    /// On lower-case text:
    /// `(?:https?://|www\.)[^\s<>]+|[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:TLDS)(?:/[^\s<>]*)?`
    pub fn url(s: &str, from: usize) -> Option<Range<usize>> {
        let b = s.as_bytes();
        let mut p = from;
        while p < b.len() {
            // Every match starts with a letter or a digit: a bare domain at the first one of a
            // dotted chain, a scheme ("http://", "www.") at any h or w.
            if !matches!(b[p], b'a'..=b'z' | b'0'..=b'9') {
                p += 1;
                continue;
            }
            // Most chains are a plain word: no dot after it, no h or w in it.
            let mut word_end = p;
            let mut h_or_w = false;
            while let Some(&c @ (b'a'..=b'z' | b'0'..=b'9' | b'-')) = b.get(word_end) {
                h_or_w |= c == b'h' || c == b'w';
                word_end += 1;
            }
            if !h_or_w && b.get(word_end) != Some(&b'.') {
                p = word_end;
                continue;
            }
            if let Some(end) = with_scheme(s, p) {
                return Some(p..end);
            }
            let dead_end = match bare_domain(s, p) {
                Ok(end) => return Some(p..end),
                Err(dead_end) => dead_end,
            };
            // A bare domain that fails from one position fails from every later position of the
            // same chain (long words would otherwise cost quadratic time): only a scheme can
            // start inside it.
            let mut schemes = (p + 1..dead_end).filter(|&q| matches!(b[q], b'h' | b'w'));
            if let Some(m) = schemes.find_map(|q| Some(q..with_scheme(s, q)?)) {
                return Some(m);
            }
            p = dead_end;
        }
        None
    }

    /// `(?:https?://|www\.)[^\s<>]+` at `p`.
    fn with_scheme(s: &str, p: usize) -> Option<usize> {
        let rest = &s.as_bytes()[p..];
        // Most letters start no scheme: one look at the first two bytes.
        if !matches!(rest, [b'h', b't', ..] | [b'w', b'w', ..]) {
            return None;
        }
        let after = ["http://", "https://", "www."]
            .iter()
            .find(|pre| rest.starts_with(pre.as_bytes()))?
            .len();
        let end = non_space_run(s, p + after);
        (end > p + after).then_some(end)
    }

    /// A bare domain at `p` (its end), or where the chain of labels it tried ends.
    fn bare_domain(s: &str, p: usize) -> Result<usize, usize> {
        let b = s.as_bytes();
        let is_label = |c: u8| matches!(c, b'a'..=b'z' | b'0'..=b'9' | b'-');
        let mut end = run(b, p, is_label);
        let mut best = None;
        while b.get(end) == Some(&b'.') {
            // The deepest dot followed by a known TLD wins; at one dot, the first TLD listed.
            if let Some(tld) = TLDS.iter().find(|t| b[end + 1..].starts_with(t.as_bytes())) {
                best = Some(end + 1 + tld.len());
            }
            let next = run(b, end + 1, is_label);
            if next == end + 1 {
                break;
            }
            end = next;
        }
        match best {
            Some(tld_end) if b.get(tld_end) == Some(&b'/') => Ok(non_space_run(s, tld_end + 1)),
            Some(tld_end) => Ok(tld_end),
            None => Err(end),
        }
    }

    /// On lower-case text: a DOI, an ORCID or an ISBN:
    /// `(?-u:\b)10\.[0-9]{4,9}/[^\s<>]+` | `(?-u:\b)[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9x](?-u:\b)` |
    /// `isbn[: ]*[0-9-]{10,17}`
    pub fn identifier(s: &str, from: usize) -> Option<Range<usize>> {
        identifier_from(s, from, true)
    }

    /// [`identifier`] on a text without "isbn": every match starts with a digit, and the
    /// digits are found eight bytes at a time.
    pub fn identifier_without_isbn(s: &str, from: usize) -> Option<Range<usize>> {
        identifier_from(s, from, false)
    }

    fn identifier_from(s: &str, from: usize, isbn: bool) -> Option<Range<usize>> {
        let b = s.as_bytes();
        let digit = |c: u8| c.is_ascii_digit();
        let mut next = from;
        // Every match starts with "i" (of "isbn") or a digit: on from one of those to the next.
        loop {
            let p = if isbn {
                next + b.get(next..)?.iter().position(|&c| c == b'i' || c.is_ascii_digit())?
            } else {
                super::next_digit(b, next)?
            };
            next = p + 1;
            if b[p] == b'i' && b[p..].starts_with(b"isbn") {
                let number = run(b, p + 4, |c| c == b':' || c == b' ');
                let end = run(b, number, |c| c.is_ascii_digit() || c == b'-');
                if end - number >= 10 {
                    return Some(p..end.min(number + 17));
                }
                continue;
            }
            if !b[p].is_ascii_digit() || (p > 0 && is_ascii_word(b[p - 1])) {
                continue;
            }
            // A digit at an ASCII word boundary.
            if b[p..].starts_with(b"10.") {
                let digits = run(b, p + 3, digit);
                if (p + 7..=p + 12).contains(&digits) && b.get(digits) == Some(&b'/') {
                    let end = non_space_run(s, digits + 1);
                    if end > digits + 1 {
                        return Some(p..end);
                    }
                }
            }
            if b.len() >= p + 19 {
                let id = &b[p..p + 19];
                let orcid = id.iter().enumerate().all(|(i, &c)| match i {
                    4 | 9 | 14 => c == b'-',
                    18 => c.is_ascii_digit() || c == b'x',
                    _ => c.is_ascii_digit(),
                });
                if orcid && !b.get(p + 19).is_some_and(|&c| is_ascii_word(c)) {
                    return Some(p..p + 19);
                }
            }
        }
    }

    /// `@[A-Za-z0-9_]+`
    pub fn mention(s: &str, from: usize) -> Option<Range<usize>> {
        let b = s.as_bytes();
        let mut search = from;
        loop {
            let at = search + s.get(search..)?.find('@')?;
            let end = run(b, at + 1, is_ascii_word);
            if end > at + 1 {
                return Some(at..end);
            }
            search = at + 1;
        }
    }

    /// `#\w+`, with the regex's Unicode `\w` (letters, marks, digits, connectors, joiners).
    pub fn hashtag(s: &str, from: usize) -> Option<Range<usize>> {
        let mut search = from;
        loop {
            let at = search + s.get(search..)?.find('#')?;
            let rest = &s[at + 1..];
            let len = rest
                .find(|c: char| !regex_syntax::is_word_character(c))
                .unwrap_or(rest.len());
            if len > 0 {
                return Some(at..at + 1 + len);
            }
            search = at + 1;
        }
    }
}

/// Which of many keys (lower-case literals) occur in [`Text::lower`], found in one pass:
/// a cheap gate that lets a rule skip the regexes whose key words are absent. Hand-written
/// rather than a `RegexSet`, which cost milliseconds to build on the first check in WASM.
pub struct Keys {
    keys: Vec<&'static str>,
    /// For the first two bytes, as `a << 8 | b`, 1 + the index of the pair's group in
    /// `starts` (0: no key starts so). One look-up a byte of the post.
    pairs: Box<[u16]>,
    /// The keys of group `g` are `by_pair[starts[g]..starts[g + 1]]`.
    starts: Vec<u32>,
    by_pair: Vec<usize>,
    /// For each group, the third bytes of its keys as bits, or all bits when a key of the
    /// group has only two bytes: most pairs in a post are followed by no key's third byte.
    third: Vec<[u64; 4]>,
}

impl Keys {
    pub fn new<'k>(keys: impl IntoIterator<Item = &'k &'static str>) -> Self {
        let mut keys: Vec<&'static str> = keys.into_iter().copied().filter(|k| !k.is_empty()).collect();
        keys.sort_unstable();
        keys.dedup();
        let mut keyed: Vec<([u8; 2], usize)> = keys
            .iter()
            .enumerate()
            .filter_map(|(i, k)| Some(([*k.as_bytes().first()?, *k.as_bytes().get(1)?], i)))
            .collect();
        keyed.sort_unstable();
        let mut pairs = vec![0u16; 1 << 16].into_boxed_slice();
        let mut starts = Vec::new();
        let mut last = None;
        for (j, (pair, _)) in keyed.iter().enumerate() {
            if last == Some(*pair) {
                continue;
            }
            last = Some(*pair);
            starts.push(j as u32);
            pairs[usize::from(u16::from_be_bytes(*pair))] =
                u16::try_from(starts.len()).expect("fewer than 65,535 pairs");
        }
        starts.push(keyed.len() as u32);
        let by_pair: Vec<usize> = keyed.into_iter().map(|(_, i)| i).collect();
        let third = (0..starts.len() - 1)
            .map(|g| {
                let mut bits = [0u64; 4];
                for &i in &by_pair[starts[g] as usize..starts[g + 1] as usize] {
                    match keys[i].as_bytes().get(2) {
                        Some(&c) => bits[usize::from(c) / 64] |= 1 << (c % 64),
                        None => bits = [u64::MAX; 4],
                    }
                }
                bits
            })
            .collect();
        Keys {
            keys,
            pairs,
            starts,
            by_pair,
            third,
        }
    }

    pub fn found(&self, src: &str) -> Found<'_> {
        let b = src.as_bytes();
        let mut hit = vec![false; self.keys.len()];
        for (i, k) in self.keys.iter().enumerate() {
            if let [only] = k.as_bytes() {
                hit[i] = b.contains(only);
            }
        }
        // Keys not found yet in each group: a group with none left is passed over.
        let mut left: Vec<u32> = (0..self.starts.len() - 1).map(|g| self.group(g).len() as u32).collect();
        let pairs: &[u16; 1 << 16] = self.pairs.as_ref().try_into().expect("a group for every pair");
        for at in 0..b.len().saturating_sub(1) {
            let group = pairs[usize::from(b[at]) << 8 | usize::from(b[at + 1])];
            if group == 0 {
                continue;
            }
            let g = usize::from(group) - 1;
            // A byte past the end can only be the end of a two-byte key: all bits are set then.
            let c = b.get(at + 2).copied().unwrap_or(0);
            if left[g] == 0 || self.third[g][usize::from(c) / 64] & (1 << (c % 64)) == 0 {
                continue;
            }
            // The group's keys are sorted: narrow them down a byte at a time, as in a trie, to
            // those the text goes on with ("op de", among the 36 keys of " op …").
            let group = self.group(g);
            let (mut lo, mut hi, mut d) = (0, group.len(), 2);
            while lo < hi {
                // The keys in `lo..hi` share their first `d` bytes with the text; one of length
                // `d` (there is at most one) sorts first.
                let i = group[lo];
                if self.keys[i].len() == d {
                    left[g] -= u32::from(!hit[i]);
                    hit[i] = true;
                    lo += 1;
                    continue;
                }
                let Some(&c) = b.get(at + d) else { break };
                let byte = |&k: &usize| self.keys[k].as_bytes()[d];
                lo += group[lo..hi].partition_point(|k| byte(k) < c);
                hi = lo + group[lo..hi].partition_point(|k| byte(k) <= c);
                d += 1;
            }
        }
        Found { keys: self, hit, left }
    }

    /// The group of keys starting with the bytes `a`, `b`.
    fn group_of(&self, a: u8, b: u8) -> Option<usize> {
        usize::from(self.pairs[usize::from(u16::from_be_bytes([a, b]))]).checked_sub(1)
    }

    /// The indices of the keys of group `g`.
    fn group(&self, g: usize) -> &[usize] {
        &self.by_pair[self.starts[g] as usize..self.starts[g + 1] as usize]
    }
}

/// The keys of a [`Keys`] that a text holds.
pub struct Found<'k> {
    keys: &'k Keys,
    hit: Vec<bool>,
    /// The keys of each group (keys sharing their first two bytes) not in the text.
    left: Vec<u32>,
}

impl Found<'_> {
    /// `key` occurs in the text (false for a key the [`Keys`] were not built with). Rules ask
    /// about hundreds of keys a check, mostly absent: a group without a hit answers at once.
    pub fn contains(&self, key: &str) -> bool {
        let keys = self.keys;
        let &[a, b, ..] = key.as_bytes() else {
            return keys.keys.binary_search(&key).is_ok_and(|i| self.hit[i]);
        };
        keys.group_of(a, b).is_some_and(|g| {
            let group = keys.group(g);
            self.left[g] < group.len() as u32 && group.iter().any(|&i| self.hit[i] && keys.keys[i] == key)
        })
    }
}

/// Word lists merged into a hash set on first use: a rule that asks about every word of a
/// post pays one look-up per word rather than a comparison with every word of its lists.
pub struct WordSet {
    lists: &'static [&'static [&'static str]],
    set: OnceLock<HashSet<&'static str, BuildHasherDefault<Fnv>>>,
}

impl WordSet {
    pub const fn new(lists: &'static [&'static [&'static str]]) -> Self {
        WordSet {
            lists,
            set: OnceLock::new(),
        }
    }

    /// `word` is in one of the lists.
    pub fn contains(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| self.lists.iter().flat_map(|l| l.iter().copied()).collect())
            .contains(word)
    }
}

/// A table that answers a rule's question about a text at once, built on the rule's asking
/// but only once it has asked often enough to pay for it: a post with a few matches is
/// answered directly, a run-on with thousands builds the table once. Both ways must give
/// the same answers.
pub struct Amortized<T> {
    asked: Cell<usize>,
    table: OnceCell<T>,
}

impl<T> Amortized<T> {
    pub fn new() -> Self {
        Amortized {
            asked: Cell::new(0),
            table: OnceCell::new(),
        }
    }

    /// The table, built by `build` once it has been asked for more than `after` times;
    /// before that, `None`: answer directly.
    pub fn table(&self, after: usize, build: impl FnOnce() -> T) -> Option<&T> {
        if let Some(table) = self.table.get() {
            return Some(table);
        }
        self.asked.set(self.asked.get() + 1);
        (self.asked.get() > after).then(|| self.table.get_or_init(build))
    }
}

impl<T> Default for Amortized<T> {
    fn default() -> Self {
        Self::new()
    }
}

/// Spans of a text, sorted by start: whether a range holds one whole is a binary search, where
/// rules ask it of the sentence around each of thousands of matches.
pub struct Spans(Vec<Range<usize>>);

impl Spans {
    /// Where each of `needles` (at most 32, none empty) occurs in `haystack`: one pass over
    /// its bytes, comparing only the needles that start with the byte at hand.
    pub fn of(haystack: &str, needles: &[&str]) -> Self {
        let mut starting = [0u32; 256];
        for (i, n) in needles.iter().enumerate() {
            starting[usize::from(n.as_bytes()[0])] |= 1 << i;
        }
        let bytes = haystack.as_bytes();
        let mut spans = Vec::new();
        for (at, &b) in bytes.iter().enumerate() {
            let mut candidates = starting[usize::from(b)];
            while candidates != 0 {
                let needle = needles[candidates.trailing_zeros() as usize].as_bytes();
                candidates &= candidates - 1;
                if bytes[at..].starts_with(needle) {
                    spans.push(at..at + needle.len());
                }
            }
        }
        Spans(spans)
    }

    /// One of the spans lies wholly inside `range`.
    pub fn any_within(&self, range: &Range<usize>) -> bool {
        let first = self.0.partition_point(|s| s.start < range.start);
        // Spans are short: those starting in `range` and ending past it are the last few.
        (self.0[first..].iter())
            .take_while(|s| s.start < range.end)
            .any(|s| s.end <= range.end)
    }
}

impl From<Vec<Range<usize>>> for Spans {
    /// Spans sorted by start.
    fn from(spans: Vec<Range<usize>>) -> Self {
        Spans(spans)
    }
}

/// Up to 32 word lists merged into one map, on first use, from a word to the lists that hold
/// it, for counting them over a text's words ([`WordLists::count`]).
pub struct WordLists {
    lists: &'static [&'static [&'static str]],
    map: OnceLock<HashMap<&'static str, u32, BuildHasherDefault<Fnv>>>,
}

impl WordLists {
    pub const fn new(lists: &'static [&'static [&'static str]]) -> Self {
        WordLists {
            lists,
            map: OnceLock::new(),
        }
    }

    /// How many words of each list `words` holds up to each word: one look-up a word, after
    /// which a rule asks about the words around each of thousands of matches in constant time.
    pub fn count(&self, words: &[Word]) -> ListCounts {
        let map = self.map.get_or_init(|| {
            let mut map = HashMap::default();
            for (i, list) in self.lists.iter().enumerate() {
                for &w in *list {
                    *map.entry(w).or_default() |= 1 << i;
                }
            }
            map
        });
        let lists = self.lists.len();
        let mut counts = vec![0; (words.len() + 1) * lists];
        for (i, w) in words.iter().enumerate() {
            let bits = map.get(w.lower.as_str()).copied().unwrap_or(0);
            let (done, next) = counts[i * lists..].split_at_mut(lists);
            for (l, (n, before)) in next[..lists].iter_mut().zip(done.iter()).enumerate() {
                *n = before + (bits >> l & 1);
            }
        }
        ListCounts { lists, counts }
    }
}

/// The counts of [`WordLists::count`].
pub struct ListCounts {
    lists: usize,
    /// Row `i` counts the words before word `i`, a column for each list.
    counts: Vec<u32>,
}

impl ListCounts {
    /// How many of the words `range` (indices into the counted words) are in list `list`.
    pub fn count(&self, list: usize, range: Range<usize>) -> usize {
        (self.counts[range.end * self.lists + list] - self.counts[range.start * self.lists + list]) as usize
    }

    /// One of the words `range` is in list `list`.
    pub fn any(&self, list: usize, range: Range<usize>) -> bool {
        self.count(list, range) > 0
    }
}

/// A regex compiled on first use. Its matches are searched for only where they can be: see
/// [`Runs`].
pub struct LazyRegex {
    pattern: String,
    re: OnceLock<Regex>,
    runs: OnceLock<Option<Runs>>,
}

impl LazyRegex {
    pub fn new(pattern: String) -> Self {
        LazyRegex {
            pattern,
            re: OnceLock::new(),
            runs: OnceLock::new(),
        }
    }

    pub fn get(&self) -> &Regex {
        self.re
            .get_or_init(|| Regex::new(&self.pattern).expect("rule patterns are tested"))
    }

    fn runs(&self) -> Option<&Runs> {
        self.runs.get_or_init(|| Runs::of(&self.pattern)).as_ref()
    }

    /// The leftmost match at or after `at`, as [`Regex::find_at`] finds it.
    pub fn find_at<'h>(&self, haystack: &'h str, at: usize) -> Option<regex::Match<'h>> {
        match self.runs() {
            Some(runs) => runs.find_at(self.get(), haystack, at),
            None => self.get().find_at(haystack, at),
        }
    }

    /// Every match, left to right, as [`Regex::find_iter`] finds them.
    pub fn find_iter<'r, 'h: 'r>(&'r self, haystack: &'h str) -> impl Iterator<Item = regex::Match<'h>> + 'r {
        let mut all = self.runs().is_none().then(|| self.get().find_iter(haystack));
        let mut at = 0;
        std::iter::from_fn(move || match &mut all {
            Some(all) => all.next(),
            None => {
                // Runs never hold an empty match: no match ends where the last one did.
                let m = self.find_at(haystack, at)?;
                at = m.end();
                Some(m)
            }
        })
    }
}

/// The first ASCII digit at or after `at`. Eight bytes at a time: posts hold few digits, and
/// the bytes 0x30–0x3F (digits and `:;<=>?`) are told from all others by a word's arithmetic.
pub(crate) fn next_digit(b: &[u8], mut at: usize) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
    while let Some(chunk) = b.get(at..at + 8) {
        // A byte of `x` below 0x10 is a byte 0x30–0x3F of the chunk.
        let x = u64::from_ne_bytes(chunk.try_into().unwrap_or_default()) ^ (ONES * 0x30);
        if x.wrapping_sub(ONES * 0x10) & !x & HIGH != 0 {
            if let Some(k) = chunk.iter().position(u8::is_ascii_digit) {
                return Some(at + k);
            }
        }
        at += 8;
    }
    Some(at + b.get(at..)?.iter().position(u8::is_ascii_digit)?)
}

/// Where the ASCII digits of `b` are, in order (see [`next_digit`]).
pub(crate) fn digits(b: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        let d = next_digit(b, at)?;
        at = d + 1;
        Some(d)
    })
}

/// Where a regex can match: around a digit, in a run of the bytes its matches are made of.
/// Read from a pattern that looks at no context (no `\\b`, `^`, `$`) and none of whose matches
/// lacks an ASCII digit ("06-12345678", "1234 AB", "1b, 2c, 3a", "vraag 3"): posts hold few
/// digits, and the regex then runs on the runs around them rather than over every byte.
struct Runs {
    bytes: [bool; 256],
    /// The shortest match, at least one byte.
    min_len: usize,
}

impl Runs {
    fn of(pattern: &str) -> Option<Runs> {
        let hir = regex_syntax::Parser::new().parse(pattern).ok()?;
        let min_len = hir.properties().minimum_len().filter(|&n| n > 0)?;
        let mut bytes = [false; 256];
        let context_free = Runs::add(&hir, &mut bytes);
        // A byte of a character beyond ASCII stands for all: runs then end at character boundaries.
        if bytes[0x80..].contains(&true) {
            bytes[0x80..].fill(true);
        }
        // Most words break runs without their letters: the runs stay short.
        let letters = (b'a'..=b'z').filter(|&b| bytes[usize::from(b)]).count();
        (context_free && letters <= 13 && Runs::needs_digit(&hir)).then_some(Runs { bytes, min_len })
    }

    /// Adds the bytes `hir` can match to `bytes`; false when it looks at its context.
    fn add(hir: &Hir, bytes: &mut [bool; 256]) -> bool {
        match hir.kind() {
            HirKind::Empty => true,
            HirKind::Literal(literal) => {
                literal.0.iter().for_each(|&b| bytes[usize::from(b)] = true);
                true
            }
            HirKind::Class(hir::Class::Bytes(class)) => {
                for r in class.iter() {
                    (r.start()..=r.end()).for_each(|b| bytes[usize::from(b)] = true);
                }
                true
            }
            HirKind::Class(hir::Class::Unicode(class)) => {
                for r in class.iter() {
                    (r.start()..=r.end().min('\x7f')).for_each(|c| bytes[c as usize] = true);
                    if r.end() > '\x7f' {
                        bytes[0x80] = true;
                    }
                }
                true
            }
            HirKind::Look(_) => false,
            HirKind::Repetition(r) => Runs::add(&r.sub, bytes),
            HirKind::Capture(c) => Runs::add(&c.sub, bytes),
            HirKind::Concat(all) | HirKind::Alternation(all) => all.iter().all(|h| Runs::add(h, bytes)),
        }
    }

    /// Every match of `hir` holds an ASCII digit.
    fn needs_digit(hir: &Hir) -> bool {
        match hir.kind() {
            HirKind::Empty | HirKind::Look(_) => false,
            HirKind::Literal(literal) => literal.0.iter().any(u8::is_ascii_digit),
            HirKind::Class(hir::Class::Bytes(class)) => class.iter().all(|r| r.start() >= b'0' && r.end() <= b'9'),
            HirKind::Class(hir::Class::Unicode(class)) => class.iter().all(|r| r.start() >= '0' && r.end() <= '9'),
            HirKind::Repetition(r) => r.min > 0 && Runs::needs_digit(&r.sub),
            HirKind::Capture(c) => Runs::needs_digit(&c.sub),
            HirKind::Concat(all) => all.iter().any(Runs::needs_digit),
            HirKind::Alternation(all) => all.iter().all(Runs::needs_digit),
        }
    }

    /// [`Regex::find_at`] of the regex the runs were read from. Every match lies in one run
    /// that holds a digit, and a regex that looks at no context matches the same there with
    /// the haystack cut at the run's end.
    fn find_at<'h>(&self, re: &Regex, haystack: &'h str, mut at: usize) -> Option<regex::Match<'h>> {
        let b = haystack.as_bytes();
        let within = |c: u8| self.bytes[usize::from(c)];
        loop {
            let digit = next_digit(b, at)?;
            let mut start = digit;
            while start > at && within(b[start - 1]) {
                start -= 1;
            }
            let end = digit + b[digit..].iter().take_while(|&&c| within(c)).count();
            if end - start >= self.min_len {
                if let Some(m) = re.find_at(&haystack[..end], start) {
                    return Some(m);
                }
            }
            at = end.max(digit + 1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_are_found_and_asked_about_whole() {
        let spans = Spans::of("a/b oor right 🙄", &["/", "oor", "ight", "🙄"]);
        assert_eq!(spans.0, [1..2, 4..7, 9..13, 14..18]);
        assert!(spans.any_within(&(0..3)));
        assert!(!spans.any_within(&(5..12)), "no span lies wholly inside");
        assert!(spans.any_within(&(3..13)));
        assert!(!spans.any_within(&(13..13)));
    }

    #[test]
    fn word_lists_are_counted_over_any_range_of_words() {
        static LISTS: WordLists = WordLists::new(&[&["my", "ik"], &["the", "de", "my"]]);
        let text = Text::new("My cat and the dog: ik weet het");
        let counts = LISTS.count(&text.words);
        let all = 0..text.words.len();
        assert_eq!((counts.count(0, all.clone()), counts.count(1, all)), (2, 2));
        assert!(!counts.any(0, 1..5));
        assert!(counts.any(1, 1..5));
        assert_eq!(text.word_range(&(3..14)), 1..4);
    }

    #[test]
    fn a_table_is_built_once_asked_often_enough() {
        let table = Amortized::new();
        let built = Cell::new(0);
        let ask = || table.table(2, || built.set(built.get() + 1)).is_some();
        assert_eq!([ask(), ask(), ask(), ask()], [false, false, true, true]);
        assert_eq!(built.get(), 1);
    }

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
    fn contains_outside_entities_skips_urls_and_addresses() {
        let text = Text::new("Mail j@example.org, zie exam.nl");
        assert!(!text.contains_outside_entities("exam"));
        assert!(Text::new("Exam tomorrow, j@example.org").contains_outside_entities("exam"));
    }

    #[test]
    fn keys_finds_every_key_present() {
        let list = ["%", "namens", "na", "niemand", " als ", "enquête", "zz"];
        let keys = Keys::new(&list);
        let found = |src: &str| {
            let found = keys.found(src);
            let mut hits: Vec<&str> = list.into_iter().filter(|k| found.contains(k)).collect();
            hits.sort_unstable();
            hits
        };
        assert_eq!(
            found("wij als universiteit, namens 50% van de enquête"),
            [" als ", "%", "enquête", "na", "namens"]
        );
        assert_eq!(found("n"), Vec::<&str>::new());
        assert_eq!(found("🎉zz"), ["zz"]);
        assert!(!keys.found("zz").contains("unknown"));
    }

    #[test]
    fn find_words_respects_word_boundaries_after_emoji() {
        let re = LazyRegex::new("ass".to_string());
        let text = Text::new("🎉 classic passage, ass");
        let found: Vec<&str> = text.find_words(&re).map(|s| &text.src[s]).collect();
        assert_eq!(found, ["ass"]);
    }
}

/// The scanners against the regexes they replace, on hostile and entity-rich text.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod scan_tests {
    use super::scan;
    use proptest::prelude::*;
    use regex::Regex;
    use std::ops::Range;

    const EMAIL: &str = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}";
    const URL: &str = concat!(
        r"(?:https?://|www\.)[^\s<>]+|[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:nl|com|org|net|edu|eu|be|de|uk|io|",
        r"gov|int|info|ly|co|ac\.uk)(?:/[^\s<>]*)?"
    );
    const IDENTIFIER: &str = concat!(
        r"(?-u:\b)10\.[0-9]{4,9}/[^\s<>]+|(?-u:\b)[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9x](?-u:\b)|",
        r"isbn[: ]*[0-9-]{10,17}"
    );
    const MENTION: &str = r"@[A-Za-z0-9_]+";
    const HASHTAG: &str = r"#\w+";

    type Scanner = fn(&str, usize) -> Option<Range<usize>>;

    fn same(pattern: &'static str, scanner: Scanner, text: &str) -> Result<(), TestCaseError> {
        static COMPILED: std::sync::Mutex<Vec<(&str, Regex)>> = std::sync::Mutex::new(Vec::new());
        let re = {
            let mut compiled = COMPILED.lock().unwrap();
            if !compiled.iter().any(|(p, _)| *p == pattern) {
                compiled.push((pattern, Regex::new(pattern).unwrap()));
            }
            compiled.iter().find(|(p, _)| *p == pattern).unwrap().1.clone()
        };
        let expected: Vec<Range<usize>> = re.find_iter(text).map(|m| m.range()).collect();
        let got: Vec<Range<usize>> = scan::all(text, scanner).collect();
        prop_assert_eq!(got, expected, "{} on {:?}", pattern, text);
        Ok(())
    }

    fn all_same(text: &str) -> Result<(), TestCaseError> {
        let lower = super::lower_same_length(text);
        same(EMAIL, scan::email, text)?;
        same(URL, scan::url, &lower)?;
        same(IDENTIFIER, scan::identifier, &lower)?;
        if !lower.contains("isbn") {
            same(IDENTIFIER, scan::identifier_without_isbn, &lower)?;
        }
        same(MENTION, scan::mention, text)?;
        same(HASHTAG, scan::hashtag, text)
    }

    /// Pieces of entities and the characters around them.
    const PIECES: &[&str] = &[
        "a",
        "Z",
        "x",
        "0",
        "1",
        "9",
        "10",
        "10.",
        "1234",
        "06",
        "+31",
        "1b",
        "AB",
        "b",
        "(",
        ")",
        ",",
        ".",
        "..",
        "-",
        "_",
        "%",
        "+",
        "@",
        "#",
        "/",
        ":",
        " ",
        "\n",
        "<",
        ">",
        "&",
        "'",
        "’",
        "é",
        "e\u{301}",
        "🎉",
        "\u{200D}",
        "²",
        "İ",
        "K",
        "www",
        "www.",
        "http://",
        "https://",
        "http",
        "nl",
        "com",
        "co",
        "uk",
        "ac.uk",
        "info",
        "int",
        "org",
        "isbn",
        "ISBN",
        "isbn:",
        "x.nl",
        "example",
        "jan@example.org",
        "0000-0002-1825-0097",
        "10.1038/s41586",
        "@LeidenUniv",
        "#wetenschap",
    ];

    fn piece_text() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop_oneof![
                6 => prop::sample::select(PIECES).prop_map(str::to_string),
                1 => any::<char>().prop_map(String::from),
            ],
            0..30,
        )
        .prop_map(|p| p.concat())
    }

    fn any_text() -> impl Strategy<Value = String> {
        prop::collection::vec(any::<char>(), 0..60).prop_map(String::from_iter)
    }

    /// Patterns shaped like the rules' number patterns (searched in runs around digits) and
    /// some that are not (searched as usual).
    const RUN_PATTERNS: [&str; 7] = [
        r"\(?0[0-9]{1,3}\)?[ .-]?[0-9](?:[ .-]?[0-9]){5,8}|(?:\+|00)[1-9][0-9]{0,2}(?:[ .-]?\(?[0-9]{1,5}\)?){2,7}",
        r"[0-9]{4}\.[0-9]{2}\.[0-9]{3}|[0-9]{3}[ .-][0-9]{3}[ .-][0-9]{3}|[0-9]{9}",
        r"[1-9][0-9]{3} ?[A-Z]{2}",
        r"(?-u)[0-9]{1,2} ?[.:)\-]? ?[a-e](?:[,;/ ]+[0-9]{1,2} ?[.:)\-]? ?[a-e]){2,}",
        r"isbn ?1[0-9]|é[0-9]+",
        r"[0-9]+\b",
        r"a|[0-9]",
    ];

    fn runs_same(text: &str) -> Result<(), TestCaseError> {
        for pattern in &RUN_PATTERNS {
            let lazy = super::LazyRegex::new(pattern.to_string());
            let expected: Vec<Range<usize>> = lazy.get().find_iter(text).map(|m| m.range()).collect();
            let got: Vec<Range<usize>> = lazy.find_iter(text).map(|m| m.range()).collect();
            prop_assert_eq!(got, expected, "{} on {:?}", pattern, text);
        }
        Ok(())
    }

    #[test]
    fn runs_are_read_only_from_patterns_that_need_a_digit_and_no_context() {
        let runs = |p: &str| super::LazyRegex::new(p.to_string()).runs().is_some();
        assert!(RUN_PATTERNS[..5].iter().all(|p| runs(p)));
        assert!(!runs(RUN_PATTERNS[5]) && !runs(RUN_PATTERNS[6]));
    }

    #[test]
    fn runs_end_on_character_boundaries() {
        for text in ["10À", "isbn<10çjan@example.org", "é1é23é", "06-1234🎉5678 1234 AB"] {
            runs_same(text).unwrap();
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

        #[test]
        fn runs_find_what_the_regex_finds(text in piece_text()) {
            runs_same(&text)?;
        }

        #[test]
        fn scanners_match_the_regexes(text in piece_text()) {
            all_same(&text)?;
        }

        #[test]
        fn scanners_match_the_regexes_on_any_text(text in any_text()) {
            all_same(&text)?;
        }
    }

    #[test]
    fn scanners_match_the_regexes_on_examples() {
        for text in [
            "Mail jan@example.org, zie https://www.universiteitleiden.nl/nieuws. @LeidenUniv #wetenschap",
            "x@a.com.y@b.org a@b.c.de.f a@b..com a@-.nl www.x www. bbc.co.uk/news?a=1 foo.ac.uk x.infox y.comx/z",
            "doi 10.1038/s41586-020-2649-2, orcid 0000-0002-1825-009X, ISBN: 978-90-1234-567-8 isbn \
             12345678901234567890",
            "a10.1234/x 010.1234/x 10.12345678901/x 0000-0002-1825-00971 #café #e\u{301} #_ # #🎉 @ @_x",
            "xwww.foo xwww.foo.nl http://<x> https:// a.b.c.d.e..nl.com",
        ] {
            all_same(text).unwrap();
        }
    }

    /// Long runs of one piece: the same results, and (were scanning quadratic) a slow test.
    #[test]
    fn scanners_match_the_regexes_on_long_words() {
        for unit in ["a", "a.", "a..", "1", "@a", "#a", "a@", "isbn ", "10.", "www."] {
            all_same(&unit.repeat(5_000)).unwrap();
        }
    }
}
