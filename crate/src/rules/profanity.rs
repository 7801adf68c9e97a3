//! # profanity
//!
//! **What it catches:** curses and insults in Dutch and English: whole words ("fuck",
//! "bullshit", "klootzak", "godverdomme"), Dutch compounds ("kutweer", "klotedag",
//! "kut-opmerking", "kleredag"), the Dutch disease curses ("kankerzooi", "teringherrie",
//! "tyfuslijer", "tering!", "pleuris", "kanker druk", "krijg de tyfus", "krijg de pest")
//! and masked spellings ("f*ck", "sh*t"); name-calling, a person labelled with an insult
//! ("Wat een amateur.", "he is an ignorant clown", "a spineless bureaucrat", "een stelletje
//! prutsers") or talked about as a body ("een lekker ding").
//!
//! **Why (tip 4):** *Respecteer je publiek. Denk na voordat je iets online zet. Check of
//! het jezelf, je moeder of de universiteit in verlegenheid kan brengen.* A curse
//! embarrasses the writer and, through them, the university.
//!
//! **Not flagged:** the medical, scientific and historical use of disease words
//! ("kankerpatiënten", "kankeronderzoek", "borstkanker", "tyfusvaccinatie", "hij stierf
//! aan de tering", "de tering naar de nering zetten"); curses hidden inside other words
//! ("classic", "passage", "Dickensian", "grasshopper", "Scunthorpe", "assessment",
//! "cocktail", "Sussex", "therapist", "Kutaisi", "Shitake", "klerenkast"); words in URLs
//! and hashtags; look-alikes in their innocent sense: "Dick" as a name ("Dick Schoof",
//! "Moby Dick"), a "needle prick" or "skin prick test", a "bitch" and her puppies,
//! "William the Bastard", "hoer" in a history of prostitution, "eikels" under an oak,
//! a "retarded potential" in physics, "Ass. Prof.", "lullig"; a curse quoted on its own
//! or in a short quoted title (('kanker', 'tyfus'), Frankfurt's 'On Bullshit'). Mild words
//! ("verdomme", "damn", "bloody") are left alone.
//!
//! **Examples**
//! - ✗ `Wat een kutweer vandaag.` → `Wat een rotweer vandaag.`
//! - ✗ `This is bullshit.` → `This is nonsense.`
//! - ✗ `Wat een kankerzooi op de A4.` → `Wat een rotzooi op de A4.`
//! - ✗ `Krijg de tyfus!`
//! - ✗ `Onze nieuwe decaan is een ruggengraatloze bureaucraat.`
//! - ✓ `My father is an amateur astronomer.`
//! - ✓ `Nieuw onderzoek naar borstkanker bij kankerpatiënten in het LUMC.`
//! - ✓ `In de negentiende eeuw stierven velen aan de tering.`
//! - ✓ `Moby Dick is a classic passage in every syllabus.`
//! - ✓ `In the seminar Frankfurt's 'On Bullshit' came up, obviously.`

use super::{Rule, RuleMeta};
use crate::diagnostic::{Finding, Localized, Severity};
use crate::phrase::{self, lexicon, Pattern};
use crate::text::{LazyRegex, Text};
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::ops::Range;
use std::sync::OnceLock;

pub struct Profanity;
pub static RULE: Profanity = Profanity;

static META: RuleMeta = RuleMeta {
    id: "profanity",
    tip: 4,
    severity: Severity::Warning,
    title: Localized::new("Grof taalgebruik", "Profanity"),
    description: Localized::new(
        "Vloeken, scheldwoorden en ziekteverwensingen, in het Nederlands en Engels.",
        "Curses, insults and disease curses, in Dutch and English.",
    ),
};

const MESSAGE: Localized = Localized::new(
    "Grof taalgebruik kan jou en de universiteit in verlegenheid brengen. Kies een neutraal woord of laat het weg.",
    "Coarse language can embarrass you and the university. Choose a neutral word or leave it out.",
);

const NAME_CALLING_MESSAGE: Localized = Localized::new(
    "Iemand uitschelden of op uiterlijk beoordelen schaadt jou en de universiteit. Noem de zaak, niet de persoon.",
    "Calling someone names or judging their looks embarrasses you and the university. Name the issue, not the person.",
);

const CURSE_MESSAGE: Localized = Localized::new(
    "Iemand een ziekte toewensen is grof en kwetsend. Laat deze verwensing weg.",
    "Wishing a disease on someone is coarse and hurtful. Leave this curse out.",
);

crate::lexicon!("profanity" {
    Always = "always",
    Ambiguous = "ambiguous",
    CursePrefixes = "curse-prefixes",
    Innocent = "innocent",
    Diseases = "diseases",
    CurseNouns = "curse-nouns",
    RotNouns = "rot-nouns",
    Intensified = "intensified",
    IntensifiedAlone = "intensified-alone",
    MedicalContext = "medical-context",
    Interjections = "interjections",
    KrijgHard = "krijg-hard",
    KrijgSoft = "krijg-soft",
    KrijgFillers = "krijg-fillers",
    DogContext = "dog-context",
    BastardContext = "bastard-context",
    HistoryContext = "history-context",
    AcornContext = "acorn-context",
    DonkeyContext = "donkey-context",
    Dostoevsky = "dostoevsky",
    PrickBefore = "prick-before",
    RetardedAfter = "retarded-after",
    RetardBefore = "retard-before",
    MedicalHalves = "medical-halves",
    LabelNouns = "label-nouns",
    LabelAdjectives = "label-adjectives",
    People = "people",
    Sexualised = "sexualised",
    ModifiersToo = "modifiers-too",
});

/// The lexicon's lists that the rule reads as strings: replacements and compound parts.
struct Lists {
    /// Each curse that is always one, with its milder word ("" for none).
    always: HashMap<&'static str, &'static str, BuildHasherDefault<lexicon::Fnv>>,
    prefixes: Vec<&'static str>,
    diseases: Vec<&'static str>,
    /// The first bytes of the prefixes and diseases: most words start with none of them.
    first_bytes: [bool; 256],
}

impl Lists {
    /// `lower` may start with a curse prefix or a disease (a cheap test before the lists).
    fn may_start_curse(&self, lower: &str) -> bool {
        lower.bytes().next().is_some_and(|b| self.first_bytes[usize::from(b)])
    }
}

fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| {
        // The file read once for the three classes (this runs on the first check).
        let lines = lexicon::parse(&LEXICON).unwrap_or_default();
        let of = |c: C| {
            (lines.iter())
                .filter(move |l| l.class == c as usize)
                .map(|l| (l.entry.trim_start_matches('='), l.value))
        };
        let words = |c: C| of(c).map(|(w, _)| w).collect::<Vec<_>>();
        let (prefixes, diseases) = (words(C::CursePrefixes), words(C::Diseases));
        let mut first_bytes = [false; 256];
        for w in prefixes.iter().chain(&diseases) {
            if let Some(b) = w.bytes().next() {
                first_bytes[usize::from(b)] = true;
            }
        }
        Lists {
            always: of(C::Always).map(|(w, v)| (w, v.unwrap_or(""))).collect(),
            prefixes,
            diseases,
            first_bytes,
        }
    })
}

/// `to` with the first letter of `like` in the same case.
fn same_case(like: &str, to: &str) -> String {
    if like.starts_with(char::is_uppercase) {
        let mut chars = to.chars();
        chars
            .next()
            .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
    } else {
        to.to_string()
    }
}

/// A word quoted on its own or in a short quoted title ("Dutch swears with diseases
/// ('kanker', 'tering')", "Frankfurt's 'On Bullshit'") is mentioned, not used: talking
/// about a curse is no curse.
fn quoted_alone(src: &str, span: &Range<usize>) -> bool {
    const WORDS: usize = 3;
    // Back to the opening quote, at most WORDS words away and within the sentence.
    let mut words = 1;
    let mut open = None;
    let mut back = src[..span.start].chars().rev().take(40).peekable();
    while let Some(c) = back.next() {
        match c {
            // An opening quote, not an apostrophe in a word ("It's").
            '\'' | '‘' | '"' | '“' | '‚' if !back.peek().is_some_and(|p| p.is_alphabetic()) => {
                open = Some(c);
                break;
            }
            '.' | '!' | '?' | '\n' | '’' | '”' => return false,
            ' ' => words += 1,
            _ => {}
        }
    }
    let Some(open) = open else { return false };
    let mut chars = src[span.end..].chars().take(40).peekable();
    while let Some(c) = chars.next() {
        match c {
            // A closing quote, not an apostrophe in a word ("don't").
            '\'' | '’' | '"' | '”' if !chars.peek().is_some_and(|n| n.is_alphabetic()) => {
                let pair = matches!((open, c), ('\'' | '‘' | '‚', '\'' | '’') | ('"' | '“', '"' | '”'));
                return pair && words <= WORDS;
            }
            '.' | '!' | '?' | '\n' | '‘' | '“' => return false,
            ' ' => {
                words += 1;
                if words > WORDS {
                    return false;
                }
            }
            _ => {}
        }
    }
    false
}

/// True when token `i` opens its sentence (interjections such as "ach" may come first).
fn opens_sentence(text: &Text, i: usize) -> bool {
    let before = text.before(i, 3);
    let opens = before.start == text.sentences[text.tokens[i].sentence].tokens.start;
    opens && before.into_iter().all(|k| text.is(k, C::Interjections))
}

fn is_lowercase(s: &str) -> bool {
    !s.chars().any(char::is_uppercase)
}

/// A disease word standing alone: a curse only when used as one.
fn disease_alone_is_curse(text: &Text, i: usize) -> bool {
    let w = text.word(i);
    let next_word = text.ahead(i, 1);
    let rest = text.gap_after(i).trim_start_matches([' ', '\t']);
    let exclaims = rest.starts_with('!') || matches!(next_word, Some("zeg" | "joh" | "man"));
    // "Kanker op!", "tyfus op met je gezeik"
    let go_away = next_word == Some("op")
        && text
            .ahead(i, 2)
            .map_or(true, |n| matches!(n, "jij" | "joh" | "man" | "met" | "nou" | "jullie"));
    if go_away || (exclaims && opens_sentence(text, i)) {
        return true;
    }
    if text.sentence_has(i, C::MedicalContext) {
        return false;
    }
    // "de tyfus in hebben", "de pleuris breekt uit"
    if text.back(i, 1) == Some("de") && matches!(next_word, Some("in" | "uit" | "breekt" | "uitbreken")) {
        return true;
    }
    if text.same_sentence(i, i + 1) && (text.is(i + 1, C::IntensifiedAlone) || text.is(i + 1, C::CurseNouns)) {
        return true;
    }
    match w {
        // Rarely anything but a curse today; the medical context was ruled out above.
        "tering" | "pleuris" => {
            opens_sentence(text, i) || rest.starts_with([',', '!']) || text.back(i, 1) != Some("de")
        }
        _ => false,
    }
}

/// Decides an ambiguous word by its neighbours.
fn in_curse_sense(text: &Text, i: usize) -> bool {
    let original = text.original(i);
    let p = text.back(i, 1);
    let n = text.ahead(i, 1);
    let before = |c: C| text.same_sentence(i, i.wrapping_sub(1)) && text.is(i - 1, c);
    let after = |c: C| text.same_sentence(i, i + 1) && text.is(i + 1, c);
    match text.word(i) {
        // "Dick Schoof", "Moby Dick", "Philip K. Dick": a name is capitalised.
        "dick" | "dicks" => is_lowercase(original) && p != Some("moby"),
        "prick" | "pricks" => before(C::PrickBefore) && !matches!(n, Some("test" | "tests" | "testing" | "of" | "up")),
        "bitch" | "bitches" => !text.sentence_has(i, C::DogContext),
        "bastard" | "bastards" => !original.starts_with(char::is_uppercase) && !text.sentence_has(i, C::BastardContext),
        "hoer" | "hoeren" => !text.sentence_has(i, C::HistoryContext),
        "eikel" | "eikels" => !text.sentence_has(i, C::AcornContext),
        // "pain in the ass", "kiss my ass"; not "Ass. Prof." nor Balaam's ass.
        "ass" => {
            let acronym = original.chars().all(|c| c.is_uppercase());
            let abbreviation = original.starts_with(char::is_uppercase) && text.gap_after(i).starts_with('.')
                || matches!(n, Some("prof" | "professor" | "director"));
            !(acronym || abbreviation || text.sentence_has(i, C::DonkeyContext))
        }
        "retarded" => !after(C::RetardedAfter),
        "retard" | "retards" => before(C::RetardBefore),
        // "The Idiot" (Dostoevsky), "idiot-proof", "idiot savant".
        "idiot" | "idiots" | "idioot" | "idioten" => {
            // "Dat is idioot": a thing called absurd, not a person insulted.
            let about_a_thing =
                matches!(p, Some("is" | "was")) && matches!(text.back(i, 2), Some("het" | "dat" | "dit"));
            let title = original.starts_with(char::is_uppercase) && matches!(p, Some("the" | "de"))
                || text.sentence_has(i, C::Dostoevsky);
            !(title || about_a_thing || matches!(n, Some("proof" | "savant" | "savants")))
        }
        // The people of Mongolia are capitalised; the slur is not.
        "mongool" | "mongolen" => is_lowercase(original),
        "lul" => is_lowercase(original) || opens_sentence(text, i),
        // The Swiss town and airport.
        "kloten" => is_lowercase(original),
        _ => disease_alone_is_curse(text, i),
    }
}

/// A curse compound: its suggestion ("" for none), or None when the word is not one.
/// `name_like`: capitalised in mid-sentence, as surnames such as "Kuttner" are (asked only
/// of a word that starts like a curse).
fn compound(original: &str, lower: &str, name_like: impl Fn() -> bool) -> Option<String> {
    let l = lists();
    if lower.len() < 5 || !l.may_start_curse(lower) {
        return None;
    }
    // Most words start like no curse: they skip the look-up of the innocent words.
    let curse_start = l.prefixes.iter().chain(&l.diseases).any(|p| lower.starts_with(p));
    if !curse_start || phrase::is_word(lower, C::Innocent) {
        return None;
    }
    for p in &l.prefixes {
        if let Some(rest) = lower.strip_prefix(p) {
            // "kleren", "klerenkast" are clothes; a capitalised "Kutuzov" is a name.
            let clothes = (p.starts_with("kl") || p.starts_with("ko") || p.starts_with("ke")) && rest.starts_with('n');
            if rest.chars().count() < 3 || clothes || (*p == "kut" && name_like()) {
                continue;
            }
            if *p == "fuck" {
                return Some(String::new());
            }
            return Some(same_case(original, &format!("rot{rest}")));
        }
    }
    for p in &l.diseases {
        if let Some(rest) = lower.strip_prefix(p) {
            let rot = phrase::is_word(rest, C::RotNouns);
            if phrase::is_word(rest, C::CurseNouns) || rot {
                return Some(if rot {
                    same_case(original, &format!("rot{rest}"))
                } else {
                    String::new()
                });
            }
            if phrase::is_word(rest, C::Intensified) {
                return Some(same_case(original, &format!("heel {rest}")));
            }
        }
    }
    None
}

/// "Die tyfusprinter", "wat een teringweek": a disease word before any thing that is not
/// medicine, pointed at as "die", "deze" or "wat een", in a sentence without medicine.
fn pointed_compound(text: &Text, i: usize) -> bool {
    let lower = text.word(i);
    let l = lists();
    // The word first: few start with a disease.
    let compound = l.may_start_curse(lower)
        && l.diseases.iter().any(|d| {
            lower.strip_prefix(d).is_some_and(|rest| {
                rest.chars().count() >= 4
                    && rest.chars().all(char::is_alphabetic)
                    && !phrase::is_word(rest, C::MedicalHalves)
            })
        });
    let pointed = || {
        matches!(text.back(i, 1), Some("die" | "deze" | "dat" | "dit" | "zo'n"))
            || text.back(i, 1) == Some("een") && text.back(i, 2) == Some("wat")
    };
    compound && pointed() && !text.sentence_has(i, C::MedicalContext)
}

/// "krijg de tyfus", "Krijg de pest!": the tokens of each such wish, from "krijg" to the disease.
fn krijg_curses(text: &Text) -> Vec<Range<usize>> {
    let mut wishes = Vec::new();
    for i in 0..text.tokens.len() {
        // The length first: a token's lower case is as long as its text unless it has a curly quote.
        if text.tokens[i].span.len() != "krijg".len() || text.word(i) != "krijg" {
            continue;
        }
        let command = opens_sentence(text, i) || matches!(text.back(i, 1), Some("jij" | "ga" | "toch" | "nou"));
        let mut j = i + 1;
        let mut article = false;
        while text.same_sentence(i, j) && text.is(j, C::KrijgFillers) && j <= i + 4 {
            article |= matches!(text.word(j), "de" | "het" | "een");
            j += 1;
        }
        if !text.same_sentence(i, j) {
            continue;
        }
        let hard = text.is(j, C::KrijgHard) && (command || article);
        let soft = text.is(j, C::KrijgSoft) && command;
        if hard || soft {
            wishes.push(i..j + 1);
        }
    }
    wishes
}

/// Words after a label that keep it a label of the person ("what a clown, honestly", "een
/// stelletje amateurs die …"). Before any other word, a label that may also modify a noun
/// modifies it ("an amateur astronomer"), and an adjective said of people says what they are
/// like in something ("ignorant of the rules").
const AFTER_LABEL: &[&str] = &[
    "and", "en", "who", "die", "that", "dat", "but", "maar", "as", "als", "with", "met", "trouwens", "honestly",
    "really", "echt", "hoor", "zeg", "joh", "all", "allemaal",
];

/// A label ends its clause or goes on with a word of [`AFTER_LABEL`].
fn ends_label(text: &Text, last: usize) -> bool {
    !text.same_clause(last, last + 1) || text.ahead(last, 1).is_some_and(|w| AFTER_LABEL.contains(&w))
}

/// Name-calling: a person labelled with an insult ("Wat een amateur.", "He is an ignorant
/// clown", "the dean is a spineless bureaucrat", "Nutteloze vent.", "mijn studenten zijn lui en
/// dom") or talked about as a body ("een lekker ding"). The tokens of each label.
fn name_calling(text: &Text) -> Vec<Range<usize>> {
    static PATTERNS: OnceLock<[Pattern; 4]> = OnceLock::new();
    let [label, insulted_person, said_of_people, sexualised] = PATTERNS.get_or_init(|| {
        const LEADS: &[&str] = &[
            "what",
            "such",
            "wat",
            "is",
            "are",
            "was",
            "were",
            "zijn",
            "bent",
            "ben",
            "he's",
            "she's",
            "they're",
            "you're",
            "bunch",
            "stelletje",
            "stel",
            "zo'n",
        ];
        const COPULAS: &[&str] = &["is", "are", "was", "were", "zijn", "waren"];
        [
            // "what a (bunch of) (spineless) clowns", "is a brain-dead clown"
            Pattern::new()
                .words(LEADS)
                .gap(2)
                .opt_class(C::LabelAdjectives)
                .class(C::LabelNouns)
                .unless_negated(3),
            // "a spineless bureaucrat", "Pathetic little man"
            Pattern::new()
                .class(C::LabelAdjectives)
                .gap(1)
                .class(C::People)
                .unless_negated(3),
            // "Mijn studenten zijn allemaal lui en dom."
            Pattern::new()
                .class(C::People)
                .words(COPULAS)
                .opt_words(&["all", "allemaal", "so", "zo", "echt", "really", "totally", "compleet"])
                .class(C::LabelAdjectives)
                .unless_negated(3),
            Pattern::new().class(C::Sexualised),
        ]
    });
    let mut found: Vec<Range<usize>> = Vec::new();
    let mut keep = |tokens: Range<usize>| {
        if !found.iter().any(|f| f.start < tokens.end && tokens.start < f.end) {
            found.push(tokens);
        }
    };
    for m in label.find_iter(text) {
        let last = m.tokens.end - 1;
        if !text.is(last, C::ModifiersToo) || ends_label(text, last) {
            // The label, not the words that lead into it.
            let first = (m.tokens.start..last)
                .find(|&k| text.is(k, C::LabelAdjectives))
                .unwrap_or(last);
            keep(first..m.tokens.end);
        }
    }
    for m in insulted_person.find_iter(text) {
        keep(m.tokens);
    }
    // Only in sentences that hold both classes: a clause never leaves its sentence.
    for sentence in &text.sentences {
        let s = sentence.tokens.clone();
        if !(text.sentence_has(s.start, C::LabelAdjectives) && text.sentence_has(s.start, C::LabelNouns)) {
            continue;
        }
        for i in s.start + 1..s.end {
            if text.same_clause(i - 1, i) && text.is(i - 1, C::LabelAdjectives) && text.is(i, C::LabelNouns) {
                keep(i - 1..i + 1);
            }
        }
    }
    // "Clowns, all of them.": a label opening its sentence, on its own.
    for i in text.sentences.iter().map(|s| s.tokens.start) {
        if text.is(i, C::LabelNouns) && !text.is(i, C::ModifiersToo)
            || text.is(i, C::ModifiersToo) && ends_label(text, i)
        {
            keep(i..i + 1);
        }
    }
    for m in said_of_people.find_iter(text) {
        let last = m.tokens.end - 1;
        if ends_label(text, last) {
            keep(last..m.tokens.end);
        }
    }
    for m in sexualised.find_iter(text) {
        keep(m.tokens);
    }
    found
}

/// Masked curses such as "f*ck" and "sh*t": still read as curses. Lower case: matched on [`Text::lower`].
fn masked() -> &'static LazyRegex {
    static MASKED: OnceLock<LazyRegex> = OnceLock::new();
    MASKED.get_or_init(|| {
        let pattern = concat!(
            r"f(?:\*ck|\*\*k|\*\*\*|u\*k|\*\*)(?:ing|ed|er|ers)?",
            r"|sh\*t(?:ty)?|s\*\*t|b\*tch(?:es)?|k\*t[a-z]*|kl\*te[a-z]*|a\*\*hole"
        );
        LazyRegex::new(pattern.to_string())
    })
}

impl Rule for Profanity {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, text: &Text, out: &mut Vec<Finding>) {
        let wishes = krijg_curses(text);
        let mut in_wish = vec![false; text.tokens.len()];
        for w in &wishes {
            in_wish[w.clone()].iter_mut().for_each(|t| *t = true);
        }
        let always = &lists().always;
        for (i, wished) in in_wish.iter().enumerate() {
            let lower = text.word(i);
            if lower.len() < 3 || *wished || text.tokens[i].mention {
                continue;
            }
            let original = text.original(i);
            // "fuck's sake": a curse with a possessive is the curse. Every word of the list is in
            // the lexicon's class (a test holds it to that), so most words skip the look-up.
            let listed = (text.is(i, C::Always) || lower.contains('\''))
                .then(|| {
                    always
                        .get(lower)
                        .or_else(|| lower.strip_suffix("'s").and_then(|w| always.get(w)))
                })
                .flatten();
            let suggestion = if let Some(neutral) = listed {
                // "Crap." on its own is a sigh, as mild as "damn".
                let sigh = lower == "crap" && opens_sentence(text, i) && text.gap_after(i).starts_with(['.', '!', ',']);
                (!sigh).then(|| same_case(original, neutral))
            } else if text.is(i, C::Ambiguous) {
                in_curse_sense(text, i).then(|| {
                    // "kanker druk" → "heel druk"
                    let intensifies = phrase::is_word(lower, C::Diseases)
                        && text.same_sentence(i, i + 1)
                        && text.is(i + 1, C::IntensifiedAlone);
                    if intensifies {
                        same_case(original, "heel")
                    } else {
                        String::new()
                    }
                })
            } else {
                let name_like = || original.starts_with(char::is_uppercase) && !opens_sentence(text, i);
                compound(original, lower, name_like).or_else(|| pointed_compound(text, i).then(String::new))
            };
            // Asked last: it looks at the characters around the word, and most words are no curse.
            let Some(s) = suggestion.filter(|_| !quoted_alone(text.src, &text.tokens[i].span)) else {
                continue;
            };
            let finding = Finding::new(text.tokens[i].span.clone(), MESSAGE);
            out.push(if s.is_empty() { finding } else { finding.suggest(s) });
        }
        out.extend(
            wishes
                .into_iter()
                .map(|w| Finding::new(text.span(w.start, w.end - 1), CURSE_MESSAGE)),
        );
        out.extend(
            name_calling(text)
                .into_iter()
                .filter(|label| {
                    !out.iter().any(|f| {
                        f.span.start < text.tokens[label.end - 1].span.end
                            && text.tokens[label.start].span.start < f.span.end
                    })
                })
                .map(|label| Finding::new(text.span(label.start, label.end - 1), NAME_CALLING_MESSAGE))
                .collect::<Vec<_>>(),
        );
        if text.src.contains('*') {
            out.extend(text.find_lower(masked()).map(|span| Finding::new(span, MESSAGE)));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check;

    fn flagged(text: &str) -> Vec<String> {
        crate::rules::flagged_by("profanity", text)
    }

    fn suggested(text: &str) -> Vec<String> {
        check(text)
            .into_iter()
            .filter(|d| d.rule == "profanity")
            .flat_map(|d| d.suggestions)
            .collect()
    }

    #[test]
    fn every_listed_curse_is_in_its_class() {
        let missing: Vec<&str> = (super::lists().always.keys())
            .filter(|w| !crate::phrase::is_word(w, super::C::Always))
            .copied()
            .collect();
        assert!(missing.is_empty(), "not in the class \"always\": {missing:?}");
    }

    #[test]
    fn flags_curses_and_compounds() {
        assert_eq!(flagged("Wat een kutweer vandaag 🌧️"), ["kutweer"]);
        assert_eq!(flagged("This is bullshit, honestly."), ["bullshit"]);
        assert_eq!(flagged("Die kankerlijer van een buurman"), ["kankerlijer"]);
        assert_eq!(flagged("Weer zo'n kut-opmerking van een reviewer"), ["kut"]);
        assert_eq!(flagged("Wat een kankerzooi op de A4 vanochtend"), ["kankerzooi"]);
        assert_eq!(flagged("Teringherrie van de bouw naast het Lipsius"), ["Teringherrie"]);
        assert_eq!(flagged("Wat een klerezooi, die nieuwe roosters"), ["klerezooi"]);
        assert_eq!(flagged("Godverdomme, alweer een deadline."), ["Godverdomme"]);
        assert_eq!(flagged("Fucking hell, what a week."), ["Fucking"]);
        assert_eq!(flagged("That reviewer is a total prick."), ["prick"]);
        assert_eq!(flagged("Don't be a dick about it."), ["dick"]);
        assert_eq!(flagged("Wat een f*cking onzin"), ["f*cking"]);
        assert_eq!(flagged("Wat een idioot, die automobilist."), ["idioot"]);
        assert_eq!(flagged("Wat een achterlijke zak moet dat zijn"), ["achterlijke"]);
        // A curse quoted on its own is talked about, not used.
        assert!(flagged("Dutch swears with diseases ('kanker', 'tering'), which shocks visitors.").is_empty());
        assert!(flagged("Het woord “kut” staat nu in de Van Dale.").is_empty());
    }

    #[test]
    fn flags_name_calling_but_not_the_innocent_senses() {
        assert_eq!(
            flagged("Die nieuwe collega snapt er niks van. Wat een amateur."),
            ["amateur"]
        );
        assert_eq!(flagged("Honestly, the man is an ignorant clown."), ["ignorant clown"]);
        assert_eq!(
            flagged("The new dean is a spineless bureaucrat."),
            ["spineless bureaucrat"]
        );
        assert_eq!(flagged("Wat een stelletje prutsers daar bij ICT"), ["prutsers"]);
        assert_eq!(
            flagged("Die nieuwe postdoc is wel een lekker ding trouwens"),
            ["lekker ding"]
        );
        assert!(flagged("My father is an amateur astronomer.").is_empty());
        assert!(flagged("We hired a clown for the kids' party.").is_empty());
        assert!(flagged("I'm no amateur when it comes to R.").is_empty());
        assert!(flagged("Ze is geen amateur, ze speelt al twintig jaar.").is_empty());
    }

    #[test]
    fn flags_disease_compounds_pointed_at() {
        assert_eq!(
            flagged("Die tyfusprinter op de derde verdieping doet het weer niet"),
            ["tyfusprinter"]
        );
        assert_eq!(flagged("Die teringprinter is wéér kapot"), ["teringprinter"]);
        assert_eq!(flagged("Oh for fuck's sake, Overleaf is down."), ["fuck's"]);
        assert!(flagged("Deze kankerbehandeling is nieuw in het LUMC.").is_empty());
        assert!(flagged("Die tyfusepidemie van 1920 kostte veel levens.").is_empty());
        assert!(flagged("Crap. Spilled coffee all over my notebook.").is_empty());
    }

    #[test]
    fn flags_disease_curses() {
        assert_eq!(flagged("Krijg de tyfus!"), ["Krijg de tyfus"]);
        assert_eq!(
            flagged("Ach, krijg toch de pest met je regels."),
            ["krijg toch de pest"]
        );
        assert_eq!(flagged("Tering, wat is het druk in de trein."), ["Tering"]);
        assert_eq!(flagged("Het is kanker druk op de afdeling"), ["kanker"]);
        assert_eq!(flagged("Kanker op met je gezeik"), ["Kanker", "gezeik"]);
        assert_eq!(flagged("Toen brak de pleuris uit in de vergadering"), ["pleuris"]);
        assert_eq!(flagged("Wat een kankerdruk weekend"), ["kankerdruk"]);
    }

    #[test]
    fn suggests_a_neutral_word() {
        assert_eq!(suggested("Wat een Klotedag"), ["Rotdag"]);
        assert_eq!(suggested("Wat een kankerzooi"), ["rotzooi"]);
        assert_eq!(suggested("Het is kanker druk"), ["heel"]);
        assert_eq!(suggested("Wat een lulkoek"), ["onzin"]);
        assert_eq!(suggested("This is bullshit"), ["nonsense"]);
        assert!(suggested("Krijg de tyfus").is_empty());
    }

    #[test]
    fn leaves_medicine_and_history_alone() {
        assert!(flagged("Nieuw onderzoek naar kankerbestrijding en kankerpatiënten.").is_empty());
        assert!(flagged("Het LUMC zoekt kankerpatiënten voor kankeronderzoek naar borstkanker.").is_empty());
        assert!(flagged("Tyfusvaccinatie voor de reis; kanker is een ziekte.").is_empty());
        assert!(flagged("In de negentiende eeuw stierven velen aan de tering.").is_empty());
        assert!(flagged("Je moet de tering naar de nering zetten.").is_empty());
        assert!(flagged("Bij kanker veel voorkomende klachten: vermoeidheid.").is_empty());
        assert!(flagged("Ik ben eindelijk genezen van kanker!").is_empty());
        assert!(flagged("Vandaag is het Wereldkankerdag. Kanker raakt ons allemaal.").is_empty());
        assert!(flagged("Als ik kanker krijg, wil ik het weten.").is_empty());
        assert!(flagged("Ik krijg de pest in van die printer.").is_empty());
        assert!(flagged("Een proefschrift over hoeren en bordelen in de zeventiende eeuw.").is_empty());
    }

    #[test]
    fn leaves_innocent_look_alikes_alone() {
        assert!(flagged("A classic passage in a Dickensian novel about a grasshopper.").is_empty());
        assert!(flagged("Assessment in Scunthorpe and Sussex: a cocktail for every therapist.").is_empty());
        assert!(flagged("Conferentie in Kutaisi; Shitake-risotto; Kutuzov in War and Peace.").is_empty());
        assert!(flagged("Mijn klerenkast puilt uit en mijn kleren zijn nat.").is_empty());
        assert!(flagged("Premier Dick Schoof opende het congres. Moby Dick blijft een klassieker.").is_empty());
        assert!(flagged("A needle prick and a skin prick test for allergies.").is_empty());
        assert!(flagged("Our bitch had a litter of seven puppies.").is_empty());
        assert!(flagged("William the Bastard became king in 1066.").is_empty());
        assert!(flagged("In de herfst vallen de eikels van de eik.").is_empty());
        assert!(flagged("The retarded potential in electrodynamics.").is_empty());
        assert!(flagged("Ass. Prof. Jansen gives the lecture.").is_empty());
        assert!(flagged("Wat lullig voor je! Verdomme, damn, bloody hell.").is_empty());
        assert!(flagged("We read The Idiot by Dostoevsky.").is_empty());
        assert!(flagged("Het is idioot dat de trein weer uitvalt.").is_empty());
        assert!(flagged("Zie #fuckcancer op https://example.org/shit").is_empty());
        assert!(flagged("De Mongolen veroverden een rijk; een Mongool te paard.").is_empty());
        assert!(flagged("Landing op Kloten bij Zürich; een paper van Kuttner et al.").is_empty());
    }

    #[test]
    fn never_panics_on_odd_input() {
        let odd = [
            "",
            "*",
            "kut",
            "krijg",
            "krijg de",
            "Tering",
            "kanker op",
            "ass.",
            "f**",
            "é*ç",
            "🎉kut🎉",
        ];
        for text in odd {
            let _ = flagged(text);
        }
    }
}
