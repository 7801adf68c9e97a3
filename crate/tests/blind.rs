//! Scores the checker on the blind sets in `tests/blind/`.
//!
//! A blind set is written for one round of rule work by someone who has not read
//! this crate, from the guideline and `labelling.md` alone, and is scored *before*
//! any change made for it; `docs/accuracy.md` records that first score. Afterwards
//! the set may be tuned on like any other data, so the score printed here for an
//! old round is no longer independent. The labels say which **tip** a span breaks
//! (either of two tips is right where the guideline could file a span under both),
//! not which rule of ours should find it.
//!
//! Matching, per post and tip: a diagnostic matches an expected finding of the same
//! tip when the spans overlap, each used once (a maximum matching). A further
//! diagnostic of that tip overlapping an already-found span is a repeat, neither
//! right nor wrong; so is one overlapping a `debatable` span. Every other diagnostic
//! is a false positive, every unmatched expected finding a false negative.
//!
//! The test fails on a mislabelled set (a quote not in its text, or not unique, a
//! kind that does not exist). `cargo test --test blind -- --nocapture` prints the
//! table per set, and every miss and false flag.

use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;
use std::path::PathBuf;

/// The kinds a labeller may use, and the tip each one breaks.
const KINDS: [(&str, u8); 12] = [
    ("speaking-for-university", 1),
    ("confidential", 1),
    ("student-records", 1),
    ("unsourced-claim", 2),
    ("swearing-or-insult", 4),
    ("shouting", 4),
    ("running-down-employer", 5),
    ("personal-data", 7),
    ("sensitive-information", 7),
    ("photo-without-consent", 7),
    ("copyright", 7),
    // Kept for completeness: tips 3, 6, 8, 9 and 10 are not about one post's text.
    ("other", 0),
];

const TIPS: [u8; 5] = [1, 2, 4, 5, 7];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPost {
    id: String,
    site: String,
    #[serde(default)]
    author: String,
    text: String,
    findings: Vec<RawFinding>,
    #[serde(default)]
    debatable: Vec<RawSpan>,
    #[serde(default)]
    traps: Vec<RawTrap>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFinding {
    tip: u8,
    kind: String,
    quote: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSpan {
    quote: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTrap {
    quote: String,
    why: String,
}

struct Span {
    start: usize,
    end: usize,
}

struct Expected {
    tip: u8,
    kind: String,
    quote: String,
    span: Span,
}

struct Post {
    id: String,
    text: String,
    expected: Vec<Expected>,
    debatable: Vec<Span>,
    /// Organisational contact data: flagging it is the wrong flag users hate most.
    contact_traps: Vec<Span>,
}

fn blind_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/blind")
}

fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

/// The UTF-16 span of `quote`, which must occur exactly once in `text`.
fn locate(id: &str, text: &str, quote: &str, problems: &mut Vec<String>) -> Option<Span> {
    let places: Vec<usize> = text.match_indices(quote).map(|(at, _)| at).collect();
    match places.as_slice() {
        _ if quote.trim().is_empty() => problems.push(format!("{id}: empty quote")),
        [] => problems.push(format!("{id}: quote {quote:?} is not in the text")),
        [at] => {
            let start = utf16_len(&text[..*at]);
            return Some(Span {
                start,
                end: start + utf16_len(quote),
            });
        }
        more => problems.push(format!("{id}: quote {quote:?} occurs {} times", more.len())),
    }
    None
}

fn validate(raw: RawPost, ids: &mut HashSet<String>, problems: &mut Vec<String>) -> Post {
    let id = raw.id.clone();
    if !ids.insert(id.clone()) {
        problems.push(format!("{id}: duplicate id"));
    }
    if !["x", "linkedin", "facebook"].contains(&raw.site.as_str()) {
        problems.push(format!("{id}: unknown site {:?}", raw.site));
    }
    let _ = raw.author;
    let mut expected = Vec::new();
    for f in raw.findings {
        match KINDS.iter().find(|(kind, _)| *kind == f.kind) {
            None => problems.push(format!("{id}: unknown kind {:?}", f.kind)),
            Some(&(_, tip)) if tip != f.tip => {
                problems.push(format!("{id}: kind {} breaks tip {tip}, not tip {}", f.kind, f.tip))
            }
            Some(_) => {}
        }
        if let Some(span) = locate(&id, &raw.text, &f.quote, problems) {
            expected.push(Expected {
                tip: f.tip,
                kind: f.kind,
                quote: f.quote,
                span,
            });
        }
    }
    let debatable = raw
        .debatable
        .iter()
        .filter_map(|d| locate(&id, &raw.text, &d.quote, problems))
        .collect();
    let contact_traps = raw
        .traps
        .iter()
        .filter(|t| is_contact_trap(&t.why))
        .filter_map(|t| locate(&id, &raw.text, &t.quote, problems))
        .collect();
    Post {
        id,
        text: raw.text,
        expected,
        debatable,
        contact_traps,
    }
}

fn overlaps(a: &Span, b: &Span) -> bool {
    a.start < b.end && b.start < a.end
}

/// For each expected span, the found span matched with it (a maximum matching).
fn match_spans(expected: &[&Span], found: &[Span]) -> Vec<Option<usize>> {
    fn augment(e: usize, expected: &[&Span], found: &[Span], seen: &mut [bool], owner: &mut [Option<usize>]) -> bool {
        for d in 0..found.len() {
            if seen[d] || !overlaps(expected[e], &found[d]) {
                continue;
            }
            seen[d] = true;
            let free = match owner[d] {
                None => true,
                Some(o) => augment(o, expected, found, seen, owner),
            };
            if free {
                owner[d] = Some(e);
                return true;
            }
        }
        false
    }
    let mut owner = vec![None; found.len()];
    for e in 0..expected.len() {
        augment(e, expected, found, &mut vec![false; found.len()], &mut owner);
    }
    let mut matched = vec![None; expected.len()];
    for (d, e) in owner.iter().enumerate() {
        if let Some(e) = e {
            matched[*e] = Some(d);
        }
    }
    matched
}

#[derive(Default)]
struct Count {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Count {
    fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

fn slice(text: &str, span: &Span) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16_lossy(&units[span.start..span.end.min(units.len())])
}

/// Scores one set; returns the printed report.
fn score(name: &str, posts: &[Post]) -> String {
    let mut per_tip: BTreeMap<u8, Count> = TIPS.iter().map(|&t| (t, Count::default())).collect();
    let mut per_kind: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut contact_flagged = 0;
    let mut contact_total = 0;
    let mut details = String::new();
    for post in posts {
        let diagnostics = ambassadeur::check(&post.text);
        for tip in TIPS {
            let expected: Vec<&Expected> = post.expected.iter().filter(|e| e.tip == tip).collect();
            let found: Vec<(String, Span)> = diagnostics
                .iter()
                .filter(|d| d.tip == tip)
                .map(|d| {
                    (
                        d.rule.clone(),
                        Span {
                            start: d.start,
                            end: d.end,
                        },
                    )
                })
                .collect();
            let spans: Vec<Span> = found
                .iter()
                .map(|(_, s)| Span {
                    start: s.start,
                    end: s.end,
                })
                .collect();
            let matched = match_spans(&expected.iter().map(|e| &e.span).collect::<Vec<_>>(), &spans);
            let count = per_tip.get_mut(&tip).expect("every tip is counted");
            for (e, m) in expected.iter().zip(&matched) {
                let entry = per_kind.entry(e.kind.clone()).or_default();
                entry.1 += 1;
                if m.is_some() {
                    count.tp += 1;
                    entry.0 += 1;
                } else {
                    count.fn_ += 1;
                    let _ = writeln!(details, "  miss  {} tip {tip} {}: {:?}", post.id, e.kind, e.quote);
                }
            }
            for (d, (rule, span)) in found.iter().enumerate() {
                let used = matched.contains(&Some(d));
                let repeat = expected.iter().any(|e| overlaps(&e.span, span));
                let debatable = post.debatable.iter().any(|s| overlaps(s, span));
                if !used && !repeat && !debatable {
                    count.fp += 1;
                    let _ = writeln!(
                        details,
                        "  false {} tip {tip} {rule}: {:?}",
                        post.id,
                        slice(&post.text, span)
                    );
                }
            }
        }
        contact_total += post.contact_traps.len();
        contact_flagged += post
            .contact_traps
            .iter()
            .filter(|t| {
                diagnostics.iter().any(|d| {
                    overlaps(
                        t,
                        &Span {
                            start: d.start,
                            end: d.end,
                        },
                    )
                })
            })
            .count();
    }

    let mut out = String::new();
    let _ = writeln!(out, "\n{name}: {} posts", posts.len());
    let _ = writeln!(out, "| tip | TP | FP | FN | precision | recall |");
    let _ = writeln!(out, "|---|---|---|---|---|---|");
    let mut all = Count::default();
    for (tip, c) in &per_tip {
        let _ = writeln!(
            out,
            "| {tip} | {} | {} | {} | {:.2} | {:.2} |",
            c.tp,
            c.fp,
            c.fn_,
            c.precision(),
            c.recall()
        );
        all.tp += c.tp;
        all.fp += c.fp;
        all.fn_ += c.fn_;
    }
    let _ = writeln!(
        out,
        "| **all** | **{}** | **{}** | **{}** | **{:.2}** | **{:.2}** |",
        all.tp,
        all.fp,
        all.fn_,
        all.precision(),
        all.recall()
    );
    let _ = writeln!(out, "\nrecall per kind:");
    for (kind, (found, total)) in &per_kind {
        let _ = writeln!(out, "  {kind}: {found}/{total}");
    }
    let _ = writeln!(
        out,
        "organisational contact data flagged: {contact_flagged} of {contact_total}"
    );
    out + &details
}

#[test]
fn blind_sets_are_labelled_well_and_scored() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(blind_dir())
        .expect("tests/blind exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no blind set in tests/blind");
    let mut problems = Vec::new();
    let mut report = String::new();
    for file in &files {
        let raw = std::fs::read_to_string(file).expect("readable blind set");
        let parsed: Vec<RawPost> = match serde_json::from_str(&raw) {
            Ok(parsed) => parsed,
            Err(e) => {
                problems.push(format!("{}: not a blind set: {e}", file.display()));
                continue;
            }
        };
        let mut ids = HashSet::new();
        let posts: Vec<Post> = parsed
            .into_iter()
            .map(|raw| validate(raw, &mut ids, &mut problems))
            .collect();
        let name = file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        report += &score(&name, &posts);
    }
    println!("{report}");
    assert!(problems.is_empty(), "mislabelled blind set:\n{}", problems.join("\n"));
}

/// A trap of organisational contact data, however the writer put it: "organisational contact
/// data", "functional mailbox of a department", "published university number", "institutional
/// @handle", "official social-media handle", "bank account of an organisation", "IBAN of a
/// charity", "postal address of a university building".
fn is_contact_trap(why: &str) -> bool {
    let why = why.to_lowercase();
    [
        "organisational contact",
        "functional mailbox",
        "published",
        "@handle",
        "social-media handle",
        "bank account of an organisation",
        "iban of a",
        "postal address of",
    ]
    .iter()
    .any(|w| why.contains(w))
}
