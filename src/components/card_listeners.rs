//! The listeners that make cards interactive, attached once to an element that holds
//! cards (the list of a mount, or a card on its own): one click listener for every title
//! link, chip and related toggle; one pair of capturing listeners for every figure's image
//! loading or failing; one IntersectionObserver that requests each figure's image when its
//! card comes near the viewport. Listeners per element would cost each card a dozen
//! closures and JS calls; here a card costs none. In a list cut into segments, a figure is
//! watched only once its segment comes near (the observer watches the `.ac-segment`s too):
//! each figure the observer starts watching makes the browser draw a frame and check every
//! watched figure, which a long feed arriving into segments far away would pay at every step.
//!
//! The panel's open state and the figure's phase live in the DOM (`aria-expanded`,
//! `data-state`): these listeners are their only writers, and a card reads them back
//! when it re-renders (`ArticleCard`), so there is one source of truth and no re-render
//! per click.

use std::cell::{Cell, RefCell, RefMut};
use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions, EventListenerPhase};
use wasm_bindgen::prelude::*;
use web_sys::{Element, Event, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit, MouseEvent};
use yew::{AttrValue, Callback};

use super::card_event::{CardAction, CardEvent, FigureState};
use super::card_segment::{SEGMENT_CLASS, SEGMENT_SELECTOR};
use crate::model::{Record, Words};
use crate::render::figure_markup::{request_image, show_phase, SOURCE_ATTRIBUTE};
use crate::render::related_markup::CLOSED_ATTRIBUTE;
use crate::render::web::{class_of, WebDom};
use crate::render::FigurePhase;

/// How far outside the viewport counts as near, so the image is there when scrolled to.
const NEAR_MARGIN: &str = "300px 0px";
const CONTROLS: &str = ".ac-card__link, .ac-chip, .ac-related__toggle";

/// Whose card an `<article>` is: what its events carry and whom they go to.
pub struct CardOrigin {
    pub index: usize,
    pub record: Rc<Record>,
    pub on_event: Callback<CardEvent>,
    /// The words the card is written in, for the note when its figure fails.
    pub words: Rc<Words>,
}

/// Finds the origin of a card element under the listened-to element.
pub type Resolve = Rc<dyn Fn(&Element) -> Option<CardOrigin>>;

/// Listeners on `target`, removed when dropped.
pub struct CardListeners {
    target: Element,
    resolve: Resolve,
    /// While listening: the click listener and the capturing `load`/`error` pair (each
    /// removes itself when dropped).
    listening: RefCell<Option<[EventListener; 3]>>,
    /// Created for the first figure: a list without figures needs none.
    observer: RefCell<Option<(IntersectionObserver, NearCallback)>>,
    /// For a list: the figures of cards not on the page yet, watched once they are
    /// ([`CardListeners::placed`]) if their segment is near; and the segments near.
    segments: Option<Rc<Segments>>,
}

/// A list's segments near the viewport, and figures waiting to be placed in one.
#[derive(Default)]
struct Segments {
    /// Whether the list had segments at its last render.
    any: Cell<bool>,
    near: RefCell<Vec<Element>>,
    pending: RefCell<Vec<(Element, Rc<Record>)>>,
}

impl CardListeners {
    /// Listeners for the cards under `target`, attached by [`CardListeners::listen`].
    pub fn new(target: &Element, resolve: Resolve) -> CardListeners {
        CardListeners {
            target: target.clone(),
            resolve,
            listening: RefCell::new(None),
            observer: RefCell::new(None),
            segments: None,
        }
    }

    /// Listeners for a list, whose cards may be in segments (`card_segment.rs`).
    pub fn for_list(target: &Element, resolve: Resolve) -> CardListeners {
        let mut listeners = CardListeners::new(target, resolve);
        listeners.segments = Some(Rc::default());
        listeners
    }

    /// Starts listening, once: a list is given its listeners with its first card.
    pub fn listen(&self) {
        let mut listening = self.listening.borrow_mut();
        if listening.is_some() {
            return;
        }
        let click = {
            let (target, resolve) = (self.target.clone(), self.resolve.clone());
            // Not passive: a cancelled `article-card-open` cancels the click.
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&self.target, "click", options, move |event| {
                on_click(&target, &resolve, event)
            })
        };
        let image = |kind: &'static str| {
            let resolve = self.resolve.clone();
            // Captured: load and error do not bubble.
            let options = EventListenerOptions { phase: EventListenerPhase::Capture, passive: true };
            EventListener::new_with_options(&self.target, kind, options, move |event| on_image(&resolve, event))
        };
        *listening = Some([click, image("load"), image("error")]);
    }

    /// Requests `figure`'s image once it comes near the viewport. Without
    /// IntersectionObserver (very old browsers) it is requested at once. In a list, a
    /// figure not on the page yet is watched once it is ([`CardListeners::placed`]),
    /// and one in a segment far away once that segment comes near.
    pub fn watch(&self, figure: &Element, record: &Rc<Record>) {
        if let Some(segments) = self.segments.as_ref().filter(|_| !figure.is_connected()) {
            segments.pending.borrow_mut().push((figure.clone(), record.clone()));
            return;
        }
        match self.observer().as_ref() {
            Some((observer, _)) => {
                if !self.in_far_segment(figure) {
                    observer.observe(figure);
                }
            }
            None => {
                if let Some(shown) = record.figure() {
                    WebDom::with_page(|dom| request_image(dom, figure, shown.image));
                }
            }
        }
    }

    /// The observer, created the first time it is needed (`None` without IntersectionObserver).
    fn observer(&self) -> RefMut<'_, Option<(IntersectionObserver, NearCallback)>> {
        let mut observer = self.observer.borrow_mut();
        if observer.is_none() {
            *observer = near_observer(self.resolve.clone(), self.segments.clone());
        }
        observer
    }

    /// Whether `figure` is in a segment of the list that is not near the viewport.
    fn in_far_segment(&self, figure: &Element) -> bool {
        // A list of up to one segment's cards has none: no lookup per figure.
        let Some(segments) = self.segments.as_ref().filter(|segments| segments.any.get()) else { return false };
        let segment = figure.closest(SEGMENT_SELECTOR).ok().flatten();
        segment.is_some_and(|segment| !segments.near.borrow().iter().any(|near| near == &segment))
    }

    /// After a render of the list of `segment_count` segments: watches its `.ac-segment`s
    /// (all segments but the first, whose cards sit in the grid itself), and the figures of
    /// the cards put on the page since they were rendered.
    pub fn placed(&self, segment_count: usize) {
        let Some(segments) = &self.segments else { return };
        segments.near.borrow_mut().retain(|segment| segment.is_connected());
        let wrapped = segment_count.saturating_sub(1);
        segments.any.set(wrapped > 0);
        // The observer is created only when there is something to watch.
        if wrapped > 0 {
            if let Some((observer, _)) = self.observer().as_ref() {
                // The last children of the grid, found from its end: a query (`:scope >
                // .ac-segment`) looks at every node of every card, 5 ms for 1,100 cards.
                // Watching a segment again changes nothing.
                let mut child = self.target.last_element_child();
                for _ in 0..wrapped {
                    let Some(segment) = child else { break };
                    if class_of(&segment).as_deref() == Some(SEGMENT_CLASS) {
                        observer.observe(&segment);
                    }
                    child = segment.previous_element_sibling();
                }
            }
        }
        let pending = std::mem::take(&mut *segments.pending.borrow_mut());
        for (figure, record) in pending {
            if figure.is_connected() {
                self.watch(&figure, &record);
            }
        }
    }

    pub fn unwatch(&self, figure: &Element) {
        if let Some((observer, _)) = self.observer.borrow().as_ref() {
            observer.unobserve(figure);
        }
    }

    /// Stops listening and observing (the list is empty), until [`CardListeners::listen`].
    pub fn stop(&self) {
        self.listening.borrow_mut().take();
        if let Some((observer, _)) = self.observer.borrow_mut().take() {
            observer.disconnect();
        }
        if let Some(segments) = &self.segments {
            segments.near.borrow_mut().clear();
            segments.pending.borrow_mut().clear();
        }
    }
}

impl Drop for CardListeners {
    fn drop(&mut self) {
        self.stop();
    }
}

fn emit(origin: CardOrigin, card: Element, action: CardAction) {
    origin.on_event.emit(CardEvent { index: origin.index, record: origin.record, card: Some(card), action });
}

fn on_click(target: &Element, resolve: &Resolve, event: &Event) {
    let Some(clicked) = event.target().and_then(|clicked| clicked.dyn_into::<Element>().ok()) else { return };
    let Some(control) = clicked.closest(CONTROLS).ok().flatten() else { return };
    let Some(card) = control.closest("article.ac-card").ok().flatten() else { return };
    if !target.contains(Some(&card)) {
        return;
    }
    let Some(origin) = resolve(&card) else { return };
    let action = match class_of(&control).as_deref() {
        Some("ac-card__link") => match event.clone().dyn_into::<MouseEvent>() {
            Ok(click) => CardAction::Open(click),
            Err(_) => return,
        },
        Some("ac-chip") => {
            // The topic's text node follows the words before it (a span, empty in some languages).
            let topic =
                control.first_child().and_then(|words| words.next_sibling()).and_then(|text| text.text_content());
            let topic = topic.unwrap_or_default();
            CardAction::Topic(AttrValue::from(topic))
        }
        _ => {
            let open = control.get_attribute("aria-expanded").as_deref() != Some("true");
            let _ = control.set_attribute("aria-expanded", if open { "true" } else { "false" });
            if let Some(panel) = control.next_element_sibling() {
                let _ = if open {
                    panel.remove_attribute(CLOSED_ATTRIBUTE)
                } else {
                    panel.set_attribute(CLOSED_ATTRIBUTE, CLOSED_ATTRIBUTE)
                };
            }
            CardAction::Related { open }
        }
    };
    emit(origin, card, action);
}

fn on_image(resolve: &Resolve, event: &Event) {
    let Some(image) = event.target().and_then(|image| image.dyn_into::<Element>().ok()) else { return };
    if class_of(&image).as_deref() != Some("ac-figure__image") {
        return;
    }
    let Some(figure) = image.closest("figure.ac-figure").ok().flatten() else { return };
    if figure.get_attribute("data-state").as_deref() != Some(FigurePhase::Loading.as_str()) {
        return;
    }
    let (phase, state) = if event.type_() == "load" {
        (FigurePhase::Loaded, FigureState::Loaded)
    } else {
        (FigurePhase::Error, FigureState::Error)
    };
    let Some(card) = figure.closest("article.ac-card").ok().flatten() else { return };
    let Some(origin) = resolve(&card) else { return };
    WebDom::with_page(|dom| show_phase(dom, &figure, phase, &origin.words));
    let url = AttrValue::from(image.get_attribute(SOURCE_ATTRIBUTE).unwrap_or_default());
    emit(origin, card, CardAction::Figure { state, url });
}

type NearCallback = Closure<dyn FnMut(js_sys::Array, IntersectionObserver)>;

/// Calls `f` with each element of `nodes`.
fn each_element(nodes: &web_sys::NodeList, mut f: impl FnMut(&Element)) {
    for node in (0..nodes.length()).filter_map(|i| nodes.item(i)) {
        if let Ok(element) = node.dyn_into::<Element>() {
            f(&element);
        }
    }
}

/// A segment came near (its waiting figures are watched from now on) or went away.
fn segment_moved(segments: &Segments, observer: &IntersectionObserver, segment: Element, near: bool) {
    let mut near_ones = segments.near.borrow_mut();
    near_ones.retain(|other| other != &segment);
    if !near {
        return;
    }
    if let Ok(figures) = segment.query_selector_all("figure.ac-figure[data-state=waiting]") {
        each_element(&figures, |figure| observer.observe(figure));
    }
    near_ones.push(segment);
}

fn near_observer(resolve: Resolve, segments: Option<Rc<Segments>>) -> Option<(IntersectionObserver, NearCallback)> {
    let callback = Closure::new(move |entries: js_sys::Array, observer: IntersectionObserver| {
        for entry in entries.iter().map(|entry| entry.unchecked_into::<IntersectionObserverEntry>()) {
            let target = entry.target();
            if let Some(segments) = segments.as_ref().filter(|_| class_of(&target).as_deref() == Some(SEGMENT_CLASS)) {
                segment_moved(segments, &observer, target, entry.is_intersecting());
                continue;
            }
            if !entry.is_intersecting() {
                continue;
            }
            let figure = target;
            observer.unobserve(&figure);
            let Some(origin) = figure.closest("article.ac-card").ok().flatten().and_then(|card| resolve(&card)) else {
                continue;
            };
            if let Some(shown) = origin.record.figure() {
                WebDom::with_page(|dom| request_image(dom, &figure, shown.image));
            }
        }
    });
    let options = IntersectionObserverInit::new();
    options.set_root_margin(NEAR_MARGIN);
    let observer = IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options).ok()?;
    Some((observer, callback))
}
