//! How a card on the page takes a record that differs from the one it shows only in the
//! text of its title or excerpt, a feed's most common edit: the two texts are set in
//! place, where a fresh render and a morph (`morph.rs`) would rebuild the whole card to
//! change them (measured in ARCHITECTURE.md, "A changed title or excerpt is set in place").

use super::dom::Dom;
use crate::model::{Article, Record};

/// Brings `card`, rendered for `shown`, to what [`render_card`](super::render_card) gives
/// for `record` when the two differ only in the text of their title or excerpt: those
/// texts are set in place and nothing is rendered afresh. `false`, with nothing touched,
/// when anything else differs, a part comes or goes included.
pub fn patch_texts<D: Dom>(dom: &D, card: &D::Node, shown: &Record, record: &Record) -> bool {
    if !differs_only_in_texts(shown, record) {
        return false;
    }
    let Some((link, excerpt)) = title_and_excerpt(dom, card, record.figure().is_some(), record.excerpt.is_some())
    else {
        return false;
    };
    if shown.title != record.title {
        dom.set_text(&link, &record.title);
    }
    if let (Some(excerpt), Some(text)) = (excerpt, &record.excerpt) {
        if shown.excerpt.as_ref() != Some(text) {
            dom.set_text(&excerpt, text);
        }
    }
    true
}

/// Whether everything [`render_card`](super::render_card) shows of the two records but the
/// title's and the excerpt's text is equal. Every field is named, so that a new one must be
/// decided on.
fn differs_only_in_texts(shown: &Record, record: &Record) -> bool {
    let Record { article, signals, topics, related, secured: _ } = record;
    let Article { title: _, excerpt, web_url, published_at, kind, provider, quality, images } = article;
    shown.excerpt.is_some() == excerpt.is_some()
        && shown.web_url == *web_url
        && shown.published_at == *published_at
        && shown.kind == *kind
        && shown.provider == *provider
        && shown.quality == *quality
        && shown.images == *images
        && shown.signals == *signals
        && shown.topics == *topics
        && shown.related == *related
}

/// The title's link and the excerpt (when the card has one) of a rendered card, found the
/// way [`render_card`](super::render_card) left them: the text follows the figure (when the
/// card has one), the heading the meta line, the excerpt the heading.
fn title_and_excerpt<D: Dom>(
    dom: &D,
    card: &D::Node,
    has_figure: bool,
    has_excerpt: bool,
) -> Option<(D::Node, Option<D::Node>)> {
    let first = dom.first_child(&dom.first_child(card)?)?;
    let main = if has_figure { dom.next_sibling(&first)? } else { first };
    let heading = dom.next_sibling(&dom.first_child(&main)?)?;
    let excerpt = if has_excerpt { Some(dom.next_sibling(&heading)?) } else { None };
    Some((dom.first_child(&heading)?, excerpt))
}

// Native: the tests render with the native backend.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use serde_json::{json, Value};

    use super::*;
    use crate::intl::{card_words, DateLocale};
    use crate::model::{validate_record, CardOptions, JsonValue, Timestamp};
    use crate::render::native::{NativeDom, NativeNode};
    use crate::render::{render_card, CardInput, CardState, FigurePhase};

    const SEED: &str = include_str!("../../tests/fixtures/seed-record.json");

    /// The seed record with `edit` applied to its JSON; the seed has an excerpt and topics.
    fn record(edit: impl FnOnce(&mut Value)) -> Record {
        let mut value: Value = serde_json::from_str(SEED).expect("seed parses");
        edit(&mut value);
        let value: JsonValue = serde_json::from_value(value).expect("JSON reads");
        validate_record(&value).record.expect("still valid")
    }

    fn rendered(record: &Record) -> NativeNode {
        let options = CardOptions { show_signals: true, ..CardOptions::default() };
        let words = card_words(&options);
        let input = CardInput {
            record,
            index: 3,
            first_screen: false,
            options: &options,
            id_prefix: "ac",
            now: Timestamp::parse("2026-11-25T12:00:00Z").expect("a timestamp"),
            locale: &DateLocale { locale: None, time_zone: Some("UTC".into()) },
            words: &words,
            state: CardState { related_open: false, figure: FigurePhase::Waiting },
            no_script_fallbacks: false,
        };
        render_card(&NativeDom, &input).expect("the card renders")
    }

    /// The card rendered for `shown` and patched to `record`, if the patch took it.
    fn patched(shown: &Record, record: &Record) -> Option<String> {
        let card = rendered(shown);
        patch_texts(&NativeDom, &card, shown, record).then(|| card.to_html())
    }

    #[test]
    fn a_new_title_or_excerpt_is_patched_into_what_a_fresh_render_gives() {
        let shown = record(|_| {});
        let edits: [fn(&mut Value); 4] = [
            |r| r["title"] = json!("A <b>corrected</b> headline"),
            |r| r["excerpt"] = json!("A shorter excerpt."),
            |r| {
                r["title"] = json!("Both changed");
                r["excerpt"] = json!("And this.");
            },
            |_| {},
        ];
        for edit in edits {
            let record = record(edit);
            assert_eq!(patched(&shown, &record), Some(rendered(&record).to_html()));
        }
    }

    #[test]
    fn any_other_change_is_left_to_a_fresh_render_and_touches_nothing() {
        let shown = record(|_| {});
        let edits: [fn(&mut Value); 7] = [
            |r| r["excerpt"] = Value::Null,
            |r| r["topics"] = json!(["AI"]),
            |r| r["publishedDateTime"] = json!("2021-01-01T00:00:00Z"),
            |r| r["provider"]["name"] = json!("Phys"),
            |r| r["heat"] = json!(20),
            |r| r["type"] = json!("paper"),
            |r| r["related"] = json!([]),
        ];
        for edit in edits {
            let record = record(edit);
            let card = rendered(&shown);
            assert!(!patch_texts(&NativeDom, &card, &shown, &record));
            assert_eq!(card.to_html(), rendered(&shown).to_html());
        }
        let without_excerpt = record(|r| r["excerpt"] = Value::Null);
        let retitled = record(|r| {
            r["excerpt"] = Value::Null;
            r["title"] = json!("New");
        });
        assert_eq!(patched(&without_excerpt, &retitled), Some(rendered(&retitled).to_html()));
    }

    #[test]
    fn a_card_without_a_figure_is_patched_too() {
        let without_figure = |r: &mut Value| {
            r["images"] = json!([]);
            r["related"] = json!([]);
        };
        let shown = record(without_figure);
        let record = record(|r| {
            without_figure(r);
            r["title"] = json!("New");
            r["excerpt"] = json!("A new excerpt.");
        });
        assert!(!rendered(&record).to_html().contains("<figure"));
        assert_eq!(patched(&shown, &record), Some(rendered(&record).to_html()));
    }
}
