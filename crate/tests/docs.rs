//! `docs/rules.md` is generated from the rules; this fails when it is stale.
//! Regenerate with `cargo run -q -- docs > docs/rules.md`.

#[test]
fn rules_doc_is_current() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/rules.md");
    let on_disk = std::fs::read_to_string(path).unwrap_or_default();
    let generated = ambassadeur::docs::rules_markdown();
    assert!(
        on_disk == generated,
        "docs/rules.md is stale: run `cargo run -q -- docs > docs/rules.md`"
    );
}

#[test]
fn every_rule_is_documented_with_its_tip_and_examples() {
    let doc = ambassadeur::docs::rules_markdown();
    for rule in ambassadeur::rules(ambassadeur::Lang::En) {
        let section = doc
            .split(&format!("\n## {}\n", rule.id))
            .nth(1)
            .unwrap_or_else(|| panic!("{} has no section", rule.id));
        let section = section.split("\n## ").next().unwrap();
        assert!(section.contains(&format!("Tip {}", rule.tip)), "{}", rule.id);
        assert!(section.contains("**Why"), "{} says why", rule.id);
        assert!(
            section.contains("✗") && section.contains("✓"),
            "{} has examples both ways",
            rule.id
        );
    }
}
