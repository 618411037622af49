//! Reads a JS value from the host into the model's [`JsonValue`], never letting the host's
//! data take the module down: exceptions from getters and proxies become errors, nesting
//! below [`MAX_DEPTH`] is skipped, and a record with too many values is refused rather
//! than read for ever (an object that refers to itself under several keys would be).
//! A record is first recognised by a fingerprint of its content taken in JS ([`JsRecord`]):
//! reading it crosses into WebAssembly once per value and key, so a record whose content
//! the last feed had is never read.

use js_sys::{Array, Reflect};
use wasm_bindgen::prelude::*;

use crate::model::fingerprint::SpellingHash;
use crate::model::json_value::{too_many_values, MAX_DEPTH, MAX_VALUES};
use crate::model::{HostRecord, JsonValue};

// `contentKey` spells a value as `read` below would read it, in the spelling that
// `JsonValue::fingerprint` hashes (model/json_value.rs): kinds told apart as wasm-bindgen's
// `as_string`/`as_f64`/`as_bool`/`is_object` do (null, undefined, functions, symbols and
// bigints are all null), the same cut below `maxDepth`. It throws (so `catch` gives `Err`)
// past `maxValues` values, where `read` refuses the record. It only reads: no DOM, no markup.
// Handed over as UTF-8 bytes encoded natively: returned as a string, the glue would copy it
// into WebAssembly a UTF-16 unit at a time in JS (10 of 27 ms for 1,000 records, profiled).
#[wasm_bindgen(inline_js = r#"
const encoder = new TextEncoder();
const MAX_KEPT = 65536;
let spelt = new Uint8Array(0);
const number = new Float64Array(1);
const halves = new Uint32Array(number.buffer);
export function contentKey(value, maxDepth, maxValues) {
  let budget = maxValues;
  let key = "";
  const spell = (value, depth) => {
    if (budget-- === 0) throw new RangeError("too many values");
    switch (typeof value) {
      case "string": key += "s" + value.length + ":" + value; return;
      case "number": number[0] = value; key += "n" + halves[0] + "," + halves[1] + ";"; return;
      case "boolean": key += value ? "t" : "f"; return;
      case "object": if (value !== null) break;
      default: key += "z"; return;
    }
    if (depth >= maxDepth) { key += "d"; return; }
    if (Array.isArray(value)) {
      const length = value.length;
      const count = typeof length === "number" && length > 0 ? Math.min(Math.floor(length), 4294967295) : 0;
      key += "a" + count + ";";
      for (let i = 0; i < count; i++) spell(value[i], depth + 1);
      return;
    }
    const keys = Object.keys(value);
    key += "o" + keys.length + ";";
    for (const name of keys) {
      const item = value[name];
      key += name.length + ":" + name;
      spell(item, depth + 1);
    }
  };
  spell(value, 0);
  // Into one buffer kept from call to call (the glue copies the bytes out at once): an
  // array of its own per record cost an allocation each. At most 3 bytes a UTF-16 unit; a
  // spelling too long for the kept buffer gets one of its own, which is not kept.
  const room = key.length * 3;
  if (room > spelt.length && room <= MAX_KEPT) {
    spelt = new Uint8Array(Math.min(MAX_KEPT, Math.max(room, 2 * spelt.length)));
  }
  const into = room <= spelt.length ? spelt : new Uint8Array(room);
  return into.subarray(0, encoder.encodeInto(key, into).written);
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = contentKey, catch)]
    fn content_key(value: &JsValue, max_depth: u32, max_values: u32) -> Result<Vec<u8>, JsValue>;
}

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

/// A record of the host's array, as [`read_records`] copied it: fingerprinted in one call
/// into JS (the same fingerprint as its [`JsonValue`]'s), read value by value only when its
/// content is new.
pub struct JsRecord(pub Result<JsValue, String>);

impl HostRecord for JsRecord {
    fn fingerprint(&self) -> Option<u64> {
        let key = content_key(self.0.as_ref().ok()?, MAX_DEPTH as u32, MAX_VALUES as u32).ok()?;
        Some(SpellingHash::of(&key))
    }

    fn read(self) -> Result<JsonValue, String> {
        self.0.and_then(|value| read_json(&value))
    }
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
