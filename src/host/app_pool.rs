//! Yew apps parked for reuse. Yew keeps the event listeners of an app's root element (and,
//! through them, the app's event registry and the element itself) for the life of the page,
//! even after the app is destroyed: each mount/unmount would leak about a kilobyte. So an
//! unmounted app is emptied, its root element taken out of the page, and both are kept
//! here for the next mount instead.

use std::cell::RefCell;

use wasm_bindgen::JsValue;
use web_sys::{Document, Element};
use yew::AppHandle;

use crate::components::{CardList, CardListProps};

/// Beyond this many idle apps, unmounted apps are destroyed (and Yew's leak accepted).
const MAX_PARKED: usize = 16;

pub struct PooledApp {
    pub app: AppHandle<CardList>,
    /// The element Yew renders into; `mount` puts it inside the host's element.
    pub root: Element,
}

thread_local! {
    static PARKED: RefCell<Vec<PooledApp>> = const { RefCell::new(Vec::new()) };
}

/// A parked app showing `props`, or a new one.
pub fn take_or_create(document: &Document, props: CardListProps) -> Result<PooledApp, JsValue> {
    if let Some(mut pooled) = PARKED.with(|parked| parked.borrow_mut().pop()) {
        pooled.app.update(props);
        return Ok(pooled);
    }
    let root = document.create_element("div")?;
    root.set_attribute("data-article-cards", "")?;
    let app = yew::Renderer::<CardList>::with_root_and_props(root.clone(), props).render();
    Ok(PooledApp { app, root })
}

/// Takes the app out of the page and keeps it, emptied, for the next mount.
pub fn park(mut pooled: PooledApp, empty: CardListProps) {
    pooled.root.remove();
    let full = PARKED.with(|parked| parked.borrow().len() >= MAX_PARKED);
    if full {
        pooled.app.destroy();
    } else {
        pooled.app.update(empty);
        PARKED.with(|parked| parked.borrow_mut().push(pooled));
    }
}
