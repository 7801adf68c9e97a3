//! Training: from the labelled sentences in `data/training/*.tsv` to the weights file.
//!
//! Deterministic to the bit on one toolchain: files are read in name order, the dev split
//! is a hash of each sentence's text, the shuffle comes from a fixed-seed generator, every
//! sum runs in a fixed order, and the logistic function uses its own `exp` made of
//! additions and multiplications (a platform's `expf` may round differently).
//!
//! The model is a multinomial logistic regression (a softmax over the eight classes and
//! "clean") on the hashed features of [`super::features`], trained by stochastic gradient
//! descent with L2 decay, then quantised to one signed byte per weight with a scale per
//! class. Each class's threshold is chosen on the dev split, with the quantised model that
//! ships: the lowest probability at which precision on dev stays at or above
//! [`TARGET_PRECISION`]. (A softmax beat one-vs-rest regressions on held-out sentences:
//! a sentence about a colleague's illness need not be learnt as "not confidential".)

use super::features::weight;
use super::features::{extract, Scratch};
use super::model::{bucket, softmax_with_clean, Class, Model};
use super::sentences::sentences;
use super::{enough_words, CLASSES, MIN_WORDS};
use crate::text::Text;
use std::fmt::Write as _;
use std::ops::Range;
use std::path::Path;

/// Hash buckets: `1 << BITS` rows of one byte per class.
pub const BITS: u8 = 15;
/// Share of sentences (in percent) held out to choose thresholds and report on.
pub const DEV_PERCENT: u64 = 15;
pub const TARGET_PRECISION: f64 = 0.95;
/// A threshold must keep at least this share of a class's dev sentences, or the class
/// falls back to the most precise threshold that does.
pub const MIN_RECALL: f64 = 0.25;
/// Below this dev precision a class is switched off rather than shipped.
pub const FLOOR_PRECISION: f64 = 0.80;
/// No class fires below this probability, whatever the dev split says.
pub const MIN_THRESHOLD: f32 = 0.5;
/// How many sentences of the regression corpus that hold no finding a class may flag
/// before its threshold is raised above them.
pub const CORPUS_BUDGET: usize = 2;

/// Chosen on held-out sentences (mean average precision over four different dev splits).
const EPOCHS: usize = 15;
const LEARNING_RATE: f32 = 2.0;
/// The learning rate at epoch `e` is `LEARNING_RATE / (1 + DECAY · e)`.
const DECAY: f32 = 0.1;
const L2: f32 = 1e-4;
const SEED: u64 = 0x616d_6261_7373_6164;

/// One labelled sentence: `label` indexes [`CLASSES`]; `None` is clean.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Example {
    pub label: Option<usize>,
    pub text: String,
}

/// The training examples: every `*.tsv` in `dir`, in file-name order, then the sentences of
/// the labelled posts `dir/posts.txt` lists (paths from `root`, see [`load_posts`]); exact
/// repeats of a text are kept once.
pub fn load(dir: &Path, root: &Path) -> Result<Vec<Example>, String> {
    let mut examples = load_sentences(dir)?;
    let posts = dir.join("posts.txt");
    if posts.exists() {
        load_posts(&posts, root, &mut examples)?;
    }
    Ok(examples)
}

/// Every `*.tsv` in `dir`, in file-name order; exact repeats of a text are kept once.
fn load_sentences(dir: &Path) -> Result<Vec<Example>, String> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(format!("no .tsv files in {}", dir.display()));
    }
    let mut examples = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut problems = Vec::new();
    for path in &paths {
        let name = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let raw = std::fs::read_to_string(path).map_err(|e| format!("cannot read {name}: {e}"))?;
        let mut lines = raw.lines();
        if lines.next() != Some("label\ttext") {
            problems.push(format!("{name}: the first line must be `label<TAB>text`"));
            continue;
        }
        for (n, line) in lines.enumerate() {
            let at = format!("{name}:{}", n + 2);
            let Some((label, text)) = line.split_once('\t') else {
                problems.push(format!("{at}: no tab"));
                continue;
            };
            let label = match label {
                "clean" => None,
                id => match CLASSES.iter().position(|c| *c == id) {
                    Some(i) => Some(i),
                    None => {
                        problems.push(format!("{at}: unknown label {id:?}"));
                        continue;
                    }
                },
            };
            let text = text.trim();
            if text.is_empty() || text.contains('\t') {
                problems.push(format!("{at}: empty text or a second tab"));
                continue;
            }
            if seen.insert(text.to_string()) {
                examples.push(Example {
                    label,
                    text: text.to_string(),
                });
            }
        }
    }
    if problems.is_empty() {
        Ok(examples)
    } else {
        Err(problems.join("\n"))
    }
}

/// The class a labelled finding of a post teaches: a blind set's `kind` (`tests/blind/`) or
/// the corpus's `rule` (`tests/corpus/`). `None` for findings of the exact rules (profanity,
/// personal data), which the classifier does not learn.
fn class_of(finding: &serde_json::Value) -> Option<usize> {
    let id = match finding["kind"].as_str().or(finding["rule"].as_str())? {
        "speaking-for-university" => "speaks-for-university",
        "confidential" => "confidential-information",
        "running-down-employer" => "work-grievance",
        "sensitive-information" => "sensitive-about-others",
        "photo-without-consent" => "photos-of-people",
        other => other,
    };
    CLASSES.iter().position(|c| *c == id)
}

/// Sentences of labelled posts as examples: the files listed in `list` (one path a line,
/// relative to `root`; `#` starts a comment), each a JSON array of posts with `text`,
/// `findings` and optional `debatable` spans. A sentence that overlaps a finding teaches
/// its class; one that overlaps nothing is clean; one that overlaps a debatable span or a
/// finding of an exact rule teaches nothing. Sentences of fewer than four words, and texts
/// already in `examples`, are left out.
fn load_posts(list: &Path, root: &Path, examples: &mut Vec<Example>) -> Result<(), String> {
    let raw = std::fs::read_to_string(list).map_err(|e| format!("cannot read {}: {e}", list.display()))?;
    let mut seen: std::collections::HashSet<String> = examples.iter().map(|e| e.text.clone()).collect();
    for name in raw
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
    {
        let path = root.join(name);
        let raw = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {name}: {e}"))?;
        let posts: Vec<serde_json::Value> = serde_json::from_str(&raw).map_err(|e| format!("{name}: {e}"))?;
        for post in posts {
            let Some(src) = post["text"].as_str() else {
                return Err(format!("{name}: a post without text"));
            };
            // (span, class); `None` teaches nothing.
            let mut labelled: Vec<(Range<usize>, Option<usize>)> = Vec::new();
            for (key, teaches) in [("findings", true), ("debatable", false)] {
                for f in post[key].as_array().into_iter().flatten() {
                    let Some(quote) = f["quote"].as_str().filter(|q| !q.is_empty()) else {
                        return Err(format!("{name}: a {key} entry without a quote"));
                    };
                    let class = if teaches { class_of(f) } else { None };
                    labelled.extend(src.match_indices(quote).map(|(at, q)| (at..at + q.len(), class)));
                }
            }
            let text = Text::new(src);
            for sentence in sentences(&text) {
                let overlapping: Vec<Option<usize>> = labelled
                    .iter()
                    .filter(|(span, _)| span.start < sentence.end && sentence.start < span.end)
                    .map(|(_, class)| *class)
                    .collect();
                let label = match overlapping.first() {
                    None => None,
                    Some(_) if overlapping.contains(&None) => continue,
                    Some(class) => *class,
                };
                let words: Vec<&str> = src[sentence].split_whitespace().collect();
                let sentence = words.join(" ");
                if words.len() >= 4 && seen.insert(sentence.clone()) {
                    examples.push(Example { label, text: sentence });
                }
            }
        }
    }
    Ok(())
}

/// A post and the spans of its sentences that hold no finding.
pub type Post = (String, Vec<Range<usize>>);

/// The regression corpus's posts (`tests/corpus/*.json`) with the sentences of each that
/// overlap no expected finding: sentences no class should flag. They raise a threshold the
/// dev split set too low for whole posts, which hold more plain sentences (dates, rooms,
/// thanks) than the training files.
pub fn load_background(dir: &Path) -> Result<Vec<Post>, String> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    let mut out = Vec::new();
    for path in &paths {
        let raw = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let posts: Vec<serde_json::Value> =
            serde_json::from_str(&raw).map_err(|e| format!("{}: {e}", path.display()))?;
        for post in posts {
            let Some(src) = post["text"].as_str() else {
                return Err(format!("{}: a post without text", path.display()));
            };
            // Every occurrence of every quote counts as flagged.
            let flagged: Vec<Range<usize>> = post["findings"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|f| f["quote"].as_str())
                .filter(|q| !q.is_empty())
                .flat_map(|q| src.match_indices(q).map(|(at, q)| at..at + q.len()))
                .collect();
            let text = Text::new(src);
            let plain = sentences(&text)
                .into_iter()
                .filter(|s| !flagged.iter().any(|f| f.start < s.end && s.start < f.end))
                .collect();
            out.push((src.to_string(), plain));
        }
    }
    Ok(out)
}

/// 64-bit FNV-1a: the dev split's hash, stable across platforms and releases.
fn fnv64(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// True when the sentence belongs to the dev split.
pub fn is_dev(text: &str) -> bool {
    fnv64(text) % 100 < DEV_PERCENT
}

/// SplitMix64: a tiny generator with a fixed seed, for the shuffle.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number below `n` (n > 0); the slight bias of `%` does not matter for a shuffle.
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const K: usize = CLASSES.len();

/// A sentence ready for training: each bucket once, with the value its features add up
/// to there (signs, weights and the `1 / √n` norm applied), and its label.
struct Row {
    values: Vec<(u32, f32)>,
    label: Option<usize>,
}

fn featurise(examples: &[Example]) -> Vec<Row> {
    let mut scratch = Scratch::default();
    let mut features = Vec::new();
    examples
        .iter()
        .map(|e| {
            let text = Text::new(&e.text);
            features.clear();
            extract(&text, 0..e.text.len(), &mut scratch, &mut |h| features.push(h));
            let norm = 1.0 / (features.iter().map(|&h| weight(h)).sum::<i32>().max(1) as f32).sqrt();
            // Signed weights summed per bucket in integers (exact), then scaled once.
            let mut counts: Vec<(u32, i32)> = features
                .iter()
                .map(|&h| {
                    let (b, negative) = bucket(h, BITS);
                    (b as u32, if negative { -weight(h) } else { weight(h) })
                })
                .collect();
            counts.sort_unstable();
            let mut values: Vec<(u32, f32)> = Vec::with_capacity(counts.len());
            for (b, a) in counts {
                match values.last_mut() {
                    Some(last) if last.0 == b => last.1 += a as f32,
                    _ => values.push((b, a as f32)),
                }
            }
            for v in &mut values {
                v.1 *= norm;
            }
            Row { values, label: e.label }
        })
        .collect()
}

/// Plain-float weights: one row of [`K`] per bucket, like the file.
struct Weights {
    w: Vec<[f32; K]>,
    bias: [f32; K],
}

/// Stochastic gradient descent on the softmax's log loss: the same arithmetic in the same
/// order every run. The inner loops are `while` loops over indices because the test that
/// retrains runs unoptimised, where every iterator step is a function call; this way it
/// takes seconds, not a minute.
fn fit(rows: &[&Row]) -> Weights {
    let mut weights = vec![[0f32; K]; 1usize << BITS];
    let w = weights.as_mut_slice();
    let mut bias = [0f32; K];
    let mut order: Vec<usize> = (0..rows.len()).collect();
    let mut rng = Rng(SEED);
    for epoch in 0..EPOCHS {
        for i in (1..order.len()).rev() {
            order.swap(i, rng.below(i + 1));
        }
        let lr = LEARNING_RATE / (1.0 + DECAY * epoch as f32);
        let decay = 1.0 - lr * L2;
        for &i in &order {
            let row = rows[i];
            let values = row.values.as_slice();
            let mut p = bias;
            let mut j = 0;
            while j < values.len() {
                let (b, x) = values[j];
                let wb = &w[b as usize];
                let mut k = 0;
                while k < K {
                    p[k] += x * wb[k];
                    k += 1;
                }
                j += 1;
            }
            softmax_with_clean(&mut p);
            // The gradient of the log loss: probability minus truth, per class.
            if let Some(label) = row.label {
                p[label] -= 1.0;
            }
            let mut k = 0;
            while k < K {
                p[k] *= lr;
                bias[k] -= p[k];
                k += 1;
            }
            let mut j = 0;
            while j < values.len() {
                let (b, x) = values[j];
                let wb = &mut w[b as usize];
                let mut k = 0;
                while k < K {
                    wb[k] = wb[k] * decay - p[k] * x;
                    k += 1;
                }
                j += 1;
            }
        }
    }
    Weights { w: weights, bias }
}

/// One signed byte per weight; a class's scale maps its largest weight to ±127.
#[allow(clippy::needless_range_loop)]
fn quantise(weights: &Weights) -> (Vec<u8>, [f32; K]) {
    let mut scale = [0f32; K];
    for row in &weights.w {
        for k in 0..K {
            scale[k] = scale[k].max(row[k].abs());
        }
    }
    for s in &mut scale {
        *s = if *s > 0.0 { *s / 127.0 } else { 1.0 };
    }
    let bytes = weights
        .w
        .iter()
        .flat_map(|row| (0..K).map(move |k| ((row[k] / scale[k]).round().clamp(-127.0, 127.0) as i8) as u8))
        .collect();
    (bytes, scale)
}

/// The threshold of a class that never fires: no probability reaches it.
const NEVER: f32 = 2.0;

/// How a class does on dev at its threshold.
#[derive(Clone, Copy, Debug, Default)]
pub struct DevScore {
    pub positives: usize,
    pub threshold: f32,
    pub true_positives: usize,
    pub false_positives: usize,
    pub average_precision: f64,
    /// The threshold the dev split alone chose, before the corpus raised it.
    pub dev_threshold: f32,
    /// Plain corpus sentences still flagged at the threshold.
    pub corpus_flags: usize,
}

impl DevScore {
    pub fn precision(&self) -> f64 {
        let found = self.true_positives + self.false_positives;
        if found == 0 {
            1.0
        } else {
            self.true_positives as f64 / found as f64
        }
    }
    pub fn recall(&self) -> f64 {
        if self.positives == 0 {
            0.0
        } else {
            self.true_positives as f64 / self.positives as f64
        }
    }
}

/// The threshold for one class from its dev probabilities (`(p, is this class)`): the
/// lowest that keeps precision ≥ [`TARGET_PRECISION`] (with two hits at least); failing
/// that, the most precise one with recall ≥ [`MIN_RECALL`]; failing that, or below
/// [`FLOOR_PRECISION`], never. Never below [`MIN_THRESHOLD`].
fn choose_threshold(mut scored: Vec<(f32, bool)>) -> DevScore {
    let positives = scored.iter().filter(|s| s.1).count();
    // Highest first; among equal scores the negatives first, so ties count against us.
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut best: Option<DevScore> = None;
    let mut fallback: Option<DevScore> = None;
    let (mut tp, mut fp) = (0, 0);
    for (i, &(p, positive)) in scored.iter().enumerate() {
        if positive {
            tp += 1;
        } else {
            fp += 1;
        }
        // A threshold sits only where the next score is lower.
        if scored.get(i + 1).is_some_and(|next| next.0 == p) || p < MIN_THRESHOLD {
            continue;
        }
        let here = DevScore {
            positives,
            threshold: p,
            true_positives: tp,
            false_positives: fp,
            ..DevScore::default()
        };
        if here.precision() >= TARGET_PRECISION && tp >= 2 {
            best = Some(here);
        }
        if here.recall() >= MIN_RECALL && fallback.map_or(true, |f: DevScore| here.precision() > f.precision()) {
            fallback = Some(here);
        }
    }
    let chosen = match best.or(fallback) {
        Some(s) if s.precision() >= FLOOR_PRECISION => s,
        _ => DevScore {
            positives,
            threshold: NEVER,
            ..DevScore::default()
        },
    };
    DevScore {
        average_precision: average_precision(&scored),
        ..chosen
    }
}

/// `chosen` raised, if need be, just above the scores of all but [`CORPUS_BUDGET`] of the
/// plain corpus sentences; the dev counts follow the new threshold.
fn raise(chosen: DevScore, dev: &[(f32, bool)], mut plain: Vec<f32>) -> DevScore {
    plain.sort_by(|a, b| b.total_cmp(a));
    let dev_threshold = chosen.threshold;
    let Some(&above) = plain.get(CORPUS_BUDGET) else {
        return chosen;
    };
    // The next f32 up: the sentence at `above` is no longer flagged.
    let threshold = chosen.threshold.max(f32::from_bits(above.to_bits() + 1));
    let flags = |&&(p, _): &&(f32, bool)| p >= threshold;
    DevScore {
        threshold,
        dev_threshold,
        true_positives: dev.iter().filter(flags).filter(|s| s.1).count(),
        false_positives: dev.iter().filter(flags).filter(|s| !s.1).count(),
        corpus_flags: plain.iter().filter(|&&p| p >= threshold).count(),
        ..chosen
    }
}

/// The mean of the precision at each positive, scores sorted highest first: how well the
/// class is ranked, whatever the threshold.
fn average_precision(sorted: &[(f32, bool)]) -> f64 {
    let (mut hits, mut sum) = (0, 0.0);
    for (i, &(_, positive)) in sorted.iter().enumerate() {
        if positive {
            hits += 1;
            sum += f64::from(hits) / (i + 1) as f64;
        }
    }
    if hits == 0 {
        0.0
    } else {
        sum / f64::from(hits)
    }
}

/// What `ambassadeur train` produces: the weights file and a report of the dev split.
pub struct Trained {
    pub bytes: Vec<u8>,
    pub report: String,
}

/// Trains on every example outside the dev split, chooses thresholds on it, and writes
/// the file. The same examples give the same bytes.
pub fn train(examples: &[Example], background: &[Post]) -> Trained {
    let rows = featurise(examples);
    let in_dev: Vec<bool> = examples.iter().map(|e| is_dev(&e.text)).collect();
    let train: Vec<&Row> = rows.iter().zip(&in_dev).filter(|(_, &d)| !d).map(|(r, _)| r).collect();
    let dev = in_dev.iter().filter(|&&d| d).count();
    let weights = fit(&train);
    let (quantised, scale) = quantise(&weights);
    let mut model = Model {
        bits: BITS,
        classes: CLASSES
            .iter()
            .enumerate()
            .map(|(k, id)| Class {
                id,
                bias: weights.bias[k],
                scale: scale[k],
                threshold: NEVER,
            })
            .collect(),
        weights: &quantised,
    };
    // Score dev with the quantised model, exactly as a check would.
    let mut probabilities = Vec::new();
    let mut scored: Vec<Vec<(f32, bool)>> = vec![Vec::new(); CLASSES.len()];
    let mut hashes = Vec::new();
    let mut scratch = Scratch::default();
    let dev_examples: Vec<&Example> = examples.iter().filter(|e| is_dev(&e.text)).collect();
    for e in &dev_examples {
        let text = Text::new(&e.text);
        hashes.clear();
        extract(&text, 0..e.text.len(), &mut scratch, &mut |h| hashes.push(h));
        model.probabilities(&hashes, &mut probabilities);
        for (k, &p) in probabilities.iter().enumerate() {
            scored[k].push((p, e.label == Some(k)));
        }
    }
    let mut plain: Vec<Vec<f32>> = vec![Vec::new(); CLASSES.len()];
    for (src, ranges) in background {
        let text = Text::new(src);
        for range in ranges {
            if !enough_words(&text, range) {
                continue;
            }
            hashes.clear();
            extract(&text, range.clone(), &mut scratch, &mut |h| hashes.push(h));
            model.probabilities(&hashes, &mut probabilities);
            for (k, &p) in probabilities.iter().enumerate() {
                plain[k].push(p);
            }
        }
    }
    let scores: Vec<DevScore> = scored
        .into_iter()
        .zip(plain)
        .map(|(dev, plain)| {
            let chosen = choose_threshold(dev.clone());
            raise(chosen, &dev, plain)
        })
        .collect();
    for (class, score) in model.classes.iter_mut().zip(&scores) {
        class.threshold = score.threshold;
    }
    let report = report(examples, train.len(), dev, background, &scores);
    Trained {
        bytes: model.to_bytes(),
        report,
    }
}

fn report(examples: &[Example], train: usize, dev: usize, background: &[Post], scores: &[DevScore]) -> String {
    let clean = examples.iter().filter(|e| e.label.is_none()).count();
    let plain: usize = background.iter().map(|(_, r)| r.len()).sum();
    let show = |t: f32| {
        if t <= 1.0 {
            format!("{t:.3}")
        } else {
            "off".to_string()
        }
    };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# The sentence classifier on its dev split\n\n<!-- Written by `ambassadeur train`; do not edit. -->\n\n\
         {} training sentences ({clean} clean): {train} to train on, {dev} held out (dev, chosen by a hash of the \
         text). Weights: 2^{BITS} hashed buckets × {} classes, one byte each.\n\n\
         Threshold per class: the lowest probability with dev precision ≥ {TARGET_PRECISION} (two hits at least), \
         else the most precise with recall ≥ {MIN_RECALL}, never below {MIN_THRESHOLD}; a class below precision \
         {FLOOR_PRECISION} is off. Then raised above all but {CORPUS_BUDGET} of the {plain} sentences of the \
         regression corpus that hold no finding (sentences of {MIN_WORDS} words or more count).\n",
        examples.len(),
        CLASSES.len()
    );
    let _ = writeln!(
        out,
        "| class | dev sentences | dev threshold | threshold | precision | recall | average precision |\n\
         |---|---|---|---|---|---|---|"
    );
    for (id, s) in CLASSES.iter().zip(scores) {
        let _ = writeln!(
            out,
            "| `{id}` | {} | {} | {} | {:.3} | {:.3} | {:.3} |",
            s.positives,
            show(s.dev_threshold),
            show(s.threshold),
            s.precision(),
            s.recall(),
            s.average_precision
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labelled_posts_teach_by_sentence() {
        let dir = std::env::temp_dir().join(format!("ambassadeur-posts-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let posts = concat!(
            r#"[{"text": "Mijn collega Anna ligt al een week in het ziekenhuis. De borrel is om vijf uur in de "#,
            r#"kantine. Wat een klotedag was het vandaag zeg. Misschien ligt het aan de planning van de week.", "#,
            r#""findings": [{"kind": "sensitive-information", "quote": "ligt al een week in het ziekenhuis"}, "#,
            r#"{"kind": "swearing-or-insult", "quote": "klotedag"}], "debatable": [{"quote": "aan de planning"}]}]"#
        );
        std::fs::write(dir.join("set.json"), posts).unwrap();
        std::fs::write(dir.join("posts.txt"), "# a comment\nset.json\n").unwrap();
        let mut examples = Vec::new();
        load_posts(&dir.join("posts.txt"), &dir, &mut examples).unwrap();
        std::fs::remove_dir_all(&dir).ok();
        let sensitive = CLASSES.iter().position(|c| *c == "sensitive-about-others");
        // The finding's sentence teaches its class, a plain one is clean; the sentences of an
        // exact rule's finding and of a debatable span teach nothing.
        assert_eq!(
            examples,
            [
                Example {
                    label: sensitive,
                    text: "Mijn collega Anna ligt al een week in het ziekenhuis.".into()
                },
                Example {
                    label: None,
                    text: "De borrel is om vijf uur in de kantine.".into()
                },
            ]
        );
    }

    #[test]
    fn thresholds_keep_precision() {
        let scored = vec![
            (0.9, true),
            (0.8, true),
            (0.7, false),
            (0.6, true),
            (0.55, false),
            (0.5, true),
        ];
        let s = choose_threshold(scored);
        assert_eq!(s.threshold, 0.8);
        assert_eq!((s.true_positives, s.false_positives), (2, 0));
    }

    #[test]
    fn a_class_without_a_precise_threshold_is_off() {
        let scored = vec![(0.9, false), (0.8, true), (0.7, false), (0.6, false)];
        assert_eq!(choose_threshold(scored).threshold, NEVER);
    }

    #[test]
    fn the_dev_split_is_about_fifteen_percent() {
        let dev = (0..10_000).filter(|i| is_dev(&format!("sentence {i}"))).count();
        assert!((1_300..1_700).contains(&dev), "{dev}");
    }

    #[test]
    fn training_is_deterministic() {
        let examples: Vec<Example> = (0..60)
            .map(|i| Example {
                label: (i % 3 != 0).then_some(i % 2),
                text: format!(
                    "zin nummer {i} over {} en {}",
                    ["de universiteit", "het budget", "mijn team"][i % 3],
                    i * 7
                ),
            })
            .collect();
        assert_eq!(train(&examples, &[]).bytes, train(&examples, &[]).bytes);
    }
}
