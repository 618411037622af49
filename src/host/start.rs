//! Module start: publishes `window.ArticleCards` and announces it with the
//! `article-cards-ready` event, so a page can call `mount` without importing the module.

use js_sys::{Object, Reflect};
use serde::Serialize;
use wasm_bindgen::prelude::*;

use super::crash::install_panic_hook;
use super::feeding::in_next_task;
use super::js_writer::to_js;
use super::mount::{hand_out, live_mounts, mount};
use crate::model::{Form, OPTIONS};

/// The ready event on window; `articlecards:ready`, its name before 0.2, is deprecated and
/// still dispatched after it for this version.
const READY_EVENTS: [&str; 2] = ["article-cards-ready", "articlecards:ready"];

/// `ArticleCards.stats()`: figures for diagnosing a long-lived page.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Stats {
    wasm_memory_bytes: f64,
    live_mounts: usize,
}

/// `ArticleCards.optionAttributes`: the `<article-cards>` attributes that set options, from
/// the model's table, as `[attribute, option, isSwitch]` (a switch is on when present, unless
/// `"false"`). The loader reads the element's options with it. Arrays rather than a
/// `Serialize` struct: 0.6 KB brotli less.
fn option_attributes() -> JsValue {
    let attributes = js_sys::Array::new();
    for spec in OPTIONS {
        if let Some(attribute) = spec.attribute() {
            let is_switch = matches!(spec.form, Form::Switch);
            attributes.push(&js_sys::Array::of3(&attribute.into(), &spec.name.into(), &is_switch.into()));
        }
    }
    attributes.into()
}

fn stats() -> JsValue {
    let wasm_memory_bytes = wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .ok()
        .and_then(|memory| memory.buffer().dyn_into::<js_sys::ArrayBuffer>().ok())
        .map_or(0.0, |buffer| f64::from(buffer.byte_length()));
    to_js(&Stats { wasm_memory_bytes, live_mounts: live_mounts() })
}

#[wasm_bindgen(start)]
pub fn start() {
    install_panic_hook();
    let Some(window) = web_sys::window() else { return };
    let mount_function =
        Closure::<dyn Fn(JsValue, JsValue, JsValue) -> Result<JsValue, JsValue>>::new(|target, records, options| {
            mount(target, records, options).map(hand_out)
        });
    let stats_function = Closure::<dyn Fn() -> JsValue>::new(stats);
    let api = Object::new();
    let entries: [(&str, JsValue); 4] = [
        ("mount", mount_function.into_js_value()),
        ("stats", stats_function.into_js_value()),
        ("optionAttributes", option_attributes()),
        ("version", env!("CARGO_PKG_VERSION").into()),
    ];
    for (name, value) in entries {
        let _ = Reflect::set(&api, &name.into(), &value);
    }
    #[cfg(feature = "crash-test")]
    let _ = Reflect::set(
        &api,
        &"crashForTest".into(),
        &Closure::<dyn Fn()>::new(super::crash::crash_for_test).into_js_value(),
    );
    Object::freeze(&api);
    let _ = Reflect::set(&window, &"ArticleCards".into(), &api);
    for name in READY_EVENTS {
        if let Ok(ready) = web_sys::Event::new(name) {
            let _ = window.dispatch_event(&ready);
        }
    }
    // In a task of its own, after the ready handlers (which may mount at once).
    in_next_task(crate::intl::warm_up);
}
