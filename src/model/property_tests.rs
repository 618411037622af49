//! Property tests: arbitrary JSON and arbitrary strings in every field never panic,
//! validation is total (a record, or errors saying why not), and valid records come out
//! with exactly the values that went in; a feed validated in steps is the feed validated at once,
//! and a feed validated reusing the previous feed's validations is the feed validated afresh.

use proptest::prelude::*;

use super::*;

/// Any JSON value, nested up to a few levels.
fn any_json() -> impl Strategy<Value = JsonValue> {
    let leaf = prop_oneof![
        Just(JsonValue::Null),
        any::<bool>().prop_map(JsonValue::Bool),
        any::<f64>().prop_map(JsonValue::Number),
        (-1e6..1e6f64).prop_map(|n| JsonValue::Number(n.trunc())),
        ".{0,40}".prop_map(JsonValue::String),
        Just(JsonValue::TooDeep),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(JsonValue::Array),
            prop::collection::vec((field_name(), inner), 0..8).prop_map(JsonValue::Object),
        ]
    })
}

/// Mostly the record's own field names, so the validator's paths get exercised.
fn field_name() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "title",
            "webUrl",
            "excerpt",
            "publishedDateTime",
            "category",
            "type",
            "quality",
            "heat",
            "published",
            "provider",
            "name",
            "domain",
            "topics",
            "related",
            "images",
            "url",
            "width",
            "height",
            "alt",
            "secured",
        ])
        .prop_map(str::to_owned),
        "[a-zA-Z]{1,8}",
    ]
}

/// A host's record as the boundary reads it: often valid, with `webUrl`s from a small set (so
/// duplicates occur), sometimes unreadable (`Err`), sometimes arbitrary JSON.
fn feed_item() -> impl Strategy<Value = Result<JsonValue, String>> {
    let record = ("[A-Za-z]{0,6}", 0..6u8).prop_map(|(title, url)| {
        Ok(JsonValue::Object(vec![
            ("title".to_owned(), JsonValue::String(title)),
            ("webUrl".to_owned(), JsonValue::String(format!("https://example.org/{url}"))),
        ]))
    });
    prop_oneof![
        4 => record,
        1 => "[a-z ]{0,10}".prop_map(Err),
        1 => any_json().prop_map(Ok),
    ]
}

fn assert_total(validated: &Validated) {
    let has_error = validated.problems.iter().any(|p| p.severity == Severity::Error);
    assert_eq!(validated.record.is_some(), !has_error, "{validated:?}");
}

const SEED: &str = include_str!("../../tests/fixtures/seed-record.json");

/// Every place in the seed record that holds a string.
const STRING_PATHS: &[&[&str]] = &[
    &["title"],
    &["webUrl"],
    &["excerpt"],
    &["publishedDateTime"],
    &["category"],
    &["type"],
    &["provider", "name"],
    &["provider", "domain"],
    &["topics", "0"],
    &["secured"],
    &["related", "0", "title"],
    &["related", "0", "webUrl"],
    &["related", "0", "excerpt"],
    &["related", "0", "images", "0", "url"],
    &["quality"],
    &["heat"],
    &["published"],
];

fn set_path(value: &mut serde_json::Value, path: &[&str], text: &str) {
    let mut target = value;
    for key in path {
        target = match key.parse::<usize>() {
            Ok(index) => &mut target[index],
            Err(_) => &mut target[*key],
        };
    }
    *target = serde_json::Value::String(text.to_owned());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_json_is_validated_totally_without_panicking(value in any_json()) {
        assert_total(&validate_record(&value));
        let _ = read_options(&value);
    }

    #[test]
    fn arbitrary_strings_in_every_field_never_panic(text in "\\PC{0,60}|[\\x00-\\x20<>\"'&;:/\\\\%#]{0,30}", at in 0..STRING_PATHS.len()) {
        let mut record: serde_json::Value = serde_json::from_str(SEED).expect("seed parses");
        set_path(&mut record, STRING_PATHS[at], &text);
        let value: JsonValue = serde_json::from_str(&record.to_string()).expect("still JSON");
        let validated = validate_record(&value);
        assert_total(&validated);
        if let Some(record) = validated.record {
            prop_assert!(record.web_url.as_str().starts_with("http://") || record.web_url.as_str().starts_with("https://"));
            prop_assert!(!record.title.trim().is_empty());
        }
    }

    #[test]
    fn urls_that_pass_are_http_with_a_host_and_stable(text in "\\PC{0,40}|(?i)(https?|javascript|data):[/\\\\]{0,3}[a-z0-9.@:%\\t ]{0,20}") {
        if let Ok(url) = SafeUrl::parse(&text) {
            prop_assert!(url.as_str().starts_with("http://") || url.as_str().starts_with("https://"));
            prop_assert!(!url.host().is_empty());
            prop_assert_eq!(SafeUrl::parse(url.as_str()), Ok(url.clone()));
        }
    }

    #[test]
    fn any_text_as_a_date_is_parsed_or_refused_quietly(text in "\\PC{0,30}|[0-9T:+\\-. Zz]{0,30}") {
        if let Some(at) = Timestamp::parse(&text) {
            prop_assert_eq!(Timestamp::parse(&at.to_iso_utc()).map(|t| t.epoch_millis() / 1000), Some(at.epoch_millis().div_euclid(1000)));
        }
    }

    #[test]
    fn valid_records_come_out_with_the_values_that_went_in(
        title in "[A-Za-z0-9][A-Za-z0-9 ,.'-]{0,80}[A-Za-z0-9.]",
        host in "[a-z]{1,12}\\.(org|com|net)",
        path in "[a-z0-9/_-]{0,30}",
        quality in proptest::option::of(-1000i32..1000),
        topics in prop::collection::vec("[A-Za-z][A-Za-z ]{0,15}[a-z]", 0..5),
        year in 1970i64..2100, month in 1i64..=12, day in 1i64..=28, hour in 0i64..24, minute in 0i64..60,
        width in 1u32..5000, height in 1u32..5000,
    ) {
        let web_url = format!("https://{host}/{path}");
        let published = format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:00Z");
        let input = serde_json::json!({
            "title": title, "webUrl": web_url, "quality": quality, "topics": topics,
            "publishedDateTime": published,
            "images": [{"url": format!("https://{host}/figure.png"), "width": width, "height": height}],
        });
        let validated = validate_record(&serde_json::from_str(&input.to_string()).expect("JSON"));
        prop_assert_eq!(&validated.problems, &vec![]);
        let record = validated.record.expect("valid");
        prop_assert_eq!(&*record.title, title.as_str());
        prop_assert_eq!(record.web_url.as_str(), web_url.as_str());
        prop_assert_eq!(record.web_url.host(), host.as_str());
        prop_assert_eq!(record.quality, quality);
        prop_assert_eq!(record.topics.len(), topics.iter().collect::<std::collections::BTreeSet<_>>().len());
        prop_assert_eq!(record.published_at.map(Timestamp::to_iso_utc), Some(published));
        prop_assert_eq!((record.images[0].width, record.images[0].height), (Some(width), Some(height)));
    }

    #[test]
    fn a_feed_validated_in_steps_is_the_feed_validated_at_once(
        items in prop::collection::vec(feed_item(), 0..40),
        steps in prop::collection::vec(0..8usize, 1..12),
    ) {
        let whole = validate_feed(items.clone());
        let mut validator = FeedValidator::default();
        let mut problems = Vec::new();
        let mut rest = items.into_iter();
        for &step in steps.iter().cycle().take(41) {
            validator.extend(rest.by_ref().take(step));
            problems.extend(validator.take_problems());
        }
        validator.extend(rest);
        problems.extend(validator.take_problems());
        prop_assert_eq!(validator.cards(), whole.cards.as_slice());
        prop_assert_eq!(problems, whole.problems);
    }

    /// The second feed takes records of the first (kept, moved, repeated) or new ones.
    #[test]
    fn a_feed_validated_reusing_the_last_one_is_the_feed_validated_afresh(
        first in prop::collection::vec(feed_item(), 0..40),
        second in prop::collection::vec((any::<prop::sample::Index>(), prop::option::of(feed_item())), 0..40),
        third in prop::collection::vec((any::<prop::sample::Index>(), prop::option::of(feed_item())), 0..40),
    ) {
        let take = |from: &[Result<JsonValue, String>], picks: Vec<(prop::sample::Index, Option<_>)>| -> Vec<_> {
            picks.into_iter().map(|(at, new)| match new {
                Some(new) => new,
                None if from.is_empty() => Err("none".to_owned()),
                None => from[at.index(from.len())].clone(),
            }).collect()
        };
        let second = take(&first, second);
        let third = take(&first.iter().chain(&second).cloned().collect::<Vec<_>>(), third);
        let mut validator = FeedValidator::default();
        validator.extend(first);
        for feed in [second, third] {
            let afresh = validate_feed(feed.clone());
            validator = FeedValidator::reusing(validator.into_known());
            validator.extend(feed);
            prop_assert_eq!(validator.cards(), afresh.cards.as_slice());
            prop_assert_eq!(validator.take_problems(), afresh.problems);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    /// The formatting rule: with no values, any text comes out exactly as written; a
    /// placeholder becomes its value, verbatim, between the text around it.
    #[test]
    fn words_are_filled_by_one_rule(
        text in "\\PC{0,40}|[{}a-z ]{0,30}",
        before in "[^{]{0,20}",
        after in "[^{]{0,20}",
        value in "\\PC{0,20}|[{}a-z]{0,12}",
    ) {
        prop_assert_eq!(template::fill(&text, &[]), text.clone());
        let word = format!("{before}{{name}}{after}");
        prop_assert_eq!(template::fill(&word, &[("name", &value)]), format!("{before}{value}{after}"));
        prop_assert_eq!(template::around(&word, "name"), (before.as_str(), after.as_str()));
    }
}
