//! Reads a JS value from the host into the model's [`JsonValue`], never letting the host's
//! data take the module down: exceptions from getters and proxies become errors, nesting
//! below [`MAX_DEPTH`] is skipped, and a record with too many values is refused rather
//! than read for ever (an object that refers to itself under several keys would be).
//! A value is read in ONE call into JS (`flatten`, a small JS function that only reads
//! values: no DOM, no markup), which hands it over flat ([`FlatValue`]: one string of its
//! texts, an array of numbers for its shape), instead of a call per value and per key.

use js_sys::Reflect;
use wasm_bindgen::prelude::*;

use crate::model::json_value::{too_many_values, MAX_DEPTH, MAX_VALUES};
use crate::model::{FlatValue, JsonValue};

// `flatten` walks a host's value as src/model/flat.rs describes (the codes are that file's).
// It tells kinds apart as wasm-bindgen's `as_string`/`as_f64`/`as_bool`/`is_object` do (null,
// undefined, functions, symbols and bigints are null) and gets each value before checking its
// key, as the reader always did. It returns the shape and keeps the texts until
// `flattened_texts` takes them, or returns [] when the value holds more than `maxValues`
// values; what a getter or a proxy's trap throws is thrown on (`catch`). The comments are
// here because the snippet is written into the glue as it is.
#[wasm_bindgen(inline_js = r#"
let flattenedTexts = "";
export function flatten(value, maxDepth, maxValues) {
  const shape = [];
  const texts = [];
  let budget = maxValues;
  const text = (string) => {
    shape.push(string.length);
    texts.push(string);
  };
  const walk = (value, depth) => {
    if (budget === 0) return false;
    budget--;
    switch (typeof value) {
      case "string": shape.push(4); text(value); return true;
      case "number": shape.push(3, value); return true;
      case "boolean": shape.push(value ? 2 : 1); return true;
      case "object": if (value !== null) break;
      default: shape.push(0); return true;
    }
    if (depth >= maxDepth) { shape.push(7); return true; }
    if (Array.isArray(value)) {
      const length = value.length;
      const count = typeof length === "number" && length > 0 ? Math.min(Math.floor(length), 4294967295) : 0;
      shape.push(5, count);
      for (let i = 0; i < count; i++) if (!walk(value[i], depth + 1)) return false;
      return true;
    }
    const keys = Object.keys(value);
    shape.push(6, 0);
    const at = shape.length - 1;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const item = value[key];
      if (typeof key !== "string") continue;
      text(key);
      if (!walk(item, depth + 1)) return false;
      shape[at]++;
    }
    return true;
  };
  flattenedTexts = "";
  if (!walk(value, 0)) return [];
  flattenedTexts = texts.join("");
  return shape;
}
export function flattened_texts() {
  const texts = flattenedTexts;
  flattenedTexts = "";
  return texts;
}
"#)]
extern "C" {
    #[wasm_bindgen(catch)]
    fn flatten(value: &JsValue, max_depth: u32, max_values: u32) -> Result<Vec<f64>, JsValue>;
    fn flattened_texts() -> String;
}

#[wasm_bindgen]
extern "C" {
    // Declared with `catch` (js-sys's are not): a Proxy's traps, or a revoked Proxy, throw.
    #[wasm_bindgen(js_namespace = Array, js_name = isArray, catch)]
    fn is_array(value: &JsValue) -> Result<bool, JsValue>;
    // One call into JS for the whole array (its items' fields are read later).
    #[wasm_bindgen(js_namespace = Array, js_name = from, catch)]
    fn copy_of(array: &JsValue) -> Result<Vec<JsValue>, JsValue>;
}

/// The items of the host's array, copied now (each record's fields are read later, with
/// [`read_json`]): in one call, or, when that throws (a getter or a proxy's trap), item by
/// item, so that one whose reading throws is an `Err` for that record alone. `None` when
/// `records` is not an array at all.
pub fn read_records(records: &JsValue) -> Option<Vec<Result<JsValue, String>>> {
    if !is_array(records).unwrap_or(false) {
        return None;
    }
    if let Ok(items) = copy_of(records) {
        return Some(items.into_iter().map(Ok).collect());
    }
    let length = Reflect::get(records, &JsValue::from_str("length")).ok()?.as_f64()? as u32;
    Some((0..length).map(|i| Reflect::get_u32(records, i).map_err(thrown)).collect())
}

/// `value` in flat form, or why it cannot be read.
pub fn read_flat(value: &JsValue) -> Result<FlatValue, String> {
    let shape = flatten(value, MAX_DEPTH as u32, MAX_VALUES as u32).map_err(thrown)?;
    if shape.is_empty() {
        return Err(too_many_values());
    }
    Ok(FlatValue { texts: flattened_texts(), shape })
}

/// The JSON tree of `value`, or why it cannot be read.
pub fn read_json(value: &JsValue) -> Result<JsonValue, String> {
    read_flat(value)?.decode()
}

/// A message for an exception thrown while reading host data.
fn thrown(error: JsValue) -> String {
    let detail = match error.dyn_ref::<js_sys::Error>() {
        Some(error) => String::from(error.message()),
        None => error.as_string().unwrap_or_else(|| "an exception".to_owned()),
    };
    format!("could not be read: {detail}")
}
