//! # personal-data
//!
//! **What it catches:** personal data in a post: people's e-mail addresses, phone
//! numbers (Dutch and international formats), bank account numbers (IBANs that pass
//! the mod-97 check), citizen service numbers (BSNs that pass the 11-proef), Leiden
//! student numbers ("s1234567", seven digits after "studentnummer") and home addresses:
//! with a Dutch postcode ("Rapenburg 70, 2311 EZ Leiden"), or a street and house number
//! the post calls someone's home ("bij haar thuis, Hooigracht 41"). An e-mail address is a
//! person's when its name is one ("j.devries@", "jan.devries@", "jdevries@") or when it
//! sits at a private provider or a student mailbox ("jan@gmail.com", "…@umail…"). A phone
//! number is a person's when it is a mobile number (06…, +31 6…), when the post makes it
//! someone's own ("bel me op", "mijn nummer", "Jan's number", "bel prof. Jansen op",
//! "(privé)"), and when nothing presents it as an organisation's. An IBAN is a person's
//! unless the post gives it to an organisation, and always when it names a person as the
//! holder ("t.n.v. M. de Graaf", "(Maria's account)", "my account").
//!
//! **Why (tip 7):** *Verspreid geen informatie over individuen zonder toestemming.*
//! A public post is copied and indexed forever; an address, account or number in it
//! invites spam, fraud and abuse of the person it belongs to. Organisational contact
//! data is no one's personal data: the guideline's tip is about individuals, and a
//! desk's number or a department's mailbox is published to be used.
//!
//! **Not flagged:** organisational contact data. Functional mailboxes: a function, team,
//! service, project, study or event at any domain ("vacatures@", "phd-day@",
//! "memorystudy@", "secretariaat-wijsbegeerte@", "lustrumcommissie@gmail.com"), and at an
//! organisation's domain any name that is not a person's (an acronym such as "lucl@", a
//! word the post presents as a desk's). The university's published numbers: its exchange
//! (071 527 …, +31 71 527 …, 070 800 9… in The Hague, and the LUMC's 071 526 …, also a person's office line there:
//! the university publishes them, and the issue keeps only mobiles and private lines), service and company numbers
//! (0800, 0900, 088), and numbers a desk, department, service, reception, helpdesk or
//! secretariat presents ("bel de servicedesk op …", "call us on …") or that stand beside
//! an organisation's mailbox. Bank accounts given to a fund, a foundation, a charity or
//! for a conference fee ("Doneer aan het Universiteitsfonds: NL…", "t.n.v. Stichting …",
//! "sponsor me: NL… (Leiden University Fund)").
//! Social-media handles, also when they look like addresses (`@LeidenUniv`,
//! `@name@mastodon.social`). Also: digits in URLs, DOIs, ORCIDs and ISBNs, dates, times
//! and room numbers, numbers that fail their checksum (a 9-digit number that is no valid
//! BSN, an IBAN with a wrong check digit unless it is an account at a Dutch bank), and a
//! postcode-like "2024 AI Act" without a street or a town beside it.
//!
//! **Examples**
//! - ✗ `Mail me at jan@example.org` → `Mail me at j***@example.org`
//! - ✗ `Mail hem via jdevries@leidenuniv.nl`
//! - ✗ `Bel 06-12345678` → `Bel ••-••••••78`
//! - ✗ `Maak het over naar NL91 ABNA 0417 1643 00 t.n.v. M. de Graaf` → `NL•• •••• •••• •••• 00`
//! - ✗ `Haar BSN is 111222333` → `•••••••33`
//! - ✗ `Found a student card for s3012345` → `s•••••••`
//! - ✗ `Hij woont op Rapenburg 70, 2311 EZ Leiden` → `Rapenburg ••, •••• •• Leiden`
//! - ✓ `Vragen? Mail info@universiteitleiden.nl of bel 071 527 2727`
//! - ✓ `Questions? Email memorystudy@fsw.leidenuniv.nl or the LUCL at lucl@leidenuniv.nl`
//! - ✓ `Practical questions can go to llinc@leidenuniv.nl.`
//! - ✓ `Accessibility questions? Call 070 800 9400.` (the university's exchange in The Hague)
//! - ✓ `Call the helpdesk on +31 71 527 2727 or follow @LeidenUniv`
//! - ✓ `Ik ben te bereiken op 071 527 4419.` (an office line on the university's exchange)
//! - ✓ `Donate to the University Fund: NL91 ABNA 0417 1643 00, reference 'Refugees'`
//! - ✓ `De 2024 AI Act is aangenomen; het dossier heeft nummer 123456789.`

use super::{Rule, RuleMeta};
use crate::diagnostic::{Finding, Localized, Severity};
use crate::text::{next_digit, EntityKind, LazyRegex, Text, Word};
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
        "E-mailadressen, telefoonnummers, IBANs, BSNs, studentnummers en huisadressen van personen.",
        "E-mail addresses, phone numbers, IBANs, BSNs, student numbers and home addresses of people.",
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

const STUDENT_NUMBER: Localized = Localized::new(
    "Dit is een studentnummer: een persoonsgegeven van een student. Haal het weg.",
    "This is a student number: personal data of a student. Remove it.",
);

const ADDRESS: Localized = Localized::new(
    "Dit is een huisadres met postcode: een persoonsgegeven. Noem hooguit de plaats, of verwijs naar een openbaar \
     bezoekadres.",
    "This is a home address with a postcode: personal data. Mention at most the town, or point to a public visiting \
     address.",
);

/// Built on first use, past the gates in [`PersonalData::check`].
struct Patterns {
    student_number: LazyRegex,
    labelled_student_number: LazyRegex,
    phone: LazyRegex,
    iban: LazyRegex,
    bsn: LazyRegex,
    postcode: LazyRegex,
}

fn patterns() -> &'static Patterns {
    static RE: OnceLock<Patterns> = OnceLock::new();
    RE.get_or_init(|| Patterns {
        student_number: LazyRegex::new(r"[sS][0-9]{7}".to_string()),
        labelled_student_number: LazyRegex::new(
            r"(?-u)(?:studentnummer|studentnr\.?|student ?number|student no\.?|student id)[:#\s]*([0-9]{7})"
                .to_string(),
        ),
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
    if s.starts_with('+') {
        // No date starts with a plus: "+31 6 2874 1936" ends in a year-like group, nothing more.
        (8..=15).contains(&digits)
    } else if s.starts_with("00") {
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

/// The IBAN at the start of `m`, cut to its country's length, if it passes mod-97 or is a
/// Dutch bank's account.
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
    (rem == 1 || is_dutch_bank(&compact)).then_some(m.start..end)
}

/// The codes of the banks that hold Dutch private accounts (De Nederlandsche Bank's list).
const DUTCH_BANKS: &[&str] = &[
    "ABNA", "ASNB", "BUNQ", "FVLB", "INGB", "KNAB", "RABO", "RBRB", "REVO", "SNSB", "TRIO", "NNBA", "HAND", "FRBK",
    "BITS", "NTSB", "ADYB",
];

/// A Dutch account at a known bank (`NL`, two check digits, the bank's code, ten digits): a
/// typo in its check digits makes it no less someone's account.
fn is_dutch_bank(compact: &str) -> bool {
    compact.len() == 18
        && compact.starts_with("NL")
        && compact[2..4].bytes().all(|b| b.is_ascii_digit())
        && DUTCH_BANKS.contains(&&compact[4..8])
        && compact[8..].bytes().all(|b| b.is_ascii_digit())
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
    "vest",
    "rijn",
    "water",
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
    // An open day, an office or a programme: "Open dag Archeologie! Zaterdag, Einsteinweg 2".
    "open",
    "opendag",
    "secretariat",
    "opleiding",
    "programme",
    "programmes",
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
    "lab",
    "laboratorium",
    "laboratory",
    "bezoekers",
    "visitors",
    "parkeren",
    "parking",
    "markt",
    "boekenmarkt",
    "market",
    "fair",
    "beurs",
    "festival",
    "concert",
    "ub",
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
    "verhuist",
    "verhuizen",
    "verhuizing",
    "moved",
    "moving",
    "housewarming",
    "doorbell",
    "aanbellen",
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

/// Words that make a street and house number without a postcode someone's home.
fn is_home_word(word: &str) -> bool {
    HOME_WORDS.contains(&word) || matches!(word, "renting" | "rents" | "rent" | "huurt" | "huur")
}

/// A street with a house number but no postcode ("bij haar thuis, Hooigracht 41", "she's
/// renting at Haarlemmerstraat 212B"): an address only when the street is named as one
/// (a street word such as "-straat" or "-gracht") and the words before it make it a home.
fn find_home_streets(text: &Text, out: &mut Vec<Finding>) {
    let src = text.src;
    let bytes = src.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // On to the next digit: most of a post is none.
        let Some(digit) = next_digit(bytes, i) else {
            break;
        };
        i = digit;
        if i == 0 || bytes[i - 1] != b' ' {
            i += 1;
            continue;
        }
        let digits_end = i + bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        let mut end = digits_end;
        // One letter after the number ("212B"), then the word ends.
        if bytes.get(end).is_some_and(u8::is_ascii_alphabetic) {
            end += 1;
        }
        let ends = !bytes.get(end).is_some_and(|b| b.is_ascii_alphanumeric());
        let start = i;
        i = digits_end.max(i + 1);
        if digits_end - start > 4 || !ends {
            continue;
        }
        let Some((street, true)) = street_before(src, end) else {
            continue;
        };
        if out.iter().any(|f| f.span.start < end && street < f.span.end)
            || text.overlaps_entity(&(street..end))
            || !text.words_before(street, 6).iter().any(|w| is_home_word(&w.lower))
        {
            continue;
        }
        let masked: String = src[street..end]
            .chars()
            .map(|c| if c.is_ascii_digit() { '•' } else { c })
            .collect();
        out.push(Finding::new(street..end, ADDRESS).suggest(masked));
    }
}

fn find_addresses(text: &Text, out: &mut Vec<Finding>) {
    let src = text.src;
    for m in patterns().postcode.find_iter(src) {
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

// ---------------------------------------------------------------- whose contact data

/// Whose contact data a clause presents.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Voice {
    /// The writer's or another person's: "bel me", "mijn nummer", "Maria's account".
    Person,
    /// An organisation's: "de helpdesk", "the secretariat", "bel ons", "the University Fund".
    Organisation,
    /// Neither said.
    Unknown,
}

/// Words that present contact data as a person's own.
const PERSON_CUES: &[&str] = &[
    "me",
    "mij",
    "mijn",
    "my",
    "ik",
    "i",
    "ben",
    "hem",
    "him",
    "her",
    "haar",
    "his",
    "privé",
    "prive",
    "private",
    "personal",
    "persoonlijk",
    "persoonlijke",
    "eigen",
    "own",
    "mobiel",
    "mobile",
    "mobieltje",
    "cell",
    "cellphone",
    "gsm",
    "thuis",
    "home",
    "thuisnummer",
    "privénummer",
    "doorkiesnummer",
    "whatsapp",
    "tikkie",
];

/// Titles and words for a colleague that name a person ("bel prof. Jansen op …"), unless
/// they follow "van" or "of" ("het secretariaat van prof. Jansen").
const PERSON_TITLES: &[&str] = &[
    "prof",
    "professor",
    "dr",
    "drs",
    "dhr",
    "mevr",
    "mw",
    "meneer",
    "mevrouw",
    "mr",
    "mrs",
    "ms",
    "collega",
    "colleague",
];

/// Possessives that make the noun after them a person's ("zijn nummer", "their account", "je rekening").
const POSSESSIVES: &[&str] = &["zijn", "hun", "their", "je", "jouw", "your"];

/// What a possessive may own in contact data.
const CONTACT_NOUNS: &[&str] = &[
    "nummer",
    "number",
    "telefoonnummer",
    "telefoon",
    "phone",
    "mobiel",
    "mobile",
    "rekening",
    "rekeningnummer",
    "bankrekening",
    "account",
    "iban",
    "bank",
    "adres",
    "address",
    "mail",
    "email",
    "mailadres",
    "e-mailadres",
];

/// Words that present contact data as an organisation's: a desk, a department, a service.
const ORGANISATION_CUES: &[&str] = &[
    "receptie",
    "reception",
    "algemeen",
    "algemene",
    "general",
    "switchboard",
    "centrale",
    "hoofdnummer",
    "frontdesk",
    "desk",
    "secretariaat",
    "secretariat",
    "balie",
    "loket",
    "servicepunt",
    "informatienummer",
    "informatie",
    "information",
    "info",
    "klantenservice",
    "spoed",
    "emergency",
    "alarmnummer",
    "meldpunt",
    "meldkamer",
    "hotline",
    "helpline",
    "afdeling",
    "department",
    "dept",
    "office",
    "kantoor",
    "bureau",
    "team",
    "lab",
    "instituut",
    "institute",
    "faculteit",
    "faculty",
    "universiteit",
    "university",
    "opleiding",
    "academy",
    "academie",
    "programme",
    "commissie",
    "committee",
    "service",
    "services",
    "support",
    "dienst",
    "facilitair",
    "facilities",
    "beveiliging",
    "security",
    "storing",
    "storingen",
    "ict",
    "issc",
    "bibliotheek",
    "library",
    "museum",
    "hortus",
    "gemeente",
    "municipality",
    "ziekenhuis",
    "hospital",
    "lumc",
    "huisartsenpost",
    "politie",
    "police",
    "stichting",
    "foundation",
    "vereniging",
    "association",
    "organisatie",
    "organisation",
    "organization",
    "bedrijf",
    "company",
    "project",
    "study",
    "studie",
    "onderzoek",
    "research",
    "ons",
    "us",
    "we",
    "wij",
];

/// Endings of words for a desk or a department ("studentenbalie", "servicedesk", "infolijn").
const ORGANISATION_ENDINGS: &[&str] = &[
    "balie",
    "desk",
    "loket",
    "secretariaat",
    "centrum",
    "centre",
    "center",
    "dienst",
    "bureau",
    "lijn",
    "line",
    "team",
    "lab",
    "instituut",
    "institute",
    "faculteit",
    "commissie",
    "committee",
    "service",
    "support",
];

fn ends_with_any(word: &str, endings: &[&str]) -> bool {
    endings.iter().any(|e| word.len() > e.len() + 1 && word.ends_with(e))
}

fn is_organisation_cue(word: &str) -> bool {
    ORGANISATION_CUES.contains(&word) || ends_with_any(word, ORGANISATION_ENDINGS)
}

/// Words that present a bank account as an organisation's: a fund, a foundation, a fee.
const ACCOUNT_CUES: &[&str] = &[
    "fund",
    "funds",
    "fonds",
    "stichting",
    "foundation",
    "charity",
    "goede",
    "doel",
    "vereniging",
    "association",
    "society",
    "club",
    "network",
    "netwerk",
    "organisatie",
    "organisation",
    "organization",
    "universiteit",
    "university",
    "faculteit",
    "faculty",
    "afdeling",
    "department",
    "instituut",
    "institute",
    "conference",
    "congres",
    "symposium",
    "workshop",
    "registration",
    "registratie",
    "inschrijving",
    "inschrijfgeld",
    "inschrijfkosten",
    "collegegeld",
    "fee",
    "fees",
    "deelname",
    "deelnamekosten",
    "deelnemersbijdrage",
    "contributie",
    "membership",
    "lidmaatschap",
    "donate",
    "donation",
    "donations",
    "doneer",
    "doneren",
    "donatie",
    "donaties",
    "giften",
    "reference",
    "referentie",
    "kenmerk",
    "betalingskenmerk",
    "ovv",
    "vermelding",
    "invoice",
    "factuur",
    "anbi",
    "kvk",
    "bedrijf",
    "company",
    "tickets",
];

/// Endings of the names of organisations that hold accounts ("Universiteitsfonds").
const ACCOUNT_ENDINGS: &[&str] = &["fonds", "fund", "stichting", "vereniging", "genootschap", "foundation"];

fn is_account_cue(word: &str) -> bool {
    ACCOUNT_CUES.contains(&word) || ends_with_any(word, ACCOUNT_ENDINGS)
}

/// True when the word at `i` presents contact data as a person's: "me", "mijn", "privé",
/// the "s" of "Maria's account", the "zijn" of "zijn nummer".
fn is_person_cue(text: &Text, words: &[Word], i: usize) -> bool {
    let w = &words[i];
    let noun_follows = || {
        words[i + 1..]
            .iter()
            .take(2)
            .any(|n| CONTACT_NOUNS.contains(&n.lower.as_str()))
    };
    let titled = || {
        PERSON_TITLES.contains(&w.lower.as_str())
            && !(i > 0 && matches!(words[i - 1].lower.as_str(), "van" | "of" | "from" | "voor" | "for"))
    };
    PERSON_CUES.contains(&w.lower.as_str())
        || titled()
        || POSSESSIVES.contains(&w.lower.as_str()) && noun_follows()
        || w.lower == "s" && matches!(char_before(text.src, w.span.start), Some('\'' | '’')) && noun_follows()
}

/// Abbreviations a full stop follows without ending the sentence ("Tel. 071 …", "prof.
/// Jansen", "mw. De Vries").
const DOTTED_ABBREVIATIONS: &[&str] = &[
    "prof", "mevr", "bijv", "incl", "excl", "resp", "dept", "univ", "corp", "tel", "nr", "dr", "mr", "mw", "dhr", "st",
    "ir", "ing", "drs", "ms", "mrs", "jr", "sr", "no", "vs", "ca", "mob", "fax", "ext", "blz", "pag", "evt", "ds",
    "em", "hr",
];

/// Whether the full stop at `at`, after `word`, ends a sentence: after a word of four letters
/// or more, or after a shorter lower-case one when a capital follows ("helped me a lot. Their
/// intake line is …"); never after an abbreviation or an initial ("t.n.v. M. de Graaf").
fn full_stop_ends_sentence(src: &str, word: &str, at: usize) -> bool {
    let letters = word.chars().count();
    let capital_follows = || src[at + 1..].trim_start_matches(' ').starts_with(char::is_uppercase);
    !DOTTED_ABBREVIATIONS.contains(&word.to_lowercase().as_str())
        && (letters >= 4 || letters >= 2 && word.chars().all(char::is_lowercase) && capital_follows())
}

/// Where the clause around `span` starts and ends: at a line break, `!`, `?` or `;`, or a
/// full stop that ends a sentence (see [`full_stop_ends_sentence`]).
fn clause_around(src: &str, span: &Range<usize>) -> Range<usize> {
    let ends_clause = |at: usize, c: char| match c {
        '\n' | '!' | '?' | ';' => true,
        '.' => {
            let head = src[..at].trim_end_matches(char::is_alphabetic);
            let word = &src[head.len()..at];
            // The full stop right after the address or number itself ends its sentence too
            // ("… via pers@lumc.nl. I'm off today").
            (at == span.end || full_stop_ends_sentence(src, word, at))
                && char_after(src, at + 1).map_or(true, char::is_whitespace)
        }
        _ => false,
    };
    let start = src[..span.start]
        .char_indices()
        .rev()
        .find(|&(at, c)| ends_clause(at, c))
        .map_or(0, |(at, c)| at + c.len_utf8());
    let end = src[span.end..]
        .char_indices()
        .find(|&(at, c)| ends_clause(span.end + at, c))
        .map_or(src.len(), |(at, _)| span.end + at);
    start..end
}

/// Whose contact data `span` is, as its clause presents it: the nearest cue before it
/// wins ("ik werk bij de helpdesk, bel me op …" is a person's; "ik werk thuis, bel de
/// helpdesk op …" the desk's), then the first in the four words after it ("(mijn mobiel)").
/// An organisation cue counts within `reach` words before.
fn voice(text: &Text, span: &Range<usize>, organisation: fn(&str) -> bool, reach: usize) -> Voice {
    let clause = clause_around(text.src, span);
    let before = text.words_in(&(clause.start..span.start));
    for (distance, i) in (0..before.len()).rev().enumerate() {
        if is_person_cue(text, before, i) {
            return Voice::Person;
        }
        if distance < reach && organisation(&before[i].lower) {
            return Voice::Organisation;
        }
    }
    let after = text.words_in(&(span.end..clause.end));
    for i in 0..after.len().min(4) {
        if is_person_cue(text, after, i) {
            return Voice::Person;
        }
        if organisation(&after[i].lower) {
            return Voice::Organisation;
        }
    }
    Voice::Unknown
}

// ---------------------------------------------------------------- e-mail addresses

/// Providers of private mailboxes: an address there is a person's unless its name is a function.
const PRIVATE_MAIL: &[&str] = &[
    "gmail",
    "googlemail",
    "hotmail",
    "outlook",
    "live",
    "msn",
    "yahoo",
    "ymail",
    "icloud",
    "me",
    "mac",
    "aol",
    "gmx",
    "web",
    "proton",
    "protonmail",
    "pm",
    "tutanota",
    "fastmail",
    "hey",
    "yandex",
    "mail",
    "qq",
    "ziggo",
    "kpnmail",
    "kpnplanet",
    "planet",
    "home",
    "hetnet",
    "xs4all",
    "casema",
    "chello",
    "upcmail",
    "quicknet",
    "telfort",
    "tele2",
    "zeelandnet",
    "online",
    "caiway",
    "solcon",
    "skynet",
    "telenet",
    "orange",
    "free",
    "laposte",
    "libero",
    "btinternet",
    "t-online",
];

/// Labels of a domain for students' own mailboxes ("umail.leidenuniv.nl").
const STUDENT_MAIL: &[&str] = &["umail", "student", "students"];

/// Words that name a function, not a person, as a whole part of a mailbox name
/// ("info@", "phd-day@", "open-science@", "lucl-office@").
const FUNCTION_WORDS: &[&str] = &[
    "info",
    "mail",
    "post",
    "hello",
    "hallo",
    "hi",
    "hoi",
    "team",
    "staff",
    "crew",
    "desk",
    "lab",
    "labs",
    "day",
    "days",
    "week",
    "event",
    "events",
    "hr",
    "hrm",
    "ict",
    "it",
    "pr",
    "press",
    "pers",
    "news",
    "web",
    "admin",
    "beheer",
    "board",
    "dean",
    "decaan",
    "rector",
    "voorzitter",
    "chair",
    "penningmeester",
    "treasurer",
    "editor",
    "editors",
    "ask",
    "help",
    "vragen",
    "feedback",
    "rsvp",
    "orders",
    "sales",
    "billing",
    "shop",
    "reply",
    "ethiek",
    "abuse",
    "data",
    "jobs",
    "werk",
    "open",
    "science",
    "ub",
    "museum",
    "hortus",
    "pedel",
    "plexus",
    "dies",
    "oratie",
    "oraties",
    "diploma",
    "masters",
    "bachelor",
    "phd",
    "students",
    "studenten",
    "exchange",
    "toelating",
    "housing",
    "huisvesting",
    "legal",
    "juridisch",
    "bezwaar",
    "green",
    "school",
    "society",
    "club",
    "union",
    "council",
    "raad",
    "senaat",
    "kring",
];

/// Pieces of words that name a function wherever they stand in a mailbox name
/// ("vacatures@", "memorystudy@", "secretariaat-wijsbegeerte@", "communicatie-fgw@").
const FUNCTION_STEMS: &[&str] = &[
    "secretar",
    "helpdesk",
    "servicedesk",
    "service",
    "support",
    "contact",
    "office",
    "admission",
    "communica",
    "balie",
    "werkenaan",
    "werken",
    "vacature",
    "recruit",
    "career",
    "study",
    "studie",
    "research",
    "onderzoek",
    "onderwijs",
    "education",
    "librar",
    "bibliothe",
    "alumni",
    "nieuws",
    "newsletter",
    "nieuwsbrief",
    "media",
    "privacy",
    "financ",
    "facilit",
    "recept",
    "welcome",
    "welkom",
    "conferen",
    "congres",
    "symposi",
    "workshop",
    "seminar",
    "colloqui",
    "lecture",
    "lezing",
    "summerschool",
    "winterschool",
    "project",
    "program",
    "opleiding",
    "institu",
    "faculty",
    "faculteit",
    "bureau",
    "centrum",
    "center",
    "centre",
    "dienst",
    "zaken",
    "commissie",
    "committee",
    "bestuur",
    "redactie",
    "klacht",
    "complaint",
    "melding",
    "meldpunt",
    "webmaster",
    "hotline",
    "servicepunt",
    "loket",
    "planning",
    "rooster",
    "schedul",
    "tentamen",
    "examen",
    "exam",
    "promotie",
    "decanaat",
    "vertrouwens",
    "ombuds",
    "integrit",
    "health",
    "gezondheid",
    "welzijn",
    "wellbeing",
    "safety",
    "veiligheid",
    "security",
    "beveilig",
    "duurzaam",
    "sustainab",
    "diversit",
    "inclusi",
    "particip",
    "proefperso",
    "volunteer",
    "vrijwillig",
    "registr",
    "aanmeld",
    "inschrijv",
    "ticket",
    "boekhoud",
    "crediteur",
    "debiteur",
    "factu",
    "invoice",
    "inkoop",
    "procurement",
    "salaris",
    "payroll",
    "personeel",
    "datamanage",
    "steward",
    "academ",
    "archief",
    "archive",
    "collectie",
    "collection",
    "lustrum",
    "jubileum",
    "anniversar",
    "festival",
    "opendag",
    "openday",
    "noreply",
    "international",
    "questionnaire",
    "vragenlijst",
    "enquete",
    "survey",
    "experiment",
    "vereniging",
    "stichting",
    "foundation",
    "fonds",
    "association",
    "network",
    "netwerk",
    "platform",
    "werkgroep",
    "working",
    "group",
    "groep",
];

/// Endings of words for a thing, not a person ("duurzaamheid@", "memorylab@").
const FUNCTION_ENDINGS: &[&str] = &[
    "heid", "teit", "schap", "tion", "tions", "ity", "ics", "lab", "labs", "desk", "team", "info", "support", "zaken",
];

/// First names, for a mailbox named after one person ("jan@", "anna-maria@").
const FIRST_NAMES: &[&str] = &[
    "jan", "piet", "kees", "henk", "joost", "bas", "tim", "tom", "sam", "max", "lucas", "daan", "sem", "thijs", "bram",
    "jesse", "lars", "ruben", "stijn", "niels", "koen", "mark", "peter", "paul", "erik", "eric", "jeroen", "wouter",
    "martijn", "sander", "pieter", "willem", "hans", "frank", "rob", "michiel", "maarten", "dirk", "gert", "geert",
    "ahmed", "mohamed", "ali", "omar", "yusuf", "david", "daniel", "john", "james", "michael", "robert", "william",
    "thomas", "chris", "ben", "alex", "ian", "adam", "anna", "anne", "emma", "eva", "lisa", "sara", "sarah", "julia",
    "sophie", "fleur", "lotte", "sanne", "femke", "iris", "noor", "lieke", "maud", "tessa", "anouk", "laura", "linda",
    "marieke", "ingrid", "esther", "ellen", "petra", "karin", "monique", "mirjam", "marloes", "carla", "maria",
    "marie", "fatima", "priya", "mary", "kate", "lucy", "amy", "emily", "jane", "nina", "lena", "mila", "zoe", "eline",
    "inge",
];

/// Where the grade right after a student number at `span` ends ("s2345678 een 8",
/// "s3012876 – 6.5", "s1234567: 7,5"): a student's result, which the student-records rule
/// reports (tip 1) instead of the number alone.
pub(super) fn grade_after_student_number(src: &str, span: &Range<usize>) -> Option<usize> {
    let rest = src.get(span.end..)?;
    let mut at = rest.len() - rest.trim_start_matches([' ', '\u{a0}', '–', '—', '-', ':', '=']).len();
    for filler in ["een ", "a ", "got ", "kreeg ", "heeft ", "has "] {
        if rest[at..].starts_with(filler) {
            at += filler.len();
            break;
        }
    }
    let number = &rest[at..];
    let whole = number.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&whole) || !(1..=10).contains(&number[..whole].parse::<u32>().ok()?) {
        return None;
    }
    let mut len = whole;
    let b = number.as_bytes();
    if matches!(b.get(len), Some(b'.' | b',')) && b.get(len + 1).is_some_and(u8::is_ascii_digit) {
        len += 1 + b[len + 1..].iter().take(2).take_while(|c| c.is_ascii_digit()).count();
    }
    // A number that goes on ("8%", "6 EC", "10.000") is no grade.
    let next = number[len..].chars().next();
    if next.is_some_and(|c| c.is_alphanumeric() || c == '%') || number[len..].starts_with(" EC") {
        return None;
    }
    Some(span.end + at + len)
}

/// A mailbox name that is a student number ("s1234567@umail…").
pub(super) fn is_s_number(b: &[u8]) -> bool {
    b.len() >= 8 && matches!(b[0], b's' | b'S') && b[1..8].iter().all(u8::is_ascii_digit)
}

fn letters(part: &str) -> &str {
    part.trim_matches(|c: char| c.is_ascii_digit())
}

/// True when a part of a mailbox name is a function, a team, a service, a study or an
/// event wherever it stands: "vacatures", "memorystudy", "duurzaamheid", "memorylab".
fn names_a_function(part: &str) -> bool {
    let word = letters(part);
    FUNCTION_STEMS.iter().any(|s| contains_short(word, s)) || ends_with_any(word, FUNCTION_ENDINGS)
}

/// `needle` occurs in `word` (as `str::contains`): on a short word, comparing bytes in place
/// is cheaper than setting up the general search, and this is asked of every stem.
fn contains_short(word: &str, needle: &str) -> bool {
    let (w, n) = (word.as_bytes(), needle.as_bytes());
    n.is_empty() || w.windows(n.len()).any(|x| x[0] == n[0] && x == n)
}

/// True when a part of a mailbox name is an initial or a first name: "j", "jan", "anna".
fn names_a_person(part: &str) -> bool {
    let word = letters(part);
    word.len() == 1 || FIRST_NAMES.contains(&word)
}

const VOWELS: [char; 6] = ['a', 'e', 'i', 'o', 'u', 'y'];

/// Two consonants that begin words ("bl" in "bibliotheek", "st" in "studie", "sch" in "school").
const ONSETS: &[&str] = &[
    "bl", "br", "ch", "cl", "cr", "dr", "dw", "fl", "fr", "gl", "gn", "gr", "kl", "kn", "kr", "kw", "ph", "pl", "pr",
    "ps", "sc", "sh", "sk", "sl", "sm", "sn", "sp", "st", "sw", "th", "tr", "tw", "vl", "vr", "wh", "wr", "zw",
];

/// An initial glued to a surname ("jdevries", "mkuipers"): two consonants no word begins with.
fn initial_and_surname(word: &str) -> bool {
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) => {
            let consonant = |c: char| c.is_ascii_alphabetic() && !VOWELS.contains(&c);
            consonant(a) && consonant(b) && !ONSETS.contains(&&word[..2])
        }
        _ => false,
    }
}

/// The label that names a domain's owner: "gmail" in "gmail.com", "leidenuniv" in
/// "science.leidenuniv.nl", "bbc" in "bbc.co.uk".
fn owner_label(domain: &str) -> &str {
    let labels: Vec<&str> = domain.split('.').collect();
    let n = labels.len();
    let second_level = n >= 3 && matches!(labels[n - 2], "co" | "ac" | "com" | "org" | "gov" | "edu" | "net");
    let at = if second_level { n - 3 } else { n.saturating_sub(2) };
    labels.get(at).copied().unwrap_or(domain)
}

/// True when a name of a mailbox is a social-media handle, not an address: "@name@mastodon.social"
/// (an @ before it), or an address at a fediverse or Bluesky server.
fn is_handle(src: &str, span: &Range<usize>, domain: &str) -> bool {
    char_before(src, span.start) == Some('@')
        || domain.ends_with(".social")
        || domain
            .split('.')
            .any(|l| l.starts_with("mastodon") || l.starts_with("mstdn"))
        || matches!(domain, "mas.to" | "fosstodon.org" | "bsky.app" | "threads.net")
}

/// What an e-mail address in the post is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Address {
    /// A person's: a name at any domain, anything at a private or a student mailbox.
    Person,
    /// An organisation's mailbox, or a handle that looks like an address.
    Organisation,
}

/// Whose the address at `span` is. A function in its name makes it an organisation's
/// anywhere ("vacatures@", "phd-day@", "lustrumcommissie@gmail.com"); an initial or a first
/// name a person's ("j.devries@", "jan@"). At a private provider or a student mailbox any
/// other name is a person's too; at an organisation's domain only a name that reads as one:
/// "jan.devries", "jdevries", or a single word the post presents as a person's.
fn address(text: &Text, span: &Range<usize>) -> Address {
    let lower = &text.lower[span.clone()];
    let (local, domain) = lower.split_once('@').unwrap_or((lower, ""));
    if is_handle(text.src, span, domain) {
        return Address::Organisation;
    }
    if is_s_number(local.as_bytes()) {
        return Address::Person;
    }
    // "jan+nieuwsbrief@": the tag after a plus is the person's own label.
    let local = local.split('+').next().unwrap_or(local);
    let parts: Vec<&str> = local.split(['.', '_', '-']).filter(|p| !p.is_empty()).collect();
    let person = if parts.iter().any(|p| names_a_function(p)) {
        false
    } else if parts.iter().any(|p| names_a_person(p)) {
        true
    } else if parts.iter().any(|p| FUNCTION_WORDS.contains(&letters(p))) {
        false
    } else if PRIVATE_MAIL.contains(&owner_label(domain)) || domain.split('.').any(|l| STUDENT_MAIL.contains(&l)) {
        true
    } else if parts.len() > 1 {
        // "devries.jan", "maria_gonzalez": names joined; "isd-kog" joins acronyms.
        local.contains(['.', '_'])
    } else {
        let word = letters(parts.first().copied().unwrap_or_default());
        if word.chars().count() <= 4 || !word.contains(VOWELS) {
            // "lucl", "issc", "bhv": an acronym.
            false
        } else if initial_and_surname(word) && word.chars().count() > 5 {
            true
        } else {
            // A word that is no name, at an organisation's domain: a desk's ("voorlichting@",
            // "medieval2025@"), unless the post presents it as a person's. So is a five-letter
            // one that could be an initial and a short surname or an acronym ("llinc@").

            voice(text, span, is_organisation_cue, 4) == Voice::Person
        }
    };
    if person {
        Address::Person
    } else {
        Address::Organisation
    }
}

// ---------------------------------------------------------------- phone numbers

/// What kind of line a phone number is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Line {
    /// A Dutch mobile number (06…, +31 6…): always a person's.
    Mobile,
    /// Free or paid service numbers (0800, 0900, 0906, 0909) and company numbers (088).
    Service,
    /// A published exchange: Leiden University's (071 527 …, 070 800 9…) and its medical centre's (071 526 …).
    Exchange,
    /// Any other number.
    Other,
}

/// Leiden University's exchanges in Leiden and The Hague and the LUMC's, without the trunk 0.
const EXCHANGES: &[&str] = &["71527", "71526", "708009"];

/// Service and company numbers, without the trunk 0.
const SERVICE_PREFIXES: &[&str] = &["800", "900", "906", "909", "88"];

fn line_of(number: &str) -> Line {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    let national = if number.starts_with('+') {
        digits.strip_prefix("31")
    } else if let Some(rest) = digits.strip_prefix("00") {
        rest.strip_prefix("31")
    } else {
        digits.strip_prefix('0')
    };
    // "+31 (0)71 …": the trunk 0 in brackets.
    let Some(national) = national.map(|n| n.strip_prefix('0').unwrap_or(n)) else {
        return Line::Other;
    };
    if national.starts_with('6') {
        Line::Mobile
    } else if SERVICE_PREFIXES.iter().any(|p| national.starts_with(p)) {
        Line::Service
    } else if EXCHANGES.iter().any(|p| national.starts_with(p)) {
        Line::Exchange
    } else {
        Line::Other
    }
}

// ---------------------------------------------------------------- bank accounts

/// Words after an IBAN that name its holder ("t.n.v. M. de Graaf", "account of our treasurer").
const HOLDER_MARKERS: &[&[&str]] = &[
    &["t", "n", "v"],
    &["tnv"],
    &["ten", "name", "van"],
    &["op", "naam", "van"],
    &["in", "naam", "van"],
    &["name", "of"],
    &["account", "of"],
    &["rekening", "van"],
    &["account", "holder"],
    &["rekeninghouder"],
];

/// The holder the words right after an IBAN name: an organisation ("t.n.v. Stichting LUF")
/// or a person ("t.n.v. M. de Graaf", "account of our treasurer, Pieter", "(Maria's
/// account)", "that's my account").
fn holder(text: &Text, span: &Range<usize>) -> Voice {
    let clause = clause_around(text.src, span);
    let after = text.words_in(&(span.end..clause.end));
    let after = &after[..after.len().min(10)];
    // "NL12 ABNA 0456 7891 23, Stichting Kinderoncologie": the holder's name right after it.
    if after.first().is_some_and(|w| is_account_cue(&w.lower)) {
        return Voice::Organisation;
    }
    // "NL03 INGB 0604 5132 31 (Leiden University Fund)": the holder in brackets.
    let rest = &text.src[span.end..clause.end];
    if let Some(inside) = rest.trim_start().strip_prefix('(') {
        let close = inside.find(')').unwrap_or(inside.len());
        let from = clause.end - rest.trim_start().len() + 1;
        let named = text.words_in(&(from..from + close));
        if named.len() <= 6 && named.iter().any(|w| is_account_cue(&w.lower)) {
            return Voice::Organisation;
        }
    }
    for i in 0..after.len() {
        if i < 6 && is_person_cue(text, after, i) {
            return Voice::Person;
        }
        for marker in HOLDER_MARKERS {
            let end = i + marker.len();
            if end <= after.len() && after[i..end].iter().zip(*marker).all(|(w, m)| w.lower == *m) {
                let name = &after[end..after.len().min(end + 4)];
                if name.iter().any(|w| is_account_cue(&w.lower)) {
                    return Voice::Organisation;
                }
                if !name.is_empty() {
                    return Voice::Person;
                }
            }
        }
    }
    Voice::Unknown
}

/// Whose the IBAN at `span` is: its holder if named, else its clause's voice; a person's when
/// nothing says otherwise.
fn account_voice(text: &Text, span: &Range<usize>) -> Voice {
    match holder(text, span) {
        Voice::Unknown => voice(text, span, is_account_cue, usize::MAX),
        named => named,
    }
}

// ---------------------------------------------------------------- student numbers

/// Leiden student numbers: "s1234567", and seven digits after "studentnummer".
fn find_student_numbers(text: &Text, taken: &mut Vec<Range<usize>>, out: &mut Vec<Finding>) {
    let p = patterns();
    let mask = |s: &str| -> String { s.chars().map(|c| if c.is_ascii_digit() { '•' } else { c }).collect() };
    let mut found: Vec<Range<usize>> = Vec::new();
    let bytes = text.src.as_bytes();
    if crate::text::digits(bytes).any(|d| d > 0 && is_s_number(&bytes[d - 1..])) {
        found.extend(text.find_words(&p.student_number));
    }
    let labelled = text
        .lower
        .contains("student")
        .then(|| p.labelled_student_number.find_iter(&text.lower));
    for m in labelled.into_iter().flatten() {
        // The number is the pattern's last seven characters, all digits: no captures needed.
        let span = m.end() - 7..m.end();
        if !text.overlaps_entity(&span) && crate::text::is_whole_word(text.src, &span) {
            found.push(span);
        }
    }
    for span in found {
        if grade_after_student_number(text.src, &span).is_some() {
            continue;
        }
        out.push(Finding::new(span.clone(), STUDENT_NUMBER).suggest(mask(&text.src[span.clone()])));
        taken.push(span);
    }
}

impl Rule for PersonalData {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, text: &Text, out: &mut Vec<Finding>) {
        // Organisations' mailboxes, which also make a phone number beside them an organisation's.
        let mut mailboxes: Vec<Range<usize>> = Vec::new();
        for email in text.entities_of(EntityKind::Email) {
            match address(text, &email.span) {
                Address::Organisation => mailboxes.push(email.span.clone()),
                Address::Person => {
                    let address = &text.src[email.span.clone()];
                    out.push(Finding::new(email.span.clone(), EMAIL).suggest(mask_email(address)));
                }
            }
        }
        let src = text.src;
        // Cheap gates, so that most posts build none of the patterns: a phone number has
        // eight digits or more, a BSN nine, a student number seven, a postcode four; an IBAN
        // starts with two letters and two digits.
        // Counted up to nine: no gate asks for more.
        let digits = crate::text::digits(src.as_bytes()).take(9).count();
        if digits < 4 {
            find_home_streets(text, out);
            return;
        }
        let b = src.as_bytes();
        let iban_like = crate::text::digits(b).any(|d| {
            d >= 2
                && b[d - 2].is_ascii_alphabetic()
                && b[d - 1].is_ascii_alphabetic()
                && b.get(d + 1).is_some_and(u8::is_ascii_digit)
        });
        let p = patterns();
        let mut taken: Vec<Range<usize>> = Vec::new();
        let overlaps = |taken: &[Range<usize>], span: &Range<usize>| {
            taken.iter().any(|t| t.start < span.end && span.start < t.end)
        };
        if digits >= 7 {
            find_student_numbers(text, &mut taken, out);
        }

        for m in iban_like.then(|| p.iban.find_iter(&text.lower)).into_iter().flatten() {
            if char_before(src, m.start()).is_some_and(char::is_alphanumeric) {
                continue;
            }
            // Shaped like an IBAN: its digits are no phone number, valid or not.
            taken.push(m.range());
            if let Some(span) = iban_at(src, m.range()) {
                // A fund's, a foundation's or a conference's account is no one's personal data.
                if !text.overlaps_entity(&span) && account_voice(text, &span) != Voice::Organisation {
                    out.push(Finding::new(span.clone(), IBAN).suggest(mask_keep(&src[span.clone()], 2, 2)));
                }
            }
        }

        for m in (digits >= 8).then(|| p.phone.find_iter(src)).into_iter().flatten() {
            let span = m.range();
            if number_continues(src, &span)
                || text.overlaps_entity(&span)
                || overlaps(&taken, &span)
                || !is_phone_number(m.as_str())
            {
                continue;
            }
            let line = line_of(m.as_str());
            let personal = match line {
                // The university's exchanges are published, also a person's office line there
                // ("bel even 071 527 7101, dan regel ik het"): never private.
                Line::Service | Line::Exchange => false,
                Line::Mobile => true,
                Line::Other => match voice(text, &span, is_organisation_cue, usize::MAX) {
                    Voice::Person => true,
                    Voice::Organisation => false,
                    // A number beside an organisation's mailbox is the organisation's unless the
                    // post makes it someone's own.
                    Voice::Unknown => {
                        let clause = clause_around(src, &span);
                        !mailboxes.iter().any(|b| clause.start <= b.start && b.end <= clause.end)
                    }
                },
            };
            taken.push(span.clone());
            if personal {
                out.push(Finding::new(span, PHONE).suggest(mask_keep(m.as_str(), 0, 2)));
            }
        }

        for m in (digits >= 9).then(|| p.bsn.find_iter(src)).into_iter().flatten() {
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
        find_home_streets(text, out);
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
        assert_eq!(flagged("Kamer 020 527 1234"), ["020 527 1234"]);
        assert_eq!(flagged("London +44 20 7946 0958."), ["+44 20 7946 0958"]);
        assert_eq!(flagged("Call +1 (555) 123-4567 today"), ["+1 (555) 123-4567"]);
        assert_eq!(flagged("Tel. +31 (0)20 527 2727"), ["+31 (0)20 527 2727"]);
        assert_eq!(flagged("Text me at +31 6 2874 1936 tonight"), ["+31 6 2874 1936"]);
        assert_eq!(suggestions("Bel 06-12345678"), ["••-••••••78"]);
    }

    #[test]
    fn flags_student_numbers() {
        assert_eq!(flagged("Mail s1234567 even over zijn herkansing."), ["s1234567"]);
        assert_eq!(
            flagged("🎓 Student S2345678 heeft zijn scriptie ingeleverd"),
            ["S2345678"]
        );
        assert_eq!(flagged("Studentnummer: 1234567, graag contact."), ["1234567"]);
        assert_eq!(flagged("Found a student card for s3012345 at the desk"), ["s3012345"]);
        assert_eq!(
            flagged("Zijn adres is s1234567@vuw.leidenuniv.nl"),
            ["s1234567@vuw.leidenuniv.nl"]
        );
        assert_eq!(suggestions("Zie s1234567."), ["s•••••••"]);
        assert!(flagged("Het kenmerk is S12345678 en dat is geen studentnummer").is_empty());
    }

    #[test]
    fn leaves_organisational_mailboxes_alone() {
        for text in [
            // A function, a team, a service, a study or an event, at any domain.
            "Vragen over de vacature? Mail vacatures@hum.leidenuniv.nl",
            "Ideeën voor de werkgroep? Mail ze naar duurzaamheid@leidenuniv.nl.",
            "Meld je kind aan via kinderlab@fsw.leidenuniv.nl",
            "Bezwaar? Mail examencommissie-rechten@law.leidenuniv.nl",
            "Het secretariaat is bereikbaar via secretariaat-wijsbegeerte@hum.leidenuniv.nl",
            "Aanmelden voor het feest: lustrumcommissie2025@gmail.com",
            "Werken bij ons? Mail werkenaanleiden@universiteitleiden.nl",
            "Questions about the position? Email careers@science.leidenuniv.nl",
            "Sign up for our memory study: memorystudy@fsw.leidenuniv.nl",
            "Feedback on the day: open-day@leidenuniv.nl",
            "Lost property: facilities-gorlaeus@science.leidenuniv.nl",
            "Recordings on request from phd-day@leidenuniv.nl",
            "Reach the board at board@svleiden.nl",
            "Contact the Young Academy: youngacademy@leidenuniv.nl",
            "Questions about your data? datasteward@library.leidenuniv.nl",
            // An acronym, or a word the post presents as a desk's.
            "Mail het LUCL via lucl@hum.leidenuniv.nl",
            "Email the ISSC at issc@leidenuniv.nl",
            "Email the LIACS office: liacs@liacs.leidenuniv.nl",
            "Mail de pedel: pedel@leidenuniv.nl",
            // A word that is no name: a desk's, said or not.
            "Vragen over de Open Dag? Mail naar voorlichting@leidenuniv.nl",
            "Journalists, please contact the press team via persvoorlichting@lumc.nl. I'm off today and can't comment.",
            "Questions? medieval2025@hum.leidenuniv.nl",
            // Handles that look like addresses.
            "Volg ons op @LeidenUniv en @leidenuniv@mastodon.social",
            "Follow the lab at memorylab@scholar.social for updates",
            "Find me at @jdevries@mastodon.social",
            "Volg de universiteit op Bluesky: @universiteitleiden.bsky.social",
        ] {
            assert!(flagged(text).is_empty(), "flagged: {text}");
        }
    }

    #[test]
    fn flags_the_mailboxes_of_people() {
        for (text, address) in [
            ("Mail hem gerust: j.devries@leidenuniv.nl", "j.devries@leidenuniv.nl"),
            (
                "Mail jan.devries@leidenuniv.nl voor vragen.",
                "jan.devries@leidenuniv.nl",
            ),
            ("Mail jdevries@leidenuniv.nl voor vragen.", "jdevries@leidenuniv.nl"),
            (
                "Mail het secretariaat via jdevries@leidenuniv.nl",
                "jdevries@leidenuniv.nl",
            ),
            ("Stuur het naar jan@gmail.com", "jan@gmail.com"),
            ("Stuur het naar anna@bedrijf.nl", "anna@bedrijf.nl"),
            ("Haar adres: pietjepuk1978@hotmail.com", "pietjepuk1978@hotmail.com"),
            ("Email her at priya.k88@gmail.com", "priya.k88@gmail.com"),
            (
                "Our intern is p.sharma@umail.leidenuniv.nl",
                "p.sharma@umail.leidenuniv.nl",
            ),
            ("Ask Maria (maria.gonzalez@uv.es) for the data", "maria.gonzalez@uv.es"),
            ("Contact the lab manager: mkuipers@lumc.nl", "mkuipers@lumc.nl"),
            // A word the post presents as a person's own mailbox.
            ("Mail me op kuipers@lumc.nl", "kuipers@lumc.nl"),
        ] {
            assert_eq!(flagged(text), [address], "{text}");
        }
    }

    #[test]
    fn leaves_organisational_phone_numbers_alone() {
        for text in [
            // The university's exchange: every department's number goes through it.
            "Vragen? Bel 071 527 1111 (ma–vr 9–17 uur).",
            "Het instituut is tot vrijdag alleen 's middags bereikbaar: 071 527 2222.",
            "Call the helpdesk on +31 71 527 3333.",
            "Tel. +31 (0)71 527 4444",
            // A desk, a department or a service presents it.
            "Bel de servicedesk op 020 123 4567",
            "De afdeling is bereikbaar op 020 555 1234.",
            "Bel ons gerust: 020 555 1234",
            "Reception: 020 555 1234",
            "Our office is on 020 555 1234",
            "Storingen meld je bij het servicepunt, 030 253 1234.",
            "Mail info@example.org of bel 020 555 1234",
            "Het secretariaat van prof. Jansen: 071 527 1234",
            "Call Dr. Jansen's office on 071 527 1234.",
            // A person's office line on the exchange is published too.
            "Ik ben te bereiken op 071 527 4419.",
            "Dieetwensen? Bel even 071 527 7101, dan regel ik het!",
            "Call the facility phone, 071 527 5900, not my personal number please",
            // Service and company numbers.
            "Bel gratis 0800-1234567 of 088 123 4567",
            "Call 0900 1234567 for tickets",
        ] {
            assert!(flagged(text).is_empty(), "flagged: {text}");
        }
    }

    #[test]
    fn flags_the_phone_numbers_of_people() {
        for (text, number) in [
            ("Bel me op 06-12345678", "06-12345678"),
            ("Het nummer van de receptie is 06-12345678", "06-12345678"),
            ("Mijn nummer: 020 123 4567", "020 123 4567"),
            ("Bel 020 123 4567 (privé) na zessen", "020 123 4567"),
            ("Zijn nummer is 020 412 4419, bel gerust.", "020 412 4419"),
            ("Call me on +31 20 412 4419.", "+31 20 412 4419"),
            ("Call the helpdesk or text Priya on +31 6 1234 5678", "+31 6 1234 5678"),
            ("London +44 20 7946 0958.", "+44 20 7946 0958"),
        ] {
            assert_eq!(flagged(text), [number], "{text}");
        }
    }

    #[test]
    fn leaves_organisations_bank_accounts_alone() {
        for text in [
            "Doneer aan het Leids Universiteits Fonds: NL91 ABNA 0417 1643 00, o.v.v. 'noodfonds'.",
            "Maak het over naar NL91 ABNA 0417 1643 00 t.n.v. Stichting Vrienden van de Hortus.",
            "Het inschrijfgeld voor het symposium kan naar NL91ABNA0417164300.",
            "Donate to the scholarship fund: NL91ABNA0417164300, reference 'Refugees'.",
            "The conference fee goes to NL91ABNA0417164300 before 1 May.",
            "Support the charity run: NL91 ABNA 0417 1643 00 (account of the foundation)",
            "Het lidmaatschap kost €10: NL91ABNA0417164300 t.n.v. Studievereniging Mercurius.",
            "Every euro goes to the foundation, not to me: NL91 ABNA 0417 1643 00, Stichting Kinderoncologie.",
            "Tickets €5, transfer to NL33 INGB 0008 1234 56 t.n.v. Leiden PhD Network. See you there!",
            "If you'd like to sponsor me: NL91ABNA0417164300 (Leiden University Fund), reference 'Marathon'.",
        ] {
            assert!(flagged(text).is_empty(), "flagged: {text}");
        }
    }

    #[test]
    fn flags_the_bank_accounts_of_people() {
        for text in [
            "Voor het cadeau: NL91 ABNA 0417 1643 00 t.n.v. M. de Graaf.",
            "Maak je bijdrage voor het congresdiner over naar NL91ABNA0417164300, mijn rekening.",
            "Registration fee: NL91ABNA0417164300 (my own account, sorry)",
            "Refunds for the conference dinner go to NL91ABNA0417164300 (Maria's account), thx!",
            "Transfer your registration fee to NL91ABNA0417164300 (account of our treasurer, Pieter).",
            "Collecting for Anouk's farewell gift: NL91ABNA0417164300",
            "Stuur het geld naar mijn rekening NL91ABNA0417164300",
            "Je collegegeld staat weer terug op je rekening NL91 ABNA 0417 1643 00, even checken.",
        ] {
            assert_eq!(flagged(text).len(), 1, "{text}");
        }
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
        assert!(flagged("Code NL12 ABCD 1234 5678 90").is_empty());
        assert!(flagged("DE88 3704 0044 0532 0130 00").is_empty());
    }

    #[test]
    fn flags_dutch_accounts_at_a_known_bank_even_with_a_typo() {
        assert_eq!(flagged("NL92 ABNA 0417 1643 00"), ["NL92 ABNA 0417 1643 00"]);
        assert_eq!(
            flagged("Collega Rob z'n IBAN is NL44 RABO 0312 4567 89, voor het cadeau"),
            ["NL44 RABO 0312 4567 89"]
        );
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
    fn flags_a_home_street_without_postcode() {
        assert_eq!(
            flagged("Borrel vrijdag bij haar thuis, Hooigracht 41 in Leiden. Kom allen!"),
            ["Hooigracht 41"]
        );
        assert_eq!(
            flagged("She's renting at Haarlemmerstraat 212B for now."),
            ["Haarlemmerstraat 212B"]
        );
        assert_eq!(
            suggestions("She's renting at Haarlemmerstraat 212B for now."),
            ["Haarlemmerstraat •••B"]
        );
        assert_eq!(
            flagged("Mijn collega Laura verhuist naar Oude Vest 42, kom helpen sjouwen!"),
            ["Oude Vest 42"]
        );
        assert_eq!(flagged("Housewarming at Noordeinde 7 on Saturday"), ["Noordeinde 7"]);
        assert_eq!(
            flagged("Found a wallet. Belongs to Jan Bakker, lives at Oude Rijn 112, Leiden according to his ID."),
            ["Oude Rijn 112"]
        );
        // A street that is not said to be a home, or someone's workplace, is left alone.
        assert!(flagged("Lezing vanavond, Witte Singel 25, zaal 1.01.").is_empty());
        assert!(
            flagged("Boekenmarkt van de UB! Zaterdag 14 juni, 10-16u, Witte Singel 27, 2311 BG Leiden.").is_empty()
        );
        assert!(
            flagged("Bezoekers van het lab kunnen parkeren bij de P+R. Adres: Niels Bohrweg 2, 2333 CA Leiden.")
                .is_empty()
        );
        assert!(flagged("Hij woont sinds 2019 in Leiden en werkt aan de Wassenaarseweg 52.").is_empty());
        assert!(flagged("De bus rijdt 12 keer per uur door de Breestraat.").is_empty());
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
