//! # shouting
//!
//! **What it catches:** shouting: a run of three or more words in capitals ("DIT IS ECHT
//! ONACCEPTABEL", "SO PROUD OF MY TEAM", word by word: "ECHT. KLAAR. HIERMEE."), or a whole
//! sentence in capitals ("GOED GEDAAN!"), two everyday words in capitals together ("ECHT
//! ONACCEPTABEL dat …"); and in a post that shouts so, one or two emphatic words in capitals
//! elsewhere ("de koelkast is GEEN opslag", "I am BEGGING you").
//!
//! **Why (tip 4):** *Respecteer je publiek. Denk na voordat je iets online zet.* Capitals
//! read as shouting; they make a post look angry or careless, and they are harder to read
//! for everyone, screen-reader users included.
//!
//! **Not flagged:** acronyms and abbreviations (NWO, KNAW, LUMC, ERC, AI, NWO-VENI,
//! COVID-19, EU, UNESCO, CO2, Roman numerals) however many stand together; licence and
//! standard codes ("CC BY-NC-SA 4.0", "CC0", "GPL", "ISO 9001"); in a post that does not
//! shout, a word in capitals ("BREAKING", "NU", "I am BEGGING you"); names in capitals
//! without an everyday word among them ("LEIDEN UNIVERSITY MEDICAL CENTER", "SMITH J, JANSEN
//! K"); a short label at the start of a line
//! ("CALL FOR PAPERS: …", "JOB ALERT:", "WE'RE HIRING!"); words in quotation marks ("with
//! 'INSERT CITATION HERE' in it"); a title after what it names ("de conferentie LANGUAGE
//! TESTING IN EUROPE"); capitals in URLs and hashtags.
//!
//! **Examples**
//! - ✗ `We hebben de ERC-beurs binnen! SUPER TROTS OP HET TEAM` → `Super trots op het team`
//! - ✗ `THIS IS NOT OK!` → `This is not OK!`
//! - ✓ `Funded by NWO, KNAW and the ERC (NWO-VENI, COVID-19 programme).`
//! - ✓ `CALL FOR PAPERS: workshop on AI in the humanities.`
//! - ✓ `Net terug van de conferentie LANGUAGE TESTING IN EUROPE in Gent.`
//! - ✓ `Her essay still had 'INSERT CITATION HERE' in it.`
//! - ✓ `Students, I am BEGGING you: read the syllabus before you email me.`

use super::{Rule, RuleMeta};
use crate::diagnostic::{Finding, Localized, Severity};
use crate::phrase::lexicon::Fnv;
use crate::text::Text;
use std::collections::HashSet;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

pub struct Shouting;
pub static RULE: Shouting = Shouting;

static META: RuleMeta = RuleMeta {
    id: "shouting",
    tip: 4,
    severity: Severity::Info,
    title: Localized::new("Hoofdletters (schreeuwen)", "Shouting in capitals"),
    description: Localized::new(
        "Reeksen woorden in hoofdletters, die als schreeuwen worden gelezen; afkortingen tellen niet mee.",
        "Runs of words in capitals, which read as shouting; acronyms do not count.",
    ),
};

const MESSAGE: Localized = Localized::new(
    "Tekst in hoofdletters leest als schreeuwen en is minder goed leesbaar. Schrijf in gewone zinnen; laat de inhoud \
     de nadruk geven.",
    "Text in capitals reads as shouting and is harder to read. Write in normal sentence case and let the content \
     carry the emphasis.",
);

/// Acronyms and abbreviations that are written in capitals on purpose.
const ACRONYMS: &[&str] = &[
    // Research funding, science and higher education
    "NWO", "KNAW", "ERC", "VENI", "VIDI", "VICI", "ZONMW", "MSCA", "ESA", "NASA", "CERN", "ESO", "EMBO", "NIH", "NSF",
    "SURF", "DANS", "FAIR", "ORCID", "DOI", "ISBN", "ISSN", "PDF", "URL", "API", "PHD", "MSC", "BSC", "MA", "BA", "MD",
    "LLM", "PI", "RA", "TA", "WO", "HBO", "MBO", "VWO", "HAVO", "VMBO", "LERU", "VSNU", "UNL", "NVAO", "DUO", "ECTS",
    "STEM", "SDG", "SDGS", "AI", "ML", "NLP", "LLMS", "GPU", "CPU", "IT", "ICT", "HR", "PR", "CEO", "CFO", "CTO",
    "CVB", "OR", "UR", "FR", "MR", "OC", "OLC", "FAQ", "CV", "NB", "PS", "AKA", "ETA", "FYI", "ASAP", "RSVP", "TBA",
    "TBD", "DIY", "OMG", "LOL", "TV", "OV", "PHDS", "EUR", "USD", "GDP", "BBP", "CAO", "FTE", "ZZP", "KVK", "BTW",
    "VAT", "Q", "OK", "AM", "PM", "CET", "CEST", "UTC", "GMT",
    // Universities, medical centres and institutes
    "LUMC", "UMC", "UMCU", "AMC", "EMC", "VUMC", "MUMC", "NKI", "AVL", "VU", "UVA", "TU", "TUD", "UU", "RUG", "WUR",
    "UT", "OU", "KU", "LU", "UL", "UCL", "MIT", "ETH", "EPFL", "KCL", "LSE", "NYU", "UCLA", "LIACS", "FSW", "FGGA",
    "LIC", "LIBC", "LUCAS", "NIAS", "KITLV", "NINO", "LIAS", "LCDS", "LION", "NCB", "IBL", "ISGA", "LUC", "CWTS",
    "CML", "LACDR", "LIS", "LUF", "PLNT", "BSK", "KB", "NA", "IISG", "NIOD", "HUC",
    // Organisations, media and countries
    "EU", "EC", "EP", "USA", "US", "UK", "UN", "NL", "BE", "UNESCO", "UNICEF", "UNHCR", "NATO", "WHO", "WTO", "IMF",
    "OECD", "OESO", "ICC", "ICJ", "OPCW", "IPCC", "COP", "RIVM", "GGD", "GGZ", "CBS", "CPB", "SCP", "PBL", "TNO",
    "KNMI", "NFI", "UWV", "SVB", "IND", "NS", "KLM", "ASML", "ING", "ABN", "AMRO", "KPN", "NOS", "NRC", "AD", "RTL",
    "BBC", "CNN", "NYT", "FT", "NPO", "VPRO", "KRO", "NCRV", "EO", "BNR", "ANP", "VN", "VS", "EK", "WK", "NK",
    // Medicine and science
    "DNA", "RNA", "MRNA", "PCR", "MRI", "FMRI", "EEG", "ECG", "CT", "PET", "HIV", "AIDS", "TBC", "ADHD", "ASS", "ICU",
    "IC", "COVID", "SARS", "MERS", "RSV", "HPV", "BMI", "IQ", "LGBT", "LGBTQ", "LGBTQI", "LHBTI", "GDPR", "AVG", "NGO",
    "NGOS", "ERASMUS", "HORIZON", "EUROPOL", "BENELUX", "FRONTEX", "INTERPOL", "VR", "AR", "XR", "UX", "UI", "SQL",
    "HTML", "CSS", "JSON", "XML", "CSV", "GPS", "USB", "GIS", "SPSS", "STATA", "CEFR",
    // Licences and standards: "CC BY-NC-SA 4.0", "CC0", "GPL", "ISO 9001", "APA style"
    "CC", "NC", "ND", "SA", "PD", "GPL", "LGPL", "AGPL", "GNU", "BSD", "MPL", "EUPL", "ODBL", "ISO", "NEN", "APA",
    "MLA", "IEEE", "ACM", "OSF", "CRAN", "RDM", "DMP", "OA",
];

/// Frequent Dutch and English words: a run with one of them is prose, not a row of acronyms.
const COMMON: &[&str] = &[
    // English
    "THE",
    "AN",
    "AND",
    "OF",
    "TO",
    "IN",
    "ON",
    "FOR",
    "WITH",
    "IS",
    "ARE",
    "WAS",
    "WERE",
    "BE",
    "BEEN",
    "THIS",
    "THAT",
    "IT",
    "WE",
    "YOU",
    "THEY",
    "HE",
    "SHE",
    "MY",
    "OUR",
    "YOUR",
    "NOT",
    "NO",
    "YES",
    "SO",
    "VERY",
    "ALL",
    "WHAT",
    "WHY",
    "HOW",
    "WHO",
    "JUST",
    "NOW",
    "NEW",
    "OUT",
    "UP",
    "GET",
    "GOT",
    "DO",
    "DONE",
    "CAN",
    "WILL",
    "MUST",
    "STOP",
    "HELP",
    "PLEASE",
    "THANK",
    "THANKS",
    "LOVE",
    "PROUD",
    "GREAT",
    "BEST",
    "NEVER",
    "EVER",
    "AGAIN",
    "MORE",
    "LESS",
    "TOO",
    "MUCH",
    "WOW",
    "OKAY",
    "BIG",
    "NEWS",
    "DAY",
    "TODAY",
    "TIME",
    "TEAM",
    "WORK",
    "AT",
    "BY",
    "FROM",
    "AS",
    "BUT",
    "IF",
    "HAVE",
    "HAS",
    "HAD",
    "ME",
    "US",
    "WELL",
    "GOOD",
    "BAD",
    "REALLY",
    "AMAZING",
    "ONLY",
    "ONE",
    "SOME",
    "ANY",
    "EVERY",
    "HERE",
    "THERE",
    "WHEN",
    "WHERE",
    "WHICH",
    "WANT",
    "NEED",
    "MAKE",
    "READ",
    "LOOK",
    "SEE",
    "COME",
    "GO",
    "GOING",
    "ABOUT",
    "AFTER",
    "BEFORE",
    "STILL",
    "YET",
    "CONGRATULATIONS",
    "CONGRATS",
    "HAPPY",
    "FINALLY",
    "ACCEPTED",
    "PUBLISHED",
    "HIRING",
    "OPEN",
    "FREE",
    "LAST",
    "FIRST",
    "CALL",
    "DATE",
    // Dutch
    "DE",
    "HET",
    "EEN",
    "EN",
    "VAN",
    "OP",
    "MET",
    "VOOR",
    "AAN",
    "ZIJN",
    "WAREN",
    "DIT",
    "DAT",
    "DEZE",
    "DIE",
    "WIJ",
    "IK",
    "JE",
    "JIJ",
    "ZE",
    "HIJ",
    "ZIJ",
    "ONS",
    "ONZE",
    "MIJN",
    "NIET",
    "GEEN",
    "WEL",
    "JA",
    "NEE",
    "ZO",
    "ZEER",
    "ECHT",
    "HEEL",
    "ALLE",
    "ALLES",
    "WAT",
    "WAAROM",
    "HOE",
    "WIE",
    "NOG",
    "OOK",
    "MAAR",
    "ALS",
    "DAN",
    "MEER",
    "NOOIT",
    "WEER",
    "KAN",
    "MOET",
    "MOETEN",
    "WORDT",
    "GAAT",
    "GOED",
    "TOP",
    "MOOI",
    "SUPER",
    "TROTS",
    "BLIJ",
    "DANK",
    "BEDANKT",
    "HULP",
    "KLAAR",
    "NIEUW",
    "NIEUWS",
    "VANDAAG",
    "MORGEN",
    "DAG",
    "TIJD",
    "GEWOON",
    "SCHANDE",
    "NU",
    "HIER",
    "DAAR",
    "ER",
    "TE",
    "TOT",
    "UIT",
    "OM",
    "BIJ",
    "NAAR",
    "OVER",
    "ZOU",
    "ZAL",
    "HEB",
    "HEBBEN",
    "HEEFT",
    "GAAN",
    "WIL",
    "KUNNEN",
    "DOEN",
    "GEDAAN",
    "GEFELICITEERD",
    "EINDELIJK",
    "GELUKT",
    "ALWEER",
];

/// Labels that open a post or a line in capitals by convention, when a colon or the line's end follows.
const LABELS: &[&str] = &[
    "save the date",
    "call for papers",
    "call for abstracts",
    "call for proposals",
    "call for applications",
    "job alert",
    "we are hiring",
    "we re hiring",
    "breaking news",
    "open access",
    "new paper",
    "new publication",
    "nieuwe publicatie",
    "last call",
    "in memoriam",
];

/// Quotation marks around words under discussion.
const QUOTES: &[char] = &['\'', '"', '‘', '’', '“', '”', '„', '«', '»'];

/// Nouns whose name follows them, often in capitals as printed on the programme.
const TITLED: &[&str] = &[
    "conferentie",
    "congres",
    "symposium",
    "workshop",
    "seminar",
    "conference",
    "congress",
    "festival",
    "tentoonstelling",
    "exhibition",
    "expositie",
    "project",
    "programma",
    "programme",
    "program",
    "vak",
    "course",
    "module",
    "boek",
    "book",
    "bundel",
    "titel",
    "title",
    "podcast",
    "serie",
    "series",
    "lezingenreeks",
    "thema",
    "theme",
];

/// Sets with FNV: short keys, asked for every word in capitals.
type Set = HashSet<&'static str, BuildHasherDefault<Fnv>>;

struct Lists {
    acronyms: Set,
    common: Set,
}

fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| Lists {
        acronyms: ACRONYMS.iter().copied().collect(),
        common: COMMON.iter().copied().collect(),
    })
}

/// A word in capitals: it has a letter and no lowercase letter.
fn is_caps(word: &str) -> bool {
    word.chars().any(char::is_alphabetic) && !word.chars().any(char::is_lowercase)
}

/// Kept in capitals when sentence-cased: listed acronyms, tokens with digits ("CO2"),
/// Roman numerals, "I".
fn keeps_capitals(word: &str, lists: &Lists) -> bool {
    lists.acronyms.contains(word)
        || word.chars().any(|c| c.is_ascii_digit())
        || word.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

/// "BY" in a Creative Commons code ("CC BY", "CC-BY-SA") is part of the code, not the word "by".
fn licence_by(text: &Text, i: usize) -> bool {
    let word = |k: usize| text.src.get(text.words[k].span.clone()).unwrap_or("");
    word(i) == "BY" && i > 0 && word(i - 1) == "CC"
}

/// Where a run of capitals must stop: a sentence end, a colon, a line break.
fn breaks_run(gap: &str) -> bool {
    gap.contains(['.', '!', '?', ':', ';', '\n', '(', ')', '/'])
}

/// A full stop between two words in capitals is shouting word by word ("DIT. IS.
/// ONACCEPTABEL."), not the end of the run.
fn staccato(gap: &str) -> bool {
    gap.strip_prefix('.')
        .is_some_and(|rest| !rest.is_empty() && rest.chars().all(|c| c == ' '))
}

fn ends_sentence(gap: &str) -> bool {
    gap.contains(['.', '!', '?', '\n'])
}

/// `word` lowercased, or with only its first letter (or Dutch "IJ") in capitals.
fn sentence_case(word: &str, first: bool) -> String {
    let lower = word.to_lowercase();
    if !first {
        return lower;
    }
    if let Some(rest) = lower.strip_prefix("ij") {
        return format!("IJ{rest}");
    }
    let mut chars = lower.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

impl Shouting {
    /// Judges the run of capital words `first..=last`: a shout goes to `out`; one or two
    /// emphatic words ("GEEN", "I am BEGGING you") go to `emphasis`, which counts only in a
    /// post that shouts elsewhere.
    fn judge(&self, text: &Text, first: usize, last: usize, out: &mut Vec<Finding>, emphasis: &mut Vec<Finding>) {
        let lists = lists();
        let words = &text.words[first..=last];
        let original = |i: usize| text.src.get(text.words[i].span.clone()).unwrap_or("");
        let (mut shouty, mut common, mut initials, mut long, mut everyday) = (0, false, 0, false, 0);
        for i in first..=last {
            let w = original(i);
            if w.chars().count() < 2 || keeps_capitals(w, lists) || licence_by(text, i) {
                initials += usize::from(w.chars().count() == 1 && w != "I" && w != "A");
                continue;
            }
            shouty += 1;
            let is_common = lists.common.contains(w);
            let is_long = w.chars().count() >= 5;
            common |= is_common;
            long |= is_long;
            everyday += usize::from(is_common || is_long && !w.contains(|c: char| c.is_ascii_digit()));
        }
        // A row of names or acronyms ("LEIDEN UNIVERSITY MEDICAL CENTER", "SMITH J, JANSEN K")
        // has no everyday word in it; shouting always does.
        let shouts = shouty >= 2 && common && initials < 2;
        // An unknown acronym is short ("KNVB", "UMCG"); an emphatic word is everyday or long.
        // Part of a compound is a name ("het ALICE-cluster", "de ERC-beurs").
        let span = words[0].span.start..words[words.len() - 1].span.end;
        let compound = text.src[..span.start].ends_with('-') || text.src[span.end..].starts_with('-');
        let emphatic = words.len() <= 2 && shouty == words.len() && (common || long) && !compound;
        if !shouts && !emphatic {
            return;
        }
        let gap_before = first.checked_sub(1).map(|p| {
            text.src
                .get(text.words[p].span.end..text.words[first].span.start)
                .unwrap_or("")
        });
        let gap_after = text.words.get(last + 1).map(|n| {
            text.src
                .get(words[words.len() - 1].span.end..n.span.start)
                .unwrap_or("")
        });
        let opens = gap_before.map_or(true, ends_sentence);
        let closes = gap_after.map_or(true, ends_sentence);
        let whole_sentence = opens && closes;
        let run_of_three = words.len() >= 3;
        // "ECHT ONACCEPTABEL dat …": two everyday words in capitals shout too.
        let everyday_pair = words.len() == 2 && everyday == 2 && !compound;
        let shouts = shouts && (run_of_three || whole_sentence || everyday_pair);
        if !shouts && !emphatic {
            return;
        }
        // "CALL FOR PAPERS: …", "SAVE THE DATE" on a line of its own: a label, not a shout.
        let line_start = gap_before.map_or(true, |g| g.contains('\n'));
        let rest = text.src.get(words[words.len() - 1].span.end..).unwrap_or("");
        let rest = rest.trim_start_matches(|c: char| c == ' ' || c == '\t' || (!c.is_alphanumeric() && !c.is_ascii()));
        let labelled = rest.starts_with(':');
        let phrase: Vec<&str> = words.iter().map(|w| w.lower.as_str()).collect();
        let known_label = LABELS.contains(&phrase.join(" ").as_str());
        if line_start && (labelled && words.len() <= 5 || known_label) {
            return;
        }
        // Words under discussion ("with 'INSERT CITATION HERE' still in it") are quoted, not shouted.
        let quoted =
            gap_before.is_some_and(|g| g.ends_with(QUOTES)) && gap_after.is_some_and(|g| g.starts_with(QUOTES));
        // A title after the thing it names ("de conferentie LANGUAGE TESTING IN EUROPE").
        let titled = first > 0 && gap_before == Some(" ") && TITLED.contains(&text.words[first - 1].lower.as_str());
        if quoted || titled {
            return;
        }

        let mut fixed = String::with_capacity(span.len());
        for i in first..=last {
            if i > first {
                fixed += text
                    .src
                    .get(text.words[i - 1].span.end..text.words[i].span.start)
                    .unwrap_or(" ");
            }
            let w = original(i);
            let starts_sentence = if i == first {
                opens
            } else {
                ends_sentence(&text.src[text.words[i - 1].span.end..text.words[i].span.start])
            };
            if keeps_capitals(w, lists) && w.chars().count() >= 2 || w == "I" || licence_by(text, i) {
                fixed += w;
            } else {
                fixed += &sentence_case(w, starts_sentence);
            }
        }
        let finding = Finding::new(span, MESSAGE).suggest(fixed);
        if shouts {
            out.push(finding);
        } else {
            emphasis.push(finding);
        }
    }
}

impl Rule for Shouting {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, text: &Text, out: &mut Vec<Finding>) {
        // Cheap guard: no two capital letters in a row, no shouting.
        let bytes = text.src.as_bytes();
        if !bytes
            .windows(2)
            .any(|w| w[0].is_ascii_uppercase() && w[1].is_ascii_uppercase())
            && text.src.is_ascii()
        {
            return;
        }
        let caps = |i: usize| text.src.get(text.words[i].span.clone()).is_some_and(is_caps);
        let (shouts_before, mut emphasis) = (out.len(), Vec::new());
        let mut i = 0;
        while i < text.words.len() {
            if !caps(i) {
                i += 1;
                continue;
            }
            let first = i;
            while i + 1 < text.words.len() && caps(i + 1) {
                let gap = &text.src[text.words[i].span.end..text.words[i + 1].span.start];
                if breaks_run(gap) && !staccato(gap)
                    || text.overlaps_entity(&(text.words[i].span.end..text.words[i + 1].span.start))
                {
                    break;
                }
                i += 1;
            }
            self.judge(text, first, i, out, &mut emphasis);
            i += 1;
        }
        if out.len() > shouts_before {
            out.append(&mut emphasis);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check;

    fn findings(text: &str) -> Vec<(String, Vec<String>)> {
        let units: Vec<u16> = text.encode_utf16().collect();
        check(text)
            .into_iter()
            .filter(|d| d.rule == "shouting")
            .map(|d| (String::from_utf16(&units[d.start..d.end]).unwrap(), d.suggestions))
            .collect()
    }

    fn flagged(text: &str) -> Vec<String> {
        findings(text).into_iter().map(|(s, _)| s).collect()
    }

    #[test]
    fn flags_runs_of_capitals() {
        assert_eq!(flagged("DIT IS ECHT ONACCEPTABEL!!!"), ["DIT IS ECHT ONACCEPTABEL"]);
        assert_eq!(
            findings("DIT. IS. ONACCEPTABEL. Weer om 8 uur."),
            [(
                "DIT. IS. ONACCEPTABEL".to_string(),
                vec!["Dit. Is. Onacceptabel".to_string()]
            )]
        );
        assert!(flagged("Funded by NWO. KNAW. ERC.").is_empty());
        assert_eq!(
            flagged("We got the grant 🎉 SO PROUD OF MY TEAM"),
            ["SO PROUD OF MY TEAM"]
        );
        assert_eq!(flagged("Nieuws! GOED GEDAAN! Dank aan iedereen."), ["GOED GEDAAN"]);
        assert_eq!(flagged("STOP MET DEZE BEZUINIGINGEN"), ["STOP MET DEZE BEZUINIGINGEN"]);
        assert_eq!(flagged("Gefeliciteerd Dr. Jansen! ZO TROTS 🎓"), ["ZO TROTS"]);
        assert_eq!(
            flagged("I CAN'T BELIEVE THIS HAPPENED"),
            ["I CAN'T BELIEVE THIS HAPPENED"]
        );
    }

    #[test]
    fn suggests_sentence_case_keeping_acronyms() {
        assert_eq!(findings("THIS IS NOT OK!")[0].1, ["This is not OK"]);
        assert_eq!(findings("Yes: WE GOT THE ERC GRANT")[0].1, ["we got the ERC grant"]);
        assert_eq!(findings("IJSLAND IS PRACHTIG.")[0].1, ["IJsland is prachtig"]);
        assert_eq!(
            findings("Eindelijk. NWO-VENI BINNEN, HEEL BLIJ")[0].1,
            ["NWO-VENI binnen, heel blij"]
        );
    }

    #[test]
    fn leaves_acronyms_and_single_words_alone() {
        assert!(flagged("Funded by NWO, KNAW and the ERC (NWO-VENI, COVID-19 programme).").is_empty());
        assert!(flagged("Samenwerking LUMC, RIVM, GGD en UNESCO over AI in de zorg.").is_empty());
        assert!(flagged("NWO ERC KNAW").is_empty());
        assert!(flagged("BREAKING: our paper is out. Een PhD in de EU en de USA.").is_empty());
        assert!(flagged("Chapter XIV of the NATO report; LIACS FSW FGGA.").is_empty());
        assert!(flagged("Wat een dag. NU beginnen!").is_empty());
    }

    #[test]
    fn a_post_that_shouts_also_shouts_its_emphatic_words() {
        assert_eq!(
            flagged("de koelkast is GEEN opslag!!! IEDERE VRIJDAG GAAT ALLES ERUIT."),
            ["GEEN", "IEDERE VRIJDAG GAAT ALLES ERUIT"]
        );
        assert_eq!(
            flagged("for the LAST TIME: eating here is NOT ALLOWED!\nCLEAN UP YOUR MESS"),
            ["LAST TIME", "NOT ALLOWED", "CLEAN UP YOUR MESS"]
        );
        // Alone, an emphatic word is emphasis; acronyms stay acronyms in a shouting post.
        assert!(flagged("Students, I am BEGGING you: read the syllabus.").is_empty());
        assert_eq!(
            flagged("Vraag het ICT of de KNVB!\nDIT IS ECHT BELACHELIJK"),
            ["DIT IS ECHT BELACHELIJK"]
        );
    }

    #[test]
    fn leaves_licence_and_standard_codes_alone() {
        assert!(flagged("Open access under CC BY-NC 4.0 🎉").is_empty());
        assert!(flagged("Everything licensed CC BY-SA 💚").is_empty());
        assert!(flagged("Slides: CC-BY-NC-ND, data CC0, code GPL.").is_empty());
        assert!(flagged("Gepubliceerd onder CC BY-NC-SA 4.0, citeer volgens APA.").is_empty());
        assert!(flagged("Certified ISO 9001, see the IEEE and ACM guidelines.").is_empty());
        // "BY" is still a word when it is not part of a licence.
        assert_eq!(flagged("STOP BY MY OFFICE NOW"), ["STOP BY MY OFFICE NOW"]);
        assert_eq!(
            flagged("Open access, CC BY 4.0. PLEASE SHARE IT WIDELY!"),
            ["PLEASE SHARE IT WIDELY"]
        );
    }

    #[test]
    fn leaves_labels_hashtags_and_urls_alone() {
        assert!(flagged("CALL FOR PAPERS: workshop on AI in the humanities.").is_empty());
        assert!(flagged("SAVE THE DATE 📅\nOn 8 February we celebrate the Dies.").is_empty());
        assert!(flagged("Kijk op #TROTS #OP #LEIDEN en https://example.org/THIS-IS-IT").is_empty());
        assert!(flagged("LEIDEN UNIVERSITY\nFaculty of Science").is_empty());
        assert!(flagged("LEIDEN UNIVERSITY MEDICAL CENTER opens a new wing.").is_empty());
        assert!(flagged("SMITH J, JANSEN K, DE VRIES P (2023) in Nature.").is_empty());
        assert!(flagged("WE'RE HIRING! Join our team.").is_empty());
    }

    #[test]
    fn never_panics_on_odd_input() {
        for text in ["", "A", "I I I", "ÉÉN TWEE DRIE", "🎉 ÀÀ ÉÉ ÏÏ 🎉", "IJ IJ IJ", "Ǆ ǅ ǆ"] {
            let _ = flagged(text);
        }
    }
}
