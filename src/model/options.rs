//! Display options the host passes to `mount` or sets as element attributes.
//! A wrong or unknown option is reported and the default is used instead.

use super::fields::{FieldReader, Need};
use super::json_value::JsonValue;
use super::problem::{JsonPath, Problem, Problems};
use super::timestamp::Timestamp;
use super::words::{Labels, Word};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Theme {
    /// Follows `prefers-color-scheme`.
    #[default]
    Auto,
    Light,
    Dark,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Layout {
    #[default]
    Full,
    Compact,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum LinkTarget {
    #[default]
    SameTab,
    NewTab,
}

impl LinkTarget {
    pub fn as_attribute(self) -> &'static str {
        match self {
            LinkTarget::SameTab => "_self",
            LinkTarget::NewTab => "_blank",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardOptions {
    /// BCP 47 tag; `None` means the browser's own locale.
    pub locale: Option<String>,
    /// IANA zone such as `Europe/Berlin`; `None` means the browser's.
    pub time_zone: Option<String>,
    pub theme: Theme,
    pub layout: Layout,
    /// 2 to 6.
    pub heading_level: u8,
    pub related_open: bool,
    pub link_target: LinkTarget,
    pub show_signals: bool,
    /// What relative dates are measured from; `None` means the time of rendering.
    pub now: Option<Timestamp>,
    /// The host's own words, over the locale's.
    pub labels: Labels,
}

impl Default for CardOptions {
    fn default() -> Self {
        CardOptions {
            locale: None,
            time_zone: None,
            theme: Theme::default(),
            layout: Layout::default(),
            heading_level: 3,
            related_open: false,
            link_target: LinkTarget::default(),
            show_signals: false,
            now: None,
            labels: Labels::new(),
        }
    }
}

const KNOWN_OPTIONS: &[&str] = &[
    "locale",
    "timeZone",
    "theme",
    "layout",
    "headingLevel",
    "relatedOpen",
    "linkTarget",
    "showSignals",
    "now",
    "labels",
];

/// Reads options; `null`/`undefined` give the defaults. Problems are warnings whose path
/// is the option's name.
pub fn read_options(value: &JsonValue) -> (CardOptions, Vec<Problem>) {
    let mut problems = Problems::default();
    let root = JsonPath::Root;
    let mut options = CardOptions::default();
    match value {
        JsonValue::Null => return (options, problems.0),
        JsonValue::Object(entries) => {
            for (key, _) in entries.iter().filter(|(key, _)| !KNOWN_OPTIONS.contains(&key.as_str())) {
                problems.warn(&root.key(key), "is not an option; ignored");
            }
        }
        other => {
            problems.warn(&root, format!("options must be an object, got {}; defaults used", other.kind_name()));
            return (options, problems.0);
        }
    }
    let mut fields = FieldReader { object: value, path: &root, problems: &mut problems };
    options.locale = fields.text("locale", Need::Optional, 64).filter(|tag| {
        let plausible = tag
            .split('-')
            .all(|part| !part.is_empty() && part.len() <= 8 && part.chars().all(|c| c.is_ascii_alphanumeric()));
        if !plausible {
            fields
                .problems
                .warn(&root.key("locale"), format!("\"{tag}\" is not a language tag such as \"en-GB\"; ignored"));
        }
        plausible
    });
    options.time_zone = fields.text("timeZone", Need::Optional, 64).filter(|zone| {
        let plausible = zone.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '_' | '-' | '+'));
        if !plausible {
            fields.problems.warn(
                &root.key("timeZone"),
                format!("\"{zone}\" is not a time zone such as \"Europe/Berlin\"; ignored"),
            );
        }
        plausible
    });
    options.theme =
        choice(&mut fields, "theme", &[("auto", Theme::Auto), ("light", Theme::Light), ("dark", Theme::Dark)])
            .unwrap_or_default();
    options.layout =
        choice(&mut fields, "layout", &[("full", Layout::Full), ("compact", Layout::Compact)]).unwrap_or_default();
    options.link_target =
        choice(&mut fields, "linkTarget", &[("_self", LinkTarget::SameTab), ("_blank", LinkTarget::NewTab)])
            .unwrap_or_default();
    if let Some(level) = fields.integer("headingLevel", 2..=6) {
        options.heading_level = level as u8;
    }
    options.related_open = fields.boolean("relatedOpen").unwrap_or(false);
    options.show_signals = fields.boolean("showSignals").unwrap_or(false);
    options.now = fields.text("now", Need::Optional, 64).and_then(|text| {
        let parsed = Timestamp::parse(&text);
        if parsed.is_none() {
            fields.problems.warn(&root.key("now"), "is not an ISO 8601 date-time; the current time is used");
        }
        parsed
    });
    options.labels = labels(&mut fields);
    (options, problems.0)
}

/// The `labels` object: a string for each word the host names; other keys and values are
/// reported and ignored.
fn labels(fields: &mut FieldReader) -> Labels {
    let Some(object) = fields.object("labels") else { return Labels::new() };
    let path = fields.path.key("labels");
    let mut reader = FieldReader { object, path: &path, problems: fields.problems };
    let JsonValue::Object(entries) = object else { return Labels::new() };
    let mut labels = Labels::new();
    for (key, _) in entries {
        match Word::from_key(key) {
            Some(word) => labels.extend(reader.text(key, Need::Optional, 200).map(|text| (word, text))),
            None => reader.problems.warn(&path.key(key), "is not a label; ignored"),
        }
    }
    labels
}

fn choice<T: Copy>(fields: &mut FieldReader, key: &'static str, allowed: &[(&str, T)]) -> Option<T> {
    let text = fields.text(key, Need::Optional, 16)?;
    let found = allowed.iter().find(|(name, _)| *name == text).map(|&(_, value)| value);
    if found.is_none() {
        let names: Vec<String> = allowed.iter().map(|(name, _)| format!("\"{name}\"")).collect();
        fields.problems.warn(&fields.path.key(key), format!("must be one of {}; default used", names.join(", ")));
    }
    found
}
