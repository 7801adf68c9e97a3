//! Native timings of `check` on 63,206 characters of realistic and adversarial text:
//! the benchmark post, run-on and repeated trigger words of every rule, text without
//! a sentence mark, one long word. Each time is the median of many calls.
//!
//!   cargo run --release --example timings

use std::hint::black_box;
use std::time::Instant;

const SENTENCES: &str = include_str!("../../tests/bench/sentences.txt");
const LENGTH: usize = 63_206;

/// `unit` repeated up to `LENGTH` characters (cut at a character boundary).
fn repeated(unit: &str) -> String {
    let mut s = unit.repeat(LENGTH / unit.chars().count() + 1);
    let cut = s.char_indices().nth(LENGTH).map_or(s.len(), |(i, _)| i);
    s.truncate(cut);
    s
}

/// The benchmark post: the sentences in order, paragraphs of four.
fn bench_post() -> String {
    let lines: Vec<&str> = SENTENCES
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let mut out = String::new();
    for (i, line) in lines.iter().cycle().enumerate() {
        if out.chars().count() >= LENGTH {
            break;
        }
        out.push_str(if i % 4 == 0 { "\n\n" } else { " " });
        out.push_str(line);
    }
    let cut = out.char_indices().nth(LENGTH).map_or(out.len(), |(i, _)| i);
    out.truncate(cut);
    out
}

fn median_ms(text: &str) -> f64 {
    black_box(ambassadeur::check(text));
    let mut times = Vec::new();
    let start = Instant::now();
    while times.len() < 5 || (times.len() < 200 && start.elapsed().as_secs_f64() < 3.0) {
        let t = Instant::now();
        black_box(ambassadeur::check(black_box(text)));
        times.push(t.elapsed().as_secs_f64() * 1e3);
    }
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

fn main() {
    let cases: Vec<(&str, String)> = vec![
        ("benchmark post", bench_post()),
        ("\"foto \" repeated", repeated("foto ")),
        ("photos, run-on", repeated("foto van mijn collega die slaapt en ")),
        ("sensitive, run-on", repeated("mijn collega Anna is ziek en ")),
        ("speaks-for, run-on", repeated("namens de universiteit en ")),
        ("confidential, run-on", repeated("vertrouwelijk, maar ")),
        (
            "copyright, run-on",
            repeated("volledige pdf van het boek via sci-hub en "),
        ),
        ("profanity, run-on", repeated("kut bitch tering en ")),
        ("grievance, run-on", repeated("mijn manager is een idioot en ")),
        ("unsourced, run-on", repeated("90% of studies show that ")),
        ("shouting, run-on", repeated("DIT IS ECHT BELACHELIJK ")),
        ("personal data, run-on", repeated("bel 06 12345678 of ")),
        (
            "student records, run-on",
            repeated("student s1234567 kreeg een 5,5 en "),
        ),
        ("one long word", repeated("a")),
        ("emoji", repeated("😂")),
    ];
    println!("| text (63,206 characters) | median ms |\n|---|---:|");
    for (name, text) in &cases {
        println!("| {name} | {:.2} |", median_ms(text));
    }
}
