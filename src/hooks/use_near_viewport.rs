//! Whether an element has come near the viewport yet. Once near, it stays near: the
//! observer is disconnected then, or when the component unmounts.

use wasm_bindgen::prelude::*;
use web_sys::{Element, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};
use yew::prelude::*;

/// How far outside the viewport counts as near, so the image is there when scrolled to.
const NEAR_MARGIN: &str = "300px 0px";

#[hook]
pub fn use_near_viewport(node: NodeRef) -> bool {
    let near = use_state_eq(|| false);
    {
        let near = near.clone();
        use_effect_with(node, move |node| {
            let element = node.cast::<Element>();
            let watch = element.and_then(|element| observe(&element, move || near.set(true)));
            move || {
                if let Some((observer, _callback)) = watch {
                    observer.disconnect();
                }
            }
        });
    }
    *near
}

type ObserverCallback = Closure<dyn FnMut(js_sys::Array, IntersectionObserver)>;

/// Calls `on_near` once when `element` comes near the viewport. Without
/// IntersectionObserver (very old browsers) the element counts as near at once.
fn observe(element: &Element, on_near: impl Fn() + 'static) -> Option<(IntersectionObserver, ObserverCallback)> {
    let callback = Closure::new(move |entries: js_sys::Array, observer: IntersectionObserver| {
        let any_near = entries.iter().any(|entry| entry.unchecked_into::<IntersectionObserverEntry>().is_intersecting());
        if any_near {
            observer.disconnect();
            on_near();
        }
    });
    let options = IntersectionObserverInit::new();
    options.set_root_margin(NEAR_MARGIN);
    match IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options) {
        Ok(observer) => {
            observer.observe(element);
            Some((observer, callback))
        }
        Err(_) => None,
    }
}
