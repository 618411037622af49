//! Display options the host passes to `mount` or sets as element attributes, and
//! [`OPTIONS`], the one table that defines them: each option's name, the form its value
//! takes, how it is read, and how the prerender tool writes it back as an attribute. The
//! reader, the tool's flags and usage, the element's attributes (exported to the loader as
//! `ArticleCards.optionAttributes`) all come from this table, so adding an option is one
//! entry here (plus its field and its docs). A wrong or unknown option is reported and the
//! default is used instead.

use super::fields::{FieldReader, Need};
use super::json_value::JsonValue;
use super::problem::{JsonPath, Problem, Problems};
use super::timestamp::Timestamp;
use super::words::{Labels, Word};

/// An enum option's values and their names, in one place: the reader, the markup's
/// attributes and the tool's usage all use [`Choice::name`] and [`Choice::ALL`].
pub trait Choice: Copy + PartialEq + 'static {
    /// Every value with its name, the default first.
    const ALL: &'static [(&'static str, Self)];

    fn name(self) -> &'static str {
        Self::ALL.iter().find(|(_, value)| *value == self).map_or("", |(name, _)| name)
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Theme {
    /// Follows `prefers-color-scheme`.
    #[default]
    Auto,
    Light,
    Dark,
}

impl Choice for Theme {
    const ALL: &'static [(&'static str, Self)] =
        &[("auto", Theme::Auto), ("light", Theme::Light), ("dark", Theme::Dark)];
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Layout {
    #[default]
    Full,
    Compact,
}

impl Choice for Layout {
    const ALL: &'static [(&'static str, Self)] = &[("full", Layout::Full), ("compact", Layout::Compact)];
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum LinkTarget {
    #[default]
    SameTab,
    NewTab,
}

impl Choice for LinkTarget {
    const ALL: &'static [(&'static str, Self)] = &[("_self", LinkTarget::SameTab), ("_blank", LinkTarget::NewTab)];
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

/// The form of an option's value, which decides how it is given outside an options object.
#[derive(Clone, Copy)]
pub enum Form {
    /// Text: an attribute with the value, a flag followed by it (the hint names it in usage).
    Text(&'static str),
    /// One of the names of a [`Choice`] (`names::<Theme>`): like text, the names as the hint.
    OneOf(fn() -> Vec<&'static str>),
    /// On or off: on when the attribute is present (and not `"false"`), or the flag given.
    Switch,
    /// Set in the options object only (an object, say): no attribute, no flag.
    PropertyOnly,
}

/// One option: everything about it that is not its docs.
pub struct OptionSpec {
    /// The key in the host's options object, camelCase.
    pub name: &'static str,
    pub form: Form,
    /// Reads the value under `name` into the options, reporting what it drops.
    read: fn(&mut FieldReader, &'static str, &mut CardOptions),
    /// The attribute value that gives the browser this option as the tool rendered it;
    /// `None` when the default does (or when the browser should use its own, as for `now`).
    pub attribute_value: fn(&CardOptions) -> Option<String>,
}

impl OptionSpec {
    /// The element attribute and, after `--`, the tool's flag: the name in kebab-case.
    /// `None` for options set as properties only.
    pub fn attribute(&self) -> Option<String> {
        if matches!(self.form, Form::PropertyOnly) {
            return None;
        }
        let mut kebab = String::with_capacity(self.name.len() + 2);
        for c in self.name.chars() {
            if c.is_ascii_uppercase() {
                kebab.push('-');
            }
            kebab.push(c.to_ascii_lowercase());
        }
        Some(kebab)
    }
}

/// Every option, in the order they are read (and written as attributes).
pub const OPTIONS: &[OptionSpec] = &[
    OptionSpec {
        name: "locale",
        form: Form::Text("L"),
        read: |fields, key, options| {
            options.locale = plausible_text(fields, key, is_language_tag, "a language tag such as \"en-GB\"")
        },
        attribute_value: |options| options.locale.clone(),
    },
    OptionSpec {
        name: "timeZone",
        form: Form::Text("Z"),
        read: |fields, key, options| {
            options.time_zone = plausible_text(fields, key, is_time_zone, "a time zone such as \"Europe/Berlin\"")
        },
        attribute_value: |options| options.time_zone.clone(),
    },
    OptionSpec {
        name: "theme",
        form: Form::OneOf(names::<Theme>),
        read: |fields, key, options| options.theme = choice(fields, key),
        attribute_value: |options| non_default_choice(options.theme),
    },
    OptionSpec {
        name: "layout",
        form: Form::OneOf(names::<Layout>),
        read: |fields, key, options| options.layout = choice(fields, key),
        attribute_value: |options| non_default_choice(options.layout),
    },
    OptionSpec {
        name: "headingLevel",
        form: Form::Text("2-6"),
        read: |fields, key, options| {
            if let Some(level) = fields.integer(key, 2..=6) {
                options.heading_level = level as u8;
            }
        },
        attribute_value: |options| {
            (options.heading_level != CardOptions::default().heading_level).then(|| options.heading_level.to_string())
        },
    },
    OptionSpec {
        name: "linkTarget",
        form: Form::OneOf(names::<LinkTarget>),
        read: |fields, key, options| options.link_target = choice(fields, key),
        attribute_value: |options| non_default_choice(options.link_target),
    },
    OptionSpec {
        name: "relatedOpen",
        form: Form::Switch,
        read: |fields, key, options| options.related_open = fields.boolean(key).unwrap_or(false),
        attribute_value: |options| options.related_open.then(String::new),
    },
    OptionSpec {
        name: "showSignals",
        form: Form::Switch,
        read: |fields, key, options| options.show_signals = fields.boolean(key).unwrap_or(false),
        attribute_value: |options| options.show_signals.then(String::new),
    },
    OptionSpec {
        name: "now",
        form: Form::Text("ISO"),
        read: |fields, key, options| {
            options.now = fields.text(key, Need::Optional, 64).and_then(|text| {
                let parsed = Timestamp::parse(&text);
                if parsed.is_none() {
                    fields
                        .problems
                        .warn(&fields.path.key(key), "is not an ISO 8601 date-time; the current time is used");
                }
                parsed
            })
        },
        // In the browser, dates are relative to when the page is read.
        attribute_value: |_| None,
    },
    OptionSpec {
        name: "labels",
        form: Form::PropertyOnly,
        read: |fields, key, options| options.labels = labels(fields, key),
        attribute_value: |_| None,
    },
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
            for (key, _) in entries.iter().filter(|(key, _)| !OPTIONS.iter().any(|spec| spec.name == key)) {
                problems.warn(&root.key(key), "is not an option; ignored");
            }
        }
        other => {
            problems.warn(&root, format!("options must be an object, got {}; defaults used", other.kind_name()));
            return (options, problems.0);
        }
    }
    let mut fields = FieldReader { object: value, path: &root, problems: &mut problems };
    for spec in OPTIONS {
        (spec.read)(&mut fields, spec.name, &mut options);
    }
    (options, problems.0)
}

/// The `labels` object: a string for each word the host names, kept as given but for a cut
/// to 200 characters (blank ones are not words); other keys and values are reported and
/// ignored.
fn labels(fields: &mut FieldReader, key: &'static str) -> Labels {
    let Some(object) = fields.object(key) else { return Labels::new() };
    let path = fields.path.key(key);
    let mut reader = FieldReader { object, path: &path, problems: fields.problems };
    let JsonValue::Object(entries) = object else { return Labels::new() };
    let mut labels = Labels::new();
    for (key, _) in entries {
        match Word::from_key(key) {
            Some(word) => labels.extend(reader.spaced_text(key, Need::Optional, 200).map(|text| (word, text))),
            None => reader.problems.warn(&path.key(key), "is not a label; ignored"),
        }
    }
    labels
}

fn is_language_tag(tag: &str) -> bool {
    tag.split('-').all(|part| !part.is_empty() && part.len() <= 8 && part.chars().all(|c| c.is_ascii_alphanumeric()))
}

fn is_time_zone(zone: &str) -> bool {
    zone.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '_' | '-' | '+'))
}

/// Text that passes `plausible`, else a warning that it is not `what`.
fn plausible_text(
    fields: &mut FieldReader,
    key: &'static str,
    plausible: fn(&str) -> bool,
    what: &str,
) -> Option<String> {
    let text = fields.text(key, Need::Optional, 64)?;
    if plausible(&text) {
        return Some(text);
    }
    fields.problems.warn(&fields.path.key(key), format!("\"{text}\" is not {what}; ignored"));
    None
}

fn choice<T: Choice>(fields: &mut FieldReader, key: &'static str) -> T {
    let default = T::ALL[0].1;
    let Some(text) = fields.text(key, Need::Optional, 16) else { return default };
    let found = T::ALL.iter().find(|(name, _)| *name == text).map(|&(_, value)| value);
    if found.is_none() {
        let names: Vec<String> = T::ALL.iter().map(|(name, _)| format!("\"{name}\"")).collect();
        fields.problems.warn(&fields.path.key(key), format!("must be one of {}; default used", names.join(", ")));
    }
    found.unwrap_or(default)
}

/// A [`Choice`]'s names, for [`Form::OneOf`].
pub fn names<T: Choice>() -> Vec<&'static str> {
    T::ALL.iter().map(|(name, _)| *name).collect()
}

fn non_default_choice<T: Choice>(value: T) -> Option<String> {
    (value != T::ALL[0].1).then(|| value.name().to_owned())
}
