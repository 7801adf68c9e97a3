//! The phrase layer, shared by every rule: lexicons as data ([`lexicon`]), a normal form
//! for inflected words ([`norm`]) and a small pattern builder ([`Pattern`]) matched on the
//! tokens of [`crate::text::Text`], with negation and question scopes.
//!
//! A rule then declares its words in `rules/lexicon/<rule>.txt`, its phrases as patterns,
//! and keeps in code only the grammar that needs it.

pub mod lexicon;
pub mod norm;
mod pattern;

pub use lexicon::{index, Class, Entry, Index, Lexicon, Scratch};
pub use pattern::{Match, Pattern};

use crate::text::Text;

pub use crate::rules::common;

/// `word` (in lower case, any string) is in `class` on its own: for parts of compounds.
pub fn is_word(word: &str, class: impl Into<Class>) -> bool {
    let class = class.into();
    index()
        .lookup(word, word.starts_with('@'), &mut Scratch::default())
        .is_some_and(|e| e.classes().contains(&class.0))
}

/// The length of the longest phrase of `class` starting at token `i` (two tokens or more,
/// all in the sentence of token `i`).
pub fn phrase_len(text: &Text, i: usize, class: Class) -> Option<usize> {
    text.phrases_at(i)
        .iter()
        .filter(|(c, _)| *c == class.0)
        .map(|&(_, len)| usize::from(len))
        .max()
}

/// The words after token `i` are `rest` (by their lexicon ids), in the sentence of token `i`.
pub(crate) fn rest_matches(text: &Text, i: usize, rest: &[u32]) -> bool {
    let sentence = text.tokens[i].sentence;
    rest.iter().enumerate().all(|(k, id)| {
        text.tokens
            .get(i + 1 + k)
            .filter(|t| t.sentence == sentence)
            .and_then(|t| t.entry)
            .is_some_and(|e| e.id() == *id)
    })
}
