//! Module start: publishes `window.ArticleCards` and announces it with the
//! `articlecards:ready` event, so a page can call `mount` without importing the module.

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;

use super::mount::mount;

#[wasm_bindgen(start)]
pub fn start() {
    let Some(window) = web_sys::window() else { return };
    let mount_function = Closure::<dyn Fn(JsValue, JsValue, JsValue) -> Result<JsValue, JsValue>>::new(
        |target, records, options| mount(target, records, options).map(JsValue::from),
    );
    let api = Object::new();
    let entries: [(&str, JsValue); 2] =
        [("mount", mount_function.into_js_value()), ("version", env!("CARGO_PKG_VERSION").into())];
    for (name, value) in entries {
        let _ = Reflect::set(&api, &name.into(), &value);
    }
    Object::freeze(&api);
    let _ = Reflect::set(&window, &"ArticleCards".into(), &api);
    if let Ok(ready) = web_sys::Event::new("articlecards:ready") {
        let _ = window.dispatch_event(&ready);
    }
}
