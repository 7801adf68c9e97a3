//! `check` natively on the three benchmark posts (280, 3,000 and 63,206 UTF-16 code
//! units of mixed Dutch/English text with findings, emoji, accents, URLs and mentions).
//!
//! The posts come from `tests/bench/sentences.txt`, built exactly as
//! `tests/bench/posts.js` builds them; the fingerprints printed first let
//! `tests/bench/run.js` check that both sides measured the same text.
//!
//!   cargo bench -p ambassadeur --bench check                 # full criterion run
//!   cargo bench -p ambassadeur --bench check -- --quick      # what `./build.sh bench` runs

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::time::Instant;

const SENTENCES: &str = include_str!("../../tests/bench/sentences.txt");
const LENGTHS: [usize; 3] = [280, 3_000, 63_206];

fn sentences() -> Vec<&'static str> {
    SENTENCES
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// A post of exactly `length` UTF-16 code units; the algorithm of `post()` in posts.js.
fn post(length: usize, list: &[&str]) -> String {
    let n = list.len();
    let mut out = String::new();
    let mut units = 0;
    let mut i = 0;
    while units < length {
        if i > 0 {
            let sep = if i % 4 == 0 { "\n\n" } else { " " };
            out.push_str(sep);
            units += sep.len();
        }
        let s = list[(i + (i / n) * 3) % n];
        out.push_str(s);
        units += utf16_len(s);
        i += 1;
    }
    // Cut at `length` units; a pair that would be split becomes a space.
    let mut cut = String::with_capacity(out.len());
    let mut units = 0;
    for c in out.chars() {
        let w = c.len_utf16();
        if units + w > length {
            if units < length {
                cut.push(' ');
            }
            break;
        }
        cut.push(c);
        units += w;
    }
    cut
}

fn fingerprint(text: &str) -> String {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in text.as_bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100000001b3);
    }
    format!("{h:016x}")
}

fn bench(c: &mut Criterion) {
    let list = sentences();
    let posts: Vec<(usize, String)> = LENGTHS.iter().map(|&n| (n, post(n, &list))).collect();
    for (n, text) in &posts {
        assert_eq!(utf16_len(text), *n);
        let found = ambassadeur::check(text).len();
        println!("bench-post {n} fingerprint={} findings={found}", fingerprint(text));
    }
    // Criterion reports means over batches; the tail needs one timing per call.
    for (n, text) in &posts {
        let calls = (20_000_000 / text.len()).clamp(200, 5_000);
        let mut times: Vec<u128> = (0..calls)
            .map(|_| {
                let t = Instant::now();
                black_box(ambassadeur::check(black_box(text)));
                t.elapsed().as_nanos()
            })
            .collect();
        times.sort_unstable();
        let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
        println!(
            "bench-per-call {n} calls={calls} median_ns={} p99_ns={}",
            at(0.5),
            at(0.99)
        );
    }
    // Regexes compile on the first call; measure the steady state.
    let mut group = c.benchmark_group("check");
    for (n, text) in &posts {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(n), text, |b, text| {
            b.iter(|| ambassadeur::check(black_box(text)))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
