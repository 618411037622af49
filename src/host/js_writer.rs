//! What leaves Rust for the page: `Serialize` values turned into plain JS objects with
//! serde-wasm-bindgen. The counterpart of js_reader.rs, which reads the page's input.

use serde::Serialize;
use wasm_bindgen::JsValue;

/// `None` becomes `null`, as the README and js/article-cards.d.ts promise (not `undefined`).
const TO_JS: serde_wasm_bindgen::Serializer = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);

/// `value` as a plain JS object; `undefined` in the case serde-wasm-bindgen cannot express it
/// (our details are flat structs of strings, numbers and booleans, so that does not happen).
pub fn to_js(value: &impl Serialize) -> JsValue {
    value.serialize(&TO_JS).unwrap_or(JsValue::UNDEFINED)
}
