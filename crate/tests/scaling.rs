//! Linear time: for texts built from each rule's trigger words, repeated without a sentence
//! mark (the worst case for anything that looks around a match in its sentence) or in short
//! sentences, checking twice the text takes at most about twice as long.
//!
//! Timings on a busy machine are noisy, so each size is timed several times and the fastest
//! run counts; a pair that looks too slow is measured again before the test fails. A
//! quadratic rule takes four times as long for twice the text, far above the bound.
#![cfg(not(target_arch = "wasm32"))]

use std::hint::black_box;
use std::time::Instant;

/// How much longer twice the text may take.
const BOUND: f64 = 2.3;
/// Characters of the shorter text.
const SIZE: usize = 8_000;

/// Trigger words of every rule, and text that has been hard on tokenizers and scanners (shared
/// with the benchmark, which times each at 63,206 characters).
fn units() -> Vec<String> {
    serde_json::from_str(include_str!("../../tests/bench/adversarial.json")).expect("a JSON list of strings")
}

/// `unit` repeated to `chars` characters.
fn repeated(unit: &str, chars: usize) -> String {
    unit.chars().cycle().take(chars).collect()
}

/// The fastest of several checks of `text`, in seconds.
fn fastest(text: &str) -> f64 {
    (0..5)
        .map(|_| {
            let t = Instant::now();
            black_box(ambassadeur::check(black_box(text)));
            t.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

/// Set in the child process that measures.
const CHILD: &str = "AMBASSADEUR_SCALING_CHILD";

#[test]
fn twice_the_text_takes_at_most_about_twice_as_long() {
    // glibc's malloc hands a check's freed memory back to the system once it passes a
    // threshold, and the longer text then pays a page fault per page it touches again: a
    // step in time that is no work of the checker's (the WASM allocator keeps its memory).
    // The measuring runs in a child of this test binary with those thresholds raised.
    if std::env::var_os(CHILD).is_none() {
        let status = std::process::Command::new(std::env::current_exe().expect("the test binary"))
            .args([
                "--exact",
                "twice_the_text_takes_at_most_about_twice_as_long",
                "--test-threads=1",
            ])
            .env(CHILD, "1")
            .env("MALLOC_MMAP_THRESHOLD_", "67108864")
            .env("MALLOC_TRIM_THRESHOLD_", "134217728")
            .status()
            .expect("the test binary runs");
        assert!(status.success(), "see the child's output above");
        return;
    }
    ambassadeur::check("warm-up: foto van mijn collega, namens de universiteit");
    let mut slow = Vec::new();
    for unit in &units() {
        let (short, long) = (repeated(unit, SIZE), repeated(unit, 2 * SIZE));
        let mut ratio = f64::INFINITY;
        for _ in 0..8 {
            let (a, b) = (fastest(&short), fastest(&long));
            // Below a tenth of a millisecond the clock's noise is as large as the work.
            ratio = ratio.min(b.max(1e-4) / a.max(1e-4 / BOUND));
            if ratio <= BOUND {
                break;
            }
        }
        if ratio > BOUND {
            slow.push(format!("{unit:?}: {ratio:.1}×"));
        }
    }
    assert!(
        slow.is_empty(),
        "twice the text takes more than {BOUND}× as long:\n{}",
        slow.join("\n")
    );
}
