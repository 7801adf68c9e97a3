//! # personal-data
//!
//! **What it catches:** personal contact data in a post: e-mail addresses of
//! people and phone numbers (Dutch and international formats).
//!
//! **Why (tip 7):** *Verspreid geen informatie over individuen zonder toestemming.*
//! A public post is copied and indexed forever; an address or number in it invites
//! spam and abuse of the person it belongs to.
//!
//! **Not flagged:** functional mailboxes (info@, communicatie@, press@ …), digits in
//! URLs, DOIs and ORCIDs, dates, times and room numbers.
//!
//! **Examples**
//! - ✗ `Mail me at jan@example.org` → `Mail me at j***@example.org`
//! - ✗ `Bel 06-12345678` → `Bel ••-••••••78`
//! - ✓ `Vragen? Mail info@universiteitleiden.nl`

use super::{Rule, RuleMeta};
use crate::diagnostic::{Finding, Localized, Severity};
use crate::text::{EntityKind, Text};
use regex::Regex;
use std::sync::OnceLock;

pub struct PersonalData;
pub static RULE: PersonalData = PersonalData;

static META: RuleMeta = RuleMeta {
    id: "personal-data",
    tip: 7,
    severity: Severity::Error,
    title: Localized::new("Persoonsgegevens", "Personal data"),
    description: Localized::new(
        "E-mailadressen en telefoonnummers van personen.",
        "E-mail addresses and phone numbers of people.",
    ),
};

const EMAIL: Localized = Localized::new(
    "Dit e-mailadres is een persoonsgegeven. Deel het alleen met toestemming, of verwijs naar een algemeen adres of contactpagina.",
    "This e-mail address is personal data. Share it only with consent, or point to a general address or contact page.",
);

const PHONE: Localized = Localized::new(
    "Dit telefoonnummer is een persoonsgegeven. Deel het niet openbaar; verwijs naar een contactpagina.",
    "This phone number is personal data. Do not share it publicly; point to a contact page.",
);

/// Mailboxes of a role or a department, not of a person.
const FUNCTIONAL: &[&str] = &[
    "info", "communicatie", "communications", "press", "pers", "persvoorlichting", "secretariaat", "secretariat",
    "helpdesk", "servicedesk", "support", "contact", "office", "admissions", "studentenbalie", "noreply", "no-reply",
];

fn phone_pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        // +31 6 12345678, 0031 (0)71 527 1234, 06-12345678, 071 527 12 34, +44 20 7946 0958
        Regex::new(r"(?:\+|00)[1-9][0-9]{0,2}[ .-]?(?:\(0\)[ .-]?)?[0-9](?:[ .-]?[0-9]){6,12}|\(?0[0-9]{1,3}\)?[ .-]?[0-9](?:[ .-]?[0-9]){5,8}")
            .unwrap()
    })
}

fn digit_count(s: &str) -> usize {
    s.chars().filter(char::is_ascii_digit).count()
}

/// A Dutch national number has ten digits; an international one eight to fifteen.
fn is_phone_number(s: &str) -> bool {
    let digits = digit_count(s);
    if s.starts_with('+') || s.starts_with("00") {
        (8..=15).contains(&digits)
    } else {
        digits == 10 && !looks_like_date(s)
    }
}

/// "2023-10-01" or "01-10-2023 12" are dates, not numbers.
fn looks_like_date(s: &str) -> bool {
    let groups: Vec<&str> = s.split(['-', ' ', '.']).filter(|g| !g.is_empty()).collect();
    groups.len() >= 3 && groups.iter().any(|g| g.len() == 4 && (g.starts_with("19") || g.starts_with("20")))
}

/// Keeps the last two digits: enough to recognise, useless to call.
fn mask_phone(s: &str) -> String {
    let total = digit_count(s);
    let mut seen = 0;
    s.chars()
        .map(|c| {
            if c.is_ascii_digit() {
                seen += 1;
                if seen + 2 <= total {
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

impl Rule for PersonalData {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, text: &Text, out: &mut Vec<Finding>) {
        for email in text.entities_of(EntityKind::Email) {
            let address = &text.src[email.span.clone()];
            let local = address.split('@').next().unwrap_or("").to_lowercase();
            if FUNCTIONAL.contains(&local.as_str()) {
                continue;
            }
            out.push(Finding::new(email.span.clone(), EMAIL).suggest(mask_email(address)));
        }
        if !text.src.contains(|c: char| c.is_ascii_digit()) {
            return;
        }
        for m in phone_pattern().find_iter(text.src) {
            let span = m.range();
            let digits_touch = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
            if digits_touch(text.src[..span.start].chars().next_back())
                || digits_touch(text.src[span.end..].chars().next())
                || text.overlaps_entity(&span)
                || !is_phone_number(m.as_str())
            {
                continue;
            }
            out.push(Finding::new(span, PHONE).suggest(mask_phone(m.as_str())));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check;

    fn flagged(text: &str) -> Vec<String> {
        let units: Vec<u16> = text.encode_utf16().collect();
        check(text)
            .into_iter()
            .filter(|d| d.rule == "personal-data")
            .map(|d| String::from_utf16(&units[d.start..d.end]).unwrap())
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
        assert_eq!(flagged("Bel me: 06-12345678 of +31 6 1234 5678"), ["06-12345678", "+31 6 1234 5678"]);
        assert_eq!(flagged("Kamer 071 527 1234"), ["071 527 1234"]);
        assert_eq!(flagged("London +44 20 7946 0958."), ["+44 20 7946 0958"]);
    }

    #[test]
    fn leaves_functional_mailboxes_dates_and_identifiers_alone() {
        assert!(flagged("Vragen? Mail info@universiteitleiden.nl").is_empty());
        assert!(flagged("Deadline 2024-10-01, om 14.00 uur in zaal 1.12").is_empty());
        assert!(flagged("https://doi.org/10.1038/s41586-020-2649-2 and ORCID 0000-0002-1825-0097").is_empty());
    }
}
