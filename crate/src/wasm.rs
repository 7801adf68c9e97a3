//! The WebAssembly face of the core, for the extension's background script.
//! Thin: converts between JS values and the core's types, nothing more.

use crate::phrase::lexicon::Fnv;
use crate::{Found, Lang, Options};
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

/// The findings as [`to_js`] makes them of [`crate::Diagnostic`]s: plain objects, fields in
/// its order. A hostile page holds thousands of findings of a few rules, and every call into
/// JS counts: each rule's message is made into a JS object once, which each of its findings
/// copies before it gets its own offsets and suggestions.
fn findings_to_js(found: &[Found]) -> JsValue {
    let keys = ["rule", "tip", "severity", "start", "end", "message", "suggestions"].map(JsValue::from_str);
    let [rule, tip, severity, start, end, message, suggestions] = &keys;
    // Keyed by the static strings' addresses: the same message from the same place.
    let mut templates: HashMap<(*const u8, *const u8), Object, BuildHasherDefault<Fnv>> = HashMap::default();
    let mut texts: HashMap<&str, JsValue, BuildHasherDefault<Fnv>> = HashMap::default();
    let array = Array::new_with_length(found.len() as u32);
    for (i, f) in found.iter().enumerate() {
        let key = (f.meta.id.as_ptr(), f.message.as_ptr());
        let template = templates.entry(key).or_insert_with(|| {
            let template: Fields = Object::new().unchecked_into();
            template.set(rule, &JsValue::from_str(f.meta.id));
            template.set(tip, &JsValue::from(f.meta.tip));
            template.set(severity, &JsValue::from_str(f.meta.severity.as_str()));
            // Placeholders, so that the fields keep their order when a copy fills them in.
            template.set(start, &JsValue::NULL);
            template.set(end, &JsValue::NULL);
            template.set(message, &JsValue::from_str(f.message));
            template.set(suggestions, &JsValue::NULL);
            template.into()
        });
        let object: Fields = Object::assign(&Object::new(), template).unchecked_into();
        object.set(start, &JsValue::from(f.start as f64));
        object.set(end, &JsValue::from(f.end as f64));
        let list = Array::new();
        for s in &f.suggestions {
            list.push(texts.entry(s).or_insert_with(|| JsValue::from_str(s)));
        }
        object.set(suggestions, &list);
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
    Ok(findings_to_js(&crate::run(text, &Options::default(), true)))
}

/// `checkWith(text, { lang: 'nl' | 'en', disabled: [ruleId, …] })`.
/// Missing or malformed options fall back to the defaults field by field rather than failing a check.
#[wasm_bindgen(js_name = checkWith)]
pub fn check_with_js(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    Ok(findings_to_js(&crate::run(text, &options_of(&options), true)))
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
