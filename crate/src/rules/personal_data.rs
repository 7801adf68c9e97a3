//! # personal-data
//!
//! **What it catches:** personal data in a post: e-mail addresses of people, phone
//! numbers (Dutch and international formats), bank account numbers (IBANs that pass
//! the mod-97 check), citizen service numbers (BSNs that pass the 11-proef) and home
//! addresses with a Dutch postcode ("Rapenburg 70, 2311 EZ Leiden").
//!
//! **Why (tip 7):** *Verspreid geen informatie over individuen zonder toestemming.*
//! A public post is copied and indexed forever; an address, account or number in it
//! invites spam, fraud and abuse of the person it belongs to.
//!
//! **Not flagged:** functional mailboxes (info@, communicatie@, press@ …), digits in
//! URLs, DOIs, ORCIDs and ISBNs, dates, times and room numbers, numbers that fail
//! their checksum (a 9-digit number that is no valid BSN, an IBAN with a wrong check
//! digit), and a postcode-like "2024 AI Act" without a street or a town beside it.
//!
//! **Examples**
//! - ✗ `Mail me at jan@example.org` → `Mail me at j***@example.org`
//! - ✗ `Bel 06-12345678` → `Bel ••-••••••78`
//! - ✗ `Maak het over naar NL91 ABNA 0417 1643 00` → `NL•• •••• •••• •••• 00`
//! - ✗ `Haar BSN is 111222333` → `•••••••33`
//! - ✗ `Hij woont op Rapenburg 70, 2311 EZ Leiden` → `Rapenburg ••, •••• •• Leiden`
//! - ✓ `Vragen? Mail info@universiteitleiden.nl`
//! - ✓ `De 2024 AI Act is aangenomen; het dossier heeft nummer 123456789.`

use super::{Rule, RuleMeta};
use crate::diagnostic::{Finding, Localized, Severity};
use crate::text::{EntityKind, LazyRegex, Text};
use std::ops::Range;
use std::sync::OnceLock;

pub struct PersonalData;
pub static RULE: PersonalData = PersonalData;

static META: RuleMeta = RuleMeta {
    id: "personal-data",
    tip: 7,
    severity: Severity::Error,
    title: Localized::new("Persoonsgegevens", "Personal data"),
    description: Localized::new(
        "E-mailadressen, telefoonnummers, IBANs, BSNs en huisadressen van personen.",
        "E-mail addresses, phone numbers, IBANs, BSNs and home addresses of people.",
    ),
};

const EMAIL: Localized = Localized::new(
    "Dit e-mailadres is een persoonsgegeven. Deel het alleen met toestemming, of verwijs naar een algemeen adres of \
     contactpagina.",
    "This e-mail address is personal data. Share it only with consent, or point to a general address or contact page.",
);

const PHONE: Localized = Localized::new(
    "Dit telefoonnummer is een persoonsgegeven. Deel het niet openbaar; verwijs naar een contactpagina.",
    "This phone number is personal data. Do not share it publicly; point to a contact page.",
);

const IBAN: Localized = Localized::new(
    "Dit is een bankrekeningnummer (IBAN): een persoonsgegeven dat misbruikt kan worden. Haal het weg en deel het \
     alleen in een privébericht.",
    "This is a bank account number (IBAN): personal data open to fraud. Remove it and share it only in a private \
     message.",
);

const BSN: Localized = Localized::new(
    "Dit lijkt een burgerservicenummer (BSN): een bijzonder gevoelig persoonsgegeven. Haal het weg; een BSN hoort \
     nooit in een openbaar bericht.",
    "This looks like a Dutch citizen service number (BSN): highly sensitive personal data. Remove it; a BSN never \
     belongs in a public post.",
);

const ADDRESS: Localized = Localized::new(
    "Dit is een huisadres met postcode: een persoonsgegeven. Noem hooguit de plaats, of verwijs naar een openbaar \
     bezoekadres.",
    "This is a home address with a postcode: personal data. Mention at most the town, or point to a public visiting \
     address.",
);

/// Mailboxes of a role or a department, not of a person.
const FUNCTIONAL: &[&str] = &[
    "info",
    "communicatie",
    "communications",
    "comms",
    "press",
    "pers",
    "persvoorlichting",
    "secretariaat",
    "secretariat",
    "helpdesk",
    "servicedesk",
    "support",
    "contact",
    "office",
    "admissions",
    "studentenbalie",
    "noreply",
    "no-reply",
    "onderwijs",
    "education",
    "research",
    "webmaster",
    "receptie",
    "reception",
    "library",
    "bibliotheek",
    "events",
    "alumni",
    "nieuws",
    "news",
    "media",
    "privacy",
    "jobs",
    "vacatures",
    "hr",
    "finance",
    "ict",
    "hello",
    "hallo",
    "team",
    "studieadvies",
    "international",
    "welcome",
    "mail",
    "post",
];

/// Built on first use, past the gates in [`PersonalData::check`].
struct Patterns {
    phone: LazyRegex,
    iban: LazyRegex,
    bsn: LazyRegex,
    postcode: LazyRegex,
}

fn patterns() -> &'static Patterns {
    static RE: OnceLock<Patterns> = OnceLock::new();
    RE.get_or_init(|| Patterns {
        // +31 6 12345678, 0031 (0)71 527 1234, +1 (555) 123-4567, 06-12345678, 071 527 12 34, (071) 527 1234
        phone: LazyRegex::new(
            concat!(
                r"(?:\+|00)[1-9][0-9]{0,2}(?:[ .-]?\(0\))?(?:[ .-]?\(?[0-9]{1,5}\)?){2,7}|",
                r"\(?0[0-9]{1,3}\)?[ .-]?[0-9](?:[ .-]?[0-9]){5,8}"
            )
            .to_string(),
        ),
        // Lower case: matched on `Text::lower`.
        iban: LazyRegex::new(r"[a-z]{2}[0-9]{2}(?: ?[a-z0-9]{4}){2,7}(?: ?[a-z0-9]{1,3})?".to_string()),
        bsn: LazyRegex::new(r"[0-9]{4}\.[0-9]{2}\.[0-9]{3}|[0-9]{3}[ .-][0-9]{3}[ .-][0-9]{3}|[0-9]{9}".to_string()),
        postcode: LazyRegex::new(r"[1-9][0-9]{3} ?[A-Z]{2}".to_string()),
    })
}

fn digit_count(s: &str) -> usize {
    s.chars().filter(char::is_ascii_digit).count()
}

fn char_before(src: &str, at: usize) -> Option<char> {
    src.get(..at)?.chars().next_back()
}

fn char_after(src: &str, at: usize) -> Option<char> {
    src.get(at..)?.chars().next()
}

/// True when the digits go on past the span ("12345678.9", "978-0-…"): then the span
/// is part of a longer number, not a number of its own.
fn number_continues(src: &str, span: &Range<usize>) -> bool {
    let touches = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    if touches(char_before(src, span.start)) || touches(char_after(src, span.end)) {
        return true;
    }
    let mut back = src.get(..span.start).unwrap_or("").chars().rev();
    match (back.next(), back.next()) {
        // "€123…": an amount; "1.123…", "12-123…": the tail of a longer number.
        (Some('€' | '$' | '£' | '+'), _) => return true,
        (Some('.' | ',' | '-' | '/'), Some(d)) if d.is_ascii_digit() => return true,
        _ => {}
    }
    let after = src.get(span.end..).unwrap_or("");
    let mut fwd = after.chars();
    matches!((fwd.next(), fwd.next()), (Some('.' | ',' | '-' | '/' | ' ' | ':'), Some(d)) if d.is_ascii_digit())
}

/// A Dutch national number has ten digits; an international one eight to fifteen.
fn is_phone_number(s: &str) -> bool {
    let digits = digit_count(s);
    if s.starts_with('+') || s.starts_with("00") {
        (8..=15).contains(&digits) && !looks_like_date(s)
    } else {
        digits == 10 && !looks_like_date(s)
    }
}

/// "2023-10-01" or "01-10-2023 12" are dates, not numbers.
fn looks_like_date(s: &str) -> bool {
    let groups: Vec<&str> = s.split(['-', ' ', '.', '/']).filter(|g| !g.is_empty()).collect();
    groups.len() >= 3
        && groups
            .iter()
            .any(|g| g.len() == 4 && (g.starts_with("19") || g.starts_with("20")))
}

/// Keeps the last two digits or letters: enough to recognise, useless to abuse.
fn mask_keep(s: &str, keep_start: usize, keep_end: usize) -> String {
    let total = s.chars().filter(char::is_ascii_alphanumeric).count();
    let mut seen = 0;
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                seen += 1;
                if seen > keep_start && seen + keep_end <= total {
                    return '•';
                }
            }
            c
        })
        .collect()
}

fn mask_email(s: &str) -> String {
    match s.split_once('@') {
        Some((local, domain)) => {
            let first = local.chars().next().unwrap_or('*');
            format!("{first}***@{domain}")
        }
        None => String::new(),
    }
}

fn is_functional(local: &str) -> bool {
    let local = local.to_lowercase();
    FUNCTIONAL.contains(&local.as_str())
        || FUNCTIONAL.iter().any(|f| {
            local
                .strip_prefix(f)
                .is_some_and(|rest| rest.starts_with(['-', '.', '_']))
        })
}

/// IBAN lengths per country (ISO 13616 registry).
const IBAN_LENGTHS: &[(&str, usize)] = &[
    ("AD", 24),
    ("AE", 23),
    ("AL", 28),
    ("AT", 20),
    ("AZ", 28),
    ("BA", 20),
    ("BE", 16),
    ("BG", 22),
    ("BH", 22),
    ("BR", 29),
    ("BY", 28),
    ("CH", 21),
    ("CR", 22),
    ("CY", 28),
    ("CZ", 24),
    ("DE", 22),
    ("DK", 18),
    ("DO", 28),
    ("EE", 20),
    ("EG", 29),
    ("ES", 24),
    ("FI", 18),
    ("FO", 18),
    ("FR", 27),
    ("GB", 22),
    ("GE", 22),
    ("GI", 23),
    ("GL", 18),
    ("GR", 27),
    ("GT", 28),
    ("HR", 21),
    ("HU", 28),
    ("IE", 22),
    ("IL", 23),
    ("IQ", 23),
    ("IS", 26),
    ("IT", 27),
    ("JO", 30),
    ("KW", 30),
    ("KZ", 20),
    ("LB", 28),
    ("LC", 32),
    ("LI", 21),
    ("LT", 20),
    ("LU", 20),
    ("LV", 21),
    ("MC", 27),
    ("MD", 24),
    ("ME", 22),
    ("MK", 19),
    ("MR", 27),
    ("MT", 31),
    ("MU", 30),
    ("NL", 18),
    ("NO", 15),
    ("PK", 24),
    ("PL", 28),
    ("PS", 29),
    ("PT", 25),
    ("QA", 29),
    ("RO", 24),
    ("RS", 22),
    ("SA", 24),
    ("SC", 31),
    ("SE", 24),
    ("SI", 19),
    ("SK", 24),
    ("SM", 27),
    ("ST", 25),
    ("SV", 28),
    ("TL", 23),
    ("TN", 24),
    ("TR", 26),
    ("UA", 29),
    ("VA", 22),
    ("VG", 24),
    ("XK", 20),
];

/// The IBAN at the start of `m`, cut to its country's length, if it passes mod-97.
fn iban_at(src: &str, m: Range<usize>) -> Option<Range<usize>> {
    let s = src.get(m.clone())?;
    let country = s.get(..2)?.to_ascii_uppercase();
    let len = IBAN_LENGTHS.iter().find(|(c, _)| *c == country)?.1;
    let mut compact = String::with_capacity(len);
    let mut end = m.start;
    for (i, c) in s.char_indices() {
        if compact.len() == len {
            break;
        }
        if c.is_ascii_alphanumeric() {
            compact.push(c.to_ascii_uppercase());
            end = m.start + i + 1;
        }
    }
    if compact.len() != len || char_after(src, end).is_some_and(char::is_alphanumeric) {
        return None;
    }
    // Move the first four characters to the end, letters become 10..35, the number mod 97 must be 1.
    let rearranged = compact[4..].chars().chain(compact[..4].chars());
    let mut rem: u32 = 0;
    for c in rearranged {
        let v = c.to_digit(36)?;
        rem = if v >= 10 {
            (rem * 100 + v) % 97
        } else {
            (rem * 10 + v) % 97
        };
    }
    (rem == 1).then_some(m.start..end)
}

/// The 11-proef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11.
fn passes_eleven_test(digits: &[u32]) -> bool {
    if digits.len() != 9 || digits.iter().all(|&d| d == 0) {
        return false;
    }
    let sum: i64 = digits
        .iter()
        .enumerate()
        .map(|(i, &d)| if i == 8 { -(d as i64) } else { (9 - i as i64) * d as i64 })
        .sum();
    sum % 11 == 0
}

/// Words before a 9-digit number that make it some other kind of number.
const OTHER_NUMBERS: &[&str] = &[
    "order",
    "ordernummer",
    "factuur",
    "factuurnummer",
    "invoice",
    "kvk",
    "isbn",
    "issn",
    "project",
    "projectnummer",
    "grant",
    "subsidie",
    "dossier",
    "dossiernummer",
    "zaak",
    "zaaknummer",
    "case",
    "ticket",
    "ref",
    "referentie",
    "reference",
    "pmid",
    "arxiv",
    "tracking",
    "zending",
    "artikelnummer",
    "btw",
    "vat",
    "klantnummer",
    "customer",
];

/// Words before a 9-digit number that say it is a BSN.
const BSN_WORDS: &[&str] = &["bsn", "burgerservicenummer", "sofinummer", "sofi", "bsn-nummer"];

fn words_before<'t>(text: &'t Text, at: usize, n: usize) -> impl Iterator<Item = &'t str> {
    let idx = text.words.partition_point(|w| w.span.end <= at);
    text.words[idx.saturating_sub(n)..idx]
        .iter()
        .rev()
        .map(|w| w.lower.as_str())
}

/// Words before a phone number that make it the number of a desk, not of a person.
const DESK_WORDS: &[&str] = &[
    "receptie",
    "reception",
    "algemeen",
    "algemene",
    "general",
    "switchboard",
    "centrale",
    "servicedesk",
    "helpdesk",
    "frontdesk",
    "secretariaat",
    "secretariat",
    "balie",
    "studentenbalie",
    "informatienummer",
    "klantenservice",
    "spoed",
    "emergency",
    "alarmnummer",
    "meldpunt",
    "hotline",
    "infolijn",
];

/// Words that end Dutch street names.
const STREET_SUFFIXES: &[&str] = &[
    "straat",
    "weg",
    "laan",
    "plein",
    "gracht",
    "kade",
    "burg",
    "singel",
    "dreef",
    "steeg",
    "pad",
    "dijk",
    "hof",
    "park",
    "markt",
    "plantsoen",
    "baan",
    "wal",
    "veld",
    "plaats",
    "brug",
    "steg",
    "haven",
    "boulevard",
    "dam",
    "erf",
    "hoek",
    "kwartier",
    "lei",
    "ring",
    "vliet",
    "zijde",
    "straatweg",
    "pier",
    "dwarsstraat",
    "einde",
];

/// Capitalised words before a number that are not streets.
const NOT_STREETS: &[&str] = &[
    "kamer",
    "room",
    "zaal",
    "hall",
    "chapter",
    "hoofdstuk",
    "figure",
    "figuur",
    "fig",
    "table",
    "tabel",
    "page",
    "pagina",
    "week",
    "nummer",
    "number",
    "no",
    "nr",
    "artikel",
    "article",
    "section",
    "sectie",
    "level",
    "vol",
    "volume",
    "issue",
    "versie",
    "version",
    "stap",
    "step",
    "les",
    "lecture",
    "college",
    "deel",
    "part",
    "groep",
    "group",
    "team",
    "jaar",
    "year",
    "dag",
    "day",
    "fase",
    "phase",
    "ronde",
    "round",
    "top",
    "bus",
    "lijn",
    "line",
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
    "january",
    "february",
    "march",
    "may",
    "june",
    "july",
    "august",
    "october",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "okt",
    "oct",
    "nov",
    "dec",
    "sdg",
    "covid",
    "windows",
    "iphone",
];

/// Two capitals after a year that are an abbreviation, not postcode letters.
const ABBREVIATIONS: &[&str] = &[
    "AI", "EU", "UN", "US", "UK", "VS", "NL", "BV", "NV", "HR", "IT", "ML", "PR", "CV", "TV", "DJ", "OK", "ER", "ID",
    "IP", "OA", "PC", "QA", "VR", "AR", "BA", "MA", "MD", "HB", "CO", "EC", "EP", "GP", "KB", "LA", "NY", "MP", "PM",
    "PS", "RA", "RM", "SG", "TU", "UV", "VU", "WO", "WK", "EK", "GB", "MB", "TB", "PH", "BC", "AD", "CE", "NB", "PV",
    "WC", "BN", "CN", "JP", "DE", "FR", "ES", "BE", "CH", "PE", "HE", "WP", "IC", "EV", "CA", "XL",
];

/// Dutch towns that may follow a postcode whose digits look like a year.
const TOWNS: &[&str] = &[
    "Leiden",
    "Leiderdorp",
    "Oegstgeest",
    "Voorschoten",
    "Katwijk",
    "Noordwijk",
    "Den",
    "'s-Gravenhage",
    "Amsterdam",
    "Rotterdam",
    "Utrecht",
    "Haarlem",
    "Delft",
    "Zoetermeer",
    "Alphen",
    "Wassenaar",
    "Lisse",
    "Hillegom",
    "Gouda",
    "Dordrecht",
    "Eindhoven",
    "Groningen",
    "Nijmegen",
    "Tilburg",
    "Breda",
    "Arnhem",
    "Maastricht",
    "Zwolle",
    "Enschede",
    "Amersfoort",
    "Almere",
    "Apeldoorn",
    "'s-Hertogenbosch",
    "Hilversum",
    "Zaandam",
    "Schiedam",
    "Rijswijk",
    "Leidschendam",
    "Voorburg",
    "Wageningen",
    "Deventer",
    "Leeuwarden",
    "Heemstede",
    "Bloemendaal",
    "Zandvoort",
    "Hoofddorp",
    "Amstelveen",
    "Alkmaar",
    "Beverwijk",
    "Velsen",
    "IJmuiden",
    "Heemskerk",
    "Castricum",
    "Sassenheim",
    "Warmond",
    "Rijnsburg",
    "Valkenburg",
    "Zoeterwoude",
    "Hazerswoude",
    "Nieuw-Vennep",
    "Badhoevedorp",
    "Haarlemmermeer",
    "Zwanenburg",
    "Aalsmeer",
    "Uithoorn",
    "Diemen",
    "Weesp",
    "Bussum",
    "Santpoort",
    "Overveen",
];

/// Words near an address that make it a public venue (a faculty building, a museum, an event).
const VENUE_WORDS: &[&str] = &[
    "gebouw",
    "building",
    "faculteit",
    "faculty",
    "campus",
    "locatie",
    "location",
    "venue",
    "zaal",
    "bezoekadres",
    "visiting",
    "langs",
    "academiegebouw",
    "museum",
    "bibliotheek",
    "library",
    "hortus",
    "theater",
    "theatre",
    "café",
    "cafe",
    "restaurant",
    "centrum",
    "center",
    "centre",
    "instituut",
    "institute",
    "universiteit",
    "university",
    "lumc",
    "ziekenhuis",
    "hospital",
    "kantoor",
    "office",
    "congres",
    "conference",
    "symposium",
    "workshop",
    "lezing",
    "lecture",
    "borrel",
    "event",
    "evenement",
    "opening",
    "ingang",
    "entrance",
    "aula",
    "collegezaal",
    "expositie",
    "exhibition",
    "kerk",
    "church",
    "tickets",
    "aanmelden",
    "register",
    "registration",
    "welkom",
    "welcome",
    "plaats",
    "waar",
    "where",
    "postadres",
    "postal",
    "gebouwen",
    "bureau",
    "winkel",
    "shop",
    "bedrijf",
    "company",
    "stichting",
    "foundation",
    "vereniging",
    "secretariaat",
    "afdeling",
    "department",
];

/// Words that make an address someone's home.
const HOME_WORDS: &[&str] = &[
    "woont",
    "woon",
    "wonen",
    "woonde",
    "thuis",
    "thuisadres",
    "huisadres",
    "woonadres",
    "home",
    "huis",
    "privé",
    "private",
    "lives",
    "live",
    "lived",
    "living",
    "verhuisd",
    "moved",
    "buren",
    "neighbours",
    "neighbors",
];

/// Where the street ("Rapenburg 70", "Jan van Goyenkade 10a") right before `at` starts.
fn street_before(src: &str, at: usize) -> Option<(usize, bool)> {
    let prefix = src.get(..at)?.trim_end_matches([' ', ',', '\n', '\r', '\t']);
    // House number with an optional letter ("12a", "12-A", "12 B").
    let no_letter = prefix.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let q = if prefix.len() - no_letter.len() <= 1
        && no_letter.ends_with(|c: char| c.is_ascii_digit() || c == '-' || c == ' ')
    {
        no_letter.trim_end_matches(['-', ' '])
    } else {
        prefix
    };
    let number = q.len() - q.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if !(1..=4).contains(&number) {
        return None;
    }
    let before_number = &q[..q.len() - number];
    if q[before_number.len()..].starts_with('0') || !before_number.ends_with(' ') {
        return None;
    }
    let mut start = None;
    let mut suffix = false;
    let mut rest = before_number.trim_end_matches(' ');
    for i in 0..4 {
        let word_start = rest
            .rfind(|c: char| !(c.is_alphabetic() || c == '-' || c == '\'' || c == '.'))
            .map_or(0, |j| j + rest[j..].chars().next().map_or(1, char::len_utf8));
        let word = &rest[word_start..];
        let lower = word.to_lowercase();
        let capital = word.chars().next().is_some_and(char::is_uppercase);
        let particle = matches!(
            lower.as_str(),
            "van" | "de" | "der" | "den" | "het" | "la" | "le" | "'t" | "ter" | "ten"
        );
        if i == 0 {
            suffix = STREET_SUFFIXES
                .iter()
                .any(|s| lower.ends_with(s) && lower.len() > s.len() + 1 || lower == *s);
            if word.is_empty() || !(capital || suffix) || NOT_STREETS.contains(&lower.trim_end_matches('.')) {
                return None;
            }
        } else if !(capital || particle) || word.is_empty() {
            break;
        }
        start = Some(word_start);
        if word_start == 0 || !rest[..word_start].ends_with(' ') {
            break;
        }
        rest = rest[..word_start].trim_end_matches(' ');
        if rest.ends_with(['.', ',', ':', ';', '!', '?', '\n']) {
            break;
        }
    }
    start.map(|s| (s, suffix))
}

/// The town right after a postcode ("Leiden", "'s-Gravenhage", "Den Haag"): its end.
fn town_after(src: &str, at: usize, year_like: bool) -> Option<usize> {
    let rest = src.get(at..)?;
    let trimmed = rest.trim_start_matches([' ', ',']);
    if trimmed.len() == rest.len() || rest.len() - trimmed.len() > 3 {
        return None;
    }
    let start = at + rest.len() - trimmed.len();
    let word_len = trimmed
        .find(|c: char| !(c.is_alphabetic() || c == '-' || c == '\''))
        .unwrap_or(trimmed.len());
    let word = &trimmed[..word_len];
    let mut chars = word.trim_start_matches("'s-").chars();
    let shaped = chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase);
    if !shaped || year_like && !TOWNS.contains(&word) {
        return None;
    }
    let mut end = start + word_len;
    let after = &src[end..];
    // "Den Haag", "Alphen aan den Rijn": take the rest of the name; a sentence going on is no address.
    if let Some(next) = after.strip_prefix(' ') {
        let next_len = next.find(|c: char| !c.is_alphabetic()).unwrap_or(next.len());
        let next_word = &next[..next_len];
        if next_word.chars().next().is_some_and(char::is_uppercase) && word == "Den" {
            end += 1 + next_len;
        } else if next_word == "aan" {
            let tail = &next[next_len..];
            let name_end = tail.find(['\n', ',', '.', ';', '!', '?']).unwrap_or(tail.len());
            end += 1 + next_len + name_end;
        } else if next_word.chars().next().is_some_and(char::is_lowercase) {
            return None;
        }
    }
    Some(end)
}

fn find_addresses(text: &Text, out: &mut Vec<Finding>) {
    let src = text.src;
    for m in patterns().postcode.get().find_iter(src) {
        let span = m.range();
        let s = m.as_str();
        let letters = &s[s.len() - 2..];
        if matches!(letters, "SA" | "SD" | "SS")
            || char_before(src, span.start).is_some_and(char::is_alphanumeric)
            || char_after(src, span.end).is_some_and(char::is_alphanumeric)
            || text.overlaps_entity(&span)
        {
            continue;
        }
        let number: u32 = s[..4].parse().unwrap_or(0);
        let year_like = (1900..=2099).contains(&number);
        let street = street_before(src, span.start);
        let abbreviation = year_like && ABBREVIATIONS.contains(&letters);
        let town = if abbreviation && street.is_none() {
            None
        } else {
            town_after(src, span.end, year_like)
        };
        let keyword = words_before(text, span.start, 6).any(|w| {
            matches!(
                w,
                "postcode" | "adres" | "address" | "woonadres" | "huisadres" | "woont" | "woon" | "zip" | "postal"
            )
        });
        let is_address = match street {
            Some((_, suffix)) => town.is_some() || suffix || !year_like || keyword,
            None => town.is_some() || keyword && !abbreviation,
        };
        if !is_address {
            continue;
        }
        let start = street.map_or(span.start, |(s, _)| s);
        let end = town.unwrap_or(span.end);
        // A faculty building or an event venue is public; a home is not.
        let near: Vec<&str> = words_before(text, start, 15).collect();
        if near.iter().any(|w| VENUE_WORDS.contains(w) || w.ends_with("gebouw"))
            && !near.iter().any(|w| HOME_WORDS.contains(w))
        {
            continue;
        }
        let mut masked: String = src[start..span.start]
            .chars()
            .map(|c| if c.is_ascii_digit() { '•' } else { c })
            .collect();
        masked.push_str(if s.contains(' ') {
            "•••• ••"
        } else {
            "••••••"
        });
        masked.push_str(&src[span.end..end]);
        out.push(Finding::new(start..end, ADDRESS).suggest(masked));
    }
}

impl Rule for PersonalData {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, text: &Text, out: &mut Vec<Finding>) {
        for email in text.entities_of(EntityKind::Email) {
            let address = &text.src[email.span.clone()];
            let local = address.split('@').next().unwrap_or("");
            if is_functional(local) {
                continue;
            }
            out.push(Finding::new(email.span.clone(), EMAIL).suggest(mask_email(address)));
        }
        let src = text.src;
        // Cheap gates, so that most posts build none of the patterns: a phone number has
        // eight digits or more, a BSN nine, a postcode four; an IBAN starts with two
        // letters and two digits.
        let digits = src.bytes().filter(u8::is_ascii_digit).count();
        if digits < 4 {
            return;
        }
        let iban_like = src.as_bytes().windows(4).any(|w| {
            w[0].is_ascii_alphabetic() && w[1].is_ascii_alphabetic() && w[2].is_ascii_digit() && w[3].is_ascii_digit()
        });
        let p = patterns();
        let mut taken: Vec<Range<usize>> = Vec::new();
        let overlaps = |taken: &[Range<usize>], span: &Range<usize>| {
            taken.iter().any(|t| t.start < span.end && span.start < t.end)
        };

        for m in iban_like
            .then(|| p.iban.get().find_iter(&text.lower))
            .into_iter()
            .flatten()
        {
            if char_before(src, m.start()).is_some_and(char::is_alphanumeric) {
                continue;
            }
            // Shaped like an IBAN: its digits are no phone number, valid or not.
            taken.push(m.range());
            if let Some(span) = iban_at(src, m.range()) {
                if !text.overlaps_entity(&span) {
                    out.push(Finding::new(span.clone(), IBAN).suggest(mask_keep(&src[span.clone()], 2, 2)));
                }
            }
        }

        for m in (digits >= 8)
            .then(|| p.phone.get().find_iter(src))
            .into_iter()
            .flatten()
        {
            let span = m.range();
            if number_continues(src, &span)
                || text.overlaps_entity(&span)
                || overlaps(&taken, &span)
                || !is_phone_number(m.as_str())
            {
                continue;
            }
            // Service numbers (0800, 0900) and desks are not a person's.
            let service = ["0800", "0900", "0906", "0909"]
                .iter()
                .any(|p| m.as_str().starts_with(p));
            let sentence = text.sentence_around(&span);
            let desk = words_before(text, span.start, 6)
                .chain(
                    text.words
                        .iter()
                        .filter(|w| w.span.start >= span.end && w.span.end <= sentence.end)
                        .take(3)
                        .map(|w| w.lower.as_str()),
                )
                .any(|w| DESK_WORDS.contains(&w));
            if service || desk {
                continue;
            }
            out.push(Finding::new(span.clone(), PHONE).suggest(mask_keep(m.as_str(), 0, 2)));
            taken.push(span);
        }

        for m in (digits >= 9).then(|| p.bsn.get().find_iter(src)).into_iter().flatten() {
            let span = m.range();
            if number_continues(src, &span) || text.overlaps_entity(&span) || overlaps(&taken, &span) {
                continue;
            }
            let digits: Vec<u32> = m.as_str().chars().filter_map(|c| c.to_digit(10)).collect();
            if !passes_eleven_test(&digits) {
                continue;
            }
            let mut before = words_before(text, span.start, 4);
            let named = words_before(text, span.start, 4).any(|w| BSN_WORDS.contains(&w));
            // "123.456.789" is also how a large amount is written: only with "BSN" before it.
            let grouped = m.as_str().len() == 11 && m.as_str().as_bytes().get(3).is_some_and(|b| !b.is_ascii_digit());
            if grouped && !named {
                continue;
            }
            if !named
                && before.any(|w| {
                    OTHER_NUMBERS.contains(&w) || w.len() > 6 && w.ends_with("nummer") && !BSN_WORDS.contains(&w)
                })
            {
                continue;
            }
            out.push(Finding::new(span.clone(), BSN).suggest(mask_keep(m.as_str(), 0, 2)));
            taken.push(span);
        }

        find_addresses(text, out);
    }
}

#[cfg(test)]
mod tests {
    use crate::check;

    fn flagged(text: &str) -> Vec<String> {
        crate::rules::flagged_by("personal-data", text)
    }

    fn suggestions(text: &str) -> Vec<String> {
        check(text)
            .into_iter()
            .filter(|d| d.rule == "personal-data")
            .flat_map(|d| d.suggestions)
            .collect()
    }

    #[test]
    fn flags_email_after_emoji_with_utf16_offsets() {
        let d = check("🎉🎉 mail me at jan@example.org");
        assert_eq!((d[0].start, d[0].end), (16, 31));
        assert_eq!(d[0].suggestions, ["j***@example.org"]);
    }

    #[test]
    fn flags_phone_numbers() {
        assert_eq!(
            flagged("Bel me: 06-12345678 of +31 6 1234 5678"),
            ["06-12345678", "+31 6 1234 5678"]
        );
        assert_eq!(flagged("Kamer 071 527 1234"), ["071 527 1234"]);
        assert_eq!(flagged("London +44 20 7946 0958."), ["+44 20 7946 0958"]);
        assert_eq!(flagged("Call +1 (555) 123-4567 today"), ["+1 (555) 123-4567"]);
        assert_eq!(flagged("Tel. +31 (0)71 527 2727"), ["+31 (0)71 527 2727"]);
        assert_eq!(suggestions("Bel 06-12345678"), ["••-••••••78"]);
    }

    #[test]
    fn leaves_functional_mailboxes_dates_and_identifiers_alone() {
        assert!(flagged("Vragen? Mail info@universiteitleiden.nl of communicatie-fgw@leidenuniv.nl").is_empty());
        assert!(flagged("Deadline 2024-10-01, om 14.00 uur in zaal 1.12").is_empty());
        assert!(flagged("https://doi.org/10.1038/s41586-020-2649-2 and ORCID 0000-0002-1825-0097").is_empty());
        assert!(flagged("Open 09.00-10.30 14.00-17.00 uur").is_empty());
        assert!(flagged("ISBN 978-90-8728-322-6 en 978-0-306-40615-7").is_empty());
        assert!(flagged("Bel de receptie: 071 527 2727 (algemeen nummer) of 0800-1234567").is_empty());
        assert!(flagged("Op 06-12-2023 10 uur, 12.000.000 euro").is_empty());
    }

    #[test]
    fn flags_ibans_that_pass_mod_97() {
        assert_eq!(
            flagged("Maak het over naar NL91 ABNA 0417 1643 00, dank!"),
            ["NL91 ABNA 0417 1643 00"]
        );
        assert_eq!(flagged("IBAN NL91ABNA0417164300."), ["NL91ABNA0417164300"]);
        assert_eq!(
            flagged("Konto DE89 3704 0044 0532 0130 00"),
            ["DE89 3704 0044 0532 0130 00"]
        );
        assert_eq!(flagged("BE68 5390 0754 7034 graag"), ["BE68 5390 0754 7034"]);
        assert_eq!(flagged("GB29 NWBK 6016 1331 9268 19"), ["GB29 NWBK 6016 1331 9268 19"]);
        assert_eq!(suggestions("NL91 ABNA 0417 1643 00"), ["NL•• •••• •••• •••• 00"]);
    }

    #[test]
    fn leaves_ibans_with_a_wrong_check_digit_alone() {
        assert!(flagged("NL92 ABNA 0417 1643 00").is_empty());
        assert!(flagged("Code NL12 ABCD 1234 5678 90").is_empty());
    }

    #[test]
    fn flags_bsns_that_pass_the_eleven_test() {
        assert_eq!(flagged("Haar BSN is 111222333."), ["111222333"]);
        assert_eq!(flagged("burgerservicenummer 1234.56.782"), ["1234.56.782"]);
        assert_eq!(flagged("Zijn nummer: 123456782"), ["123456782"]);
        assert_eq!(flagged("Mijn BSN is 111.222.333 toch?"), ["111.222.333"]);
        assert_eq!(suggestions("BSN 111222333"), ["•••••••33"]);
    }

    #[test]
    fn leaves_other_nine_digit_numbers_alone() {
        assert!(flagged("BSN 123456789").is_empty());
        assert!(flagged("Ordernummer 111222333").is_empty());
        assert!(flagged("Een budget van 123.456.782 euro en 0,111222333").is_empty());
        assert!(flagged("https://zenodo.org/records/111222333").is_empty());
    }

    #[test]
    fn flags_home_addresses_with_postcodes() {
        assert_eq!(
            flagged("Hij woont op Rapenburg 70, 2311 EZ Leiden."),
            ["Rapenburg 70, 2311 EZ Leiden"]
        );
        assert_eq!(
            flagged("Adres: Jan van Goyenkade 10a\n2311 BE Leiden"),
            ["Jan van Goyenkade 10a\n2311 BE Leiden"]
        );
        assert_eq!(flagged("Stuur het naar 2333 CA Leiden"), ["2333 CA Leiden"]);
        assert_eq!(flagged("Mijn postcode is 1234 AB"), ["1234 AB"]);
        assert_eq!(flagged("Breestraat 12 2011 AB"), ["Breestraat 12 2011 AB"]);
        assert_eq!(flagged("Wonen in 2595 AA Den Haag"), ["2595 AA Den Haag"]);
        assert_eq!(
            suggestions("Rapenburg 70, 2311 EZ Leiden"),
            ["Rapenburg ••, •••• •• Leiden"]
        );
    }

    #[test]
    fn leaves_postcode_look_alikes_alone() {
        assert!(flagged("The 2024 AI Act is now in force.").is_empty());
        assert!(flagged("In 2023 EU Horizon funded 12 projects.").is_empty());
        assert!(flagged("Sinds 2019 NL Times reports on it").is_empty());
        assert!(flagged("Zaal 1.12, 2311 SS Leiden").is_empty());
        assert!(flagged("Chapter 12, 2024 PS Review").is_empty());
        assert!(flagged("Between 2011 AB testing and 2012 CD sales").is_empty());
        assert!(flagged("March 12, 2024 AI summit").is_empty());
        assert!(flagged("Kom langs bij de faculteit, Wassenaarseweg 52, 2333 AK Leiden.").is_empty());
    }
}
