//! Reads a JS value from the host into the model's [`JsonValue`], never letting the host's
//! data take the module down: exceptions from getters and proxies become errors, nesting
//! below [`MAX_DEPTH`] is skipped, and a record with too many values is refused rather
//! than read for ever (an object that refers to itself under several keys would be).

use js_sys::{Array, Reflect};
use wasm_bindgen::prelude::*;

use crate::model::json_value::{too_many_values, MAX_DEPTH, MAX_VALUES};
use crate::model::JsonValue;

#[wasm_bindgen]
extern "C" {
    // Declared with `catch` (js-sys's are not): a Proxy's traps, or a revoked Proxy, throw.
    #[wasm_bindgen(js_namespace = Object, js_name = keys, catch)]
    fn object_keys(object: &JsValue) -> Result<Array, JsValue>;
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

/// The JSON tree of `value`, or why it cannot be read.
pub fn read_json(value: &JsValue) -> Result<JsonValue, String> {
    let mut budget = MAX_VALUES;
    read(value, 0, &mut budget)
}

fn read(value: &JsValue, depth: usize, budget: &mut usize) -> Result<JsonValue, String> {
    if *budget == 0 {
        return Err(too_many_values());
    }
    *budget -= 1;
    if let Some(text) = value.as_string() {
        return Ok(JsonValue::String(text));
    }
    if let Some(number) = value.as_f64() {
        return Ok(JsonValue::Number(number));
    }
    if let Some(flag) = value.as_bool() {
        return Ok(JsonValue::Bool(flag));
    }
    // null, undefined, and what JSON has no form for (functions, symbols, bigints).
    if !value.is_object() {
        return Ok(JsonValue::Null);
    }
    if depth >= MAX_DEPTH {
        return Ok(JsonValue::TooDeep);
    }
    if is_array(value).map_err(thrown)? {
        let length = Reflect::get(value, &JsValue::from_str("length")).map_err(thrown)?;
        let length = length.as_f64().unwrap_or(0.0) as u32;
        let mut items = Vec::with_capacity(length.min(64) as usize);
        for i in 0..length {
            let item = Reflect::get_u32(value, i).map_err(thrown)?;
            items.push(read(&item, depth + 1, budget)?);
        }
        return Ok(JsonValue::Array(items));
    }
    let keys = object_keys(value).map_err(thrown)?;
    let mut entries = Vec::with_capacity(keys.length() as usize);
    for key in keys.iter() {
        let item = Reflect::get(value, &key).map_err(thrown)?;
        let Some(key) = key.as_string() else { continue };
        entries.push((key, read(&item, depth + 1, budget)?));
    }
    Ok(JsonValue::Object(entries))
}

/// A message for an exception thrown while reading host data.
fn thrown(error: JsValue) -> String {
    let detail = match error.dyn_ref::<js_sys::Error>() {
        Some(error) => String::from(error.message()),
        None => error.as_string().unwrap_or_else(|| "an exception".to_owned()),
    };
    format!("could not be read: {detail}")
}
