//! The features the sentence classifier sees: hashed word unigrams and bigrams, character
//! 4- and 5-grams within words, the lexicon classes of each word, and tokens for links,
//! mentions, numbers and a few symbols.
//!
//! Training and checking call the same function on the same [`Text`], so a sentence means
//! the same to both. Words come lower-cased from [`Text`]; here accents are folded
//! ("één" → "een") and digits become `0`, runs of digits one `0` ("2024", "70" → "0"), so
//! that spelling variants and numbers share their weights.
//!
//! Word features weigh [`WORD_WEIGHT`] times a character n-gram: on held-out sentences that
//! beat equal weights, and 3-grams (too common to tell anything) did worse than none.

use crate::text::{EntityKind, Text};
use std::ops::Range;

/// How much a word or token feature counts against one character n-gram.
pub const WORD_WEIGHT: i32 = 3;

/// A feature hash's bit 1 says whether it is a word feature (weight [`WORD_WEIGHT`]) or a
/// character n-gram (weight 1); bit 0 is its sign and the top bits its bucket.
const WORD_BIT: u32 = 2;

/// The weight of a feature hash made by [`extract`].
#[inline]
pub fn weight(hash: u32) -> i32 {
    if hash & WORD_BIT != 0 {
        WORD_WEIGHT
    } else {
        1
    }
}

/// Feature families get different seeds, so "we" the word and "we" the 2-gram differ.
const SEED_WORD: u32 = 0x811c_9dc5;
const SEED_BIGRAM: u32 = 0x2f69_3b7d;
const SEED_CHARS: u32 = 0x5bd1_e995;
const SEED_CLASS: u32 = 0x3c6e_f372;

/// Tokens standing for things that are not words; none of them can be a folded word.
const LINK: &str = "<link>";
const EMAIL: &str = "<email>";
const MENTION: &str = "<mention>";
const IDENTIFIER: &str = "<doi>";
const EMOJI: &str = "<emoji>";
const START: &str = "<s>";
const END: &str = "</s>";

/// One step of 32-bit FNV-1a over a whole `u32` (a character or a hash).
#[inline]
fn step(h: u32, x: u32) -> u32 {
    (h ^ x).wrapping_mul(0x0100_0193)
}

/// Murmur3's finaliser: spreads FNV's weak low bits over the whole word.
#[inline]
fn mix(mut h: u32) -> u32 {
    h ^= h >> 16;
    h = h.wrapping_mul(0x85eb_ca6b);
    h ^= h >> 13;
    h = h.wrapping_mul(0xc2b2_ae35);
    h ^ (h >> 16)
}

/// A Latin letter without its accent; other characters unchanged. Covers Dutch, English,
/// German and French spelling ("één", "geïnteresseerd", "café", "naïve", "Müller").
pub fn fold(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ĳ' => 'i',
        'ñ' | 'ń' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' => 'u',
        'ý' | 'ÿ' => 'y',
        'š' | 'ś' => 's',
        'ž' | 'ź' | 'ż' => 'z',
        _ => c,
    }
}

/// The characters of a word as the features see it, between the markers `<` and `>`:
/// folded, digit runs as one `0`.
fn normalise(word: &str, out: &mut Vec<char>) {
    out.clear();
    out.push('<');
    for c in word.chars() {
        if c.is_numeric() {
            if out.last() != Some(&'0') {
                out.push('0');
            }
        } else {
            out.push(fold(c));
        }
    }
    out.push('>');
}

fn hash_chars(seed: u32, chars: &[char]) -> u32 {
    chars.iter().fold(seed, |h, &c| step(h, c as u32))
}

fn hash_str(seed: u32, s: &str) -> u32 {
    s.chars().fold(seed, |h, c| step(h, c as u32))
}

/// Symbols that carry meaning in a post: a percentage or an amount is a claim, a question
/// is not, an exclamation or an emoji sets the tone.
fn symbol_token(c: char) -> Option<&'static str> {
    match c {
        '%' => Some("%"),
        '€' | '$' | '£' => Some("€"),
        '?' => Some("?"),
        '!' => Some("!"),
        ':' => Some(":"),
        '"' | '“' | '”' | '„' => Some("\""),
        '(' => Some("("),
        // Emoji and pictographs; not the joiners and variation selectors inside them.
        '\u{2190}'..='\u{2BFF}' | '\u{1F000}'..='\u{1FAFF}' => Some(EMOJI),
        _ => None,
    }
}

/// Reusable buffers, so that checking a post allocates once.
#[derive(Default)]
pub struct Scratch {
    chars: Vec<char>,
    /// The sentence's word hashes in order, for the bigrams.
    tokens: Vec<u32>,
}

/// Where the features go: training collects them (any `FnMut(u32)`), a check adds up their
/// weights as they come, storing none.
pub trait Sink {
    fn feature(&mut self, hash: u32);

    /// The features of the word `lower` (a word of the text, in lower case): its own and its
    /// character n-grams. One call per word, so that a check can add up a word's weights once
    /// and reuse them wherever the word recurs. Returns the word's hash, for the bigrams.
    fn word(&mut self, lower: &str, chars: &mut Vec<char>) -> u32 {
        word_features(lower, chars, &mut |h| self.feature(h))
    }
}

impl<F: FnMut(u32)> Sink for F {
    fn feature(&mut self, hash: u32) {
        self(hash)
    }
}

/// The features of one word (see [`Sink::word`]), to `out`; returns the word's hash.
pub fn word_features(lower: &str, chars: &mut Vec<char>, out: &mut impl FnMut(u32)) -> u32 {
    normalise(lower, chars);
    let hash = emit_word(chars, out);
    // Looked up without accents, as the other features see the word.
    if lower.chars().any(|c| fold(c) != c) {
        class_features(&lower.chars().map(fold).collect::<String>(), out);
    } else {
        class_features(lower, out);
    }
    hash
}

/// One feature for each lexicon class the word is in (`rules/lexicon/*.txt`), so that what
/// the rules know about words reaches the classifier too: "hartinfarct" and "burn-out" share
/// the feature of the conditions class, "the Hortus" and "LUMC" that of the institution, and
/// a condition no training sentence named still weighs like the ones they did. (On blind
/// rounds held out from training, this removed one false flag in six at the same recall.)
/// Profanity's classes are left out: curses are the rules' work. A lexicon edit changes
/// these features, so the weights are retrained with it.
fn class_features(lower: &str, out: &mut impl FnMut(u32)) {
    let index = crate::phrase::index();
    let Some(entry) = index.lookup(lower, false, &mut crate::phrase::Scratch::default()) else {
        return;
    };
    for &class in entry.classes() {
        let (lexicon, name) = index.name(crate::phrase::Class(class));
        if lexicon != "profanity" {
            out(mix(hash_str(hash_str(SEED_CLASS, lexicon), name)) | WORD_BIT);
        }
    }
}

/// Hands each hashed feature of `text.src[range]` to `out` and returns the number of real
/// words in it (entities and symbols not counted). Linear in the range's length.
pub fn extract(text: &Text, range: Range<usize>, scratch: &mut Scratch, out: &mut impl Sink) -> usize {
    let Scratch { chars, tokens } = scratch;
    tokens.clear();
    tokens.push(hash_str(SEED_WORD, START));
    let mut words = 0;
    let src = text.src;
    // Entities are sorted and disjoint: the first that ends after the range's start, found by
    // halving rather than by walking past every entity of the sentences before.
    let first = text.entities.partition_point(|e| e.span.end <= range.start);
    let mut entities = text.entities[first..]
        .iter()
        .take_while(|e| e.span.start < range.end)
        .peekable();
    let mut word_iter = text.words_in(&range).iter().peekable();
    // Walk the range once: words and entities in order, symbols between them.
    let mut at = range.start;
    while at < range.end {
        if let Some(e) = entities.next_if(|e| e.span.start <= at) {
            match e.kind {
                EntityKind::Url => emit_token(LINK, out, tokens),
                EntityKind::Email => emit_token(EMAIL, out, tokens),
                EntityKind::Mention => emit_token(MENTION, out, tokens),
                EntityKind::Identifier => emit_token(IDENTIFIER, out, tokens),
                EntityKind::Hashtag => {
                    // The tag's words mean what they say: "#confidential", "#lekker".
                    let body = src.get(e.span.start + 1..e.span.end).unwrap_or("");
                    tokens.push(word_features(&body.to_lowercase(), chars, &mut |h| out.feature(h)));
                }
            }
            at = e.span.end.max(at + 1);
            while !src.is_char_boundary(at) && at < src.len() {
                at += 1;
            }
            continue;
        }
        if let Some(w) = word_iter.next_if(|w| w.span.start <= at) {
            tokens.push(out.word(&w.lower, chars));
            words += 1;
            at = w.span.end.max(at + 1);
            while !src.is_char_boundary(at) && at < src.len() {
                at += 1;
            }
            continue;
        }
        let Some(c) = src.get(at..).and_then(|s| s.chars().next()) else {
            break;
        };
        if let Some(token) = symbol_token(c) {
            emit_token(token, out, tokens);
        }
        at += c.len_utf8();
    }
    tokens.push(hash_str(SEED_WORD, END));
    for pair in tokens.windows(2) {
        out.feature(mix(step(step(SEED_BIGRAM, pair[0]), pair[1])) | WORD_BIT);
    }
    words
}

/// A word (between its markers in `chars`): its own feature and its character n-grams.
/// Returns the word's hash.
fn emit_word(chars: &[char], out: &mut impl FnMut(u32)) -> u32 {
    let inner = chars.get(1..chars.len().saturating_sub(1)).unwrap_or(&[]);
    let h = hash_chars(SEED_WORD, inner);
    out(mix(h) | WORD_BIT);
    char_grams(chars, out);
    h
}

fn emit_token(token: &str, out: &mut impl Sink, tokens: &mut Vec<u32>) {
    let h = hash_str(SEED_WORD, token);
    out.feature(mix(h) | WORD_BIT);
    tokens.push(h);
}

/// Character 4- and 5-grams of `<word>` (markers included): "<wij", "<wij>", "wij>".
/// One pass: the hash of a 5-gram passes through that of its 4-gram prefix.
fn char_grams(chars: &[char], out: &mut impl FnMut(u32)) {
    if chars.len() > 42 {
        return; // not a word: a pasted token or a long run of letters
    }
    for start in 0..chars.len().saturating_sub(3) {
        let h = chars[start..start + 4]
            .iter()
            .fold(SEED_CHARS, |h, &c| step(h, c as u32));
        out(mix(h) & !WORD_BIT);
        if let Some(&c) = chars.get(start + 4) {
            out(mix(step(h, c as u32)) & !WORD_BIT);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn features(s: &str) -> (Vec<u32>, usize) {
        let text = Text::new(s);
        let mut out = Vec::new();
        let words = extract(&text, 0..s.len(), &mut Scratch::default(), &mut |h| out.push(h));
        (out, words)
    }

    #[test]
    fn accents_case_and_digits_do_not_change_the_features() {
        assert_eq!(features("Één café in 2024"), features("een cafe in 7"));
    }

    #[test]
    fn links_and_mentions_are_tokens_not_words() {
        let (a, words) = features("zie https://example.org/a.b.c en @jan");
        assert_eq!(words, 2);
        assert_eq!(a, features("zie https://other.example/x en @piet").0);
    }

    #[test]
    fn features_are_linear_in_the_text() {
        let (one, _) = features("Dit is een zin met tien woorden voor een test.");
        let (many, _) = features(&"Dit is een zin met tien woorden voor een test. ".repeat(10));
        assert!(many.len() < one.len() * 11);
    }

    #[test]
    fn any_range_on_char_boundaries_is_safe() {
        let s = "🎉 Wij 🙈 #geheim, zie www.x.nl!";
        let text = Text::new(s);
        let bounds: Vec<usize> = s.char_indices().map(|(i, _)| i).chain([s.len()]).collect();
        for &a in &bounds {
            for &b in bounds.iter().filter(|&&b| b >= a) {
                extract(&text, a..b, &mut Scratch::default(), &mut |_| {});
            }
        }
    }
}
