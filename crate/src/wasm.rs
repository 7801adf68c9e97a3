//! The WebAssembly face of the core, for the extension's background script.
//! Thin: converts between JS values and the core's types, nothing more.

use crate::{check_with, Lang, Options};
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

/// `check(text)`: every finding, messages in English.
#[wasm_bindgen]
pub fn check(text: &str) -> Result<JsValue, JsError> {
    to_js(&crate::check(text))
}

/// `checkWith(text, { lang: 'nl' | 'en', disabled: [ruleId, …] })`.
/// Missing or malformed options fall back to the defaults rather than failing a check.
#[wasm_bindgen(js_name = checkWith)]
pub fn check_with_js(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options: Options = serde_wasm_bindgen::from_value(options).unwrap_or_default();
    to_js(&check_with(text, &options))
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
