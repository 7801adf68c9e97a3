//! Never a crash, whatever the input: property tests over arbitrary Unicode and over
//! generators biased to the hard cases (combining marks, ZWJ emoji, right-to-left
//! text, U+FFFD, NUL, 10,000-character words, only whitespace, trigger words, e-mail
//! addresses and phone numbers glued to emoji).
//!
//! Invariants of `check`: no panic; every span non-empty, within the text, on UTF-16
//! boundaries and never splitting a surrogate pair; sorted by start; deterministic;
//! the same spans whatever the message language.
//!
//! Bounded for CI: `PROPTEST_CASES` (default 256 a property) sets the number of cases.
//! The WASM build's identity with this native core is tested in tests/unit/wasm.test.js.
#![cfg(not(target_arch = "wasm32"))]

use ambassadeur::{check, check_with, Diagnostic, Lang, Options};
use proptest::prelude::*;

fn is_high(u: u16) -> bool {
    (0xD800..0xDC00).contains(&u)
}

fn is_low(u: u16) -> bool {
    (0xDC00..0xE000).contains(&u)
}

fn spans(found: &[Diagnostic]) -> Vec<(String, usize, usize)> {
    found.iter().map(|d| (d.rule.clone(), d.start, d.end)).collect()
}

/// Every invariant, for one text.
fn assert_invariants(text: &str) -> Result<(), TestCaseError> {
    let found = check(text);
    let units: Vec<u16> = text.encode_utf16().collect();
    for d in &found {
        prop_assert!(d.start < d.end, "empty span {:?} in {:?}", d, text);
        prop_assert!(
            d.end <= units.len(),
            "span {:?} past the end ({} units) of {:?}",
            d,
            units.len(),
            text
        );
        for at in [d.start, d.end] {
            let splits = at > 0 && at < units.len() && is_high(units[at - 1]) && is_low(units[at]);
            prop_assert!(!splits, "offset {} splits a surrogate pair in {:?}", at, text);
        }
        prop_assert!(!d.message.is_empty());
        prop_assert!((1..=10).contains(&d.tip));
    }
    prop_assert!(
        found.windows(2).all(|w| w[0].start <= w[1].start),
        "not sorted by start: {:?}",
        spans(&found)
    );
    prop_assert_eq!(&found, &check(text), "two runs differ");
    let nl = check_with(
        text,
        &Options {
            lang: Lang::Nl,
            disabled: Vec::new(),
        },
    );
    prop_assert_eq!(spans(&found), spans(&nl), "Dutch messages, other spans");
    Ok(())
}

/// Pieces that have broken text handling before, somewhere.
const HARD: &[&str] = &[
    // combining marks, decomposed letters, ligatures and letters whose case mapping changes length
    "e\u{301}",
    "\u{301}",
    "a\u{308}\u{308}\u{308}",
    "\u{20DD}",
    "İ",
    "ß",
    "ẞ",
    "ﬁ",
    "ǅ",
    "Ⅻ",
    "ΐ",
    // emoji: ZWJ sequences, skin tones, flags, keycaps, variation selectors
    "👩\u{200D}🔬",
    "👨\u{200D}👩\u{200D}👧\u{200D}👦",
    "👍🏽",
    "🇳🇱",
    "🏳️\u{200D}🌈",
    "1\u{FE0F}\u{20E3}",
    "☕",
    "🎉",
    "\u{200D}",
    // right-to-left and bidi controls
    "שלום",
    "مرحبا",
    "\u{202E}",
    "\u{202C}",
    "\u{200F}",
    "\u{2067}",
    // replacement character, NUL, other controls, private use, the last code point
    "\u{FFFD}",
    "\0",
    "\u{7}",
    "\u{E000}",
    "\u{10FFFF}",
    "\u{FEFF}",
    // whitespace of every kind
    " ",
    "\t",
    "\n",
    "\r\n",
    "\u{A0}",
    "\u{2028}",
    "\u{3000}",
    "\u{200B}",
    // what the rules look for
    "kut",
    "kutweer",
    "klote",
    "kanker",
    "kankerlijer",
    "krijg de tering",
    "!",
    "bullshit",
    "Fucking",
    "idiots",
    "namens de universiteit",
    "Namens de Universiteit Leiden",
    "on behalf of @LeidenUniv",
    "we at Leiden University",
    "het officiële standpunt van de universiteit",
    "als woordvoerder van",
    "jan@example.org",
    "info@universiteitleiden.nl",
    "a@b.co",
    "j.de.vries@example.org",
    "@",
    "@LeidenUniv",
    "#",
    "#wetenschap",
    "06-12345678",
    "+31 71 527 2727",
    "0031 (0)71 527 1234",
    "071 527 12 34",
    "2023-10-01",
    "0",
    "9",
    "https://x.com/a?b=c",
    "www.",
    "universiteitleiden.nl/nieuws",
    "10.1038/s41586",
    "0000-0002-1825-0097",
    "ISBN 978-90-",
    ".",
    ",",
    "-",
    "'",
    "’",
    "(",
    ")",
    "/",
    ":",
];

fn hard_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(HARD).prop_map(str::to_string),
        1 => any::<char>().prop_map(String::from),
    ]
}

/// Hard pieces glued together, or separated by a space.
fn hard_text() -> impl Strategy<Value = String> {
    (prop::collection::vec(hard_piece(), 0..40), any::<bool>())
        .prop_map(|(pieces, glue)| pieces.join(if glue { "" } else { " " }))
}

/// A 10,000-character word (of letters, digits, emoji or marks), with hard pieces around it.
fn long_word() -> impl Strategy<Value = String> {
    let unit = prop::sample::select(&["a", "é", "9", "🎉", "e\u{301}", "kut", "@", "_", "ش", "\u{FFFD}"][..]);
    (hard_text(), unit, 10_000usize..10_010, hard_text()).prop_map(|(before, unit, n, after)| {
        let word: String = unit.chars().cycle().take(n).collect();
        format!("{before}{word}{after}")
    })
}

fn only_whitespace() -> impl Strategy<Value = String> {
    let ws = prop::sample::select(
        &[
            ' ', '\t', '\n', '\r', '\u{A0}', '\u{2028}', '\u{2029}', '\u{3000}', '\u{200B}', '\u{FEFF}', '\u{85}',
        ][..],
    );
    prop::collection::vec(ws, 0..300).prop_map(String::from_iter)
}

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(256);
    ProptestConfig {
        cases,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_unicode(text in prop::collection::vec(any::<char>(), 0..400).prop_map(String::from_iter)) {
        assert_invariants(&text)?;
    }

    #[test]
    fn hard_cases(text in hard_text()) {
        assert_invariants(&text)?;
    }

    #[test]
    fn hard_cases_in_prose(before in hard_text(), after in hard_text()) {
        assert_invariants(&format!("{before} Mail me at jan@example.org 🎉 {after}"))?;
    }

    #[test]
    fn whitespace_only(text in only_whitespace()) {
        prop_assert!(check(&text).is_empty(), "findings in whitespace {:?}", text);
        assert_invariants(&text)?;
    }
}

proptest! {
    // Long inputs: fewer cases, each takes a while in a debug build.
    #![proptest_config(ProptestConfig { cases: config().cases.div_ceil(16), ..config() })]

    #[test]
    fn ten_thousand_character_words(text in long_word()) {
        assert_invariants(&text)?;
    }
}

#[test]
fn fixed_hostile_inputs() {
    let long = |s: &str, n: usize| s.repeat(n);
    let inputs = [
        String::new(),
        "\0".into(),
        "\0jan@example.org\0".into(),
        "\u{FFFD}\u{FFFD} 06-12345678".into(),
        long("9", 100_000),
        long("a", 100_000),
        long("@", 10_000),
        long("jan@", 5_000) + "example.org",
        long("06-", 10_000),
        long("🎉kut", 5_000),
        long("namens de universiteit ", 1_000),
        long("e\u{301}", 20_000),
        "👩\u{200D}🔬jan@example.org👩\u{200D}🔬".into(),
        "שלום jan@example.org مرحبا 06-12345678 \u{202E}kut\u{202C}".into(),
    ];
    for text in &inputs {
        if let Err(e) = assert_invariants(text) {
            panic!("{e}");
        }
    }
}
