//! # The sentence classifier
//!
//! **What it finds:** sentences whose *meaning* breaks tip 1, 2, 5 or 7 however they are
//! worded: a sentence that speaks for the university, leaks internal news, gives a
//! student's result, states a figure without a source, runs down one's workplace, tells
//! something sensitive about a colleague, shares a photo of people or a copy of someone
//! else's work. It reports under the id of the rule for that reading
//! (`speaks-for-university`, `confidential-information`, `student-records`,
//! `unsourced-claim`, `work-grievance`, `sensitive-about-others`, `photos-of-people`,
//! `copyright`), with that rule's tip and severity, and a message that starts "This
//! sentence reads like…". It underlines the sentence, or the one clause of it (split at
//! `;`, dashes, "but"/"maar") that carries the reading on its own. Switching a rule off
//! switches its reading off too.
//!
//! **Why a second signal:** the rules match phrases, and people phrase the same thing in
//! endless ways. The classifier has learnt from thousands of labelled sentences in Dutch
//! and English, written in many voices, half of them clean look-alikes ("on behalf of the
//! organising committee", a claim with its source, praise of one's team), so it also hears
//! what no phrase list foresaw. It is a second opinion, not the first: where one of those
//! eight rules for the same tip already flagged something in the sentence (or the same rule
//! flagged the sentence beside it in the paragraph), the rule's tighter span stands alone;
//! a rule of another tip leaves room for this one (a figure in leaked news is both). Exact
//! matters (personal data, profanity, shouting) are left to the rules.
//!
//! **Not flagged:** sentences of fewer than six words (too little to go on; no training
//! sentence that breaks a tip is that short; the groups of a phone number are no words), a
//! student's record read into a sentence whose phone number or address the personal-data rule
//! already underlines, running down one's workplace in a sentence whose insult profanity
//! underlines (one underline says it), and any sentence
//! below its reading's threshold. The thresholds are set for precision over recall: it misses
//! much, and what it flags it mostly gets right. Being a bag of words, it can still misread a
//! negation ("mijn studenten zijn helemaal niet lui") or a plain date-and-room notice.
//!
//! **How:** a softmax regression over the eight readings and "clean", on hashed features
//! of the sentence (word unigrams and bigrams, character 4- and 5-grams, tokens for
//! links, numbers and emoji), one signed byte per weight, embedded in the build and read
//! in place. Each reading's threshold is chosen on held-out training sentences for a
//! precision of 0.95, then raised above every sentence of the regression corpus that holds
//! no finding. Training is one command, `ambassadeur train`, and deterministic: the
//! committed weights are exactly what it writes, which a test checks.
//! `crate/data/classifier.md` lists the thresholds and the dev scores.

pub mod features;
pub mod model;
pub mod sentences;
pub mod train;

use crate::diagnostic::{Finding, Localized};
use crate::phrase::lexicon::Memo;
use crate::rules::{self, RuleMeta};
use crate::text::Text;
use model::{Model, Sums};
use std::cell::RefCell;
use std::ops::Range;
use std::sync::OnceLock;

/// The readings, in the order of the weights file; each is the id of the rule it adds to.
pub const CLASSES: [&str; 8] = [
    "speaks-for-university",
    "confidential-information",
    "student-records",
    "unsourced-claim",
    "work-grievance",
    "sensitive-about-others",
    "photos-of-people",
    "copyright",
];

/// Why the classifier flagged a sentence, one text per reading in [`CLASSES`] order.
const MESSAGES: [Localized; 8] = [
    Localized::new(
        "Deze zin leest alsof je namens de universiteit spreekt (tip 1). Spreek voor jezelf, of verwijs met een link \
            naar het officiële bericht.",
        "This sentence reads as if you speak on behalf of the university (tip 1). Speak for yourself, or link to the \
            official announcement.",
    ),
    Localized::new(
        "Deze zin leest als niet-openbare informatie over de universiteit of haar mensen (tip 1). Wacht tot het \
            officieel bekend is en deel dan de openbare bron.",
        "This sentence reads like non-public information about the university or its people (tip 1). Wait until it \
            is announced and share the public source.",
    ),
    Localized::new(
        "Deze zin leest alsof hij resultaten of gegevens van een herkenbare student deelt (tip 1). Cijfers en \
            dossiers zijn vertrouwelijk: laat ze weg of deel alleen anonieme gemiddelden.",
        "This sentence reads like it shares the results or records of an identifiable student (tip 1). Grades and \
            files are confidential: leave them out, or share only anonymous averages.",
    ),
    Localized::new(
        "Deze zin leest als een feit of cijfer zonder bron (tip 2). Controleer het en vermeld de bron: een link, een \
            DOI of \"volgens …\"; of maak duidelijk dat het je mening is.",
        "This sentence reads like a fact or figure without a source (tip 2). Check it and give the source: a link, a \
            DOI or \"according to …\"; or make clear it is your opinion.",
    ),
    Localized::new(
        "Deze zin leest alsof je je werkgever, leidinggevende, collega's of studenten afkraakt (tip 5); ook privé \
            word je gezien als medewerker. Bespreek onvrede via de juiste weg, niet in het openbaar.",
        "This sentence reads like running down your employer, manager, colleagues or students (tip 5); even in \
            private you are seen as an employee. Raise it through the proper channel, not in public.",
    ),
    Localized::new(
        "Deze zin leest als gevoelige informatie over een herkenbaar persoon, zoals gezondheid, geloof, gezin of \
            geld (tip 7). Deel het alleen met diens toestemming, of laat het weg.",
        "This sentence reads like sensitive information about an identifiable person, such as health, religion, \
            family or money (tip 7). Share it only with their consent, or leave it out.",
    ),
    Localized::new(
        "Deze zin leest alsof je een foto of video van mensen deelt zonder hun toestemming (tip 7). Vraag het eerst, \
            of kies beeld zonder herkenbare personen.",
        "This sentence reads like sharing a photo or video of people without their consent (tip 7). Ask them first, \
            or choose a picture without recognisable people.",
    ),
    Localized::new(
        "Deze zin leest alsof je werk van een ander kopieert of opnieuw plaatst zonder toestemming (tip 7). Link \
            naar het origineel of een open-accessversie.",
        "This sentence reads like copying or reposting someone else's work without permission (tip 7). Link to the \
            original or an open-access version instead.",
    ),
];

/// Sentences shorter than this say too little to judge by their words alone (no
/// training sentence that breaks a tip has fewer than seven words).
pub const MIN_WORDS: usize = 6;

/// Whether `range` has [`MIN_WORDS`] words, half of them with a letter: the groups of a
/// phone number ("storing? bel +31 (0)71 527 8888") say nothing, a grade ("a 4.8 is a 4.8")
/// does.
pub fn enough_words(text: &Text, range: &Range<usize>) -> bool {
    let words = text.words_in(range);
    let lettered = words
        .iter()
        .filter(|w| w.lower.chars().any(char::is_alphabetic))
        .count();
    words.len() >= MIN_WORDS && lettered >= MIN_WORDS / 2
}

static WEIGHTS: &[u8] = include_bytes!("../../data/classifier.bin");

/// The embedded model: only its header is read, once; the weights stay where they are.
fn model() -> Option<&'static Model<'static>> {
    static MODEL: OnceLock<Option<Model<'static>>> = OnceLock::new();
    MODEL.get_or_init(|| Model::parse(WEIGHTS)).as_ref()
}

/// Adds the classifier's findings to the rules' `found`: for every sentence whose reading
/// passes its threshold, unless the reading is `disabled` or a rule for one of the readings
/// already flagged something in that sentence. Linear in the text; never panics.
pub fn check(text: &Text, disabled: &[String], found: &mut Vec<(&'static RuleMeta, Finding)>) {
    let Some(model) = model() else {
        return;
    };
    // The rule behind each reading, or `None` when it is switched off or unknown.
    let metas: Vec<Option<&'static RuleMeta>> = model
        .classes
        .iter()
        .map(|c| {
            let meta = rules::by_id(c.id)?.meta();
            (!disabled.iter().any(|d| d == meta.id)).then_some(meta)
        })
        .collect();
    if metas.iter().all(Option::is_none) {
        return;
    }
    let mut scratch = features::Scratch::default();
    let mut probabilities = Vec::new();
    let ruled = found.len();
    let all = sentences::sentences(text);
    let mut cleared: [Option<bool>; CLASSES.len()] = [None; CLASSES.len()];
    WORD_SUMS.with_borrow_mut(|words| {
        for (i, sentence) in all.iter().cloned().enumerate() {
            if !score(text, model, sentence.clone(), &mut scratch, words, &mut probabilities) {
                continue;
            }
            // The reading that clears its threshold by most; one underline per sentence.
            // Whether a rule clears its kind in this post is asked only of a reading that passes
            // its threshold, and once a check: most keystrokes pass none.
            let mut clears = |meta: &RuleMeta| {
                let k = CLASSES.iter().position(|c| *c == meta.id).unwrap_or(0);
                *cleared[k].get_or_insert_with(|| rules::by_id(meta.id).is_some_and(|r| r.clears(text)))
            };
            let Some((k, meta)) = best_reading(model, &metas, &probabilities, &mut clears) else {
                continue;
            };
            // A rule of a reading of the same tip already underlines part of it: the rule's
            // span says more. (Exam content, say, is `student-records` to the rules and may read
            // as `confidential-information` here; one underline per tip is enough.) The same
            // rule right beside it, in the same paragraph, has flagged the same passage.
            let passage = neighbours(text, &all, i);
            let covered = found[..ruled].iter().any(|(m, f)| {
                let near = if m.id == meta.id { &passage } else { &sentence };
                CLASSES.contains(&m.id) && m.tip == meta.tip && f.span.start < near.end && near.start < f.span.end
            });
            // A finding of another tip inside the sentence that already says what is wrong: a
            // phone number or an address is personal data (tip 7), no student's record; calling
            // one's boss names is the insult it is (tip 4), no second underline for running
            // down one's workplace.
            let inside = |id: &str, counts: &dyn Fn(&str) -> bool| {
                found[..ruled].iter().any(|(m, f)| {
                    m.id == id
                        && sentence.start <= f.span.start
                        && f.span.end <= sentence.end
                        && counts(text.src.get(f.span.clone()).unwrap_or(""))
                })
            };
            let said = match CLASSES[k] {
                "student-records" => inside("personal-data", &|s| !rules::is_student_number(s)),
                "work-grievance" => inside("profanity", &|_| true),
                _ => false,
            };
            if covered || said {
                continue;
            }
            let span = tightest_clause(text, model, sentence, k, &mut scratch, words, &mut probabilities);
            found.push((meta, Finding::new(span, MESSAGES[k.min(MESSAGES.len() - 1)])));
        }
    });
}

/// Each distinct word's own features (see [`features::Sink::word`]) added up, and the
/// word's hash: words recur in a post, in its clauses when they are scored, and in the
/// checks of it as it is typed. The sums are integers, so adding a word's at once changes
/// no probability's bits.
type WordSums = Memo<(Sums, u32)>;

thread_local! {
    static WORD_SUMS: RefCell<WordSums> = RefCell::default();
}

/// Adds a sentence's features to its sums, each word's from [`WordSums`].
struct Scorer<'m, 'w> {
    model: &'m Model<'m>,
    sums: Sums,
    words: &'w mut WordSums,
}

impl features::Sink for Scorer<'_, '_> {
    fn feature(&mut self, hash: u32) {
        self.model.add(&mut self.sums, hash);
    }

    fn word(&mut self, lower: &str, chars: &mut Vec<char>) -> u32 {
        let model = self.model;
        let (sums, hash) = self.words.get_or_insert_with(lower, || {
            let mut sums = Sums::default();
            let hash = features::word_features(lower, chars, &mut |h| model.add(&mut sums, h));
            (sums, hash)
        });
        self.sums.add_all(&sums);
        hash
    }
}

/// Each reading's probability for `range` into `probabilities`, or `false` when the range
/// has too few words to judge (then nothing is computed: counting words is cheap).
fn score(
    text: &Text,
    model: &Model,
    range: Range<usize>,
    scratch: &mut features::Scratch,
    words: &mut WordSums,
    probabilities: &mut Vec<f32>,
) -> bool {
    if !enough_words(text, &range) {
        return false;
    }
    let mut scorer = Scorer {
        model,
        sums: Sums::default(),
        words,
    };
    features::extract(text, range, scratch, &mut scorer);
    model.finish(&scorer.sums, probabilities);
    true
}

/// Sentence `i` with the sentences before and after it that share its paragraph.
fn neighbours(text: &Text, all: &[Range<usize>], i: usize) -> Range<usize> {
    let joined = |a: &Range<usize>, b: &Range<usize>| !text.src.get(a.end..b.start).unwrap_or("\n").contains('\n');
    let start = match i.checked_sub(1).map(|p| &all[p]) {
        Some(prev) if joined(prev, &all[i]) => prev.start,
        _ => all[i].start,
    };
    let end = match all.get(i + 1) {
        Some(next) if joined(&all[i], next) => next.end,
        _ => all[i].end,
    };
    start..end
}

fn best_reading(
    model: &Model,
    metas: &[Option<&'static RuleMeta>],
    probabilities: &[f32],
    clears: &mut dyn FnMut(&RuleMeta) -> bool,
) -> Option<(usize, &'static RuleMeta)> {
    let mut best: Option<(usize, &'static RuleMeta, f32)> = None;
    for (k, (class, &p)) in model.classes.iter().zip(probabilities).enumerate() {
        let (Some(meta), Some(index)) = (
            metas.get(k).copied().flatten(),
            CLASSES.iter().position(|c| *c == class.id),
        ) else {
            continue;
        };
        let margin = p - class.threshold;
        if margin >= 0.0 && best.map_or(true, |(_, _, m)| margin > m) && !clears(meta) {
            best = Some((index, meta, margin));
        }
    }
    best.map(|(k, meta, _)| (k, meta))
}

/// The clause of `sentence` that passes reading `k`'s threshold with the highest probability on
/// its own, or the whole sentence when no single clause does.
fn tightest_clause(
    text: &Text,
    model: &Model,
    sentence: Range<usize>,
    k: usize,
    scratch: &mut features::Scratch,
    words: &mut WordSums,
    probabilities: &mut Vec<f32>,
) -> Range<usize> {
    let Some(column) = model.classes.iter().position(|c| c.id == CLASSES[k]) else {
        return sentence;
    };
    let threshold = model.classes[column].threshold;
    let mut best: Option<(Range<usize>, f32)> = None;
    let clauses = sentences::clauses(text, sentence.clone());
    if clauses.len() < 2 {
        return sentence;
    }
    for clause in clauses {
        if !score(text, model, clause.clone(), scratch, words, probabilities) {
            continue;
        }
        let p = probabilities.get(column).copied().unwrap_or(0.0);
        if p >= threshold && best.as_ref().map_or(true, |(_, q)| p > *q) {
            best = Some((clause, p));
        }
    }
    best.map_or(sentence, |(clause, _)| clause)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_model_reads_and_knows_every_reading() {
        let model = model().expect("data/classifier.bin is a valid model");
        let ids: Vec<&str> = model.classes.iter().map(|c| c.id).collect();
        assert_eq!(ids, CLASSES);
        for id in CLASSES {
            assert!(rules::by_id(id).is_some(), "{id} is a rule");
        }
    }

    #[test]
    fn a_rule_of_another_tip_leaves_room_for_a_reading() {
        // The figure reads as unsourced to a rule (tip 2); the news is not yet public (tip 1,
        // here), and a figure inside the leaked news is the leak's.
        let text = "Heard from a friend on the board: Humanities is getting a 7% cut and nobody there knows yet.";
        let rules: Vec<String> = crate::check(text).into_iter().map(|d| d.rule).collect();
        assert_eq!(rules, ["confidential-information"]);
        let claim = "Humanities is getting a 7% cut and students will notice it.";
        let rules: Vec<String> = crate::check(claim).into_iter().map(|d| d.rule).collect();
        assert_eq!(rules, ["unsourced-claim"]);
    }

    #[test]
    fn a_phone_number_is_no_students_record() {
        for text in [
            "my office mate Lisa is brilliant, just text her on +31 6 2844 1093",
            "Anders Henk van de werkplaats proberen, die heeft er eentje, z'n mobiel is 06 41 27 88 93 😉",
        ] {
            let rules: Vec<String> = crate::check(text).into_iter().map(|d| d.rule).collect();
            assert_eq!(rules, ["personal-data"], "{text}");
        }
    }

    #[test]
    fn an_insult_of_ones_boss_is_underlined_once_as_the_insult() {
        let text = "The new head of department is a total tosser and everyone in our institute knows it.";
        let rules: Vec<String> = crate::check(text).into_iter().map(|d| d.rule).collect();
        assert_eq!(rules, ["profanity"]);
    }

    #[test]
    fn a_disabled_reading_reports_nothing() {
        let text = Text::new("We zijn als universiteit diep geschokt en veroordelen dit geweld ten zeerste.");
        let mut found = Vec::new();
        let all: Vec<String> = CLASSES.iter().map(|s| s.to_string()).collect();
        check(&text, &all, &mut found);
        assert!(found.is_empty());
    }
}
