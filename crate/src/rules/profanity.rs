//! # profanity
//!
//! **What it catches:** curses and insults in Dutch and English, including Dutch
//! compounds ("kutweer", "klotedag") and the Dutch disease curses ("kankerlijer",
//! "tyfus", "tering", "pleuris", "krijg de …").
//!
//! **Why (tip 4):** *Respecteer je publiek. Denk na voordat je iets online zet.*
//! A curse embarrasses the writer and, through them, the university.
//!
//! **Not flagged:** the medical and scientific use of disease words
//! ("kankerpatiënten", "kankerbestrijding", "tyfusvaccinatie"), and curses hidden
//! inside other words ("classic", "passage", "Dickensian", "grasshopper"): only whole
//! words and known compounds count.
//!
//! **Examples**
//! - ✗ `Wat een kutweer vandaag.` → `Wat een rotweer vandaag.`
//! - ✗ `This is bullshit.`
//! - ✓ `Nieuw onderzoek naar kankerbestrijding bij het LUMC.`

use super::{Rule, RuleMeta};
use crate::diagnostic::{Finding, Localized, Severity};
use crate::text::{Text, Word};

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
    "Grof taalgebruik kan jou en de universiteit in verlegenheid brengen. Kies een neutraal woord.",
    "Coarse language can embarrass you and the university. Choose a neutral word.",
);

/// Whole words that are curses or insults, with a neutral replacement where one exists.
const WORDS: &[(&str, &str)] = &[
    // Dutch
    ("kut", "rot"),
    ("klote", "rot"),
    ("godverdomme", ""),
    ("godver", ""),
    ("tering", ""),
    ("tyfus", ""),
    ("pleuris", ""),
    ("klere", ""),
    ("kolere", ""),
    ("kanker", ""),
    ("lul", ""),
    ("eikel", ""),
    ("klootzak", ""),
    ("hufter", ""),
    ("mongool", ""),
    ("debiel", ""),
    ("kutwijf", ""),
    ("hoer", ""),
    ("sukkel", ""),
    ("idioot", ""),
    ("idioten", ""),
    ("tyfuslijer", ""),
    ("teringlijer", ""),
    ("kankerlijer", ""),
    // English
    ("fuck", ""),
    ("fucking", "really"),
    ("fucked", ""),
    ("shit", "stuff"),
    ("shitty", "bad"),
    ("bullshit", "nonsense"),
    ("asshole", ""),
    ("arsehole", ""),
    ("bitch", ""),
    ("bastard", ""),
    ("cunt", ""),
    ("dick", ""),
    ("dickhead", ""),
    ("wanker", ""),
    ("prick", ""),
    ("twat", ""),
    ("moron", ""),
    ("morons", ""),
    ("idiot", ""),
    ("idiots", ""),
    ("retard", ""),
    ("retarded", ""),
    ("motherfucker", ""),
    ("piss", ""),
    ("pissed", "angry"),
];

/// Curse prefixes that make a Dutch compound a curse whatever follows ("kutweer").
const CURSE_PREFIXES: &[(&str, &str)] = &[("kut", "rot"), ("klote", "rot"), ("klere", "rot"), ("kolere", "rot"), ("fuck", ""), ("shit", "")];

/// Disease words are curses only when the compound's second half is an insult:
/// "kankerlijer" is a curse, "kankerpatiënt" is medicine.
const DISEASE_PREFIXES: &[&str] = &["kanker", "tyfus", "tering", "pleuris", "klere"];
const INSULT_SUFFIXES: &[&str] = &["lijer", "lijders", "lijers", "hoer", "zooi", "wijf", "mongool", "kop", "joch", "weer", "dag", "zak", "hond", "op"];

/// Words that begin like a curse but are not ("Kutaisi", "shiitake").
const INNOCENT: &[&str] = &["kutaisi", "shitake"];

/// The replacement for a curse word, keeping the first letter's case.
fn neutral(word: &str, lower: &str) -> Option<String> {
    let replace = |from: &str, to: &str| -> Option<String> {
        if to.is_empty() {
            return None;
        }
        let rest = &lower[from.len()..];
        let mut out = format!("{to}{rest}");
        if word.starts_with(char::is_uppercase) {
            out = out[..1].to_uppercase() + &out[1..];
        }
        Some(out)
    };
    if let Some((w, to)) = WORDS.iter().find(|(w, _)| *w == lower) {
        return replace(w, to);
    }
    CURSE_PREFIXES.iter().find(|(p, _)| lower.starts_with(p)).and_then(|(p, to)| replace(p, to))
}

fn is_curse(word: &Word) -> bool {
    let w = word.lower.as_str();
    if INNOCENT.contains(&w) {
        return false;
    }
    if WORDS.iter().any(|(curse, _)| *curse == w) {
        return true;
    }
    if CURSE_PREFIXES.iter().any(|(p, _)| w.len() > p.len() + 2 && w.starts_with(p)) {
        return true;
    }
    DISEASE_PREFIXES
        .iter()
        .any(|p| w.strip_prefix(p).is_some_and(|rest| INSULT_SUFFIXES.contains(&rest)))
}

/// "kanker" alone is the disease; it is a curse when wished on someone ("krijg de kanker").
fn is_medical_use(text: &Text, index: usize) -> bool {
    let w = text.words[index].lower.as_str();
    if !DISEASE_PREFIXES.contains(&w) || w == "klere" {
        return false;
    }
    let before: Vec<&str> = text.words[index.saturating_sub(2)..index].iter().map(|w| w.lower.as_str()).collect();
    !(before.ends_with(&["krijg", "de"]) || before.ends_with(&["krijg", "het"]) || before.last() == Some(&"krijg"))
        && !text.src[text.words[index].span.end..].trim_start().starts_with('!')
}

impl Rule for Profanity {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, text: &Text, out: &mut Vec<Finding>) {
        for (i, word) in text.words.iter().enumerate() {
            if !is_curse(word) || is_medical_use(text, i) {
                continue;
            }
            let mut finding = Finding::new(word.span.clone(), MESSAGE);
            if let Some(s) = neutral(&text.src[word.span.clone()], &word.lower) {
                finding = finding.suggest(s);
            }
            out.push(finding);
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
            .filter(|d| d.rule == "profanity")
            .map(|d| String::from_utf16(&units[d.start..d.end]).unwrap())
            .collect()
    }

    #[test]
    fn flags_curses_and_compounds() {
        assert_eq!(flagged("Wat een kutweer vandaag 🌧️"), ["kutweer"]);
        assert_eq!(flagged("This is bullshit, honestly."), ["bullshit"]);
        assert_eq!(flagged("Die kankerlijer van een buurman"), ["kankerlijer"]);
        assert_eq!(flagged("Krijg de tyfus!"), ["tyfus"]);
    }

    #[test]
    fn suggests_a_neutral_word() {
        let d = check("Wat een Klotedag");
        assert_eq!(d[0].suggestions, ["Rotdag"]);
    }

    #[test]
    fn leaves_medicine_and_innocent_words_alone() {
        assert!(flagged("Nieuw onderzoek naar kankerbestrijding en kankerpatiënten.").is_empty());
        assert!(flagged("Tyfusvaccinatie voor de reis; kanker is een ziekte.").is_empty());
        assert!(flagged("A classic passage in a Dickensian novel about a grasshopper.").is_empty());
        assert!(flagged("Zie #fuckcancer op https://example.org/shit").is_empty());
    }
}
