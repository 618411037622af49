//! Options: read with a warning and the default for each bad one; every option the tool
//! writes as an attribute reads back as the same option; attribute names are the option
//! names in kebab-case.

use super::json_value::JsonValue;
use super::options::{read_options, CardOptions, Form, Layout, LinkTarget, Theme, OPTIONS};
use super::problem::Severity;
use super::timestamp::Timestamp;
use super::words::Word;

fn json(text: &str) -> JsonValue {
    serde_json::from_str(text).expect("test JSON parses")
}

fn everything_changed() -> CardOptions {
    CardOptions {
        locale: Some("de-DE".into()),
        time_zone: Some("Europe/Berlin".into()),
        theme: Theme::Dark,
        layout: Layout::Compact,
        heading_level: 2,
        related_open: true,
        link_target: LinkTarget::NewTab,
        show_signals: true,
        now: Timestamp::parse("2026-11-25T12:00:00Z"),
        // Property-only (no attribute, no flag): the words are tested below.
        labels: vec![],
    }
}

#[test]
fn options_fall_back_to_defaults_with_a_warning_per_bad_value() {
    let (options, problems) = read_options(&json(
        r#"{"locale":"de-DE","timeZone":"Europe/Berlin","theme":"dark","layout":"compact","headingLevel":"2",
            "relatedOpen":true,"linkTarget":"_blank","showSignals":true,"now":"2026-11-25T12:00:00Z"}"#,
    ));
    assert_eq!(problems, vec![]);
    assert_eq!(options, everything_changed());

    let (options, problems) =
        read_options(&json(r#"{"theme":"purple","headingLevel":9,"locale":"<script>","colour":"red","now":"soon"}"#));
    assert_eq!(options, CardOptions::default());
    let reported: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(reported, ["colour", "locale", "theme", "headingLevel", "now"]);
    assert_eq!(problems[2].message, "must be one of \"auto\", \"light\", \"dark\"; default used");
    assert!(problems.iter().all(|p| p.severity == Severity::Warning));
    assert_eq!(read_options(&JsonValue::Null), (CardOptions::default(), vec![]));
}

#[test]
fn attributes_written_by_the_table_read_back_as_the_same_options() {
    let options = everything_changed();
    let entries = OPTIONS
        .iter()
        .filter_map(|spec| {
            let value = (spec.attribute_value)(&options)?;
            let value = match spec.form {
                Form::Switch => JsonValue::Bool(value != "false"),
                _ => JsonValue::String(value),
            };
            Some((spec.name.to_owned(), value))
        })
        .collect();
    let (read, problems) = read_options(&JsonValue::Object(entries));
    assert_eq!(problems, vec![]);
    // `now` is not written: the browser measures from the time the page is read.
    assert_eq!(read, CardOptions { now: None, ..options });
    assert!(
        OPTIONS.iter().all(|spec| (spec.attribute_value)(&CardOptions::default()).is_none()),
        "defaults are not written"
    );
}

#[test]
fn attributes_are_the_option_names_in_kebab_case() {
    let attributes: Vec<String> = OPTIONS.iter().filter_map(|spec| spec.attribute()).collect();
    assert_eq!(
        attributes,
        [
            "locale",
            "time-zone",
            "theme",
            "layout",
            "heading-level",
            "link-target",
            "related-open",
            "show-signals",
            "now"
        ]
    );
}

#[test]
fn labels_override_words_and_bad_labels_are_reported() {
    let (options, problems) = read_options(&json(
        r#"{"labels":{"topics":"Tags","showCardsAbout":"<img src=x onerror=alert(1)> {name}","linkArrow":"↪ ",
            "relatedReserch":"More","imageUnavailable":7,"figure":"","heat":"  "}}"#,
    ));
    assert_eq!(
        options.labels,
        vec![
            (Word::Topics, "Tags".to_owned()),
            (Word::ShowCardsAbout, "<img src=x onerror=alert(1)> {name}".to_owned()),
            // Spaced on purpose: the arrow stands before the host's name.
            (Word::LinkArrow, "↪ ".to_owned()),
        ]
    );
    let reported: Vec<(&str, &str)> = problems.iter().map(|p| (p.path.as_str(), p.message.as_str())).collect();
    assert_eq!(
        reported,
        [
            ("labels.relatedReserch", "is not a label; ignored"),
            ("labels.imageUnavailable", "must be a string, got a number; ignored"),
            ("labels.figure", "is empty; ignored"),
            ("labels.heat", "is empty; ignored"),
        ]
    );
    let (options, problems) = read_options(&json(r#"{"labels":["Tags"]}"#));
    assert_eq!(options.labels, vec![]);
    assert_eq!(problems[0].path, "labels");
}
