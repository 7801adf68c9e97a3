//! # sensitive-about-others
//!
//! **What it catches:** health, pregnancy, burn-out, a diagnosis, a dismissal or a
//! divorce told about an identifiable other person: a colleague, a student, a
//! manager, someone named or @-mentioned ("mijn collega Anna is zwanger", "Pieter zit
//! thuis met een burn-out", "our secretary got fired", "@janjansen heeft kanker").
//!
//! **Why (tip 7):** *Verspreid geen informatie over individuen zonder toestemming.*
//! Health, pregnancy and the end of a job or a marriage are that person's news to
//! tell; once posted, it cannot be taken back.
//!
//! **Not flagged:** one's own story ("ik ben zwanger", "I had a burn-out"), the topic
//! in general ("burn-out onder promovendi is een probleem", "how to support a
//! colleague with burnout"), research about it ("my colleague studies cancer"), and
//! news about public figures ("Minister X", "King Charles").
//!
//! **Examples**
//! - ✗ `Mijn collega Anna is zwanger!`
//! - ✗ `Pieter zit thuis met een burn-out.`
//! - ✗ `Our secretary got fired yesterday.`
//! - ✓ `Ik ben zwanger van ons tweede kind!`
//! - ✓ `Burn-out onder promovendi is een groot probleem.`

use super::{Rule, RuleMeta};
use crate::diagnostic::{Finding, Localized, Severity};
use crate::text::{EntityKind, Keys, Text};
use regex::Regex;
use std::ops::Range;
use std::sync::OnceLock;

pub struct SensitiveAboutOthers;
pub static RULE: SensitiveAboutOthers = SensitiveAboutOthers;

static META: RuleMeta = RuleMeta {
    id: "sensitive-about-others",
    tip: 7,
    severity: Severity::Warning,
    title: Localized::new(
        "Gevoelige informatie over anderen",
        "Sensitive information about others",
    ),
    description: Localized::new(
        "Gezondheid, zwangerschap, burn-out, ontslag of scheiding van een herkenbaar ander persoon.",
        "Health, pregnancy, burn-out, dismissal or divorce of an identifiable other person.",
    ),
};

const MESSAGE: Localized = Localized::new(
    "Dit is gevoelige informatie over iemand anders (gezondheid, zwangerschap, werk of privéleven). Deel het alleen \
     met diens toestemming, of laat het weg.",
    "This is sensitive information about someone else (health, pregnancy, job or private life). Share it only with \
     their consent, or leave it out.",
);

/// Conditions that are the person's own news to tell. Longer phrases come first. Lower case:
/// matched on [`Text::lower`] (a case-insensitive regex is slow to build in WASM).
const CONDITIONS: &str = concat!(
    r"in de ziektewet|ziek ?gemeld|ziekteverlof|(?:ernstig |dood|langdurig )?ziek|zwanger|in verwachting|miskraam|",
    r"bevallen van|(?:net|pas|gisteren|vannacht|vandaag) bevallen|is bevallen|eetstoornis|anorexia|boulimia|",
    r"angststoornis|paniekaanvallen|burn-?out|burnout|overspannen|zenuwinzinking|psychische problemen|psychose|",
    r"depressief|depressie|kanker|leukemie|(?:hersen)?tumor|dementie|alzheimer|parkinson|hartaanval|herseninfarct|",
    r"beroerte|chemo(?:kuur|therapie)?|bestraling|gediagnosticeerd|de diagnose|diagnose gekregen|",
    r"in het ziekenhuis|ontslagen|ontslag gekregen|op staande voet|op non-actief|eruit gegooid|echtscheiding|",
    r"gaan scheiden|gaat scheiden|gescheiden|in scheiding|verslaafd|verslaving|afkickkliniek|corona|covid(?:-19)?|",
    r"adhd|autisme|(?:on )?sick leave|out sick|called in sick|",
    r"(?:seriously |critically |terminally |mentally )?ill|fell ill|sick|pregnant|expecting a baby|miscarriage|",
    r"gave birth|eating disorder|anxiety disorder|panic attacks|bipolar|burned out|burnt out|nervous breakdown|",
    r"mental breakdown|breakdown|depression|depressed|psychosis|cancer|leukaemia|leukemia|tumou?r|dementia|",
    r"alzheimer's|parkinson's|heart attack|had a stroke|suffered a stroke|(?:on )?chemo(?:therapy)?|",
    r"radiation therapy|diagnosed|diagnosis|hospitali[sz]ed|in (?:the )?hospital|fired|sacked|laid off|let go|",
    r"divorced?|divorcing|rehab|addiction|autism|autistic"
);

/// Words right after a condition that make it a topic ("cancer research", "sick of").
const TOPIC_AFTER: &[&str] = &[
    "research",
    "researcher",
    "researchers",
    "onderzoek",
    "onderzoeker",
    "onderzoekers",
    "patients",
    "patient",
    "patiënten",
    "patiënt",
    "care",
    "zorg",
    "cells",
    "cell",
    "cellen",
    "screening",
    "prevention",
    "preventie",
    "awareness",
    "day",
    "dag",
    "centre",
    "center",
    "centrum",
    "institute",
    "instituut",
    "fund",
    "fonds",
    "treatment",
    "treatments",
    "behandeling",
    "trial",
    "trials",
    "study",
    "studie",
    "studies",
    "rates",
    "rate",
    "risk",
    "risico",
    "biology",
    "genetics",
    "drug",
    "drugs",
    "medicine",
    "vaccine",
    "vaccin",
    "test",
    "testing",
    "pandemic",
    "pandemie",
    "crisis",
    "maatregelen",
    "measures",
    "policy",
    "beleid",
    "diagnostics",
    "epidemic",
    "epidemie",
    "lab",
    "group",
    "groep",
    "network",
    "netwerk",
    "conference",
    "congres",
    "prevalence",
    "epidemiology",
    "of",
    "van",
    "up",
    "off",
    "away",
    "ward",
    "afdeling",
    "charity",
    "cijfers",
    "figures",
    "numbers",
    "regels",
    "rules",
    "app",
    "onderzoeken",
    "cohort",
    "data",
    "model",
    "models",
    "modellen",
];

/// Singular roles that point at a particular person when "my", "our", "the" … go before.
const ROLES: &[&str] = &[
    "collega",
    "collegaatje",
    "secretaresse",
    "secretaris",
    "promovendus",
    "promovenda",
    "student",
    "studente",
    "stagiair",
    "stagiaire",
    "leidinggevende",
    "manager",
    "baas",
    "chef",
    "directeur",
    "decaan",
    "hoogleraar",
    "docent",
    "docente",
    "postdoc",
    "onderzoeker",
    "medewerker",
    "buurman",
    "buurvrouw",
    "kamergenoot",
    "teamgenoot",
    "assistent",
    "assistente",
    "begeleider",
    "promotor",
    "afdelingshoofd",
    "teamleider",
    "mentor",
    "tutor",
    "conciërge",
    "colleague",
    "coworker",
    "secretary",
    "supervisor",
    "boss",
    "director",
    "dean",
    "professor",
    "lecturer",
    "teacher",
    "researcher",
    "assistant",
    "officemate",
    "roommate",
    "flatmate",
    "labmate",
    "teammate",
    "neighbour",
    "neighbor",
    "intern",
    "advisor",
    "adviser",
    "janitor",
    "receptionist",
    "vriend",
    "vriendin",
    "friend",
    "chair",
    "voorzitter",
    "worker",
    "mate",
    "head",
];

/// Words before a role that make it a particular person.
const DETERMINERS: &[&str] = &[
    "mijn",
    "onze",
    "ons",
    "n",
    "my",
    "our",
    "the",
    "de",
    "het",
    "deze",
    "this",
    "that",
    "his",
    "her",
    "haar",
    "zijn",
    "their",
    "hun",
    "oud",
    "former",
    "ex",
    "new",
    "nieuwe",
    "dear",
    "lieve",
    "beste",
    "favourite",
];

/// The writer (or the writer and company): their own story.
const FIRST_PERSON: &[&str] = &[
    "ik", "i", "me", "mij", "my", "mijn", "we", "wij", "ons", "onze", "our", "us", "myself", "mezelf", "m",
];

/// Third-person pronouns: a person only when the post has named one before.
const PRONOUNS: &[&str] = &["hij", "zij", "ze", "he", "she", "haar", "her", "his", "him", "hem"];

/// Words between a person and a condition that make it a topic, a question or a generality.
const STOPS: &[&str] = &[
    // Dutch
    "over",
    "naar",
    "onderzoek",
    "onderzoekt",
    "onderzoeken",
    "artikel",
    "paper",
    "boek",
    "lezing",
    "presentatie",
    "presenteert",
    "spreekt",
    "schrijft",
    "schreef",
    "publiceert",
    "publicatie",
    "proefschrift",
    "promoveert",
    "workshop",
    "webinar",
    "cursus",
    "college",
    "studie",
    "project",
    "subsidie",
    "werkt",
    "werken",
    "behandelt",
    "behandelen",
    "patiënten",
    "expert",
    "deskundige",
    "voorlichting",
    "campagne",
    "thema",
    "onderwerp",
    "podcast",
    "interview",
    "film",
    "documentaire",
    "tegen",
    "bestrijding",
    "preventie",
    "risico",
    "kans",
    "dat",
    "omdat",
    "want",
    "maar",
    "als",
    "wanneer",
    "indien",
    "hoe",
    "wat",
    "waarom",
    "welke",
    "veel",
    "meer",
    "vaak",
    "mensen",
    "iemand",
    "iedereen",
    "promovendi",
    "studenten",
    "medewerkers",
    "werknemers",
    "docenten",
    "vrouwen",
    "mannen",
    "hebben",
    "zijn",
    "je",
    "jouw",
    "u",
    "uw",
    "geen",
    "niet",
    "nooit",
    "zonder",
    "stigma",
    "taboe",
    "bespreekbaar",
    "helpt",
    "helpen",
    "ondersteunen",
    "steunen",
    "voorkomen",
    "herkennen",
    "signalen",
    "zegt",
    "zei",
    "denkt",
    "vindt",
    "stelt",
    "vraagt",
    "vroeg",
    "deelt",
    "deelde",
    "legt",
    "schat",
    "blogt",
    // English
    "about",
    "into",
    "regarding",
    "research",
    "researches",
    "researching",
    "studies",
    "studying",
    "study",
    "book",
    "talk",
    "lecture",
    "presentation",
    "presents",
    "speaks",
    "speaking",
    "writes",
    "wrote",
    "writing",
    "published",
    "publishes",
    "publication",
    "thesis",
    "dissertation",
    "grant",
    "course",
    "works",
    "working",
    "treats",
    "treating",
    "treatment",
    "patients",
    "awareness",
    "campaign",
    "topic",
    "documentary",
    "against",
    "fight",
    "prevention",
    "risk",
    "that",
    "because",
    "but",
    "if",
    "when",
    "how",
    "what",
    "why",
    "which",
    "whether",
    "many",
    "more",
    "often",
    "most",
    "people",
    "someone",
    "somebody",
    "everyone",
    "anyone",
    "students",
    "researchers",
    "staff",
    "employees",
    "academics",
    "women",
    "men",
    "are",
    "were",
    "have",
    "you",
    "your",
    "no",
    "not",
    "never",
    "without",
    "taboo",
    "help",
    "helps",
    "support",
    "supporting",
    "prevent",
    "recognise",
    "recognize",
    "signs",
    "whose",
    "shows",
    "colleagues",
    "coworkers",
    "teachers",
    "lecturers",
    "professors",
    "managers",
    "says",
    "said",
    "thinks",
    "think",
    "argues",
    "claims",
    "believes",
    "explains",
    "explained",
    "asks",
    "asked",
    "tweeted",
    "posted",
    "shared",
    "shares",
    "opened",
    "openly",
    "blogged",
    "estimates",
];

/// Prepositions right before a condition that make it a topic ("promoveert op burn-out", "a talk on cancer").
const TOPIC_BEFORE: &[&str] = &["op", "on", "rond", "rondom", "around", "concerning", "in"];

/// Titles of public figures whose health or dismissal is public news.
const PUBLIC_TITLES: &[&str] = &[
    "minister",
    "premier",
    "president",
    "koning",
    "koningin",
    "prins",
    "prinses",
    "king",
    "queen",
    "prince",
    "princess",
    "senator",
    "paus",
    "pope",
    "kamerlid",
    "burgemeester",
    "mayor",
    "actor",
    "actress",
    "acteur",
    "actrice",
    "zanger",
    "zangeres",
    "singer",
    "ceo",
    "coach",
    "trainer",
    "president-elect",
    "voetballer",
];

/// Capitalised words that are not names.
const NOT_NAMES: &[&str] = &[
    "de",
    "het",
    "een",
    "ik",
    "wij",
    "we",
    "mijn",
    "onze",
    "ons",
    "deze",
    "dit",
    "dat",
    "die",
    "er",
    "hij",
    "zij",
    "ze",
    "the",
    "a",
    "an",
    "i",
    "my",
    "our",
    "this",
    "that",
    "he",
    "she",
    "they",
    "it",
    "in",
    "op",
    "na",
    "bij",
    "voor",
    "over",
    "met",
    "als",
    "wat",
    "hoe",
    "waarom",
    "why",
    "how",
    "what",
    "when",
    "who",
    "also",
    "ook",
    "today",
    "vandaag",
    "gisteren",
    "yesterday",
    "helaas",
    "unfortunately",
    "sadly",
    "great",
    "nieuw",
    "new",
    "congrats",
    "gefeliciteerd",
    "proud",
    "trots",
    "so",
    "zo",
    "and",
    "en",
    "but",
    "maar",
    "omdat",
    "because",
    "sinds",
    "since",
    "after",
    "before",
    "tijdens",
    "during",
    "breaking",
    "update",
    "nieuws",
    "news",
    "leiden",
    "nederland",
    "netherlands",
    "holland",
    "universiteit",
    "university",
    "faculty",
    "faculteit",
    "lumc",
    "nu",
    "now",
    "net",
    "just",
    "even",
    "echt",
    "really",
    "wow",
    "oh",
    "hey",
    "hi",
    "hallo",
    "dus",
    "toen",
    "then",
    "ja",
    "yes",
    "nee",
    "no",
    "iedereen",
    "everyone",
    "someone",
    "iemand",
    "nog",
    "still",
    "wel",
    "ever",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
    "january",
    "february",
    "march",
    "may",
    "june",
    "july",
    "august",
    "october",
    "covid",
    "corona",
    "europe",
    "europa",
    "amsterdam",
    "den",
    "haag",
    "rotterdam",
    "utrecht",
    "twitter",
    "linkedin",
    "instagram",
    "facebook",
    "god",
    "christmas",
    "kerst",
    "pasen",
    "easter",
    "dear",
    "beste",
    "lieve",
    "please",
    "graag",
    "let",
    "thanks",
    "dank",
    "bedankt",
    "look",
    "kijk",
    "zie",
    "see",
    "hope",
    "hoop",
    "wish",
    "rip",
    "sorry",
    "fijn",
    "good",
    "goed",
    "veel",
    "many",
];

/// Singular verbs and adverbs that follow a person's name at the start of a sentence.
const SINGULAR_AFTER_NAME: &[&str] = &[
    "is",
    "was",
    "heeft",
    "had",
    "zit",
    "zat",
    "ligt",
    "lag",
    "kreeg",
    "krijgt",
    "wordt",
    "werd",
    "raakte",
    "gaat",
    "ging",
    "moet",
    "moest",
    "kan",
    "kon",
    "blijkt",
    "bleek",
    "lijdt",
    "leed",
    "has",
    "got",
    "gets",
    "just",
    "recently",
    "found",
    "fell",
    "became",
    "went",
    "suffers",
    "suffered",
    "s",
    "net",
    "onlangs",
    "sinds",
    "recent",
    "helaas",
    "unfortunately",
    "sadly",
    "also",
    "ook",
    "van",
    "de",
    "der",
    "den",
];

fn conditions() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(CONDITIONS).unwrap())
}

/// A substring of every match of [`CONDITIONS`] but "ill" (checked as a word): a post
/// without one skips the pattern, which is costly to build on a first check in WASM.
const CONDITION_KEYS: &[&str] = &[
    "ziek",
    "zwanger",
    "verwachting",
    "miskraam",
    "bevallen",
    "stoornis",
    "anorexia",
    "boulimia",
    "paniekaanval",
    "burn",
    "overspannen",
    "zenuwinzinking",
    "psychi",
    "psychos",
    "depress",
    "kanker",
    "leukemi",
    "leukaemi",
    "tumo",
    "dementi",
    "alzheimer",
    "parkinson",
    "hartaanval",
    "herseninfarct",
    "beroerte",
    "chemo",
    "bestraling",
    "diagnos",
    "ontslag",
    "staande voet",
    "non-actief",
    "eruit gegooid",
    "scheid",
    "versla",
    "afkick",
    "corona",
    "covid",
    "adhd",
    "autis",
    "sick",
    "pregnant",
    "expecting a baby",
    "miscarriage",
    "gave birth",
    "disorder",
    "panic attack",
    "bipolar",
    "breakdown",
    "cancer",
    "heart attack",
    "stroke",
    "radiation therapy",
    "hospital",
    "fired",
    "sacked",
    "laid off",
    "let go",
    "divorc",
    "rehab",
    "addiction",
];

fn may_name_a_condition(text: &Text) -> bool {
    static KEYS: OnceLock<Keys> = OnceLock::new();
    !KEYS
        .get_or_init(|| Keys::new(CONDITION_KEYS))
        .found(&text.lower)
        .is_empty()
        || text.words.iter().any(|w| w.lower == "ill")
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Word,
    Mention,
}

struct Token<'a> {
    span: Range<usize>,
    lower: &'a str,
    kind: Kind,
}

fn is_capitalised(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase)
}

/// True when the text between two tokens ends a sentence or clause.
fn is_boundary(gap: &str) -> bool {
    gap.contains(['.', '!', '?', '\n', ';', ':'])
}

enum Subject {
    Other(usize),
    Own,
    Pronoun(usize),
    None,
}

/// The person the condition at token `at` is about: scan back through its clause.
fn subject(src: &str, toks: &[Token], at: usize) -> Subject {
    let mut i = at;
    let mut steps = 0;
    while i > 0 && steps < 9 {
        let gap = src.get(toks[i - 1].span.end..toks[i].span.start).unwrap_or("");
        if is_boundary(gap) {
            return Subject::None;
        }
        i -= 1;
        steps += 1;
        let t = &toks[i];
        if t.kind == Kind::Mention {
            return Subject::Other(i);
        }
        let w = t.lower;
        // "zijn" right before the condition is "his"; elsewhere it is the plural "are".
        if w == "zijn" && i + 1 == at {
            return Subject::Pronoun(i);
        }
        if ROLES.contains(&w) {
            return role_subject(src, toks, i);
        }
        let word = src.get(t.span.clone()).unwrap_or("");
        // "een collega van mij", "a colleague of mine".
        if matches!(w, "mij" | "ons" | "mine" | "ours")
            && i >= 2
            && matches!(toks[i - 1].lower, "van" | "of")
            && ROLES.contains(&toks[i - 2].lower)
        {
            return role_subject(src, toks, i - 2);
        }
        if FIRST_PERSON.contains(&w) && word != "M" {
            // "my burnout", "mijn eigen burn-out" are the writer's; "in our section" is not the subject.
            let possessive = matches!(w, "my" | "mijn" | "our" | "onze" | "ons" | "m");
            if !possessive || at - i <= 2 {
                return Subject::Own;
            }
            continue;
        }
        if PRONOUNS.contains(&w) {
            return Subject::Pronoun(i);
        }
        // "na dat incident": a demonstrative, not a new clause.
        let demonstrative = matches!(w, "dat" | "that")
            && i > 0
            && matches!(
                toks[i - 1].lower,
                "na" | "voor"
                    | "door"
                    | "om"
                    | "met"
                    | "bij"
                    | "in"
                    | "op"
                    | "sinds"
                    | "tijdens"
                    | "after"
                    | "since"
                    | "during"
                    | "before"
                    | "at"
                    | "with"
            );
        if demonstrative {
            continue;
        }
        if STOPS.contains(&w) || i + 1 == at && TOPIC_BEFORE.contains(&w) {
            return Subject::None;
        }
        // "my colleague who is …", "Mark, die …": the relative pronoun points further back.
        if matches!(w, "who" | "die" | "wie") {
            continue;
        }
        if is_capitalised(word) && !NOT_NAMES.contains(&w) && !ROLES.contains(&w) {
            return name_subject(src, toks, i);
        }
    }
    Subject::None
}

/// The token before `i` in the same clause, if any.
fn previous<'t>(src: &str, toks: &'t [Token], i: usize) -> Option<&'t Token<'t>> {
    let prev = toks.get(i.checked_sub(1)?)?;
    let gap = src.get(prev.span.end..toks[i].span.start).unwrap_or("");
    (!is_boundary(gap)).then_some(prev)
}

/// A role ("collega") is a person with a determiner before it ("mijn collega", "de
/// secretaresse"), or as "een collega van mij" / "a colleague of mine".
fn role_subject(src: &str, toks: &[Token], i: usize) -> Subject {
    let mut start = i;
    // "co-worker", "PhD student", "office mate": the role's own first word.
    if let Some(p) = previous(src, toks, start) {
        if matches!(
            p.lower,
            "co" | "phd" | "office" | "lab" | "team" | "oud" | "ex" | "former" | "department" | "section" | "group"
        ) {
            start -= 1;
        }
    }
    // "head" only as "department head" or "the head of …".
    let head_of = toks[i].lower == "head" && toks.get(i + 1).is_some_and(|t| t.lower == "of");
    if start == i && (matches!(toks[i].lower, "worker" | "mate") || toks[i].lower == "head" && !head_of) {
        return Subject::None;
    }
    let next = |k: usize| toks.get(i + k).map(|t| t.lower);
    // "our student team", "de studentenraad": the role word describes a group.
    if matches!(
        next(1),
        Some(
            "team"
                | "group"
                | "council"
                | "association"
                | "union"
                | "body"
                | "raad"
                | "groep"
                | "vereniging"
                | "representatives"
        )
    ) {
        return Subject::None;
    }
    // "een collega van mij", "a colleague of mine", "a colleague in our section".
    let of_mine = matches!(
        (next(1), next(2)),
        (Some("van"), Some("mij" | "ons")) | (Some("of"), Some("mine" | "ours"))
    ) || matches!(next(1), Some("in" | "from" | "at" | "bij" | "uit" | "op" | "van"))
        && matches!(next(2), Some("our" | "my" | "onze" | "ons" | "mijn"));
    match previous(src, toks, start) {
        Some(p) if DETERMINERS.contains(&p.lower) => {
            // "m'n collega": take in the "m".
            let begin = if p.lower == "n" && start >= 2 {
                start - 2
            } else {
                start - 1
            };
            if previous(src, toks, begin).is_some_and(|b| PUBLIC_TITLES.contains(&b.lower)) {
                return Subject::None;
            }
            Subject::Other(begin)
        }
        Some(p) if matches!(p.lower, "een" | "a" | "an") && of_mine => Subject::Other(start - 1),
        _ => Subject::None,
    }
}

/// A capitalised word is a person's name unless it starts a sentence without a
/// singular verb after it, follows a preposition, or follows a public title.
fn name_subject(src: &str, toks: &[Token], i: usize) -> Subject {
    // "Jan van Dijk": the name starts at its first capitalised word.
    let mut start = i;
    while let Some(p) = previous(src, toks, start) {
        let word = src.get(p.span.clone()).unwrap_or("");
        if PUBLIC_TITLES.contains(&p.lower) {
            return Subject::None;
        }
        if is_capitalised(word) && !NOT_NAMES.contains(&p.lower) && !ROLES.contains(&p.lower)
            || matches!(p.lower, "van" | "de" | "der" | "den") && start < i + 1
        {
            start -= 1;
        } else {
            break;
        }
    }
    // "van", "de" are particles only between capitalised words.
    while start < i && matches!(toks[start].lower, "van" | "de" | "der" | "den") {
        start += 1;
    }
    match previous(src, toks, start) {
        None => {
            let next = toks.get(i + 1).map_or("", |t| t.lower);
            // "Mark from finance is …", "Anna van de administratie heeft …"
            if SINGULAR_AFTER_NAME.contains(&next) || matches!(next, "from" | "uit" | "bij" | "at" | "of" | "in") {
                Subject::Other(start)
            } else {
                Subject::None
            }
        }
        Some(p) if PUBLIC_TITLES.contains(&p.lower) => Subject::None,
        Some(p)
            if matches!(
                p.lower,
                "in" | "uit"
                    | "at"
                    | "from"
                    | "naar"
                    | "to"
                    | "bij"
                    | "op"
                    | "across"
                    | "within"
                    | "binnen"
                    | "door"
                    | "by"
                    | "voor"
                    | "for"
                    | "aan"
                    | "the"
                    | "de"
                    | "het"
            ) =>
        {
            Subject::None
        }
        Some(p) if ROLES.contains(&p.lower) => match role_subject(src, toks, start - 1) {
            Subject::Other(b) => Subject::Other(b),
            _ => Subject::Other(start - 1),
        },
        Some(_) => Subject::Other(start),
    }
}

/// True when someone other than the writer is named before token `at`.
fn someone_named_before(src: &str, toks: &[Token], at: usize) -> bool {
    (0..at).any(|i| {
        let word = src.get(toks[i].span.clone()).unwrap_or("");
        toks[i].kind == Kind::Mention
            || ROLES.contains(&toks[i].lower) && matches!(role_subject(src, toks, i), Subject::Other(_))
            || is_capitalised(word) && !NOT_NAMES.contains(&toks[i].lower) && !PUBLIC_TITLES.contains(&toks[i].lower)
            || matches!(
                toks[i].lower,
                "students" | "studenten" | "colleagues" | "promovendi" | "phds"
            ) && i > 0
                && matches!(toks[i - 1].lower, "my" | "mijn" | "our" | "onze")
    })
}

impl Rule for SensitiveAboutOthers {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, text: &Text, out: &mut Vec<Finding>) {
        let src = text.src;
        if !may_name_a_condition(text) {
            return;
        }
        let mut found = text.find_lower(conditions()).peekable();
        if found.peek().is_none() {
            return;
        }
        let mut toks: Vec<Token> = text
            .words
            .iter()
            .map(|w| Token {
                span: w.span.clone(),
                lower: w.lower.as_str(),
                kind: Kind::Word,
            })
            .chain(text.entities_of(EntityKind::Mention).map(|e| Token {
                span: e.span.clone(),
                lower: "",
                kind: Kind::Mention,
            }))
            .collect();
        toks.sort_by_key(|t| t.span.start);

        let mut last: Option<(usize, usize)> = None;
        for span in found {
            let at = toks.partition_point(|t| t.span.start < span.start);
            let end = toks.partition_point(|t| t.span.start < span.end);
            let next = toks.get(end).map_or("", |t| t.lower);
            let phrase = src[span.clone()].to_lowercase();
            if TOPIC_AFTER.contains(&next) && !phrase.contains(' ')
                || phrase == "ziek" && matches!(next, "van" | "goed")
                || phrase == "let go" && next == "of"
                || phrase == "let go"
                    && !matches!(
                        at.checked_sub(1).map(|i| toks[i].lower),
                        Some("was" | "got" | "been" | "be" | "being")
                    )
                || phrase == "ill" && matches!(next, "advised" | "informed" | "equipped" | "prepared" | "fated")
            {
                continue;
            }
            let start = match subject(src, &toks, at) {
                Subject::Other(i) => i,
                Subject::Pronoun(i) if someone_named_before(src, &toks, i) => i,
                _ => continue,
            };
            // One finding per person per clause: "diagnosed with cancer" is one fact.
            if let Some((subject, index)) = last {
                if subject == start {
                    if let Some(f) = out.get_mut(index) {
                        f.span.end = span.end;
                    }
                    continue;
                }
            }
            last = Some((start, out.len()));
            out.push(Finding::new(toks[start].span.start..span.end, MESSAGE));
        }
    }
}

#[cfg(test)]
mod tests {

    fn flagged(text: &str) -> Vec<String> {
        crate::rules::flagged_by("sensitive-about-others", text)
    }

    /// Every alternative of the pattern (taken with its first branches) holds a key.
    #[test]
    fn every_condition_has_a_key() {
        let mut depth = 0;
        let mut alternatives = vec![String::new()];
        for c in super::CONDITIONS.chars() {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                '|' if depth == 0 => {
                    alternatives.push(String::new());
                    continue;
                }
                _ => {}
            }
            alternatives.last_mut().unwrap().push(c);
        }
        // One expansion: optional groups dropped, "?" after a letter dropped, first branches taken.
        let optional = regex::Regex::new(r"\(\?:[^()]*\)\?|\?").unwrap();
        let branch = regex::Regex::new(r"\(\?:([^|()]*)[^()]*\)").unwrap();
        for alternative in alternatives {
            let plain = branch
                .replace_all(&optional.replace_all(&alternative, ""), "$1")
                .replace(['[', ']'], "");
            assert!(
                plain == "ill" || plain == "fell ill" || super::CONDITION_KEYS.iter().any(|k| plain.contains(k)),
                "no key for {alternative:?} ({plain:?})"
            );
        }
    }

    #[test]
    fn flags_health_news_about_others() {
        assert_eq!(
            flagged("Mijn collega Anna is zwanger! 🎉"),
            ["Mijn collega Anna is zwanger"]
        );
        assert_eq!(
            flagged("Pieter zit thuis met een burn-out."),
            ["Pieter zit thuis met een burn-out"]
        );
        assert_eq!(
            flagged("My colleague was just diagnosed with cancer."),
            ["My colleague was just diagnosed with cancer"]
        );
        assert_eq!(flagged("@janjansen heeft kanker"), ["@janjansen heeft kanker"]);
        assert_eq!(
            flagged("Ik hoorde vandaag dat m'n leidinggevende overspannen thuis zit"),
            ["m'n leidinggevende overspannen"]
        );
        assert_eq!(
            flagged("Een collega van mij ligt in het ziekenhuis."),
            ["Een collega van mij ligt in het ziekenhuis"]
        );
        assert_eq!(
            flagged("Sarah from our lab came by. She is pregnant with twins!"),
            ["She is pregnant"]
        );
    }

    #[test]
    fn flags_others_named_in_other_ways() {
        assert_eq!(
            flagged("Mark from finance is on sick leave again."),
            ["Mark from finance is on sick leave"]
        );
        assert_eq!(
            flagged("A colleague in our section is going through a messy divorce."),
            ["A colleague in our section is going through a messy divorce"]
        );
        assert_eq!(
            flagged("Dr. Pieters is na dat incident ontslagen."),
            ["Pieters is na dat incident ontslagen"]
        );
        assert_eq!(
            flagged("Mijn student Lisa is depressief."),
            ["Mijn student Lisa is depressief"]
        );
        assert_eq!(
            flagged("One of my students told me she's struggling with an eating disorder."),
            ["she's struggling with an eating disorder"]
        );
    }

    #[test]
    fn flags_dismissal_and_divorce_of_others() {
        assert_eq!(
            flagged("Our secretary got fired yesterday."),
            ["Our secretary got fired"]
        );
        assert_eq!(
            flagged("Onze decaan is ontslagen, hoorde ik net."),
            ["Onze decaan is ontslagen"]
        );
        assert_eq!(
            flagged("My boss is getting divorced, poor guy"),
            ["My boss is getting divorced"]
        );
        assert_eq!(
            flagged("Our department head got sacked last week."),
            ["Our department head got sacked"]
        );
    }

    #[test]
    fn leaves_own_story_alone() {
        assert!(flagged("Ik ben zwanger van ons tweede kindje!").is_empty());
        assert!(flagged("I had a burn-out two years ago, and I'm fine now.").is_empty());
        assert!(flagged("Na mijn burn-out ben ik weer aan het werk.").is_empty());
        assert!(flagged("We're expecting a baby in May!").is_empty());
    }

    #[test]
    fn leaves_the_topic_in_general_alone() {
        assert!(flagged("Burn-out onder promovendi is een groot probleem.").is_empty());
        assert!(flagged("Promovendi hebben vaak een burn-out.").is_empty());
        assert!(flagged("How do you support a colleague with burnout?").is_empty());
        assert!(flagged("My colleague wrote a great paper on burnout.").is_empty());
        assert!(flagged("Mijn collega doet onderzoek naar kanker.").is_empty());
        assert!(flagged("Mijn collega zei dat burn-out onder docenten toeneemt.").is_empty());
        assert!(flagged("Proud of my colleague, a cancer researcher at LUMC.").is_empty());
        assert!(flagged("Als je collega een burn-out heeft, wat doe je dan?").is_empty());
        assert!(flagged("Steeds meer studenten in Nederland hebben een burn-out.").is_empty());
        assert!(flagged("My students are fired up for the exam!").is_empty());
        assert!(flagged("Our student team fired off 40 experiments this week!").is_empty());
        assert!(flagged("Scheiding tussen werk en privé blijft lastig.").is_empty());
        assert!(flagged("Mijn collega is ziek van al die regels.").is_empty());
    }

    #[test]
    fn leaves_public_figures_alone() {
        assert!(flagged("Koning Charles heeft kanker, meldt de BBC.").is_empty());
        assert!(flagged("President Biden was diagnosed with covid.").is_empty());
    }
}
