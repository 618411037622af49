//! The DOM events cards send to the host page: bubbling, composed `CustomEvent`s whose
//! `detail` is a plain object, written as camelCase `Serialize` structs. See README.md,
//! "API" (the events table).

use serde::Serialize;
use web_sys::{CustomEvent, CustomEventInit, EventTarget};

use super::js_writer::to_js;
use crate::components::{CardAction, CardEvent};

/// `article-card-open`: `secured` is `null` when the record has no `secured` URL.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct OpenDetail<'a> {
    index: usize,
    web_url: &'a str,
    secured: Option<&'a str>,
}

/// `article-card-topic`.
#[derive(Serialize)]
struct TopicDetail<'a> {
    index: usize,
    topic: &'a str,
}

/// `article-card-related`.
#[derive(Serialize)]
struct RelatedDetail {
    index: usize,
    open: bool,
}

/// `article-card-figure`.
#[derive(Serialize)]
struct FigureDetail<'a> {
    index: usize,
    state: &'a str,
    url: &'a str,
}

/// Dispatches `name` with `detail` on `target`; returns false when a listener cancelled it.
pub fn dispatch(target: &EventTarget, name: &str, detail: &impl Serialize, cancelable: bool) -> bool {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_cancelable(cancelable);
    init.set_detail(&to_js(detail));
    match CustomEvent::new_with_event_init_dict(name, &init) {
        // A listener that throws is reported by the browser; the card goes on.
        Ok(event) => target.dispatch_event(&event).unwrap_or(true),
        Err(_) => true,
    }
}

/// Sends a card's event to the page, and cancels the click of a cancelled open.
pub fn send_card_event(event: CardEvent) {
    let Some(card) = event.card else { return };
    let index = event.index;
    match event.action {
        CardAction::Open(click) => {
            let record = &event.record;
            let detail = OpenDetail { index, web_url: record.web_url.as_str(), secured: record.secured.as_deref() };
            if !dispatch(&card, "article-card-open", &detail, true) {
                click.prevent_default();
            }
        }
        CardAction::Topic(topic) => {
            dispatch(&card, "article-card-topic", &TopicDetail { index, topic: topic.as_str() }, false);
        }
        CardAction::Related { open } => {
            dispatch(&card, "article-card-related", &RelatedDetail { index, open }, false);
        }
        CardAction::Figure { state, url } => {
            let detail = FigureDetail { index, state: state.as_str(), url: url.as_str() };
            dispatch(&card, "article-card-figure", &detail, false);
        }
    }
}
