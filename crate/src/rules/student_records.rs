//! # student-records
//!
//! **What it catches:** student records in a post: grades and fails tied to a named
//! student ("Jan kreeg een 4", "Sarah failed with a 3.5", "Tim uit mijn werkgroep had een
//! 3,2", "ik gaf Tom een 2", "Lisa is gezakt voor haar tentamen", "gefeliciteerd Sophie met
//! je 9,5", "congrats to Priya on her 9.5", "Lucas (s1234567), who just got a 9", "s2895541
//! die het niet heeft gehaald", "hele groep geslaagd behalve s2034817", a plagiarism case
//! told with the student number), and exam
//! questions or answers being shared ("hier alvast de tentamenvragen", "here are the answers
//! to tomorrow's exam", "antwoorden deeltoets week 5: 1b, 2c, 3a", "question 4 of tomorrow's
//! exam is about …", "exam hint 😉 question 3 tomorrow is …", "beste antwoord op het
//! tentamen vandaag: …"). A student number on its own is personal data, found by
//! `personal-data` (tip 7).
//!
//! **Why (tip 1):** *Plaats geen vertrouwelijke informatie over Universiteit Leiden, haar
//! studenten, alumni of collega-medewerkers.* Grades, results and exam work are
//! confidential records; a funny exam answer still belongs to a student who can be
//! recognised.
//!
//! **Not flagged:** exam schedules and rooms, wishing students luck, congratulating a
//! graduate without a grade ("Anna is geslaagd!"), aggregate results ("gemiddeld een
//! 7,2", "the class average was 6.8", "onze opleiding kreeg een 8 in de NSE"), your own
//! grades ("ik kreeg een 8"), practice and past exams (unless the exam is still to come),
//! writing, preparing or grading exam questions, questions about an exam, exercise lists
//! ("opgaven 1a, 2b, 3c uit hoofdstuk 2"), and numbers that are not grades ("Jan kreeg een
//! 4-jarige beurs", "proud of Jeroen for his 9 years at the faculty").
//!
//! **Examples**
//! - ✗ `Jan kreeg een 4 voor zijn scriptie 😬`
//! - ✗ `Here are the exam questions for tomorrow 👇`
//! - ✓ `Succes iedereen met het tentamen morgen in het Gorlaeus! 🍀`
//! - ✓ `Gemiddeld een 7,2 dit jaar, trots op deze groep.`

use super::{Rule, RuleMeta};
use crate::diagnostic::{Finding, Localized, Severity};
use crate::text::{Amortized, EntityKind, LazyRegex, ListCounts, Text, Word, WordLists, WordSet, REACH};
use std::ops::Range;
use std::sync::OnceLock;

pub struct StudentRecords;
pub static RULE: StudentRecords = StudentRecords;

static META: RuleMeta = RuleMeta {
    id: "student-records",
    tip: 1,
    severity: Severity::Error,
    title: Localized::new("Studentgegevens", "Student records"),
    description: Localized::new(
        "Cijfers van herkenbare studenten en tentamenvragen of -antwoorden.",
        "Grades of identifiable students, and exam questions or answers.",
    ),
};

const GRADE: Localized = Localized::new(
    "Dit koppelt een cijfer of uitslag aan een herkenbare student. Cijfers zijn vertrouwelijk: deel ze niet, of \
     alleen anoniem en als gemiddelde.",
    "This ties a grade or result to an identifiable student. Grades are confidential: do not share them, or only \
     anonymously and as an average.",
);

const EXAM: Localized = Localized::new(
    "Dit deelt tentamenvragen of -antwoorden (ook die van studenten). Tentamens zijn vertrouwelijk: deel ze niet \
     online; verwijs voor oefenmateriaal naar de cursuspagina.",
    "This shares exam questions or answers (students' answers included). Exams are confidential: do not share them \
     online; point to the course page for practice material.",
);

/// What a finding is about. Its message follows from it, and grade findings of one
/// phrase are merged by it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Grade,
    Exam,
}

impl Kind {
    fn message(self) -> Localized {
        match self {
            Kind::Grade => GRADE,
            Kind::Exam => EXAM,
        }
    }

    /// A finding of this kind over `span`.
    fn at(self, span: Range<usize>) -> Found {
        Found {
            kind: self,
            finding: Finding::new(span, self.message()),
        }
    }
}

/// A finding of this rule, with its kind.
struct Found {
    kind: Kind,
    finding: Finding,
}

/// Verbs that tie a result to their subject ("Jan kreeg een 4"). Multi-word verbs end in "met"/"with".
const RESULT_VERBS: &[&str] = &[
    "kreeg", "krijgt", "kregen", "haalde", "haalt", "haalden", "scoorde", "scoort", "scoorden", "had", "heeft",
    "hadden", "got", "gets", "scored", "scores", "received", "receives", "earned", "earns",
];
/// Verbs followed by "met"/"with" before the grade ("failed with a 3.5").
const WITH_VERBS: &[&str] = &[
    "failed",
    "passed",
    "graduated",
    "zakte",
    "slaagde",
    "afgestudeerd",
    "geslaagd",
    "af",
];
/// Verbs whose object is the student ("ik gaf Tom een 2").
const GIVE_VERBS: &[&str] = &["gaf", "geef", "geeft", "gave", "give", "gives", "gegeven"];
/// Words that may stand between the verb and the grade.
const MODIFIERS: &[&str] = &[
    "een",
    "a",
    "an",
    "only",
    "maar",
    "slechts",
    "just",
    "nog",
    "dikke",
    "mooie",
    "vette",
    "magere",
    "schamele",
    "perfecte",
    "perfect",
    "solid",
    "whopping",
    "lousy",
    "mere",
    "ruime",
    "krappe",
    "nette",
    "keurige",
    "prima",
    "eindelijk",
    "finally",
    "toch",
    "weer",
    "again",
    "ook",
    "also",
];
/// Adverbs between the student and the verb: "Jan just got a 9", "who finally passed with".
const SUBJECT_ADVERBS: &[&str] = &[
    "just",
    "net",
    "finally",
    "eindelijk",
    "also",
    "ook",
    "only",
    "alleen",
    "even",
    "zelfs",
    "somehow",
    "toch",
];
const GRADE_WORDS: &[&str] = &[
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "acht",
    "negen",
    "tien",
    "onvoldoende",
    "voldoende",
];
/// Words that may follow a grade ("een 4 voor zijn scriptie"); any other word makes the number something else.
const AFTER_GRADE: &[&str] = &[
    "voor", "op", "for", "on", "in", "bij", "at", "en", "and", "maar", "but", "van", "uit", "out", "dus", "so", "met",
    "with", "gehaald", "gekregen", "gescoord", "this", "dit", "deze", "today", "vandaag", "again", "weer", "from",
];
/// Capitalised words that are not a student's name.
const NOT_NAMES: &[&str] = &[
    "hij",
    "zij",
    "ze",
    "he",
    "she",
    "they",
    "it",
    "het",
    "dit",
    "dat",
    "this",
    "that",
    "iedereen",
    "everyone",
    "everybody",
    "niemand",
    "nobody",
    "someone",
    "somebody",
    "iemand",
    "de",
    "the",
    "een",
    "a",
    "an",
    "student",
    "studenten",
    "students",
    "mijn",
    "my",
    "onze",
    "our",
    "ik",
    "i",
    "we",
    "wij",
    "you",
    "jij",
    "je",
    "u",
    "jullie",
    "gemiddeld",
    "average",
    "leiden",
    "universiteit",
    "university",
    "nederland",
    "netherlands",
    "faculteit",
    "faculty",
    "opleiding",
    "programme",
    "program",
    "klas",
    "class",
    "groep",
    "group",
    "team",
    "who",
    "wie",
    "die",
    "which",
    "welke",
    "also",
    "ook",
    "toen",
    "then",
    "dan",
    "eindelijk",
    "finally",
    "gisteren",
    "yesterday",
    "vandaag",
    "today",
    "zelfs",
    "even",
    "nog",
    "still",
    "al",
    "already",
    "maar",
    "only",
    "alleen",
    "iedere",
    "elke",
    "every",
    "each",
    "sommigen",
    "some",
    "many",
    "veel",
    "few",
    "weinig",
    "bijna",
    "almost",
    "zo",
    "so",
    "and",
    "en",
    "but",
    "vorig",
    "vorige",
    "last",
    "dus",
    "wat",
    "what",
    "waarom",
    "why",
    "hoe",
    "how",
    "wow",
    "jammer",
    "helaas",
    "unfortunately",
    "sadly",
    "gelukkig",
    "luckily",
    "fortunately",
    "ooit",
    "once",
    "nooit",
    "never",
    "niet",
    "not",
    "ons",
    "us",
    "me",
    "mij",
    "him",
    "her",
    "them",
    "hem",
    "haar",
    "hen",
    "hun",
    "reviewer",
    "deze",
    "these",
    "those",
    "daar",
    "there",
    "here",
    "hier",
    "nu",
    "now",
    "eerst",
    "first",
];
/// Work a student hands in ("Jan's thesis got a 9").
const WORK: &[&str] = &[
    "thesis",
    "scriptie",
    "essay",
    "paper",
    "exam",
    "tentamen",
    "werkstuk",
    "verslag",
    "assignment",
    "opdracht",
];
const EXAMS: &[&str] = &[
    "tentamen",
    "examen",
    "toets",
    "deeltoets",
    "hertentamen",
    "herkansing",
    "exam",
    "exams",
    "test",
    "midterm",
    "final",
    "finals",
    "resit",
    "retake",
    "quiz",
    "vak",
    "course",
    "module",
    "class",
    "thesis",
    "scriptie",
];
/// Words that make a grade a statistic about a group.
const AGGREGATE: &[&str] = &[
    "gemiddeld",
    "gemiddelde",
    "average",
    "mean",
    "median",
    "mediaan",
    "nse",
    "enquête",
    "enquete",
    "survey",
    "ranking",
    "keuzegids",
    "evaluatie",
    "evaluaties",
    "evaluation",
    "evaluations",
    "rating",
    "ratings",
    "studentenevaluaties",
];
/// Words that show exam material is being handed out.
const SHARING: &[&str] = &[
    "hier",
    "hierbij",
    "here",
    "heres",
    "sharing",
    "share",
    "deel",
    "delen",
    "gedeeld",
    "shared",
    "attached",
    "bijgevoegd",
    "leaked",
    "gelekt",
    "uitgelekt",
    "uitgelekte",
    "leak",
    "screenshot",
    "foto",
    "photo",
    "pic",
    "check",
    "bekijk",
    "download",
    "posten",
    "posted",
    "gepost",
    "spoiler",
    "spoilers",
    "sneak",
    "alvast",
];
/// Words that make exam questions a topic (writing, grading, research): prefixes, then whole words.
/// Practice material is judged apart ([`PRACTICE`]).
const LEGIT_PREFIXES: &[&str] = &[
    "schrijv",
    "schrijf",
    "writ",
    "ontwerp",
    "design",
    "workshop",
    "nakijk",
    "grading",
    "marking",
    "brightspace",
    "blackboard",
    "onderzoek",
    "research",
    "chatgpt",
];
const LEGIT_WORDS: &[&str] = &[
    "oude",
    "old",
    "past",
    "maken",
    "maak",
    "making",
    "make",
    "tips",
    "hoe",
    "how",
    "ai",
    "study",
    "training",
    "af",
    "klaar",
    "ready",
    "done",
    "finished",
    "afgerond",
    "preparing",
    "voorbereiden",
    "opstellen",
    "bedenken",
];

/// Built on first use, past the gates in [`StudentRecords::check`].
struct Patterns {
    exam_material: LazyRegex,
    student_answer: LazyRegex,
    question_number: LazyRegex,
    answer_list: LazyRegex,
}

/// Student numbers with a grade after each ("s2345678 een 8, s2398812 een 4,5"): one
/// finding over the run of them.
fn graded_student_numbers(text: &Text, found: &mut Vec<Found>) {
    let bytes = text.src.as_bytes();
    let mut run: Option<Range<usize>> = None;
    let mut i = 0;
    while i < bytes.len() {
        // On to the next "s" or "S", which every student number starts with.
        let Some(s) = bytes[i..].iter().position(|b| matches!(b, b's' | b'S')) else {
            break;
        };
        i += s;
        let starts_word = i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
        let ends_word = !bytes.get(i + 8).is_some_and(u8::is_ascii_alphanumeric);
        if !(starts_word && ends_word && super::personal_data::is_s_number(&bytes[i..])) {
            i += 1;
            continue;
        }
        let number = i..i + 8;
        i += 8;
        let Some(end) = super::personal_data::grade_after_student_number(text.src, &number) else {
            continue;
        };
        i = end;
        match &mut run {
            // The next pair of the same list: at most a separator between them.
            Some(r)
                if text.src[r.end..number.start]
                    .trim_matches([' ', ',', ';', '/'])
                    .is_empty() =>
            {
                r.end = end
            }
            _ => {
                if let Some(r) = run.take() {
                    found.push(Kind::Grade.at(r));
                }
                run = Some(number.start..end);
            }
        }
    }
    if let Some(r) = run {
        found.push(Kind::Grade.at(r));
    }
}

fn patterns() -> &'static Patterns {
    static PATTERNS: OnceLock<Patterns> = OnceLock::new();
    PATTERNS.get_or_init(|| Patterns {
        exam_material: LazyRegex::new(
            concat!(
                r"(?-u)(?:her|deel|eind|tussen)?(?:tentamen|examen|toets)[- ]?(?:vragen|vraag|antwoorden|",
                r"uitwerkingen|opgaven)|(?:question|vraag|opgave) [0-9]+ (?:of|on|from|van|op|uit) (?:the |this |",
                r"het |de |tomorrow(?:'|’)s |morgen )?(?:her|deel|eind|tussen)?(?:exam|tentamen|toets|midterm|",
                r"final|quiz)|(?:exam|test|midterm|final|resit|retake|quiz) (?:questions?|answers?|solutions?|",
                r"answer key)|(?:antwoorden|vragen|uitwerkingen|opgaven|antwoordmodel|",
                r"antwoordsleutel) (?:(?:van|voor|op|bij) )?(?:het |de |dit |deze |morgen |het hele )?(?:her|deel|",
                r"eind|tussen)?(?:tentamen|examen|toets)|",
                r"(?:answers|solutions|questions) (?:midterm|final|exam|quiz|resit)|",
                r"(?:answers?|questions?|solutions?|answer key) (?:to|for|of|on|from) (?:the |this |",
                r"tomorrow(?:'|’)s |today(?:'|’)s |next week(?:'|’)s |my |our |friday(?:'|’)s |",
                r"monday(?:'|’)s )?(?:exams?|tests?|midterms?|finals?|resits?|retakes?|quiz(?:zes)?)|",
                r"antwoordmodel|antwoordsleutel|answer key"
            )
            .to_string(),
        ),
        student_answer: LazyRegex::new(
            concat!(
                r"(?-u)(?:best|beste|favou?rite|funniest|grappigste|mooiste|leukste|favoriete|creatiefste|",
                r"most creative|weirdest|gekste) (?:answers?|antwoorden|antwoord)|",
                r"(?:een |a |mijn |my |one )?(?:student|studenten|students|studente) (?:schreef|schreven|wrote|",
                r"answered|antwoordden|antwoordde)"
            )
            .to_string(),
        ),
        question_number: LazyRegex::new(r"(?-u)(?:question|vraag|opgave|exercise) ?[0-9]{1,2}[a-z]?".to_string()),
        // "1b, 2c, 3a", "1: b, 2: c, 3: a", "1) B 2) C 3) A": an answer key of three or more.
        answer_list: LazyRegex::new(
            r"(?-u)[0-9]{1,2} ?[.:)\-]? ?[a-e](?:[,;/ ]+[0-9]{1,2} ?[.:)\-]? ?[a-e]){2,}".to_string(),
        ),
    })
}

fn has(words: &[Word], list: &[&str]) -> bool {
    words.iter().any(|w| list.contains(&w.lower.as_str()))
}

/// A word of [`AGGREGATE`] in the sentence around `span`. The words are counted once asked
/// often (in `counts`): a run-on of grades asks it of thousands of sentences.
fn aggregate_around(text: &Text, span: &Range<usize>, counts: &Amortized<ListCounts>) -> bool {
    static AGGREGATES: WordLists = WordLists::new(&[AGGREGATE]);
    let words = text.word_range(&text.sentence_around(span));
    // Asked directly, a sentence's words are compared with the whole list: a few hundred
    // comparisons, as many as counting a few hundred words by look-up.
    match counts.table(text.words.len() / (8 * REACH), || AGGREGATES.count(&text.words)) {
        Some(counts) => counts.any(0, words),
        None => has(&text.words[words], AGGREGATE),
    }
}

/// A capitalised word that is not an acronym nor a common sentence opener: a first name.
fn is_name(text: &Text, w: &Word) -> bool {
    let s = &text.src[w.span.clone()];
    let mut chars = s.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.next().is_some_and(char::is_lowercase)
        && !NOT_NAMES.contains(&w.lower.as_str())
}

/// Only spaces between two byte offsets.
fn adjacent(src: &str, a: usize, b: usize) -> bool {
    a <= b && src.get(a..b).is_some_and(|s| s.chars().all(|c| c == ' '))
}

/// The mention right before `at` ("@jan kreeg een 4").
fn mention_before(text: &Text, at: usize) -> Option<Range<usize>> {
    text.entities
        .iter()
        .find(|e| e.kind == EntityKind::Mention && adjacent(text.src, e.span.end, at))
        .map(|e| e.span.clone())
}

/// The end of a grade starting at word `i` ("4", "5,5", "3.5", "B+", "vier"), if it is one.
fn grade_end(text: &Text, i: usize) -> Option<usize> {
    let w = text.words.get(i)?;
    let s = &text.src[w.span.clone()];
    let mut end = w.span.end;
    let mut next = i + 1;
    if s.bytes().all(|b| b.is_ascii_digit()) {
        if !matches!(s.parse::<u8>(), Ok(1..=10)) {
            return None;
        }
        // "5,5" and "3.5" are two words split by the separator.
        if let Some(d) = text.words.get(i + 1) {
            let sep = &text.src[end..d.span.start];
            if (sep == "," || sep == ".") && d.lower.len() == 1 && d.lower.bytes().all(|b| b.is_ascii_digit()) {
                end = d.span.end;
                next = i + 2;
            }
        }
    } else if s.len() == 1 && matches!(s.as_bytes()[0], b'A'..=b'F') {
        if text.src[end..].starts_with(['+', '-']) && !text.src[end + 1..].starts_with(char::is_alphanumeric) {
            end += 1;
        }
    } else if !GRADE_WORDS.contains(&w.lower.as_str()) {
        return None;
    }
    // What follows must end the phrase: punctuation, an emoji, or a word like "voor".
    let rest = &text.src[end..];
    let after = rest.trim_start_matches(' ');
    if after.starts_with(['%', '-', '°', '€', '$', '×', 'x', '/']) && !after.starts_with("/10") {
        return None;
    }
    if after.starts_with(':') && after[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    match text.words.get(next) {
        Some(n) if adjacent(text.src, end, n.span.start) && !AFTER_GRADE.contains(&n.lower.as_str()) => None,
        _ => Some(end),
    }
}

/// Skips modifiers from word `i`; returns the index of the first other word.
fn skip_modifiers(text: &Text, mut i: usize) -> usize {
    let mut n = 0;
    // A capital "A" is a grade, not an article.
    while n < 3
        && text
            .words
            .get(i)
            .is_some_and(|w| MODIFIERS.contains(&w.lower.as_str()) && &text.src[w.span.clone()] != "A")
    {
        i += 1;
        n += 1;
    }
    i
}

/// Grades tied to a named person, as (span) of name … grade.
fn grades(text: &Text, out: &mut Vec<Found>, aggregates: &Amortized<ListCounts>) {
    let words = &text.words;
    let connected = |a: usize, b: usize| adjacent(text.src, words[a].span.end, words[b].span.start);
    static VERBS: WordSet = WordSet::new(&[RESULT_VERBS, WITH_VERBS, GIVE_VERBS]);
    for (i, w) in words.iter().enumerate() {
        let verb = w.lower.as_str();
        // Most words are no verb of these lists: one look-up tells.
        if !VERBS.contains(verb) {
            continue;
        }
        let (subject_needed, after_verb) = if RESULT_VERBS.contains(&verb) {
            (true, i + 1)
        } else if WITH_VERBS.contains(&verb) {
            // "failed with a 3.5", "failed again with a 4.2"
            let with_at =
                |k: usize| words.get(k).is_some_and(|m| m.lower == "met" || m.lower == "with") && connected(k - 1, k);
            if with_at(i + 1) {
                (true, i + 2)
            } else if words.get(i + 1).is_some_and(|a| AGAIN.contains(&a.lower.as_str())) && with_at(i + 2) {
                (true, i + 3)
            } else {
                continue;
            }
        } else if GIVE_VERBS.contains(&verb) {
            (false, i + 1)
        } else {
            continue;
        };
        // The student: before the verb, or right after it ("kreeg Jan een 4", "gaf Tom een 2").
        let mut start = None;
        let mut g = after_verb;
        if let Some(n) = words.get(after_verb) {
            if is_name(text, n) && connected(after_verb - 1, after_verb) {
                start = Some(if subject_needed { w.span.start } else { n.span.start });
                g = after_verb + 1;
            }
        }
        if start.is_none() && subject_needed {
            // "Jan just got a 9": the subject stands before the adverbs.
            let mut i = i;
            while i > 0 && SUBJECT_ADVERBS.contains(&words[i - 1].lower.as_str()) && connected(i - 1, i) {
                i -= 1;
            }
            let w = &words[i];
            let before = i.checked_sub(1).map(|b| &words[b]);
            if let Some(m) = mention_before(text, w.span.start) {
                start = Some(m.start);
            } else if let Some(before) = before.filter(|b| connected(i - 1, i) && is_name(text, b)) {
                start = Some(before.span.start);
            } else if let Some(before) = before.filter(|b| connected(i - 1, i) && is_student_number(text, b)) {
                // "s1234567 got a 4"
                start = Some(before.span.start);
            } else if let Some(who) = before.filter(|b| matches!(b.lower.as_str(), "who" | "die" | "wie")) {
                // "Lucas Meijer (s2298817), who just got a 9", "Sanne, die een 3 haalde"
                if student_before(text, i - 1) {
                    start = Some(who.span.start);
                }
            } else if let Some(name) = name_before_group(text, i) {
                // "Tim uit mijn werkgroep had een 3,2", "Mark from my tutorial group failed …"
                start = Some(words[name].span.start);
            } else if i >= 3
                && WORK.contains(&words[i - 1].lower.as_str())
                && words[i - 2].lower == "s"
                && is_name(text, &words[i - 3])
            {
                // "Jan's thesis got a 9"
                start = Some(words[i - 3].span.start);
            }
        }
        let Some(start) = start else { continue };
        let g = skip_modifiers(text, g);
        if g >= words.len() || (g > after_verb && !connected(g - 1, g)) {
            continue;
        }
        let Some(end) = grade_end(text, g) else { continue };
        let span = start..end;
        if aggregate_around(text, &span, aggregates) {
            continue;
        }
        out.push(Kind::Grade.at(span));
    }
}

/// A Leiden student number as a word: "s1234567".
fn is_student_number(text: &Text, w: &Word) -> bool {
    let s = &text.src[w.span.clone()];
    s.len() == 8 && s.starts_with(['s', 'S']) && s[1..].bytes().all(|b| b.is_ascii_digit())
}

/// A name or student number just before the relative pronoun at word `who`, in the same
/// sentence: "Lucas Meijer (s2298817), who …", "Sanne, die …".
fn student_before(text: &Text, who: usize) -> bool {
    let words = &text.words;
    let from = who.saturating_sub(3);
    let sentence = text.sentence_around(&words[who].span);
    (from..who).rev().any(|k| {
        words[k].span.start >= sentence.start && (is_name(text, &words[k]) || is_student_number(text, &words[k]))
    })
}

/// "Lisa is gezakt voor haar tentamen", "Tom failed the exam".
fn fails(text: &Text, out: &mut Vec<Found>) {
    let words = &text.words;
    for (i, w) in words.iter().enumerate() {
        let (fail_at, exam_from) = match w.lower.as_str() {
            "gezakt" | "zakte" if words.get(i + 1).is_some_and(|v| v.lower == "voor") => (i, i + 2),
            "failed" => (i, i + 1),
            _ => continue,
        };
        let mut subject = fail_at.checked_sub(1);
        if subject.is_some_and(|s| words[s].lower == "is") {
            subject = fail_at.checked_sub(2);
        }
        let Some(s) = subject.filter(|&s| is_name(text, &words[s])) else {
            continue;
        };
        let mut e = exam_from;
        while words.get(e).is_some_and(|x| {
            matches!(
                x.lower.as_str(),
                "het" | "de" | "zijn" | "haar" | "z" | "n" | "the" | "his" | "her" | "their" | "my"
            )
        }) && e < exam_from + 2
        {
            e += 1;
        }
        if let Some(exam) = words.get(e).filter(|x| EXAMS.contains(&x.lower.as_str())) {
            out.push(Kind::Grade.at(words[s].span.start..exam.span.end));
        }
    }
}

/// A student number and, in the next words of its sentence, that the student failed:
/// "helaas voor s2895541 die het wéér niet heeft gehaald", "s1234567 failed again".
fn failed_student_numbers(text: &Text, out: &mut Vec<Found>) {
    let words = &text.words;
    for (i, w) in words.iter().enumerate() {
        if !is_student_number(text, w) {
            continue;
        }
        let sentence = text.sentence_around(&w.span);
        let after = (i + 1..words.len().min(i + 9)).take_while(|&k| words[k].span.end <= sentence.end);
        let failed = after.clone().find(|&k| {
            let negated = || text.negated(text.token_at(words[k].span.start), 4);
            match words[k].lower.as_str() {
                "gezakt" | "zakte" | "failed" | "fails" => true,
                "gehaald" | "haalde" | "passed" | "pass" => negated(),
                _ => false,
            }
        });
        if let Some(k) = failed {
            out.push(Kind::Grade.at(w.span.start..words[k].span.end));
            continue;
        }
        // "hele groep geslaagd behalve s2034817": passed, all but this one.
        let before = (i.saturating_sub(5)..i)
            .rev()
            .take_while(|&k| words[k].span.start >= sentence.start);
        let except = before
            .clone()
            .find(|&k| matches!(words[k].lower.as_str(), "behalve" | "except"));
        let passed = except.and_then(|e| {
            (e.saturating_sub(3)..e).find(|&k| {
                words[k].span.start >= sentence.start
                    && matches!(words[k].lower.as_str(), "geslaagd" | "gehaald" | "passed" | "through")
            })
        });
        if let Some(k) = passed {
            out.push(Kind::Grade.at(words[k].span.start..w.span.end));
            continue;
        }
        // "plagiarism case: s3198842 … Caught with 60% copied text. Excluded for a semester."
        let case = (i.saturating_sub(MISCONDUCT_REACH)..(i + MISCONDUCT_REACH).min(words.len()))
            .filter(|&k| words[k].span.start >= sentence.start && MISCONDUCT.contains(&words[k].lower.as_str()));
        let (first, last) = case.fold((None, None), |(first, _), k| (first.or(Some(k)), Some(k)));
        if let (Some(first), Some(last)) = (first, last) {
            let start = words[first].span.start.min(w.span.start);
            let end = words[last].span.end.max(w.span.end);
            out.push(Kind::Grade.at(start..end));
        }
    }
}

/// Words that tell of a student's misconduct case, and how many words around a student
/// number they are looked for (in its sentence and the ones after it).
const MISCONDUCT: &[&str] = &[
    "plagiarism",
    "plagiaat",
    "fraude",
    "fraud",
    "cheating",
    "cheated",
    "gespiekt",
    "excluded",
    "uitgesloten",
    "geschorst",
    "suspended",
    "expelled",
];
const MISCONDUCT_REACH: usize = 25;

fn starts_with_prefix(words: &[Word], prefixes: &[&str]) -> bool {
    words.iter().any(|w| prefixes.iter().any(|p| w.lower.starts_with(p)))
}

fn exam_material(text: &Text, out: &mut Vec<Found>) {
    let p = patterns();
    let mut taken: Vec<Range<usize>> = Vec::new();
    // Found once: every exam match asks whether one lies in its sentence.
    let answer_lists: Vec<Range<usize>> = text.find_lower(&p.answer_list).collect();
    let keys = text.keys();
    let answers = STUDENT_ANSWER_KEYS.iter().any(|k| keys.contains(k));
    for span in answers
        .then(|| text.find_lower(&p.student_answer))
        .into_iter()
        .flatten()
    {
        let sentence = text.sentence_words(&span);
        if has(sentence, EXAMS) && !starts_with_prefix(sentence, PRACTICE) {
            taken.push(span.clone());
            out.push(Kind::Exam.at(span));
        }
    }
    for span in text.find_lower(&p.exam_material) {
        if taken.iter().any(|t| t.start < span.end && span.start < t.end) {
            continue;
        }
        let sentence = text.sentence_words(&span);
        let range = text.sentence_around(&span);
        if text.src[range.end..].starts_with('?') {
            continue;
        }
        // Material of an exam still to come is a leak even when called practice ("voor wie wil oefenen 😉").
        let upcoming = has(sentence, UPCOMING) || (has(sentence, &["next", "volgende"]) && has(sentence, &["week"]));
        // An exam to come plus a hint at its content ("is about …", "😉") shares it without saying so.
        let hint = has(sentence, &["about", "over", "hint", "tip"]) || text.src[range.clone()].contains('😉');
        // "Antwoorden deeltoets week 5: 1b, 2c, 3a": the key itself follows.
        let key = (answer_lists.iter()).any(|k| range.start <= k.start && k.end <= range.end);
        let shared = (upcoming && hint)
            || key
            || has(sentence, SHARING)
            || text.src[span.end..].trim_start().starts_with([':', '👇', '⬇'])
            || text.src[range].contains(['👇', '⬇']);
        let legit = has(sentence, LEGIT_WORDS)
            || starts_with_prefix(sentence, LEGIT_PREFIXES)
            || (!upcoming && starts_with_prefix(sentence, PRACTICE));
        if shared && !legit {
            taken.push(span.clone());
            out.push(Kind::Exam.at(span));
        }
    }
    exam_hints(text, &answer_lists, &mut taken, out);
}

/// "Exam hint 😉 question 3 tomorrow is the Solow derivation", "vraag 2 van morgen gaat over
/// …": a numbered question of an exam to come with a hint at its content; and a bare answer
/// key ("1b, 2c, 3a, 4d") next to an exam word.
fn exam_hints(text: &Text, answer_lists: &[Range<usize>], taken: &mut Vec<Range<usize>>, out: &mut Vec<Found>) {
    let p = patterns();
    let free =
        |span: &Range<usize>, taken: &[Range<usize>]| !taken.iter().any(|t| t.start < span.end && span.start < t.end);
    for span in text.find_lower(&p.question_number) {
        let range = text.sentence_around(&span);
        if !free(&range, taken) || text.src[range.end..].starts_with('?') {
            continue;
        }
        let sentence = text.sentence_words(&span);
        let exam = has(sentence, EXAM_WORDS);
        let upcoming = has(sentence, UPCOMING) || (has(sentence, &["next", "volgende"]) && has(sentence, &["week"]));
        let lower = &text.lower[range.clone()];
        let hint = has(sentence, HINTS)
            || ["is about", "will be about", "gaat over", "komt over"]
                .iter()
                .any(|h| lower.contains(h))
            || text.src[range.clone()].contains(['😉', '🤫', '😏']);
        // "last year's exam", "het tentamen van vorig jaar": past material.
        let past = lower.contains("last year") || lower.contains("vorig jaar") || lower.contains("vorige jaar");
        // "vraag 1 is altijd opwarmen": how exams usually go, not what this one asks.
        let usual = has(
            sentence,
            &["altijd", "always", "usually", "meestal", "typically", "doorgaans"],
        );
        let legit = past
            || usual
            || starts_with_prefix(sentence, PRACTICE)
            || has(sentence, LEGIT_WORDS)
            || starts_with_prefix(sentence, LEGIT_PREFIXES);
        if exam && upcoming && hint && !legit {
            taken.push(range);
            out.push(Kind::Exam.at(span));
        }
    }
    for span in answer_lists.iter().cloned() {
        let range = text.sentence_around(&span);
        // The sentence before counts: "Antwoorden quiz week 3. 1b, 2c, 3a".
        let before = text.sentence_around(&(range.start.saturating_sub(1)..range.start.saturating_sub(1)));
        let context = text.words_in(&(before.start..range.end));
        let keyed = has(
            context,
            &[
                "antwoorden",
                "antwoord",
                "answers",
                "answer",
                "key",
                "sleutel",
                "solutions",
            ],
        );
        // A pub quiz is not an exam.
        let leisure = has(
            context,
            &[
                "pub", "pubquiz", "kroeg", "borrel", "bar", "café", "cafe", "party", "feest",
            ],
        );
        let exam = has(context, EXAM_WORDS) && !leisure && !starts_with_prefix(context, PRACTICE);
        if free(&(before.start..range.end), taken) && keyed && exam {
            taken.push(span.clone());
            out.push(Kind::Exam.at(span));
        }
    }
}

/// Exam words for hints and answer keys.
const EXAM_WORDS: &[&str] = &[
    "tentamen",
    "examen",
    "toets",
    "deeltoets",
    "hertentamen",
    "exam",
    "exams",
    "test",
    "midterm",
    "final",
    "finals",
    "resit",
    "retake",
    "quiz",
];
/// Words that give away what a question will ask.
const HINTS: &[&str] = &[
    "hint",
    "hints",
    "tip",
    "tipje",
    "literally",
    "letterlijk",
    "precies",
    "exactly",
    "gewoon",
    "saying",
    "spoiler",
    "wink",
];

/// Words for an exam still to come.
const UPCOMING: &[&str] = &["morgen", "tomorrow", "overmorgen", "komende", "upcoming"];
/// Practice material, fine to share unless the exam is still to come.
const PRACTICE: &[&str] = &["oefen", "practi", "mock", "sample", "proef", "voorbeeld", "example"];
/// Adverbs between "failed" and "with".
const AGAIN: &[&str] = &["again", "weer", "opnieuw", "alweer", "ook", "also", "nog", "even"];
/// Words that may stand between a student's name and the verb: "Tim uit mijn werkgroep had …".
const GROUP_WORDS: &[&str] = &[
    "uit",
    "van",
    "in",
    "from",
    "of",
    "mijn",
    "my",
    "our",
    "onze",
    "ons",
    "the",
    "de",
    "het",
    "werkgroep",
    "tutorial",
    "tutorialgroep",
    "group",
    "groep",
    "class",
    "klas",
    "course",
    "vak",
    "seminar",
    "werkcollege",
    "mentorgroep",
    "studiegroep",
    "lab",
    "team",
    "project",
    "projectgroep",
];

/// The index of a name up to five group words before word `verb` ("Tim uit mijn werkgroep").
fn name_before_group(text: &Text, verb: usize) -> Option<usize> {
    let words = &text.words;
    let mut k = verb;
    let mut skipped = 0;
    while k > 0 && skipped < 5 {
        k -= 1;
        let w = &words[k];
        if !adjacent(text.src, w.span.end, words[k + 1].span.start) {
            return None;
        }
        if GROUP_WORDS.contains(&w.lower.as_str()) {
            skipped += 1;
            continue;
        }
        // Only a group phrase may stand between: at least one group noun, and a name before it.
        return (skipped >= 2 && is_name(text, w)).then_some(k);
    }
    None
}

/// "Gefeliciteerd Sophie met je 9,5", "Congrats to Emma Visser for the highest grade, a 9.5".
fn congratulations(text: &Text, out: &mut Vec<Found>, aggregates: &Amortized<ListCounts>) {
    let words = &text.words;
    for (i, w) in words.iter().enumerate() {
        if !CONGRATS.contains(&w.lower.as_str()) {
            continue;
        }
        let mut n = i + 1;
        if words
            .get(n)
            .is_some_and(|t| matches!(t.lower.as_str(), "to" | "aan" | "voor" | "of" | "op"))
        {
            n += 1;
        }
        let Some(name) = words.get(n).filter(|x| is_name(text, x)) else {
            continue;
        };
        let sentence = text.sentence_around(&name.span);
        // A grade later in the sentence, right after "je", "een", "a", "your", "with" or "met".
        let grade = (n + 1..words.len())
            .take_while(|&k| words[k].span.end <= sentence.end)
            .find(|&k| {
                k > 0
                    && matches!(
                        words[k - 1].lower.as_str(),
                        "je" | "jouw"
                            | "een"
                            | "a"
                            | "your"
                            | "with"
                            | "met"
                            | "her"
                            | "his"
                            | "their"
                            | "haar"
                            | "zijn"
                            | "hun"
                    )
                    && words[k].lower.bytes().all(|b| b.is_ascii_digit())
                    && grade_end(text, k).is_some()
            });
        if let Some(end) = grade.and_then(|k| grade_end(text, k)) {
            // "Trots op Psychologie met een 8 in de NSE": a statistic, not a student.
            if aggregate_around(text, &(name.span.start..end), aggregates) {
                continue;
            }
            out.push(Kind::Grade.at(name.span.start..end));
        }
    }
}

const CONGRATS: &[&str] = &[
    "gefeliciteerd",
    "felicitaties",
    "proficiat",
    "congrats",
    "congratulations",
    "bravo",
    "shoutout",
    "kudos",
    "proud",
    "trots",
];

const FAIL_KEYS: &[&str] = &["gezakt", "zakte", "failed"];
const EXAM_KEYS: &[&str] = &[
    "tentamen", "examen", "toets", "exam", "test", "midterm", "final", "resit", "retake", "quiz", "antwoord", "answer",
];

/// A substring of every match of the student-answer pattern: most posts with an exam word
/// hold none.
const STUDENT_ANSWER_KEYS: &[&str] = &["answer", "antwoord", "schreef", "schreven", "wrote"];

/// The gate keys, for [`crate::rules::keys`].
pub(super) fn keys() -> impl Iterator<Item = &'static &'static str> {
    GRADE_WORDS
        .iter()
        .chain(FAIL_KEYS)
        .chain(EXAM_KEYS)
        .chain(CONGRATS)
        .chain(STUDENT_ANSWER_KEYS)
}

/// A capital A–F standing alone ("an A+", "a B"): the only way a letter grade is written.
fn has_letter_grade(src: &str) -> bool {
    let b = src.as_bytes();
    (0..b.len()).any(|i| {
        matches!(b[i], b'A'..=b'F')
            && (i == 0 || !b[i - 1].is_ascii_alphanumeric())
            && !matches!(b.get(i + 1), Some(c) if c.is_ascii_alphanumeric())
    })
}

impl Rule for StudentRecords {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, text: &Text, out: &mut Vec<Finding>) {
        let mut found = Vec::new();
        // Cheap gates first: most posts hold no digit, grade word or exam word at all.
        let keys = text.keys();
        let any = |list: &[&str]| list.iter().any(|k| keys.contains(k));
        let digits = text.src.contains(|c: char| c.is_ascii_digit());
        let aggregates = Amortized::new();
        if digits || any(GRADE_WORDS) || has_letter_grade(text.src) {
            grades(text, &mut found, &aggregates);
        }
        if digits {
            graded_student_numbers(text, &mut found);
            failed_student_numbers(text, &mut found);
        }
        if any(FAIL_KEYS) {
            fails(text, &mut found);
        }
        if digits && any(CONGRATS) {
            congratulations(text, &mut found, &aggregates);
        }
        // Exam patterns match outside entities only: "exam" in "example.org" does not count.
        if EXAM_KEYS
            .iter()
            .any(|k| keys.contains(k) && text.contains_outside_entities(k))
        {
            exam_material(text, &mut found);
        }
        // One grade finding per phrase: "Shoutout to Daan, who got a 10" is found as
        // congratulations and as a grade.
        found.sort_by_key(|f| f.finding.span.start);
        let mut end = 0;
        found.retain(|f| match f.kind {
            Kind::Grade if f.finding.span.start < end => false,
            Kind::Grade => {
                end = f.finding.span.end;
                true
            }
            Kind::Exam => true,
        });
        out.extend(found.into_iter().map(|f| f.finding));
    }
}

#[cfg(test)]
mod tests {
    use crate::check;

    fn flagged(text: &str) -> Vec<String> {
        crate::rules::flagged_by("student-records", text)
    }

    #[test]
    fn leaves_student_numbers_to_personal_data() {
        // A student number is personal data (tip 7); the grade beside it stays a record here.
        assert!(flagged("Mail s1234567 even over zijn herkansing.").is_empty());
        assert!(flagged("Studentnummer: 1234567, graag contact.").is_empty());
        assert_eq!(
            flagged("Thanks to Noor Bakker (s2345671), who finally passed with a 6."),
            ["who finally passed with a 6"]
        );
    }

    #[test]
    fn flags_student_numbers_listed_with_grades() {
        assert_eq!(
            flagged("De uitslagen: s2345678 een 8, s2398812 een 4,5, s2401177 een 6. Herkansing 12 juni."),
            ["s2345678 een 8, s2398812 een 4,5, s2401177 een 6"]
        );
        assert_eq!(
            flagged("Grades: s3012876 – 6.5, s2987731 – 5.0. Resit info follows."),
            ["s3012876 – 6.5, s2987731 – 5.0"]
        );
        // Credits, a share or a count after the number are no grade.
        assert!(flagged("s1234567 heeft 6 EC gehaald").is_empty());
        assert!(flagged("s1234567: 80% aanwezig").is_empty());
        // A student number and a fail: a result.
        assert_eq!(
            flagged("helaas voor s2895541 die het wéér niet heeft gehaald"),
            ["s2895541 die het wéér niet heeft gehaald"]
        );
        assert!(flagged("s2895541 heeft zijn pas gehaald bij de balie, niet zijn cijferlijst").is_empty());
        assert_eq!(
            flagged("cijfers staan online: hele groep 2B geslaagd behalve s2034817 en s2041166 😬"),
            ["geslaagd behalve s2034817"]
        );
        assert_eq!(
            flagged(concat!(
                "Another plagiarism case today: s3198842, MSc Media Studies. ",
                "Caught with 60% copied text. Excluded for a semester."
            )),
            ["plagiarism case today: s3198842, MSc Media Studies. Caught with 60% copied text. Excluded"]
        );
        // Reported once: the numbers are not also personal data on their own.
        let rules: Vec<String> = crate::check("Grades: s3012876 – 6.5, s2987731 – 5.0.")
            .into_iter()
            .map(|d| d.rule)
            .collect();
        assert_eq!(rules, ["student-records"]);
    }

    #[test]
    fn flags_grades_tied_to_names() {
        assert_eq!(flagged("Jan kreeg een 4 voor zijn scriptie 😬"), ["Jan kreeg een 4"]);
        assert_eq!(
            flagged("Sarah failed with a 3.5, poor thing."),
            ["Sarah failed with a 3.5"]
        );
        assert_eq!(flagged("Gisteren kreeg Pieter een 5,5!"), ["kreeg Pieter een 5,5"]);
        assert_eq!(flagged("Ik gaf Tom een 2 voor dat essay."), ["Tom een 2"]);
        assert_eq!(flagged("Proud: Emma got an A+ on her thesis"), ["Emma got an A+"]);
        assert_eq!(
            flagged("Lisa is gezakt voor haar tentamen."),
            ["Lisa is gezakt voor haar tentamen"]
        );
        assert_eq!(flagged("Tom failed the exam again."), ["Tom failed the exam"]);
        assert_eq!(flagged("Jan's thesis got a 9 🎉"), ["Jan's thesis got a 9"]);
        assert_eq!(
            flagged("@jan_devries kreeg een onvoldoende"),
            ["@jan_devries kreeg een onvoldoende"]
        );
        assert_eq!(
            flagged("Tim uit mijn werkgroep had een 3,2 voor het tentamen."),
            ["Tim uit mijn werkgroep had een 3,2"]
        );
        assert_eq!(
            flagged("Mark from my tutorial group failed again with a 4.2. Third attempt."),
            ["Mark from my tutorial group failed again with a 4.2"]
        );
        assert_eq!(
            flagged("Gefeliciteerd Sophie met je 9,5 voor je scriptie! 🎉"),
            ["Sophie met je 9,5"]
        );
    }

    #[test]
    fn flags_shared_exam_material() {
        assert_eq!(
            flagged("Here are the exam questions for tomorrow 👇"),
            ["exam questions"]
        );
        assert_eq!(flagged("Hier alvast de tentamenvragen van morgen"), ["tentamenvragen"]);
        assert_eq!(
            flagged("Beste antwoord op het tentamen vandaag: 'Napoleon was een kerk'"),
            ["Beste antwoord"]
        );
        assert_eq!(
            flagged("A student wrote on the exam that Kant was Dutch 😂"),
            ["A student wrote"]
        );
        assert_eq!(
            flagged("Answers to the midterm: 1b, 2c, 3a"),
            ["Answers to the midterm"]
        );
        assert_eq!(
            flagged("Question 4 of tomorrow's exam is about the Peace of Westphalia, just saying 😉"),
            ["Question 4 of tomorrow's exam"]
        );
        assert_eq!(
            flagged("Tentamenvraag voor morgen, voor wie alvast wil oefenen 😉: 'Leg uit …'"),
            ["Tentamenvraag"]
        );
    }

    #[test]
    fn flags_answer_keys_hints_and_grades_in_praise() {
        for (text, spans) in [
            (
                "Antwoorden tentamen Strafrecht van vanochtend: 1a, 2d, 3c, 4b 👍",
                &["Antwoorden tentamen"][..],
            ),
            (
                "Uitwerkingen deeltoets 2 staan hieronder 👇",
                &["Uitwerkingen deeltoets"],
            ),
            (
                "Answers midterm Econ 101 for those who missed it: 1c, 2a, 3d, 4b",
                &["Answers midterm"],
            ),
            ("Quiz week 3 answers: 1-b, 2-d, 3-a, 4-c", &["1-b, 2-d, 3-a, 4-c"]),
            (
                "Toets morgen: vraag 4 gaat gewoon over de Westfaalse vrede 😉",
                &["vraag 4"],
            ),
            (
                "Midterm tip: question 2 next week is literally the IS-LM derivation.",
                &["question 2"],
            ),
            (
                "Congrats to Maya de Vries on her 8.5 for the thesis! 🎓",
                &["Maya de Vries on her 8.5"],
            ),
            ("Proud of Jeroen for his 9 on the final 🎉", &["Jeroen for his 9"]),
            ("Trots op Fleur met haar 9 voor de scriptie!", &["Fleur met haar 9"]),
            ("Shoutout to Daan, who got a 10 for his essay.", &["Daan, who got a 10"]),
            ("Jan just got a 4 on his resit.", &["Jan just got a 4"]),
            (
                "Pieter kreeg eindelijk een 6 voor statistiek.",
                &["Pieter kreeg eindelijk een 6"],
            ),
        ] {
            assert_eq!(flagged(text), spans, "{text}");
        }
    }

    #[test]
    fn one_grade_finding_a_phrase() {
        // Found both as congratulations and as a grade: reported once. The student number in it
        // is personal data, found by that rule.
        let text = "Congrats to Lucas Meijer (s2298817), who just got a 9!";
        assert_eq!(flagged(text), ["Lucas Meijer (s2298817), who just got a 9"]);
        let found: Vec<(String, String)> = check(text).into_iter().map(|d| (d.rule, d.message)).collect();
        assert_eq!(
            found,
            [
                ("student-records".to_string(), super::GRADE.en.to_string()),
                (
                    "personal-data".to_string(),
                    "This is a student number: personal data of a student. Remove it.".into()
                ),
            ]
        );
    }

    #[test]
    fn leaves_exercises_past_exams_and_other_praise_alone() {
        for text in [
            "Homework for this week: exercises 1a, 2b and 3c from chapter 4.",
            "Huiswerk: opgaven 1a, 2b, 3c uit hoofdstuk 2.",
            "Question 3 on the practice exam tomorrow is about Kant, so do it tonight 😉",
            "Tomorrow in class we go over question 3 of last year's exam.",
            "Any hints for question 3 tomorrow? Asking for my students 😅",
            "Congrats to Maya de Vries on her PhD defence! 🎓",
            "Proud of Jeroen for his 9 years at the faculty 🎉",
            "Shoutout to Daan, who organised the 3 day conference.",
            "Rooms 1a, 2b, 3c are closed for maintenance during the exam week.",
            "De antwoorden op jullie vragen over het tentamen staan op Brightspace.",
            "Question 2 of our survey asks about exam stress.",
            "Quiz tonight in the pub! Answers: 1a, 2b, 3c were the hardest rounds last time 🍺",
            "Tip voor het tentamen morgen: neem een rekenmachine mee 😉 vraag 1 is altijd opwarmen.",
            "Proud of Lisa for a 9 out of 10 on the teaching evaluations.",
        ] {
            assert!(flagged(text).is_empty(), "flagged: {text}");
        }
    }

    #[test]
    fn leaves_schedules_luck_and_aggregates_alone() {
        assert!(flagged("Succes iedereen met het tentamen morgen in het Gorlaeus! 🍀").is_empty());
        assert!(flagged("Tentamen op 12 maart, 9.00-12.00 uur, zaal 1.12").is_empty());
        assert!(flagged("Gemiddeld een 7,2 dit jaar, trots op deze groep.").is_empty());
        assert!(flagged("The class average was 6.8 this year.").is_empty());
        assert!(flagged("Anna is geslaagd! Gefeliciteerd 🎉").is_empty());
        assert!(flagged("Ik kreeg een 8 voor mijn eerste paper 😄").is_empty());
        assert!(flagged("Psychologie kreeg gemiddeld een 7,8 in de NSE.").is_empty());
    }

    #[test]
    fn leaves_other_numbers_and_topics_alone() {
        assert!(flagged("Jan kreeg een 4-jarige beurs van NWO!").is_empty());
        assert!(flagged("Sarah had a 3 hour meeting with the dean.").is_empty());
        assert!(flagged("Jan heeft 3 kinderen.").is_empty());
        assert!(flagged("Jan failed to reproduce the result.").is_empty());
        assert!(flagged("Workshop: hoe schrijf je goede tentamenvragen?").is_empty());
        assert!(flagged("Here are some practice exam questions for the course 👇").is_empty());
        assert!(flagged("Ik zit tentamenvragen te maken ☕").is_empty());
        assert!(flagged("Ik heb de examenvragen voor volgende week af. Nu nog nakijken!").is_empty());
        assert!(flagged("Any questions for tomorrow's exam? Ask away below.").is_empty());
        assert!(flagged("Het kenmerk is S12345678 en dat is geen studentnummer").is_empty());
    }
}
