//! # speaks-for-university
//!
//! **What it catches:** a post that speaks on behalf of the university or gives its
//! "official" position: "namens de universiteit / het LUMC / de faculteit / het college
//! van bestuur", "wij als Universiteit Leiden", "als universiteit veroordelen wij",
//! "wij, de Universiteit Leiden,", "ons officiële standpunt", "de universiteit is van
//! mening", "on behalf of Leiden University", "we at Leiden University", "our official
//! position", "Leiden University hereby…", "Leiden University officially condemns…", "as
//! spokesperson", "as the voice of our faculty", also when the university is named by its
//! @-handle (@LeidenUniv, @UniLeiden, @LUMC).
//!
//! **Why (tip 1):** *Wees trots op de universiteit, maar spreek niet namens de
//! universiteit.* Only the university's spokespeople speak for it; a staff member's
//! post is read as the university's voice when it claims to be.
//!
//! **Not flagged:** pride ("trots op mijn universiteit"), "I work at Leiden University",
//! disclaimers ("views are my own", "ik spreek niet namens de universiteit", "this is not
//! the official position of…"), questions about a position, speaking for a team rather
//! than the institution ("namens mijn collega's bedankt", "on behalf of the organising
//! committee": thanking for a group is not a statement of the university), reports of
//! what someone else did ("de rector sprak namens de universiteit"), accepting a prize or
//! taking part in a meeting on the university's behalf, and the university's position
//! quoted from public news with a link or weighed in debate ("de universiteit is van
//! mening dat …; ik ben het daar niet mee eens").
//!
//! **Examples**
//! - ✗ `Namens de universiteit wil ik iedereen bedanken.` → `Persoonlijk wil ik iedereen bedanken.`
//! - ✗ `On behalf of Leiden University, we condemn this decision.` → `Personally, we condemn this decision.`
//! - ✗ `Ons officiële standpunt: we doen niet mee.` → `Mijn eigen standpunt: we doen niet mee.`
//! - ✗ `As spokesperson I can say we will appeal.`
//! - ✓ `Trots op onze universiteit vandaag!`
//! - ✓ `Namens mijn collega's: bedankt voor jullie komst!`
//! - ✓ `I work at Leiden University; views are my own, not on behalf of @LeidenUniv.`

use super::{Rule, RuleMeta};
use crate::diagnostic::{Finding, Localized, Severity};
use crate::text::{EntityKind, Keys, LazyRegex, Text};
use regex::Regex;
use std::ops::Range;
use std::sync::OnceLock;

pub struct SpeaksForUniversity;
pub static RULE: SpeaksForUniversity = SpeaksForUniversity;

static META: RuleMeta = RuleMeta {
    id: "speaks-for-university",
    tip: 1,
    severity: Severity::Warning,
    title: Localized::new("Spreekt namens de universiteit", "Speaks for the university"),
    description: Localized::new(
        "Uitspraken namens de universiteit of over haar officiële standpunt.",
        "Statements on behalf of the university or about its official position.",
    ),
};

const MESSAGE: Localized = Localized::new(
    "Je spreekt hier namens de universiteit. Spreek voor jezelf: alleen woordvoerders spreken namens Universiteit \
     Leiden.",
    "This speaks on behalf of the university. Speak for yourself: only the university's spokespeople speak for Leiden \
     University.",
);

const OFFICIAL: Localized = Localized::new(
    "Je geeft hier het officiële standpunt van de universiteit. Geef je eigen mening, of verwijs met een link naar de \
     officiële bekendmaking.",
    "This gives the university's official position. Give your own view, or link to the official announcement.",
);

/// The university or one of its governing parts, however a post names it (lower case: the
/// patterns match [`Text::lower`]). Teams,
/// departments and committees are left out: speaking for them is not speaking for the institution.
const ORG: &str = concat!(
    r"(?:(?:de |het |onze |ons |the |our |this )?(?:universiteit leiden|",
    r"leiden university(?: medical cent(?:er|re))?|university of leiden|universiteit|university|faculteit|faculty|",
    r"lumc|college van bestuur|cvb|raad van bestuur|executive board|bestuur van de universiteit|",
    r"board of the university)|@(?:leidenuniv|unileiden|universiteitleiden|leidenuniversity|lumc)[a-z0-9_]*)"
);

/// Substrings of every name in [`ORG`]: without one, no pattern naming the university can match.
const ORG_KEYS: &[&str] = &["univ", "facult", "lumc", "bestuur", "board", "cvb", "unileiden"];

/// How a match is judged in its context.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// "namens …", "on behalf of …": first person unless a third person is the subject.
    Behalf,
    /// "wij als universiteit", "our official position": the writer is the voice.
    FirstPerson,
    /// "de universiteit is van mening", "the official position of …": the writer conveys
    /// the position; fine when quoting public news with a link or arguing with it.
    Reported,
    /// "als woordvoerder", "as spokesperson": unless it is someone else's spokesperson.
    Spokesperson,
}

struct Pattern {
    re: LazyRegex,
    /// Cheap gate: the lowercased post must contain one of these, and a name of the
    /// university when the pattern has one, before the regex runs.
    needs: &'static [&'static str],
    org: bool,
    kind: Kind,
    message: Localized,
    /// Replacement for the span (capitalised like the span); empty when none fits.
    suggestion: &'static str,
}

fn patterns() -> &'static [Pattern] {
    static PATTERNS: OnceLock<Vec<Pattern>> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        let p = |re: &str, needs, kind, message, suggestion| Pattern {
            re: LazyRegex::new(format!("(?-u){}", re.replace("{ORG}", ORG))),
            needs,
            org: re.contains("{ORG}"),
            kind,
            message,
            suggestion,
        };
        let stance_nl =
            "vinden|veroordelen|steunen|betreuren|verwelkomen|distantiëren|roepen|eisen|nemen|staan|spreken";
        let stance_en = "condemn|support|believe|stand|reject|call|welcome|regret|distance|oppose|endorse|deplore";
        vec![
            p(r"namens {ORG}", &["namens"], Kind::Behalf, MESSAGE, "persoonlijk"),
            p(r"on behalf of {ORG}", &["behalf"], Kind::Behalf, MESSAGE, "personally"),
            p(
                r"(?:speaking|speaks|speak) for {ORG}",
                &["speak"],
                Kind::Behalf,
                MESSAGE,
                "speaking for myself",
            ),
            p(r"(?:wij|we),? als {ORG}", &[" als "], Kind::FirstPerson, MESSAGE, "ik"),
            p(
                r"we,? (?:at|as|as a) {ORG}",
                &["we at", "we as", "we, at", "we, as"],
                Kind::FirstPerson,
                MESSAGE,
                "I",
            ),
            p(r"(?:wij|we), {ORG},", &["wij,", "we,"], Kind::FirstPerson, MESSAGE, ""),
            p(
                r"{ORG},? (?:hereby|hierbij)",
                &["hereby", "hierbij"],
                Kind::FirstPerson,
                OFFICIAL,
                "",
            ),
            p(
                r"(?:as the voice of|als (?:de )?stem van) {ORG}",
                &["voice", "stem van"],
                Kind::FirstPerson,
                MESSAGE,
                "",
            ),
            p(
                &format!(r"als {{ORG}},? (?:{stance_nl}) (?:wij|we)"),
                &["als "],
                Kind::FirstPerson,
                MESSAGE,
                "",
            ),
            p(
                &format!(r"as (?:a |an )?{{ORG}},? we (?:{stance_en})"),
                &["as "],
                Kind::FirstPerson,
                MESSAGE,
                "",
            ),
            p(
                r"(?:ons|onze) offici(?:ële|eel|ele) (?:standpunt|reactie|verklaring|positie|lijn)",
                &["offici"],
                Kind::FirstPerson,
                OFFICIAL,
                "mijn eigen standpunt",
            ),
            p(
                r"our official (?:position|stance|view|standpoint|statement|response|line)",
                &["official"],
                Kind::FirstPerson,
                OFFICIAL,
                "my own view",
            ),
            p(
                r"(?:het |een )?offici(?:ële|eel|ele) (?:standpunt|reactie|verklaring|positie) van {ORG}",
                &["offici"],
                Kind::Reported,
                OFFICIAL,
                "mijn eigen standpunt",
            ),
            p(
                r"(?:the |an )?official (?:position|stance|view|standpoint|statement|response|line) of {ORG}",
                &["official"],
                Kind::Reported,
                OFFICIAL,
                "my own view",
            ),
            p(
                r"{ORG}'s official (?:position|stance|view|standpoint|statement|response|line)",
                &["official"],
                Kind::Reported,
                OFFICIAL,
                "my own view",
            ),
            p(
                r"{ORG} is (?:van mening|van oordeel|het standpunt toegedaan)",
                &["mening", "oordeel", "standpunt"],
                Kind::Reported,
                OFFICIAL,
                "ik ben van mening",
            ),
            p(
                r"{ORG} (?:officially )?(?:takes the position|is of the (?:opinion|view)|holds the view)",
                &["position", "opinion", "view"],
                Kind::Reported,
                OFFICIAL,
                "I am of the opinion",
            ),
            p(
                concat!(
                    r"{ORG} officially (?:condemns|supports|endorses|rejects|distances|opposes|apologi[sz]es|",
                    r"denies|stands)|{ORG} distances itself|{ORG} (?:neemt (?:hierbij )?afstand|distantieert zich)"
                ),
                &["officially", "distance", "afstand", "distantieert"],
                Kind::Reported,
                OFFICIAL,
                "",
            ),
            p(
                r"(?:als|in mijn rol als) (?:de )?woordvoerder",
                &["woordvoerder"],
                Kind::Spokesperson,
                MESSAGE,
                "",
            ),
            p(
                concat!(
                    r"(?:as|in my role as) (?:a |the |its )?(?:university(?:'s)? |faculty )?spokes(?:person|man|",
                    r"woman)"
                ),
                &["spokes"],
                Kind::Spokesperson,
                MESSAGE,
                "",
            ),
        ]
    })
}

/// Words that turn the phrase into a disclaimer ("niet namens", "not on behalf of").
const NEGATIONS: &[&str] = &[
    "niet", "geen", "nooit", "not", "no", "never", "nor", "don", "doesn", "isn", "aren", "without", "zonder", "t",
];

/// Subjects that make the sentence a report about someone else.
const THIRD_PERSON: &[&str] = &[
    "hij",
    "zij",
    "ze",
    "he",
    "she",
    "they",
    "rector",
    "magnificus",
    "decaan",
    "dean",
    "president",
    "voorzitter",
    "chair",
    "woordvoerder",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "bestuurder",
];

const FIRST_PERSON: &[&str] = &[
    "ik", "i", "wij", "we", "mijn", "my", "me", "mij", "onze", "ons", "our", "us",
];

/// Acts done on the university's behalf that state nothing ("namens de universiteit in ontvangst
/// genomen", "ik vertegenwoordig namens de universiteit …", "attended on behalf of …").
const ACTS: &[&str] = &[
    "ontvangst",
    "ontvangen",
    "ontving",
    "accepted",
    "accept",
    "accepting",
    "received",
    "receive",
    "receiving",
    "collected",
    "collect",
    "collecting",
    "uitgereikt",
    "overhandigd",
    "ondertekend",
    "signed",
    "vertegenwoordig",
    "vertegenwoordigt",
    "vertegenwoordigde",
    "vertegenwoordigen",
    "represent",
    "represents",
    "represented",
    "representing",
    "deel",
    "deelnemen",
    "participate",
    "participated",
    "participating",
    "attend",
    "attended",
    "attending",
    "bijwonen",
    "aanwezig",
];

/// Words after the university that make it a group of people, not the institution.
const GROUPS: &[&str] = &[
    "staff",
    "students",
    "student",
    "employees",
    "community",
    "members",
    "union",
    "council",
    "medewerkers",
    "studenten",
    "personeel",
    "gemeenschap",
    "leden",
    "bond",
    "s",
];

/// Words of someone weighing the university's position rather than announcing it.
const ARGUING: &[&str] = &[
    "oneens",
    "eens",
    "disagree",
    "agree",
    "vind",
    "vinden",
    "think",
    "believe",
    "jammer",
    "helaas",
    "unfortunately",
    "sadly",
    "kritiek",
    "criticism",
    "critical",
    "debat",
    "debate",
    "terecht",
    "onterecht",
    "benieuwd",
    "curious",
    "teleurgesteld",
    "disappointed",
    "gelukkig",
    "fortunately",
    "blij",
    "glad",
    "happy",
    "mening",
    "opinion",
    "wrong",
];

/// Words after "spokesperson" that name whom the spokesperson speaks for ("woordvoerder van …",
/// "spokesperson for …"): unless the university follows, it is someone else's spokesperson.
const FOR_WORDS: &[&str] = &["van", "namens", "voor", "for", "of"];

fn keys() -> &'static Keys {
    static KEYS: OnceLock<Keys> = OnceLock::new();
    KEYS.get_or_init(|| Keys::new(patterns().iter().flat_map(|p| p.needs.iter()).chain(ORG_KEYS)))
}

/// The university named right at the start of a text ("… van de universiteit").
fn org_next() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(&format!("(?-u)^ {ORG}")).unwrap())
}

fn capitalised(suggestion: &str, like: &str) -> String {
    if like.starts_with(char::is_uppercase) {
        let mut chars = suggestion.chars();
        match chars.next() {
            Some(first) => first.to_uppercase().chain(chars).collect(),
            None => String::new(),
        }
    } else {
        suggestion.to_string()
    }
}

fn is_question(text: &Text, span: &Range<usize>) -> bool {
    let sentence = text.sentence_around(span);
    text.src[sentence.end..].starts_with('?')
}

fn keep(text: &Text, span: &Range<usize>, kind: Kind) -> bool {
    let has = |words: &[crate::text::Word], list: &[&str]| words.iter().any(|w| list.contains(&w.lower.as_str()));
    if has(text.words_before(span.start, 4), NEGATIONS) || is_question(text, span) {
        return false;
    }
    let sentence = text.sentence_words(span);
    let matched = &text.src[span.clone()].to_lowercase();
    let names_org = matched.contains("univers") || matched.contains("facult") || matched.contains("lumc");
    // "on behalf of the university staff": the people, not the institution.
    if names_org && has(text.words_after(span.end, 1), GROUPS) && !text.src[span.end..].starts_with([',', '.']) {
        return false;
    }
    match kind {
        Kind::Behalf => {
            let first = has(sentence, FIRST_PERSON);
            !(has(sentence, ACTS) || (!first && has(text.words_before(span.start, 8), THIRD_PERSON)))
        }
        Kind::FirstPerson => true,
        Kind::Reported => {
            // Quoting public news with a link, or arguing with the position, is not speaking for it.
            let links = text.entities.iter().any(|e| e.kind == EntityKind::Url);
            let arguing = text
                .words
                .iter()
                .any(|w| (w.span.end <= span.start || w.span.start >= span.end) && ARGUING.contains(&w.lower.as_str()));
            !links && !arguing
        }
        Kind::Spokesperson => {
            if !has(sentence, FIRST_PERSON) && has(text.words_before(span.start, 8), THIRD_PERSON) {
                return false;
            }
            // "als woordvoerder van de patiëntenvereniging" speaks for someone else.
            match text.words_after(span.end, 1).first() {
                Some(w) if FOR_WORDS.contains(&w.lower.as_str()) => org_next().is_match(&text.lower[w.span.end..]),
                _ => true,
            }
        }
    }
}

impl Rule for SpeaksForUniversity {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, text: &Text, out: &mut Vec<Finding>) {
        let found = keys().found(&text.lower);
        let names_org = ORG_KEYS.iter().any(|k| found.contains(k));
        let mut taken: Vec<Range<usize>> = Vec::new();
        for pattern in patterns() {
            if (pattern.org && !names_org) || !pattern.needs.iter().any(|n| found.contains(n)) {
                continue;
            }
            for span in text.find_lower_allowing(pattern.re.get(), &[EntityKind::Mention]) {
                if taken.iter().any(|t| t.start < span.end && span.start < t.end) || !keep(text, &span, pattern.kind) {
                    continue;
                }
                taken.push(span.clone());
                let finding = Finding::new(span.clone(), pattern.message);
                out.push(match pattern.suggestion {
                    "" => finding,
                    s => finding.suggest(capitalised(s, &text.src[span])),
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {

    fn flagged(text: &str) -> Vec<String> {
        crate::rules::flagged_by("speaks-for-university", text)
    }

    #[test]
    fn every_pattern_compiles() {
        for pattern in super::patterns() {
            pattern.re.get();
        }
    }

    #[test]
    fn flags_speaking_on_behalf() {
        assert_eq!(
            flagged("Namens de universiteit wil ik iedereen bedanken."),
            ["Namens de universiteit"]
        );
        assert_eq!(
            flagged("On behalf of Leiden University, we condemn this."),
            ["On behalf of Leiden University"]
        );
        assert_eq!(
            flagged("Wij als Universiteit Leiden steunen dit."),
            ["Wij als Universiteit Leiden"]
        );
        assert_eq!(
            flagged("I speak on behalf of @LeidenUniv today"),
            ["on behalf of @LeidenUniv"]
        );
        assert_eq!(
            flagged("Namens het LUMC: dank aan alle zorgverleners 💙"),
            ["Namens het LUMC"]
        );
        assert_eq!(
            flagged("Namens de faculteit feliciteer ik alle promovendi."),
            ["Namens de faculteit"]
        );
        assert_eq!(
            flagged("Ik wil namens het college van bestuur zeggen dat"),
            ["namens het college van bestuur"]
        );
        assert_eq!(flagged("Namens @UniLeiden: welkom!"), ["Namens @UniLeiden"]);
        assert_eq!(
            flagged("We at Leiden University stand with Ukraine."),
            ["We at Leiden University"]
        );
        assert_eq!(
            flagged("Als universiteit veroordelen wij dit geweld."),
            ["Als universiteit veroordelen wij"]
        );
        assert_eq!(
            flagged("Wij, de Universiteit Leiden, staan pal achter jullie."),
            ["Wij, de Universiteit Leiden,"]
        );
        assert_eq!(
            flagged("Leiden University hereby distances itself from the remarks."),
            ["Leiden University hereby"]
        );
        assert_eq!(
            flagged("As the voice of our faculty I can say we support it."),
            ["As the voice of our faculty"]
        );
    }

    #[test]
    fn flags_official_positions() {
        assert_eq!(
            flagged("Ons officiële standpunt: we doen niet mee."),
            ["Ons officiële standpunt"]
        );
        assert_eq!(
            flagged("Our official position is that the report is flawed."),
            ["Our official position"]
        );
        assert_eq!(
            flagged("De universiteit is van mening dat dit niet kan."),
            ["De universiteit is van mening"]
        );
        assert_eq!(
            flagged("Leiden University officially condemns the attack on our colleagues."),
            ["Leiden University officially condemns"]
        );
        assert_eq!(
            flagged("Het officiële standpunt van de universiteit is dat er geen boycot komt."),
            ["Het officiële standpunt van de universiteit"]
        );
    }

    #[test]
    fn flags_spokespeople() {
        assert_eq!(
            flagged("As spokesperson I can confirm the talks have ended."),
            ["As spokesperson"]
        );
        assert_eq!(
            flagged("Als woordvoerder van de universiteit kan ik zeggen:"),
            ["Als woordvoerder"]
        );
    }

    #[test]
    fn suggestions_keep_the_case() {
        let d = crate::check("Namens de universiteit: gefeliciteerd!");
        assert_eq!(d[0].suggestions, ["Persoonlijk"]);
        let d = crate::check("Today, on behalf of the university, I thank you.");
        assert_eq!(d[0].suggestions, ["personally"]);
    }

    #[test]
    fn leaves_pride_and_affiliation_alone() {
        assert!(flagged("Trots op onze universiteit vandaag! 🎓").is_empty());
        assert!(flagged("I work at Leiden University; views are my own.").is_empty());
        assert!(flagged("Mooi nieuws van de universiteit: https://www.universiteitleiden.nl/nieuws").is_empty());
        assert!(flagged("Proud to work at @LeidenUniv 🎉").is_empty());
    }

    #[test]
    fn leaves_disclaimers_and_questions_alone() {
        assert!(flagged("Ik spreek hier niet namens de universiteit.").is_empty());
        assert!(flagged("Views my own, not on behalf of @LeidenUniv.").is_empty());
        assert!(flagged("This is not the official position of Leiden University.").is_empty());
        assert!(flagged("Wat is het officiële standpunt van de universiteit hierover?").is_empty());
        assert!(flagged("I don't speak for the university.").is_empty());
    }

    #[test]
    fn leaves_teams_reports_and_acts_alone() {
        assert!(flagged("Namens mijn collega's: bedankt voor jullie komst!").is_empty());
        assert!(flagged("Namens het hele team bedankt!").is_empty());
        assert!(flagged("On behalf of the organising committee, thank you all.").is_empty());
        assert!(flagged("De rector sprak namens de universiteit haar steun uit.").is_empty());
        assert!(flagged("Vandaag namens de universiteit de prijs in ontvangst genomen 🏆").is_empty());
        assert!(flagged("A letter on behalf of university staff and students.").is_empty());
        assert!(flagged("Ik vertegenwoordig namens de universiteit Nederland in de werkgroep.").is_empty());
        assert!(flagged("She spoke as spokesperson for the patients' association.").is_empty());
        assert!(flagged("Als woordvoerder van de patiëntenvereniging sprak ik met de minister.").is_empty());
        assert!(flagged(
            "De universiteit is van mening dat het kan. Ik ben het daar niet mee eens, en dat mag ik zeggen."
        )
        .is_empty());
        assert!(flagged(
            "Leiden University officially condemns the attack: https://www.universiteitleiden.nl/nieuws/2024/01/x"
        )
        .is_empty());
    }
}
