//! A JSON tree written flat, as the browser's reader hands a record over in one call: all
//! its texts (strings and keys) one after another in one string, and its shape as numbers.
//! Equal trees have equal flat forms, so a record's fingerprint is taken over the flat form
//! before any [`JsonValue`] is built (an unchanged record of an update is never decoded).
//!
//! The shape is a sequence of codes, each followed by its operands: [`NULL`], [`FALSE`],
//! [`TRUE`], [`NUMBER`] then the number, [`STRING`] then its length, [`ARRAY`] then the
//! count of items that follow, [`OBJECT`] then the count of entries, each a key's length
//! then its value, and [`TOO_DEEP`]. Lengths are in UTF-16 code units (JavaScript's), which
//! the browser's reader (`src/host/js_reader.rs`) knows without encoding the text.

use std::borrow::Cow;

use super::fingerprint::Fnv64;
use super::json_value::{JsonValue, MAX_DEPTH};

pub const NULL: f64 = 0.0;
pub const FALSE: f64 = 1.0;
pub const TRUE: f64 = 2.0;
pub const NUMBER: f64 = 3.0;
pub const STRING: f64 = 4.0;
pub const ARRAY: f64 = 5.0;
pub const OBJECT: f64 = 6.0;
pub const TOO_DEEP: f64 = 7.0;

/// One value (a record) in flat form.
#[derive(Debug, Clone, PartialEq)]
pub struct FlatValue {
    pub texts: String,
    pub shape: Vec<f64>,
}

/// Why a flat form could not be decoded: it does not describe one whole value (the reader
/// and this decoder disagree; never the host's doing).
pub fn malformed() -> String {
    "could not be read: its flat form is malformed".to_owned()
}

/// A record as read from the host, which the model validates: recognised by the fingerprint
/// of its content, and turned into a [`JsonValue`] only if its content is new.
pub trait ReadValue {
    /// A 64-bit hash of the content: equal content gives equal fingerprints, and different
    /// content almost surely different ones.
    fn fingerprint(&self) -> u64;
    /// The tree, or why it cannot be made.
    fn json(&self) -> Result<Cow<'_, JsonValue>, String>;
}

impl ReadValue for JsonValue {
    fn fingerprint(&self) -> u64 {
        FlatValue::of(self).fingerprint()
    }

    fn json(&self) -> Result<Cow<'_, JsonValue>, String> {
        Ok(Cow::Borrowed(self))
    }
}

impl ReadValue for FlatValue {
    fn fingerprint(&self) -> u64 {
        let mut hash = Fnv64::default();
        self.shape.iter().for_each(|number| hash.write(&number.to_bits().to_le_bytes()));
        hash.write(self.texts.as_bytes());
        hash.0
    }

    fn json(&self) -> Result<Cow<'_, JsonValue>, String> {
        self.decode().map(Cow::Owned)
    }
}

impl FlatValue {
    /// The flat form of `value`, as the browser's reader writes it.
    pub fn of(value: &JsonValue) -> FlatValue {
        let mut flat = FlatValue { texts: String::new(), shape: Vec::new() };
        flat.write(value);
        flat
    }

    fn write(&mut self, value: &JsonValue) {
        match value {
            JsonValue::Null => self.shape.push(NULL),
            JsonValue::Bool(flag) => self.shape.push(if *flag { TRUE } else { FALSE }),
            JsonValue::Number(number) => self.shape.extend([NUMBER, *number]),
            JsonValue::String(text) => {
                self.shape.push(STRING);
                self.write_text(text);
            }
            JsonValue::Array(items) => {
                self.shape.extend([ARRAY, items.len() as f64]);
                items.iter().for_each(|item| self.write(item));
            }
            JsonValue::Object(entries) => {
                self.shape.extend([OBJECT, entries.len() as f64]);
                for (key, value) in entries {
                    self.write_text(key);
                    self.write(value);
                }
            }
            JsonValue::TooDeep => self.shape.push(TOO_DEEP),
        }
    }

    fn write_text(&mut self, text: &str) {
        self.shape.push(text.encode_utf16().count() as f64);
        self.texts.push_str(text);
    }

    /// The tree this flat form describes.
    pub fn decode(&self) -> Result<JsonValue, String> {
        let mut reader = Reader { flat: self, at: 0, byte: 0, carry: false };
        let value = reader.value(0).ok_or_else(malformed)?;
        let whole = reader.at == self.shape.len() && reader.byte == self.texts.len() && !reader.carry;
        if whole {
            Ok(value)
        } else {
            Err(malformed())
        }
    }
}

/// Where decoding has got to: the next number of the shape, the next byte of the texts.
struct Reader<'a> {
    flat: &'a FlatValue,
    at: usize,
    byte: usize,
    /// The last text ended inside a character: a lone high surrogate at the end of one JS
    /// string and a lone low one at the start of the next became one pair when the texts
    /// were joined. Each was a lone surrogate, which a JS string becomes as U+FFFD.
    carry: bool,
}

impl Reader<'_> {
    fn number(&mut self) -> Option<f64> {
        let number = *self.flat.shape.get(self.at)?;
        self.at += 1;
        Some(number)
    }

    /// A count or length, at most `limit`.
    fn count(&mut self, limit: usize) -> Option<usize> {
        let count = self.number()?;
        (count >= 0.0 && count.fract() == 0.0 && count <= limit as f64).then_some(count as usize)
    }

    fn value(&mut self, depth: usize) -> Option<JsonValue> {
        let code = self.number()?;
        Some(match code {
            NULL => JsonValue::Null,
            FALSE => JsonValue::Bool(false),
            TRUE => JsonValue::Bool(true),
            NUMBER => JsonValue::Number(self.number()?),
            STRING => JsonValue::String(self.text()?),
            TOO_DEEP => JsonValue::TooDeep,
            _ if depth >= MAX_DEPTH => return None,
            ARRAY => {
                let count = self.count(self.flat.shape.len())?;
                let items = (0..count).map(|_| self.value(depth + 1)).collect::<Option<_>>()?;
                JsonValue::Array(items)
            }
            OBJECT => {
                let count = self.count(self.flat.shape.len())?;
                let entries =
                    (0..count).map(|_| Some((self.text()?, self.value(depth + 1)?))).collect::<Option<_>>()?;
                JsonValue::Object(entries)
            }
            _ => return None,
        })
    }

    /// The next text, whose length in UTF-16 code units is the next number of the shape.
    fn text(&mut self) -> Option<String> {
        // A UTF-16 code unit is at least one byte of UTF-8.
        let mut units = self.count(self.flat.texts.len())?;
        let mut text = String::new();
        if self.carry && units > 0 {
            text.push(char::REPLACEMENT_CHARACTER);
            units -= 1;
            self.carry = false;
        }
        let bytes = self.flat.texts.as_bytes();
        let start = self.byte;
        let mut end = start;
        while units > 0 {
            let (width, code_units) = match *bytes.get(end)? {
                lead if lead < 0x80 => (1, 1),
                lead if lead < 0xE0 => (2, 1),
                lead if lead < 0xF0 => (3, 1),
                _ => (4, 2),
            };
            if code_units > units {
                self.carry = true;
                break;
            }
            units -= code_units;
            end += width;
        }
        text.push_str(self.flat.texts.get(start..end)?);
        if self.carry && units > 0 {
            // The pair's first half ends this text; its second half starts the next.
            text.push(char::REPLACEMENT_CHARACTER);
            end += 4;
        }
        self.byte = end;
        Some(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> JsonValue {
        serde_json::from_str(text).expect("test JSON parses")
    }

    #[test]
    fn writes_texts_in_order_and_lengths_in_utf16_units() {
        let flat = FlatValue::of(&parse(r#"{"a":["é😀",1.5,null,true,false],"b":{}}"#));
        assert_eq!(flat.texts, "aé😀b");
        let shape = [OBJECT, 2.0, 1.0, ARRAY, 5.0, STRING, 3.0, NUMBER, 1.5, NULL, TRUE, FALSE, 1.0, OBJECT, 0.0];
        assert_eq!(flat.shape, shape);
    }

    #[test]
    fn decodes_what_it_writes() {
        let value = parse(r#"{"title":"Ünïcödé 😀","n":[1,-0.5,{"x":""}],"t":true,"z":null}"#);
        assert_eq!(FlatValue::of(&value).decode(), Ok(value));
        assert_eq!(FlatValue::of(&JsonValue::TooDeep).decode(), Ok(JsonValue::TooDeep));
    }

    #[test]
    fn lone_surrogates_joined_into_a_pair_decode_as_two_replacement_characters() {
        // JS strings "\uD83D" and "\uDE00" joined are "😀" (a host's lone surrogates): each
        // is one code unit, and each alone would have become U+FFFD.
        let flat =
            FlatValue { texts: "😀x".to_owned(), shape: vec![ARRAY, 3.0, STRING, 1.0, STRING, 0.0, STRING, 2.0] };
        let strings = ["\u{FFFD}", "", "\u{FFFD}x"].map(|s| JsonValue::String(s.to_owned()));
        assert_eq!(flat.decode(), Ok(JsonValue::Array(strings.to_vec())));
    }

    #[test]
    fn a_malformed_form_is_an_error_never_a_panic() {
        let cases = [
            (vec![], ""),
            (vec![STRING, 3.0], "ab"),
            (vec![STRING, 1.0], "ab"),
            (vec![ARRAY, 2.0, NULL], ""),
            (vec![ARRAY, -1.0], ""),
            (vec![ARRAY, 0.5], ""),
            (vec![OBJECT, 1.0, 9.0, NULL], "k"),
            (vec![8.0], ""),
            (vec![NULL, NULL], ""),
            ([[ARRAY, 1.0].repeat(MAX_DEPTH + 1), vec![NULL]].concat(), ""),
        ];
        for (shape, texts) in cases {
            let flat = FlatValue { texts: texts.to_owned(), shape: shape.clone() };
            assert_eq!(flat.decode(), Err(malformed()), "{shape:?} {texts:?}");
        }
    }

    #[test]
    fn the_fingerprint_is_the_flat_forms_and_sees_any_change() {
        let value = parse(r#"{"a":"xy","b":[1]}"#);
        assert_eq!(ReadValue::fingerprint(&value), FlatValue::of(&value).fingerprint());
        let moved = parse(r#"{"a":"x","b":["y",1]}"#);
        assert_ne!(ReadValue::fingerprint(&value), ReadValue::fingerprint(&moved));
    }
}
