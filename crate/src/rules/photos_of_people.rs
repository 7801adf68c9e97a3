//! # photos-of-people
//!
//! **What it catches:** photos, videos or screenshots of a person, and private chats
//! or e-mails shared in public: "foto van mijn collega die in de trein slaapt",
//! "screenshot of our team chat", "hier een screenshot van de mail van mijn
//! leidinggevende", "look at this pic of my student sleeping in class", "kijk wat
//! mijn baas me appte".
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
//! - ✓ `Prachtige foto van het Academiegebouw in de sneeuw.`
//! - ✓ `Foto van ons team op de heidag (iedereen vond het goed om te delen).`

use super::{Rule, RuleMeta};
use crate::diagnostic::{Finding, Localized, Severity};
use crate::text::{EntityKind, Keys, LazyRegex, Text};
use std::ops::Range;
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

/// Lower case: matched on [`Text::lower`].
const MEDIA: &str = concat!(
    r"foto(?:'s|’s|tjes|tje)?|kiekjes?|plaatjes?|afbeelding|screenshots?|schermafbeelding(?:en)?|screenies?|",
    r"screencaps?|printscreens?|schermopnames?|filmpjes?|video'?s?|pictures?|pics?|photographed|photos?|",
    r"snapshots?|snaps?|gefotografeerd|gefilmd|filmed"
);

/// "Doorgestuurde mail van de decaan", "leaked e-mail from our director".
const FORWARDED: &str = concat!(
    r"(?:doorgestuurde|gelekte|forwarded|leaked) (?:e-?mail|mail(?:tje)?|bericht(?:je)?|message|dm|appje|",
    r"whatsapp(?:je)?|chat)"
);

/// Verbs of sending a message: "kijk wat mijn baas me appte", "the DM a reviewer sent me".
const SEND_VERBS: &[&str] = &[
    "appte",
    "mailde",
    "stuurde",
    "schreef",
    "whatsappte",
    "sms'te",
    "dm'de",
    "doorstuurde",
    "texted",
    "sent",
    "emailed",
    "mailed",
    "wrote",
    "messaged",
    "dmed",
    "forwarded",
];

/// Words that start showing a message to the world.
const SHOW_WORDS: &[&str] = &[
    "kijk",
    "look",
    "check",
    "see",
    "zie",
    "sharing",
    "posting",
    "delen",
    "deel",
    "plak",
    "paste",
    "pasting",
    "hier",
    "here",
    "screenshot",
    "moet",
    "posted",
    "shared",
];

/// Messages.
const MESSAGE_WORDS: &[&str] = &[
    "mail",
    "mailtje",
    "email",
    "dm",
    "message",
    "messages",
    "bericht",
    "berichtje",
    "appje",
    "whatsapp",
    "text",
    "sms",
    "note",
    "briefje",
];

/// Things written for the public: quoting them is no breach of privacy.
const PUBLIC_WRITING: &[&str] = &[
    "newsletter",
    "nieuwsbrief",
    "blog",
    "column",
    "artikel",
    "article",
    "paper",
    "boek",
    "book",
    "tweet",
    "post",
    "website",
    "krant",
    "newspaper",
    "opinion",
    "opiniestuk",
    "speech",
    "toespraak",
    "rapport",
    "report",
    "linkedin",
    "review",
    "recensie",
];

/// Whole-post phrases that say the person in the picture does not know.
const COVERT_PHRASES: &[&str] = &[
    "weet het nog niet",
    "weet het niet",
    "weet van niks",
    "weet nog van niks",
    "doesn't know yet",
    "does not know",
    "doesn't know",
    "sorry not sorry",
    "niet tegen hem zeggen",
    "niet tegen haar zeggen",
    "don't tell him",
    "don't tell her",
    "without him knowing",
    "without her knowing",
    "without them knowing",
    "zonder dat hij het",
    "zonder dat ze het",
    "zonder dat zij het",
    "stiekem",
    "secretly",
];

/// Emoji of laughing at someone.
const CANDID_EMOJI: &[&str] = &["😂", "🤣", "😆", "😴", "🙈", "😹", "🤭"];

/// Private conversations.
const PRIVATE_WORDS: &[&str] = &[
    "chat",
    "chats",
    "groepsapp",
    "groepschat",
    "appje",
    "appjes",
    "whatsapp",
    "whatsappje",
    "whatsappgesprek",
    "dm",
    "dms",
    "berichtje",
    "berichtjes",
    "sms",
    "sms'je",
    "messages",
    "conversation",
    "conversations",
    "gesprek",
    "gesprekken",
    "slack",
    "inbox",
    "mailwisseling",
    "correspondentie",
    "correspondence",
    "texts",
    "appgesprek",
    "teamschat",
    "signal",
    "telegram",
    "groupchat",
    "thread",
    "teamchat",
    "werkapp",
    "appgroep",
    "whatsappgroep",
    "groepsgesprek",
    "afdelingsapp",
];

/// E-mail: private too, but "the acceptance e-mail" is often shared with pride.
const MAIL_WORDS: &[&str] = &[
    "mail", "mails", "mailtje", "mailtjes", "email", "emails", "e-mail", "e-mails",
];

/// People a photo can show.
const PEOPLE: &[&str] = &[
    "collega",
    "secretaresse",
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
    "postdoc",
    "onderzoeker",
    "medewerker",
    "buurman",
    "buurvrouw",
    "kamergenoot",
    "teamgenoot",
    "assistent",
    "begeleider",
    "promotor",
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
    "labmate",
    "teammate",
    "neighbour",
    "neighbor",
    "intern",
    "man",
    "vrouw",
    "meneer",
    "mevrouw",
    "jongen",
    "meisje",
    "guy",
    "woman",
    "lady",
    "girl",
    "boy",
    "dude",
    "kerel",
    "gast",
    "vent",
    "passagier",
    "passenger",
    "stranger",
    "vreemde",
    "persoon",
    "person",
    "kind",
    "child",
    "kid",
    "conducteur",
    "schoonmaker",
    "conciërge",
    "janitor",
    "vriend",
    "vriendin",
    "friend",
    "tentamenkandidaat",
    "surveillant",
    "invigilator",
    "mate",
    "head",
    "organiser",
    "organizer",
];

/// The same people, more than one: only a candid or embarrassing picture counts.
const PEOPLE_PLURAL: &[&str] = &[
    "collega's",
    "collegas",
    "studenten",
    "students",
    "colleagues",
    "passagiers",
    "passengers",
    "mensen",
    "people",
    "promovendi",
    "medewerkers",
    "docenten",
    "teachers",
    "kinderen",
    "kids",
    "buren",
    "neighbours",
    "neighbors",
];

/// Determiners that point at a particular person.
const DETERMINERS: &[&str] = &[
    "mijn", "onze", "ons", "n", "my", "our", "deze", "die", "dit", "this", "that", "een", "a", "an", "the", "de",
    "het", "zo'n", "such", "random", "sleeping", "slapende",
];

/// Things that make a picture candid or embarrassing.
const CANDID: &[&str] = &[
    "slaapt",
    "slapen",
    "slapend",
    "slapende",
    "sliep",
    "sleeping",
    "asleep",
    "napping",
    "dutje",
    "faces",
    "gezichten",
    "gezicht",
    "face",
    "dansmoves",
    "dancing",
    "snurkt",
    "snurkend",
    "snoring",
    "dronken",
    "drunk",
    "huilt",
    "huilend",
    "crying",
    "stiekem",
    "secretly",
    "sneaky",
    "betrapt",
    "caught",
    "gênant",
    "embarrassing",
    "haha",
    "hahaha",
    "lol",
    "lmao",
    "zonder",
    "without",
    "knowing",
    "wist",
    "doorhad",
    "gapen",
    "gaapt",
    "yawning",
    "drooling",
    "kwijlt",
    "valt",
    "falling",
    "ruzie",
    "fight",
    "fighting",
];

/// A public moment, where photos are expected and agreed to.
const PUBLIC_MOMENTS: &[&str] = &[
    "award",
    "prijs",
    "promotie",
    "promoveerde",
    "gepromoveerd",
    "verdediging",
    "defence",
    "defense",
    "oratie",
    "inaugural",
    "graduation",
    "afstuderen",
    "diploma",
    "diploma-uitreiking",
    "uitreiking",
    "ceremony",
    "ceremonie",
    "gefeliciteerd",
    "congratulations",
    "congrats",
    "proud",
    "trots",
    "jubileum",
    "afscheid",
    "farewell",
    "welkom",
    "welcome",
    "keynote",
    "lezing",
    "presentatie",
    "presenting",
    "conference",
    "congres",
    "panel",
    "receiving",
    "ontvangt",
    "ontving",
    "won",
    "wint",
    "winner",
    "winnaar",
    "honorary",
    "eredoctoraat",
    "speech",
    "toespraak",
    "symposium",
    "opening",
    "opent",
    "interview",
    "podcast",
];

/// Words that say the picture is archival, or that those in it agreed.
const EXCUSES: &[&str] = &[
    "archief",
    "archive",
    "archives",
    "archival",
    "collectie",
    "collection",
    "collections",
    "museum",
    "historisch",
    "historische",
    "historic",
    "historical",
    "eeuw",
    "century",
    "toestemming",
    "permission",
    "consent",
    "agreed",
    "goedkeuring",
    "approval",
    "approved",
    "ok'd",
    "okayed",
];

/// Whole-post phrases of consent.
const CONSENT_PHRASES: &[&str] = &[
    "vond het goed",
    "vonden het goed",
    "vindt het goed",
    "vinden het goed",
    "mocht ik delen",
    "mag gedeeld",
    "mag ik delen",
    "mocht gedeeld",
    "with their blessing",
    "with her blessing",
    "with his blessing",
    "was fine with",
    "were fine with",
    "is fine with",
    "are fine with",
    "okay with it",
    "ok with it",
    "akkoord",
];

/// Acceptance and awards: an e-mail people share with pride.
const PROUD_MAIL: &[&str] = &[
    "accepted",
    "acceptance",
    "geaccepteerd",
    "acceptatie",
    "award",
    "awarded",
    "toegekend",
    "granted",
    "funded",
    "gehonoreerd",
    "congratulations",
    "gefeliciteerd",
    "prize",
    "prijs",
    "admitted",
    "toegelaten",
    "offer",
    "invitation",
    "uitnodiging",
    "newsletter",
    "nieuwsbrief",
];

/// Substrings of every word in [`MEDIA`]: without one, the regex is not even built.
const MEDIA_KEYS: &[&str] = &[
    "foto",
    "kiekje",
    "plaatje",
    "afbeelding",
    "screen",
    "scherm",
    "film",
    "video",
    "pic",
    "photo",
    "snap",
];
/// The first words of [`FORWARDED`].
const FORWARDED_KEYS: &[&str] = &["doorgestuurde", "gelekte", "forwarded", "leaked"];

/// Built on first use, so that a post without a key word compiles nothing.
struct Patterns {
    media: LazyRegex,
    forwarded: LazyRegex,
}

fn patterns() -> &'static Patterns {
    static RE: OnceLock<Patterns> = OnceLock::new();
    RE.get_or_init(|| Patterns {
        media: LazyRegex::new(MEDIA.to_string()),
        forwarded: LazyRegex::new(FORWARDED.to_string()),
    })
}

/// The keys of both patterns found in the post, in one pass.
fn found_keys(text: &Text) -> Vec<&'static str> {
    static KEYS: OnceLock<Keys> = OnceLock::new();
    KEYS.get_or_init(|| Keys::new(MEDIA_KEYS.iter().chain(FORWARDED_KEYS)))
        .found(&text.lower)
}

struct Token<'a> {
    span: Range<usize>,
    lower: &'a str,
    mention: bool,
}

fn is_boundary(gap: &str) -> bool {
    gap.contains(['.', '!', '?', '\n', ';'])
}

fn is_capitalised(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase)
}

/// Tokens `from..` in the same sentence, at most `n`.
fn clause<'t>(src: &str, toks: &'t [Token<'t>], from: usize, n: usize) -> &'t [Token<'t>] {
    let mut end = from;
    while end < toks.len() && end < from + n {
        if end > from && is_boundary(src.get(toks[end - 1].span.end..toks[end].span.start).unwrap_or("")) {
            break;
        }
        end += 1;
    }
    &toks[from.min(toks.len())..end]
}

/// The sentence (as token indices) around token `i`.
fn sentence(src: &str, toks: &[Token], i: usize) -> Range<usize> {
    let gap = |k: usize| src.get(toks[k - 1].span.end..toks[k].span.start).unwrap_or("");
    let mut start = i;
    while start > 0 && !is_boundary(gap(start)) {
        start -= 1;
    }
    let mut end = i + 1;
    while end < toks.len() && !is_boundary(gap(end)) {
        end += 1;
    }
    start..end
}

enum Shown {
    Person { end: usize, plural: bool },
    Private { end: usize, mail: bool },
}

/// What the picture at token `i` shows: "van/of" + a person, or a private conversation.
fn shown(src: &str, toks: &[Token], i: usize) -> Option<Shown> {
    let after = clause(src, toks, i + 1, 8);
    // "screenshot of our team chat", "screenshot van de mail van mijn leidinggevende"
    for (k, t) in after.iter().enumerate() {
        if PRIVATE_WORDS.contains(&t.lower) || MAIL_WORDS.contains(&t.lower) {
            // "screenshot van mijn eigen mail" is the writer's own.
            if k > 0 && matches!(after[k - 1].lower, "eigen" | "own") {
                return None;
            }
            return Some(Shown::Private {
                end: t.span.end,
                mail: MAIL_WORDS.contains(&t.lower),
            });
        }
        if matches!(t.lower, "e" | "group" | "team" | "whats") {
            continue;
        }
        if k >= 5 {
            break;
        }
    }
    // "foto (gemaakt) van …", "pic of …"
    let j = usize::from(after.first().is_some_and(|t| {
        matches!(
            t.lower,
            "gemaakt" | "genomen" | "taken" | "made" | "snapped" | "geschoten" | "shot" | "posted"
        )
    }));
    if !after.get(j).is_some_and(|t| matches!(t.lower, "van" | "of")) {
        return None;
    }
    for (k, t) in after.iter().enumerate().skip(j + 1).take(4) {
        let next = after.get(k + 1).map_or("", |n| n.lower);
        let object_pronoun = matches!(t.lower, "him" | "hem")
            || matches!(t.lower, "her" | "haar")
                && (k + 1 == after.len()
                    || matches!(
                        next,
                        "with" | "met" | "while" | "terwijl" | "at" | "op" | "in" | "tijdens" | "during"
                    ));
        if k == j + 1 && object_pronoun {
            return Some(Shown::Person {
                end: t.span.end,
                plural: false,
            });
        }
        if t.mention {
            return Some(Shown::Person {
                end: t.span.end,
                plural: false,
            });
        }
        let det = after.get(k - 1).map_or("", |p| p.lower);
        let determined = DETERMINERS.contains(&det) || PEOPLE.contains(&det) || k >= j + 2;
        let plural = PEOPLE_PLURAL.contains(&t.lower)
            || matches!(t.lower, "collega" | "colleague")
                && after.get(k + 1).is_some_and(|n| n.lower == "s")
                && !after
                    .get(k + 2)
                    .is_some_and(|n| PEOPLE.contains(&n.lower) || n.lower == "vader" || n.lower == "moeder");
        if plural {
            let apostrophe_s = after
                .get(k + 1)
                .filter(|n| n.lower == "s" && !PEOPLE_PLURAL.contains(&t.lower));
            return Some(Shown::Person {
                end: apostrophe_s.map_or(t.span.end, |n| n.span.end),
                plural: true,
            });
        }
        if PEOPLE.contains(&t.lower) && determined {
            return Some(Shown::Person {
                end: t.span.end,
                plural: false,
            });
        }
        let word = src.get(t.span.clone()).unwrap_or("");
        // "foto van Pieter die slaapt": a name, doing something.
        if k == j + 1 && is_capitalised(word) {
            let next = after.get(k + 1).map_or("", |n| n.lower);
            if matches!(next, "die" | "who" | "terwijl" | "while") || next.ends_with("ing") {
                return Some(Shown::Person {
                    end: t.span.end,
                    plural: false,
                });
            }
        }
    }
    None
}

impl Rule for PhotosOfPeople {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, text: &Text, out: &mut Vec<Finding>) {
        let src = text.src;
        let p = patterns();
        let lower_src = &text.lower;
        if CONSENT_PHRASES.iter().any(|c| lower_src.contains(c)) {
            return;
        }
        let start = out.len();
        let found = found_keys(text);
        if FORWARDED_KEYS.iter().any(|k| found.contains(k)) {
            for span in text.find_lower(p.forwarded.get()) {
                out.push(Finding::new(span, PRIVATE));
            }
        }
        let mut toks: Vec<Token> = text
            .words
            .iter()
            .map(|w| Token {
                span: w.span.clone(),
                lower: w.lower.as_str(),
                mention: false,
            })
            .chain(text.entities_of(EntityKind::Mention).map(|e| Token {
                span: e.span.clone(),
                lower: "",
                mention: true,
            }))
            .collect();
        toks.sort_by_key(|t| t.span.start);
        shared_messages(src, &toks, out);

        let covert = COVERT_PHRASES.iter().any(|c| lower_src.contains(c));
        let media = MEDIA_KEYS
            .iter()
            .any(|k| found.contains(k))
            .then(|| text.find_lower(p.media.get()));
        for span in media.into_iter().flatten() {
            if out[start..]
                .iter()
                .any(|f| f.span.start < span.end && span.start < f.span.end)
            {
                continue;
            }
            // The media word's last token ("foto's" ends on "s").
            let i = toks.partition_point(|t| t.span.start < span.end).saturating_sub(1);
            let sentence = sentence(src, &toks, i);
            let words = || toks[sentence.clone()].iter().map(|t| t.lower);
            if words().any(|w| EXCUSES.contains(&w)) {
                continue;
            }
            let raw = text.sentence_around(&span);
            let candid =
                words().any(|w| CANDID.contains(&w)) || CANDID_EMOJI.iter().any(|e| src[raw.clone()].contains(e));
            let finding = match shown(src, &toks, i) {
                Some(Shown::Private { end, mail }) => {
                    if mail && words().any(|w| PROUD_MAIL.contains(&w)) {
                        continue;
                    }
                    Finding::new(span.start..end, PRIVATE)
                }
                Some(Shown::Person { end, plural }) => {
                    if !candid && !covert && (plural || words().any(|w| PUBLIC_MOMENTS.contains(&w))) {
                        continue;
                    }
                    Finding::new(span.start..end, PERSON)
                }
                // "This email from my head of department … (screenshot below)"
                None if message_from_person(&toks[sentence.clone()]).is_some() => {
                    let (a, b) = message_from_person(&toks[sentence.clone()]).unwrap_or((0, 0));
                    let words = &toks[sentence.clone()];
                    Finding::new(words[a].span.start..words[b].span.end, PRIVATE)
                }
                // "Here's my colleague asleep in the front row 😆 (photo below)"
                None if covert || candid && person_in(&toks[sentence.clone()]).is_some() => {
                    // The person comes first ("my colleague asleep … (photo below)"): take both in.
                    let from = person_in(&toks[sentence.clone()])
                        .map(|k| toks[sentence.start + k].span.start)
                        .filter(|&at| at < span.start)
                        .unwrap_or(span.start);
                    Finding::new(from..object_end(&toks, i, span.end), PERSON)
                }
                None => continue,
            };
            out.push(finding);
        }
    }
}

/// The end of "van de kerstborrel" after a media word, or the media word's own end.
fn object_end(toks: &[Token], i: usize, end: usize) -> usize {
    match (toks.get(i + 1), toks.get(i + 2), toks.get(i + 3)) {
        (Some(of), Some(det), Some(noun)) if matches!(of.lower, "van" | "of") && DETERMINERS.contains(&det.lower) => {
            noun.span.end
        }
        _ => end,
    }
}

/// "email from my head of department", "mail van mijn leidinggevende": the message
/// word and the person, as token indices.
fn message_from_person(toks: &[Token]) -> Option<(usize, usize)> {
    toks.iter().enumerate().find_map(|(k, t)| {
        let message =
            MAIL_WORDS.contains(&t.lower) || PRIVATE_WORDS.contains(&t.lower) || MESSAGE_WORDS.contains(&t.lower);
        if !message || !toks.get(k + 1).is_some_and(|n| matches!(n.lower, "from" | "van")) {
            return None;
        }
        let det = toks.get(k + 2)?;
        let who = toks.get(k + 3)?;
        (matches!(det.lower, "my" | "mijn" | "our" | "onze" | "the" | "de" | "a" | "een")
            && PEOPLE.contains(&who.lower))
        .then_some((k, k + 3))
    })
}

/// A particular other person in the sentence (the index of the first word naming
/// them), unless the writer is among a group.
fn person_in(toks: &[Token]) -> Option<usize> {
    let with_self = toks.windows(2).any(|w| {
        matches!(
            (w[0].lower, w[1].lower),
            ("en", "ik") | ("and", "i") | ("ik", "en") | ("me", "and") | ("with", "me") | ("met", "mij")
        )
    }) || toks.iter().any(|t| matches!(t.lower, "we" | "wij" | "us" | "selfie"));
    if with_self {
        return None;
    }
    toks.iter().enumerate().find_map(|(k, t)| {
        let det = k.checked_sub(1).map_or("", |d| toks[d].lower);
        let person = t.mention
            || PEOPLE.contains(&t.lower) && DETERMINERS.contains(&det)
            || PEOPLE_PLURAL.contains(&t.lower) && matches!(det, "my" | "mijn" | "our" | "onze" | "the" | "de")
            || t.lower == "collega"
                && matches!(det, "mijn" | "onze")
                && toks.get(k + 1).is_some_and(|n| n.lower == "s");
        person.then(|| if t.mention { k } else { k - 1 })
    })
}

/// "Kijk wat een student me vannacht mailde", "Sharing the DM a reviewer sent me",
/// "Look at this email a student sent me": someone else's message put on show.
fn shared_messages(src: &str, toks: &[Token], out: &mut Vec<Finding>) {
    for (v, verb) in toks.iter().enumerate() {
        if !SEND_VERBS.contains(&verb.lower) {
            continue;
        }
        let from = v.saturating_sub(9);
        let mut show = None;
        for k in (from..v).rev() {
            if is_boundary(src.get(toks[k].span.end..toks[k + 1].span.start).unwrap_or("")) {
                break;
            }
            if SHOW_WORDS.contains(&toks[k].lower) {
                show = Some(k);
                break;
            }
        }
        let Some(k) = show else { continue };
        let between = &toks[k + 1..v];
        let what = between.iter().take(3).any(|t| matches!(t.lower, "wat" | "what"));
        let message = between
            .iter()
            .any(|t| MESSAGE_WORDS.contains(&t.lower) || t.lower == "e");
        // The sender is someone else, not the writer: "what I sent my boss" is one's own.
        let own = between
            .iter()
            .rev()
            .find(|t| {
                !matches!(
                    t.lower,
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
            .is_some_and(|t| matches!(t.lower, "ik" | "i" | "we" | "wij"));
        let sentence = sentence(src, toks, v);
        let public = toks[sentence].iter().any(|t| PUBLIC_WRITING.contains(&t.lower));
        if (what || message) && !own && !public {
            out.push(Finding::new(toks[k].span.start..verb.span.end, PRIVATE));
        }
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
}
