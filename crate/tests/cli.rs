//! The command line as a user runs it: findings like a compiler, JSON, exit codes.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ambassadeur"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the CLI starts");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn text_format_points_at_the_finding_with_a_caret() {
    let out = run(&["check"], "Hallo!\n🎉 mail me at jan@example.org\n".as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.starts_with("<stdin>:2:14: error[personal-data] tip 7: This e-mail address is personal data."),
        "{text}"
    );
    assert!(
        text.contains("  | 🎉 mail me at jan@example.org\n  |               ^^^^^^^^^^^^^^^\n"),
        "{text}"
    );
}

#[test]
fn json_format_has_the_wasm_fields_and_utf16_offsets() {
    let out = run(
        &["check", "--format", "json", "--lang", "nl"],
        "🎉🎉 mail me at jan@example.org".as_bytes(),
    );
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let d = &json[0];
    assert_eq!(d["rule"], "personal-data");
    assert_eq!(d["tip"], 7);
    assert_eq!(d["severity"], "error");
    assert_eq!((d["start"].as_u64(), d["end"].as_u64()), (Some(16), Some(31)));
    assert!(d["message"].as_str().unwrap().starts_with("Dit e-mailadres"));
    assert_eq!(d["suggestions"][0], "j***@example.org");
}

#[test]
fn the_language_is_a_tag_in_any_case() {
    let out = run(&["check", "--lang", "NL-be"], b"mail jan@example.org");
    assert!(stdout(&out).contains("Dit e-mailadres"), "{}", stdout(&out));
}

#[test]
fn a_clean_post_exits_zero_and_prints_nothing() {
    let out = run(&["check"], "Trots op onze promovendi vandaag! 🎓".as_bytes());
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout(&out), "");
}

#[test]
fn reads_a_file() {
    let dir = std::env::temp_dir().join(format!("ambassadeur-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("post.txt");
    std::fs::write(&file, "Bel me op 06-12345678").unwrap();
    let out = run(&["check", file.to_str().unwrap()], b"");
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("post.txt:1:11: error[personal-data]"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn bad_usage_and_bad_input_exit_two_with_one_line() {
    for (args, input, expected) in [
        (&["check", "--format", "xml"][..], &b""[..], "unknown format 'xml'"),
        (
            &["check", "--lang", "fr"][..],
            &b""[..],
            "unknown language 'fr' (use en or nl)",
        ),
        (&["check", "/no/such/file"][..], &b""[..], "cannot read /no/such/file"),
        (&["check"][..], &b"caf\xe9"[..], "standard input is not UTF-8"),
        (
            &["check", "--disable", "no-such-rule"][..],
            &b""[..],
            "unknown rule 'no-such-rule'",
        ),
        (&["frobnicate"][..], &b""[..], "unknown command 'frobnicate'"),
    ] {
        let out = run(args, input);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.starts_with("ambassadeur: ") && err.contains(expected),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn a_disabled_rule_reports_nothing() {
    let out = run(&["check", "--disable", "personal-data"], b"mail jan@example.org");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn organisational_contact_data_passes_and_a_student_number_is_personal_data() {
    let out = run(
        &["check"],
        "Vragen? Mail helpdesk@leidenuniv.nl of bel de servicedesk: 071 527 1234. Volg @LeidenUniv!".as_bytes(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let out = run(
        &["check", "--format", "json"],
        b"Found a student card for s3012345 at the desk",
    );
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (&json[0]["rule"], &json[0]["tip"]),
        (&"personal-data".into(), &7.into())
    );
}
