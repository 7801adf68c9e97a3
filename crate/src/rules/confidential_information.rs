//! # confidential-information
//!
//! **What it catches:** signs that non-public information is being shared: "strikt
//! vertrouwelijk", "Vertrouwelijk:", "niet verder vertellen", "nog niet openbaar",
//! "eigenlijk mag ik dit niet zeggen, maar", "uit de wandelgangen", "onder embargo",
//! "intern memo", "uitgelekte notulen", "gelekt uit de faculteitsraad", "een vogeltje floot
//! me", "strictly confidential", "keep this to yourself", "between you and me", "off the
//! record", "I'm not supposed to say", "under embargo until Thursday", "a leaked internal
//! email", "leaked from the board meeting", "a little bird told me"; a disclaimer followed by
//! the news ("ik kan er nog niet veel over zeggen, maar …", "I can't say who yet, but …",
//! "can't say much but …", "ik kan vast verklappen dat …"), or the news and then a signal
//! that looks back at it ("… er moet 2,3 miljoen af. Hoort officieel nog niemand te
//! weten.", "… merge next year. The formal decision is still confidential": a finding on
//! such a hint, the classifier's too, reaches back over the news); and a hint at an exam's
//! questions ("zit goed bij de eerste open vraag", "if I were you I'd spend this weekend on
//! …").
//!
//! **Why (tip 1):** *Plaats geen vertrouwelijke informatie over Universiteit Leiden, haar
//! studenten, alumni of collega-medewerkers.* Plans, decisions and news travel through the
//! university's own channels first; a post that leaks them cannot be taken back.
//!
//! **Not flagged:** confidentiality as a topic of research, teaching or policy ("hoe ga je
//! om met vertrouwelijke informatie?", "our study of leaked documents"), advice not to
//! share ("deel geen interne documenten"), questions, "intern" in its medical or
//! educational sense ("internist", "interne geneeskunde", "onze nieuwe intern"), embargoes
//! in history and politics ("the oil embargo of 1973", "under embargo by the UN"), keeping
//! news back ("ik mag nog niets zeggen"), leaks from other organisations ("leaked from the
//! board of ING"), and titles of courses, books and talks, in quotes or in capitals
//! ("Teaching 'Confidential Information and Trade Secrets'", "my podcast \"Off the
//! Record\"").
//!
//! **Examples**
//! - ✗ `Strikt vertrouwelijk, maar de faculteit gaat fuseren.`
//! - ✗ `Just got an internal memo: 40 jobs will go.`
//! - ✗ `Keep this to yourself, but the new dean is Prof. X.`
//! - ✗ `De minor Japans stopt volgend jaar. Niet doorvertellen!`
//! - ✗ `Officieel mag ik er nog niks over zeggen, maar de instituten gaan samen.`
//! - ✓ `Workshop: hoe ga je om met vertrouwelijke informatie in je onderzoek?`
//! - ✓ `Ik kan er niks over zeggen, want ik was er niet bij.`
//! - ✓ `Vandaag gestart als arts-assistent interne geneeskunde.`
//! - ✓ `A new book on the 1973 oil embargo.`

use super::{Rule, RuleMeta};
use crate::diagnostic::{Finding, Localized, Severity};
use crate::phrase::{common, Pattern};
use crate::text::{Amortized, LazyRegex, Text};
use std::ops::Range;
use std::sync::OnceLock;

pub struct ConfidentialInformation;
pub static RULE: ConfidentialInformation = ConfidentialInformation;

static META: RuleMeta = RuleMeta {
    id: "confidential-information",
    tip: 1,
    severity: Severity::Warning,
    title: Localized::new("Vertrouwelijke informatie", "Confidential information"),
    description: Localized::new(
        "Tekenen dat niet-openbare informatie over de universiteit, studenten of collega's wordt gedeeld.",
        "Signs that non-public information about the university, students or colleagues is being shared.",
    ),
};

const MESSAGE: Localized = Localized::new(
    "Dit wijst op niet-openbare informatie. Plaats geen vertrouwelijke informatie over de universiteit, studenten, \
     alumni of collega's; wacht tot het officieel bekend is en deel dan de openbare bron.",
    "This points to non-public information. Do not post confidential information about the university, its students, \
     alumni or colleagues; wait until it is announced and share the public source.",
);

/// How a match is judged in its context.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// The phrase itself says the content is not for sharing.
    Signal,
    /// A non-public document or label ("intern memo", "Vertrouwelijk:"): unless the
    /// sentence is about confidentiality as a topic, or is a question.
    Document,
    /// An embargo: unless the sentence is about history or politics.
    Embargo,
    /// Leaked from a body ("gelekt uit de faculteitsraad"): judged as a document, and not
    /// when the body is another organisation's ("leaked from the board of ING").
    Leak,
}

crate::lexicon!("confidential_information" {
    Topic = "topic",
    Political = "political",
    Modal = "modal",
    Say = "say",
    Nothing = "nothing",
    RevealEarly = "reveal-early",
    OfficialNews = "official-news",
    Exam = "exam",
    ExamQuestion = "exam-question",
    IfIWereYou = "if-i-were-you",
    Study = "study",
    NotPublic = "not-public",
});

/// The signals of the phrase layer: a disclaimer and then the news, news told early, a hint
/// at an exam's questions.
struct Signals {
    disclaimer: Pattern,
    early: Pattern,
    official: Pattern,
    exam_question: Pattern,
    exam_tip: Pattern,
}

fn signals() -> &'static Signals {
    static SIGNALS: OnceLock<Signals> = OnceLock::new();
    SIGNALS.get_or_init(|| Signals {
        disclaimer: Pattern::new()
            .class(C::Modal)
            .gap(5)
            .class(C::Say)
            .gap(2)
            .punct(&[','])
            .words(&["maar", "but"]),
        early: Pattern::new().class(C::RevealEarly).unless_negated(3),
        official: Pattern::new()
            .class(C::OfficialNews)
            .punct(&[','])
            .words(&["maar", "but"]),
        exam_question: Pattern::new().class(C::ExamQuestion).unless_negated(3),
        exam_tip: Pattern::new().class(C::IfIWereYou).gap(3).class(C::Study),
    })
}

/// The disclaimer holds back ("nog niet", "niks", "can't … yet"): otherwise "ik kan je
/// vertellen, maar" is just talk.
fn holds_back(text: &Text, tokens: &Range<usize>) -> bool {
    tokens
        .clone()
        .any(|k| text.is(k, common::C::Negation) || text.is(k, C::Nothing) || text.word(k).ends_with("n't"))
}

/// A pattern, how to judge it, and the substrings (lowercase) one of which the post must
/// contain before the regex is worth running.
type Phrase = (LazyRegex, Kind, &'static [&'static str]);

/// The gate keys, for [`crate::rules::keys`].
pub(super) fn keys() -> impl Iterator<Item = &'static &'static str> {
    patterns().iter().flat_map(|p| p.2.iter())
}

fn patterns() -> &'static [Phrase] {
    static PATTERNS: OnceLock<Vec<Phrase>> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        let p = |re: &str, kind, needs: &'static [&'static str]| (LazyRegex::new(format!("(?-u){re}")), kind, needs);
        // Longest first: the match must end where the word ends.
        let docs_nl = concat!(
            "overleggen|overleg|vergaderingen|vergadering|bijeenkomst|gesprekken|gesprek|memo's|memo|documenten|",
            "document|stukken|stuk|mailtje|mails|mail|e-mails|e-mail|notities|notitie|rapporten|rapport|notulen|",
            "conceptnota|nota|berichten|bericht|verslagen|verslag|cijfers|begroting|plannen|conceptversie|",
            "concept|brieven|brief|lijsten|lijst"
        );
        // The university's own bodies and meetings, where leaks come from.
        let bodies_nl = concat!(
            "faculteitsraad|universiteitsraad|ondernemingsraad|medezeggenschapsraad|medezeggenschap|",
            "faculteitsbestuur|college van bestuur|cvb|bestuurskamer|bestuur|directie|mt-overleg|mt|",
            "managementteam|decanenoverleg|afdelingsoverleg|overleg|vergadering|raad|senaat|commissie|",
            "benoemingsadviescommissie|bac|selectiecommissie|sollicitatiecommissie|or"
        );
        let bodies_en = concat!(
            "faculty board|faculty council|university council|executive board|board meeting|board|council|senate|",
            "management team|management meeting|staff meeting|meeting|committee|search committee|",
            "hiring committee|appointment committee|dean(?:'|’)s office"
        );
        let docs_en = concat!(
            "meetings?|memos?|documents?|docs?|e-?mails?|reports?|minutes|drafts?|notes?|letters?|budgets?|",
            "figures|slides|plans|lists?|details|information|info|news"
        );
        vec![
            // Dutch
            p(
                concat!(
                    r"strikt vertrouwelijke?|nog (?:steeds )?vertrouwelijk|mag (?:nog )?niemand (?:het )?weten|",
                    r"niemand mag (?:het|dit) (?:nog )?weten|",
                    r"hoort (?:officieel )?(?:nog )?niemand (?:het |dit )?te weten|weet (?:officieel )?nog niemand"
                ),
                Kind::Signal,
                &["strikt", "vertrouwelijk", "niemand"],
            ),
            p(
                r"(?:dit|het) is (?:nog |eigenlijk |wel |officieel |nog steeds |natuurlijk )*vertrouwelijk",
                Kind::Signal,
                &["vertrouwelijk"],
            ),
            p(
                concat!(
                    r"niet (?:verder )?doorvertellen|niet verder (?:vertellen|delen|sturen|vertelt)|",
                    r"vertel (?:het|dit) (?:aan )?niemand|vertel (?:het|dit) niet (?:verder|door)|niet doorsturen|",
                    r"niet doorvertelt"
                ),
                Kind::Signal,
                &["vertel", "doorsturen"],
            ),
            p(
                concat!(
                    r"(?:mag|mocht) (?:ik )?(?:dit |het )?eigenlijk (?:nog )?(?:niet|niks|niets) (?:zeggen|",
                    r"vertellen|delen|verklappen|posten)|(?:mag|mocht) (?:ik )?(?:dit |",
                    r"het )?(?:nog )?niet (?:zeggen|vertellen|delen|verklappen|posten),? maar|",
                    r"zou (?:dit |het )?eigenlijk (?:nog )?niet (?:mogen )?(?:zeggen|vertellen|delen|posten)"
                ),
                Kind::Signal,
                &["zeggen", "vertel", "delen", "verklap", "posten"],
            ),
            p(
                concat!(
                    r"nog niet (?:openbaar|publiek)(?: gemaakt)?,? maar|nog niet (?:openbaar|publiek)|",
                    r"nog niet (?:officieel )?(?:bekendgemaakt|bekend gemaakt|aangekondigd|gecommuniceerd|",
                    r"naar buiten gebracht),? maar|nog niet officieel,? maar"
                ),
                Kind::Signal,
                &["nog niet"],
            ),
            p(
                r"(?:onder|tussen) ons gezegd|tussen jou en mij|(?:even|puur|strikt) (?:tussen|onder) ons",
                Kind::Signal,
                &["ons gezegd", "jou en mij", "tussen ons", "onder ons"],
            ),
            p(
                r"(?:uit|via) de wandelgangen|nog geheim,? maar|eigenlijk geheim",
                Kind::Signal,
                &["wandelgangen", "geheim"],
            ),
            // "ff gelekt uit de faculteitsraad", "uitgelekt uit het MT-overleg", "een vogeltje floot me"
            p(
                &format!(r"(?:uit)?gelekt (?:uit|vanuit|van|bij) (?:de |het |ons |onze |een )?(?:{bodies_nl})"),
                Kind::Leak,
                &["gelekt"],
            ),
            p(
                r"een (?:klein )?vogeltje (?:floot|vertelde|fluisterde)",
                Kind::Signal,
                &["vogeltje"],
            ),
            p(
                &format!(r"(?:uit)?gelekte? (?:{docs_nl})|doorgestuurde (?:{docs_nl})"),
                Kind::Document,
                &["gelekt", "doorgestuurd"],
            ),
            p(
                &format!(r"interne? (?:{docs_nl})"),
                Kind::Document,
                &["intern ", "interne "],
            ),
            p(
                &format!(r"vertrouwelijke? (?:informatie|info|nieuws|{docs_nl})"),
                Kind::Document,
                &["vertrouwelijk"],
            ),
            p(r"\(vertrouwelijk\)|vertrouwelijk:", Kind::Document, &["vertrouwelijk"]),
            // English
            p(
                concat!(
                    r"(?:strictly|highly) (?:private and )?confidential|still confidential|",
                    r"(?:nobody|no one) (?:is supposed to|should|may) know|(?:nobody|no one) knows (?:this |it )?yet|",
                    r"can(?:'|’)t say (?:much|more|anything)(?: yet| more)?,? but"
                ),
                Kind::Signal,
                &["confidential", "know", "t say"],
            ),
            p(
                r"(?:this|it)(?: is|(?:'|’)s) (?:still |technically |actually |strictly |officially )*confidential",
                Kind::Signal,
                &["confidential"],
            ),
            p(
                r"(?:told (?:me|us|him|her)|shared|said) in confidence",
                Kind::Signal,
                &["in confidence"],
            ),
            p(
                concat!(
                    r"keep (?:this|it) (?:to yourselves|to yourself|quiet|between us|under wraps|on the down ?low|",
                    r"hush)|(?:don(?:'|’)t|do not) (?:tell anyone|tell anybody|share (?:this|it)|",
                    r"spread (?:this|it))|(?:just |strictly )?between you and me|(?:just|strictly) between us"
                ),
                Kind::Signal,
                &["keep ", "tell any", "share", "spread", "between"],
            ),
            p(
                concat!(
                    r"not supposed to (?:say|tell|share|post|mention|know)|",
                    r"not allowed to (?:say|tell|share|post|mention)(?: this| it| that)?,? but|",
                    r"shouldn(?:'|’)t (?:really )?(?:be )?(?:saying|telling|sharing|posting|say|tell|share|post)|",
                    r"should not (?:be )?(?:saying|telling|sharing|posting)"
                ),
                Kind::Signal,
                &["supposed", "allowed", "shouldn", "should not"],
            ),
            p(
                concat!(
                    r"not (?:yet )?(?:been )?(?:made )?public(?: yet)?,? but|",
                    r"(?:isn(?:'|’)t|is not|aren(?:'|’)t|are not) (?:yet )?public yet|not yet public|",
                    r"(?:hasn(?:'|’)t|has not|haven(?:'|’)t|have not) (?:yet )?been (?:officially )?(?:announced|",
                    r"made public|communicated)(?: yet)?,? but|",
                    r"before (?:it(?:'|’)s|it is) (?:officially )?announced"
                ),
                Kind::Signal,
                // The words before and after "public" in each branch: not "publication".
                &[
                    "not public",
                    "yet public",
                    "been public",
                    "made public",
                    "public yet",
                    "announced",
                    "communicated",
                ],
            ),
            p(
                r"off the record|through the grapevine",
                Kind::Signal,
                &["record", "grapevine"],
            ),
            // "leaked from the faculty board", "a little bird on the council told me"
            p(
                &format!(r"leaked (?:from|out of|by) (?:the |our |a )?(?:{bodies_en})"),
                Kind::Leak,
                &["leaked"],
            ),
            p(
                r"a little bird (?:told|whispered)|(?:a )?little birdie (?:told|whispered)",
                Kind::Signal,
                &["little bird"],
            ),
            p(
                &format!(r"leaked (?:internal )?(?:{docs_en})|forwarded (?:e-?mail|message|memo)s?"),
                Kind::Document,
                &["leaked", "forwarded"],
            ),
            p(&format!(r"internal (?:{docs_en}|slack)"), Kind::Document, &["internal"]),
            p(
                &format!(r"confidential (?:{docs_en})"),
                Kind::Document,
                &["confidential"],
            ),
            p(r"\(confidential\)|confidential:", Kind::Document, &["confidential"]),
            // Both
            p(
                r"onder embargo|under embargo|embargoed|embargo (?:tot|until|till)|embargo:",
                Kind::Embargo,
                &["embargo"],
            ),
        ]
    })
}

/// After "maar" at token `but`, a statement of some length: news, not "houd vrijdag vrij!".
fn news_follows(text: &Text, but: usize) -> bool {
    let rest = text.after(but, 4);
    let command = matches!(
        text.ahead(but, 1),
        Some("houd" | "hou" | "stay" | "watch" | "keep" | "save" | "wacht" | "blijf" | "let")
    );
    rest.len() >= 4 && !command
}

fn is_year(word: &str) -> bool {
    word.len() == 4 && (word.starts_with("19") || word.starts_with("18")) && word.bytes().all(|b| b.is_ascii_digit())
}

/// A quote mark that opens or closes a quotation (not the apostrophe in "it's").
fn is_quote_mark(src: &str, at: usize, c: char) -> bool {
    match c {
        '"' | '“' | '”' | '‘' | '„' | '«' | '»' => true,
        '\'' | '’' => {
            let before = src[..at].chars().next_back();
            let after = src[at + c.len_utf8()..].chars().next();
            !(before.is_some_and(char::is_alphanumeric) && after.is_some_and(char::is_alphanumeric))
        }
        _ => false,
    }
}

/// The phrase is inside a quoted title in its sentence: "Teaching 'Confidential Information
/// and Trade Secrets' this block" names a course, it does not leak one. A quoted sentence
/// ('she said: "niet verder vertellen, maar …"') is still a leak: a title is short, without
/// a comma, or in capitals. (The sentence is bounded: [`Text::sentence_around`].)
///
/// `quotes`, once asked often, holds where the text's quote marks are ([`quote_marks`]).
fn quoted(text: &Text, span: &Range<usize>, quotes: &Amortized<Vec<usize>>) -> bool {
    let sentence = text.sentence_around(span);
    let all = quotes.table(text.src.len() / 800, || quote_marks(text.src, 0..text.src.len()));
    let marks = |range: Range<usize>| match all {
        Some(all) => all[all.partition_point(|&q| q < range.start)..all.partition_point(|&q| q < range.end)].to_vec(),
        None => quote_marks(text.src, range),
    };
    let before = marks(sentence.start..span.start);
    let (Some(&open), Some(&close)) = (before.last(), marks(span.end..sentence.end).first()) else {
        return false;
    };
    if before.len() % 2 == 0 {
        return false;
    }
    let inner = text.token_at(open)..text.token_at(close);
    let capitals = inner
        .clone()
        .filter(|&k| text.original(k).starts_with(char::is_uppercase))
        .count();
    let short = inner.len() <= 6 && !text.src[open..close].contains(',');
    short || capitals * 2 > inner.len()
}

/// Where the quote marks of `src` in `range` are, in order.
fn quote_marks(src: &str, range: Range<usize>) -> Vec<usize> {
    src.get(range.clone()).map_or(Vec::new(), |s| {
        s.char_indices()
            .filter(|&(i, c)| is_quote_mark(src, range.start + i, c))
            .map(|(i, _)| range.start + i)
            .collect()
    })
}

/// The phrase is part of a title in capitals ("Confidential Information and Trade Secrets",
/// "Internal Memos in Early Modern Diplomacy"): every word capitalised, and the title goes
/// on past it. A label on its own ("Internal Memo: 40 jobs will go") is not a title.
fn titled(text: &Text, tokens: &Range<usize>) -> bool {
    let capital = |k: usize| text.original(k).starts_with(char::is_uppercase);
    if tokens.len() < 2 || !tokens.clone().all(capital) {
        return false;
    }
    let last = tokens.end - 1;
    let joiners = [
        "and", "en", "&", "of", "in", "for", "voor", "van", "de", "the", "het", "a", "an", "een", "op", "on",
    ];
    let next = text.after(last, 3).find(|&k| !joiners.contains(&text.word(k)));
    let end = text.tokens[last].span.end;
    let gap_ok = |k: usize| {
        text.src
            .get(end..text.tokens[k].span.start)
            .is_some_and(|g| g.chars().all(|c| c == ' ' || c == '&' || c.is_alphabetic()))
    };
    let continues = next.is_some_and(|k| capital(k) && gap_ok(k));
    let first = tokens.start;
    let preceded = text
        .before(first, 1)
        .any(|k| capital(k) && text.gap_after(k).chars().all(|c| c == ' '));
    continues || preceded
}

fn keep(text: &Text, span: &Range<usize>, kind: Kind, quotes: &Amortized<Vec<usize>>) -> bool {
    let tokens = text.token_at(span.start)..text.token_at(span.end);
    let Some(first) = tokens.clone().next() else {
        return false;
    };
    let last = tokens.end - 1;
    if text.negated(first, 4) {
        return false;
    }
    if quoted(text, span, quotes) || titled(text, &tokens) {
        return false;
    }
    match kind {
        // "nog niet openbaar gemaakt, terwijl…" complains about secrecy; only "…, maar" shares.
        // "niet verder vertellen dat ik dit heb gepost": the secret is the post, not news.
        Kind::Signal => !matches!(text.ahead(last, 1), Some("gemaakt" | "made")) && !keeps_the_post_secret(text, last),
        Kind::Document | Kind::Leak => {
            let elsewhere = kind == Kind::Leak
                && matches!(text.ahead(last, 1), Some("of" | "van" | "at" | "bij"))
                && text.same_sentence(last, last + 2)
                && text.original(last + 2).starts_with(char::is_uppercase);
            !text.in_question(first) && !elsewhere && !text.sentence_has(first, C::Topic)
        }
        // Another "embargo" in the sentence ("the embargo against …") counts, not the match.
        Kind::Embargo => {
            let outside = text.near(first).filter(|k| !tokens.contains(k));
            !text.sentence_has(first, C::Political)
                && !outside
                    .clone()
                    .any(|k| text.word(k) == "embargo" || is_year(text.word(k)))
        }
    }
}

/// "… dat ik dit heb gepost", "… that I posted this": what is not to be told is who posted.
fn keeps_the_post_secret(text: &Text, last: usize) -> bool {
    matches!(text.ahead(last, 1), Some("dat" | "that"))
        && text.after(last, 6).any(|k| {
            matches!(
                text.word(k),
                "gepost" | "gedeeld" | "geplaatst" | "post" | "posted" | "shared" | "online"
            )
        })
}

/// A signal that leads into the news ("heard through the grapevine that the programme
/// closes", "niet verder vertellen hoor, maar …") underlines the news with it: that is what
/// to leave out. A signal that opens its sentence may look back ("… de minor stopt. Hoort
/// nog niemand te weten."): it underlines the sentence before it in its paragraph too.
fn with_news(text: &Text, span: Range<usize>) -> Range<usize> {
    let first = text.token_at(span.start);
    let last = text.token_at(span.end).max(first + 1) - 1;
    let end = text.near(last).end - 1;
    let span = if end >= last + NEWS_WORDS {
        text.span(first, end)
    } else {
        span
    };
    let start = text.near(first).start;
    if start == 0 || first - start > OPENING_WORDS {
        return span;
    }
    if text.gap_after(start - 1).contains('\n') {
        return span;
    }
    text.sentence_span(start - 1).start..span.end
}

/// Words a looking-back signal may have before it in its sentence ("Hoort officieel nog …").
const OPENING_WORDS: usize = 3;

/// Words after a signal that make a piece of news.
const NEWS_WORDS: usize = 3;

/// The span without the brackets and colon of a label ("(vertrouwelijk)" → "vertrouwelijk")
/// and without the ", maar" / ", but" / "tot" that some patterns need to be sure.
fn trim(src: &str, span: Range<usize>) -> Range<usize> {
    let s = &src[span.clone()];
    let start = span.start + (s.len() - s.trim_start_matches(['(', ' ']).len());
    let mut t = s.trim_end_matches([')', ':', ' ']);
    for tail in [
        " maar", " but", " Maar", " But", " MAAR", " BUT", " tot", " until", " till", " Tot", " Until",
    ] {
        t = t.strip_suffix(tail).unwrap_or(t);
    }
    let t = t.trim_end_matches([',', ' ']);
    let end = span.start + t.len();
    if start < end {
        start..end
    } else {
        span
    }
}

/// Words a hint's sentence may hold and still be only a hint, and how far into its sentence
/// a finding on it may start.
const HINT_WORDS: usize = 20;
const HINT_OPENING: usize = 8;

/// A hint that news is not public yet, in a short sentence after the news ("… gaat na de
/// zomer dicht. Is nog niet bekendgemaakt hoor, dus ssst 🤫", "… will merge next year. The
/// formal decision is still confidential"): a finding on the hint reaches back over the
/// sentence before it in its paragraph, where the news is; a finding there already takes the
/// hint in. Runs on every finding of this rule, the classifier's too, sorted by start.
pub(crate) fn reach_back_to_news(text: &Text, found: &mut Vec<(&'static RuleMeta, Finding)>) {
    if !text.has(C::NotPublic) {
        return;
    }
    let mut merged = vec![false; found.len()];
    // The last finding of this rule so far (in order of start): the one a hint may join.
    let mut last: Option<usize> = None;
    for i in 0..found.len() {
        if found[i].0.id != META.id {
            continue;
        }
        let previous = last.replace(i);
        let first = text.token_at(found[i].1.span.start);
        let Some(token) = text.tokens.get(first) else {
            continue;
        };
        let sentence = &text.sentences[token.sentence].tokens;
        if token.sentence == 0
            || sentence.len() > HINT_WORDS
            || first - sentence.start > HINT_OPENING
            || !text.sentence_has(first, C::NotPublic)
            || text.gap_after(sentence.start - 1).contains('\n')
        {
            continue;
        }
        let before = text.sentence_span(sentence.start - 1);
        let end = found[i].1.span.end;
        match previous.filter(|&j| found[j].1.span.start < before.end && before.start < found[j].1.span.end) {
            Some(j) => {
                found[j].1.span.end = found[j].1.span.end.max(end);
                merged[i] = true;
                last = Some(j);
            }
            None => found[i].1.span.start = before.start,
        }
    }
    let mut merged = merged.into_iter();
    found.retain(|_| !merged.next().unwrap_or(false));
    found.sort_by(|(a, x), (b, y)| (x.span.start, x.span.end, a.id).cmp(&(y.span.start, y.span.end, b.id)));
}

impl Rule for ConfidentialInformation {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, text: &Text, out: &mut Vec<Finding>) {
        let found = text.keys();
        // Earlier patterns win where matches overlap; tokens already taken are marked.
        let mut taken = vec![false; text.tokens.len() + 1];
        let mut take = |text: &Text, span: Range<usize>, out: &mut Vec<Finding>| {
            let tokens = text.token_at(span.start)..text.token_at(span.end).max(text.token_at(span.start) + 1);
            if taken[tokens.clone()].iter().any(|t| *t) {
                return;
            }
            taken[tokens].iter_mut().for_each(|t| *t = true);
            out.push(Finding::new(span, MESSAGE));
        };
        let quotes = Amortized::new();
        for (re, kind, needs) in patterns() {
            if !needs.iter().any(|n| found.contains(n)) {
                continue;
            }
            for span in text.find_lower(re) {
                let span = trim(text.src, span);
                if keep(text, &span, *kind, &quotes) {
                    let span = if *kind == Kind::Signal {
                        with_news(text, span)
                    } else {
                        span
                    };
                    take(text, span, out);
                }
            }
        }
        // A disclaimer or news told early: the finding runs on to the end of the sentence,
        // where the news is.
        let to_end = |m: &crate::phrase::Match| text.span(m.tokens.start, text.near(m.tokens.start).end - 1);
        let s = signals();
        for m in s.disclaimer.find_iter(text) {
            if holds_back(text, &m.tokens) && !text.in_question(m.tokens.start) && news_follows(text, m.tokens.end - 1)
            {
                take(text, to_end(&m), out);
            }
        }
        for m in s.early.find_iter(text).chain(s.official.find_iter(text)) {
            take(text, to_end(&m), out);
        }
        if text.has(C::Exam) {
            for m in s.exam_question.find_iter(text).chain(s.exam_tip.find_iter(text)) {
                if !text.sentence_has(m.tokens.start, C::Topic) {
                    take(text, m.span(text), out);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {

    fn flagged(text: &str) -> Vec<String> {
        crate::rules::flagged_by("confidential-information", text)
    }

    #[test]
    fn every_pattern_compiles() {
        for (re, _, _) in super::patterns() {
            re.get();
        }
    }

    #[test]
    fn flags_disclaimers_early_news_and_exam_hints() {
        assert_eq!(
            flagged("Ik kan er nog niet veel over zeggen, maar er gaan functies verdwijnen 🤐"),
            ["kan er nog niet veel over zeggen, maar er gaan functies verdwijnen"]
        );
        assert_eq!(
            flagged("Officieel mag ik er nog niks over zeggen, maar de instituten gaan samen."),
            ["mag ik er nog niks over zeggen, maar de instituten gaan samen"]
        );
        assert_eq!(
            flagged("I can't say who yet, but the new dean has been chosen."),
            ["can't say who yet, but the new dean has been chosen"]
        );
        assert_eq!(
            flagged("Ik kan vast verklappen dat het geen makkelijk jaar wordt."),
            ["kan vast verklappen dat het geen makkelijk jaar wordt"]
        );
        assert_eq!(
            flagged("Can't wait for the official news, but the plan is that we merge."),
            ["official news, but the plan is that we merge"]
        );
        assert_eq!(
            flagged("Vrijdag is het tentamen. Kleine hint: wie de casus snapt, zit goed bij de eerste open vraag 😉"),
            ["eerste open vraag"]
        );
        assert_eq!(
            flagged("If I were you I'd spend this weekend on the Coase theorem. See you at Monday's exam!"),
            ["If I were you I'd spend"]
        );
    }

    #[test]
    fn a_signal_that_looks_back_underlines_the_news_before_it() {
        assert_eq!(
            flagged(
                "Er moet 2,3 miljoen af. Hoort officieel nog niemand te weten, maar ik vind dat je het moet weten."
            ),
            ["Er moet 2,3 miljoen af. Hoort officieel nog niemand te weten, maar ik vind dat je het moet weten"]
        );
        assert_eq!(
            flagged("De minor Japans stopt volgend jaar. Niet doorvertellen!"),
            ["De minor Japans stopt volgend jaar. Niet doorvertellen"]
        );
        assert_eq!(
            flagged("Can't say much but expect a lot of empty desks come spring."),
            ["Can't say much but expect a lot of empty desks come spring"]
        );
        // Another paragraph is another matter.
        assert_eq!(flagged("Leuke dag gehad.\nNiet doorvertellen!"), ["Niet doorvertellen"]);
    }

    /// The confidential findings of the whole check (rules and classifier), as text.
    fn checked(text: &str) -> Vec<String> {
        let utf16: Vec<u16> = text.encode_utf16().collect();
        crate::check(text)
            .into_iter()
            .filter(|d| d.rule == "confidential-information")
            .map(|d| String::from_utf16_lossy(&utf16[d.start..d.end]))
            .collect()
    }

    #[test]
    fn a_hint_after_the_news_takes_the_news_in() {
        // The rule finds the hint; the finding takes the news before it in.
        let post =
            "Our faculty will merge with another department next year. The decision is still confidential, but hey.";
        let found = checked(post);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].starts_with("Our faculty will merge"), "{found:?}");
        // A hint in a paragraph of its own stays where it is.
        let found = checked("Mooie dag gehad op de hei.\n\nKeep it quiet, but the minor stops next year.");
        assert!(found.iter().all(|f| !f.contains("hei")), "{found:?}");
    }

    #[test]
    fn leaves_plain_talk_alone() {
        assert!(flagged("Ik kan er niks over zeggen, want ik was er niet bij.").is_empty());
        assert!(flagged("Ik kan je vertellen, maar je gelooft het niet: het was prachtig.").is_empty());
        assert!(flagged("De eerste vraag bij de lezing ging over klimaat.").is_empty());
        assert!(flagged("Kan ik er iets over zeggen, maar dan anoniem?").is_empty());
    }

    #[test]
    fn flags_dutch_signals() {
        assert_eq!(
            flagged("Strikt vertrouwelijk, maar de faculteit gaat fuseren."),
            ["Strikt vertrouwelijk, maar de faculteit gaat fuseren"]
        );
        assert_eq!(
            flagged("Niet verder vertellen hoor 🤫 maar we krijgen een nieuwe decaan"),
            ["Niet verder vertellen hoor 🤫 maar we krijgen een nieuwe decaan"]
        );
        assert_eq!(
            flagged("Het is nog niet openbaar, maar de opleiding stopt."),
            ["nog niet openbaar, maar de opleiding stopt"]
        );
        assert_eq!(flagged("Uit een intern memo: er verdwijnen 40 banen."), ["intern memo"]);
        assert_eq!(
            flagged("Vertrouwelijk: de reorganisatie begint in maart."),
            ["Vertrouwelijk"]
        );
        assert_eq!(
            flagged("Eigenlijk mag ik het nog niet zeggen, maar we hebben de subsidie!"),
            ["mag ik het nog niet zeggen, maar we hebben de subsidie"]
        );
        assert_eq!(
            flagged("Uit de wandelgangen: het CvB wil bezuinigen."),
            ["Uit de wandelgangen: het CvB wil bezuinigen"]
        );
        assert_eq!(
            flagged("Dit persbericht staat onder embargo tot donderdag 10.00 uur."),
            ["onder embargo"]
        );
        assert_eq!(
            flagged("Hier de uitgelekte notulen van de faculteitsraad 👀"),
            ["uitgelekte notulen"]
        );
        assert_eq!(
            flagged("Het plan is nog vertrouwelijk, maar ik deel het toch."),
            ["nog vertrouwelijk, maar ik deel het toch"]
        );
        assert_eq!(flagged("Mag nog niemand weten, maar ja."), ["Mag nog niemand weten"]);
        assert_eq!(
            flagged("Net gehoord in een vertrouwelijk overleg: er wordt geschrapt."),
            ["vertrouwelijk overleg"]
        );
        assert_eq!(
            flagged("Doorgestuurde mail van de decaan, zie hieronder:"),
            ["Doorgestuurde mail"]
        );
    }

    #[test]
    fn flags_english_signals() {
        assert_eq!(
            flagged("Just got an internal memo: 40 jobs will go."),
            ["internal memo"]
        );
        assert_eq!(
            flagged("Keep this to yourself, but the new dean is Prof. X."),
            ["Keep this to yourself, but the new dean is Prof"]
        );
        assert_eq!(
            flagged("Strictly confidential: the merger is happening."),
            ["Strictly confidential: the merger is happening"]
        );
        assert_eq!(
            flagged("I'm not supposed to say this, but we got the grant!"),
            ["not supposed to say this, but we got the grant"]
        );
        assert_eq!(
            flagged("The paper is under embargo until Thursday, but here it is."),
            ["under embargo"]
        );
        assert_eq!(
            flagged("Between you and me, the board will resign."),
            ["Between you and me, the board will resign"]
        );
        assert_eq!(flagged("Here's a leaked email from the dean 👀"), ["leaked email"]);
        assert_eq!(
            flagged("It's still confidential but we won!"),
            ["still confidential but we won"]
        );
    }

    #[test]
    fn leaves_topics_advice_and_questions_alone() {
        assert!(flagged("Workshop: hoe ga je om met vertrouwelijke informatie in je onderzoek?").is_empty());
        assert!(flagged("Deel nooit interne documenten op social media.").is_empty());
        assert!(flagged("Our new study analyses leaked documents from the tobacco industry.").is_empty());
        assert!(flagged("Don't post confidential information, says the new policy.").is_empty());
        assert!(flagged("Is dit intern memo vertrouwelijk?").is_empty());
        assert!(flagged("Ik mag nog niets zeggen, maar houd vrijdag vrij! 🎉").is_empty());
        assert!(flagged("Confidentiality in therapy: a new paper.").is_empty());
        assert!(flagged("Het rapport is nog niet openbaar gemaakt, terwijl het al maanden klaar is.").is_empty());
        assert!(flagged("I'm not allowed to say more yet, stay tuned! 👀").is_empty());
        assert!(flagged("Bij de vertrouwenspersoon kun je terecht voor een vertrouwelijk gesprek.").is_empty());
    }

    #[test]
    fn flags_leaks_from_named_bodies() {
        assert_eq!(
            flagged("Net uitgelekt uit het MT-overleg: twee opleidingen gaan dicht."),
            ["uitgelekt uit het MT-overleg"]
        );
        assert_eq!(
            flagged("Gelekt van het CvB: de huisvesting wordt uitgesteld."),
            ["Gelekt van het CvB"]
        );
        assert_eq!(
            flagged("Leaked from the faculty board: they're cutting the summer school."),
            ["Leaked from the faculty board"]
        );
        assert_eq!(
            flagged("A little bird told me the new dean starts in May 🐦"),
            ["A little bird told me the new dean starts in May"]
        );
        assert_eq!(
            flagged("Een vogeltje floot me dat er een nieuwe rector komt."),
            ["Een vogeltje floot me dat er een nieuwe rector komt"]
        );
        // A label in capitals is still a label.
        assert_eq!(
            flagged("Just got an Internal Memo: 40 jobs will go."),
            ["Internal Memo"]
        );
    }

    #[test]
    fn leaves_titles_other_leaks_and_water_alone() {
        for text in [
            "Teaching 'Confidential Information and Trade Secrets' this block. First session: the Coca-Cola formula.",
            "New episode of our podcast \"Off the Record\" is out!",
            "My talk “Between You and Me: Intimacy in Victorian Letters” is online.",
            "Ik geef dit blok het vak 'Vertrouwelijke informatie en bedrijfsgeheimen'.",
            "Reading Internal Memos and Corporate Power for my seminar.",
            "New book: Leaked Documents and the Press, out in May.",
            "Water gelekt uit de leiding in het Lipsius 💧",
            "Leaked from the board of ING: bonuses are up again.",
            "Gelekt uit de raad van Shell: ze stoppen met olie.",
            "Our study shows how information leaked from the board of a Dutch bank in 2008.",
            "A little bird on our balcony builds a nest 🐦",
        ] {
            assert!(flagged(text).is_empty(), "flagged: {text}");
        }
    }

    #[test]
    fn a_quoted_leak_is_still_a_leak() {
        assert_eq!(
            flagged("Mijn baas zei letterlijk: 'niet verder vertellen, maar we gaan fuseren' 🙄"),
            ["niet verder vertellen, maar we gaan fuseren"]
        );
    }

    #[test]
    fn leaves_medical_and_educational_intern_alone() {
        assert!(flagged("Vandaag gestart als arts-assistent interne geneeskunde.").is_empty());
        assert!(flagged("Welkom aan onze nieuwe intern Sophie! Ze blijft zes maanden.").is_empty());
        assert!(flagged("De internist legde het helder uit.").is_empty());
        assert!(flagged("Our summer intern presented her internship results.").is_empty());
    }

    #[test]
    fn leaves_historical_and_political_embargoes_alone() {
        assert!(flagged("A new book on the 1973 oil embargo.").is_empty());
        assert!(flagged("Cuba has been under embargo by the US for decades.").is_empty());
        assert!(flagged("Het wapenembargo tegen Rusland blijft van kracht.").is_empty());
    }
}
