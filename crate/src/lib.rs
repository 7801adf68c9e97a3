//! Ambassadeur's core: checks a social-media post against Leiden University's
//! guideline for employees and reports what conflicts with its ten tips.
//!
//! Pure: `&str` in, diagnostics out. The WASM binding (`wasm.rs`) and the CLI
//! (`bin/ambassadeur.rs`) are thin shells around [`check`] and [`check_with`].

pub mod classifier;
pub mod diagnostic;
pub mod docs;
pub mod phrase;
pub mod rules;
pub mod text;
pub mod tips;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use diagnostic::{Diagnostic, Lang, Severity, UnknownLang};
pub use rules::RuleMeta;

use serde::Deserialize;

/// How to check: the language of the messages and the rules switched off.
/// Each field stands on its own: the WASM binding reads them one by one, and a
/// malformed one falls back to its default without resetting the other.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct Options {
    pub lang: Lang,
    /// Ids of rules not to run. Unknown ids are ignored.
    pub disabled: Vec<String>,
}

/// Checks `text` with every rule, messages in English.
pub fn check(text: &str) -> Vec<Diagnostic> {
    check_with(text, &Options::default())
}

/// Checks `text` with the rules `options` leaves on. Sorted by `start`; never panics.
pub fn check_with(text: &str, options: &Options) -> Vec<Diagnostic> {
    run(text, options, true).into_iter().map(Found::diagnostic).collect()
}

/// The rules alone, without the sentence classifier: what the rules' unit tests check.
#[cfg(test)]
pub(crate) fn check_rules(text: &str) -> Vec<Diagnostic> {
    run(text, &Options::default(), false)
        .into_iter()
        .map(Found::diagnostic)
        .collect()
}

/// A [`Diagnostic`] before its strings are copied out of the rule: the WASM binding makes
/// JS objects of these directly, and a hostile page has thousands.
pub(crate) struct Found {
    pub meta: &'static RuleMeta,
    /// UTF-16 offsets.
    pub start: usize,
    pub end: usize,
    pub message: &'static str,
    pub suggestions: Vec<String>,
}

impl Found {
    fn diagnostic(self) -> Diagnostic {
        Diagnostic {
            rule: self.meta.id.to_string(),
            tip: self.meta.tip,
            severity: self.meta.severity,
            start: self.start,
            end: self.end,
            message: self.message.to_string(),
            suggestions: self.suggestions,
        }
    }
}

fn run(text: &str, options: &Options, classify: bool) -> Vec<Found> {
    let parsed = text::Text::classified(text);
    let mut found: Vec<(&'static RuleMeta, diagnostic::Finding)> = Vec::new();
    let mut scratch = Vec::new();
    for rule in rules::ALL {
        let meta = rule.meta();
        if options.disabled.iter().any(|id| id == meta.id) {
            continue;
        }
        rule.check(&parsed, &mut scratch);
        found.extend(scratch.drain(..).map(|f| (meta, f)));
    }
    // The second signal: sentences the rules' phrases missed.
    if classify {
        classifier::check(&parsed, &options.disabled, &mut found);
    }
    // A finding must cover text, on character boundaries; anything else is a rule's bug,
    // which fails the tests and is dropped in a release build.
    found.retain(|(meta, f)| {
        let whole = f.span.start < f.span.end
            && f.span.end <= text.len()
            && text.is_char_boundary(f.span.start)
            && text.is_char_boundary(f.span.end);
        debug_assert!(whole, "{} reported the broken span {:?} in {text:?}", meta.id, f.span);
        whole
    });
    found.sort_by(|(a, x), (b, y)| (x.span.start, x.span.end, a.id).cmp(&(y.span.start, y.span.end, b.id)));
    found.dedup_by(|(a, x), (b, y)| a.id == b.id && x.span == y.span);
    rules::reach_back_to_news(&parsed, &mut found);
    // A figure inside news not yet public is the leak's, not a claim to source: the writer is
    // the source ("teaching support goes down by 15% and nobody's been told yet"). One sweep
    // in order of start: how far the news underlined so far reaches.
    let mut news_reach = 0;
    found.retain(|(meta, f)| match meta.id {
        "confidential-information" => {
            news_reach = news_reach.max(f.span.end);
            true
        }
        "unsourced-claim" => f.span.end > news_reach,
        _ => true,
    });

    let mut offsets: Vec<usize> = found.iter().flat_map(|(_, f)| [f.span.start, f.span.end]).collect();
    diagnostic::to_utf16(text, &mut offsets);
    found
        .into_iter()
        .zip(offsets.chunks_exact(2))
        .map(|((meta, f), at)| Found {
            meta,
            start: at[0],
            end: at[1],
            message: f.message.get(options.lang),
            suggestions: f.suggestions,
        })
        .collect()
}

/// A rule as the popup and the options page show it, in one language.
#[derive(Clone, Debug, serde::Serialize)]
pub struct RuleInfo {
    pub id: &'static str,
    pub tip: u8,
    pub severity: Severity,
    pub title: &'static str,
    pub description: &'static str,
}

/// Every rule's metadata in one language.
pub fn rules(lang: Lang) -> Vec<RuleInfo> {
    rules::ALL
        .iter()
        .map(|r| {
            let m = r.meta();
            RuleInfo {
                id: m.id,
                tip: m.tip,
                severity: m.severity,
                title: m.title.get(lang),
                description: m.description.get(lang),
            }
        })
        .collect()
}
