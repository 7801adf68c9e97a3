//! The command line: `ambassadeur check [FILE]` checks a post like a compiler
//! checks code; `ambassadeur docs` writes the rule documentation; `ambassadeur train`
//! trains the sentence classifier from the labelled sentences.

use ambassadeur::{check_with, Diagnostic, Options, UnknownLang};
use std::io::Read;
use std::process::ExitCode;

const USAGE: &str = "\
usage: ambassadeur check [FILE] [--format text|json] [--lang en|nl] [--disable RULE]...
       ambassadeur docs
       ambassadeur train [--data DIR] [--corpus DIR] [--out FILE] [--report FILE]

check   checks the post in FILE (standard input when no FILE) against the guideline.
        Exit status: 0 nothing found, 1 findings, 2 bad usage or unreadable input.
docs    prints docs/rules.md, generated from the rules.
train   trains the sentence classifier on every *.tsv in DIR (crate/data/training)
        and the sentences of the labelled posts listed in DIR/posts.txt, raises its
        thresholds above the plain sentences of the regression corpus
        (tests/corpus), writes its weights to FILE (crate/data/classifier.bin) and
        its dev scores to the report (crate/data/classifier.md), and prints them.";

enum Format {
    Text,
    Json,
}

struct CheckArgs {
    path: Option<String>,
    format: Format,
    options: Options,
}

fn parse_check_args(args: &[String]) -> Result<CheckArgs, String> {
    let mut parsed = CheckArgs {
        path: None,
        format: Format::Text,
        options: Options::default(),
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().cloned().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "--format" => {
                parsed.format = match value("--format")?.as_str() {
                    "text" => Format::Text,
                    "json" => Format::Json,
                    other => return Err(format!("unknown format '{other}' (use text or json)")),
                }
            }
            "--lang" => parsed.options.lang = value("--lang")?.parse().map_err(|e: UnknownLang| e.to_string())?,
            "--disable" => {
                let id = value("--disable")?;
                if ambassadeur::rules::by_id(&id).is_none() {
                    return Err(format!("unknown rule '{id}'"));
                }
                parsed.options.disabled.push(id);
            }
            flag if flag.starts_with("--") => return Err(format!("unknown option '{flag}'")),
            path if parsed.path.is_none() => parsed.path = Some(path.to_string()),
            extra => return Err(format!("unexpected argument '{extra}'")),
        }
    }
    Ok(parsed)
}

fn read_input(path: Option<&str>) -> Result<String, String> {
    let bytes = match path {
        Some(p) => std::fs::read(p).map_err(|e| format!("cannot read {p}: {e}"))?,
        None => {
            let mut buf = Vec::new();
            std::io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            buf
        }
    };
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{} is not UTF-8 (invalid byte at offset {})",
            path.unwrap_or("standard input"),
            e.utf8_error().valid_up_to()
        )
    })
}

/// Terminal columns a character takes: emoji and East Asian wide characters two,
/// combining marks and joiners none. Enough to put the caret under the finding.
fn display_width(c: char) -> usize {
    match c as u32 {
        0x0300..=0x036F | 0x200B..=0x200F | 0xFE00..=0xFE0F | 0x1F3FB..=0x1F3FF => 0,
        0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFF00..=0xFF60 => 2,
        0x1F300..=0x1FAFF | 0x2600..=0x27BF => 2,
        _ => 1,
    }
}

fn width(s: &str) -> usize {
    s.chars().map(display_width).sum()
}

/// `path:line:col: severity[rule] tip N: message`, the line, and a caret underline.
fn render_text(path: &str, text: &str, diagnostics: &[Diagnostic]) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    let mut out = String::new();
    for d in diagnostics {
        let before = String::from_utf16_lossy(&units[..d.start]);
        let line_no = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = before[line_start..].chars().count() + 1;
        let line = text[line_start..].lines().next().unwrap_or("");
        let span = String::from_utf16_lossy(&units[d.start..d.end]);
        let pad = width(&before[line_start..]);
        let carets = width(span.lines().next().unwrap_or("")).max(1);
        out += &format!(
            "{path}:{line_no}:{col}: {}[{}] tip {}: {}\n",
            d.severity.as_str(),
            d.rule,
            d.tip,
            d.message
        );
        out += &format!("  | {line}\n  | {}{}\n", " ".repeat(pad), "^".repeat(carets));
        if !d.suggestions.is_empty() {
            out += &format!("  = suggestion: {}\n", d.suggestions.join(" | "));
        }
    }
    out
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    match args.first().map(String::as_str) {
        Some("check") => {
            let parsed = parse_check_args(&args[1..])?;
            let text = read_input(parsed.path.as_deref())?;
            let diagnostics = check_with(&text, &parsed.options);
            match parsed.format {
                Format::Json => println!(
                    "{}",
                    serde_json::to_string_pretty(&diagnostics).map_err(|e| e.to_string())?
                ),
                Format::Text => print!(
                    "{}",
                    render_text(parsed.path.as_deref().unwrap_or("<stdin>"), &text, &diagnostics)
                ),
            }
            Ok(if diagnostics.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
        Some("docs") if args.len() == 1 => {
            print!("{}", ambassadeur::docs::rules_markdown());
            Ok(ExitCode::SUCCESS)
        }
        Some("train") => train(&args[1..]),
        Some("--help" | "-h" | "help") => {
            println!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        Some(other) => Err(format!("unknown command '{other}'\n{USAGE}")),
        None => Err(USAGE.to_string()),
    }
}

/// `ambassadeur train`: the paths default to the crate's own data folder.
fn train(args: &[String]) -> Result<ExitCode, String> {
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/data");
    let mut dir = format!("{data}/training");
    let mut corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/corpus").to_string();
    let mut out = format!("{data}/classifier.bin");
    let mut report = format!("{data}/classifier.md");
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let target = match arg.as_str() {
            "--data" => &mut dir,
            "--corpus" => &mut corpus,
            "--out" => &mut out,
            "--report" => &mut report,
            other => return Err(format!("unexpected argument '{other}'")),
        };
        *target = it.next().cloned().ok_or(format!("{arg} needs a value"))?;
    }
    use ambassadeur::classifier::train;
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let examples = train::load(std::path::Path::new(&dir), std::path::Path::new(root))?;
    let background = train::load_background(std::path::Path::new(&corpus))?;
    let trained = train::train(&examples, &background);
    std::fs::write(&out, &trained.bytes).map_err(|e| format!("cannot write {out}: {e}"))?;
    std::fs::write(&report, &trained.report).map_err(|e| format!("cannot write {report}: {e}"))?;
    print!("{}", trained.report);
    Ok(ExitCode::SUCCESS)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    run(&args).unwrap_or_else(|message| {
        eprintln!("ambassadeur: {message}");
        ExitCode::from(2)
    })
}
