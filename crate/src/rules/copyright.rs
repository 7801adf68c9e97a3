//! # copyright
//!
//! **What it catches:** links to and tips for shadow libraries (Sci-Hub, LibGen,
//! Z-Library, Anna's Archive, also as a domain such as sci-hub.se), full PDFs of
//! commercial books or papers ("hier de volledige pdf van het boek", "full PDF of the
//! Elsevier paper attached", "download the whole book here", "bypass the paywall"),
//! and copied text that carries a notice such as "© 2023 Elsevier" or "all rights
//! reserved" / "alle rechten voorbehouden".
//!
//! **Why (tip 7):** *Hou rekening met auteursrecht.* Sharing someone else's work in
//! full, or pointing to where it is pirated, makes the writer liable and puts the
//! university in an awkward light.
//!
//! **Not flagged:** open access and Creative Commons licences ("CC BY 4.0"), one's own
//! preprint on arXiv or in a repository, "read the full paper" with a link, photo
//! credits ("Foto: © Marc de Haan"), the shadow libraries or a © notice as a topic
//! ("the lawsuit against Sci-Hub", "what does 'all rights reserved' mean?").
//!
//! **Examples**
//! - ✗ `Paper achter een paywall? Gewoon via Sci-Hub.`
//! - ✗ `Hier de volledige pdf van het boek, veel leesplezier!`
//! - ✗ `© 2023 Elsevier B.V. All rights reserved.`
//! - ✓ `Our paper is open access (CC BY 4.0): full PDF at the publisher.`
//! - ✓ `Preprint van ons artikel staat op arXiv.`

use super::{Rule, RuleMeta};
use crate::diagnostic::{Finding, Localized, Severity};
use crate::text::{EntityKind, Keys, LazyRegex, Text};
use std::ops::Range;
use std::sync::OnceLock;

pub struct Copyright;
pub static RULE: Copyright = Copyright;

static META: RuleMeta = RuleMeta {
    id: "copyright",
    tip: 7,
    severity: Severity::Warning,
    title: Localized::new("Auteursrecht", "Copyright"),
    description: Localized::new(
        "Schaduwbibliotheken, volledige pdf's van commerciële boeken of artikelen, en overgenomen tekst met ©.",
        "Shadow libraries, full PDFs of commercial books or papers, and copied text carrying ©.",
    ),
};

const SHADOW: Localized = Localized::new(
    "Dit verwijst naar een schaduwbibliotheek die auteursrechtelijk beschermd werk zonder toestemming verspreidt. \
     Verwijs naar de uitgever, een open-accessversie of de Universitaire Bibliotheken.",
    "This points to a shadow library that spreads copyrighted work without permission. Link to the publisher, an \
     open-access version or the University Libraries instead.",
);

const FULL_COPY: Localized = Localized::new(
    "Een volledig boek of artikel van een uitgever delen schendt het auteursrecht. Link naar de uitgever of naar een \
     open-accessversie (preprint, repository).",
    "Sharing a whole book or paper of a publisher infringes copyright. Link to the publisher or to an open-access \
     version (preprint, repository) instead.",
);

const NOTICE: Localized = Localized::new(
    "Deze tekst draagt een auteursrechtvermelding: je neemt werk van een ander over. Citeer kort, met bronvermelding \
     en een link naar het origineel.",
    "This text carries a copyright notice: you are copying someone else's work. Quote briefly, name the source and \
     link to the original.",
);

/// Shadow libraries, in lower case (matched on [`Text::lower`]). "Anna's Archive" counts only
/// capitalised as a name ([`is_shadow_name`]): "anna's archive" may be anyone's.
const SHADOW_NAMES: &str =
    r"sci-?hub|sci hub|libgen|library genesis|z-?library|z-lib|1lib|annas-archive|anna['’]?s archive";

/// Words one of which a full copy or a notice needs (lower case; "©" stays as it is).
const FULL_COPY_KEYS: &[&str] = &["pdf", "boek", "book", "paywall", "betaalmuur", "scan"];
const NOTICE_KEYS: &[&str] = &["©", "(c)", "copyright", "reserved", "voorbehouden"];

/// Substrings of every name in [`SHADOW_NAMES`]: without one, the regex is not even built.
const SHADOW_KEYS: &[&str] = &["sci", "libgen", "library", "z-lib", "1lib", "anna"];

/// Parts of a URL that name a shadow library.
const SHADOW_HOSTS: &[&str] = &[
    "sci-hub",
    "scihub",
    "libgen",
    "z-lib",
    "zlibrary",
    "z-library",
    "annas-archive",
    "1lib.",
    "library.lol",
    "singlelogin.",
];

const FULL_COPY_PATTERNS: &str = concat!(
    r#"(?:volledige|complete|gehele|hele|full|entire|whole) (?:pdf|e-?book)(?:'s|s)?|"#,
    r#"(?:pdf|scan|e-?book)(?:'s|s)? (?:van|of) (?:het |de |dit |the |this |that |a |een )?(?:hele |volledige |"#,
    r#"gehele |complete |whole |entire |full )?(?:boek|studieboek|handboek|leerboek|tekstboek|book|textbook|"#,
    r#"handbook|novel|roman)|(?:hele|volledige|gehele|complete|whole|entire|full) (?:boek|studieboek|handboek|"#,
    r#"leerboek|book|textbook|handbook|hoofdstuk|chapter)|(?:pdf|e-?book)(?:'s|s)? (?:van|of) ["“'‘]\w+|"#,
    r#"(?:omzeil(?:en|t)?|bypass(?:ing)?|get around|ontwijk(?:en)?) (?:je |u |you )?(?:de |the |a |een |that |"#,
    r#"die )?(?:paywall|betaalmuur)|(?:paywall|betaalmuur) (?:omzeilen|omzeild|ontwijken|bypass)"#
);

const NOTICE_PATTERNS: &str = concat!(
    r"(?:copyright ?)?(?:©|\(c\)) ?(?:19|20)[0-9]{2}|copyright (?:19|20)[0-9]{2}|all rights reserved|",
    r"alle rechten voorbehouden"
);

/// Words that make a full book a shared one rather than a read one.
const SHARING: &[&str] = &[
    "download",
    "downloaden",
    "downloadable",
    "hier",
    "here",
    "deel",
    "share",
    "sharing",
    "attached",
    "bijgevoegd",
    "bijlage",
    "gratis",
    "free",
    "pdf",
    "link",
    "stuur",
    "send",
    "dm",
    "scan",
    "gescand",
    "scanned",
    "kopie",
    "copy",
    "copies",
    "kopieën",
    "upload",
    "uploaded",
    "geüpload",
    "drive",
    "dropbox",
    "wetransfer",
    "overgetypt",
    "gekopieerd",
    "copied",
    "sturen",
    "stuurt",
    "delen",
    "iemand",
    "anyone",
];

/// Commercial publishers: their PDFs are not the writer's to share.
const PUBLISHERS: &[&str] = &[
    "elsevier",
    "springer",
    "wiley",
    "routledge",
    "brill",
    "sage",
    "emerald",
    "pearson",
    "mcgraw",
    "jstor",
    "ieee",
    "oup",
    "cup",
    "gruyter",
    "palgrave",
    "bloomsbury",
    "noordhoff",
    "boom",
    "lancet",
    "nature",
    "cell",
    "science",
    "taylor",
];

/// Open access, Creative Commons and self-archiving: sharing is allowed.
const OPEN: &[&str] = &[
    "open access",
    "open-access",
    "openaccess",
    "cc by",
    "cc-by",
    "cc0",
    "cc by-sa",
    "creative commons",
    "preprint",
    "arxiv",
    "biorxiv",
    "medrxiv",
    "psyarxiv",
    "socarxiv",
    "ssrn",
    "osf.io",
    "zenodo",
    "repository",
    "repositorium",
    "scholarlypublications",
    "postprint",
    "accepted manuscript",
    "green oa",
    "gold oa",
    "diamond oa",
    "freely available",
    "free to read",
    "gratis beschikbaar",
    "vrij beschikbaar",
    "public domain",
    "publiek domein",
    "gutenberg",
];

/// One's own work: the writer decides (within the publisher's terms) what to share.
const OWN_WORK: &str = concat!(
    r"(?:mijn|ons|onze|my|our) (?:eigen |own |new |nieuwe |latest |laatste |recent |recente |first |",
    r"eerste )?(?:paper|artikel|article|book|boek|chapter|hoofdstuk|thesis|proefschrift|dissertation|dissertatie|",
    r"preprint|bundel|essay|report|rapport)|(?:proefschrift|thesis|dissertation|dissertatie)"
);

/// Words that make a shadow library or a notice the topic, not the advice.
const TOPIC: &[&str] = &[
    "rechtszaak",
    "lawsuit",
    "sued",
    "sues",
    "aangeklaagd",
    "court",
    "rechter",
    "judge",
    "ruling",
    "uitspraak",
    "verboden",
    "verbiedt",
    "banned",
    "ban",
    "blocked",
    "geblokkeerd",
    "blokkade",
    "illegaal",
    "illegal",
    "betekent",
    "means",
    "meaning",
    "betekenis",
    "debat",
    "debate",
    "discussie",
    "discussion",
    "onderzoek",
    "research",
    "study",
    "studie",
    "analysis",
    "analyse",
    "piraterij",
    "piracy",
    "vs",
    "v",
    "versus",
    "against",
    "tegen",
    "founder",
    "oprichter",
    "elbakyan",
    "documentary",
    "documentaire",
    "legal",
    "legaal",
    "ethics",
    "ethiek",
];

/// Negations right before a shadow library ("never use Sci-Hub", "geen Sci-Hub").
const NEGATIONS: &[&str] = &[
    "niet", "geen", "nooit", "not", "never", "no", "don", "dont", "avoid", "vermijd",
];

/// Every pattern is in lower case, matched on [`Text::lower`], and built only when a post
/// gets past its rule's cheap gate.
struct Patterns {
    shadow: LazyRegex,
    full_copy: LazyRegex,
    notice: LazyRegex,
    own: LazyRegex,
}

fn patterns() -> &'static Patterns {
    static RE: OnceLock<Patterns> = OnceLock::new();
    RE.get_or_init(|| Patterns {
        shadow: LazyRegex::new(SHADOW_NAMES.to_string()),
        full_copy: LazyRegex::new(FULL_COPY_PATTERNS.to_string()),
        notice: LazyRegex::new(NOTICE_PATTERNS.to_string()),
        own: LazyRegex::new(OWN_WORK.to_string()),
    })
}

/// "Anna's Archive" or "ANNA'S ARCHIVE"; the other names in any case.
fn is_shadow_name(text: &Text, span: &Range<usize>) -> bool {
    let name = &text.src[span.clone()];
    if !text.lower[span.clone()].starts_with("anna") || text.lower[span.clone()].starts_with("annas-") {
        return true;
    }
    (name.starts_with("Anna") && name.ends_with(" Archive")) || (name.starts_with("ANNA") && name.ends_with(" ARCHIVE"))
}

/// Lowercased words of the sentence around `span`.
fn sentence_words<'t>(text: &'t Text, span: &Range<usize>) -> impl Iterator<Item = &'t str> + Clone {
    let s = text.sentence_around(span);
    text.words
        .iter()
        .filter(move |w| w.span.start >= s.start && w.span.end <= s.end)
        .map(|w| w.lower.as_str())
}

fn words_before<'t>(text: &'t Text, at: usize, n: usize) -> impl Iterator<Item = &'t str> {
    let idx = text.words.partition_point(|w| w.span.end <= at);
    text.words[idx.saturating_sub(n)..idx].iter().map(|w| w.lower.as_str())
}

/// The line around `span`.
fn line_around(src: &str, span: &Range<usize>) -> Range<usize> {
    let start = src[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let end = src[span.end..].find('\n').map_or(src.len(), |i| span.end + i);
    start..end
}

/// "geen Sci-Hub", "never use Sci-Hub", "don't use LibGen": a negation and nothing
/// but "use"/"via" between it and the name.
fn negated(text: &Text, at: usize) -> bool {
    let before: Vec<&str> = words_before(text, at, 4).collect();
    before.iter().enumerate().any(|(k, w)| {
        NEGATIONS.contains(w)
            && before[k + 1..]
                .iter()
                .all(|b| matches!(*b, "use" | "gebruik" | "via" | "t" | "op" | "to"))
    })
}

fn check_shadow(text: &Text, p: &Patterns, named: bool, out: &mut Vec<Finding>) {
    let is_topic =
        |span: &Range<usize>| sentence_words(text, span).any(|w| TOPIC.contains(&w)) || negated(text, span.start);
    if named {
        for span in text.find_lower(p.shadow.get()) {
            if is_shadow_name(text, &span) && !is_topic(&span) {
                out.push(Finding::new(span, SHADOW));
            }
        }
    }
    for url in text.entities_of(EntityKind::Url) {
        let lower = text.src[url.span.clone()].to_lowercase();
        let host = lower.split("://").last().unwrap_or("").split('/').next().unwrap_or("");
        if SHADOW_HOSTS.iter().any(|h| host.contains(h)) && !is_topic(&url.span) {
            out.push(Finding::new(url.span.clone(), SHADOW));
        }
    }
}

fn check_full_copy(text: &Text, p: &Patterns, open: bool, out: &mut Vec<Finding>) {
    if open {
        return;
    }
    for span in text.find_lower(p.full_copy.get()) {
        let sentence = text.sentence_around(&span);
        if p.own.get().is_match(&text.lower[sentence.clone()]) {
            continue;
        }
        let phrase = text.src[span.clone()].to_lowercase();
        let words = sentence_words(text, &span);
        // "I read the whole book in one night" is reading, not sharing.
        // A whole book or chapter, or a PDF of a quoted title, counts only when handed round.
        let needs_sharing = phrase.contains(['"', '“', '‘'])
            || phrase.contains(" '")
            || !phrase.contains("pdf") && !phrase.contains("paywall") && !phrase.contains("betaalmuur");
        let book_only = needs_sharing;
        if book_only && !words.clone().any(|w| SHARING.contains(&w)) {
            continue;
        }
        // "pdf van "Thinking…": point at the PDF, not at the title.
        let span = match phrase.find(' ') {
            Some(space) if needs_sharing && phrase.contains("pdf") => span.start..span.start + space,
            _ => span,
        };
        out.push(Finding::new(span, FULL_COPY));
    }
    // "Elsevier paper, PDF attached": a publisher's PDF handed round.
    for w in text.words.iter().filter(|w| w.lower == "pdf" || w.lower == "pdfs") {
        let words: Vec<&str> = sentence_words(text, &w.span).collect();
        let sentence = text.sentence_around(&w.span);
        if words.iter().any(|x| PUBLISHERS.contains(x))
            && words.iter().any(|x| SHARING.contains(x) && *x != "pdf" && *x != "link")
            && !p.own.get().is_match(&text.lower[sentence])
            && !out
                .iter()
                .any(|f| f.span.start <= w.span.start && w.span.end <= f.span.end)
        {
            out.push(Finding::new(w.span.clone(), FULL_COPY));
        }
    }
}

fn check_notices(text: &Text, p: &Patterns, open: bool, out: &mut Vec<Finding>) {
    if open {
        return;
    }
    let src = text.src;
    let mut notices: Vec<Range<usize>> = Vec::new();
    for span in text.find_lower(p.notice.get()) {
        let line = line_around(src, &span);
        let line_lower = src[line.clone()].to_lowercase();
        // Photo credits name the maker: that is attribution, not copying.
        if [
            "foto",
            "photo",
            "beeld",
            "image",
            "afbeelding",
            "illustratie",
            "illustration",
            "credit",
            "📷",
            "📸",
        ]
        .iter()
        .any(|c| line_lower.contains(c))
            || line_lower.contains("universiteit leiden")
            || line_lower.contains("leiden university")
        {
            continue;
        }
        // A notice quoted as a topic: "what does 'all rights reserved' mean?"
        let quoted = src[..span.start].ends_with(['"', '\'', '“', '‘', '«']);
        if quoted || sentence_words(text, &span).any(|w| matches!(w, "betekent" | "means" | "meaning" | "betekenis")) {
            continue;
        }
        // "© 2023 Elsevier B.V. All rights reserved." is one notice.
        if let Some(last) = notices.last_mut() {
            if line_around(src, last) == line && span.start - last.end < 40 {
                last.end = span.end;
                continue;
            }
        }
        notices.push(span);
    }
    out.extend(notices.into_iter().map(|s| Finding::new(s, NOTICE)));
}

impl Rule for Copyright {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, text: &Text, out: &mut Vec<Finding>) {
        let p = patterns();
        // Every gate below in one pass over the post.
        static KEYS: OnceLock<Keys> = OnceLock::new();
        let keys =
            KEYS.get_or_init(|| Keys::new(SHADOW_KEYS.iter().chain(OPEN).chain(FULL_COPY_KEYS).chain(NOTICE_KEYS)));
        let found = keys.found(&text.lower);
        let any = |list: &[&str]| list.iter().any(|k| found.contains(k));
        check_shadow(text, p, any(SHADOW_KEYS), out);
        let open = any(OPEN);
        if any(FULL_COPY_KEYS) {
            check_full_copy(text, p, open, out);
        }
        if any(NOTICE_KEYS) {
            check_notices(text, p, open, out);
        }
    }
}

#[cfg(test)]
mod tests {

    fn flagged(text: &str) -> Vec<String> {
        crate::rules::flagged_by("copyright", text)
    }

    #[test]
    fn flags_shadow_libraries_by_name_and_domain() {
        assert_eq!(flagged("Paper achter een paywall? Gewoon via Sci-Hub."), ["Sci-Hub"]);
        assert_eq!(
            flagged("Try libgen.is or z-lib.org for the textbook"),
            ["libgen", "z-lib.org"]
        );
        assert_eq!(
            flagged("https://sci-hub.se/10.1038/nature12373 👍"),
            ["https://sci-hub.se/10.1038/nature12373"]
        );
        assert_eq!(flagged("Found it on Anna's Archive 🙌"), ["Anna's Archive"]);
        assert_eq!(
            flagged("De bieb heeft geen licentie en Sci-Hub doet het even niet."),
            ["Sci-Hub"]
        );
    }

    #[test]
    fn flags_full_copies() {
        assert_eq!(
            flagged("Hier de volledige pdf van het boek, veel leesplezier!"),
            ["volledige pdf"]
        );
        assert_eq!(flagged("Full PDF of the Elsevier paper attached."), ["Full PDF"]);
        assert_eq!(
            flagged("Download the whole book here: drive.google.com/xyz"),
            ["whole book"]
        );
        assert_eq!(
            flagged("Wie wil de pdf van het studieboek? DM me"),
            ["pdf van het studieboek"]
        );
        assert_eq!(
            flagged("Tip: zo omzeil je de paywall van NRC"),
            ["omzeil je de paywall"]
        );
        assert_eq!(flagged("Springer chapter as PDF, free download here"), ["PDF"]);
        assert_eq!(flagged("Kan iemand mij de pdf van \"Sapiens\" sturen?"), ["pdf"]);
        assert_eq!(
            flagged("Hier het hele hoofdstuk uit het boek, even overgetypt:"),
            ["hele hoofdstuk"]
        );
    }

    #[test]
    fn flags_copied_text_with_notices() {
        assert_eq!(
            flagged("Abstract: … © 2023 Elsevier B.V. All rights reserved."),
            ["© 2023 Elsevier B.V. All rights reserved"]
        );
        assert_eq!(
            flagged("(bron: NRC) Alle rechten voorbehouden."),
            ["Alle rechten voorbehouden"]
        );
        assert_eq!(flagged("Copyright 2024 The Guardian"), ["Copyright 2024"]);
    }

    #[test]
    fn leaves_open_access_own_work_and_topics_alone() {
        assert!(flagged("Our paper is open access (CC BY 4.0): full PDF at the publisher.").is_empty());
        assert!(flagged("Full PDF of our new paper is on arXiv!").is_empty());
        assert!(flagged("Hier de volledige pdf van mijn proefschrift.").is_empty());
        assert!(flagged("Read the full paper here: https://doi.org/10.1000/xyz123").is_empty());
        assert!(flagged("I read the whole book in one night.").is_empty());
        assert!(flagged("Interessante uitspraak in de rechtszaak tegen Sci-Hub.").is_empty());
        assert!(flagged("Please don't use Sci-Hub, ask the library.").is_empty());
        assert!(flagged("Gebruik geen Sci-Hub maar vraag het de UB.").is_empty());
        assert!(flagged("Foto: © 2023 Marc de Haan").is_empty());
        assert!(flagged("What does 'all rights reserved' actually mean?").is_empty());
        assert!(flagged("Licensed under CC BY 4.0, © 2024 the authors.").is_empty());
    }
}
