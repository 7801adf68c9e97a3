//! # photos-of-people
//!
//! **What it catches:** photos, videos or screenshots of a person, and private chats
//! or e-mails shared in public: "foto van mijn collega die in de trein slaapt",
//! "screenshot of our team chat", "hier een screenshot van de mail van mijn
//! leidinggevende", "look at this pic of my student sleeping in class", "kijk wat
//! mijn baas me appte", "filmed our IT guy losing it"; and pictures taken of people who do
//! not know ("stiekem even vastgelegd", "he didn't notice a thing", "ze hebben er niks van
//! gemerkt", "hij heeft geen idee dat deze foto bestaat"); and "wanted" posts that ask who
//! someone in a picture is and to pass it on ("Herkent iemand hem? Deel deze foto!").
//!
//! **Why (tip 7):** *Verspreid geen informatie over of foto's van individuen zonder
//! toestemming.* A picture or a private message belongs to the people in it; they
//! decide whether the world sees it.
//!
//! **Not flagged:** buildings, archives and collections ("foto van het
//! Academiegebouw", "foto's uit het archief"), one's own selfie, a photo everyone
//! agreed to share ("teamfoto, iedereen vond het goed", "shared with permission"), and
//! photos of public moments such as a PhD defence or an award ceremony.
//!
//! **Examples**
//! - ✗ `Haha, foto van mijn collega die in de trein slaapt 😂`
//! - ✗ `Screenshot of our team chat, this says it all`
//! - ✗ `Snapped it from behind the counter, he didn't notice a thing.`
//! - ✓ `Prachtige foto van het Academiegebouw in de sneeuw.`
//! - ✓ `Geen idee waarom deze foto van de bieb zo populair is.`
//! - ✓ `Foto van ons team op de heidag (iedereen vond het goed om te delen).`

use super::{Rule, RuleMeta};
use crate::diagnostic::{Finding, Localized, Severity};
use crate::phrase::{common, Match, Pattern};
use crate::text::{Amortized, Text, REACH};
use std::sync::OnceLock;

pub struct PhotosOfPeople;
pub static RULE: PhotosOfPeople = PhotosOfPeople;

static META: RuleMeta = RuleMeta {
    id: "photos-of-people",
    tip: 7,
    severity: Severity::Warning,
    title: Localized::new(
        "Foto's van personen en privéberichten",
        "Photos of people and private messages",
    ),
    description: Localized::new(
        "Foto's of screenshots van personen, en gedeelde privéchats of -mails.",
        "Photos or screenshots of people, and shared private chats or e-mails.",
    ),
};

const PERSON: Localized = Localized::new(
    "Je deelt een foto of video van iemand. Doe dat alleen als die persoon toestemming heeft gegeven; vraag het \
     eerst, of kies een foto zonder herkenbare personen.",
    "You are sharing a photo or video of someone. Do so only if that person has agreed; ask first, or choose a \
     picture without recognisable people.",
);

const PRIVATE: Localized = Localized::new(
    "Je deelt een privébericht (chat, app of e-mail) van anderen. Deel het alleen met toestemming van de afzender; \
     vat het anders zelf samen, zonder namen.",
    "You are sharing a private message (chat, text or e-mail) of others. Share it only with the sender's consent; \
     otherwise summarise it yourself, without names.",
);

crate::lexicon!("photos_of_people" {
    Media = "media",
    Capture = "capture",
    Forwarded = "forwarded",
    ForwardedMessage = "forwarded-message",
    Send = "send",
    Show = "show",
    Message = "message",
    PublicWriting = "public-writing",
    Covert = "covert",
    Unaware = "unaware",
    Private = "private",
    Mail = "mail",
    People = "people",
    PeoplePlural = "people-plural",
    Determiners = "determiners",
    Candid = "candid",
    PublicMoments = "public-moments",
    Excuses = "excuses",
    Consent = "consent",
    ProudMail = "proud-mail",
    NoConsent = "no-consent",
    Sharing = "sharing",
    Identify = "identify",
});

/// Emoji of laughing at someone.
const CANDID_EMOJI: &[char] = &['😂', '🤣', '😆', '😴', '🙈', '😹', '🤭'];

struct Patterns {
    forwarded: Pattern,
    /// "he didn't notice a thing", "ze hebben er niks van gemerkt", "they'll never know".
    unaware: Pattern,
    /// "didn't ask", "twee van ze wilden eigenlijk niet".
    refused: Pattern,
    /// "Herkent iemand hem?", "Here's her face".
    identify: Pattern,
}

fn patterns() -> &'static Patterns {
    static PATTERNS: OnceLock<Patterns> = OnceLock::new();
    PATTERNS.get_or_init(|| Patterns {
        forwarded: Pattern::new().class(C::Forwarded).class(C::ForwardedMessage),
        unaware: Pattern::new().class(common::C::ThirdPerson).gap(2).class(C::Unaware),
        refused: Pattern::new().class(C::NoConsent),
        identify: Pattern::new().class(C::Identify),
    })
}

/// "didn't ask", "wilden eigenlijk niet" — but not "didn't ask for this workload".
fn refusals<'t>(text: &'t Text<'t>) -> impl Iterator<Item = Match> + 't {
    patterns().refused.find_iter(text).filter(|m| {
        !matches!(
            text.ahead(m.tokens.end - 1, 1),
            Some("for" | "about" | "om" | "naar" | "to" | "me" | "mij" | "him" | "her" | "them")
        )
    })
}

/// A media word's token `i` is a picture, a capture or neither.
fn is_media(text: &Text, i: usize) -> bool {
    text.is(i, C::Media) || text.class_len(i, C::Capture).is_some()
}

enum Shown {
    /// The person's token.
    Person {
        at: usize,
        plural: bool,
    },
    Private {
        end: usize,
        mail: bool,
    },
}

/// A person token at `k`: one of many, or one.
fn plural_at(text: &Text, k: usize) -> bool {
    text.is(k, C::PeoplePlural)
}

/// What the picture at token `i` shows: "van/of" + a person, or a private conversation.
fn shown(text: &Text, i: usize) -> Option<Shown> {
    let after = text.after(i, 8);
    // "screenshot of our team chat", "screenshot van de mail van mijn leidinggevende"
    for k in after.clone() {
        let (private, mail) = (text.is(k, C::Private), text.is(k, C::Mail));
        if private || mail {
            // "screenshot van mijn eigen mail" is the writer's own.
            if k > after.start && matches!(text.word(k - 1), "eigen" | "own") {
                return None;
            }
            return Some(Shown::Private {
                end: text.tokens[k].span.end,
                mail,
            });
        }
        if matches!(text.word(k), "e" | "group" | "team" | "whats") {
            continue;
        }
        if k >= after.start + 5 {
            break;
        }
    }
    // "foto (gemaakt) van …", "pic of …"
    let taken = matches!(
        text.ahead(i, 1),
        Some("gemaakt" | "genomen" | "taken" | "made" | "snapped" | "geschoten" | "shot" | "posted")
    );
    let of = i + 1 + usize::from(taken);
    if !(text.same_sentence(i, of) && matches!(text.word(of), "van" | "of")) {
        // "Filmed our IT guy losing it", "heb ze gefilmd": a capture takes its person directly.
        return text.class_len(i, C::Capture).and_then(|_| captured(text, i));
    }
    let end = after.end;
    for k in of + 1..end.min(of + 5) {
        let word = text.word(k);
        let next = text.ahead(k, 1).unwrap_or("");
        let object_pronoun = matches!(word, "him" | "hem")
            || matches!(word, "her" | "haar")
                && (k + 1 == end
                    || matches!(
                        next,
                        "with" | "met" | "while" | "terwijl" | "at" | "op" | "in" | "tijdens" | "during"
                    ));
        if k == of + 1 && object_pronoun || text.tokens[k].mention {
            return Some(person(k, false));
        }
        if plural_at(text, k) {
            return Some(person(k, true));
        }
        let determined = text.is(k - 1, C::Determiners) || text.is(k - 1, C::People) || k >= of + 2;
        if text.is(k, C::People) && determined {
            return Some(person(k, false));
        }
        // "foto van Pieter die slaapt": a name, doing something.
        if k == of + 1
            && text.capitalised(k)
            && (matches!(next, "die" | "who" | "terwijl" | "while") || next.ends_with("ing"))
        {
            return Some(person(k, false));
        }
    }
    None
}

fn person(k: usize, plural: bool) -> Shown {
    Shown::Person { at: k, plural }
}

/// The person a capture verb at `i` takes: "filmed our IT guy", "heb ze gefilmd", "mijn
/// collega gefotografeerd".
fn captured(text: &Text, i: usize) -> Option<Shown> {
    for k in text.after(i, 3) {
        let determined = (i + 1..k).any(|d| text.is(d, C::Determiners));
        if text.is(k, C::People) && determined || text.tokens[k].mention {
            return Some(person(k, plural_at(text, k)));
        }
    }
    let before = text.before(i, 2);
    if let Some(k) = before
        .clone()
        .rev()
        .find(|&k| matches!(text.word(k), "ze" | "hem" | "haar"))
    {
        return Some(person(k, text.word(k) == "ze"));
    }
    before
        .filter(|&k| k > 0 && text.is(k, C::People) && text.is(k - 1, C::Determiners))
        .map(|k| person(k, plural_at(text, k)))
        .next()
}

/// "email from my head of department", "mail van mijn leidinggevende": the message word and
/// the person, as token indices, near token `i`. `messages`, once asked often, holds the
/// tokens [`messages_from`] finds.
fn message_from_person(text: &Text, i: usize, messages: &Amortized<Vec<usize>>) -> Option<(usize, usize)> {
    let from = |k: usize| {
        let det = text.ahead(k, 2)?;
        (matches!(det, "my" | "mijn" | "our" | "onze" | "the" | "de" | "a" | "een") && text.ahead(k, 3).is_some())
            .then_some(k + 3)
            .filter(|&who| text.is(who, C::People))
            .map(|who| (k, who))
    };
    let near = text.near(i);
    match messages.table(text.tokens.len() / REACH, || messages_from(text)) {
        Some(messages) => {
            let first = messages.partition_point(|&k| k < near.start);
            (messages[first..].iter())
                .take_while(|&&k| k < near.end)
                .find_map(|&k| from(k))
        }
        None => near.filter(|&k| is_message_from(text, k)).find_map(from),
    }
}

/// The message words followed by "from" or "van": a run-on post asks
/// [`message_from_person`] about thousands of tokens.
fn messages_from(text: &Text) -> Vec<usize> {
    (0..text.tokens.len()).filter(|&k| is_message_from(text, k)).collect()
}

/// Token `k` is a message word followed by "from" or "van".
fn is_message_from(text: &Text, k: usize) -> bool {
    matches!(text.ahead(k, 1), Some("from" | "van"))
        && (text.is(k, C::Mail) || text.is(k, C::Private) || text.is(k, C::Message))
}

/// A particular other person near token `i` (the first token naming them), unless the
/// writer is among a group.
fn person_in(text: &Text, i: usize) -> Option<usize> {
    let near = text.near(i);
    let with_self = near.clone().any(|k| {
        matches!(
            (text.word(k), text.ahead(k, 1).unwrap_or("")),
            ("en", "ik") | ("and", "i") | ("ik", "en") | ("me", "and") | ("with", "me") | ("met", "mij")
        ) || matches!(text.word(k), "we" | "wij" | "us" | "selfie")
    });
    if with_self {
        return None;
    }
    near.clone().find_map(|k| {
        if text.tokens[k].mention {
            return Some(k);
        }
        let det = if k > near.start { text.word(k - 1) } else { "" };
        let person = if plural_at(text, k) {
            matches!(det, "my" | "mijn" | "our" | "onze" | "the" | "de")
        } else {
            text.is(k, C::People) && k > near.start && text.is(k - 1, C::Determiners)
        };
        person.then(|| k - 1)
    })
}

/// The end of "van de kerstborrel" after a media word, or the media word's own end.
fn object_end(text: &Text, i: usize, end: usize) -> usize {
    let of = text.ahead(i, 1).is_some_and(|w| matches!(w, "van" | "of"));
    if of && text.is(i + 2, C::Determiners) && text.same_sentence(i, i + 3) {
        return text.tokens[i + 3].span.end;
    }
    end
}

/// "Kijk wat een student me vannacht mailde", "Sharing the DM a reviewer sent me",
/// "Look at this email a student sent me": someone else's message put on show.
fn shared_messages(text: &Text, flagged: &[bool], out: &mut Vec<Finding>) {
    for v in text.tokens_in(C::Send) {
        if flagged[text.tokens[v].sentence] {
            continue;
        }
        let Some(k) = text.before(v, 9).rev().find(|&k| text.is(k, C::Show)) else {
            continue;
        };
        let between = k + 1..v;
        let what = between.clone().take(3).any(|t| matches!(text.word(t), "wat" | "what"));
        let message = between.clone().any(|t| text.is(t, C::Message) || text.word(t) == "e");
        // The sender is someone else, not the writer: "what I sent my boss" is one's own.
        let own = between
            .rev()
            .find(|&t| {
                !matches!(
                    text.word(t),
                    "me" | "mij"
                        | "net"
                        | "just"
                        | "zojuist"
                        | "vannacht"
                        | "gisteren"
                        | "today"
                        | "vandaag"
                        | "yesterday"
                )
            })
            .is_some_and(|t| matches!(text.word(t), "ik" | "i" | "we" | "wij"));
        if (what || message) && !own && !text.sentence_has(v, C::PublicWriting) {
            out.push(Finding::new(text.span(k, v), PRIVATE));
        }
    }
}

impl Rule for PhotosOfPeople {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn clears(&self, text: &Text) -> bool {
        text.has(C::Consent)
    }

    fn check(&self, text: &Text, out: &mut Vec<Finding>) {
        let media = text.has(C::Media) || text.has(C::Capture);
        if text.has(C::Consent) || !media && !text.has(C::Send) && !text.has(C::Forwarded) && !text.has(C::Sharing) {
            return;
        }
        let p = patterns();
        let start = out.len();
        out.extend(p.forwarded.find_iter(text).map(|m| Finding::new(m.span(text), PRIVATE)));
        // One finding a sentence: a screenshot of a chat and what it says are one matter.
        let mut flagged: Vec<bool> = vec![false; text.sentences.len()];
        for f in &out[start..] {
            flagged[text.tokens[text.token_at(f.span.start)].sentence] = true;
        }
        if media {
            pictures(text, &mut flagged, out);
        }
        shared_messages(text, &flagged, out);
        // "deze moest ik even delen … niks gevraagd natuurlijk": no picture found, but the
        // post shares one and says its people were not asked.
        let laughing = || text.has(C::Candid) || text.src.contains(CANDID_EMOJI);
        if out.len() == start && text.has(C::NoConsent) && (media || laughing()) {
            out.extend(refusals(text).map(|m| Finding::new(m.span(text), PERSON)));
        }
        // "Herkent iemand hem? Deel deze foto!", "Here's her face, share it around!": asked
        // who someone is, and to pass their picture on.
        if out.len() == start && text.has(C::Sharing) {
            out.extend(p.identify.find_iter(text).map(|m| Finding::new(m.span(text), PERSON)));
        }
    }
}

/// Photos, videos and screenshots of people and of private messages.
fn pictures(text: &Text, flagged: &mut [bool], out: &mut Vec<Finding>) {
    let p = patterns();
    // "they'll never know": the finding takes it in when it follows in the next sentence.
    let unaware: Vec<Match> = p.unaware.find_iter(text).chain(refusals(text)).collect();
    let covert = text.has(C::Covert) || !unaware.is_empty();
    // Which sentences laugh at someone, found once.
    let laughing: Vec<bool> = (0..text.sentences.len())
        .map(|s| {
            let first = text.sentences[s].tokens.start;
            text.src[text.sentence_span(first)].contains(CANDID_EMOJI)
        })
        .collect();
    let messages = Amortized::new();
    for i in 0..text.tokens.len() {
        let sentence = text.tokens[i].sentence;
        if flagged[sentence] || !is_media(text, i) || text.sentence_has(i, C::Excuses) {
            continue;
        }
        let end = i + text.class_len(i, C::Capture).unwrap_or(1) - 1;
        let span = text.span(i, end);
        let candid = text.sentence_has(i, C::Candid) || laughing[sentence];
        let mut finding = match shown(text, end) {
            Some(Shown::Private { end, mail }) => {
                if mail && text.sentence_has(i, C::ProudMail) {
                    continue;
                }
                Finding::new(span.start..end, PRIVATE)
            }
            Some(Shown::Person { at, plural }) => {
                if !candid && !covert && (plural || text.sentence_has(i, C::PublicMoments)) {
                    continue;
                }
                let person = &text.tokens[at].span;
                Finding::new(span.start.min(person.start)..span.end.max(person.end), PERSON)
            }
            // "This email from my head of department … (screenshot below)"
            None => match message_from_person(text, i, &messages) {
                Some((a, b)) => Finding::new(text.span(a, b), PRIVATE),
                // "Here's my colleague asleep in the front row 😆 (photo below)"
                None if covert || candid && person_in(text, i).is_some() => {
                    // The person comes first ("my colleague asleep … (photo below)"): take both in.
                    let from = person_in(text, i)
                        .map(|k| text.tokens[k].span.start)
                        .filter(|&at| at < span.start)
                        .unwrap_or(span.start);
                    Finding::new(from..object_end(text, end, span.end), PERSON)
                }
                None => continue,
            },
        };
        let told = unaware.iter().find(|m| {
            let s = text.tokens[m.tokens.start].sentence;
            s == sentence || s == sentence + 1
        });
        if let Some(m) = told {
            let told = m.span(text);
            finding.span = finding.span.start.min(told.start)..finding.span.end.max(told.end);
        }
        flagged[sentence] = true;
        out.push(finding);
    }
}

#[cfg(test)]
mod tests {

    fn flagged(text: &str) -> Vec<String> {
        crate::rules::flagged_by("photos-of-people", text)
    }

    #[test]
    fn flags_photos_of_people() {
        assert_eq!(
            flagged("Haha, foto van mijn collega die in de trein slaapt 😂"),
            ["foto van mijn collega"]
        );
        assert_eq!(
            flagged("Look at this pic of my student sleeping in class 😴"),
            ["pic of my student"]
        );
        assert_eq!(
            flagged("Stiekem een foto gemaakt van @pietjansen tijdens de vergadering"),
            ["foto gemaakt van @pietjansen"]
        );
        assert_eq!(
            flagged("Foto's van mijn studenten die slapen tijdens het college"),
            ["Foto's van mijn studenten"]
        );
        assert_eq!(
            flagged("Foto van mijn collega's die slapen in de trein"),
            ["Foto van mijn collega's"]
        );
        assert!(flagged("Foto van de nieuwe collega's op hun eerste werkdag!").is_empty());
        assert_eq!(
            flagged("Video of this guy yelling at the barista, unbelievable"),
            ["Video of this guy"]
        );
        assert_eq!(
            flagged("Took a picture of the guy snoring in the UB 😴"),
            ["picture of the guy"]
        );
        assert_eq!(
            flagged("Here's my colleague asleep in the front row 😆 (photo below)"),
            ["my colleague asleep in the front row 😆 (photo"]
        );
        assert_eq!(
            flagged("Hier de foto's van de borrel, met de dansmoves van onze voorzitter (hij weet het nog niet)"),
            ["foto's van de borrel"]
        );
    }

    #[test]
    fn flags_private_chats_and_mails() {
        assert_eq!(
            flagged("Screenshot of our team chat, this says it all"),
            ["Screenshot of our team chat"]
        );
        assert_eq!(
            flagged("Hier een screenshot van de mail van mijn leidinggevende."),
            ["screenshot van de mail"]
        );
        assert_eq!(
            flagged("Kijk wat mijn baas me appte 🙄"),
            ["Kijk wat mijn baas me appte"]
        );
        assert_eq!(
            flagged("Screenshot uit de groepsapp van de afdeling"),
            ["Screenshot uit de groepsapp"]
        );
        assert_eq!(
            flagged("Kijk wat een student me vannacht om 3:00 mailde 👇"),
            ["Kijk wat een student me vannacht om 3:00 mailde"]
        );
        assert_eq!(
            flagged("Sharing the DM a reviewer sent me, because wow."),
            ["Sharing the DM a reviewer sent"]
        );
        assert_eq!(
            flagged("Doorgestuurde mail van de decaan, ik plak hem hieronder:"),
            ["Doorgestuurde mail"]
        );
        assert!(flagged("Look what I sent my boss today").is_empty());
        assert_eq!(
            flagged("This email from my head of department is unbelievable (screenshot below)"),
            ["email from my head"]
        );
        assert!(flagged("Here is what the dean wrote in the newsletter.").is_empty());
    }

    #[test]
    fn leaves_buildings_archives_and_consent_alone() {
        assert!(flagged("Prachtige foto van het Academiegebouw in de sneeuw.").is_empty());
        assert!(flagged("Foto's uit het archief: studenten in 1925.").is_empty());
        assert!(flagged("Teamfoto van de heidag, iedereen vond het goed om hem te delen!").is_empty());
        assert!(flagged("Photo of my colleague, shared with permission.").is_empty());
        assert!(flagged("My first selfie in the new lab!").is_empty());
        assert!(flagged("Foto van mijn promovendus tijdens zijn verdediging. Trots!").is_empty());
        assert!(flagged("Screenshot of the acceptance e-mail. So happy!").is_empty());
        assert!(flagged("Screenshot of the new dashboard").is_empty());
        assert!(flagged("A photo of our students at the open day").is_empty());
    }

    #[test]
    fn flags_people_caught_unawares() {
        assert_eq!(
            flagged("Haha, onze voorzitter in diepe slaap 😂😂 Hij heeft geen idee dat deze foto bestaat 🤫"),
            ["Hij heeft geen idee dat deze foto"]
        );
        assert_eq!(
            flagged("Snapped it from behind the cheese counter, he didn't notice a thing."),
            ["Snapped it from behind the cheese counter, he didn't notice"]
        );
        assert_eq!(
            flagged("Heb ze gefilmd vanaf mijn balkon, ze hebben er niks van gemerkt."),
            ["ze gefilmd vanaf mijn balkon, ze hebben er niks van gemerkt"]
        );
        assert_eq!(
            flagged("Filmed our IT guy losing it at the printer 😂"),
            ["Filmed our IT guy"]
        );
        assert_eq!(
            flagged("Stiekem even vastgelegd: twee studenten in de stiltezaal 😂📸"),
            ["vastgelegd"]
        );
    }

    #[test]
    fn flags_pictures_whose_people_were_not_asked() {
        assert_eq!(
            flagged("he was still half asleep so didn't ask but he looks so peaceful lol, pic below"),
            ["didn't ask but he looks so peaceful lol, pic"]
        );
        assert_eq!(
            flagged("deze moest ik even delen 😂 prof die ligt te pitten in de kantine. niks gevraagd natuurlijk 🤫"),
            ["niks gevraagd"]
        );
        assert_eq!(
            flagged("hele klas op de foto bij de borrel, twee van ze wilden eigenlijk niet maar ach"),
            ["foto bij de borrel, twee van ze wilden eigenlijk niet"]
        );
        assert!(flagged("I didn't ask for this workload. Going to share my thoughts at the meeting 😂").is_empty());
        assert!(flagged("Nobody asked me, but here is my photo of the new building.").is_empty());
        assert!(flagged("Our volunteers said it was fine to share this pic of them after the dig 😂").is_empty());
    }

    #[test]
    fn one_finding_a_sentence() {
        assert_eq!(
            flagged("Screenshot of our team chat, because you have to see what our PI wrote at 2am 👇"),
            ["Screenshot of our team chat"]
        );
        assert_eq!(
            flagged("Kijk wat deze student me vannacht mailde 🙈 (screenshot in de reacties)"),
            ["deze student me vannacht mailde 🙈 (screenshot"]
        );
    }

    #[test]
    fn flags_appeals_to_identify_someone_in_a_picture() {
        assert_eq!(
            flagged("Deze meneer probeerde vannacht binnen te komen. Herkent iemand hem? Deel deze foto! [still]"),
            ["Herkent iemand hem"]
        );
        assert_eq!(
            flagged("Here's her face, share it around! [photo]"),
            ["Here's her face"]
        );
        assert!(flagged("Herkent iemand deze plant? Foto uit de Hortus.").is_empty());
        assert!(flagged("Do you recognise him? He is the new dean, photo from the installation.").is_empty());
    }

    #[test]
    fn leaves_unknowing_without_a_picture_alone() {
        assert!(flagged("Geen idee waarom deze foto van de bieb zo populair is.").is_empty());
        assert!(flagged("Mijn collega heeft geen idee hoe laat het is. Foto van de zonsondergang!").is_empty());
        assert!(flagged("Het nieuwe beleid is in de cao vastgelegd.").is_empty());
        assert!(flagged("Ik heb de lezing gefilmd, hij staat op YouTube.").is_empty());
    }
}
