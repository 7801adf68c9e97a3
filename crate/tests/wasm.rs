//! The core inside WebAssembly (`wasm-pack test --node`): regexes whose Unicode
//! features are missing compile natively but fail at run time in WASM, so the
//! rules must be exercised here, through the same binding the extension calls.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Reflect};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

fn field(object: &JsValue, name: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(name)).unwrap()
}

#[wasm_bindgen_test]
fn binding_returns_plain_objects_with_utf16_offsets() {
    let found = Array::from(&ambassadeur::wasm::check("🎉🎉 mail me at jan@example.org").unwrap());
    assert_eq!(found.length(), 1);
    let d = found.get(0);
    assert_eq!(field(&d, "rule").as_string().as_deref(), Some("personal-data"));
    assert_eq!(field(&d, "tip").as_f64(), Some(7.0));
    assert_eq!(field(&d, "severity").as_string().as_deref(), Some("error"));
    assert_eq!(
        (field(&d, "start").as_f64(), field(&d, "end").as_f64()),
        (Some(16.0), Some(31.0))
    );
    assert!(Array::is_array(&field(&d, "suggestions")));
}

#[wasm_bindgen_test]
fn check_with_takes_language_and_switched_off_rules() {
    let options = js_sys::JSON::parse(r#"{"lang":"nl","disabled":["profanity"]}"#).unwrap();
    let found =
        Array::from(&ambassadeur::wasm::check_with_js("Wat een kutweer, mail jan@example.org", options).unwrap());
    assert_eq!(found.length(), 1);
    assert!(field(&found.get(0), "message")
        .as_string()
        .unwrap()
        .starts_with("Dit e-mailadres"));
}

#[wasm_bindgen_test]
fn malformed_options_fall_back_to_defaults() {
    let found = ambassadeur::wasm::check_with_js("mail jan@example.org", JsValue::from_f64(42.0)).unwrap();
    assert_eq!(Array::from(&found).length(), 1);
}

#[wasm_bindgen_test]
fn rules_find_across_emoji_and_accents() {
    let posts = [
        (
            "Namens de universiteit: 🎉 wat een kutweer! Mail jan@example.org",
            ["speaks-for-university", "profanity", "personal-data"],
        ),
        (
            "On behalf of Leiden University — this is bullshit. Bel 06-12345678 😀",
            ["speaks-for-university", "profanity", "personal-data"],
        ),
    ];
    for (post, rules) in posts {
        let found = ambassadeur::check(post);
        let ids: Vec<&str> = found.iter().map(|d| d.rule.as_str()).collect();
        assert_eq!(ids, rules, "{post}");
        for d in &found {
            assert!(d.start < d.end && d.end <= post.encode_utf16().count());
        }
    }
}

#[wasm_bindgen_test]
fn tips_and_rules_are_exported() {
    assert_eq!(Array::from(&ambassadeur::wasm::tips("nl").unwrap()).length(), 10);
    let rules = Array::from(&ambassadeur::wasm::rules("en").unwrap());
    assert_eq!(rules.length() as usize, ambassadeur::rules(ambassadeur::Lang::En).len());
    assert!(field(&rules.get(0), "title").is_string());
}

/// Every corpus post, through the core in WASM: a pattern that needs a regex feature the
/// build leaves out (such as Unicode case folding) fails here when its gate opens.
#[wasm_bindgen_test]
fn every_corpus_post_checks_in_wasm() {
    let mut checked = 0;
    for corpus in [
        include_str!("../../tests/corpus/en.json"),
        include_str!("../../tests/corpus/nl.json"),
    ] {
        let posts: Vec<serde_json::Value> = serde_json::from_str(corpus).unwrap();
        for post in posts {
            let text = post["text"].as_str().unwrap();
            let found = ambassadeur::check(text);
            assert!(found.iter().all(|d| d.start < d.end));
            checked += 1;
        }
    }
    assert!(checked > 100);
}

#[wasm_bindgen_test]
fn languages_are_read_as_tags_like_everywhere_else() {
    let title = |lang: &str| {
        let rules = Array::from(&ambassadeur::wasm::rules(lang).unwrap());
        field(&rules.get(0), "title").as_string().unwrap()
    };
    assert_eq!(title("nl-NL"), ambassadeur::rules(ambassadeur::Lang::Nl)[0].title);
    assert_eq!(title("fr"), ambassadeur::rules(ambassadeur::Lang::En)[0].title);
    let options = js_sys::JSON::parse(r#"{"lang":"NL","disabled":[]}"#).unwrap();
    let found = Array::from(&ambassadeur::wasm::check_with_js("mail jan@example.org", options).unwrap());
    assert!(field(&found.get(0), "message")
        .as_string()
        .unwrap()
        .starts_with("Dit e-mailadres"));
}
