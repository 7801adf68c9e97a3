//! The WebAssembly face of the core, for the extension's background script.
//! Thin: converts between JS values and the core's types, nothing more.

use crate::phrase::lexicon::Fnv;
use crate::{check_with, Diagnostic, Lang, Options};
use js_sys::{Array, Object, Reflect};
use serde::Serialize;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Plain JS objects (not Maps) for structs, so the extension reads `d.start`.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}

#[wasm_bindgen]
extern "C" {
    /// A plain object, filled by `object[key] = value`.
    #[wasm_bindgen(extends = Object)]
    type Fields;
    #[wasm_bindgen(method, indexing_setter)]
    fn set(this: &Fields, key: &JsValue, value: &JsValue);
}

/// JS strings made from Rust ones, each distinct string once.
#[derive(Default)]
struct Strings<'a> {
    made: HashMap<&'a str, JsValue, BuildHasherDefault<Fnv>>,
}

impl<'a> Strings<'a> {
    fn get(&mut self, s: &'a str) -> JsValue {
        self.made.entry(s).or_insert_with(|| JsValue::from_str(s)).clone()
    }

    /// Like [`Strings::get`], but first compared with the string this field had last time:
    /// findings come sorted, so neighbours often share their rule and message.
    fn like_last(&mut self, last: &mut Option<(&'a str, JsValue)>, s: &'a str) -> JsValue {
        match last {
            Some((l, value)) if *l == s => value.clone(),
            _ => {
                let value = self.get(s);
                *last = Some((s, value.clone()));
                value
            }
        }
    }
}

/// The findings as [`to_js`] makes them (plain objects, fields in the order of [`Diagnostic`]),
/// but each distinct string made a JS string once: a hostile page holds thousands of
/// findings of a few rules, and making their strings one by one took most of such a check.
pub fn findings_to_js(found: &[Diagnostic]) -> JsValue {
    let keys = ["rule", "tip", "severity", "start", "end", "message", "suggestions"].map(JsValue::from_str);
    let mut strings = Strings::default();
    let (mut rule, mut severity, mut message) = (None, None, None);
    let array = Array::new_with_length(found.len() as u32);
    for (i, d) in found.iter().enumerate() {
        let object: Fields = Object::new().unchecked_into();
        let suggestions = Array::new();
        for s in &d.suggestions {
            suggestions.push(&strings.get(s));
        }
        let values = [
            strings.like_last(&mut rule, &d.rule),
            JsValue::from(d.tip),
            strings.like_last(&mut severity, d.severity.as_str()),
            JsValue::from(d.start as f64),
            JsValue::from(d.end as f64),
            strings.like_last(&mut message, &d.message),
            suggestions.into(),
        ];
        for (key, value) in keys.iter().zip(&values) {
            object.set(key, value);
        }
        array.set(i as u32, object.into());
    }
    array.into()
}

/// The language tag's language; English when it names neither.
fn lang_of(lang: &str) -> Lang {
    lang.parse().unwrap_or_default()
}

/// One field of an options object; `undefined` when it is missing or its getter throws.
fn field(options: &JsValue, name: &str) -> JsValue {
    Reflect::get(options, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// The options, each field read on its own: a malformed field falls back to its
/// default and leaves the others as given. `lang` is a language tag (anything else is
/// English); `disabled` keeps its string entries (anything but an array is none);
/// other keys are ignored, and a value that is no object gives the defaults.
fn options_of(value: &JsValue) -> Options {
    if !value.is_object() {
        return Options::default();
    }
    let lang = field(value, "lang")
        .as_string()
        .map_or_else(Lang::default, |tag| lang_of(&tag));
    let disabled = field(value, "disabled");
    let disabled = if Array::is_array(&disabled) {
        Array::from(&disabled).iter().filter_map(|id| id.as_string()).collect()
    } else {
        Vec::new()
    };
    Options { lang, disabled }
}

/// `check(text)`: every finding, messages in English.
#[wasm_bindgen]
pub fn check(text: &str) -> Result<JsValue, JsError> {
    Ok(findings_to_js(&crate::check(text)))
}

/// `checkWith(text, { lang: 'nl' | 'en', disabled: [ruleId, …] })`.
/// Missing or malformed options fall back to the defaults field by field rather than failing a check.
#[wasm_bindgen(js_name = checkWith)]
pub fn check_with_js(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    Ok(findings_to_js(&check_with(text, &options_of(&options))))
}

/// `rules(lang)`: id, tip, severity, title and description of every rule.
#[wasm_bindgen]
pub fn rules(lang: &str) -> Result<JsValue, JsError> {
    to_js(&crate::rules(lang_of(lang)))
}

/// `tips(lang)`: the ten tips, number, title and text.
#[wasm_bindgen]
pub fn tips(lang: &str) -> Result<JsValue, JsError> {
    to_js(&crate::tips::tips(lang_of(lang)))
}
