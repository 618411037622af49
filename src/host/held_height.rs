//! The height the cards keep while a long feed arrives, so that the page is as tall as it
//! will be: the height of a copy of the feed that a page put back and a mount replaced, or an
//! estimate of the whole feed from its first row. A host that puts a page back restores the
//! reader's scroll position right after (Turbo, htmx; htmx 4 requests the page again and
//! restores it once the first screenful is there): with the page as short as the first
//! screenful, it would land there instead of where the reader left. The scrollbar is the
//! whole feed's from the start, and End goes where the feed will end. Held as an inline
//! `min-height` set through CSSOM, which a strict `style-src` allows, unlike a `style`
//! attribute; `mount` ends it once the feed shows in full, or when the cards are unmounted.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement};

/// Marks the mount's root while a height is held, for the stylesheet's sign that cards are
/// still coming where a reader past those shown sees none yet.
const ARRIVING_ATTRIBUTE: &str = "data-ac-arriving";

/// A `min-height` held on one element.
pub struct HeldHeight {
    element: HtmlElement,
    /// Cleared when the hold ends, so that a frame's work queued for it does nothing.
    held: Rc<Cell<bool>>,
}

impl HeldHeight {
    /// Holds `root` at `height` CSS pixels, the height of the copy it replaced (none for a
    /// copy that had no height: not on the page).
    pub fn of_copy(root: &Element, height: i32) -> Option<HeldHeight> {
        if height <= 0 {
            return None;
        }
        let _ = root.set_attribute(ARRIVING_ATTRIBUTE, "");
        HeldHeight::new(root, &format!("{height}px"))
    }

    /// Holds `root` at the height of `expected` cards, each row counted as cards far from the
    /// viewport count until they are drawn (`--ac-row-estimate`, defined on `cards_root`, the
    /// `.ac-root` in `root`). Until the next frame, as if in one column, held on `cards_root`:
    /// never shorter than the feed will be, and neither laid out nor styled in this task (a
    /// host restoring a scroll position does so before that frame, and the position is kept).
    /// At the frame, before it is painted, fitted to the columns of the first row and held on
    /// `root` in pixels: reading the positions and the style there does what the frame would
    /// do anyway. (Taken off `cards_root` later, its `min-height` restyled a long feed's first
    /// segment: a 60–85 ms frame as the feed ended.)
    pub fn of_feed(root: &Element, cards_root: &Element, expected: usize) -> Option<HeldHeight> {
        let provisional = HeldHeight::new(cards_root, &format!("calc(var(--ac-row-estimate) * {expected})"))?;
        let root = root.dyn_ref::<HtmlElement>()?.clone();
        let _ = root.set_attribute(ARRIVING_ATTRIBUTE, "");
        let held = Rc::new(Cell::new(true));
        let (element, still_held) = (root.clone(), held.clone());
        after_frames(
            1,
            Box::new(move || {
                let row = resolved_min_height(&provisional.element).map(|tall| tall / expected as f64);
                let first_card = provisional.element.query_selector(".ac-card").ok().flatten();
                let columns = first_card.map_or(0, cards_sharing_row);
                provisional.release();
                if let (true, Some(row), 1..) = (still_held.get(), row, columns) {
                    let rows = expected.div_ceil(columns);
                    set_pixels(&element, row * rows as f64);
                }
            }),
        );
        Some(HeldHeight { element: root, held })
    }

    fn new(element: &Element, height: &str) -> Option<HeldHeight> {
        let element = element.dyn_ref::<HtmlElement>()?.clone();
        element.style().set_property("min-height", height).ok()?;
        Some(HeldHeight { element, held: Rc::new(Cell::new(true)) })
    }

    /// Ends the hold now (the cards are going).
    pub fn release(self) {
        self.held.set(false);
        let _ = self.element.style().remove_property("min-height");
        let _ = self.element.remove_attribute(ARRIVING_ATTRIBUTE);
    }

    /// Ends the hold once the page ends where the feed does. A long feed's last segment (see
    /// `card_segment.rs`) that the browser skips while far from the viewport counts as the
    /// height it had when it was last drawn (`content-visibility: auto` remembers it), and
    /// cards may have been added to it since. A reader who went past the cards shown while the
    /// feed arrived (End, or a scroll position restored) would be taken back up to where that
    /// height ends; for them the segment is laid out in full for one frame first (one long
    /// frame: 80 ms for 1,600 cards), and the hold ends at the next.
    pub fn release_once_laid_out(self) {
        self.held.set(false);
        let Some(stale) = self.last_segment_if_reader_past_list() else { return self.release() };
        let _ = stale.style().set_property("content-visibility", "visible");
        // A mount that holds a height again in between (an `update` with another long feed)
        // keeps it.
        let held = self.element.style().get_property_value("min-height").ok();
        after_frames(
            2,
            Box::new(move || {
                let _ = stale.style().remove_property("content-visibility");
                if self.element.style().get_property_value("min-height").ok() == held {
                    let at_end = reader_at_end();
                    self.release();
                    // A reader at the end of the page stays there as it gets shorter. Chromium
                    // and Firefox keep them there; WebKit left them about 300 px above it now
                    // and then, with the last card below the window.
                    if at_end {
                        scroll_to_end();
                    }
                }
            }),
        );
    }

    /// The last segment of a list whose laid-out end is above the bottom of the window.
    fn last_segment_if_reader_past_list(&self) -> Option<HtmlElement> {
        let list = self.element.query_selector(".ac-list").ok()??;
        let window_bottom = web_sys::window()?.inner_height().ok()?.as_f64()?;
        if list.get_bounding_client_rect().bottom() >= window_bottom {
            return None;
        }
        list.query_selector(":scope > .ac-segment:last-child").ok()??.dyn_into().ok()
    }
}

/// Holds `element` at `pixels`, rounded up to a whole pixel: formatting a float would add
/// 10 KB brotli to the module.
fn set_pixels(element: &HtmlElement, pixels: f64) {
    let _ = element.style().set_property("min-height", &format!("{}px", pixels.ceil() as u64));
}

/// `element`'s `min-height` in CSS pixels, as its style resolves it. Read by JS's
/// `parseFloat`: Rust's float parser would add 23 KB brotli to the module.
fn resolved_min_height(element: &HtmlElement) -> Option<f64> {
    let resolved = web_sys::window()?.get_computed_style(element).ok()??.get_property_value("min-height").ok()?;
    Some(js_sys::Number::parse_float(&resolved)).filter(|pixels| pixels.is_finite())
}

/// How many cards, from `first` on, share its row.
fn cards_sharing_row(first: Element) -> usize {
    let top_of = |card: &Element| card.dyn_ref::<HtmlElement>().map(HtmlElement::offset_top);
    let row = top_of(&first);
    std::iter::successors(Some(first), Element::next_element_sibling).take_while(|card| top_of(card) == row).count()
}

/// Whether the window shows the end of the page.
fn reader_at_end() -> bool {
    let Some(window) = web_sys::window() else { return false };
    let page = window.document().and_then(|document| document.document_element());
    let (Some(page), Ok(top), Ok(height)) = (page, window.scroll_y(), window.inner_height()) else { return false };
    height.as_f64().is_some_and(|height| top + height >= f64::from(page.scroll_height()) - 1.0)
}

fn scroll_to_end() {
    let Some(window) = web_sys::window() else { return };
    if let Some(page) = window.document().and_then(|document| document.document_element()) {
        window.scroll_to_with_x_and_y(window.scroll_x().unwrap_or(0.0), f64::from(page.scroll_height()));
    }
}

/// Runs `work` at the start of the `frames`th frame from now (`requestAnimationFrame`).
/// Boxed, so that each piece of work does not bring a closure shim of its own.
fn after_frames(frames: u32, work: Box<dyn FnOnce()>) {
    let Some(window) = web_sys::window() else { return };
    let next: Box<dyn FnOnce()> = if frames > 1 { Box::new(move || after_frames(frames - 1, work)) } else { work };
    let _ = window.request_animation_frame(Closure::once_into_js(next).unchecked_ref());
}
