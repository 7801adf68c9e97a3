//! Every line of the crate's Rust stays within `max_width` of `rustfmt.toml`. rustfmt
//! cannot wrap strings and comments, and leaves a whole expression alone when one of them
//! is too long, so `cargo fmt --check` does not catch these lines.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn lines_fit_the_max_width() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let config = std::fs::read_to_string(root.join("../rustfmt.toml")).unwrap();
    let max: usize = config
        .lines()
        .find_map(|l| {
            l.strip_prefix("max_width")?
                .trim()
                .strip_prefix('=')?
                .trim()
                .parse()
                .ok()
        })
        .expect("rustfmt.toml sets max_width");
    let mut files = Vec::new();
    for dir in ["src", "tests", "benches"] {
        rust_files(&root.join(dir), &mut files);
    }
    assert!(files.len() > 10, "found only {files:?}");
    let mut long = Vec::new();
    for file in &files {
        let source = std::fs::read_to_string(file).unwrap();
        for (n, line) in source.lines().enumerate() {
            let width = line.chars().count();
            if width > max {
                let name = file.strip_prefix(root).unwrap_or(file).display();
                long.push(format!("{name}:{}: {width} characters", n + 1));
            }
        }
    }
    assert!(
        long.is_empty(),
        "lines longer than {max} characters:\n{}",
        long.join("\n")
    );
}
