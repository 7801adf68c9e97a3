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

/// A post with a swear word (profanity) and an e-mail address (personal data).
const POST: &str = "Wat een kutweer, mail jan@example.org";

/// The rule and the message's first words of every finding in `POST`, checked with `options`.
fn found_with(options: JsValue) -> Vec<(String, String)> {
    let found = Array::from(&ambassadeur::wasm::check_with_js(POST, options).unwrap());
    found
        .iter()
        .map(|d| {
            let message = field(&d, "message").as_string().unwrap();
            let start: String = message.split(' ').take(2).collect::<Vec<_>>().join(" ");
            (field(&d, "rule").as_string().unwrap(), start)
        })
        .collect()
}

fn json(options: &str) -> JsValue {
    js_sys::JSON::parse(options).unwrap()
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected.iter().map(|(r, m)| (r.to_string(), m.to_string())).collect()
}

const DUTCH_EMAIL: (&str, &str) = ("personal-data", "Dit e-mailadres");
const ENGLISH_EMAIL: (&str, &str) = ("personal-data", "This e-mail");

/// An options object built by a JS expression: getters, BigInts and functions have no JSON.
fn js(expression: &str) -> JsValue {
    js_sys::Function::new_no_args(&format!("return {expression};"))
        .call0(&JsValue::NULL)
        .unwrap()
}

#[wasm_bindgen_test]
fn a_bad_entry_in_disabled_is_skipped_and_the_rest_stands() {
    for options in [
        r#"{"lang":"nl","disabled":["profanity",5]}"#,
        r#"{"lang":"nl","disabled":[null,"profanity",{"id":"shouting"},["x"],true]}"#,
    ] {
        assert_eq!(found_with(json(options)), pairs(&[DUTCH_EMAIL]), "{options}");
    }
    let options = js("{ lang: 'nl', disabled: [10n, () => 1, Symbol('x'), 'profanity'] }");
    assert_eq!(found_with(options), pairs(&[DUTCH_EMAIL]));
}

#[wasm_bindgen_test]
fn a_malformed_language_falls_back_to_english_alone() {
    for options in [
        r#"{"lang":42,"disabled":["profanity"]}"#,
        r#"{"lang":"fr","disabled":["profanity"]}"#,
        r#"{"lang":["nl"],"disabled":["profanity"]}"#,
        r#"{"lang":null,"disabled":["profanity"]}"#,
    ] {
        assert_eq!(found_with(json(options)), pairs(&[ENGLISH_EMAIL]), "{options}");
    }
    let options = js("{ get lang() { throw new Error('not now'); }, disabled: ['profanity'] }");
    assert_eq!(found_with(options), pairs(&[ENGLISH_EMAIL]));
}

#[wasm_bindgen_test]
fn disabled_that_is_no_array_switches_nothing_off() {
    let throwing = js("{ lang: 'nl', get disabled() { throw new Error('not now'); } }");
    for (what, options) in [
        ("a string", json(r#"{"lang":"nl","disabled":"profanity"}"#)),
        ("an object", json(r#"{"lang":"nl","disabled":{"0":"profanity"}}"#)),
        ("a number", json(r#"{"lang":"nl","disabled":7}"#)),
        ("a throwing getter", throwing),
    ] {
        let found = found_with(options);
        assert_eq!(found.len(), 2, "{what}: {found:?}");
        assert!(
            found.contains(&(DUTCH_EMAIL.0.into(), DUTCH_EMAIL.1.into())),
            "{what}: {found:?}"
        );
        assert!(found.iter().any(|(rule, _)| rule == "profanity"), "{what}: {found:?}");
    }
}

#[wasm_bindgen_test]
fn unknown_keys_are_ignored_whatever_their_value() {
    let options = js(concat!(
        "{ lang: 'nl', disabled: ['profanity'], theme: 'dark', size: 10n, onResult: () => 1, ",
        "tag: Symbol('x'), get later() { throw new Error('not now'); } }"
    ));
    assert_eq!(found_with(options), pairs(&[DUTCH_EMAIL]));
}

#[wasm_bindgen_test]
fn options_that_are_no_object_give_the_defaults() {
    let callback: JsValue = js_sys::Function::new_no_args("return 1;").into();
    for options in [
        JsValue::from_str("nl"),
        JsValue::NULL,
        JsValue::UNDEFINED,
        JsValue::TRUE,
        json(r#"["nl",["profanity"]]"#),
        callback,
    ] {
        let found = found_with(options.clone());
        assert_eq!(found.len(), 2, "{options:?}: {found:?}");
        assert!(
            found.contains(&(ENGLISH_EMAIL.0.into(), ENGLISH_EMAIL.1.into())),
            "{options:?}: {found:?}"
        );
    }
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

/// The binding builds the findings' objects by hand, sharing repeated strings: they must be
/// what serde makes of the diagnostics, field for field and in the same order.
#[wasm_bindgen_test]
fn findings_are_the_objects_serde_would_make() {
    use serde::Serialize;
    let run_on: String = "90% of studies show that ".repeat(40);
    for text in [
        POST,
        "🎉🎉 mail me at jan@example.org",
        "Uit onderzoek blijkt dat 40% van de studenten stress heeft. Foto van mijn collega die slaapt 😂",
        "Wat een kutweer. Mijn manager is een idioot en @jan weet het! Bel 06 12345678.",
        &run_on,
    ] {
        let found = ambassadeur::check(text);
        assert!(!found.is_empty());
        let by_serde = found
            .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            .unwrap();
        let by_hand = ambassadeur::wasm::check(text).unwrap();
        assert_eq!(
            js_sys::JSON::stringify(&by_hand).unwrap().as_string(),
            js_sys::JSON::stringify(&by_serde).unwrap().as_string(),
            "{text}"
        );
    }
}
