//! Panic containment. Validation makes rendering panic-free by construction; this is the
//! last line. A panic is reported on the console and as an `article-cards-crash` event on
//! window, and from then on this instance refuses work with a clear error. The loader
//! answers the event by starting a fresh instance of the module (see
//! js/article-cards-loader.js), so the widget restores itself.

use std::sync::atomic::{AtomicBool, Ordering};

use serde::Serialize;
use wasm_bindgen::prelude::*;

use super::js_writer::to_js;

/// The `detail` of `article-cards-crash`.
#[derive(Serialize)]
struct CrashDetail {
    message: String,
}

static CRASHED: AtomicBool = AtomicBool::new(false);

pub fn install_panic_hook() {
    // Through Yew, which would otherwise install its own hook at the first render.
    yew::set_custom_panic_hook(Box::new(|info| {
        // Set first: a crash listener that calls back into this instance is refused.
        CRASHED.store(true, Ordering::SeqCst);
        let message = info.to_string();
        web_sys::console::error_1(&format!("article-cards crashed: {message}").into());
        let Some(window) = web_sys::window() else { return };
        let init = web_sys::CustomEventInit::new();
        init.set_detail(&to_js(&CrashDetail { message }));
        if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("article-cards-crash", &init) {
            let _ = window.dispatch_event(&event);
        }
    }));
}

/// Refuses work once this instance has crashed: its state can no longer be trusted.
pub fn ensure_alive() -> Result<(), JsValue> {
    if CRASHED.load(Ordering::SeqCst) {
        return Err(js_sys::Error::new(
            "article-cards crashed (see the article-cards-crash event); use the restarted instance",
        )
        .into());
    }
    Ok(())
}

/// `ArticleCards.crashForTest()`, only in builds with the `crash-test` feature.
#[cfg(feature = "crash-test")]
pub fn crash_for_test() {
    panic!("deliberate crash for tests");
}
