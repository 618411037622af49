//! The DOM events cards send to the host page: bubbling, composed `CustomEvent`s whose
//! `detail` is a plain object. See README.md, "API" (the events table).

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::{CustomEvent, CustomEventInit, EventTarget};

use crate::components::{CardAction, CardEvent};

/// Builds a `detail` object from name/value pairs.
pub fn detail(fields: &[(&str, JsValue)]) -> Object {
    let detail = Object::new();
    for (name, value) in fields {
        // Defining a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&detail, &JsValue::from_str(name), value);
    }
    detail
}

/// Dispatches `name` on `target`; returns false when a listener cancelled it.
pub fn dispatch(target: &EventTarget, name: &str, detail: &Object, cancelable: bool) -> bool {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_cancelable(cancelable);
    init.set_detail(detail);
    match CustomEvent::new_with_event_init_dict(name, &init) {
        // A listener that throws is reported by the browser; the card goes on.
        Ok(event) => target.dispatch_event(&event).unwrap_or(true),
        Err(_) => true,
    }
}

/// Sends a card's event to the page, and cancels the click of a cancelled open.
pub fn send_card_event(event: CardEvent) {
    let Some(card) = event.card else { return };
    let index = JsValue::from(event.index as u32);
    match event.action {
        CardAction::Open(click) => {
            let secured = event.record.secured.as_deref().map_or(JsValue::NULL, JsValue::from_str);
            let fields = [("index", index), ("webUrl", event.record.web_url.as_str().into()), ("secured", secured)];
            if !dispatch(&card, "article-card-open", &detail(&fields), true) {
                click.prevent_default();
            }
        }
        CardAction::Topic(topic) => {
            dispatch(
                &card,
                "article-card-topic",
                &detail(&[("index", index), ("topic", topic.as_str().into())]),
                false,
            );
        }
        CardAction::Related { open } => {
            dispatch(&card, "article-card-related", &detail(&[("index", index), ("open", open.into())]), false);
        }
        CardAction::Figure { state, url } => {
            let fields = [("index", index), ("state", state.as_str().into()), ("url", url.as_str().into())];
            dispatch(&card, "article-card-figure", &detail(&fields), false);
        }
    }
}
