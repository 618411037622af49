//! Validation rules of the record (README, "The record, in short"), checked on the seed
//! record and on broken variants of it.

use super::*;

const SEED: &str = include_str!("../../tests/fixtures/seed-record.json");

fn json(text: &str) -> JsonValue {
    serde_json::from_str(text).expect("test JSON parses")
}

fn seed() -> serde_json::Value {
    serde_json::from_str(SEED).expect("seed parses")
}

fn validate(value: serde_json::Value) -> Validated {
    validate_record(&json(&value.to_string()))
}

fn paths(validated: &Validated) -> Vec<(String, Severity)> {
    validated.problems.iter().map(|p| (p.path.clone(), p.severity)).collect()
}

#[test]
fn every_field_of_the_seed_record_is_read() {
    let validated = validate(seed());
    assert_eq!(validated.problems, vec![]);
    let record = validated.record.expect("seed is valid");
    assert_eq!(&*record.title, "Computer vision helps scientists study lithium ion batteries");
    assert_eq!(record.web_url.as_str(), "https://phys.org/news/2020-05-vision-scientists-lithium-ion-batteries.html");
    let excerpt = record.excerpt.as_deref().expect("excerpt");
    assert!(excerpt.starts_with("Lithium-ion batteries lose their juice"));
    assert!(excerpt.ends_with("how one battery component…"), "{excerpt}");
    assert_eq!(record.published_at.map(Timestamp::to_iso_utc).as_deref(), Some("2020-05-08T10:15:00Z"));
    assert_eq!(record.signals, Signals { category: Some("news".into()), heat: Some(19), published: Some(false) });
    assert_eq!((record.kind.as_deref(), record.quality), (Some("article"), Some(19)));
    let provider = record.provider.as_ref().expect("provider");
    assert_eq!((provider.name.as_deref(), provider.domain.as_deref()), (Some("Phys.org"), Some("phys.org")));
    assert_eq!(record.topics.iter().map(|t| &**t).collect::<Vec<_>>(), ["Computer Vision", "AI"]);
    assert!(record.images.is_empty());
    assert!(record
        .secured
        .as_deref()
        .is_some_and(|s| s.starts_with("cqo+5yf0pk9") && s.ends_with("CBgjFdQ/Vnl2NZ3j73HSow==")));

    let [related] = &record.related[..] else { panic!("one related item") };
    assert!(related.title.starts_with("Machine-learning-revealed statistics"));
    assert_eq!(related.web_url.host(), "www.nature.com");
    assert!(related.excerpt.as_deref().is_some_and(|e| e.ends_with("NMC composite cathode.")));
    assert_eq!(related.published_at, Timestamp::parse("2020-05-08T09:45:00Z"));
    assert_eq!(related.kind.as_deref(), Some("article"));
    assert_eq!(related.provider.as_ref().and_then(|p| p.name.as_deref()), Some("Nature"));
    assert_eq!(related.quality, Some(5));
    let [image] = &related.images[..] else { panic!("one image") };
    assert_eq!((image.width, image.height, image.alt.as_deref()), (Some(685), Some(598), None));
    assert_eq!(image.url.host(), "media.springernature.com");

    let figure = record.figure().expect("the related item's image is the card's figure");
    assert_eq!(figure.image, image);
    assert_eq!(figure.source, "Nature");
}

#[test]
fn missing_or_unsafe_required_fields_are_errors_with_their_path() {
    let mut no_title = seed();
    no_title.as_object_mut().unwrap().remove("title");
    let validated = validate(no_title);
    assert!(validated.record.is_none());
    assert_eq!(paths(&validated), [("title".to_owned(), Severity::Error)]);
    assert_eq!(validated.problems[0].message, "is required");

    let mut blank_title = seed();
    blank_title["title"] = "   ".into();
    assert_eq!(validate(blank_title).problems[0].message, "is empty");

    let mut script_url = seed();
    script_url["webUrl"] = " JavaScript:alert(1)".into();
    let validated = validate(script_url);
    assert!(validated.record.is_none());
    assert_eq!(paths(&validated), [("webUrl".to_owned(), Severity::Error)]);
    assert_eq!(validated.problems[0].message, "must be an http: or https: URL");

    let mut null_url = seed();
    null_url["webUrl"] = serde_json::Value::Null;
    assert_eq!(paths(&validate(null_url)), [("webUrl".to_owned(), Severity::Error)]);

    let not_object = validate_record(&json("[1,2]"));
    assert!(not_object.record.is_none());
    assert_eq!(not_object.problems[0].message, "a record must be an object, got an array");
}

#[test]
fn bad_optional_fields_are_dropped_with_warnings_and_the_card_still_renders() {
    let mut record = seed();
    record["quality"] = "lots".into();
    record["heat"] = 2.5.into();
    record["published"] = 1.into();
    record["publishedDateTime"] = "8 May 2020".into();
    record["topics"] = serde_json::json!(["AI", 7, "", "AI"]);
    record["provider"] = "Phys.org".into();
    record["related"][0]["images"][0]["width"] = (-3).into();
    record["related"][0]["images"][0]["height"] = 0.into();
    record["related"][0]["publishedDateTime"] = "2020-02-30T00:00:00Z".into();
    let validated = validate(record);
    let record = validated.record.as_ref().expect("still renders");
    assert_eq!(
        paths(&validated),
        [
            // The fields a related item shares, in its order (`read_article`), then the record's own.
            ("publishedDateTime", Severity::Warning),
            ("provider", Severity::Warning),
            ("quality", Severity::Warning),
            ("heat", Severity::Warning),
            ("published", Severity::Warning),
            ("topics[1]", Severity::Warning),
            ("topics[2]", Severity::Warning),
            ("related[0].publishedDateTime", Severity::Warning),
            ("related[0].images[0].width", Severity::Warning),
            ("related[0].images[0].height", Severity::Warning),
        ]
        .map(|(p, s)| (p.to_owned(), s))
    );
    assert_eq!(validated.problems[8].message, "must be between 1 and 20000; ignored");
    assert_eq!((record.quality, record.signals.heat, record.published_at), (None, None, None));
    assert_eq!(record.topics.iter().map(|t| &**t).collect::<Vec<_>>(), ["AI"]);
    assert!(record.provider.is_none());
    let image = &record.related[0].images[0];
    assert_eq!((image.width, image.height), (None, None));
}

#[test]
fn a_bad_related_item_or_image_is_dropped_alone() {
    let mut record = seed();
    record["related"] = serde_json::json!([
        {"title": "No link"},
        {"title": "Unsafe", "webUrl": "data:text/html,hi"},
        "not an object",
        {"title": "Kept", "webUrl": "https://arxiv.org/abs/2001.00001",
         "images": [{"url": "javascript:alert(1)"}, {"width": 10}, {"url": "https://example.org/a.png"}]}
    ]);
    let validated = validate(record);
    let record = validated.record.as_ref().expect("still renders");
    assert_eq!(record.related.len(), 1);
    assert_eq!(&*record.related[0].title, "Kept");
    assert_eq!(record.related[0].images.len(), 1);
    assert_eq!(
        paths(&validated),
        [
            "related[0].webUrl",
            "related[1].webUrl",
            "related[2]",
            "related[3].images[0].url",
            "related[3].images[1].url"
        ]
        .map(|p| (p.to_owned(), Severity::Warning))
    );
    assert_eq!(validated.problems[0].message, "is required; related item ignored");
}

#[test]
fn real_feed_quirks_are_accepted_quietly() {
    let validated = validate_record(&json(
        r#"{"title":" Padded title ","webUrl":"https://example.org/a","quality":"12","heat":" 7 ",
            "published":"true","excerpt":null,"topics":[],"related":[],"images":null,"provider":null,
            "publishedDateTime":"2023-11-02 16:45:00+00:00","futureField":{"deep":[1,2,3]},"category":"news"}"#,
    ));
    assert_eq!(validated.problems, vec![]);
    let record = validated.record.expect("valid");
    assert_eq!(&*record.title, "Padded title");
    assert_eq!((record.quality, record.signals.heat, record.signals.published), (Some(12), Some(7), Some(true)));
    assert_eq!(record.published_at.map(Timestamp::to_iso_utc).as_deref(), Some("2023-11-02T16:45:00Z"));
    assert!(record.figure().is_none());
}

#[test]
fn oversized_text_and_lists_are_cut_and_reported() {
    let mut record = seed();
    record["excerpt"] = "word ".repeat(100_000).into();
    record["topics"] = (0..500).map(|i| format!("topic {i}")).collect::<Vec<_>>().into();
    let validated = validate(record);
    let record = validated.record.as_ref().expect("renders");
    assert!(record.excerpt.as_ref().is_some_and(|e| e.chars().count() <= 1_001 && e.ends_with('…')));
    assert_eq!(record.topics.len(), 20);
    assert_eq!(
        paths(&validated),
        [("excerpt".to_owned(), Severity::Warning), ("topics".to_owned(), Severity::Warning)]
    );
    assert_eq!(validated.problems[1].message, "has 500 items; only the first 20 are used");
}

#[test]
fn the_record_image_wins_over_related_images_and_names_its_provider() {
    let mut record = seed();
    record["images"] = serde_json::json!([{"url": "https://cdn.phys.org/fig.png", "width": 800, "height": 450, "alt": "A battery cathode"}]);
    let validated = validate(record);
    let record = validated.record.expect("valid");
    let figure = record.figure().expect("figure");
    assert_eq!(figure.image.url.as_str(), "https://cdn.phys.org/fig.png");
    assert_eq!(figure.image.alt.as_deref(), Some("A battery cathode"));
    assert_eq!(figure.source, "Phys.org");

    let mut anonymous = seed();
    anonymous["related"][0]["provider"] = serde_json::Value::Null;
    let record = validate(anonymous).record.expect("valid");
    assert_eq!(record.figure().expect("figure").source, "media.springernature.com");
}

#[test]
fn a_feed_reports_each_bad_record_and_keeps_the_rest() {
    let good = seed().to_string();
    let duplicate = good.clone();
    let other = r#"{"title":"Other","webUrl":"https://example.org/other"}"#;
    let feed = validate_feed([
        Ok(json(&good)),
        Ok(json(r#"{"title":"No URL"}"#)),
        Err("reading the record threw: boom".to_owned()),
        Ok(json(&duplicate)),
        Ok(json(other)),
    ]);
    assert_eq!(feed.cards.iter().map(|c| c.index).collect::<Vec<_>>(), [0, 4]);
    let reported: Vec<(usize, &str, &str)> =
        feed.problems.iter().map(|p| (p.index, p.problem.path.as_str(), p.problem.message.as_str())).collect();
    assert_eq!(
        reported,
        [
            (1, "webUrl", "is required"),
            (2, "", "reading the record threw: boom"),
            (3, "webUrl", "duplicates the webUrl of record 0; not shown twice"),
        ]
    );
    assert!(feed.problems.iter().all(|p| p.problem.severity == Severity::Error));
}

#[test]
fn input_nested_too_deeply_is_reported_once_and_the_card_still_renders() {
    let mut record = seed();
    let mut deep = serde_json::json!("bottom");
    for _ in 0..40 {
        deep = serde_json::json!({ "next": deep });
    }
    record["futureField"] = deep;
    let nested = format!("{}{}", "[".repeat(100), "]".repeat(100));
    let text = record.to_string().replacen('{', &format!("{{\"alsoDeep\":{nested},"), 1);
    let validated = validate_record(&json(&text));
    assert!(validated.record.is_some());
    let [problem] = validated.problems.as_slice() else { panic!("one problem: {:?}", validated.problems) };
    assert_eq!(problem.severity, Severity::Warning);
    assert_eq!(problem.path, format!("alsoDeep{}", "[0]".repeat(15)));
    assert_eq!(problem.message, "nests more than 16 levels deep; the rest was not read");
}
