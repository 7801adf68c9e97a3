//! # speaks-for-university
//!
//! **What it catches:** a post that speaks on behalf of the university or gives its
//! "official" position: "namens de universiteit / het LUMC / de faculteit / het college
//! van bestuur", "wij als Universiteit Leiden", "als universiteit veroordelen wij",
//! "wij, de Universiteit Leiden,", "ons officiële standpunt", "de universiteit is van
//! mening", "on behalf of Leiden University", "we at Leiden University", "our official
//! position", "Leiden University hereby…", "Leiden University officially condemns…", "as
//! spokesperson", "as the voice of our faculty", also when the university is named by its
//! @-handle (@LeidenUniv, @UniLeiden, @LUMC); and the university as the subject of a stance
//! in the present tense, as only a statement of its own would put it: "Universiteit Leiden
//! veroordeelt …", "wijst … af", "staat pal achter …", "steunt dit plan volledig", "Leiden
//! University condemns …", "the university stands fully behind …", "welcomes the ruling",
//! "the university's position is clear", "we blijven als universiteit …"; its refusals and
//! apologies: "Leiden stopt niet met …", "LUMC does not endorse …", "Leiden Law School will
//! not be signing it", "the Hortus apologises", "de universiteit biedt excuses aan". "Leiden"
//! alone counts as the university in these constructions ("we at Leiden").
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
//! quoted from public news with a link, passed on ("volgens de universiteit …", "the
//! university said …") or weighed in debate ("de universiteit is van mening dat …; ik ben het
//! daar niet mee eens"), what the university did in the past ("Leiden University condemned
//! …"), and what it does rather than declares ("de universiteit steunt studenten met een
//! beperking", "Leiden University welcomes 7,000 new students").
//!
//! **Examples**
//! - ✗ `Namens de universiteit wil ik iedereen bedanken.` → `Persoonlijk wil ik iedereen bedanken.`
//! - ✗ `On behalf of Leiden University, we condemn this decision.` → `Personally, we condemn this decision.`
//! - ✗ `Ons officiële standpunt: we doen niet mee.` → `Mijn eigen standpunt: we doen niet mee.`
//! - ✗ `As spokesperson I can say we will appeal.`
//! - ✗ `Universiteit Leiden wijst deze framing resoluut af.`
//! - ✗ `The university stands fully behind every researcher involved.`
//! - ✗ `Leiden stopt niet met proefdieronderzoek.`
//! - ✗ `LUMC does not endorse that clinic and never has.`
//! - ✓ `Trots op onze universiteit vandaag!`
//! - ✓ `Namens mijn collega's: bedankt voor jullie komst!`
//! - ✓ `I work at Leiden University; views are my own, not on behalf of @LeidenUniv.`
//! - ✓ `Leiden University welcomes 7,000 new students this week.`
//! - ✓ `Volgens de universiteit staat zij volledig achter het besluit.`
//! - ✓ `Ik woon al twintig jaar in Leiden en werk bij het LUMC.`

use super::{Rule, RuleMeta};
use crate::diagnostic::{Finding, Localized, Severity};
use crate::phrase::{common, Pattern};
use crate::text::{EntityKind, Text};
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

crate::lexicon!("speaks_for_university" {
    Org = "org",
    Named = "named",
    Det = "det",
    We = "we",
    SpeakFor = "speak-for",
    Hereby = "hereby",
    Voice = "voice",
    StanceNl = "stance-nl",
    StanceEn = "stance-en",
    OfficiallyDoes = "officially-does",
    Distances = "distances",
    StanceNow = "stance-now",
    StanceBehind = "stance-behind",
    Behind = "behind",
    Supports = "supports",
    Decision = "decision",
    Rejects = "rejects",
    Wholly = "wholly",
    Takes = "takes",
    Seriously = "seriously",
    Official = "official",
    Position = "position",
    OpinionNl = "opinion-nl",
    OpinionEn = "opinion-en",
    Clear = "clear",
    AsRole = "as-role",
    Spokesperson = "spokesperson",
    SpokespersonOf = "spokesperson-of",
    Reporters = "reporters",
    Acts = "acts",
    Groups = "groups",
    Arguing = "arguing",
    Reported = "reported",
    For = "for",
    RefusesNl = "refuses-nl",
    WillNot = "will-not",
    RefusesEn = "refuses-en",
    Apology = "apology",
});

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
    /// "Universiteit Leiden veroordeelt …": the institution declares, as only its own
    /// statement would; like [`Kind::Reported`], and only with the university as the subject.
    Declares,
    /// "als woordvoerder", "as spokesperson": unless it is someone else's spokesperson.
    Spokesperson,
}

struct Rule_ {
    pattern: Pattern,
    kind: Kind,
    message: Localized,
    /// Replacement for the span (capitalised like the span); empty when none fits.
    suggestion: &'static str,
}

/// The university, with or without an article: "de universiteit", "our faculty", "@LeidenUniv".
fn org(p: Pattern) -> Pattern {
    p.opt_class(C::Det).class(C::Org)
}

fn patterns() -> &'static [Rule_] {
    static PATTERNS: OnceLock<Vec<Rule_>> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        let p = |pattern: Pattern, kind, message, suggestion| Rule_ {
            pattern: pattern.unless_negated(4).unless_question(),
            kind,
            message,
            suggestion,
        };
        let new = Pattern::new;
        vec![
            p(org(new().word("namens")), Kind::Behalf, MESSAGE, "persoonlijk"),
            p(
                org(new().word("on").word("behalf").word("of")),
                Kind::Behalf,
                MESSAGE,
                "personally",
            ),
            p(
                org(new().class(C::SpeakFor)),
                Kind::Behalf,
                MESSAGE,
                "speaking for myself",
            ),
            // "wij als universiteit", "we blijven als universiteit …"
            p(
                org(new().class(C::We).gap(2).word("als")),
                Kind::FirstPerson,
                MESSAGE,
                "ik",
            ),
            p(
                org(new().class(C::We).words(&["at", "as"]).opt_words(&["a", "an"])),
                Kind::FirstPerson,
                MESSAGE,
                "I",
            ),
            p(
                org(new().class(C::We).punct(&[','])).punct(&[',']),
                Kind::FirstPerson,
                MESSAGE,
                "",
            ),
            p(org(new()).class(C::Hereby), Kind::FirstPerson, OFFICIAL, ""),
            p(org(new().class(C::Voice)), Kind::FirstPerson, MESSAGE, ""),
            p(
                org(new().word("als")).class(C::StanceNl).class(C::We),
                Kind::FirstPerson,
                MESSAGE,
                "",
            ),
            p(
                org(new().word("as").opt_words(&["a", "an"]))
                    .class(C::We)
                    .class(C::StanceEn),
                Kind::FirstPerson,
                MESSAGE,
                "",
            ),
            p(
                new().words(&["ons", "onze"]).class(C::Official).class(C::Position),
                Kind::FirstPerson,
                OFFICIAL,
                "mijn eigen standpunt",
            ),
            p(
                new().word("our").class(C::Official).class(C::Position),
                Kind::FirstPerson,
                OFFICIAL,
                "my own view",
            ),
            p(
                org(new()
                    .opt_words(&["het", "een"])
                    .class(C::Official)
                    .class(C::Position)
                    .word("van")),
                Kind::Reported,
                OFFICIAL,
                "mijn eigen standpunt",
            ),
            p(
                org(new()
                    .opt_words(&["the", "an"])
                    .class(C::Official)
                    .class(C::Position)
                    .word("of")),
                Kind::Reported,
                OFFICIAL,
                "my own view",
            ),
            p(
                org(new()).class(C::Official).class(C::Position),
                Kind::Reported,
                OFFICIAL,
                "my own view",
            ),
            p(
                org(new()).word("is").class(C::OpinionNl),
                Kind::Reported,
                OFFICIAL,
                "ik ben van mening",
            ),
            p(
                org(new()).opt_word("officially").class(C::OpinionEn),
                Kind::Reported,
                OFFICIAL,
                "I am of the opinion",
            ),
            p(
                org(new()).word("officially").class(C::OfficiallyDoes),
                Kind::Reported,
                OFFICIAL,
                "",
            ),
            p(org(new()).class(C::Distances), Kind::Reported, OFFICIAL, ""),
            // "The university's position is clear: …"
            p(
                org(new()).class(C::Position).words(&["is", "was"]).class(C::Clear),
                Kind::Reported,
                OFFICIAL,
                "",
            ),
            p(org(new()).class(C::StanceNow), Kind::Declares, OFFICIAL, ""),
            p(
                org(new()).class(C::StanceBehind).opt_class(C::Behind).class(C::Behind),
                Kind::Declares,
                OFFICIAL,
                "",
            ),
            p(
                org(new()).class(C::Supports).gap(2).class(C::Decision),
                Kind::Declares,
                OFFICIAL,
                "",
            ),
            p(
                org(new()).class(C::Rejects).gap(5).word("af"),
                Kind::Declares,
                OFFICIAL,
                "",
            ),
            // "The Faculty of Law fully backs Prof. Janssen": the adverb makes it a declaration.
            p(
                org(new())
                    .opt_words(&["of", "der"])
                    .gap(1)
                    .class(C::Wholly)
                    .class(C::Supports),
                Kind::Declares,
                OFFICIAL,
                "",
            ),
            // "Leiden stopt niet met proefdieronderzoek", "LUMC does not endorse …": a refusal
            // in the present or future is a statement of the institution's own.
            p(
                org(new()).class(C::RefusesNl).words(&["niet", "geen", "nooit"]),
                Kind::Declares,
                OFFICIAL,
                "",
            ),
            p(
                org(new())
                    .class(C::WillNot)
                    .words(&["not", "never"])
                    .opt_word("be")
                    .class(C::RefusesEn),
                Kind::Declares,
                OFFICIAL,
                "",
            ),
            p(
                org(new()).word("biedt").gap(2).class(C::Apology),
                Kind::Declares,
                OFFICIAL,
                "",
            ),
            // "de universiteit neemt de klachten zeer serieus": a press statement's line.
            p(
                org(new()).class(C::Takes).gap(4).class(C::Seriously),
                Kind::Declares,
                OFFICIAL,
                "",
            ),
            p(
                new()
                    .class(C::AsRole)
                    .opt_class(C::SpokespersonOf)
                    .opt_class(C::SpokespersonOf)
                    .class(C::Spokesperson),
                Kind::Spokesperson,
                MESSAGE,
                "",
            ),
        ]
    })
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

/// The rule's view of the whole post, found once.
struct Post {
    /// A link: a position passed on from public news.
    links: bool,
    /// How many words of someone weighing a position the post holds.
    arguing: usize,
}

/// Whether the match at tokens `m` stands, in its context.
fn keep(text: &Text, post: &Post, m: &Range<usize>, kind: Kind) -> bool {
    let (first, last) = (m.start, m.end - 1);
    let names_org = (first..=last).any(|k| text.is(k, C::Org));
    // "On behalf of the Leiden Alumni Network": "Leiden" begins another name.
    if let Some(k) = (first..=last).find(|&k| text.word(k) == "leiden") {
        let longer = text.class_len(k, C::Org).is_some_and(|n| n > 1);
        if !longer && text.same_sentence(k, k + 1) && text.capitalised(k + 1) && !text.is(k + 1, C::Org) {
            return false;
        }
    }
    // "on behalf of the university staff": the people, not the institution.
    if names_org && text.is(last + 1, C::Groups) && text.same_sentence(last, last + 1) {
        let gap = text.gap_after(last);
        if !gap.contains([',', '.']) {
            return false;
        }
    }
    let near = text.near(first);
    let first_person = text.any_in(near.clone(), common::C::FirstPerson);
    let reporter_before = text.any_in(text.before(first, 8), C::Reporters);
    match kind {
        Kind::Behalf => !(text.any_in(near, C::Acts) || (!first_person && reporter_before)),
        Kind::FirstPerson => true,
        Kind::Reported => {
            let inside = (first..=last).filter(|&k| text.is(k, C::Arguing)).count();
            !post.links && post.arguing == inside
        }
        Kind::Declares => {
            // The university is the subject: it opens its clause, or follows "en", "and", "maar".
            let opens = text
                .back(first, 1)
                .map_or(true, |w| matches!(w, "en" | "and" | "maar" | "but"))
                || !text.same_clause(first, first.wrapping_sub(1));
            let named = (first..=last).any(|k| text.class_len(k, C::Named).is_some()) || text.is(first, C::Det);
            // Passed on or weighed in its own sentence; a post may go on to give the writer's view.
            let linked = text.overlaps_entity_of(&text.sentence_span(first), EntityKind::Url);
            opens && named && !linked && !text.any_in(near.clone(), C::Reported) && !text.any_in(near, C::Arguing)
        }
        Kind::Spokesperson => {
            if !first_person && reporter_before {
                return false;
            }
            // "als woordvoerder van de patiëntenvereniging" speaks for someone else.
            if text.is(last + 1, C::For) && text.same_sentence(last, last + 1) {
                return org(Pattern::new()).at(text, last + 2).is_some();
            }
            true
        }
    }
}

impl Rule for SpeaksForUniversity {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, text: &Text, out: &mut Vec<Finding>) {
        let mentions = text.entities_of(EntityKind::Mention).next().is_some();
        if !text.has(C::Org) && !text.has(C::Spokesperson) && !text.has(C::Official) && !mentions {
            return;
        }
        let post = Post {
            links: text.entities_of(EntityKind::Url).next().is_some(),
            arguing: (0..text.tokens.len()).filter(|&k| text.is(k, C::Arguing)).count(),
        };
        // Earlier patterns win where matches overlap; tokens already taken are marked.
        let mut taken = vec![false; text.tokens.len()];
        for rule in patterns() {
            for m in rule.pattern.find_iter(text) {
                if taken[m.tokens.clone()].iter().any(|t| *t) || !keep(text, &post, &m.tokens, rule.kind) {
                    continue;
                }
                taken[m.tokens.clone()].iter_mut().for_each(|t| *t = true);
                let span = m.span(text);
                let finding = Finding::new(span.clone(), rule.message);
                out.push(match rule.suggestion {
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
    fn flags_the_institution_refusing_or_apologising() {
        assert_eq!(
            flagged("Leiden stopt niet met proefdieronderzoek."),
            ["Leiden stopt niet"]
        );
        assert_eq!(
            flagged("LUMC does not endorse that clinic in Oegstgeest and never has."),
            ["LUMC does not endorse"]
        );
        assert_eq!(
            flagged("Leiden Law School will not be signing it in its current form."),
            ["Leiden Law School will not be signing"]
        );
        assert_eq!(
            flagged("Closed today. The Hortus apologises."),
            ["The Hortus apologises"]
        );
        assert_eq!(
            flagged("De universiteit biedt uiteraard excuses aan voor de chaos."),
            ["De universiteit biedt uiteraard excuses"]
        );
        assert_eq!(flagged("We at Leiden believe in open science."), ["We at Leiden"]);
    }

    #[test]
    fn leaves_the_town_and_other_leiden_names_alone() {
        for text in [
            "Ik woon al twintig jaar in Leiden en werk bij het LUMC.",
            "On behalf of the Leiden Alumni Network: thank you all for coming!",
            "In Leiden stopt de nachttrein niet meer.",
            "Volgens de universiteit stopt Leiden niet met proefdieronderzoek, zie https://nieuws.example/x",
        ] {
            assert!(flagged(text).is_empty(), "flagged: {text}");
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
            ["Wij, de Universiteit Leiden"]
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
    fn flags_the_university_declaring_a_stance() {
        assert_eq!(
            flagged("Universiteit Leiden wijst deze framing resoluut af en staat pal achter al haar studenten."),
            ["Universiteit Leiden wijst deze framing resoluut af"]
        );
        assert_eq!(
            flagged("De Universiteit Leiden steunt dit plan volledig."),
            ["De Universiteit Leiden steunt dit plan"]
        );
        assert_eq!(
            flagged("Leiden University condemns all violence against the free press."),
            ["Leiden University condemns"]
        );
        assert_eq!(
            flagged("To be clear: the university stands fully behind every researcher involved."),
            ["the university stands fully behind"]
        );
        assert_eq!(
            flagged("The university's position is clear: this should never have happened."),
            ["The university's position is clear"]
        );
        assert_eq!(
            flagged("The university welcomes the ruling and will not appeal."),
            ["The university welcomes the ruling"]
        );
        assert_eq!(
            flagged("Nee, we blijven als universiteit gewoon samenwerken."),
            ["we blijven als universiteit"]
        );
        assert_eq!(
            flagged("The Faculty of Law fully backs Prof. Janssen and rejects the accusations."),
            ["The Faculty of Law fully backs"]
        );
        assert_eq!(
            flagged("Kort: de universiteit neemt de klachten zeer serieus en laat het onderzoek doen."),
            ["de universiteit neemt de klachten zeer serieus"]
        );
    }

    #[test]
    fn leaves_what_the_university_did_or_does_alone() {
        assert!(flagged("Leiden University condemned the attack in 2019.").is_empty());
        assert!(flagged("Leiden University welcomes 7,000 new students this week.").is_empty());
        assert!(flagged("De universiteit steunt studenten met een functiebeperking.").is_empty());
        assert!(flagged("Volgens de universiteit staat zij volledig achter het besluit.").is_empty());
        assert!(flagged("Leiden University condemns the attack, the rector said.").is_empty());
        assert!(flagged("Leiden University condemns the attack: https://www.universiteitleiden.nl/nieuws").is_empty());
        assert!(flagged("Waarom veroordeelt de universiteit dit niet?").is_empty());
        assert!(flagged("Ik vind het goed dat de universiteit dit plan steunt.").is_empty());
        assert!(flagged("The university stands on the Rapenburg.").is_empty());
        assert!(flagged("The university rejects about half of the applications.").is_empty());
        assert!(flagged("De universiteit neemt deze week 300 nieuwe medewerkers aan. Serieus!").is_empty());
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
