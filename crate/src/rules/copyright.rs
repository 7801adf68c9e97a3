//! # copyright
//!
//! **What it catches:** links to and tips for shadow libraries (Sci-Hub, LibGen,
//! Z-Library, Anna's Archive, also as a domain such as sci-hub.se), full PDFs of
//! commercial books or papers ("hier de volledige pdf van het boek", "full PDF of the
//! Elsevier paper attached", "download the whole book here", "bypass the paywall"),
//! whole texts, chapters and broadcasts copied into a post ("ik heb de volledige tekst
//! hieronder in de reacties geplakt", "I've copy-pasted the full article below", "hoofdstuk
//! 4 gescand", "de hele uitzending op mijn Drive gezet", "re-uploading the full BBC Panorama
//! episode"; the copying is underlined with the work), and copied text that carries a
//! notice such as "© 2023 Elsevier" or "all rights reserved" / "alle rechten voorbehouden".
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
//! - ✗ `I've copy-pasted the full article below for those without a subscription.`
//! - ✓ `Preprint van ons artikel staat op arXiv.`
//! - ✓ `Read the full article here: https://www.nature.com/articles/x`

use super::{Rule, RuleMeta};
use crate::diagnostic::{Finding, Localized, Severity};
use crate::phrase::{common, Match, Pattern};
use crate::text::{EntityKind, LazyRegex, Text};
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

const WHOLE_WORK: Localized = Localized::new(
    "Een volledig werk van een ander (tekst, hoofdstuk of uitzending) overnemen of opnieuw plaatsen schendt het \
     auteursrecht. Link naar het origineel, of citeer kort met bronvermelding.",
    "Copying or reposting someone else's whole work (a text, chapter or broadcast) infringes copyright. Link to the \
     original, or quote briefly with the source.",
);

const NOTICE: Localized = Localized::new(
    "Deze tekst draagt een auteursrechtvermelding: je neemt werk van een ander over. Citeer kort, met bronvermelding \
     en een link naar het origineel.",
    "This text carries a copyright notice: you are copying someone else's work. Quote briefly, name the source and \
     link to the original.",
);

crate::lexicon!("copyright" {
    Shadow = "shadow",
    Whole = "whole",
    Pdf = "pdf",
    Scan = "scan",
    Book = "book",
    BookOrChapter = "book-or-chapter",
    Work = "work",
    Copied = "copied",
    Scanned = "scanned",
    Det = "det",
    Bypass = "bypass",
    Paywall = "paywall",
    Sharing = "sharing",
    SharingWeak = "sharing-weak",
    Publishers = "publishers",
    Own = "own",
    OwnAdjective = "own-adjective",
    OwnWork = "own-work",
    Thesis = "thesis",
    Topic = "topic",
    Avoid = "avoid",
    Use = "use",
    Credit = "credit",
    Meaning = "meaning",
});

/// Words a notice needs (lower case; "©" stays as it is).
const NOTICE_KEYS: &[&str] = &["©", "(c)", "copyright", "reserved", "voorbehouden"];

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

const NOTICE_PATTERNS: &str = concat!(
    r"(?:copyright ?)?(?:©|\(c\)) ?(?:19|20)[0-9]{2}|copyright (?:19|20)[0-9]{2}|all rights reserved|",
    r"alle rechten voorbehouden"
);

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

/// How a full copy is judged.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Copy {
    /// "volledige pdf", "bypass the paywall": a copy by itself.
    File,
    /// "het hele boek", "pdf van \"Sapiens\"": a copy only when handed round.
    Shared,
    /// "de volledige tekst … geplakt": a whole work copied into the post.
    Pasted,
    /// "hoofdstuk 4 gescand": a chapter scanned or copied.
    Scanned,
}

struct Patterns {
    full_copy: Vec<(Pattern, Copy)>,
    own_work: Pattern,
    notice: LazyRegex,
}

fn patterns() -> &'static Patterns {
    static PATTERNS: OnceLock<Patterns> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        let new = Pattern::new;
        let of = || new().words(&["van", "of"]);
        Patterns {
            full_copy: vec![
                (new().class(C::Whole).class(C::Pdf), Copy::File),
                (
                    new()
                        .class(C::Scan)
                        .words(&["van", "of"])
                        .opt_class(C::Det)
                        .opt_class(C::Whole)
                        .class(C::Book),
                    Copy::Shared,
                ),
                (new().class(C::Whole).class(C::BookOrChapter), Copy::Shared),
                (
                    new()
                        .class(C::Pdf)
                        .words(&["van", "of"])
                        .punct(&['"', '“', '\'', '‘'])
                        .any(),
                    Copy::Shared,
                ),
                (
                    new()
                        .class(C::Bypass)
                        .opt_words(&["je", "u", "you"])
                        .opt_class(C::Det)
                        .class(C::Paywall),
                    Copy::File,
                ),
                (new().class(C::Paywall).class(C::Bypass), Copy::File),
                // "the whole of Chapter 2", "de volledige tekst", "hoofdstuk 4 … gescand"
                (
                    of().class(C::Whole).opt_word("of").opt_class(C::Det).class(C::Work),
                    Copy::Pasted,
                ),
                (
                    new().class(C::Whole).opt_word("of").opt_class(C::Det).class(C::Work),
                    Copy::Pasted,
                ),
                // "the full BBC Panorama episode": a work by its maker's or its own name.
                (new().class(C::Whole).capital().gap(2).class(C::Work), Copy::Pasted),
                (new().words(&["hoofdstuk", "chapter"]).any(), Copy::Scanned),
            ],
            own_work: new().class(C::Own).opt_class(C::OwnAdjective).class(C::OwnWork),
            notice: LazyRegex::new(NOTICE_PATTERNS.to_string()),
        }
    })
}

/// "Anna's Archive" or "ANNA'S ARCHIVE"; the other names in any case.
fn is_shadow_name(text: &Text, m: &Match) -> bool {
    let first = text.original(m.tokens.start);
    if !first.to_lowercase().starts_with("anna") {
        return true;
    }
    let last = text.original(m.tokens.end - 1);
    (first.starts_with("Anna") && last == "Archive") || (first.starts_with("ANNA") && last == "ARCHIVE")
}

/// "geen Sci-Hub", "never use Sci-Hub", "don't use LibGen": a negation and nothing but
/// "use"/"via" between it and the name at token `i`.
fn negated(text: &Text, i: usize) -> bool {
    let before = text.before(i, 4);
    before
        .clone()
        .any(|k| (text.is(k, common::C::Negation) || text.is(k, C::Avoid)) && (k + 1..i).all(|b| text.is(b, C::Use)))
}

fn check_shadow(text: &Text, out: &mut Vec<Finding>) {
    let is_topic = |i: usize| text.sentence_has(i, C::Topic) || negated(text, i);
    for m in Pattern::new().class(C::Shadow).find_iter(text) {
        if is_shadow_name(text, &m) && !is_topic(m.tokens.start) {
            out.push(Finding::new(m.span(text), SHADOW));
        }
    }
    for url in text.entities_of(EntityKind::Url) {
        let lower = &text.lower[url.span.clone()];
        let host = lower.split("://").last().unwrap_or("").split('/').next().unwrap_or("");
        if SHADOW_HOSTS.iter().any(|h| host.contains(h)) {
            // The words around a link: the token before it, if in the same line.
            let near = text.token_at(url.span.start).checked_sub(1);
            if !near.is_some_and(|k| is_topic(k) && !text.gap_after(k).contains('\n')) {
                out.push(Finding::new(url.span.clone(), SHADOW));
            }
        }
    }
}

/// Which sentences speak of one's own work ("mijn proefschrift", "our new paper"), found once.
fn own_sentences(text: &Text) -> Vec<bool> {
    let mut own = vec![false; text.sentences.len()];
    for m in patterns().own_work.find_iter(text) {
        own[text.tokens[m.tokens.start].sentence] = true;
    }
    for k in text.tokens_in(C::Thesis) {
        own[text.tokens[k].sentence] = true;
    }
    own
}

/// The words of copying (`class`) within a few words of the work at `work` in its sentence,
/// from the first to the last: "Hier de hele uitzending …, even gedownload en opnieuw geüpload".
fn copying_near(text: &Text, work: &Range<usize>, class: C) -> Option<Range<usize>> {
    const NEAR: usize = 10;
    let sentence = &text.sentences[text.tokens[work.start].sentence].tokens;
    let from = work.start.saturating_sub(NEAR).max(sentence.start);
    let to = (work.end + NEAR).min(sentence.end);
    let mut acts = (from..to)
        .filter(|k| !work.contains(k))
        .filter_map(|k| Some(text.span(k, (k + text.class_len(k, class)?).min(to) - 1)));
    let first = acts.next()?;
    Some(acts.fold(first, |all, act| all.start..act.end.max(all.end)))
}

fn check_full_copy(text: &Text, out: &mut Vec<Finding>) {
    let own = own_sentences(text);
    let start = out.len();
    let mut taken = vec![false; text.tokens.len()];
    for (pattern, copy) in &patterns().full_copy {
        for m in pattern.find_iter(text) {
            let first = m.tokens.start;
            // "niet de hele tekst kopiëren", "don't paste the whole article": advice, not a copy.
            if taken[m.tokens.clone()].iter().any(|t| *t) || own[text.tokens[first].sentence] || text.negated(first, 3)
            {
                continue;
            }
            let pdf = m.tokens.clone().any(|k| matches!(text.word(k), "pdf" | "pdfs"));
            let shared = match copy {
                Copy::File => true,
                // "I read the whole book in one night" is reading, not sharing.
                Copy::Shared => pdf || text.sentence_has(first, C::Sharing) || text.sentence_has(first, C::SharingWeak),
                Copy::Pasted => text.sentence_has(first, C::Copied),
                Copy::Scanned => text.sentence_has(first, C::Scanned),
            };
            if !shared {
                continue;
            }
            taken[m.tokens.clone()].iter_mut().for_each(|t| *t = true);
            // "pdf van "Thinking…": point at the PDF, not at the title.
            let quoted = *copy == Copy::Shared && pdf && text.gap_after(first + 1).contains(['"', '“', '\'', '‘']);
            let span = if quoted {
                text.tokens[first].span.clone()
            } else {
                m.span(text)
            };
            let finding = match copy {
                // "even gedownload en opnieuw geüpload", "Re-uploading the full … episode": the
                // copying is underlined with the work.
                Copy::Pasted | Copy::Scanned => {
                    let class = if *copy == Copy::Pasted { C::Copied } else { C::Scanned };
                    let act = copying_near(text, &m.tokens, class);
                    let start = act.as_ref().map_or(span.start, |a| a.start.min(span.start));
                    let end = act.map_or(span.end, |a| a.end.max(span.end));
                    Finding::new(start..end, WHOLE_WORK)
                }
                Copy::File | Copy::Shared => Finding::new(span, FULL_COPY),
            };
            out.push(finding);
        }
    }
    // "Elsevier paper, PDF attached": a publisher's PDF handed round.
    for k in 0..text.tokens.len() {
        if !matches!(text.word(k), "pdf" | "pdfs") || taken[k] {
            continue;
        }
        if text.sentence_has(k, C::Publishers) && text.sentence_has(k, C::Sharing) && !own[text.tokens[k].sentence] {
            out.push(Finding::new(text.tokens[k].span.clone(), FULL_COPY));
        }
    }
    out[start..].sort_by_key(|f| f.span.start);
}

fn check_notices(text: &Text, out: &mut Vec<Finding>) {
    let src = text.src;
    let lines: Vec<usize> = src.match_indices('\n').map(|(at, _)| at).collect();
    let line_of = |at: usize| lines.partition_point(|&l| l < at);
    let mut notices: Vec<Range<usize>> = Vec::new();
    for span in text.find_lower(&patterns().notice) {
        // The tokens of the notice's line near it: photo credits name the maker, which is
        // attribution, not copying; a notice quoted as a topic asks what it means.
        let line = line_of(span.start);
        let near = text.token_at(span.start).min(text.tokens.len().saturating_sub(1));
        let on_line = |k: usize| line_of(text.tokens[k].span.start) == line;
        let around = near.saturating_sub(8)..(near + 8).min(text.tokens.len());
        // 80 bytes back, moved forward to a character's start (an emoji may straddle the cut).
        let mut back = span.start.saturating_sub(80);
        while !text.lower.is_char_boundary(back) {
            back += 1;
        }
        let credit = around
            .clone()
            .any(|k| on_line(k) && text.class_len(k, C::Credit).is_some())
            || text.lower[back..span.start].contains(['📷', '📸']);
        let quoted = src[..span.start].ends_with(['"', '\'', '“', '‘', '«']);
        let meaning = !text.tokens.is_empty() && text.sentence_has(near, C::Meaning);
        if credit || quoted || meaning {
            continue;
        }
        // "© 2023 Elsevier B.V. All rights reserved." is one notice.
        if let Some(last) = notices.last_mut() {
            if line_of(last.start) == line && span.start - last.end < 40 {
                last.end = span.end;
                continue;
            }
        }
        notices.push(span);
    }
    out.extend(notices.into_iter().map(|s| Finding::new(s, NOTICE)));
}

/// The gate keys, for [`crate::rules::keys`].
pub(super) fn keys() -> impl Iterator<Item = &'static &'static str> {
    OPEN.iter().chain(NOTICE_KEYS)
}

impl Rule for Copyright {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, text: &Text, out: &mut Vec<Finding>) {
        // The gates that read the raw text (signs, and links whose words are no tokens).
        let found = text.keys();
        let any = |list: &[&str]| list.iter().any(|k| found.contains(k));
        if text.has(C::Shadow) || text.entities_of(EntityKind::Url).next().is_some() {
            check_shadow(text, out);
        }
        // "#openaccess" under a post is a tag, not a licence.
        let open = OPEN.iter().any(|k| {
            found.contains(k)
                && text
                    .lower
                    .match_indices(k)
                    .any(|(at, _)| !text.overlaps_entity_of(&(at..at + k.len()), EntityKind::Hashtag))
        });
        if open {
            return;
        }
        check_full_copy(text, out);
        if any(NOTICE_KEYS) {
            check_notices(text, out);
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
    fn flags_whole_works_copied_into_a_post() {
        assert_eq!(
            flagged("Re-uploading the full BBC Panorama episode here so my students can watch it 👇"),
            ["Re-uploading the full BBC Panorama episode"]
        );
        assert_eq!(
            flagged("Dus ik heb de volledige tekst hieronder in de reacties geplakt. 👇"),
            ["volledige tekst hieronder in de reacties geplakt"]
        );
        assert_eq!(
            flagged("Ik heb de hele uitzending over de woningcrisis op mijn Drive gezet, link in bio"),
            ["hele uitzending over de woningcrisis op mijn Drive"]
        );
        assert_eq!(
            flagged("Here's the whole of Chapter 2 from Piketty's 'Capital and Ideology', scanned."),
            ["whole of Chapter 2 from Piketty's 'Capital and Ideology', scanned"]
        );
        assert_eq!(
            flagged("The FT has this behind a paywall, so I've copy-pasted the full article below."),
            ["copy-pasted the full article"]
        );
        assert_eq!(
            flagged("Omdat de UB één exemplaar heeft, heb ik hoofdstuk 4 gescand en hieronder gezet."),
            ["hoofdstuk 4 gescand"]
        );
        assert_eq!(
            flagged("Hier de hele uitzending van Zembla van gisteren, even gedownload en opnieuw geüpload 👇"),
            ["hele uitzending van Zembla van gisteren, even gedownload en opnieuw geüpload"]
        );
    }

    #[test]
    fn a_tag_is_no_licence() {
        assert_eq!(
            flagged("Ik heb de complete pdf van 'Inleiding in de sociologie' in de map gezet. #openaccess"),
            ["complete pdf"]
        );
    }

    #[test]
    fn a_notice_after_emoji_is_read_without_cutting_one() {
        // The look back for a camera starts inside the first 🙄.
        let text = format!("a{} © 2023 Elsevier all rights reserved", "🙄".repeat(20));
        assert_eq!(flagged(&text), ["© 2023 Elsevier all rights reserved"]);
    }

    #[test]
    fn leaves_links_to_whole_works_alone() {
        assert!(flagged("Read the full article here: https://www.nature.com/articles/x").is_empty());
        assert!(flagged("De volledige tekst van de motie staat op de site van de gemeenteraad.").is_empty());
        assert!(flagged("I scanned the whole chapter for typos in my own book.").is_empty());
        assert!(flagged("Gewoon linken naar het artikel, niet de hele tekst kopiëren 😉").is_empty());
        assert!(flagged("Please don't paste the whole article in the group chat, share the link.").is_empty());
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
