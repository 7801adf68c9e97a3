//! Patterns over tokens, in the spirit of Harper's expressions: a sequence of steps (a word,
//! a class of a lexicon, any token, an @mention, a gap of at most N tokens, an optional step)
//! with scopes that veto a match (a negation before it, a question around it).
//!
//! ```text
//! let p = Pattern::new().word("namens").opt_class(C::Det).class(C::Org).unless_negated(4).unless_question();
//! for m in p.find_iter(text) { … m.span(text) … }
//! ```
//!
//! A match never leaves its sentence, and each step looks at a bounded number of tokens, so
//! finding every match is linear in the tokens.

use super::Class;
use crate::text::Text;
use std::ops::Range;

#[derive(Clone, Debug)]
enum Step {
    /// One token, exactly this word (lower case; either apostrophe).
    Word(&'static str),
    /// One token, any of these words.
    Words(&'static [&'static str]),
    /// A word or a phrase of the class.
    Class(Class),
    /// Any one token.
    Any,
    /// An @mention.
    Mention,
    /// A word that begins with a capital: a name ("Panorama", "BBC") or a sentence's first.
    Capital,
    /// The step, or nothing.
    Optional(Box<Step>),
    /// Up to this many tokens, as few as the rest of the pattern allows.
    Gap(usize),
    /// No token: the characters between the previous token and the next hold one of these.
    Punct(&'static [char]),
}

/// A sequence of steps and the scopes that veto a match.
#[derive(Clone, Debug, Default)]
pub struct Pattern {
    steps: Vec<Step>,
    /// The classes of the steps that are not optional: a sentence must hold them all.
    needs: Vec<Class>,
    /// No token of the class within this many tokens before the match, in its clause.
    unless_after: Vec<(Class, usize)>,
    unless_question: bool,
    /// When the first step is a word or words: the bytes those words start with, a cheap
    /// test of a token before the steps are tried on it.
    first_bytes: Option<Box<[bool; 256]>>,
}

/// Where a pattern matched: token indices, `tokens.end` exclusive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Match {
    pub tokens: Range<usize>,
}

impl Match {
    /// The matched text, from the first token's start to the last token's end.
    pub fn span(&self, text: &Text) -> Range<usize> {
        text.span(self.tokens.start, self.tokens.end - 1)
    }
}

impl Pattern {
    pub fn new() -> Self {
        Pattern::default()
    }

    fn then(mut self, step: Step) -> Self {
        if let Step::Class(c) = step {
            self.needs.push(c);
        }
        if self.steps.is_empty() {
            let words = match &step {
                Step::Word(w) => Some(std::slice::from_ref(w)),
                Step::Words(ws) => Some(*ws),
                _ => None,
            };
            self.first_bytes = words.map(|ws| {
                let mut bytes = Box::new([false; 256]);
                for w in ws {
                    // A word written with a curly apostrophe ("zo’n") is matched in its straight
                    // form, whose first byte is the same.
                    bytes[usize::from(w.as_bytes().first().copied().unwrap_or(0))] = true;
                }
                bytes
            });
        }
        self.steps.push(step);
        self
    }

    pub fn word(self, word: &'static str) -> Self {
        self.then(Step::Word(word))
    }

    pub fn words(self, words: &'static [&'static str]) -> Self {
        self.then(Step::Words(words))
    }

    pub fn class(self, class: impl Into<Class>) -> Self {
        self.then(Step::Class(class.into()))
    }

    pub fn any(self) -> Self {
        self.then(Step::Any)
    }

    pub fn mention(self) -> Self {
        self.then(Step::Mention)
    }

    /// A word that begins with a capital: a name ("Panorama", "BBC") or a sentence's first.
    pub fn capital(self) -> Self {
        self.then(Step::Capital)
    }

    pub fn opt_word(self, word: &'static str) -> Self {
        self.then(Step::Optional(Box::new(Step::Word(word))))
    }

    pub fn opt_words(self, words: &'static [&'static str]) -> Self {
        self.then(Step::Optional(Box::new(Step::Words(words))))
    }

    pub fn opt_class(self, class: impl Into<Class>) -> Self {
        self.then(Step::Optional(Box::new(Step::Class(class.into()))))
    }

    /// Up to `n` tokens of anything.
    pub fn gap(self, n: usize) -> Self {
        self.then(Step::Gap(n))
    }

    /// One of these punctuation marks between the tokens before and after this step ("wij, de
    /// universiteit,", "pdf van \"Sapiens\"").
    pub fn punct(self, marks: &'static [char]) -> Self {
        self.then(Step::Punct(marks))
    }

    /// No word of the common negation class within `n` tokens before the match, in its clause.
    pub fn unless_negated(self, n: usize) -> Self {
        self.unless_after(super::common::C::Negation, n)
    }

    /// No word of `class` within `n` tokens before the match, in its clause.
    pub fn unless_after(mut self, class: impl Into<Class>, n: usize) -> Self {
        self.unless_after.push((class.into(), n));
        self
    }

    /// No match in a sentence that ends with a question mark.
    pub fn unless_question(mut self) -> Self {
        self.unless_question = true;
        self
    }

    /// The match starting at token `i`, scopes applied.
    pub fn at(&self, text: &Text, i: usize) -> Option<Match> {
        if !self.may_match_in(text, i) {
            return None;
        }
        self.matched_at(text, i)
    }

    /// False when the sentence of token `i` lacks a class that a step of the pattern needs:
    /// a match never leaves its sentence, so none starts there. Bits looked up per sentence
    /// ([`Text::sentence_has`]) spare trying every step at every token.
    fn may_match_in(&self, text: &Text, i: usize) -> bool {
        self.needs.iter().all(|&c| text.sentence_has(i, c))
    }

    /// [`Pattern::at`] once the sentence may hold a match.
    fn matched_at(&self, text: &Text, i: usize) -> Option<Match> {
        let sentence = text.tokens.get(i)?.sentence;
        let end = self.go(text, 0, i, sentence)?;
        if end == i || !self.in_scope(text, i) {
            return None;
        }
        Some(Match { tokens: i..end })
    }

    fn in_scope(&self, text: &Text, i: usize) -> bool {
        if self.unless_question && text.in_question(i) {
            return false;
        }
        self.unless_after.iter().all(|&(class, n)| {
            let first = text.clauses[text.tokens[i].clause].start;
            !text.any_in(i.saturating_sub(n).max(first)..i, class)
        })
    }

    /// Every match, left to right, none overlapping.
    pub fn find_iter<'t>(&'t self, text: &'t Text<'t>) -> impl Iterator<Item = Match> + 't {
        let mut i = 0;
        // The sentence found to hold every class the pattern needs, asked once a sentence.
        let mut open = usize::MAX;
        std::iter::from_fn(move || {
            while i < text.tokens.len() {
                let sentence = text.tokens[i].sentence;
                if sentence != open {
                    if !self.may_match_in(text, i) {
                        i = text.sentences[sentence].tokens.end;
                        continue;
                    }
                    open = sentence;
                }
                // A token's text in lower case starts with the same byte as its word.
                let first = text.lower.as_bytes()[text.tokens[i].span.start];
                if self
                    .first_bytes
                    .as_ref()
                    .is_some_and(|bytes| !bytes[usize::from(first)])
                {
                    i += 1;
                    continue;
                }
                if let Some(m) = self.matched_at(text, i) {
                    i = m.tokens.end;
                    return Some(m);
                }
                i += 1;
            }
            None
        })
    }

    /// Matches steps `s..` from token `i`: the end of the match.
    fn go(&self, text: &Text, s: usize, i: usize, sentence: usize) -> Option<usize> {
        let Some(step) = self.steps.get(s) else {
            return Some(i);
        };
        match step {
            Step::Optional(inner) => {
                for len in lengths(text, inner, i, sentence).as_slice() {
                    if let Some(end) = self.go(text, s + 1, i + len, sentence) {
                        return Some(end);
                    }
                }
                self.go(text, s + 1, i, sentence)
            }
            Step::Punct(marks) => {
                let gap = i.checked_sub(1).map_or("", |p| text.gap_after(p));
                if gap.contains(*marks) {
                    self.go(text, s + 1, i, sentence)
                } else {
                    None
                }
            }
            Step::Gap(n) => (0..=*n)
                .take_while(|k| *k == 0 || in_sentence(text, i + k - 1, sentence))
                .find_map(|k| self.go(text, s + 1, i + k, sentence)),
            step => lengths(text, step, i, sentence)
                .as_slice()
                .iter()
                .find_map(|len| self.go(text, s + 1, i + len, sentence)),
        }
    }
}

fn in_sentence(text: &Text, i: usize, sentence: usize) -> bool {
    text.tokens.get(i).is_some_and(|t| t.sentence == sentence)
}

/// The ways a single step can match at token `i`: token counts, longest first. At most two
/// (a phrase of a class, and its single word), kept inline: this runs for every token.
#[derive(Default)]
struct Lengths {
    lens: [usize; 2],
    n: usize,
}

impl Lengths {
    fn one(ok: bool) -> Self {
        Lengths {
            lens: [1, 0],
            n: usize::from(ok),
        }
    }

    fn push(&mut self, len: usize) {
        self.lens[self.n] = len;
        self.n += 1;
    }

    fn as_slice(&self) -> &[usize] {
        &self.lens[..self.n]
    }
}

fn lengths(text: &Text, step: &Step, i: usize, sentence: usize) -> Lengths {
    if !in_sentence(text, i, sentence) {
        return Lengths::default();
    }
    match step {
        // `Text::word` writes every apostrophe straight, as the patterns do.
        Step::Word(w) => Lengths::one(text.word(i) == *w),
        Step::Words(ws) => {
            let word = text.word(i);
            Lengths::one(ws.contains(&word))
        }
        Step::Class(c) => {
            let mut lens = Lengths::default();
            if let Some(len) = super::phrase_len(text, i, *c) {
                lens.push(len);
            }
            if text.is(i, *c) {
                lens.push(1);
            }
            lens
        }
        Step::Any => Lengths::one(true),
        Step::Mention => Lengths::one(text.tokens[i].mention),
        Step::Capital => Lengths::one(text.original(i).starts_with(char::is_uppercase)),
        Step::Optional(inner) => lengths(text, inner, i, sentence),
        Step::Gap(_) | Step::Punct(_) => Lengths { lens: [0, 0], n: 1 },
    }
}

#[cfg(test)]
mod tests {
    use super::Pattern;
    use crate::rules::common::C;
    use crate::text::Text;

    fn found(p: &Pattern, src: &str) -> Vec<String> {
        let text = Text::classified(src);
        p.find_iter(&text).map(|m| src[m.span(&text)].to_string()).collect()
    }

    #[test]
    fn sequences_gaps_and_options() {
        let p = Pattern::new()
            .word("namens")
            .opt_words(&["de", "het"])
            .word("universiteit");
        assert_eq!(
            found(&p, "Namens de universiteit en namens universiteit."),
            ["Namens de universiteit", "namens universiteit"]
        );
        let p = Pattern::new().word("foto").gap(2).word("collega");
        assert_eq!(
            found(&p, "foto van mijn collega; foto van al mijn collega"),
            ["foto van mijn collega"]
        );
    }

    #[test]
    fn matches_stay_in_their_sentence() {
        let p = Pattern::new().word("namens").gap(3).word("universiteit");
        assert!(found(&p, "Namens ons. De universiteit").is_empty());
    }

    #[test]
    fn negation_and_question_scopes() {
        let p = Pattern::new()
            .word("namens")
            .word("universiteit")
            .unless_negated(3)
            .unless_question();
        assert!(found(&p, "Ik spreek niet namens universiteit.").is_empty());
        assert!(found(&p, "Spreek jij namens universiteit?").is_empty());
        assert_eq!(
            found(&p, "Niet te geloven; namens universiteit: dank!"),
            ["namens universiteit"]
        );
    }

    #[test]
    fn classes_match_words_forms_and_phrases() {
        let p = Pattern::new().class(C::Negation);
        assert_eq!(found(&p, "I don’t know, niet echt"), ["don’t", "niet"]);
    }
}
