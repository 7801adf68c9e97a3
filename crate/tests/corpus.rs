//! Scores the shipped rules on the labelled corpus in `tests/corpus/`.
//!
//! The corpus is a set of realistic posts by Leiden staff, written and labelled
//! from the guideline alone (not from the rules), in Dutch (`nl.json`) and
//! English (`en.json`). Each post lists what a careful reader would ask the
//! author to fix: the rule, its tip and the quoted text (the smallest span).
//!
//! A diagnostic matches an expected finding when the rule is the same and the
//! spans overlap; every expected finding and every diagnostic is used at most
//! once (a maximum matching per post and rule). Unmatched diagnostics are false
//! positives, unmatched expected findings are false negatives.
//!
//! Run `cargo test --test corpus -- --nocapture` to see the table and every
//! false positive and false negative.

use regex::Regex;
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;
use std::path::PathBuf;

/// The rules the corpus is labelled with, and the tip each one serves.
const RULES: [(&str, u8); 11] = [
    ("speaks-for-university", 1),
    ("confidential-information", 1),
    ("student-records", 1),
    ("unsourced-claim", 2),
    ("profanity", 4),
    ("shouting", 4),
    ("work-grievance", 5),
    ("personal-data", 7),
    ("sensitive-about-others", 7),
    ("photos-of-people", 7),
    ("copyright", 7),
];

const LANGUAGES: [&str; 2] = ["nl", "en"];

const MIN_PRECISION: f64 = 0.95;
const MIN_RECALL: f64 = 0.90;

// ---------------------------------------------------------------- loading

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPost {
    id: String,
    text: String,
    findings: Vec<RawFinding>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFinding {
    rule: String,
    tip: u8,
    quote: String,
    #[serde(default)]
    occurrence: Option<usize>,
}

/// An expected finding, located in its post (UTF-16 code units, end exclusive).
#[derive(Clone, Debug)]
struct Expected {
    rule: String,
    quote: String,
    start: usize,
    end: usize,
}

#[derive(Debug)]
struct Post {
    lang: &'static str,
    id: String,
    text: String,
    expected: Vec<Expected>,
}

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/corpus")
}

fn tip_of(rule: &str) -> Option<u8> {
    RULES.iter().find(|(id, _)| *id == rule).map(|&(_, tip)| tip)
}

fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

/// Loads both files and checks every label. Returns the posts, or every problem found.
fn load() -> Result<Vec<Post>, Vec<String>> {
    let mut posts = Vec::new();
    let mut problems = Vec::new();
    let mut ids = HashSet::new();
    for lang in LANGUAGES {
        let path = corpus_dir().join(format!("{lang}.json"));
        let raw = match std::fs::read_to_string(&path) {
            Ok(raw) => raw,
            Err(e) => {
                problems.push(format!("{}: cannot read: {e}", path.display()));
                continue;
            }
        };
        let parsed: Vec<RawPost> = match serde_json::from_str(&raw) {
            Ok(parsed) => parsed,
            Err(e) => {
                problems.push(format!("{lang}.json: not a valid corpus file: {e}"));
                continue;
            }
        };
        for raw in parsed {
            match validate(lang, raw, &mut ids) {
                Ok(post) => posts.push(post),
                Err(mut found) => problems.append(&mut found),
            }
        }
    }
    problems.extend(check_identifiers(&posts));
    if problems.is_empty() {
        Ok(posts)
    } else {
        Err(problems)
    }
}

fn validate(lang: &'static str, raw: RawPost, ids: &mut HashSet<String>) -> Result<Post, Vec<String>> {
    let mut problems = Vec::new();
    let id = raw.id.clone();
    if !ids.insert(raw.id.clone()) {
        problems.push(format!("{id}: duplicate id"));
    }
    if !raw.id.starts_with(&format!("{lang}-")) {
        problems.push(format!("{id}: id in {lang}.json should start with \"{lang}-\""));
    }
    if raw.text.trim().is_empty() {
        problems.push(format!("{id}: empty text"));
    }
    let mut expected = Vec::new();
    for f in &raw.findings {
        match tip_of(&f.rule) {
            None => problems.push(format!("{id}: unknown rule {:?}", f.rule)),
            Some(tip) if tip != f.tip => {
                problems.push(format!("{id}: rule {} serves tip {tip}, not tip {}", f.rule, f.tip))
            }
            Some(_) => {}
        }
        if f.quote.is_empty() {
            problems.push(format!("{id}: empty quote for {}", f.rule));
            continue;
        }
        if f.quote.trim() != f.quote {
            problems.push(format!("{id}: quote {:?} starts or ends with white space", f.quote));
        }
        let places: Vec<usize> = raw.text.match_indices(f.quote.as_str()).map(|(at, _)| at).collect();
        let wanted = match (places.len(), f.occurrence) {
            (0, _) => {
                problems.push(format!("{id}: quote {:?} is not in the text", f.quote));
                continue;
            }
            (_, Some(0)) => {
                problems.push(format!("{id}: occurrence counts from 1 (quote {:?})", f.quote));
                continue;
            }
            (n, Some(k)) if k > n => {
                problems.push(format!("{id}: quote {:?} occurs {n} times, not {k}", f.quote));
                continue;
            }
            (n, None) if n > 1 => {
                problems.push(format!(
                    "{id}: quote {:?} occurs {n} times; say which with \"occurrence\"",
                    f.quote
                ));
                continue;
            }
            (_, k) => k.unwrap_or(1),
        };
        let at = places[wanted - 1];
        let start = utf16_len(&raw.text[..at]);
        expected.push(Expected {
            rule: f.rule.clone(),
            quote: f.quote.clone(),
            start,
            end: start + utf16_len(&f.quote),
        });
    }
    for (i, a) in expected.iter().enumerate() {
        for b in &expected[i + 1..] {
            if a.rule == b.rule && overlaps(a.start, a.end, b.start, b.end) {
                problems.push(format!(
                    "{id}: two {} findings overlap ({:?} and {:?})",
                    a.rule, a.quote, b.quote
                ));
            }
        }
    }
    if problems.is_empty() {
        Ok(Post {
            lang,
            id: raw.id,
            text: raw.text,
            expected,
        })
    } else {
        Err(problems)
    }
}

/// Personal data that can be checked is labelled honestly: every IBAN passing
/// mod-97 and every nine-digit number passing the 11-proef is a `personal-data`
/// finding, and no failing one is; every e-mail address and every Leiden student
/// number is personal data (a student's grades stay `student-records`).
fn check_identifiers(posts: &[Post]) -> Vec<String> {
    let iban = Regex::new(r"\b[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}\b").unwrap();
    let digits = Regex::new(r"[0-9]+").unwrap();
    let email = Regex::new(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+").unwrap();
    let student = Regex::new(r"\bs[0-9]{7}\b").unwrap();
    let mut problems = Vec::new();
    for post in posts {
        let covered = |rule: &str, start: usize, end: usize| {
            let (s, e) = (utf16_len(&post.text[..start]), utf16_len(&post.text[..end]));
            post.expected
                .iter()
                .any(|x| x.rule == rule && x.start <= s && e <= x.end)
        };
        for m in iban.find_iter(&post.text) {
            let (valid, labelled) = (iban_is_valid(m.as_str()), covered("personal-data", m.start(), m.end()));
            if valid != labelled {
                let what = if valid {
                    "passes mod-97 but is not labelled"
                } else {
                    "fails mod-97 but is labelled"
                };
                problems.push(format!("{}: IBAN {} {what} personal-data", post.id, m.as_str()));
            }
        }
        // Nine digits on their own: not part of a longer number, a DOI, a URL or a date.
        let standalone = |m: &regex::Match| {
            let before = post.text[..m.start()].chars().next_back();
            let after = post.text[m.end()..].chars().next();
            m.as_str().len() == 9
                && !before.is_some_and(|c| matches!(c, '.' | '/' | '-' | '_') || c.is_alphanumeric())
                && !after.is_some_and(|c| matches!(c, '/' | '-' | '_') || c.is_alphanumeric())
        };
        for m in digits.find_iter(&post.text).filter(|m| standalone(m)) {
            let (valid, labelled) = (bsn_is_valid(m.as_str()), covered("personal-data", m.start(), m.end()));
            if valid != labelled {
                let what = if valid {
                    "passes the 11-proef but is not labelled"
                } else {
                    "fails the 11-proef but is labelled"
                };
                problems.push(format!("{}: number {} {what} personal-data", post.id, m.as_str()));
            }
        }
        for m in email.find_iter(&post.text) {
            if !covered("personal-data", m.start(), m.end()) {
                problems.push(format!(
                    "{}: e-mail address {} is not labelled personal-data",
                    post.id,
                    m.as_str()
                ));
            }
        }
        for m in student.find_iter(&post.text) {
            if !covered("personal-data", m.start(), m.end()) {
                problems.push(format!(
                    "{}: student number {} is not labelled personal-data",
                    post.id,
                    m.as_str()
                ));
            }
        }
    }
    problems
}

fn iban_is_valid(iban: &str) -> bool {
    let (head, tail) = iban.split_at(4);
    let mut rest = 0u32;
    for c in tail.chars().chain(head.chars()) {
        let Some(v) = c.to_digit(36) else { return false };
        rest = if v < 10 {
            (rest * 10 + v) % 97
        } else {
            (rest * 100 + v) % 97
        };
    }
    rest == 1
}

fn bsn_is_valid(number: &str) -> bool {
    let digits: Vec<u32> = number.chars().filter_map(|c| c.to_digit(10)).collect();
    if digits.len() != 9 {
        return false;
    }
    let sum: i64 = digits[..8]
        .iter()
        .zip((2..=9).rev())
        .map(|(&d, w)| i64::from(d) * w)
        .sum::<i64>()
        - i64::from(digits[8]);
    sum % 11 == 0
}

// ---------------------------------------------------------------- scoring

fn overlaps(a_start: usize, a_end: usize, b_start: usize, b_end: usize) -> bool {
    a_start < b_end && b_start < a_end
}

/// Size of a maximum matching between expected findings and diagnostics, and
/// for each expected finding the diagnostic it is matched with.
fn match_spans(expected: &[(usize, usize)], found: &[(usize, usize)]) -> Vec<Option<usize>> {
    fn augment(
        e: usize,
        expected: &[(usize, usize)],
        found: &[(usize, usize)],
        seen: &mut [bool],
        owner: &mut [Option<usize>],
    ) -> bool {
        for (d, &(ds, de)) in found.iter().enumerate() {
            let (es, ee) = expected[e];
            if seen[d] || !overlaps(es, ee, ds, de) {
                continue;
            }
            seen[d] = true;
            if owner[d].is_none() || augment(owner[d].unwrap(), expected, found, seen, owner) {
                owner[d] = Some(e);
                return true;
            }
        }
        false
    }
    let mut owner: Vec<Option<usize>> = vec![None; found.len()];
    for e in 0..expected.len() {
        let mut seen = vec![false; found.len()];
        augment(e, expected, found, &mut seen, &mut owner);
    }
    let mut matched = vec![None; expected.len()];
    for (d, e) in owner.iter().enumerate() {
        if let Some(e) = e {
            matched[*e] = Some(d);
        }
    }
    matched
}

#[derive(Clone, Copy, Default)]
struct Counts {
    expected: usize,
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn add(&mut self, other: Counts) {
        self.expected += other.expected;
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }
    /// Precision; 1.0 when nothing was reported (nothing reported wrongly).
    fn precision(&self) -> f64 {
        if self.tp + self.fp == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }
    /// Recall; 1.0 when nothing was expected.
    fn recall(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
    fn row(&self, name: &str) -> String {
        format!(
            "{name:<26} {:>5} {:>5} {:>5} {:>5} {:>9.3} {:>7.3}",
            self.expected,
            self.tp,
            self.fp,
            self.fn_,
            self.precision(),
            self.recall()
        )
    }
}

struct Miss {
    kind: &'static str,
    id: String,
    rule: String,
    what: String,
    text: String,
}

struct Score {
    per_rule: BTreeMap<String, Counts>,
    per_lang: BTreeMap<&'static str, Counts>,
    overall: Counts,
    misses: Vec<Miss>,
    broken: Vec<String>,
}

/// The text between two UTF-16 offsets, or `None` when they do not fit it.
fn utf16_slice(text: &str, start: usize, end: usize) -> Option<String> {
    let units: Vec<u16> = text.encode_utf16().collect();
    if start > end || end > units.len() {
        return None;
    }
    Some(String::from_utf16_lossy(&units[start..end]))
}

fn score(posts: &[Post]) -> Score {
    let mut per_rule: BTreeMap<String, Counts> = RULES
        .iter()
        .map(|(id, _)| (id.to_string(), Counts::default()))
        .collect();
    let mut per_lang: BTreeMap<&'static str, Counts> = BTreeMap::new();
    let mut overall = Counts::default();
    let mut misses = Vec::new();
    let mut broken = Vec::new();

    for post in posts {
        let diagnostics = ambassadeur::check(&post.text);
        for d in &diagnostics {
            if utf16_slice(&post.text, d.start, d.end).is_none() || d.start == d.end {
                broken.push(format!(
                    "{}: {} reported an impossible span {}..{}",
                    post.id, d.rule, d.start, d.end
                ));
            }
            if let Some(tip) = tip_of(&d.rule) {
                if tip != d.tip {
                    broken.push(format!(
                        "{}: {} reported tip {}, the guideline's tip is {tip}",
                        post.id, d.rule, d.tip
                    ));
                }
            }
        }
        let mut rules: Vec<&str> = post.expected.iter().map(|e| e.rule.as_str()).collect();
        rules.extend(diagnostics.iter().map(|d| d.rule.as_str()));
        rules.sort_unstable();
        rules.dedup();
        for rule in rules {
            let expected: Vec<&Expected> = post.expected.iter().filter(|e| e.rule == rule).collect();
            let found: Vec<_> = diagnostics.iter().filter(|d| d.rule == rule).collect();
            let matched = match_spans(
                &expected.iter().map(|e| (e.start, e.end)).collect::<Vec<_>>(),
                &found.iter().map(|d| (d.start, d.end)).collect::<Vec<_>>(),
            );
            let used: HashSet<usize> = matched.iter().flatten().copied().collect();
            let counts = Counts {
                expected: expected.len(),
                tp: used.len(),
                fp: found.len() - used.len(),
                fn_: expected.len() - used.len(),
            };
            for (e, m) in expected.iter().zip(&matched) {
                if m.is_none() {
                    misses.push(Miss {
                        kind: "FN",
                        id: post.id.clone(),
                        rule: rule.to_string(),
                        what: format!("expected «{}»", e.quote),
                        text: post.text.clone(),
                    });
                }
            }
            for (i, d) in found.iter().enumerate() {
                if !used.contains(&i) {
                    let span = utf16_slice(&post.text, d.start, d.end).unwrap_or_default();
                    misses.push(Miss {
                        kind: "FP",
                        id: post.id.clone(),
                        rule: rule.to_string(),
                        what: format!("reported «{span}» at {}..{}", d.start, d.end),
                        text: post.text.clone(),
                    });
                }
            }
            per_rule.entry(rule.to_string()).or_default().add(counts);
            per_lang.entry(post.lang).or_default().add(counts);
            overall.add(counts);
        }
    }
    Score {
        per_rule,
        per_lang,
        overall,
        misses,
        broken,
    }
}

fn report(score: &Score) -> String {
    let mut out = String::new();
    let header = format!(
        "{:<26} {:>5} {:>5} {:>5} {:>5} {:>9} {:>7}",
        "rule", "exp", "TP", "FP", "FN", "precision", "recall"
    );
    let line = "-".repeat(header.len());
    writeln!(out, "\n{header}\n{line}").unwrap();
    for (rule, counts) in &score.per_rule {
        let name = if tip_of(rule).is_some() {
            rule.clone()
        } else {
            format!("{rule} (not labelled)")
        };
        writeln!(out, "{}", counts.row(&name)).unwrap();
    }
    writeln!(out, "{line}").unwrap();
    for (lang, counts) in &score.per_lang {
        writeln!(out, "{}", counts.row(&format!("all rules, {lang}"))).unwrap();
    }
    writeln!(out, "{}", score.overall.row("all rules")).unwrap();
    writeln!(out, "(bar: precision >= {MIN_PRECISION:.2}, recall >= {MIN_RECALL:.2})").unwrap();

    for kind in ["FP", "FN"] {
        let misses: Vec<&Miss> = score.misses.iter().filter(|m| m.kind == kind).collect();
        let title = if kind == "FP" {
            "False positives"
        } else {
            "False negatives"
        };
        writeln!(out, "\n{title} ({}):", misses.len()).unwrap();
        for m in misses {
            writeln!(
                out,
                "  {} {} {}: {}\n      {}",
                m.kind,
                m.id,
                m.rule,
                m.what,
                m.text.replace('\n', "\\n")
            )
            .unwrap();
        }
    }
    out
}

// ---------------------------------------------------------------- tests

fn corpus() -> Vec<Post> {
    match load() {
        Ok(posts) => posts,
        Err(problems) => panic!(
            "the corpus has {} problem(s):\n  {}",
            problems.len(),
            problems.join("\n  ")
        ),
    }
}

#[test]
fn corpus_is_valid() {
    let posts = corpus();
    assert!(!posts.is_empty());
}

#[test]
fn corpus_has_the_required_size_and_mix() {
    let posts = corpus();
    let total = posts.len();
    let count = |f: &dyn Fn(&Post) -> bool| posts.iter().filter(|p| f(p)).count();
    let clean = count(&|p| p.expected.is_empty());
    let dutch = count(&|p| p.lang == "nl");
    let long = count(&|p| utf16_len(&p.text) >= 800);
    let emoji = count(&|p| p.text.chars().any(is_emoji));
    let url = count(&|p| p.text.contains("https://") || p.text.contains("http://"));
    let mention = count(&|p| has_mention(&p.text));
    let hashtag = count(&|p| has_hashtag(&p.text));
    let line_break = count(&|p| p.text.contains('\n'));
    println!(
        "{total} posts: {dutch} nl, {} en; {clean} clean ({:.1} %); {long} of >= 800 characters; \
         {emoji} with emoji, {url} with a URL, {mention} with a mention, {hashtag} with a hashtag, \
         {line_break} with a line break",
        total - dutch,
        100.0 * clean as f64 / total as f64
    );

    let mut problems = Vec::new();
    if total < 300 {
        problems.push(format!("{total} posts, at least 300 wanted"));
    }
    if (clean as f64) < 0.40 * total as f64 {
        problems.push(format!("{clean} clean posts, at least 40 % wanted"));
    }
    let share = dutch as f64 / total as f64;
    if !(0.45..=0.55).contains(&share) {
        problems.push(format!("{:.1} % Dutch, about half wanted", 100.0 * share));
    }
    if long < 20 {
        problems.push(format!("{long} posts of at least 800 characters, 20 wanted"));
    }
    for (what, n) in [
        ("emoji", emoji),
        ("a URL", url),
        ("a mention", mention),
        ("a hashtag", hashtag),
        ("a line break", line_break),
    ] {
        if n < 20 {
            problems.push(format!("{n} posts with {what}, at least 20 wanted"));
        }
    }
    for (rule, _) in RULES {
        for lang in LANGUAGES {
            let n: usize = posts
                .iter()
                .filter(|p| p.lang == lang)
                .map(|p| p.expected.iter().filter(|e| e.rule == rule).count())
                .sum();
            if n < 5 {
                problems.push(format!("{n} {rule} findings in {lang}, at least 5 wanted"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "the corpus does not meet the requirements:\n  {}",
        problems.join("\n  ")
    );
}

#[test]
fn rules_meet_the_bar_on_the_corpus() {
    let posts = corpus();
    let score = score(&posts);
    println!("{}", report(&score));
    assert!(
        score.broken.is_empty(),
        "broken diagnostics:\n  {}",
        score.broken.join("\n  ")
    );
    let (p, r) = (score.overall.precision(), score.overall.recall());
    assert!(
        p >= MIN_PRECISION && r >= MIN_RECALL,
        "overall precision {p:.3} (bar {MIN_PRECISION}) and recall {r:.3} (bar {MIN_RECALL}): below the bar"
    );
}

fn is_emoji(c: char) -> bool {
    matches!(c as u32,
        0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x2300..=0x23FF)
}

fn has_mention(text: &str) -> bool {
    word_after(text, '@')
}

fn has_hashtag(text: &str) -> bool {
    word_after(text, '#')
}

/// Whether `sigil` starts a word: not after a letter or digit (as in an e-mail
/// address) and followed by a letter, digit or underscore.
fn word_after(text: &str, sigil: char) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars.iter().enumerate().any(|(i, &c)| {
        c == sigil
            && (i == 0 || !chars[i - 1].is_alphanumeric())
            && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric() || *n == '_')
    })
}

#[test]
fn scoring_matches_each_finding_once() {
    // Two diagnostics on one expected finding: one TP, one FP.
    let m = match_spans(&[(0, 10)], &[(2, 4), (5, 8)]);
    assert_eq!(m.iter().flatten().count(), 1);
    // A maximum matching, not a greedy one: the wide diagnostic must go to the
    // second finding so the narrow one can take the first.
    let m = match_spans(&[(0, 5), (6, 10)], &[(0, 10), (1, 2)]);
    assert_eq!(m, vec![Some(1), Some(0)]);
    // Touching is not overlapping (end exclusive).
    assert_eq!(match_spans(&[(0, 5)], &[(5, 9)]), vec![None]);
}

#[test]
fn checksums_are_right() {
    assert!(iban_is_valid("NL91ABNA0417164300"));
    assert!(iban_is_valid("DE89370400440532013000"));
    assert!(!iban_is_valid("NL12ABNA0417164300"));
    assert!(bsn_is_valid("111222333"));
    assert!(!bsn_is_valid("111222334"));
    assert_eq!(utf16_slice("🎉 ok", 3, 5).as_deref(), Some("ok"));
}

#[test]
fn validation_catches_bad_labels() {
    let raw = |text: &str, findings: Vec<(&str, u8, &str, Option<usize>)>| RawPost {
        id: "nl-900".into(),
        text: text.into(),
        findings: findings
            .into_iter()
            .map(|(rule, tip, quote, occurrence)| RawFinding {
                rule: rule.into(),
                tip,
                quote: quote.into(),
                occurrence,
            })
            .collect(),
    };
    let check = |post: RawPost| validate("nl", post, &mut HashSet::new());

    let ok = check(raw("Kutweer 🌧️ en kutfiets", vec![("profanity", 4, "kutfiets", None)])).unwrap();
    assert_eq!(
        (ok.expected[0].start, ok.expected[0].end),
        (15, 23),
        "offsets are UTF-16 code units"
    );
    let second = check(raw("shit en nog eens shit", vec![("profanity", 4, "shit", Some(2))])).unwrap();
    assert_eq!(second.expected[0].start, 17);

    for (post, why) in [
        (
            raw("Kutweer", vec![("profanity", 4, "kutweer", None)]),
            "quote not in text",
        ),
        (raw("Kutweer", vec![("profanity", 2, "Kutweer", None)]), "wrong tip"),
        (raw("Kutweer", vec![("swearing", 4, "Kutweer", None)]), "unknown rule"),
        (
            raw("shit, shit", vec![("profanity", 4, "shit", None)]),
            "ambiguous quote",
        ),
        (
            raw("shit, shit", vec![("profanity", 4, "shit", Some(3))]),
            "occurrence out of range",
        ),
        (raw("shit", vec![("profanity", 4, "shit", Some(0))]), "occurrence 0"),
        (raw("Kutweer", vec![("profanity", 4, "Kutweer ", None)]), "padded quote"),
        (
            raw(
                "Kutweer",
                vec![("profanity", 4, "Kutweer", None), ("profanity", 4, "Kut", None)],
            ),
            "overlapping findings of one rule",
        ),
    ] {
        assert!(check(post).is_err(), "not caught: {why}");
    }
    let wrong_file = validate("en", raw("Fijne dag", vec![]), &mut HashSet::new());
    assert!(wrong_file.is_err(), "not caught: id of the other language");
    let mut ids = HashSet::new();
    assert!(validate("nl", raw("Fijne dag", vec![]), &mut ids).is_ok());
    assert!(
        validate("nl", raw("Fijne dag", vec![]), &mut ids).is_err(),
        "not caught: duplicate id"
    );

    let post = |text: &str, findings: Vec<Expected>| Post {
        lang: "nl",
        id: "nl-901".into(),
        text: text.into(),
        expected: findings,
    };
    let at = |text: &str, rule: &str, quote: &str| {
        let start = utf16_len(&text[..text.find(quote).unwrap()]);
        Expected {
            rule: rule.into(),
            quote: quote.into(),
            start,
            end: start + utf16_len(quote),
        }
    };
    let t = "Maak het over op NL91ABNA0417164300 🎁";
    assert_eq!(
        check_identifiers(&[post(t, vec![])]).len(),
        1,
        "a valid IBAN must be labelled"
    );
    assert!(check_identifiers(&[post(t, vec![at(t, "personal-data", "NL91ABNA0417164300")])]).is_empty());
    let t = "Tikfout: NL12ABNA0417164300";
    assert_eq!(
        check_identifiers(&[post(t, vec![at(t, "personal-data", "NL12ABNA0417164300")])]).len(),
        1
    );
    let t = "BSN 111222333, dossier 111222334, doi 10.1000/111222333";
    assert_eq!(
        check_identifiers(&[post(t, vec![])]).len(),
        1,
        "only the standalone valid number counts"
    );
    let t = "Mail jan@example.org of s1234567";
    assert_eq!(check_identifiers(&[post(t, vec![])]).len(), 2);
}
