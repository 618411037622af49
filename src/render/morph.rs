//! Brings a card already on the page to what a fresh render of it looks like, keeping every
//! node whose shape still matches: a keyed update patches the nodes of a card that stays
//! (so its focus, loaded image and open panel stay), and `mount` adopts a prerendered card
//! only when its shape matches what the widget would render. Subtrees that are already
//! equal (`isEqualNode`) are skipped, so only the differing path is walked. The walk runs
//! in JS, in one call per card: done from Rust, each node it looked at cost a handful of
//! calls across the boundary (an update of 100 cards of 1,000 spent about a third of its
//! render there). It only moves nodes of the fresh render and copies their attributes and
//! texts; nothing is parsed.

use std::cell::Cell;

use wasm_bindgen::prelude::*;
use web_sys::Node;

use super::card_markup::OPTIONAL_ATTRIBUTES;

#[wasm_bindgen(inline_js = r#"
// The attributes the markup writes only sometimes (`OPTIONAL_ATTRIBUTES`), handed over one
// by one before the first morph. Other attributes on a card that the fresh render lacks are
// the host's (its own data attributes, test markers) and stay.
const optional = [];
export function addOptional(name) {
  optional.push(name);
}

// Makes `existing` equal to `wanted` (src/render/morph.rs); false only when `adopt` is set
// and the shapes differ, or when a node could not be changed.
export function morphCard(existing, wanted, adopt) {
  try {
    return morphNode(existing, wanted, adopt);
  } catch {
    return false;
  }
}

function morphNode(existing, wanted, adopt) {
  if (existing.isEqualNode(wanted)) return true;
  const sameShape =
    existing.nodeType === wanted.nodeType &&
    existing.nodeName === wanted.nodeName &&
    existing.childNodes.length === wanted.childNodes.length;
  if (!sameShape) {
    if (adopt) return false;
    existing.replaceWith(wanted);
    return true;
  }
  if (existing.nodeType !== Node.ELEMENT_NODE) {
    existing.nodeValue = wanted.nodeValue;
    return true;
  }
  // Attributes compared in one call on shallow copies, copied only when they differ.
  if (!existing.cloneNode(false).isEqualNode(wanted.cloneNode(false))) {
    for (const name of optional) {
      if (!wanted.hasAttribute(name)) existing.removeAttribute(name);
    }
    for (const name of wanted.getAttributeNames()) {
      const value = wanted.getAttribute(name);
      if (existing.getAttribute(name) !== value) existing.setAttribute(name, value);
    }
  }
  // Listed first: a replaced child moves out of `wanted`.
  const wantedChildren = [...wanted.childNodes];
  return [...existing.childNodes].every((child, i) => morphNode(child, wantedChildren[i], adopt));
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = morphCard)]
    fn morph_card(existing: &Node, wanted: &Node, adopt: bool) -> bool;
    #[wasm_bindgen(js_name = addOptional)]
    fn add_optional(name: &str);
}

thread_local! {
    static OPTIONAL_HANDED_OVER: Cell<bool> = const { Cell::new(false) };
}

/// What to do where the shapes differ.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Replace the differing subtree with the fresh one.
    Update,
    /// Give up: the existing card is not what the widget renders.
    Adopt,
}

/// Makes `existing` equal to `wanted` (a fresh render, whose nodes may move into
/// `existing`). Returns false in [`Mode::Adopt`] when the shapes differ, and in either mode
/// if the page refused a change (then `existing` may be changed in part).
pub fn morph(existing: &Node, wanted: &Node, mode: Mode) -> bool {
    if !OPTIONAL_HANDED_OVER.replace(true) {
        OPTIONAL_ATTRIBUTES.into_iter().for_each(add_optional);
    }
    morph_card(existing, wanted, mode == Mode::Adopt)
}
