//! # unsourced-claim
//!
//! **What it catches:** statistics ("40%", "1 op de 3", "one in five", "driekwart van",
//! "de helft van de", "de meeste studenten", "most researchers", "twice as many",
//! "de meerderheid van") and research claims ("uit onderzoek blijkt", "onderzoek toont
//! aan", "wetenschappelijk bewezen", "er is duidelijk bewijs dat", "volgens onderzoek",
//! "studies show", "research proves", "science has proven", "there's clear evidence that",
//! "scientifically proven", "a recent study found"), effects on a risk ("verdubbelt het risico
//! op", "halves the risk of"), comparisons with others ("more Nobel laureates per student than
//! Oxford", "een hogere winstmarge dan Apple en Google samen"), and records claimed as fact ("de oudste
//! botanische tuin ter wereld", "the largest study ever") in a post that gives no source. One
//! finding per sentence: one source covers it.
//!
//! **Why (tip 2):** *Wees nauwkeurig en eerlijk. Zorg dat de feiten kloppen en vermeld de
//! bron.* A figure without a source cannot be checked, and a staff member's post lends
//! it the university's authority.
//!
//! **Not flagged:** a post with a source anywhere: a link, a DOI, "bron:", "source:",
//! "(Author, 2023)", "et al.", "via @…", "volgens het CBS", "according to the OECD", a
//! named study ("onderzoek van het RIVM", "a study by Smith"), "in Nature". Idioms ("100%
//! mee eens", "honderd procent", "100% agree"), counts and figures about one's own work
//! or research ("50 students in my class", "in our survey 45% …", "40% of our students",
//! "my 3rd paper", "80% klaar", "2 out of 3 reviewers"), discounts, "the 30% ruling", dates,
//! deadlines and times, "most of the time", "driekwart jaar", praise ("de beste baan ter
//! wereld"), one's own records and milestones ("our largest cohort ever", "first day of
//! teaching ever"), questions ("is het waar dat de meeste studenten …?"), and a figure inside
//! news not yet public that `confidential-information` underlines (the writer is its source).
//!
//! **Examples**
//! - ✗ `Uit onderzoek blijkt dat studenten slecht slapen.`
//!   → `Uit onderzoek blijkt (bron: …) dat studenten slecht slapen.`
//! - ✗ `1 op de 3 promovendi heeft burn-outklachten.` → `1 op de 3 (bron: …) promovendi heeft burn-outklachten.`
//! - ✗ `Studies show that 40% of PhD students struggle.`
//!   → `Studies show (source: …) that 40% of PhD students struggle.`
//! - ✗ `Driekwart van de docenten werkt over.` → `Driekwart (bron: …) van de docenten werkt over.`
//! - ✓ `1 op de 3 promovendi heeft burn-outklachten (bron: Rathenau Instituut).`
//! - ✓ `Ben het er 100% mee eens!`
//! - ✓ `50 students in my class this year 🎉`
//! - ✓ `New staff from abroad can apply for the 30% ruling.`

use super::{Rule, RuleMeta};
use crate::diagnostic::{Finding, Localized, Severity};
use crate::text::{Amortized, EntityKind, Found, LazyRegex, ListCounts, Spans, Text, Word, WordLists, WordSet, REACH};
use std::cell::OnceCell;
use std::ops::Range;
use std::sync::OnceLock;

pub struct UnsourcedClaim;
pub static RULE: UnsourcedClaim = UnsourcedClaim;

static META: RuleMeta = RuleMeta {
    id: "unsourced-claim",
    tip: 2,
    severity: Severity::Info,
    title: Localized::new("Claim zonder bron", "Claim without a source"),
    description: Localized::new(
        "Cijfers en onderzoeksclaims in een bericht zonder bron.",
        "Statistics and research claims in a post that gives no source.",
    ),
};

const MESSAGE: Localized = Localized::new(
    "Een cijfer of onderzoeksclaim zonder bron. Controleer de feiten en vermeld de bron: een link, een DOI of \
     \"(bron: …)\".",
    "A figure or research claim without a source. Check the facts and give the source: a link, a DOI or \"(source: \
     …)\".",
);

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// "uit onderzoek blijkt", "studies show": a claim about research.
    Research,
    /// A number: a percentage, a ratio, a fraction, a multiple.
    Figure,
    /// "de meeste studenten", "most people": vaguer, so any first person makes it anecdote.
    Vague,
    /// "de oudste … ter wereld", "the largest … ever": a record claimed as fact.
    Superlative,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Lang {
    Nl,
    En,
    /// Decided by the words around it.
    Either,
}

/// A claim pattern, and the substrings (lowercase) one of which the post must contain
/// before the regex is worth running.
type Claim = (LazyRegex, Kind, Lang, &'static [&'static str]);

struct Patterns {
    claims: Vec<Claim>,
    source: LazyRegex,
    author_year: LazyRegex,
    according: LazyRegex,
    named: LazyRegex,
    own_work: LazyRegex,
    /// `own_work` anchored at the start of the haystack.
    own_work_at: LazyRegex,
    /// The first word of every `own_work` match, and its space.
    own_word: LazyRegex,
}

/// "ons", "my", "this": the first word of one's own work (lower case, for `Text::lower`). No
/// occurrence of one and its space starts inside another's.
const OWN_WORD: &str = "(?:ons|onze|mijn|our|my|this|dit|deze)";
/// What follows it in one's own work or group: "our survey", "mijn studenten". Words joined by
/// single spaces, ending at a word's end: where a match starts, it has one end.
const OWN_WORK: &str = concat!(
    r" (?:nieuwe |new |latest |laatste |recente |recent |",
    r"eigen |own )?(?:onderzoek|studie|study|research|paper|artikel|article|publicatie|publication|",
    r"survey|enquête|data|dataset|proefschrift|thesis|dissertation|analyse|analysis|rapport|report|",
    r"boek|book|lab|team|project|experiment|students|studenten|class|klas|course|cursus|vak|werkgroep|",
    r"groep|group|afdeling|department|faculty|faculteit|institute|instituut|respondents|respondenten|",
    r"participants|deelnemers|sample|steekproef|proefpersonen|colleagues|collega)(?:s|en|sen)?\b"
);

/// People and things a statistic counts ("most students", "de helft van de Nederlanders").
const GROUPS: &str = concat!(
    r"(?:people|mensen|students|studenten|researchers|onderzoekers|scientists|wetenschappers|academics|academici|",
    r"teachers|docenten|leraren|staff|employees|medewerkers|werknemers|dutch|nederlanders|children|kinderen|kids|",
    r"jongeren|young people|patients|patiënten|women|vrouwen|men|mannen|universities|universiteiten|studies|",
    r"countries|landen|americans|europeans|phds|phd students|promovendi|adults|volwassenen|doctors|artsen|voters|",
    r"kiezers|citizens|burgers|parents|ouders|users|gebruikers|companies|bedrijven|experts|deskundigen|economists|",
    r"economen|psychologists|psychologen|ouderen|elderly|germans|duitsers|britons|workers|scholieren|pupils|",
    r"schools|scholen|candidates|postdocs|lecturers|professors|hoogleraren|graduates|alumni|applicants|scholars|",
    r"nurses|teenagers|adolescents|families|households|huishoudens|gezinnen|employers|managers|residents|inwoners|",
    r"dutchmen|europeanen)"
);

fn patterns() -> &'static Patterns {
    static PATTERNS: OnceLock<Patterns> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        let p = |re: &str, kind, lang, needs: &'static [&'static str]| {
            (
                LazyRegex::new(format!("(?-u){}", re.replace("{G}", GROUPS))),
                kind,
                lang,
                needs,
            )
        };
        let adj_nl = "(?:recent |nieuw |eerder |wetenschappelijk |internationaal |veel |uitgebreid )*";
        let adj_en = "(?:recent |new |large |major |several |many |numerous |multiple |scientific )*";
        let small = "(?:\\d+|een|één|twee|drie|vier|vijf|one|two|three|four|five|nine)";
        let big = concat!(
            "(?:\\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twintig|honderd|duizend|two|three|four|five|",
            "six|seven|eight|nine|ten|twenty|hundred|a hundred|thousand)"
        );
        let claims: Vec<Claim> = vec![
            // Dutch research claims
            p(
                &format!(r"uit {adj_nl}onderzoek(?:en)? blijkt"),
                Kind::Research,
                Lang::Nl,
                &["onderzoek"],
            ),
            p(
                &format!(r"blijkt uit {adj_nl}onderzoek"),
                Kind::Research,
                Lang::Nl,
                &["onderzoek"],
            ),
            p(
                &format!(
                    concat!(
                        r"{adj_nl}onderzoek(?:en)? ",
                        r"(?:toont|tonen|laat|laten|wijst|wijzen) (?:[a-z]+ )?(?:aan|zien|uit)"
                    ),
                    adj_nl = adj_nl
                ),
                Kind::Research,
                Lang::Nl,
                &["onderzoek"],
            ),
            p(
                concat!(
                    r"(?:studies|wetenschappers|experts|deskundigen) (?:tonen aan|laten zien|zeggen|",
                    r"wijzen uit|hebben aangetoond|zijn het erover eens)"
                ),
                Kind::Research,
                Lang::Nl,
                &["studies", "wetenschappers", "experts", "deskundigen"],
            ),
            p(
                concat!(
                    r"(?:onderzoek|studies|de wetenschap|wetenschappers) (?:heeft|",
                    r"hebben) (?:[a-z]+ )?(?:aangetoond|bewezen|uitgewezen)|",
                    r"er is (?:veel |duidelijk |steeds meer |genoeg |overtuigend |hard )?bewijs (?:dat|voor)"
                ),
                Kind::Research,
                Lang::Nl,
                &["aangetoond", "bewezen", "uitgewezen", "bewijs"],
            ),
            p(
                concat!(
                    r"there(?: is|(?:'|’)s| is now) (?:clear |strong |growing |overwhelming |ample |solid |",
                    r"good |hard )?evidence (?:that|for)"
                ),
                Kind::Research,
                Lang::En,
                &["evidence"],
            ),
            p(
                r"wetenschappelijk (?:bewezen|aangetoond)",
                Kind::Research,
                Lang::Nl,
                &["wetenschappelijk"],
            ),
            p(
                r"(?:het )?is (?:al )?(?:lang )?bewezen dat",
                Kind::Research,
                Lang::Nl,
                &["bewezen"],
            ),
            p(
                &format!(
                    concat!(
                        r"volgens {adj_nl}onderzoek(?:en)?|",
                        r"volgens (?:wetenschappers|experts|deskundigen|de wetenschap)"
                    ),
                    adj_nl = adj_nl
                ),
                Kind::Research,
                Lang::Nl,
                &["volgens"],
            ),
            // English research claims
            p(
                concat!(
                    r"(?:studies|research|science|(?:the )?evidence|(?:the )?data|experts|scientists|",
                    r"researchers) (?:shows?|proves?|suggests?|has shown|have shown|has proven|have proven|",
                    r"has been proven|has demonstrated|have demonstrated|has established|confirms?|",
                    r"demonstrates?|indicates?|says?|agree|have found|has found|is clear|tells us)"
                ),
                Kind::Research,
                Lang::En,
                &[
                    "studies",
                    "research",
                    "science",
                    "evidence",
                    "data",
                    "experts",
                    "scientists",
                    "researchers",
                ],
            ),
            p(
                &format!(
                    concat!(
                        r"(?:a |one )?{adj_en}(?:study|survey|paper|report) ",
                        r"(?:found|finds|shows|showed|proves|proved|suggests|concluded|revealed|reveals)"
                    ),
                    adj_en = adj_en
                ),
                Kind::Research,
                Lang::En,
                &["study", "survey", "paper", "report"],
            ),
            p(
                concat!(
                    r"(?:scientifically|clinically|medically) proven|",
                    r"it(?: is|(?:'|’)s| has been) (?:been )?(?:scientifically )?proven"
                ),
                Kind::Research,
                Lang::En,
                &["proven"],
            ),
            p(
                &format!(
                    concat!(
                        r"according to (?:a |the |some )?{adj_en}(?:latest )?",
                        r"(?:research|studies|study|experts|scientists|science)"
                    ),
                    adj_en = adj_en
                ),
                Kind::Research,
                Lang::En,
                &["according"],
            ),
            // Effects on a risk stated as fact: "verdubbelt het risico op", "reduces the risk of".
            p(
                concat!(
                    r"\b(?:verdubbelt|verdubbelen|halveert|halveren|verdrievoudigt|verhoogt|verhogen|verlaagt|",
                    r"verlagen|vergroot|vergroten|verkleint|verkleinen) (?:het |je |uw |hun |de )?(?:risico|kans) op"
                ),
                Kind::Research,
                Lang::Nl,
                &["risico", "kans"],
            ),
            p(
                concat!(
                    r"\b(?:doubles|double|halves|halve|triples|triple|increases|increase|raises|raise|reduces|",
                    r"reduce|lowers|lower|cuts|cut) (?:the |your |their |its )?risk of"
                ),
                Kind::Research,
                Lang::En,
                &["risk"],
            ),
            // Comparisons with others stated as fact: "more Nobel laureates per student than",
            // "een hogere winstmarge dan Apple en Google samen".
            p(
                r"\bper [a-z-]+ (?:than|dan)\b",
                Kind::Superlative,
                Lang::Either,
                &["per"],
            ),
            p(
                r"\b(?:than|dan) (?:[a-z-]+ ){1,3}(?:combined|samen|bij elkaar)\b",
                Kind::Superlative,
                Lang::Either,
                &["combined", "samen", "bij elkaar"],
            ),
            // Superlatives of fact, measured against the world or all time: "de oudste botanische
            // tuin ter wereld", "the largest study ever". Praise ("de beste baan ter wereld") is an
            // opinion and left alone.
            p(
                concat!(
                    r"\b(?:oudste|grootste|eerste|hoogste|laagste|langste|snelste|kleinste|beroemdste|rijkste|",
                    r"drukste|meest geciteerde)(?: (?u:[\w-]+)){0,3} (?:ter wereld|van de wereld|",
                    r"in de wereld|van europa|in europa|van nederland|in nederland|aller tijden|ooit)\b"
                ),
                Kind::Superlative,
                Lang::Nl,
                &["wereld", "europa", "nederland", "aller tijden", "ooit"],
            ),
            p(
                concat!(
                    r"\b(?:oldest|largest|biggest|first|highest|lowest|longest|fastest|smallest|richest|",
                    r"busiest|most cited|(?:least|most) (?:efficient|effective))(?: [a-z-]+){0,3} ",
                    r"(?:in the world|in europe|in the netherlands|on earth|ever|of all time|worldwide)\b"
                ),
                Kind::Superlative,
                Lang::En,
                &["world", "europe", "netherlands", "earth", "ever", "of all time"],
            ),
            // Figures
            p(
                concat!(
                    r"\d+(?:[.,]\d+)?\s?(?:%|procent|percent|per cent)|",
                    r"(?:tien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|ten|twenty|",
                    r"thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]?(?:procent|percent|per cent)"
                ),
                Kind::Figure,
                Lang::Either,
                &["%", "procent", "percent", "per cent"],
            ),
            p(&format!(r"{small} op (?:de )?{big}"), Kind::Figure, Lang::Nl, OP_KEYS),
            // "1 in 3" only before a group ("1 in 3 students"): "2 out of 3 reviewers" is a count.
            p(
                &format!(r"{small} (?:in|out of) {big}(?: of| (?:[a-z]+ )?{{G}})"),
                Kind::Figure,
                Lang::En,
                IN_KEYS,
            ),
            p(
                concat!(
                    r"(?:(?:meer dan|bijna|ruim|ongeveer|zo'n) )?(?:driekwart|twee derde|een derde|een kwart|",
                    r"de helft) van|(?:(?:more than|nearly|almost|about|over) )?(?:three[- ]quarters|",
                    r"two[- ]thirds|a third|one third|a quarter|half) of"
                ),
                Kind::Figure,
                Lang::Either,
                &["driekwart", "derde", "kwart", "helft", "quarter", "third", "half"],
            ),
            p(
                concat!(
                    r"(?:de (?:overgrote |grote )?meerderheid|het merendeel) van|",
                    r"(?:the|a) (?:vast |large |great )?majority of"
                ),
                Kind::Figure,
                Lang::Either,
                &["meerderheid", "merendeel", "majority"],
            ),
            p(
                concat!(
                    r"(?:twice|three times|four times|\d+ times) (?:as (?:many|much|likely|often|high|large)|",
                    r"more likely|less likely)|(?:twee|drie|vier|tien|\d+) keer (?:zoveel|zo veel|zo vaak|",
                    r"zo groot|zo hoog|zo klein|meer kans|vaker|groter|hoger)"
                ),
                Kind::Figure,
                Lang::Either,
                &["twice", "times", "keer"],
            ),
            p(
                r"(?:de meeste|most|most of the|most of all|most of) (?:[a-z]+ )?{G}",
                Kind::Vague,
                Lang::Either,
                &["meeste", "most"],
            ),
        ];
        Patterns {
            claims,
            source: LazyRegex::new(
                concat!(
                    r"(?i-u)\b(?:bron(?:nen)?|sources?|refs?|references?|referenties|literatuur|",
                    r"bronvermelding)\s*(?::|：)|[(\[]\s*(?:bron|source|zie|see|via|cf\.?|ref)|\bet al\b|",
                    r"\b(?:h/t|ht|via) @|\b(?-i:via [A-Z])|(?-i:in (?:Nature|Science|The Lancet|de Lancet|Lancet|PNAS|",
                    r"NEJM|BMJ|JAMA|Cell|PLOS))"
                )
                .to_string(),
            ),
            // "(Smith, 2023)", "(Smith & Jones 2019)", "Smith (2023)": case-sensitive, so cheap to build.
            author_year: LazyRegex::new(
                concat!(
                    r"\(\s*[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|['’-])+(?:\s+(?:&|and|en|et al\.?|",
                    r"[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|['’-])+))*,?\s+(?:19|20)[0-9]{2}[a-z]?\s*\)|",
                    r"[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|['’-])+ \((?:19|20)[0-9]{2}[a-z]?\)"
                )
                .to_string(),
            ),
            according: LazyRegex::new(
                concat!(
                    r"(?i-u)\b(?:according to|volgens|aldus|reported by|blijkt uit|gepubliceerd in|published in|",
                    r"verschenen in|cijfers van|figures from|data from|gegevens van)\s+(?:het |de |the |a |an |",
                    r"een )?((?u-i:[\w@][\w-]*))"
                )
                .to_string(),
            ),
            named: LazyRegex::new(
                concat!(
                    r"(?i-u)(?:onderzoek|studie|study|research|rapport|report|survey|enquête|peiling|cijfers|data|",
                    r"figures|paper|analyse|analysis)(?:en|s)? (?:van|door|by|from|uitgevoerd door|conducted by|",
                    r"published by) (?:het |de |the |een |a )?(?u-i:[A-ZÀ-ÖØ-Þ]|@)|",
                    r"(?-i:[A-Z]{2,})[- ](?:onderzoek|cijfers|study|studie|data|figures|rapport|report|survey|enquête|",
                    r"peiling)"
                )
                .to_string(),
            ),
            own_work: LazyRegex::new(format!("(?-u){OWN_WORD}{OWN_WORK}")),
            own_work_at: LazyRegex::new(format!("(?-u)^{OWN_WORD}{OWN_WORK}")),
            own_word: LazyRegex::new(format!("(?-u){OWN_WORD} ")),
        }
    })
}

/// "1 op 3", "een op de vijf": " op " before a number or "de" (" op " alone is in most Dutch posts).
const OP_KEYS: &[&str] = &[
    " op de ",
    " op 0",
    " op 1",
    " op 2",
    " op 3",
    " op 4",
    " op 5",
    " op 6",
    " op 7",
    " op 8",
    " op 9",
    " op twee",
    " op drie",
    " op vier",
    " op vijf",
    " op zes",
    " op zeven",
    " op acht",
    " op negen",
    " op tien",
    " op twintig",
    " op honderd",
    " op duizend",
    " op two",
    " op three",
    " op four",
    " op five",
    " op six",
    " op seven",
    " op eight",
    " op nine",
    " op ten",
    " op twenty",
    " op hundred",
    " op a hundred",
    " op thousand",
];

/// "1 in 3", "two out of three": " in " before a number (" in " alone is in most English posts).
const IN_KEYS: &[&str] = &[
    " in 0",
    " in 1",
    " in 2",
    " in 3",
    " in 4",
    " in 5",
    " in 6",
    " in 7",
    " in 8",
    " in 9",
    " in twee",
    " in drie",
    " in vier",
    " in vijf",
    " in zes",
    " in zeven",
    " in acht",
    " in negen",
    " in tien",
    " in twintig",
    " in honderd",
    " in duizend",
    " in two",
    " in three",
    " in four",
    " in five",
    " in six",
    " in seven",
    " in eight",
    " in nine",
    " in ten",
    " in twenty",
    " in hundred",
    " in a hundred",
    " in thousand",
    " out of ",
];

/// The journals the `source` pattern names (lower case: a gate on [`Text::lower`]).
const JOURNALS: &[&str] = &[
    "nature", "science", "lancet", "pnas", "nejm", "bmj", "jama", "cell", "plos",
];
/// The nouns of the `named` pattern, one of which every match holds.
const NAMED_KEYS: &[&str] = &[
    "onderzoek",
    "studie",
    "study",
    "research",
    "rapport",
    "report",
    "survey",
    "enquête",
    "peiling",
    "cijfers",
    "data",
    "figures",
    "paper",
    "analyse",
    "analysis",
];

/// Words that introduce a source ("volgens het CBS").
const SOURCE_NAMES: &[&str] = &[
    "according to",
    "volgens",
    "aldus",
    "reported by",
    "blijkt uit",
    "shows that",
    "laat zien",
    "gepubliceerd in",
    "published in",
    "verschenen in",
    "cijfers van",
    "figures from",
    "data from",
    "gegevens van",
];

/// Words after "volgens"/"according to" that name no source ("volgens mij", "according to research").
const VAGUE_SOURCES: &[&str] = &[
    "onderzoek",
    "research",
    "studies",
    "study",
    "experts",
    "expert",
    "wetenschappers",
    "scientists",
    "deskundigen",
    "mij",
    "me",
    "ons",
    "us",
    "velen",
    "many",
    "some",
    "sommigen",
    "sommige",
    "recent",
    "recente",
    "new",
    "nieuw",
    "nieuwe",
    "wetenschap",
    "science",
    "data",
    "cijfers",
    "mijn",
    "my",
    "our",
    "onze",
    "latest",
    "laatste",
    "jou",
    "you",
    "hem",
    "haar",
    "hen",
    "hun",
    "ik",
    "i",
    "wetenschappelijk",
    "scientific",
    "several",
    "verschillende",
];

/// Agencies whose name is a source ("CBS-cijfers", "OECD figures").
const AGENCIES: &[&str] = &[
    "CBS",
    "RIVM",
    "OECD",
    "WHO",
    "CPB",
    "SCP",
    "UNESCO",
    "Eurostat",
    "Rathenau",
    "Pew",
    "Gallup",
    "Ipsos",
    "Statista",
    "Eurobarometer",
    "NIDI",
    "NIVEL",
    "Nivel",
    "TNO",
    "KNMI",
    "IPCC",
    "UNICEF",
    "Unicef",
];

/// First-person singular words that make a figure a report on one's own work ("I spend 80% …").
/// "we" and "our" are left out: "85% of what we learn" is about everyone; one's own group is
/// recognised by its noun ("our students", "our lab") in the own-work pattern.
const OWN: &[&str] = &["my", "mijn", "me", "mij", "i", "ik", "m"];
const WE: &[&str] = &["we", "wij", "our", "ons", "onze", "us"];
/// …unless the writer only passes on what they read or heard.
const HEARSAY: &[&str] = &[
    "read", "las", "gelezen", "heard", "hoorde", "gehoord", "saw", "zag", "gezien", "learned",
];
/// Words that make a percentage a price, a forecast or progress, not a claim.
const NOT_CLAIMS: &[&str] = &[
    "korting",
    "discount",
    "off",
    "sale",
    "btw",
    "vat",
    "batterij",
    "battery",
    "regen",
    "rain",
    "klaar",
    "done",
    "finished",
    "complete",
    "completed",
    "voltooid",
    "progress",
    "voortgang",
    "slagingspercentage",
    "pass",
    "passed",
    "geslaagd",
    "response",
    "respons",
    "kortingscode",
    "fte",
    "aanstelling",
    "contract",
    // "the 30% ruling", the Dutch tax facility for staff from abroad: a name, not a figure.
    "ruling",
];
/// Words after a fraction that make it time ("de helft van de tijd", "driekwart jaar").
const TIME: &[&str] = &[
    "tijd",
    "time",
    "dag",
    "day",
    "dagen",
    "days",
    "week",
    "weken",
    "weeks",
    "jaar",
    "year",
    "years",
    "jaren",
    "maand",
    "month",
    "months",
    "maanden",
    "uur",
    "hour",
    "hours",
    "eeuw",
    "century",
    "minuten",
    "minutes",
    "seconds",
    "seconden",
    "nacht",
    "night",
    "ochtend",
    "morning",
    "middag",
    "afternoon",
    "avond",
    "evening",
    "semester",
    "pagina",
    "page",
    "pages",
    "stars",
    "sterren",
    "points",
    "punten",
    "punt",
    "point",
];
/// Words before "8 out of 10" that make it a score.
const SCORES: &[&str] = &[
    "scored", "rated", "rate", "gave", "got", "give", "score", "rating", "cijfer", "gaf", "kreeg", "scoorde",
];

const NL_WORDS: &[&str] = &[
    "de", "het", "een", "van", "en", "dat", "niet", "op", "voor", "met", "zijn", "wordt", "die", "er", "ook", "naar",
    "bij", "uit", "als", "maar", "nog", "heeft", "hebben", "wij", "ik", "je",
];
const EN_WORDS: &[&str] = &[
    "the", "a", "of", "and", "that", "not", "on", "for", "with", "are", "to", "by", "from", "this", "have", "has",
    "but", "is", "we", "i", "you", "it", "than",
];

fn has(words: &[Word], list: &[&str]) -> bool {
    words.iter().any(|w| list.contains(&w.lower.as_str()))
}

/// The lists asked about the words of a claim's sentence, by their index in `LISTS`.
const LISTS: &[&[&str]] = &[OWN, HEARSAY, WE, NOT_CLAIMS, NL_WORDS, EN_WORDS];
const OWN_LIST: usize = 0;
const HEARSAY_LIST: usize = 1;
const WE_LIST: usize = 2;
const NOT_CLAIMS_LIST: usize = 3;
const NL_LIST: usize = 4;
const EN_LIST: usize = 5;
static WORD_LISTS: WordLists = WordLists::new(LISTS);

/// What the claims ask of the whole text, answered from tables once asked often: a run-on
/// post holds thousands of claims, each looking at the few hundred bytes around it.
struct Around<'t> {
    text: &'t Text<'t>,
    /// The own-work pattern's matches.
    own_work: Amortized<Spans>,
    lists: Amortized<ListCounts>,
    /// Dutch and English words in the whole text, for claims whose sentence is undecided.
    languages: OnceCell<(usize, usize)>,
}

impl<'t> Around<'t> {
    fn new(text: &'t Text<'t>) -> Self {
        Around {
            text,
            own_work: Amortized::new(),
            lists: Amortized::new(),
            languages: OnceCell::new(),
        }
    }

    /// How many of the words `words` (indices into `Text::words`) `LISTS[list]` holds.
    fn count(&self, list: usize, words: &Range<usize>) -> usize {
        let text = self.text;
        // Asked directly, a sentence's words are compared with a whole list: a few hundred
        // comparisons, as many as counting a few hundred words by look-up.
        let after = text.words.len() / (8 * REACH);
        match self.lists.table(after, || WORD_LISTS.count(&text.words)) {
            Some(lists) => lists.count(list, words.clone()),
            None => (text.words[words.clone()].iter())
                .filter(|w| LISTS[list].contains(&w.lower.as_str()))
                .count(),
        }
    }

    fn has(&self, list: usize, words: &Range<usize>) -> bool {
        self.count(list, words) > 0
    }

    /// The own-work pattern matches in `window`, as if matched on the window alone.
    fn own_work_in(&self, window: &Range<usize>) -> bool {
        let (lower, p) = (&self.text.lower, patterns());
        // A window cut inside a word ends a match there that the whole text would not.
        let cut = (lower.as_bytes().get(window.end)).is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'_');
        // Every match starts at a first word; its one end counts when it lies in the window.
        let matches = (!cut).then(|| {
            self.own_work.table(lower.len() / REACH_BYTES, || {
                let at = p.own_work_at.get();
                (p.own_word.find_iter(lower))
                    .filter_map(|w| at.find(&lower[w.start()..]).map(|m| w.start()..w.start() + m.end()))
                    .collect::<Vec<_>>()
                    .into()
            })
        });
        match matches.flatten() {
            Some(matches) => matches.any_within(window),
            None => p.own_work.get().is_match(&lower[window.clone()]),
        }
    }
}

/// How far, in bytes, a claim's sentence reaches on either side ([`Text::sentence_around`]).
const REACH_BYTES: usize = 400;

/// True when the post holds a link or a DOI: a source, found without a regex.
fn links_a_source(text: &Text) -> bool {
    (text.entities.iter()).any(|e| matches!(e.kind, EntityKind::Url | EntityKind::Identifier))
}

/// True when the post names a source anywhere.
fn has_source(text: &Text, found: &Found) -> bool {
    let p = patterns();
    if links_a_source(text) {
        return true;
    }
    // Each pattern is built and run only when the post holds what every match needs.
    let src = text.src;
    let source = src.contains([':', '：', '(', '[', '@'])
        || text.lower.contains("et al")
        || src.contains("via ")
        || JOURNALS.iter().any(|j| found.contains(j));
    if source && p.source.get().is_match(src) {
        return true;
    }
    if src.contains('(') && p.author_year.get().is_match(src) {
        return true;
    }
    if NAMED_KEYS.iter().any(|k| found.contains(k)) && p.named.get().is_match(src) {
        return true;
    }
    if SOURCE_NAMES.iter().any(|n| found.contains(n))
        && p.according.get().captures_iter(text.src).any(|c| {
            c.get(1)
                .is_some_and(|w| !VAGUE_SOURCES.contains(&w.as_str().to_lowercase().as_str()))
        })
    {
        return true;
    }
    // One look-up a word: a long post has thousands.
    static NAMES: WordSet = WordSet::new(&[AGENCIES]);
    text.words.iter().any(|w| NAMES.contains(&text.src[w.span.clone()]))
}

fn language(around: &Around, sentence: &Range<usize>) -> Lang {
    let words = around.text.word_range(sentence);
    let (nl, en) = (around.count(NL_LIST, &words), around.count(EN_LIST, &words));
    if nl != en {
        return if nl > en { Lang::Nl } else { Lang::En };
    }
    let (nl, en) = *around.languages.get_or_init(|| {
        let all = 0..around.text.words.len();
        (around.count(NL_LIST, &all), around.count(EN_LIST, &all))
    });
    if nl > en {
        Lang::Nl
    } else {
        Lang::En
    }
}

/// The length of "1 in 3" / "one out of a hundred" at the start of a longer match.
fn ratio_len(matched: &str) -> Option<usize> {
    let tokens: Vec<(usize, &str)> = matched
        .split(' ')
        .scan(0, |at, t| {
            let start = *at;
            *at += t.len() + 1;
            Some((start, t))
        })
        .collect();
    let lower = |i: usize| tokens.get(i).map(|(_, t)| t.to_ascii_lowercase());
    let mut last = match lower(1)?.as_str() {
        "in" => 2,
        "out" if lower(2)? == "of" => 3,
        _ => return None,
    };
    if lower(last)? == "a" {
        last += 1;
    }
    let (start, t) = tokens.get(last)?;
    Some(start + t.len())
}

/// An English verb whose object "most people" would be: a past form, or a common verb that
/// takes a person.
fn is_verb_before_object(word: &str) -> bool {
    (word.len() > 4 && word.ends_with("ed"))
        || matches!(
            word,
            "told"
                | "tell"
                | "met"
                | "meet"
                | "know"
                | "knew"
                | "ask"
                | "saw"
                | "seen"
                | "invite"
                | "thank"
                | "help"
                | "email"
                | "warn"
                | "inform"
                | "bother"
                | "annoy"
                | "like"
                | "love"
                | "reach"
                | "reached"
        )
}

/// The first number in a figure, to tell "100% eens" and "0%" from a statistic.
fn leading_number(s: &str) -> Option<f64> {
    let digits: String = s
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
        .collect();
    digits.replace(',', ".").trim_end_matches('.').parse().ok()
}

fn keep(around: &Around, span: &Range<usize>, kind: Kind) -> bool {
    let text = around.text;
    let sentence_range = text.sentence_around(span);
    if around.own_work_in(&sentence_range) {
        return false;
    }
    let matched = text.src[span.clone()].to_lowercase();
    let words = text.word_range(&sentence_range);
    let own = around.has(OWN_LIST, &words) && !around.has(HEARSAY_LIST, &words);
    match kind {
        Kind::Research => true,
        // "at most 5 students", "the most students": not a share of a group; a question asks, not claims.
        // "hasn't told most people", "met most students": the object of a verb, no share claimed.
        Kind::Vague => {
            !own && !text.src[sentence_range.end..].starts_with('?')
                && !text
                    .words_before(span.start, 1)
                    .iter()
                    .any(|w| w.lower == "at" || w.lower == "the" || is_verb_before_object(&w.lower))
        }
        // "mijn eerste paper ooit", "our largest cohort ever": one's own record, told.
        // "first day of teaching ever", "de eerste keer ooit": a milestone, not a record; a
        // first counts against a place ("de eerste vrouwelijke hoogleraar van Nederland").
        Kind::Superlative => {
            let first = matched.starts_with("first") || matched.starts_with("eerste");
            let occasion = first && (matched.ends_with("ever") || matched.ends_with("ooit"));
            !own && !occasion && !around.has(WE_LIST, &words) && !text.src[sentence_range.end..].starts_with('?')
        }
        Kind::Figure => {
            if own || around.has(NOT_CLAIMS_LIST, &words) {
                return false;
            }
            if matched.contains('%') || matched.contains("procent") || matched.contains("percent") {
                // "100% mee eens", "honderd procent", "0% alcohol": idioms and labels, not statistics.
                return match leading_number(&matched) {
                    Some(n) => n > 0.0 && n < 100.0,
                    None => true,
                };
            }
            let after = text.words_after(span.end, 3);
            let time = after.iter().take(3).any(|w| TIME.contains(&w.lower.as_str()));
            if time {
                return false;
            }
            let before = text.words_before(span.start, 4);
            if matched.contains(" in ") || matched.contains(" out of ") || matched.contains(" op ") {
                // "één op één", "8 out of 10 stars", "scored 4 out of 5".
                let ends: Vec<&str> = matched.split_whitespace().collect();
                let (first, last) = (ends.first().copied().unwrap_or(""), ends.last().copied().unwrap_or(""));
                let same = first == last || matches!((first, last), ("een" | "één", "1") | ("1", "een" | "één"));
                if same || has(before, SCORES) {
                    return false;
                }
            }
            true
        }
    }
}

/// The gate keys, for [`crate::rules::claim_keys`].
pub(super) fn keys() -> impl Iterator<Item = &'static &'static str> {
    (patterns().claims.iter().flat_map(|c| c.3.iter()))
        .chain(SOURCE_NAMES)
        .chain(NAMED_KEYS)
        .chain(JOURNALS)
}

impl Rule for UnsourcedClaim {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn clears(&self, text: &Text) -> bool {
        has_source(text, text.claim_keys())
    }

    fn check(&self, text: &Text, out: &mut Vec<Finding>) {
        // A post with a link reports nothing: no need to look for claims.
        if links_a_source(text) {
            return;
        }
        let keys = text.claim_keys();
        let around = Around::new(text);
        let mut found: Vec<(Range<usize>, Lang)> = Vec::new();
        for (re, kind, lang, needs) in &patterns().claims {
            if !needs.iter().any(|n| keys.contains(n)) {
                continue;
            }
            for span in text.find_lower(re) {
                if keep(&around, &span, *kind) {
                    // "Driekwart van" → "Driekwart", "1 in 3 students" → "1 in 3": the figure needs the source.
                    let matched = &text.src[span.clone()];
                    let mut end = span.end
                        - [" van", " of", " op", " VAN", " OF", " OP", " Van", " Of", " Op"]
                            .iter()
                            .find(|t| matched.ends_with(*t) && matched.len() > t.len())
                            .map_or(0, |t| t.len());
                    if let Some(len) = ratio_len(matched) {
                        end = span.start + len;
                    }
                    found.push((span.start..end, *lang));
                }
            }
        }
        if found.is_empty() || has_source(text, keys) {
            return;
        }
        found.sort_by_key(|(s, _)| (s.start, std::cmp::Reverse(s.end)));
        let mut last_sentence: Option<Range<usize>> = None;
        for (span, lang) in found {
            let sentence = text.sentence_around(&span);
            if last_sentence.as_ref() == Some(&sentence) {
                continue;
            }
            let lang = match lang {
                Lang::Either => language(&around, &sentence),
                l => l,
            };
            let placeholder = if lang == Lang::Nl {
                "(bron: …)"
            } else {
                "(source: …)"
            };
            let suggestion = [&text.src[span.clone()], placeholder].join(" ");
            out.push(Finding::new(span, MESSAGE).suggest(suggestion));
            last_sentence = Some(sentence);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check;

    fn flagged(text: &str) -> Vec<String> {
        crate::rules::flagged_by("unsourced-claim", text)
    }

    #[test]
    fn every_pattern_compiles() {
        let p = super::patterns();
        for claim in &p.claims {
            claim.0.get();
        }
        for re in [
            &p.source,
            &p.author_year,
            &p.according,
            &p.named,
            &p.own_work,
            &p.own_work_at,
            &p.own_word,
        ] {
            re.get();
        }
    }

    #[test]
    fn flags_research_claims() {
        assert_eq!(
            flagged("Uit onderzoek blijkt dat studenten slecht slapen."),
            ["Uit onderzoek blijkt"]
        );
        assert_eq!(flagged("Studies show that sleep matters 😴"), ["Studies show"]);
        assert_eq!(
            flagged("Schermtijd onder de zes jaar verdubbelt het risico op een taalachterstand."),
            ["verdubbelt het risico"]
        );
        assert_eq!(
            flagged("Walking daily halves the risk of dementia."),
            ["halves the risk"]
        );
        assert_eq!(
            flagged("Leiden has more Nobel laureates per student than Oxford. Just saying 😌"),
            ["per student than"]
        );
        assert_eq!(
            flagged("De grote uitgevers hebben een hogere winstmarge dan Apple en Google samen."),
            ["dan Apple en Google samen"]
        );
        assert!(flagged("Wij hebben per student meer begeleiding dan vorig jaar.").is_empty());
        assert!(flagged("Hoe verklein je het risico op een datalek? Lees de tips van de CISO.").is_empty());
        assert_eq!(
            flagged("Meditation is scientifically proven to work."),
            ["scientifically proven"]
        );
        assert_eq!(flagged("Research proves it: homework is useless."), ["Research proves"]);
        assert_eq!(
            flagged("Recent onderzoek toont aan dat het werkt."),
            ["Recent onderzoek toont aan"]
        );
        assert_eq!(
            flagged("Volgens onderzoek slaapt niemand genoeg."),
            ["Volgens onderzoek"]
        );
        assert_eq!(
            flagged("A recent study found that coffee helps."),
            ["A recent study found"]
        );
        assert_eq!(
            flagged("Science has proven that multitasking is bad."),
            ["Science has proven"]
        );
        assert_eq!(
            flagged("There's clear evidence that naps help."),
            ["There's clear evidence that"]
        );
        assert_eq!(
            flagged("Er is duidelijk bewijs dat dutjes helpen."),
            ["Er is duidelijk bewijs dat"]
        );
    }

    #[test]
    fn flags_statistics() {
        assert_eq!(flagged("1 op de 3 promovendi heeft burn-outklachten."), ["1 op de 3"]);
        assert_eq!(flagged("Did you know 40% of PhD students consider quitting?"), ["40%"]);
        assert_eq!(flagged("Driekwart van de docenten werkt over."), ["Driekwart"]);
        assert_eq!(flagged("The vast majority of students work."), ["The vast majority"]);
        assert_eq!(flagged("Most students never read the syllabus."), ["Most students"]);
        assert!(flagged("She hasn't told most people at work yet.").is_empty());
        assert!(flagged("We reached most students through the newsletter.").is_empty());
        assert_eq!(
            flagged("De meeste Nederlanders fietsen dagelijks."),
            ["De meeste Nederlanders"]
        );
        assert_eq!(
            flagged("Women are twice as likely to leave academia."),
            ["twice as likely"]
        );
        assert_eq!(flagged("One in five adults is lonely."), ["One in five"]);
        assert_eq!(flagged("85% of what we learn, we forget within a week."), ["85%"]);
        // "this classroom" is not "this class": no data of one's own.
        assert_eq!(
            flagged("This classroom proves it: 80% of students learn better by doing."),
            ["80%"]
        );
        assert_eq!(
            flagged("Kom kijken: dit is de oudste botanische tuin ter wereld."),
            ["oudste botanische tuin ter wereld"]
        );
        assert_eq!(
            flagged("The lecture is the least efficient teaching format ever invented."),
            ["least efficient teaching format ever"]
        );
        assert_eq!(
            flagged("Zo'n 60 procent van de studenten werkt naast de studie."),
            ["60 procent"]
        );
    }

    #[test]
    fn one_finding_per_sentence_with_a_placeholder() {
        let d: Vec<_> = check("Uit onderzoek blijkt dat 40% van de studenten stress heeft.")
            .into_iter()
            .filter(|d| d.rule == "unsourced-claim")
            .collect();
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].suggestions, ["Uit onderzoek blijkt (bron: …)"]);
        let d = check("Did you know 40% of PhD students consider quitting?");
        assert_eq!(d[0].suggestions, ["40% (source: …)"]);
    }

    #[test]
    fn leaves_praise_and_ones_own_records_alone() {
        for text in [
            "Nog steeds de beste baan ter wereld!",
            "Mijn eerste paper ooit is geaccepteerd!",
            "Our largest cohort ever starts today.",
            "First time ever in Leiden: the conference opens today",
            "first day of teaching ever. survived.",
            "The Hortus is the oldest botanical garden in the world (source: hortusleiden.nl)",
        ] {
            assert!(flagged(text).is_empty(), "flagged: {text}");
        }
    }

    #[test]
    fn leaves_sourced_posts_alone() {
        assert!(flagged("1 op de 3 promovendi heeft klachten (bron: Rathenau Instituut).").is_empty());
        assert!(flagged("Studies show sleep matters: https://doi.org/10.1038/xyz").is_empty());
        assert!(flagged("40% of PhD students consider quitting (Levecque et al., 2017).").is_empty());
        assert!(flagged("40% of PhD students consider quitting (Levecque, 2017).").is_empty());
        assert!(flagged("Volgens het CBS werkt 60 procent van de studenten.").is_empty());
        assert!(flagged("According to the OECD, 40% of adults lack skills.").is_empty());
        assert!(flagged("Most students are stressed, via @ScienceGuide").is_empty());
        assert!(flagged("Uit onderzoek van het RIVM blijkt dat 30% te weinig beweegt.").is_empty());
        assert!(flagged("Source: CBS. 40% of students work.").is_empty());
        assert!(flagged("Twee derde van het budget gaat naar personeel, zo blijkt uit de begroting.").is_empty());
    }

    #[test]
    fn leaves_idioms_own_work_and_dates_alone() {
        assert!(flagged("Ben het er 100% mee eens!").is_empty());
        assert!(flagged("Honderd procent mee eens 👏").is_empty());
        assert!(flagged("100% agree with this thread.").is_empty());
        assert!(flagged("50 students in my class this year 🎉").is_empty());
        assert!(flagged("My 3rd paper is out!").is_empty());
        assert!(flagged("In our survey, 45% of respondents said yes.").is_empty());
        assert!(flagged("Deadline 1 maart, 17.00 uur. Aanmelden kan tot 28-02-2025.").is_empty());
        assert!(flagged("Most of the time I work from home.").is_empty());
        assert!(flagged("Driekwart jaar later is het boek af.").is_empty());
        assert!(flagged("De helft van de tijd zit ik in vergaderingen.").is_empty());
        assert!(flagged("Mijn proefschrift is voor 80% klaar!").is_empty());
        assert!(flagged("Een op een gesprekken met studenten zijn het leukst.").is_empty());
        assert!(flagged("I'd rate this book 4 out of 5.").is_empty());
        assert!(flagged("Volgens mij klopt dit niet.").is_empty());
        assert!(flagged("2 out of 3 reviewers liked it, the third one... well 🙃").is_empty());
        assert!(flagged("Is het waar dat de meeste studenten niet ontbijten?").is_empty());
        assert!(flagged("50% korting op alle boeken!").is_empty());
        assert!(flagged("Een op de drie weken werk ik thuis.").is_empty());
    }
}
