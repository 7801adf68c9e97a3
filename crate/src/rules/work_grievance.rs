//! # work-grievance
//!
//! **What it catches:** disparaging one's own employer, manager, colleagues, students or
//! the faculty board in public: a work role that is one's own ("mijn manager", "onze
//! decaan", "die baas van mij", "the faculty board", "HR") said to be lazy, stupid,
//! incompetent, useless, a disaster or a joke ("mijn manager is een idioot", "our dean is
//! a disaster", "wat een luie studenten", "mijn collega's zijn incompetent", "the faculty
//! board are clowns", "mijn baas snapt er niks van"), and hating one's job or colleagues
//! ("I hate my job at the university", "ik ben mijn collega's zat").
//!
//! **Why (tip 5):** *Let op de relatie tussen werk en privé. Heb je in je profiel
//! aangegeven waar je werkt? Realiseer je dan dat je ook in je vrije tijd als medewerker
//! van de universiteit gezien kan worden.* Running down your workplace in public reflects
//! on the people named and on the university; a grievance belongs with the person
//! concerned or in the proper channel.
//!
//! **Not flagged:** disagreement with a decision or policy ("Ik ben het niet eens met het
//! besluit van het CvB over …", "the dean's plan is ridiculous": taking part in public
//! debate is encouraged); praise ("mijn collega's zijn geweldig"); negations ("mijn
//! studenten zijn helemaal niet lui"); questions and rebuttals ("Zijn onze studenten lui?
//! Nee.", "the myth that our students are lazy"); "baas" outside work ("eigen baas",
//! "baas in eigen buik"); other organisations ("the board of that airline are clowns",
//! "het kabinet is incompetent"); students or boards in general ("studenten die lui
//! zijn").
//!
//! **Examples**
//! - ✗ `Mijn manager is een idioot.`
//! - ✗ `Our dean is a disaster.`
//! - ✗ `Wat een luie studenten dit jaar.`
//! - ✓ `Ik ben het niet eens met het besluit van het CvB over de huisvesting.`
//! - ✓ `Mijn collega's zijn geweldig!`
//! - ✓ `Sinds januari ben ik mijn eigen baas.`

use super::{Rule, RuleMeta};
use crate::diagnostic::{Finding, Localized, Severity};
use crate::text::Text;
use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

pub struct WorkGrievance;
pub static RULE: WorkGrievance = WorkGrievance;

static META: RuleMeta = RuleMeta {
    id: "work-grievance",
    tip: 5,
    severity: Severity::Warning,
    title: Localized::new("Klagen over je werk", "Grievance about work"),
    description: Localized::new(
        "Kleinerende uitspraken over je werkgever, leidinggevende, collega's, studenten of het bestuur.",
        "Disparaging your employer, manager, colleagues, students or the board.",
    ),
};

const MESSAGE: Localized = Localized::new(
    "Je spreekt hier kleinerend over je werk of je collega's, en je wordt ook privé gezien als medewerker van de universiteit. Bespreek onvrede met de persoon zelf of via de juiste weg (leidinggevende, vertrouwenspersoon, medezeggenschap), niet in het openbaar.",
    "This runs down your workplace or colleagues, and even in private you are seen as a university employee. Raise the issue with the person or through the proper channel (your manager, a confidential adviser, the staff council), not in public.",
);

/// Whose role a subject is: people need "my", "our", "die", "those"…; the organisation's
/// bodies may also take "de", "het", "the" (there is only one dean of one's faculty).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Person,
    Body,
    /// A body that needs a qualifier after an article ("the faculty board", not "the board").
    Board,
    /// Needs no determiner at all: "HR is hopeless", "CvB faalt".
    Bare,
    /// One's job: only with "my"/"mijn" ("my job sucks", "I hate my job").
    Job,
}

const PEOPLE: &[&str] = &[
    "manager", "managers", "baas", "bazen", "leidinggevende", "leidinggevenden", "chef", "teamleider", "afdelingshoofd",
    "directeur", "collega", "collega's", "collegas", "teamgenoten", "studenten", "student", "studentjes", "eerstejaars",
    "leader", "promovendi", "promovendus", "promotor", "begeleider", "supervisor", "supervisors", "pi", "boss",
    "bosses", "colleague", "colleagues", "coworker", "coworkers", "students", "undergrads", "postdocs", "hoogleraar",
    "professor", "docenten", "lecturers", "head",
];
const BODIES: &[&str] = &[
    "decaan", "dean", "rector", "cvb", "faculteitsbestuur", "directie", "management", "universiteit", "university",
    "uni", "faculteit", "faculty", "afdeling", "department", "vakgroep", "instituut", "institute", "werkgever",
    "employer", "leiding", "hr", "p&o",
];
const BOARDS: &[&str] = &["bestuur", "board", "leadership"];
const BARE: &[&str] = &["hr", "p&o", "cvb", "management"];
const JOBS: &[&str] = &["job", "baan", "werkplek", "workplace"];

fn roles() -> &'static HashMap<&'static str, Role> {
    static ROLES: OnceLock<HashMap<&'static str, Role>> = OnceLock::new();
    ROLES.get_or_init(|| {
        let mut map = HashMap::new();
        map.extend(PEOPLE.iter().map(|&w| (w, Role::Person)));
        map.extend(BODIES.iter().map(|&w| (w, Role::Body)));
        map.extend(BOARDS.iter().map(|&w| (w, Role::Board)));
        map.extend(BARE.iter().map(|&w| (w, Role::Bare)));
        map.extend(JOBS.iter().map(|&w| (w, Role::Job)));
        map
    })
}

fn role_of(word: &str) -> Option<Role> {
    if let Some(&role) = roles().get(word) {
        return Some(role);
    }
    // "masterstudenten", "vakgroepcollega's"
    let compound = ["studenten", "collega's", "collegas"]
        .iter()
        .any(|s| word.len() > s.len() + 2 && word.ends_with(s));
    compound.then_some(Role::Person)
}

/// Determiners that make a role one's own.
const OWN: &[&str] = &["mijn", "m'n", "onze", "ons", "my", "our"];
/// Pointing determiners, own enough for people ("die baas van mij", "those students").
const POINTING: &[&str] = &["die", "deze", "zulke", "those", "these", "zo'n"];
/// Articles, own enough for the organisation's bodies ("de decaan", "the dean").
const ARTICLES: &[&str] = &["de", "het", "the", "this", "dit", "deze"];

/// Words that may stand between a determiner and the role.
const MODIFIERS: &[&str] = &[
    "phd", "master", "masters", "bachelor", "bachelors", "eerstejaars", "tweedejaars", "derdejaars", "first", "second",
    "third", "year", "nieuwe", "new", "huidige", "current", "oude", "old", "international", "internationale",
    "undergraduate", "graduate", "postdoc", "senior", "junior", "directe", "direct", "line", "dear", "fellow", "lieve",
    "beste", "geachte", "faculty", "executive", "university", "college", "universiteits", "faculteits", "hogere",
    "upper", "hele", "whole", "department", "afdelings", "research", "group", "team", "project", "entire", "voltallige",
    "zogenaamde", "dierbare", "fantastische", "oud", "ex", "former",
];
/// Qualifiers that make "the board" the university's.
const BOARD_QUALIFIERS: &[&str] =
    &["faculty", "executive", "university", "college", "universiteits", "faculteits", "hogere", "upper"];

/// Predicates that run someone down ("is een idioot", "are clowns", "is a disaster").
const DISPARAGING: &[&str] = &[
    // Dutch
    "lui", "dom", "stom", "incompetent", "onbekwaam", "onkundig", "waardeloos", "nutteloos", "hopeloos", "idioot",
    "idioten", "clowns", "clown", "sukkel", "sukkels", "prutsers", "prutser", "amateurs", "amateuristisch", "ramp",
    "rampzalig", "lachertje", "aanfluiting", "zooitje", "puinhoop", "janboel", "poppenkast", "circus", "achterlijk",
    "debiel", "debielen", "laf", "lafaards", "leugenaars", "onbenullen", "onbenul", "kneusjes", "eikels", "klootzakken",
    "hufters", "randdebielen", "vreselijk", "verschrikkelijk", "onuitstaanbaar", "tenenkrommend", "arrogant",
    "kinderachtig", "onprofessioneel", "grap", "schande", "belachelijk", "klote", "kut", "ongeschikt", "idiote", "luie",
    "domme", "stomme", "waardeloze", "nutteloze", "hopeloze", "incompetente", "onbekwame", "achterlijke",
    "kinderachtige", "onprofessionele", "vreselijke", "verschrikkelijke",
    // English
    "lazy", "stupid", "dumb", "useless", "idiots", "idiot", "idiotic", "morons", "moron", "clueless", "hopeless",
    "pathetic", "disaster", "joke", "nightmare", "terrible", "awful", "worst", "garbage", "trash", "rubbish", "toxic",
    "spineless", "cowards", "cowardly", "liars", "mess", "shambles", "shambolic", "ridiculous", "jerks", "jerk",
    "assholes", "dinosaurs", "braindead", "insufferable", "unbearable", "worthless", "incapable", "inept",
    "unprofessional", "childish", "losers", "disgrace", "imbeciles", "shit", "crap", "laziest", "stupidest", "dumbest",
    "luiste", "domste", "stomste", "slechtste",
];
/// Disparaging adjectives before the role ("wat een luie studenten", "my useless manager").
const DISPARAGING_BEFORE: &[&str] = &[
    "luie", "domme", "stomme", "incompetente", "onbekwame", "waardeloze", "nutteloze", "hopeloze", "idiote",
    "achterlijke", "debiele", "arrogante", "irritante", "vreselijke", "verschrikkelijke", "onuitstaanbare", "laffe",
    "onkundige", "kinderachtige", "onprofessionele", "kut", "klote", "lazy", "stupid", "dumb", "useless", "incompetent",
    "clueless", "idiotic", "pathetic", "hopeless", "terrible", "awful", "worthless", "spineless", "toxic",
    "insufferable", "inept", "moronic", "unprofessional", "shitty", "crappy",
];
/// Insults that open "die idioot van een manager", "that idiot of a dean".
const INSULTS: &[&str] = &[
    "idioot", "sukkel", "eikel", "klojo", "hufter", "lul", "oen", "idiot", "moron", "clown", "jerk", "fool",
];

/// Plural insults for the colleagues one works with ("ik werk met idioten").
const INSULTS_PLURAL: &[&str] = &[
    "idioten", "sukkels", "prutsers", "clowns", "amateurs", "eikels", "debielen", "imbecielen", "idiots", "morons",
    "clowns", "fools", "imbeciles", "jerks", "incompetents", "amateurs",
];

/// Verdicts that are nouns, and so may begin a compound ("disaster researcher").
const VERDICT_NOUNS: &[&str] = &[
    "disaster", "ramp", "joke", "grap", "nightmare", "circus", "mess", "garbage", "trash", "rubbish", "puinhoop",
    "lachertje", "aanfluiting", "zooitje", "schande", "shambles", "disgrace", "dinosaurs", "clown", "clowns",
];
/// Words that may follow a verdict noun without making it a compound ("a disaster for …").
const AFTER_VERDICT: &[&str] = &[
    "for", "when", "at", "in", "with", "and", "but", "as", "to", "of", "voor", "als", "bij", "met", "en", "maar",
    "want", "omdat", "dat", "that", "because", "wat", "what", "sometimes", "soms", "again", "weer", "today", "vandaag",
    "honestly", "eerlijk", "echt", "really", "tbh", "lol", "haha", "dit", "this", "who", "die", "zoals", "like", "here",
    "hier", "there", "daar", "altijd", "always", "ever", "sinds", "since", "lately", "imo", "of", "om", "op", "on",
    "van", "in", "is", "zijn", "are", "was", "wat", "qua", "wanneer", "geworden", "become", "waar", "where", "if",
    "als", "nowadays", "tegenwoordig", "right", "now", "nu", "nog", "still", "zeg", "joh",
];

/// Words after which a bare "management" or "HR" opens a clause ("… en HR is hopeless").
const CLAUSE_OPENERS: &[&str] =
    &["en", "and", "maar", "but", "want", "because", "dat", "that", "omdat", "ook", "also"];

/// Copulas: "is", "zijn", "are", "seems".
const COPULAS: &[&str] = &[
    "is", "zijn", "was", "waren", "blijft", "blijven", "lijkt", "lijken", "blijkt", "bleek", "bleken", "blijken", "are",
    "were", "seems", "seem", "remains", "remain", "be", "been", "zijn", "ben",
];
/// Words that may stand in a predicate before the disparaging word.
const FILLERS: &[&str] = &[
    "een", "echt", "zo", "zó", "gewoon", "totaal", "volkomen", "compleet", "ontzettend", "zo'n", "super", "enorm",
    "complete", "echte", "a", "an", "such", "so", "really", "completely", "totally", "utterly", "absolutely", "just",
    "the", "most", "bunch", "of", "stel", "stelletje", "total", "truly", "incredibly", "ongelooflijk", "ongelofelijk",
    "hartstikke", "behoorlijk", "nogal", "vaak", "weer", "alweer", "altijd", "always", "again", "once", "toch", "wel",
    "ook", "allemaal", "all", "ontzettende", "grote", "big", "absolute", "pretty", "quite", "rather", "extremely",
    "extreem", "erg", "heel", "zeer", "volstrekt", "ronduit", "gewoonweg", "simply", "bijzonder", "beetje", "bit",
    "bloody", "fucking", "dus", "nu", "now", "still", "nog", "steeds", "also", "too", "complete", "grootste", "biggest",
    "van", "één", "one", "ultimate", "lekker", "eens", "helemaal",
];
/// Words that may stand between the role and the verb ("mijn collega's op de afdeling zijn …").
const BETWEEN: &[&str] = &[
    "op", "in", "at", "bij", "from", "on", "de", "het", "the", "afdeling", "department", "werk", "work", "uni",
    "faculteit", "faculty", "hier", "here", "team", "vakgroep", "lab", "instituut", "institute", "mijn", "my", "onze",
    "our", "dit", "this", "jaar", "year", "ook", "also", "allemaal", "all", "gewoon", "echt", "toch", "weer", "alweer",
    "nu", "now", "again", "really", "just", "van", "mij", "me", "ons", "tegenwoordig", "nowadays", "these", "days",
    "today", "vandaag", "lately", "laatst", "weer", "eens", "of",
];
/// Negations: "niet lui", "not lazy", "never a joke".
const NEGATIONS: &[&str] = &[
    "niet", "geen", "nooit", "not", "never", "no", "allesbehalve", "nauwelijks", "hardly", "isn't", "aren't", "wasn't",
    "weren't", "don't", "doesn't", "didn't", "geenszins", "nergens", "far",
];
/// Words that make the sentence a rebuttal of the grievance, not the grievance itself.
const REBUTTALS: &[&str] = &[
    "mythe", "myth", "vooroordeel", "vooroordelen", "prejudice", "stereotype", "stereotypes", "cliché", "onzin",
    "nonsense", "misverstand", "misconception", "untrue", "onwaar", "denken", "zeggen", "beweren", "claim", "claims",
    "say", "says", "assume", "zegt", "beweert",
];
/// Verbs of reporting or judging before the role ("ik vind mijn baas incompetent").
const JUDGING: &[&str] = &["vind", "vindt", "vinden", "find", "found", "consider", "call", "noem", "noemt"];

/// A word as this rule sees it: apostrophe and ampersand compounds joined ("collega's",
/// "m'n", "don't", "P&O").
struct Tok<'a> {
    span: Range<usize>,
    lower: Cow<'a, str>,
    sentence: usize,
}

fn tokens<'a>(text: &'a Text) -> Vec<Tok<'a>> {
    let mut toks: Vec<Tok<'a>> = Vec::with_capacity(text.words.len());
    let mut sentence = 0;
    for w in &text.words {
        if let Some(last) = toks.last_mut() {
            let gap = text.src.get(last.span.end..w.span.start).unwrap_or(" ");
            if matches!(gap, "'" | "’" | "&") && w.lower.chars().count() <= 3 {
                let joint = if gap == "&" { "&" } else { "'" };
                last.lower = Cow::Owned(format!("{}{joint}{}", last.lower, w.lower));
                last.span.end = w.span.end;
                continue;
            }
            if gap.contains(['.', '!', '?', '\n']) {
                sentence += 1;
            }
        }
        toks.push(Tok {
            span: w.span.clone(),
            lower: Cow::Borrowed(w.lower.as_str()),
            sentence,
        });
    }
    toks
}

fn is_in(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}

struct Scan<'t, 'a> {
    text: &'t Text<'a>,
    toks: &'t [Tok<'a>],
}

impl Scan<'_, '_> {
    fn word(&self, i: usize) -> &str {
        &self.toks[i].lower
    }

    /// Token `j` exists and is in the sentence of token `i`.
    fn same(&self, i: usize, j: usize) -> bool {
        j < self.toks.len() && self.toks[j].sentence == self.toks[i].sentence
    }

    fn before(&self, i: usize, back: usize) -> Option<&str> {
        let j = i.checked_sub(back)?;
        self.same(i, j).then(|| self.word(j))
    }

    fn gap_after(&self, i: usize) -> &str {
        let end = self.toks.get(i + 1).map_or(self.text.src.len(), |t| t.span.start);
        self.text.src.get(self.toks[i].span.end..end).unwrap_or("")
    }

    /// The determiner that makes role `s` one's own: (index where the phrase starts,
    /// whether a disparaging adjective stands before the role).
    fn owner(&self, s: usize, role: Role) -> Option<(usize, bool)> {
        let mut d = s;
        let mut disparaged = false;
        let mut qualified = false;
        while d > s.saturating_sub(3) {
            let Some(w) = self.before(d, 1) else { break };
            if is_in(DISPARAGING_BEFORE, w) {
                disparaged = true;
            } else if is_in(MODIFIERS, w) {
                qualified |= is_in(BOARD_QUALIFIERS, w);
            } else {
                break;
            }
            d -= 1;
        }
        let det = self.before(d, 1);
        // "eigen baas": one's own boss is oneself.
        if self.before(s, 1) == Some("eigen") {
            return None;
        }
        let start = d.checked_sub(1);
        match (det, start) {
            (Some(w), Some(at)) if is_in(OWN, w) || is_in(POINTING, w) => Some((at, disparaged)),
            // "wat een luie studenten", "what a useless manager", "such a lazy bunch"
            (Some("een" | "a" | "an"), Some(at)) => match self.before(at, 1) {
                Some("wat" | "what" | "such" | "zo") => Some((at - 1, disparaged)),
                _ => None,
            },
            (Some(w), Some(at)) if is_in(ARTICLES, w) => match role {
                Role::Body | Role::Bare => Some((at, disparaged)),
                Role::Board if qualified => Some((at, disparaged)),
                _ => None,
            },
            _ if role == Role::Bare => Some((d, disparaged)),
            // "students these days", "studenten van tegenwoordig"
            _ if matches!(self.word(s), "studenten" | "students") => {
                let after: Vec<&str> = (1..=2).filter(|k| self.same(s, s + k)).map(|k| self.word(s + k)).collect();
                let generation = after.first().is_some_and(|w| matches!(*w, "tegenwoordig" | "nowadays" | "today"))
                    || after == ["these", "days"]
                    || after == ["van", "tegenwoordig"];
                generation.then_some((d, disparaged))
            }
            _ => None,
        }
    }

    /// The end of a disparaging predicate after role `s`, if there is one.
    fn predicate(&self, s: usize, copula_before: bool) -> Option<usize> {
        let mut copula = copula_before || self.gap_after(s).contains([':', '—', '–']);
        let mut j = s + 1;
        while self.same(s, j) && j <= s + 9 {
            let w = self.word(j);
            if let Some(end) = self.verb_phrase(j) {
                return Some(end);
            }
            if is_in(NEGATIONS, w) {
                return None;
            }
            if copula && is_in(DISPARAGING, w) {
                return (!self.innocent_sense(j)).then_some(j);
            }
            if !copula && is_in(COPULAS, w) {
                copula = true;
            } else if !(is_in(FILLERS, w) || !copula && is_in(BETWEEN, w)) {
                return None;
            }
            j += 1;
        }
        None
    }

    /// A disparaging word used otherwise: "stom verbaasd" (astonished), "vreselijk aardig"
    /// (terribly nice), "the worst affected".
    fn innocent_sense(&self, j: usize) -> bool {
        let next = self.same(j, j + 1).then(|| self.word(j + 1));
        let joined = self.gap_after(j).trim().is_empty();
        match self.word(j) {
            "stom" => matches!(next, Some("verbaasd" | "toevallig")),
            "worst" => matches!(next, Some("affected" | "hit" | "off")),
            "vreselijk" | "verschrikkelijk" | "belachelijk" | "ontzettend" => next.is_some() && joined,
            // "a disaster researcher", "een ramp-expert": the noun is part of a compound.
            w if is_in(VERDICT_NOUNS, w) => {
                let compound = self.gap_after(j).chars().all(|c| c == ' ' || c == '-');
                compound && next.is_some_and(|n| !is_in(AFTER_VERDICT, n))
            }
            _ => false,
        }
    }

    /// "snapt er niks van", "has no clue", "sucks": a verdict without a copula.
    fn verb_phrase(&self, j: usize) -> Option<usize> {
        let w = |k: usize| self.same(j, j + k).then(|| self.word(j + k));
        match (self.word(j), w(1), w(2)) {
            ("sucks" | "suck" | "zuigt" | "zuigen", _, _) => Some(j),
            ("snapt" | "snappen" | "begrijpt" | "begrijpen" | "kan" | "kunnen" | "bakt" | "bakken", Some("er"), _) => {
                // "snapt er (echt) niks van", "bakt er geen hout van"
                let mut k = 2;
                let adverb = |x: &str| matches!(x, "echt" | "helemaal" | "gewoon" | "totaal" | "dus" | "ook" | "weer");
                while w(k).is_some_and(adverb) {
                    k += 1;
                }
                let nothing = match (w(k), w(k + 1)) {
                    (Some("niks" | "niets" | "nada"), _) => k,
                    (Some("geen"), Some("hout" | "bal" | "reet" | "moer" | "snars" | "fluit")) => k + 1,
                    _ => return None,
                };
                Some(if w(nothing + 1) == Some("van") { j + nothing + 1 } else { j + nothing })
            }
            ("heeft" | "hebben" | "has" | "have", Some("geen" | "no"), Some("idee" | "clue" | "idea")) => Some(j + 2),
            ("heeft" | "hebben", Some("geen"), Some("flauw")) if w(3) == Some("idee") => Some(j + 3),
            ("heeft" | "hebben", Some("geen"), Some("verstand")) => Some(j + 2),
            ("doet" | "doen" | "does" | "do", Some("niks" | "niets" | "nothing"), _) => Some(j + 1),
            ("can't" | "cannot", Some("do"), Some("anything")) => Some(j + 2),
            ("doesn't" | "don't", Some("know"), Some("what")) => Some(j + 2),
            _ => None,
        }
    }

    /// "I hate my job", "ik ben mijn collega's zat", "fed up with my manager": the span start.
    fn hate_before(&self, det: usize) -> Option<usize> {
        let w1 = self.before(det, 1)?;
        let w2 = self.before(det, 2);
        let cue_start = match (w2, w1) {
            (_, "haat" | "hate" | "loathe" | "detest") => det - 1,
            (Some("can't" | "cannot"), "stand") => det - 2,
            (Some("hekel"), "aan") => det - 2,
            (Some("klaar"), "met") => det - 2,
            (Some("sick" | "tired"), "of") => det - 2,
            (Some("fed"), "up") => det - 2,
            (Some("up"), "with") if self.before(det, 3) == Some("fed") => det - 3,
            _ => return None,
        };
        // "Sick of my manager …" opens the post: the first person is understood.
        if self.before(cue_start, 1).is_none() {
            return Some(cue_start);
        }
        // The first person, a few words before the cue: "ik heb echt een hekel aan …".
        (1..=4)
            .filter_map(|k| self.before(cue_start, k).map(|w| (k, w)))
            .find(|(_, w)| matches!(*w, "ik" | "i" | "i'm" | "im" | "i've"))
            .map(|(k, _)| cue_start - k)
    }

    fn is_question_or_rebuttal(&self, s: usize) -> bool {
        let sentence = self.toks[s].sentence;
        let first = self.toks.partition_point(|t| t.sentence < sentence);
        let last = self.toks.partition_point(|t| t.sentence <= sentence);
        let words = &self.toks[first..last];
        if words.iter().any(|t| is_in(REBUTTALS, &t.lower)) {
            return true;
        }
        let end = self.toks.get(last).map_or(self.text.src.len(), |t| t.span.start);
        let tail = self.text.src.get(self.toks[last - 1].span.end..end).unwrap_or("");
        // A question asks; "waarom is mijn baas zo incompetent?" still complains.
        tail.contains('?') && !matches!(&*self.toks[first].lower, "waarom" | "why" | "hoe" | "how")
    }

    /// "Ik werk met idioten", "I work with morons": the colleagues are implied.
    fn works_with(&self, s: usize) -> Option<Range<usize>> {
        if !matches!(self.before(s, 1), Some("ik" | "i")) {
            return None;
        }
        let mut j = s + 1;
        if !(self.same(s, j) && matches!(self.word(j), "met" | "with" | "among" | "tussen")) {
            return None;
        }
        j += 1;
        while self.same(s, j) && j <= s + 5 {
            let w = self.word(j);
            if is_in(INSULTS_PLURAL, w) {
                return Some(self.toks[s - 1].span.start..self.toks[j].span.end);
            }
            if !is_in(FILLERS, w) && !is_in(DISPARAGING_BEFORE, w) && w != "alleen" && w != "only" {
                return None;
            }
            j += 1;
        }
        None
    }

    fn find(&self, s: usize) -> Option<Range<usize>> {
        if matches!(self.word(s), "werk" | "work" | "werken") {
            return self.works_with(s);
        }
        let role = role_of(self.word(s))?;
        // "my department head", not "my head is a mess".
        if self.word(s) == "head" && !matches!(self.before(s, 1), Some("department" | "group" | "lab" | "team")) {
            return None;
        }
        let t = &self.toks;
        // "die idioot van een manager", "that idiot of a dean"
        if matches!(role, Role::Person | Role::Body) {
            if let (Some(insult), Some("van" | "of"), Some("een" | "a")) =
                (self.before(s, 3), self.before(s, 2), self.before(s, 1))
            {
                if is_in(INSULTS, insult) {
                    let pointed = self.before(s, 4).is_some_and(|w| is_in(POINTING, w) || w == "that");
                    let start = if pointed { s - 4 } else { s - 3 };
                    return Some(t[start].span.start..t[s].span.end);
                }
            }
        }
        let (start, disparaged) = self.owner(s, role)?;
        if role == Role::Job && !is_in(OWN, self.word(start)) {
            return None;
        }
        // "Time management is a disaster": a bare "management" must open its clause.
        if role == Role::Bare && start == s {
            let opens = self.before(s, 1).map_or(true, |w| is_in(CLAUSE_OPENERS, w));
            if !opens {
                return None;
            }
        }
        let negated = (1..=4).filter_map(|k| self.before(start, k)).any(|w| is_in(NEGATIONS, w));
        if !negated && !self.is_question_or_rebuttal(s) {
            if let Some(h) = self.hate_before(start) {
                return Some(t[h].span.start..t[s].span.end);
            }
        }
        // "het besluit van het CvB", "the policy of our dean": the verdict is on the decision.
        if self.before(start, 1).is_some_and(|w| matches!(w, "van" | "of" | "from" | "by" | "about" | "over")) {
            return None;
        }
        // "the university of Amsterdam", "het bestuur van Ajax": another organisation.
        if matches!(role, Role::Body | Role::Board) && self.same(s, s + 1) && matches!(self.word(s + 1), "van" | "of") {
            let owner = self.same(s, s + 2).then(|| self.word(s + 2));
            if !owner.is_some_and(|w| is_in(OWN, w) || matches!(w, "mij" | "me" | "ons" | "us")) {
                return None;
            }
        }
        if negated || self.is_question_or_rebuttal(s) {
            return None;
        }
        // "ik ben mijn collega's zat"
        if self.same(s, s + 1) && matches!(self.word(s + 1), "zat" | "beu") {
            let me = (1..=3).filter_map(|k| self.before(start, k).map(|w| (k, w))).find(|(_, w)| *w == "ik");
            if let Some((k, _)) = me {
                return Some(t[start - k].span.start..t[s + 1].span.end);
            }
        }
        if role == Role::Job {
            // "my job sucks", "mijn baan is waardeloos"
            return self.predicate(s, false).map(|end| t[start].span.start..t[end].span.end);
        }
        if disparaged {
            return Some(t[start].span.start..t[s].span.end);
        }
        // "Wat zijn mijn collega's toch lui", "ik vind mijn baas incompetent"
        let copula_before = self.before(start, 1).is_some_and(|w| is_in(COPULAS, w))
            || (1..=3).filter_map(|k| self.before(start, k)).any(|w| is_in(JUDGING, w));
        let end = self.predicate(s, copula_before)?;
        Some(t[start].span.start..t[end].span.end)
    }
}

impl Rule for WorkGrievance {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, text: &Text, out: &mut Vec<Finding>) {
        let relevant = |w: &str| role_of(w).is_some() || matches!(w, "werk" | "work");
        if !text.words.iter().any(|w| relevant(&w.lower)) {
            return;
        }
        let toks = tokens(text);
        let scan = Scan { text, toks: &toks };
        let mut last_end = 0;
        for s in 0..toks.len() {
            if let Some(span) = scan.find(s) {
                // One finding per phrase: "mijn manager en mijn collega's zijn lui" once.
                if span.start >= last_end {
                    last_end = span.end;
                    out.push(Finding::new(span, MESSAGE));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check;

    fn flagged_by(rule: &str, text: &str) -> Vec<String> {
        let units: Vec<u16> = text.encode_utf16().collect();
        check(text)
            .into_iter()
            .filter(|d| d.rule == rule)
            .map(|d| String::from_utf16(&units[d.start..d.end]).unwrap())
            .collect()
    }

    fn flagged(text: &str) -> Vec<String> {
        flagged_by("work-grievance", text)
    }

    #[test]
    fn flags_running_down_ones_workplace() {
        assert_eq!(flagged("Mijn manager is een idioot."), ["Mijn manager is een idioot"]);
        assert_eq!(flagged("Honestly, our dean is a disaster 🙄"), ["our dean is a disaster"]);
        assert_eq!(flagged("Wat een luie studenten dit jaar."), ["Wat een luie studenten"]);
        assert_eq!(flagged("Mijn collega's zijn incompetent"), ["Mijn collega's zijn incompetent"]);
        assert_eq!(flagged("The faculty board are clowns."), ["The faculty board are clowns"]);
        assert_eq!(flagged("I hate my job at the university."), ["I hate my job"]);
        assert_eq!(flagged("Die baas van mij is echt waardeloos."), ["Die baas van mij is echt waardeloos"]);
        assert_eq!(flagged("Het CvB is een stel clowns"), ["Het CvB is een stel clowns"]);
        assert_eq!(flagged("HR is useless, as always."), ["HR is useless"]);
        assert_eq!(flagged("Mijn leidinggevende snapt er niks van."), ["Mijn leidinggevende snapt er niks van"]);
        assert_eq!(flagged("My useless manager cancelled again."), ["My useless manager"]);
        assert_eq!(flagged("Wat zijn mijn collega's toch lui"), ["mijn collega's toch lui"]);
        assert_eq!(flagged("Ik ben zo klaar met mijn leidinggevende."), ["Ik ben zo klaar met mijn leidinggevende"]);
        assert_eq!(flagged("Die idioot van een manager heeft het weer verpest."), ["Die idioot van een manager"]);
        assert_eq!(flagged("My PhD students are so lazy this year"), ["My PhD students are so lazy"]);
        assert_eq!(flagged("Sick of my manager micromanaging everything."), ["Sick of my manager"]);
        assert_eq!(flagged("Ik werk met idioten."), ["Ik werk met idioten"]);
        assert_eq!(flagged("Ik ben mijn collega's zat."), ["Ik ben mijn collega's zat"]);
        assert_eq!(flagged("Our department head is clueless."), ["Our department head is clueless"]);
        assert_eq!(flagged("Onze decaan heeft geen flauw idee."), ["Onze decaan heeft geen flauw idee"]);
    }

    #[test]
    fn an_insult_is_also_profanity() {
        let text = "mijn manager is een idioot";
        assert_eq!(flagged(text), ["mijn manager is een idioot"]);
        assert_eq!(flagged_by("profanity", text), ["idioot"]);
    }

    #[test]
    fn leaves_debate_praise_and_other_bosses_alone() {
        assert!(flagged("Ik ben het niet eens met het besluit van het CvB over de huisvesting.").is_empty());
        assert!(flagged("Het besluit van het CvB is een aanfluiting, vind ik.").is_empty());
        assert!(flagged("The dean's plan is ridiculous; here is why.").is_empty());
        assert!(flagged("Mijn collega's zijn geweldig! 💪").is_empty());
        assert!(flagged("Mijn studenten zijn helemaal niet lui.").is_empty());
        assert!(flagged("I don't think our students are lazy at all.").is_empty());
        assert!(flagged("Zijn onze studenten lui? Nee, ze zijn overbelast.").is_empty());
        assert!(flagged("The myth that our students are lazy needs to go.").is_empty());
        assert!(flagged("Sinds januari ben ik mijn eigen baas. Baas in eigen buik!").is_empty());
        assert!(flagged("The board of that airline are clowns.").is_empty());
        assert!(flagged("Het kabinet is incompetent en de minister een ramp.").is_empty());
        assert!(flagged("Studenten die lui zijn bestaan niet.").is_empty());
        assert!(flagged("Mijn studenten waren stom verbaasd over de uitslag.").is_empty());
        assert!(flagged("Mijn collega heeft een stomme blessure opgelopen.").is_empty());
        assert!(flagged("The University of Amsterdam is a mess, says the report.").is_empty());
        assert!(flagged("The dean is a disaster researcher at our institute.").is_empty());
        assert!(flagged("Mijn collega's zijn vreselijk aardig.").is_empty());
        assert!(flagged("Mijn baan is een stuk leuker sinds de verhuizing.").is_empty());
        assert!(flagged("Time management is a disaster for most PhD students, says a study.").is_empty());
        assert!(flagged("My head is a mess after this conference.").is_empty());
        assert!(flagged("Onze nieuwe collega's zijn top, welkom!").is_empty());
    }

    #[test]
    fn never_panics_on_odd_input() {
        for text in ["", "mijn", "mijn baas", "baas is", "' & '", "m'n’s&", "wat een", "van een manager", "🎉 HR"] {
            let _ = flagged(text);
        }
    }
}
