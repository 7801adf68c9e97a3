//! The WebAssembly face of the core, for the extension's background script.
//! Thin: converts between JS values and the core's types, nothing more.

use crate::{check_with, Lang, Options};
use js_sys::{Array, Reflect};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Plain JS objects (not Maps) for structs, so the extension reads `d.start`.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
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
    to_js(&crate::check(text))
}

/// `checkWith(text, { lang: 'nl' | 'en', disabled: [ruleId, …] })`.
/// Missing or malformed options fall back to the defaults field by field rather than failing a check.
#[wasm_bindgen(js_name = checkWith)]
pub fn check_with_js(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    to_js(&check_with(text, &options_of(&options)))
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
