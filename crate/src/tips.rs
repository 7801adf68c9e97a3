//! The ten golden tips ("Tien gouden tips") of Leiden University's guideline for
//! employees on social media. The Dutch is the university's wording; the English
//! is this project's translation. The popup, the cards, the CLI and the docs all
//! read them from here.

use crate::diagnostic::{Lang, Localized};
use serde::Serialize;

pub struct Tip {
    pub number: u8,
    pub title: Localized,
    pub text: Localized,
}

/// A tip in one language, as the extension receives it.
#[derive(Serialize)]
pub struct TipText {
    pub number: u8,
    pub title: &'static str,
    pub text: &'static str,
}

pub static TIPS: [Tip; 10] = [
    Tip {
        number: 1,
        title: Localized::new("Wees trots op de universiteit", "Be proud of the university"),
        text: Localized::new(
            "Maar spreek niet namens de universiteit. Gebruik geen officiële logo’s op je privéaccount. Plaats geen \
             vertrouwelijke informatie over Universiteit Leiden, haar studenten, alumni of collega-medewerkers.",
            "But do not speak on behalf of the university. Do not use official logos on your private account. Do not \
             post confidential information about Leiden University, its students, alumni or fellow staff.",
        ),
    },
    Tip {
        number: 2,
        title: Localized::new("Wees nauwkeurig en eerlijk", "Be accurate and honest"),
        text: Localized::new(
            "Zorg dat de feiten kloppen en vermeld de bron.",
            "Make sure the facts are right and cite your source.",
        ),
    },
    Tip {
        number: 3,
        title: Localized::new("Wees authentiek", "Be authentic"),
        text: Localized::new(
            "Online is geen aparte wereld, dus zorg dat je daar dezelfde persoon bent als offline.",
            "Online is not a separate world, so make sure you are the same person there as offline.",
        ),
    },
    Tip {
        number: 4,
        title: Localized::new("Respecteer je publiek", "Respect your audience"),
        text: Localized::new(
            "Denk na voordat je iets online zet. Check of het jezelf, je moeder of de universiteit in verlegenheid \
             kan brengen.",
            "Think before you post. Check whether it could embarrass you, your mother or the university.",
        ),
    },
    Tip {
        number: 5,
        title: Localized::new(
            "Let op de relatie tussen werk en privé",
            "Mind the line between work and private life",
        ),
        text: Localized::new(
            "Heb je in je profiel aangegeven waar je werkt? Realiseer je dan dat je ook in je vrije tijd als \
             medewerker van de universiteit gezien kan worden.",
            "Does your profile say where you work? Then realise that even in your free time you may be seen as a \
             member of the university's staff.",
        ),
    },
    Tip {
        number: 6,
        title: Localized::new("Verken de omgeving", "Explore your surroundings"),
        text: Localized::new(
            "Kijk bij anderen (bijvoorbeeld collega’s) hoe zij social media gebruiken. Kijk wat jou aanspreekt en \
             volg hun voorbeeld.",
            "Look at how others (colleagues, for example) use social media. See what appeals to you and follow their \
             example.",
        ),
    },
    Tip {
        number: 7,
        title: Localized::new("Wees bewust van aansprakelijkheid", "Be aware of liability"),
        text: Localized::new(
            "Hou rekening met auteursrecht. Verspreid geen informatie over of foto’s van individuen zonder \
             toestemming.",
            "Respect copyright. Do not spread information about, or photos of, individuals without their consent.",
        ),
    },
    Tip {
        number: 8,
        title: Localized::new("Corrigeer fouten", "Correct mistakes"),
        text: Localized::new(
            "Als je een fout maakt, geef het dan ruiterlijk toe en maak zo nodig excuses.",
            "If you make a mistake, admit it frankly and apologise where needed.",
        ),
    },
    Tip {
        number: 9,
        title: Localized::new("Modereer reacties", "Moderate responses"),
        text: Localized::new(
            "Hou dagelijks bij welke reacties je krijgt en reageer tijdig op commentaar.",
            "Keep track every day of the responses you get and reply to comments in good time.",
        ),
    },
    Tip {
        number: 10,
        title: Localized::new(
            "Maar vooral: heb plezier en experimenteer!",
            "But above all: have fun and experiment!",
        ),
        text: Localized::new("", ""),
    },
];

/// The tip with this number (1–10).
pub fn tip(number: u8) -> Option<&'static Tip> {
    TIPS.iter().find(|t| t.number == number)
}

/// All ten tips in one language.
pub fn tips(lang: Lang) -> Vec<TipText> {
    TIPS.iter()
        .map(|t| TipText {
            number: t.number,
            title: t.title.get(lang),
            text: t.text.get(lang),
        })
        .collect()
}
