//! Readers for single fields of a JSON object, lenient the way real feeds need: `null`
//! means absent, integers may arrive as numeric strings. Each reader reports what it drops.

use super::json_value::JsonValue;
use super::problem::{JsonPath, Problems};
use super::safe_url::SafeUrl;
use super::text::truncate_words;

/// How a missing or unusable value is treated.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Dropping it drops the whole record or item (an error).
    Required,
    /// Dropping it drops just the field (a warning).
    Optional,
}

/// Reads fields of one object, reporting problems under `path`.
pub struct FieldReader<'a, 'p> {
    pub object: &'a JsonValue,
    pub path: &'a JsonPath<'a>,
    pub problems: &'p mut Problems,
}

impl<'a, 'p> FieldReader<'a, 'p> {
    /// The field's value, with `null` read as absent; reports a missing required field.
    pub fn value(&mut self, key: &'a str, need: Need) -> Option<&'a JsonValue> {
        match self.object.get(key) {
            None | Some(JsonValue::Null) => {
                if need == Need::Required {
                    self.problems.error(&self.path.key(key), "is required");
                }
                None
            }
            Some(value) => Some(value),
        }
    }

    fn report(&mut self, key: &str, need: Need, message: String) {
        let path = self.path.key(key);
        match need {
            Need::Required => self.problems.error(&path, message),
            Need::Optional => self.problems.warn(&path, format!("{message}; ignored")),
        }
    }

    /// A trimmed, non-empty string, cut to `max_chars` (with a warning) when longer.
    pub fn text(&mut self, key: &'a str, need: Need, max_chars: usize) -> Option<String> {
        self.string(key, need, max_chars, str::trim)
    }

    /// A string that is not blank, with its spaces kept (a label is spaced on purpose, as
    /// `linkArrow`'s "→ "), cut to `max_chars` (with a warning) when longer.
    pub fn spaced_text(&mut self, key: &'a str, need: Need, max_chars: usize) -> Option<String> {
        self.string(key, need, max_chars, |text| text)
    }

    fn string(&mut self, key: &'a str, need: Need, max_chars: usize, shape: fn(&str) -> &str) -> Option<String> {
        let text = match self.value(key, need)? {
            JsonValue::String(text) => shape(text),
            other => {
                self.report(key, need, format!("must be a string, got {}", other.kind_name()));
                return None;
            }
        };
        if text.trim().is_empty() {
            self.report(key, need, "is empty".to_owned());
            return None;
        }
        match truncate_words(text, max_chars) {
            Some(cut) => {
                self.problems.warn(&self.path.key(key), format!("is longer than {max_chars} characters; shortened"));
                Some(cut)
            }
            None => Some(text.to_owned()),
        }
    }

    /// A string kept exactly as given (no trimming), such as the opaque `secured` token.
    pub fn opaque_string(&mut self, key: &'a str) -> Option<String> {
        match self.value(key, Need::Optional)? {
            JsonValue::String(text) => Some(text.clone()),
            other => {
                self.report(key, Need::Optional, format!("must be a string, got {}", other.kind_name()));
                None
            }
        }
    }

    pub fn url(&mut self, key: &'a str, need: Need) -> Option<SafeUrl> {
        let text = match self.value(key, need)? {
            JsonValue::String(text) => text,
            other => {
                self.report(key, need, format!("must be a URL string, got {}", other.kind_name()));
                return None;
            }
        };
        SafeUrl::parse(text).map_err(|error| self.report(key, need, format!("{error}"))).ok()
    }

    /// An integer within `range`, from a JSON number or a numeric string such as `"19"`.
    pub fn integer(&mut self, key: &'a str, range: std::ops::RangeInclusive<i64>) -> Option<i64> {
        let integer = match self.value(key, Need::Optional)? {
            JsonValue::Number(n) => Some(*n).filter(|n| n.fract() == 0.0 && n.abs() < 9.0e15).map(|n| n as i64),
            JsonValue::String(s) => integer_text(s.trim()),
            _ => None,
        };
        match integer {
            Some(value) if range.contains(&value) => Some(value),
            Some(_) => {
                let message = format!("must be between {} and {}", range.start(), range.end());
                self.report(key, Need::Optional, message);
                None
            }
            None => {
                self.report(key, Need::Optional, "must be an integer".to_owned());
                None
            }
        }
    }

    /// A boolean, also from the strings `"true"` and `"false"`.
    pub fn boolean(&mut self, key: &'a str) -> Option<bool> {
        match self.value(key, Need::Optional)? {
            JsonValue::Bool(value) => Some(*value),
            JsonValue::String(s) if s.trim() == "true" => Some(true),
            JsonValue::String(s) if s.trim() == "false" => Some(false),
            other => {
                self.report(key, Need::Optional, format!("must be true or false, got {}", other.kind_name()));
                None
            }
        }
    }

    /// The elements of an array field (at most `max_items`, with a warning past that).
    pub fn array(&mut self, key: &'a str, max_items: usize) -> &'a [JsonValue] {
        match self.value(key, Need::Optional) {
            None => &[],
            Some(JsonValue::Array(items)) if items.len() > max_items => {
                let message = format!("has {} items; only the first {max_items} are used", items.len());
                self.problems.warn(&self.path.key(key), message);
                &items[..max_items]
            }
            Some(JsonValue::Array(items)) => items,
            Some(other) => {
                self.report(key, Need::Optional, format!("must be an array, got {}", other.kind_name()));
                &[]
            }
        }
    }

    /// A nested object field, if present and an object.
    pub fn object(&mut self, key: &'a str) -> Option<&'a JsonValue> {
        match self.value(key, Need::Optional)? {
            value @ JsonValue::Object(_) => Some(value),
            other => {
                self.report(key, Need::Optional, format!("must be an object, got {}", other.kind_name()));
                None
            }
        }
    }
}

/// `"19"`, `"-3"`, `"19.0"` as integers. (Parsed by hand: a float parser would cost the
/// shipped .wasm kilobytes for a case feeds hardly use.)
fn integer_text(text: &str) -> Option<i64> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = whole.strip_prefix('-').unwrap_or(whole);
    let plausible = !digits.is_empty() && digits.len() <= 15 && digits.bytes().all(|b| b.is_ascii_digit());
    (plausible && fraction.bytes().all(|b| b == b'0')).then(|| whole.parse().ok()).flatten()
}
