//! A JSON tree that records are validated from, read with a nesting limit.
//!
//! Host data can be nested arbitrarily deep (or refer to itself, when it is a live JS
//! object). Deserialising such input recursively would overflow WebAssembly's small stack,
//! so below [`MAX_DEPTH`] the content is skipped and kept as [`JsonValue::TooDeep`].
//! No record field legitimately nests deeper than five levels.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

use super::fingerprint::SpellingHash;

/// Containers nested deeper than this are not read.
pub const MAX_DEPTH: usize = 16;

/// Values one record may hold, counting every string, number and container; a record with
/// more is refused rather than read for ever (an object that refers to itself under several
/// keys would be).
pub const MAX_VALUES: usize = 20_000;

/// Why a record with more than [`MAX_VALUES`] values is refused.
pub fn too_many_values() -> String {
    format!("holds more than {MAX_VALUES} values; too large to read")
}

#[derive(Debug, Clone, PartialEq)]
pub enum JsonValue {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<JsonValue>),
    /// Keys in input order; lookups are linear because records have few keys.
    Object(Vec<(String, JsonValue)>),
    /// A container below [`MAX_DEPTH`]; its content was skipped.
    TooDeep,
}

impl JsonValue {
    /// How many values this holds, itself included, as the browser's reader counts them.
    pub fn value_count(&self) -> usize {
        1 + match self {
            JsonValue::Array(items) => items.iter().map(JsonValue::value_count).sum(),
            JsonValue::Object(entries) => entries.iter().map(|(_, value)| value.value_count()).sum(),
            _ => 0,
        }
    }

    /// A 64-bit hash of the content: equal values give equal fingerprints, and different
    /// values almost surely different ones. It hashes the value's *spelling*, which
    /// `contentKey` in `host/js_reader.rs` writes the same way from the host's JS value before
    /// reading it, so that a record the last feed had is recognised without being read:
    /// each value's kind (`z` null, `t`/`f`, `d` cut below [`MAX_DEPTH`]); a number as the two
    /// 32-bit halves of its bits, `n<low>,<high>;`; a text as `s<UTF-16 length>:<text>`; an
    /// array as `a<count>;` and its items; an object as `o<count>;` and each key as
    /// `<UTF-16 length>:<key>` followed by its value. Texts are hashed as UTF-8.
    pub fn fingerprint(&self) -> u64 {
        let mut hash = SpellingHash::default();
        self.spell_into(&mut hash);
        hash.finish()
    }

    fn spell_into(&self, hash: &mut SpellingHash) {
        let text = |hash: &mut SpellingHash, text: &str| {
            write_decimal(hash, utf16_length(text));
            hash.write(b":");
            hash.write(text.as_bytes());
        };
        match self {
            JsonValue::Null => hash.write(b"z"),
            JsonValue::Bool(flag) => hash.write(if *flag { b"t" } else { b"f" }),
            JsonValue::Number(number) => {
                let bits = number.to_bits();
                hash.write(b"n");
                write_decimal(hash, bits & 0xffff_ffff);
                hash.write(b",");
                write_decimal(hash, bits >> 32);
                hash.write(b";");
            }
            JsonValue::String(string) => {
                hash.write(b"s");
                text(hash, string);
            }
            JsonValue::Array(items) => {
                hash.write(b"a");
                write_decimal(hash, items.len() as u64);
                hash.write(b";");
                items.iter().for_each(|item| item.spell_into(hash));
            }
            JsonValue::Object(entries) => {
                hash.write(b"o");
                write_decimal(hash, entries.len() as u64);
                hash.write(b";");
                for (key, value) in entries {
                    text(hash, key);
                    value.spell_into(hash);
                }
            }
            JsonValue::TooDeep => hash.write(b"d"),
        }
    }

    /// The value stored under `key`, if this is an object that has it.
    pub fn get(&self, key: &str) -> Option<&JsonValue> {
        match self {
            JsonValue::Object(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// A short name of the value's kind, for messages such as "expected a string, got an array".
    pub fn kind_name(&self) -> &'static str {
        match self {
            JsonValue::Null => "null",
            JsonValue::Bool(_) => "a boolean",
            JsonValue::Number(_) => "a number",
            JsonValue::String(_) => "a string",
            JsonValue::Array(_) => "an array",
            JsonValue::Object(_) => "an object",
            JsonValue::TooDeep => "a value nested too deeply",
        }
    }
}

impl<'de> Deserialize<'de> for JsonValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        AtDepth(0).deserialize(deserializer)
    }
}

/// Deserialises one value that sits `0` levels below the root.
struct AtDepth(usize);

impl<'de> DeserializeSeed<'de> for AtDepth {
    type Value = JsonValue;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<JsonValue, D::Error> {
        deserializer.deserialize_any(ValueVisitor { depth: self.0 })
    }
}

struct ValueVisitor {
    depth: usize,
}

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = JsonValue;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<JsonValue, E> {
        Ok(JsonValue::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<JsonValue, E> {
        Ok(JsonValue::Number(v as f64))
    }

    fn visit_u64<E>(self, v: u64) -> Result<JsonValue, E> {
        Ok(JsonValue::Number(v as f64))
    }

    fn visit_f64<E>(self, v: f64) -> Result<JsonValue, E> {
        Ok(JsonValue::Number(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<JsonValue, E> {
        Ok(JsonValue::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<JsonValue, E> {
        Ok(JsonValue::String(v))
    }

    fn visit_unit<E>(self) -> Result<JsonValue, E> {
        Ok(JsonValue::Null)
    }

    fn visit_none<E>(self) -> Result<JsonValue, E> {
        Ok(JsonValue::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<JsonValue, D::Error> {
        AtDepth(self.depth).deserialize(deserializer)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<JsonValue, A::Error> {
        if self.depth >= MAX_DEPTH {
            while seq.next_element::<IgnoredAny>()?.is_some() {}
            return Ok(JsonValue::TooDeep);
        }
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        while let Some(item) = seq.next_element_seed(AtDepth(self.depth + 1))? {
            items.push(item);
        }
        Ok(JsonValue::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<JsonValue, A::Error> {
        if self.depth >= MAX_DEPTH {
            while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
            return Ok(JsonValue::TooDeep);
        }
        let mut entries = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value_seed(AtDepth(self.depth + 1))?;
            entries.push((key, value));
        }
        Ok(JsonValue::Object(entries))
    }

    fn visit_bytes<E: de::Error>(self, _: &[u8]) -> Result<JsonValue, E> {
        Err(E::custom("binary data is not a JSON value"))
    }
}

/// `text.encode_utf16().count()`, counted on the bytes: every character but a continuation
/// byte's, and one more for each of four bytes (a surrogate pair in UTF-16).
fn utf16_length(text: &str) -> u64 {
    text.bytes().map(|byte| u64::from((byte as i8) >= -0x40) + u64::from(byte >= 0xf0)).sum()
}

/// `number` in decimal digits, as JS spells an integer.
fn write_decimal(hash: &mut SpellingHash, mut number: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (number % 10) as u8;
        number /= 10;
        if number == 0 {
            break;
        }
    }
    hash.write(&digits[at..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> JsonValue {
        serde_json::from_str(text).expect("test JSON parses")
    }

    #[test]
    fn reads_every_json_kind() {
        let value = parse(r#"{"a":null,"b":true,"c":1.5,"d":"x","e":[1],"f":{}}"#);
        assert_eq!(value.get("a"), Some(&JsonValue::Null));
        assert_eq!(value.get("b"), Some(&JsonValue::Bool(true)));
        assert_eq!(value.get("c"), Some(&JsonValue::Number(1.5)));
        assert_eq!(value.get("d"), Some(&JsonValue::String("x".into())));
        assert_eq!(value.get("e"), Some(&JsonValue::Array(vec![JsonValue::Number(1.0)])));
        assert_eq!(value.get("f"), Some(&JsonValue::Object(vec![])));
        assert_eq!(value.get("missing"), None);
    }

    #[test]
    fn equal_content_has_equal_fingerprints_and_any_change_shows() {
        let record = r#"{"title":"A","webUrl":"https://e.org/a","topics":["x","y"],"heat":3}"#;
        assert_eq!(parse(record).fingerprint(), parse(record).fingerprint());
        let changed = [
            r#"{"title":"B","webUrl":"https://e.org/a","topics":["x","y"],"heat":3}"#,
            r#"{"title":"A","webUrl":"https://e.org/a","topics":["xy"],"heat":3}"#,
            r#"{"title":"A","webUrl":"https://e.org/a","topics":["x","y"],"heat":4}"#,
            r#"{"title":"A","webUrl":"https://e.org/a","topics":["x","y"],"heat":"3"}"#,
            r#"{"webUrl":"https://e.org/a","title":"A","topics":["x","y"],"heat":3}"#,
            r#"{"title":"A","webUrl":"https://e.org/a","topics":[["x"],"y"],"heat":3}"#,
        ];
        for other in changed {
            assert_ne!(parse(record).fingerprint(), parse(other).fingerprint(), "{other}");
        }
        assert_ne!(JsonValue::Null.fingerprint(), JsonValue::TooDeep.fingerprint());
        assert_ne!(JsonValue::Number(0.0).fingerprint(), JsonValue::Number(-0.0).fingerprint());
    }

    #[test]
    fn texts_are_measured_in_utf16_units_as_js_measures_them() {
        for text in ["", "plain", "é", "€uro", "𝄞", "a𝄞é€\u{10ffff}\u{7f}\u{80}\u{7ff}\u{800}\u{ffff}"] {
            assert_eq!(utf16_length(text), text.encode_utf16().count() as u64, "{text}");
        }
    }

    #[test]
    fn the_fingerprint_hashes_the_spelling_the_browser_writes_in_js() {
        let spelt = |spelling: &str| SpellingHash::of(spelling.as_bytes());
        // 1.0 is 0x3ff00000_00000000; "é" is one UTF-16 unit, "𝄞" two.
        let value = parse(r#"{"a":[1,"é",null,true],"𝄞":{"":false}}"#);
        assert_eq!(value.fingerprint(), spelt("o2;1:aa4;n0,1072693248;s1:ézt2:𝄞o1;0:f"));
        assert_eq!(JsonValue::TooDeep.fingerprint(), spelt("d"));
        assert_eq!(JsonValue::Number(-0.0).fingerprint(), spelt("n0,2147483648;"));
    }

    #[test]
    fn content_below_the_depth_limit_is_skipped_not_read() {
        let nested = format!("{}{}", "[".repeat(MAX_DEPTH + 3), "]".repeat(MAX_DEPTH + 3));
        let mut value = &parse(&format!(r#"{{"deep":{nested}}}"#));
        let mut levels = 0;
        while let Some(inner) = match value {
            JsonValue::Object(entries) => entries.first().map(|(_, v)| v),
            JsonValue::Array(items) => items.first(),
            _ => None,
        } {
            value = inner;
            levels += 1;
        }
        assert_eq!(value, &JsonValue::TooDeep);
        assert_eq!(levels, MAX_DEPTH);
    }
}
