//! A JSON tree that records are validated from, read with a nesting limit.
//!
//! Host data can be nested arbitrarily deep (or refer to itself, when it is a live JS
//! object). Deserialising such input recursively would overflow WebAssembly's small stack,
//! so below [`MAX_DEPTH`] the content is skipped and kept as [`JsonValue::TooDeep`].
//! No record field legitimately nests deeper than five levels.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

use super::fingerprint::Fnv64;

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

    /// A 64-bit hash of the content (kinds, lengths, keys in order, and values): equal
    /// values give equal fingerprints, and different values almost surely different ones.
    pub fn fingerprint(&self) -> u64 {
        let mut hash = Fnv64::default();
        self.hash_into(&mut hash);
        hash.0
    }

    fn hash_into(&self, hash: &mut Fnv64) {
        let text = |hash: &mut Fnv64, text: &str| {
            hash.write(&(text.len() as u64).to_le_bytes());
            hash.write(text.as_bytes());
        };
        match self {
            JsonValue::Null => hash.write(b"n"),
            JsonValue::Bool(flag) => hash.write(if *flag { b"t" } else { b"f" }),
            JsonValue::Number(number) => {
                hash.write(b"#");
                hash.write(&number.to_bits().to_le_bytes());
            }
            JsonValue::String(string) => {
                hash.write(b"s");
                text(hash, string);
            }
            JsonValue::Array(items) => {
                hash.write(b"[");
                hash.write(&(items.len() as u64).to_le_bytes());
                items.iter().for_each(|item| item.hash_into(hash));
            }
            JsonValue::Object(entries) => {
                hash.write(b"{");
                hash.write(&(entries.len() as u64).to_le_bytes());
                for (key, value) in entries {
                    text(hash, key);
                    value.hash_into(hash);
                }
            }
            JsonValue::TooDeep => hash.write(b"~"),
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
