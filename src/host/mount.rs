//! `ArticleCards.mount(element, records, options)` and the handle it returns.

use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement};
use yew::{AttrValue, Callback};

use super::app_pool::{adopt, park, take_or_create, PooledApp};
use super::crash::ensure_alive;
use super::dom_events::send_card_event;
use super::js_reader::{read_json, read_records};
use super::report::{report_option_problems, report_record_problems};
use crate::components::prerendered::PrerenderedCards;
use crate::components::CardListProps;
use crate::model::{read_options, validate_feed, CardOptions, JsonValue, RecordProblem};

thread_local! {
    static MOUNTS_SO_FAR: Cell<u32> = const { Cell::new(0) };
    static LIVE_MOUNTS: Cell<usize> = const { Cell::new(0) };
    /// The JS objects of the handles given to the page that are still mounted, by mount
    /// number. The glue frees a handle whose JS object was garbage-collected
    /// (`FinalizationRegistry`), and freeing unmounts: holding them here keeps the cards of
    /// a page that ignores the handle on the page, as they always were.
    static HANDED_OUT: RefCell<Vec<(u32, JsValue)>> = const { RefCell::new(Vec::new()) };
}

/// How many mounts have not been unmounted yet.
pub fn live_mounts() -> usize {
    LIVE_MOUNTS.with(Cell::get)
}

/// Cards rendered into a host element; `update` replaces the records, `unmount` removes
/// everything that `mount` added, and so does dropping it (`free()` in JS): the app goes
/// back to the pool either way.
#[wasm_bindgen]
pub struct MountHandle {
    number: u32,
    mounted: Option<Mounted>,
}

impl Drop for MountHandle {
    fn drop(&mut self) {
        self.unmount();
    }
}

/// `handle` as the JS object the page gets, held (see `HANDED_OUT`) until it is unmounted.
pub fn hand_out(handle: MountHandle) -> JsValue {
    let number = handle.number;
    let object = JsValue::from(handle);
    HANDED_OUT.with(|held| held.borrow_mut().push((number, object.clone())));
    object
}

struct Mounted {
    pooled: PooledApp,
    container: Element,
    props: CardListProps,
}

/// Renders `records` into `target`. Throws a `TypeError` only when `target` is not an
/// element or `records` is not an array; bad records are reported and skipped. Cards that
/// the prerender tool put in `target` are taken over (see [`take_over_prerendered`]).
/// `ArticleCards.mount` gives the page the handle through [`hand_out`].
pub fn mount(target: JsValue, records: JsValue, options: JsValue) -> Result<MountHandle, JsValue> {
    ensure_alive()?;
    let container: Element = target
        .dyn_into()
        .map_err(|_| js_sys::TypeError::new("ArticleCards.mount: the first argument must be an Element"))?;
    let records = records_of(&records, "ArticleCards.mount")?;
    let document = container
        .owner_document()
        .ok_or_else(|| js_sys::TypeError::new("ArticleCards.mount: the element has no document"))?;

    let mount_number = MOUNTS_SO_FAR.with(|count| {
        count.set(count.get() + 1);
        count.get()
    });
    let empty = CardListProps {
        cards: Rc::from([]),
        options: Rc::new(CardOptions::default()),
        id_prefix: AttrValue::from(format!("ac{mount_number}")),
        on_event: Callback::from(send_card_event),
        no_script_fallbacks: false,
    };
    let (mut props, problems) = next_props(&empty, records, &options);
    let pooled = match take_over_prerendered(&container, &mut props)? {
        Some(pooled) => pooled,
        None => {
            let pooled = take_or_create(&document, props.clone())?;
            container.append_child(&pooled.root)?;
            pooled
        }
    };
    remove_placeholders(&container)?;
    LIVE_MOUNTS.with(|live| live.set(live.get() + 1));
    report_record_problems(container.clone(), problems);
    Ok(MountHandle { number: mount_number, mounted: Some(Mounted { pooled, container, props }) })
}

/// Removes the placeholders that kept the cards' space until now (written by the host's
/// HTML or by `<article-cards>`; README, "No layout shift"), in the task that renders the
/// cards, so no frame shows neither.
fn remove_placeholders(container: &Element) -> Result<(), JsValue> {
    if let Some(placeholders) = container.query_selector(":scope > .ac-placeholders")? {
        placeholders.remove();
    }
    Ok(())
}

/// Cards prerendered into `container` (a `[data-ac-prerendered]` child, written by
/// `article-cards render`) are taken over in place: the list renders into their wrapper and
/// adopts their nodes, card by card (see `components::prerendered`).
fn take_over_prerendered(container: &Element, props: &mut CardListProps) -> Result<Option<PooledApp>, JsValue> {
    let Some(prerendered) = container.query_selector(":scope > [data-ac-prerendered]")? else {
        return Ok(None);
    };
    // Taken: a later mount into the same element must not take it again.
    prerendered.remove_attribute("data-ac-prerendered")?;
    let web_urls: HashSet<&str> = props.cards.iter().map(|entry| entry.record.web_url.as_str()).collect();
    PrerenderedCards::collect(&prerendered, &web_urls).hand_over(&props.id_prefix);
    props.no_script_fallbacks = true;
    Ok(Some(adopt(prerendered, props.clone())))
}

#[wasm_bindgen]
impl MountHandle {
    /// Shows `records` instead of the current ones, keyed by `webUrl`: cards that remain
    /// keep their state. `options`, when given, replace the current options.
    pub fn update(&mut self, records: JsValue, options: JsValue) -> Result<(), JsValue> {
        ensure_alive()?;
        let records = records_of(&records, "update")?;
        self.replace(records, &options);
        Ok(())
    }

    /// Removes the cards and everything `mount` added. Calling it twice is harmless.
    pub fn unmount(&mut self) {
        if let Some(mounted) = self.mounted.take() {
            if ensure_alive().is_err() {
                // After a crash, touch nothing of Yew's: just take the cards off the page.
                mounted.pooled.root.remove();
            } else {
                let empty = CardListProps { cards: Rc::from([]), ..mounted.props };
                park(mounted.pooled, empty);
            }
            LIVE_MOUNTS.with(|live| live.set(live.get() - 1));
        }
        // Dropped after the borrow ends (`None` for handles never handed out).
        let _released = HANDED_OUT.with(|held| {
            let mut held = held.borrow_mut();
            let position = held.iter().position(|(number, _)| *number == self.number)?;
            Some(held.swap_remove(position))
        });
    }
}

impl MountHandle {
    fn replace(&mut self, records: impl Iterator<Item = Result<JsonValue, String>>, options: &JsValue) {
        let Some(mounted) = self.mounted.as_mut() else {
            web_sys::console::warn_1(&"article-cards: update() after unmount() is ignored".into());
            return;
        };
        let (props, problems) = next_props(&mounted.props, records, options);
        mounted.props = props;
        let focused = focused_element_inside(&mounted.pooled.root);
        mounted.pooled.app.update(mounted.props.clone());
        if let Some(focused) = focused {
            restore_focus_after_render(focused);
        }
        report_record_problems(mounted.container.clone(), problems);
    }
}

/// `current` with the validated `records`, and with `options` unless they are `undefined`;
/// option problems are reported here, record problems returned for after the render.
fn next_props(
    current: &CardListProps,
    records: impl Iterator<Item = Result<JsonValue, String>>,
    options: &JsValue,
) -> (CardListProps, Vec<RecordProblem>) {
    let mut props = current.clone();
    if !options.is_undefined() {
        let (options, problems) = read_options(&read_json(options).unwrap_or(JsonValue::Null));
        report_option_problems(&problems);
        props.options = Rc::new(options);
    }
    let feed = validate_feed(records);
    props.cards = feed.cards.into();
    (props, feed.problems)
}

fn focused_element_inside(root: &Element) -> Option<HtmlElement> {
    let active = root.owner_document()?.active_element()?;
    root.contains(Some(&active)).then(|| active.dyn_into().ok()).flatten()
}

/// Moving a focused node (a keyed reorder does) blurs it in browsers; give focus back once
/// the update has rendered, if the node is still on the page.
fn restore_focus_after_render(focused: HtmlElement) {
    wasm_bindgen_futures::spawn_local(async move {
        let still_focused =
            focused.owner_document().and_then(|d| d.active_element()).is_some_and(|active| active == *focused);
        if focused.is_connected() && !still_focused {
            let _ = focused.focus();
        }
    });
}

fn records_of<'a>(
    records: &'a JsValue,
    caller: &str,
) -> Result<impl Iterator<Item = Result<JsonValue, String>> + 'a, JsValue> {
    read_records(records).ok_or_else(|| js_sys::TypeError::new(&format!("{caller}: records must be an array")).into())
}
