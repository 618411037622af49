//! `ArticleCards.mount(element, records, options)` and the handle it returns.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, HtmlElement, Node, ShadowRoot};
use yew::{AttrValue, Callback};

use super::app_pool::{adopt, park, take_or_create, PooledApp};
use super::crash::ensure_alive;
use super::dom_events::send_card_event;
use super::feeding::{after_render, in_next_task, now, Feeding, TaskBudget};
use super::held_height::HeldHeight;
use super::js_reader::{read_json, read_records};
use super::report::{is_rendered, report_option_problems, report_record_problems};
use super::stylesheet_check::check_stylesheet;
use crate::components::card_segment::Cards;
use crate::components::prerendered::PrerenderedCards;
use crate::components::CardListProps;
use crate::model::{read_options, CardOptions, JsonValue, KnownRecords, RecordProblem};
use crate::render::card_markup::{MOUNT_ATTRIBUTE, PRERENDERED_ATTRIBUTE};

thread_local! {
    static MOUNTS_SO_FAR: Cell<u32> = const { Cell::new(0) };
    /// The element each mount not unmounted yet renders into. Any other element marked
    /// [`MOUNT_ATTRIBUTE`] that a `mount` finds in its container holds cards no mount renders
    /// any more (see [`cards_left_in`]).
    static MOUNTED_ROOTS: RefCell<Vec<Element>> = const { RefCell::new(Vec::new()) };
    /// The JS objects of the handles given to the page that are still mounted, by mount
    /// number. The glue frees a handle whose JS object was garbage-collected
    /// (`FinalizationRegistry`), and freeing unmounts: holding them here keeps the cards of
    /// a page that ignores the handle on the page, as they always were.
    static HANDED_OUT: RefCell<Vec<(u32, JsValue)>> = const { RefCell::new(Vec::new()) };
}

/// How many mounts have not been unmounted yet.
pub fn live_mounts() -> usize {
    MOUNTED_ROOTS.with(|roots| roots.borrow().len())
}

/// Cards rendered into a host element; `update` replaces the records, `unmount` removes
/// everything that `mount` added, and so does dropping it (`free()` in JS): the app goes
/// back to the pool either way.
#[wasm_bindgen]
pub struct MountHandle {
    number: u32,
    /// Shared with the steps of a long feed (`feeding`), which stop once it is `None`.
    mounted: Rc<RefCell<Option<Mounted>>>,
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
    /// The records of a long feed not shown yet.
    feeding: Option<Feeding>,
    /// What the last feed validated, once it is all shown (else in `feeding`).
    known: KnownRecords,
    /// Counts `mount`/`update` calls: a step scheduled for an earlier one does nothing.
    generation: u32,
    /// The height kept while a long feed arrives, if any: kept across an `update` (a host may
    /// give the same records again as it puts a page back) until a feed shows in full.
    held_height: Option<HeldHeight>,
}

/// Renders `records` into `target`. Throws a `TypeError` only when `target` is not an
/// element or `records` is not an array; bad records are reported and skipped. Cards that
/// the prerender tool put in `target`, or a copy of cards a mount rendered there, are taken
/// over (see [`cards_left_in`] and [`take_over`]). A long feed shows its first screenful now
/// and the rest in later tasks (`feeding`).
/// `ArticleCards.mount` gives the page the handle through [`hand_out`].
pub fn mount(target: JsValue, records: JsValue, options: JsValue) -> Result<MountHandle, JsValue> {
    ensure_alive()?;
    let container: Element = target
        .dyn_into()
        .map_err(|_| js_sys::TypeError::new("ArticleCards.mount: the first argument must be an Element"))?;
    let mut feeding = Feeding::new(records_of(&records, "ArticleCards.mount")?, KnownRecords::default());
    let document = container
        .owner_document()
        .ok_or_else(|| js_sys::TypeError::new("ArticleCards.mount: the element has no document"))?;

    let mount_number = MOUNTS_SO_FAR.with(|count| {
        count.set(count.get() + 1);
        count.get()
    });
    let empty = CardListProps {
        cards: Cards::default(),
        options: Rc::new(CardOptions::default()),
        id_prefix: AttrValue::from(format!("ac{mount_number}")),
        on_event: Callback::from(send_card_event),
        no_script_fallbacks: false,
    };
    let mut props = with_options(&empty, &options);
    let left = cards_left_in(&container)?;
    // Taking cards over needs every record's webUrl (the cards of the others are removed at
    // once), so a prerendered feed is validated whole.
    let prerendered = left.as_ref().is_some_and(|left| left.has_attribute(PRERENDERED_ATTRIBUTE));
    let (cards, problems) = if prerendered { feeding.all() } else { feeding.first() };
    props.cards = cards;
    // A copy of a long feed's cards is not taken over: its first screenful shows in this
    // task, as for any long feed, instead of the whole feed validated in it.
    let (left, copy_height) = match left {
        Some(copy) if !prerendered && !feeding.is_done() => {
            let height = copy.dyn_ref::<HtmlElement>().map_or(0, HtmlElement::offset_height);
            copy.remove();
            (None, height)
        }
        left => (left, 0),
    };
    let pooled = match left {
        Some(left) => take_over(left, &mut props)?,
        None => {
            let pooled = take_or_create(&document, props.clone())?;
            container.append_child(&pooled.root)?;
            pooled
        }
    };
    let held_height = HeldHeight::of_copy(&pooled.root, copy_height);
    let _ = check_stylesheet(&pooled.root);
    remove_placeholders(&container)?;
    MOUNTED_ROOTS.with(|roots| roots.borrow_mut().push(pooled.root.clone()));
    report_record_problems(container.clone(), problems);
    let mounted =
        Mounted { pooled, container, props, feeding: None, known: KnownRecords::default(), generation: 0, held_height };
    let handle = MountHandle { number: mount_number, mounted: Rc::new(RefCell::new(Some(mounted))) };
    feed_the_rest(&handle.mounted, feeding);
    Ok(handle)
}

/// Shows the rest of `feeding` a step per task, unless a later `update` or `unmount` comes first.
fn feed_the_rest(shared: &Rc<RefCell<Option<Mounted>>>, feeding: Feeding) {
    let mut mounted = shared.borrow_mut();
    let Some(mounted) = mounted.as_mut() else { return };
    mounted.generation = mounted.generation.wrapping_add(1);
    let (weak, generation) = (Rc::downgrade(shared), mounted.generation);
    if feeding.is_done() {
        mounted.known = feeding.into_known();
        if mounted.held_height.is_some() {
            after_render(move || release_height_once_shown(weak, generation));
        }
    } else {
        // Until an update's first cards show, the cards on the page keep their own height.
        if !feeding.is_validating_ahead() {
            mounted.hold_height_of_feed(&weak, generation, feeding.expected_cards());
        }
        mounted.feeding = Some(feeding);
        next_step(weak, generation);
    }
}

impl Mounted {
    /// Renders `shown`'s cards, keeping focus where it was (a keyed reorder moves the focused
    /// node, which blurs it), and reports its problems.
    fn show(&mut self, (cards, problems): (Cards, Vec<RecordProblem>)) {
        self.props.cards = cards;
        let focused = focused_element_inside(&self.pooled.root);
        self.pooled.app.update(self.props.clone());
        if let Some(focused) = focused {
            restore_focus_after_render(focused);
        }
        report_record_problems(self.container.clone(), problems);
    }

    /// Holds the height of a feed of `expected` cards that arrives in steps, once Yew has
    /// rendered the cards shown now, unless a height is held already.
    fn hold_height_of_feed(&self, shared: &Weak<RefCell<Option<Mounted>>>, generation: u32, expected: usize) {
        if self.held_height.is_none() {
            let shared = shared.clone();
            after_render(move || hold_feed_height(&shared, generation, expected));
        }
    }
}

/// Holds the height of a long feed of `expected` cards once Yew has rendered its first
/// screenful ([`HeldHeight::of_feed`]), unless a height is held already.
fn hold_feed_height(shared: &Weak<RefCell<Option<Mounted>>>, generation: u32, expected: usize) {
    let Some(strong) = shared.upgrade() else { return };
    let mut mounted = strong.borrow_mut();
    let Some(mounted) = mounted.as_mut().filter(|mounted| mounted.generation == generation) else { return };
    if mounted.held_height.is_none() {
        let root = &mounted.pooled.root;
        mounted.held_height =
            root.first_element_child().and_then(|cards_root| HeldHeight::of_feed(root, &cards_root, expected));
    }
}

/// Shows the rest of the feed from the next task on.
fn next_step(shared: Weak<RefCell<Option<Mounted>>>, generation: u32) {
    in_next_task(move || step(shared, generation, TaskBudget::start()));
}

/// Shows the next step of the feed; once Yew has rendered it (in this task), takes another
/// if it fits in the task's `budget`, else leaves the rest to the next task.
fn step(shared: Weak<RefCell<Option<Mounted>>>, generation: u32, budget: Option<TaskBudget>) {
    let Some(strong) = shared.upgrade() else { return };
    let mut mounted = strong.borrow_mut();
    let Some(mounted) = mounted.as_mut().filter(|mounted| mounted.generation == generation) else { return };
    let Some(feeding) = mounted.feeding.as_mut() else { return };
    if ensure_alive().is_err() {
        return;
    }
    // Steps that only validate (an update's first cards, `Feeding::first_replacing`) render
    // nothing: as many as fit in this task's budget.
    let shows_first_cards = feeding.is_validating_ahead();
    let (step_started, shown) = loop {
        let step_started = now();
        if let Some(shown) = feeding.next() {
            break (step_started, shown);
        }
        if !budget.zip(step_started).is_some_and(|(budget, step_started)| budget.fits_another(step_started)) {
            return next_step(shared, generation);
        }
    };
    let (done, expected) = (feeding.is_done(), feeding.expected_cards());
    if done {
        mounted.known = mounted.feeding.take().map(Feeding::into_known).unwrap_or_default();
    }
    mounted.show(shown);
    if shows_first_cards && !done {
        mounted.hold_height_of_feed(&shared, generation, expected);
    }
    if done {
        if mounted.held_height.is_some() {
            after_render(move || release_height_once_shown(shared, generation));
        }
    } else {
        after_render(move || {
            let another = budget.zip(step_started).is_some_and(|(budget, step_started)| {
                budget.fits_another(step_started) && shows_every_card(&shared, generation)
            });
            if another {
                step(shared, generation, budget);
            } else {
                next_step(shared, generation);
            }
        });
    }
}

/// Whether the page shows the last card of the feed so far: Yew has rendered the last step
/// (it leaves the rest of a render to a later task when one runs over 16 ms; a step taken
/// before that would add to what it renders then).
fn shows_every_card(shared: &Weak<RefCell<Option<Mounted>>>, generation: u32) -> bool {
    let Some(strong) = shared.upgrade() else { return false };
    let mounted = strong.borrow();
    let Some(mounted) = mounted.as_ref().filter(|mounted| mounted.generation == generation) else { return false };
    let last = mounted.props.cards.segments().last().and_then(|segment| segment.last());
    last.is_none_or(|last| is_rendered(&mounted.container, last.index))
}

/// Ends the held height once the page shows the last card of the feed that has arrived in
/// full: Yew may render its last cards in a later task, and the page must not be shorter
/// for a frame in between (a scroll position near its end would be cut back). A later
/// `update` ends it once its own feed is shown.
fn release_height_once_shown(shared: Weak<RefCell<Option<Mounted>>>, generation: u32) {
    if shows_every_card(&shared, generation) {
        if let Some(strong) = shared.upgrade() {
            if let Some(held) = strong.borrow_mut().as_mut().and_then(|mounted| mounted.held_height.take()) {
                held.release_once_laid_out();
            }
        }
    } else if is_current(&shared, generation) {
        in_next_task(move || release_height_once_shown(shared, generation));
    }
}

/// Whether `generation` is still the mount's latest `mount` or `update`, and it is mounted.
fn is_current(shared: &Weak<RefCell<Option<Mounted>>>, generation: u32) -> bool {
    shared
        .upgrade()
        .is_some_and(|strong| strong.borrow().as_ref().is_some_and(|mounted| mounted.generation == generation))
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

/// The element of cards in `container` that no mount renders, if any: written by
/// `article-cards render` (marked [`PRERENDERED_ATTRIBUTE`]), or a copy of cards that a mount
/// rendered, which a page put back (Turbo's snapshot cache and htmx's history do, on Back;
/// so do `cloneNode` and `innerHTML`). Rendering beside it would show every card twice, and
/// the copy's chips and buttons do nothing. Further such elements are removed.
fn cards_left_in(container: &Element) -> Result<Option<Element>, JsValue> {
    let marked = container.query_selector_all(&format!(":scope > [{MOUNT_ATTRIBUTE}]"))?;
    let mut left = (0..marked.length())
        .filter_map(|i| marked.item(i)?.dyn_into::<Element>().ok())
        .filter(|element| MOUNTED_ROOTS.with(|roots| !roots.borrow().contains(element)));
    let first = left.next();
    left.for_each(|extra| extra.remove());
    Ok(first)
}

/// Cards left in the container (see [`cards_left_in`]) are taken over in place: the list
/// renders into their element and adopts their nodes, card by card (see
/// `components::prerendered`).
fn take_over(left: Element, props: &mut CardListProps) -> Result<PooledApp, JsValue> {
    // Taken: a later mount into the same element must not take it again.
    left.remove_attribute(PRERENDERED_ATTRIBUTE)?;
    // The tool writes them, and a list that took its cards over keeps them: a copy has them
    // if its cards had.
    props.no_script_fallbacks = left.query_selector("noscript")?.is_some();
    let web_urls = props.cards.iter().map(|entry| entry.record.web_url.shared());
    PrerenderedCards::collect(&left, web_urls).hand_over(&props.id_prefix);
    Ok(adopt(left, props.clone()))
}

#[wasm_bindgen]
impl MountHandle {
    /// Shows `records` instead of the current ones, keyed by `webUrl`: cards that remain
    /// keep their state. `options`, when given, replace the current options.
    pub fn update(&mut self, records: JsValue, options: JsValue) -> Result<(), JsValue> {
        ensure_alive()?;
        let records = records_of(&records, "update")?;
        let feeding = {
            let mut mounted = self.mounted.borrow_mut();
            let Some(mounted) = mounted.as_mut() else {
                web_sys::console::warn_1(&"article-cards: update() after unmount() is ignored".into());
                return Ok(());
            };
            // The cards on the page came from the feed being fed, if any, else the last one.
            let known = match mounted.feeding.take() {
                Some(feeding) => feeding.into_known(),
                None => std::mem::take(&mut mounted.known),
            };
            let mut feeding = Feeding::new(records, known);
            // New options show with the new records' first cards.
            mounted.props = with_options(&mounted.props, &options);
            if let Some(shown) = feeding.first_replacing(mounted.props.cards.len()) {
                mounted.show(shown);
            }
            feeding
        };
        feed_the_rest(&self.mounted, feeding);
        Ok(())
    }

    /// Removes the cards and everything `mount` added, and stops a long feed's steps.
    /// Calling it twice is harmless.
    pub fn unmount(&mut self) {
        if let Some(mut mounted) = self.mounted.borrow_mut().take() {
            MOUNTED_ROOTS.with(|roots| roots.borrow_mut().retain(|root| *root != mounted.pooled.root));
            if ensure_alive().is_err() {
                // After a crash, touch nothing of Yew's: just take the cards off the page.
                mounted.pooled.root.remove();
            } else {
                if let Some(held) = mounted.held_height.take() {
                    held.release();
                }
                let empty = CardListProps { cards: Cards::default(), ..mounted.props };
                park(mounted.pooled, empty);
            }
        }
        // Dropped after the borrow ends (`None` for handles never handed out).
        let _released = HANDED_OUT.with(|held| {
            let mut held = held.borrow_mut();
            let position = held.iter().position(|(number, _)| *number == self.number)?;
            Some(held.swap_remove(position))
        });
    }
}

/// `current` with `options` unless they are `undefined`; their problems are reported here.
fn with_options(current: &CardListProps, options: &JsValue) -> CardListProps {
    let mut props = current.clone();
    if !options.is_undefined() {
        let (options, problems) = read_options(&read_json(options).unwrap_or(JsonValue::Null));
        report_option_problems(&problems);
        props.options = Rc::new(options);
    }
    props
}

fn focused_element_inside(root: &Element) -> Option<HtmlElement> {
    let active = focused_element_around(root)?;
    root.contains(Some(&active)).then(|| active.dyn_into().ok()).flatten()
}

/// The focused element of the document or shadow root that `node` is in: inside a shadow
/// root (a web component hosting the cards), the document's `activeElement` is its host.
fn focused_element_around(node: &Node) -> Option<Element> {
    let root = node.get_root_node();
    match root.dyn_ref::<ShadowRoot>() {
        Some(shadow_root) => shadow_root.active_element(),
        None => root.dyn_ref::<Document>()?.active_element(),
    }
}

/// Moving a focused node (a keyed reorder does) blurs it in browsers; give focus back once
/// the update has rendered, if the node is still on the page.
fn restore_focus_after_render(focused: HtmlElement) {
    wasm_bindgen_futures::spawn_local(async move {
        let still_focused = focused_element_around(&focused).is_some_and(|active| active == *focused);
        if focused.is_connected() && !still_focused {
            let _ = focused.focus();
        }
    });
}

fn records_of(records: &JsValue, caller: &str) -> Result<Vec<Result<JsValue, String>>, JsValue> {
    read_records(records).ok_or_else(|| js_sys::TypeError::new(&format!("{caller}: records must be an array")).into())
}
