//! Turns one host JSON value into a [`Record`], or into errors that say why it cannot be
//! a card. Optional fields that are wrong are dropped with a warning carrying their path.

use std::rc::Rc;

use super::fields::{FieldReader, Need};
use super::json_value::{JsonValue, MAX_DEPTH};
use super::problem::{JsonPath, Problem, Problems, Severity};
use super::provider::Provider;
use super::record::{Article, Image, Record, RelatedItem, Signals};
use super::shared_strings::SharedStrings;
use super::text::{display_excerpt, truncate_words};
use super::timestamp::Timestamp;

/// Limits that keep one huge record from costing the page its responsiveness.
pub mod limits {
    pub const TITLE_CHARS: usize = 300;
    pub const EXCERPT_CHARS: usize = 1_000;
    pub const LABEL_CHARS: usize = 80;
    pub const ALT_CHARS: usize = 500;
    pub const TOPICS: usize = 20;
    pub const RELATED: usize = 20;
    pub const IMAGES: usize = 10;
    pub const IMAGE_SIDE: i64 = 20_000;
    pub const SIGNAL: i64 = 1_000_000_000;
}

/// What validating one record gave: the record (unless an error stopped it) and every
/// problem found on the way, warnings included.
#[derive(Debug, Clone, PartialEq)]
pub struct Validated {
    pub record: Option<Record>,
    pub problems: Vec<Problem>,
}

pub fn validate_record(value: &JsonValue) -> Validated {
    validate_record_sharing(value, &mut SharedStrings::default())
}

/// [`validate_record`], the values that repeat across records shared through `strings`.
pub fn validate_record_sharing(value: &JsonValue, strings: &mut SharedStrings) -> Validated {
    let mut problems = Problems::default();
    let record = read_record(value, &JsonPath::Root, &mut problems, strings);
    report_too_deep(value, &JsonPath::Root, &mut problems);
    let record = if problems.has_errors() { None } else { record };
    Validated { record, problems: problems.0 }
}

fn read_record(
    value: &JsonValue,
    path: &JsonPath,
    problems: &mut Problems,
    strings: &mut SharedStrings,
) -> Option<Record> {
    if !matches!(value, JsonValue::Object(_)) {
        problems.error(path, format!("a record must be an object, got {}", value.kind_name()));
        return None;
    }
    let mut fields = FieldReader { object: value, path, problems };
    let article = read_article(&mut fields, strings);
    let signals = Signals {
        category: fields.text("category", Need::Optional, limits::LABEL_CHARS).map(|c| strings.share(&c)),
        heat: read_signal(&mut fields, "heat"),
        published: fields.boolean("published"),
    };
    let topics = read_topics(&mut fields, strings);
    let secured = fields.opaque_string("secured").map(String::into_boxed_str);

    let related_values = fields.array("related", limits::RELATED);
    let related_path = path.key("related");
    let related = related_values
        .iter()
        .enumerate()
        .filter_map(|(i, item)| read_related(item, &related_path.index(i), problems, strings))
        .collect();

    Some(Record { article: article?, signals, topics: topics.into(), related, secured })
}

/// The fields a record and a related item share; `None` (with errors) without a usable
/// title or URL.
fn read_article(fields: &mut FieldReader, strings: &mut SharedStrings) -> Option<Article> {
    let title = fields.text("title", Need::Required, limits::TITLE_CHARS).map(String::into_boxed_str);
    let web_url = fields.url("webUrl", Need::Required);
    let excerpt = fields.text("excerpt", Need::Optional, limits::EXCERPT_CHARS).map(|e| display_excerpt(&e).into());
    let published_at = read_timestamp(fields, "publishedDateTime");
    let kind = fields.text("type", Need::Optional, limits::LABEL_CHARS).map(|k| strings.share(&k));
    let provider = read_provider(fields, strings);
    let quality = read_signal(fields, "quality");
    let images = read_images(fields, strings);
    Some(Article { title: title?, web_url: web_url?, excerpt, published_at, kind, provider, quality, images })
}

/// Reports the first place, known field or not, where the input nested too deeply to be read
/// (a self-referring object ends up here too), so the host learns of it once.
fn report_too_deep(value: &JsonValue, path: &JsonPath, problems: &mut Problems) -> bool {
    match value {
        JsonValue::TooDeep => {
            let message = format!("nests more than {MAX_DEPTH} levels deep; the rest was not read");
            problems.warn(path, message);
            true
        }
        JsonValue::Array(items) => {
            items.iter().enumerate().any(|(i, item)| report_too_deep(item, &path.index(i), problems))
        }
        JsonValue::Object(entries) => entries.iter().any(|(key, item)| report_too_deep(item, &path.key(key), problems)),
        _ => false,
    }
}

/// A related item with a bad title or URL is dropped with a warning; the card still renders.
fn read_related(
    value: &JsonValue,
    path: &JsonPath,
    problems: &mut Problems,
    strings: &mut SharedStrings,
) -> Option<RelatedItem> {
    if !matches!(value, JsonValue::Object(_)) {
        problems.warn(path, format!("a related item must be an object, got {}; ignored", value.kind_name()));
        return None;
    }
    let mut item_problems = Problems::default();
    let item = read_article(&mut FieldReader { object: value, path, problems: &mut item_problems }, strings);
    // Inside a related item, a missing title or URL drops only the item: a warning.
    for mut problem in item_problems.0 {
        if problem.severity == Severity::Error {
            problem.severity = Severity::Warning;
            problem.message.push_str("; related item ignored");
        }
        problems.0.push(problem);
    }
    item
}

/// `quality` or `heat`: an integer within ±[`limits::SIGNAL`], kept as an `i32` (which
/// holds that range) to keep records small.
fn read_signal(fields: &mut FieldReader, key: &'static str) -> Option<i32> {
    fields.integer(key, -limits::SIGNAL..=limits::SIGNAL).and_then(|value| i32::try_from(value).ok())
}

fn read_timestamp(fields: &mut FieldReader, key: &'static str) -> Option<Timestamp> {
    let text = fields.text(key, Need::Optional, 64)?;
    let parsed = Timestamp::parse(&text);
    if parsed.is_none() {
        fields.problems.warn(&fields.path.key(key), "is not an ISO 8601 date-time (2020-05-08T10:15:00Z); ignored");
    }
    parsed
}

fn read_provider(fields: &mut FieldReader, strings: &mut SharedStrings) -> Option<Provider> {
    let object = fields.object("provider")?;
    let path = fields.path.key("provider");
    let mut provider_fields = FieldReader { object, path: &path, problems: fields.problems };
    let name = provider_fields.text("name", Need::Optional, limits::LABEL_CHARS);
    let domain = provider_fields.text("domain", Need::Optional, 253);
    let provider = Provider::new(name.as_deref(), domain.as_deref(), |text| strings.share(text));
    provider.label().is_some().then_some(provider)
}

fn read_topics(fields: &mut FieldReader, strings: &mut SharedStrings) -> Vec<Rc<str>> {
    let path = fields.path.key("topics");
    let mut topics: Vec<Rc<str>> = Vec::new();
    for (i, topic) in fields.array("topics", limits::TOPICS).iter().enumerate() {
        match topic {
            JsonValue::String(text) if !text.trim().is_empty() => {
                let trimmed = text.trim();
                let cut = truncate_words(trimmed, limits::LABEL_CHARS);
                let text = cut.as_deref().unwrap_or(trimmed);
                if !topics.iter().any(|topic| **topic == *text) {
                    topics.push(strings.share(text));
                }
            }
            other => {
                let got = if matches!(other, JsonValue::String(_)) { "an empty string" } else { other.kind_name() };
                fields.problems.warn(&path.index(i), format!("a topic must be a non-empty string, got {got}; ignored"));
            }
        }
    }
    topics
}

fn read_images(fields: &mut FieldReader, strings: &mut SharedStrings) -> Box<[Image]> {
    let path = fields.path.key("images");
    let values = fields.array("images", limits::IMAGES);
    values
        .iter()
        .enumerate()
        .filter_map(|(i, value)| read_image(value, &path.index(i), fields.problems, strings))
        .collect()
}

fn read_image(
    value: &JsonValue,
    path: &JsonPath,
    problems: &mut Problems,
    strings: &mut SharedStrings,
) -> Option<Image> {
    if !matches!(value, JsonValue::Object(_)) {
        problems.warn(path, format!("an image must be an object, got {}; ignored", value.kind_name()));
        return None;
    }
    let mut fields = FieldReader { object: value, path, problems };
    let url = fields.url("url", Need::Optional).map(|url| url.shared_in(strings));
    let width = fields.integer("width", 1..=limits::IMAGE_SIDE).map(|w| w as u32);
    let height = fields.integer("height", 1..=limits::IMAGE_SIDE).map(|h| h as u32);
    let alt = fields.text("alt", Need::Optional, limits::ALT_CHARS).map(String::into_boxed_str);
    if url.is_none() && fields.value("url", Need::Optional).is_none() {
        fields.problems.warn(&path.key("url"), "is required; image ignored");
    }
    Some(Image { url: url?, width, height, alt })
}
