//! Yew apps: created, or parked for reuse. An unmounted app's root element is taken out of
//! the page at once, the app is emptied when the browser is idle (tearing down a thousand
//! cards need not delay the next frame), and both are kept here for the next mount.
//! The pool was built because Yew kept each destroyed app's root listeners (about a
//! kilobyte a mount); since the cards' listeners are attached by hand, Yew puts none on
//! the root, and with no parking 1,000 mount/update/unmount cycles grew the heap by 36 KB
//! (`tests/e2e/leaks.test.mjs`). It stays for the idle teardown and reuse.
use std::cell::{Cell, RefCell};

use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};
use yew::AppHandle;

use crate::components::{CardList, CardListProps};
use crate::render::card_markup::MOUNT_ATTRIBUTE;

/// Beyond this many idle apps, unmounted apps are destroyed.
const MAX_PARKED: usize = 16;

pub struct PooledApp {
    pub app: AppHandle<CardList>,
    /// The element Yew renders into; `mount` puts it inside the host's element.
    pub root: Element,
    /// The props that empty it, until that has been done.
    emptying: Option<CardListProps>,
}

thread_local! {
    static PARKED: RefCell<Vec<PooledApp>> = const { RefCell::new(Vec::new()) };
    /// Whether an idle callback that empties parked apps is already scheduled.
    static EMPTYING_SCHEDULED: Cell<bool> = const { Cell::new(false) };
}

/// A parked app showing `props`, or a new one.
pub fn take_or_create(document: &Document, props: CardListProps) -> Result<PooledApp, JsValue> {
    if let Some(mut pooled) = PARKED.with(|parked| parked.borrow_mut().pop()) {
        pooled.emptying = None;
        pooled.app.update(props);
        return Ok(pooled);
    }
    let root = document.create_element("div")?;
    root.set_attribute(MOUNT_ATTRIBUTE, "")?;
    let app = yew::Renderer::<CardList>::with_root_and_props(root.clone(), props).render();
    Ok(PooledApp { app, root, emptying: None })
}

/// A new app rendering into `root`, the wrapper of prerendered cards: the list adopts its
/// nodes (handed over with `PrerenderedCards::hand_over`). Yew empties `root` at once and
/// puts the adopted wrapper back before the next frame, so nothing is seen to move.
pub fn adopt(root: Element, props: CardListProps) -> PooledApp {
    let app = yew::Renderer::<CardList>::with_root_and_props(root.clone(), props).render();
    PooledApp { app, root, emptying: None }
}

/// Takes the app out of the page now, and keeps it for the next mount, emptied once the
/// browser is idle. (A mount that takes it before then replaces its cards anyway: the list
/// is keyed by the mount's id prefix, so no card state carries over.)
pub fn park(mut pooled: PooledApp, empty: CardListProps) {
    pooled.root.remove();
    let full = PARKED.with(|parked| parked.borrow().len() >= MAX_PARKED);
    if full {
        pooled.app.destroy();
        return;
    }
    pooled.emptying = Some(empty);
    PARKED.with(|parked| parked.borrow_mut().push(pooled));
    if !EMPTYING_SCHEDULED.with(|scheduled| scheduled.replace(true)) {
        when_idle(empty_parked_apps);
    }
}

fn empty_parked_apps() {
    EMPTYING_SCHEDULED.with(|scheduled| scheduled.set(false));
    PARKED.with(|parked| {
        for pooled in parked.borrow_mut().iter_mut() {
            if let Some(empty) = pooled.emptying.take() {
                pooled.app.update(empty);
            }
        }
    });
}

fn when_idle(work: fn()) {
    let Some(window) = web_sys::window() else { return work() };
    let callback = Closure::<dyn FnMut()>::new(work).into_js_value();
    if window.request_idle_callback(callback.unchecked_ref()).is_err() {
        // No requestIdleCallback (Safari): soon after the next frames instead.
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), 100);
    }
}
