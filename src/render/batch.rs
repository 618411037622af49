//! The browser backend cards are rendered with: it records a card's operations (clone a
//! skeleton, find a child, set a text or an attribute, append, remove) as numbers and one
//! string of texts, and hands them to the page in ONE call (`run`, a small JS function) that
//! carries them out. A card thus costs one crossing into JS and one UTF-8 decode, instead of
//! a call per operation and a decode per text. The JS side does only what the operations
//! name, with the texts it is given: `cloneNode`, `createElement(NS)`, `createTextNode`,
//! `textContent`, `setAttribute`, `appendChild`, `remove`; nothing parses markup.
//! Each skeleton is built once per page and set of words (by the same operations) and kept in
//! a JS array of prototypes; every later use is one `cloneNode(true)` of it.

use std::cell::{Cell, RefCell};

use js_sys::Array;
use wasm_bindgen::prelude::*;
use web_sys::Element;

use super::card_markup::{render_card, CardInput};
use super::dom::Dom;
use super::skeleton::{build, Skeleton};
use crate::model::Words;

#[wasm_bindgen(inline_js = r#"
// Carries out a card's operations (src/render/batch.rs, `Op`) and returns node `result`, or
// null if an operation failed (a node the constant markup should have is missing).
export function run(prototypes, ops, text, result) {
  const nodes = [];
  let at = 0;
  const next = (length) => text.slice(at, (at += length));
  try {
    for (let i = 0; i < ops.length; ) {
      switch (ops[i++]) {
        case 0: nodes.push(prototypes[ops[i++]].cloneNode(true)); break;
        case 1: nodes.push(nodes[ops[i++]].firstChild); break;
        case 2: nodes.push(nodes[ops[i++]].nextSibling); break;
        case 3: nodes.push(document.createTextNode(next(ops[i++]))); break;
        case 4: nodes.push(document.createElement(next(ops[i++]))); break;
        case 5: nodes.push(document.createElementNS("http://www.w3.org/2000/svg", next(ops[i++]))); break;
        case 6: nodes[ops[i++]].textContent = next(ops[i++]); break;
        case 7: nodes[ops[i++]].setAttribute(next(ops[i++]), next(ops[i++])); break;
        case 8: nodes[ops[i++]].appendChild(nodes[ops[i++]]); break;
        case 9: nodes[ops[i++]].remove(); break;
        case 10: prototypes[ops[i++]] = nodes[ops[i++]]; break;
        default: return null;
      }
    }
  } catch {
    return null;
  }
  return nodes[result] ?? null;
}
"#)]
extern "C" {
    fn run(prototypes: &Array, ops: &[u32], text: &str, result: u32) -> Option<Element>;
}

/// An operation's code, then its operands: node numbers (the order in which operations
/// made them), prototype numbers, and lengths of texts in UTF-16 code units (JS's), taken
/// one after another from the string.
#[derive(Clone, Copy)]
enum Op {
    /// prototype → node
    Clone = 0,
    /// node → node
    FirstChild = 1,
    /// node → node
    NextSibling = 2,
    /// text → node
    Text = 3,
    /// tag → node
    Element = 4,
    /// tag → node
    SvgElement = 5,
    /// node, text
    SetText = 6,
    /// node, name, value
    SetAttribute = 7,
    /// parent, child
    Append = 8,
    /// node
    Remove = 9,
    /// prototype, node: the node is kept as that prototype
    Keep = 10,
}

/// Built skeletons kept at most: a few per set of words a page uses; a page that makes up
/// new labels for mount after mount starts the collection again.
const MAX_BUILT: usize = 256;

/// The operations of one card, waiting to be run.
#[derive(Default)]
pub struct Batch {
    ops: RefCell<Vec<u32>>,
    text: RefCell<String>,
    /// Nodes the operations so far make.
    nodes: Cell<u32>,
}

/// Skeletons built so far, by the address of their (static) description and their words;
/// each one's prototype is at the same position in `prototypes`.
#[derive(Default)]
struct Built {
    skeletons: Vec<(usize, Words)>,
    prototypes: Array,
}

thread_local! {
    static BUILT: RefCell<Built> = RefCell::default();
    static BATCH: Batch = Batch::default();
}

/// A new card for `input`, made in one call into JS; `None` only if the document refused
/// our constant markup (or there is none, in a worker).
pub fn render_web_card(input: &CardInput) -> Option<Element> {
    BUILT.with(|built| {
        let mut built = built.borrow_mut();
        if built.skeletons.len() >= MAX_BUILT {
            *built = Built::default();
        }
    });
    BATCH.with(|batch| {
        let card = render_card(batch, input);
        let mut ops = batch.ops.take();
        let mut text = batch.text.take();
        batch.nodes.set(0);
        let card = card.and_then(|card| BUILT.with(|built| run(&built.borrow().prototypes, &ops, &text, card)));
        if card.is_none() {
            // Prototypes this card was to keep may be missing: the next card builds afresh.
            BUILT.with(|built| *built.borrow_mut() = Built::default());
        }
        // The buffers are kept for the next card.
        ops.clear();
        text.clear();
        batch.ops.replace(ops);
        batch.text.replace(text);
        card
    })
}

impl Batch {
    fn op(&self, op: Op, operands: &[u32]) {
        let mut ops = self.ops.borrow_mut();
        ops.push(op as u32);
        ops.extend_from_slice(operands);
    }

    /// Records an operation that makes a node, and returns the node's number.
    fn make(&self, op: Op, operands: &[u32]) -> u32 {
        self.op(op, operands);
        let node = self.nodes.get();
        self.nodes.set(node + 1);
        node
    }

    /// Appends `text` to the string, and returns its length in UTF-16 code units.
    fn text(&self, text: &str) -> u32 {
        self.text.borrow_mut().push_str(text);
        let units = if text.is_ascii() { text.len() } else { text.encode_utf16().count() };
        units as u32
    }
}

impl Dom for Batch {
    type Node = u32;
    const RUNS_SCRIPTS: bool = true;

    fn instantiate(&self, skeleton: &'static Skeleton, words: &Words) -> Option<u32> {
        let key = skeleton as *const Skeleton as usize;
        let found = BUILT.with(|built| {
            let built = built.borrow();
            let found =
                built.skeletons.iter().position(|(address, built_words)| *address == key && built_words == words);
            found.map(|prototype| prototype as u32)
        });
        let prototype = match found {
            Some(prototype) => prototype,
            None => {
                let node = build(self, skeleton, words)?;
                let prototype = BUILT.with(|built| {
                    let mut built = built.borrow_mut();
                    built.skeletons.push((key, words.clone()));
                    built.skeletons.len() as u32 - 1
                });
                self.op(Op::Keep, &[prototype, node]);
                prototype
            }
        };
        Some(self.make(Op::Clone, &[prototype]))
    }

    fn element(&self, tag: &str, svg: bool) -> Option<u32> {
        let length = self.text(tag);
        Some(self.make(if svg { Op::SvgElement } else { Op::Element }, &[length]))
    }

    fn text(&self, text: &str) -> u32 {
        let length = Batch::text(self, text);
        self.make(Op::Text, &[length])
    }

    fn set_attribute(&self, node: &u32, name: &str, value: &str) {
        let name = Batch::text(self, name);
        let value = Batch::text(self, value);
        self.op(Op::SetAttribute, &[*node, name, value]);
    }

    fn set_text(&self, node: &u32, text: &str) {
        let length = Batch::text(self, text);
        self.op(Op::SetText, &[*node, length]);
    }

    fn append(&self, parent: &u32, child: &u32) {
        self.op(Op::Append, &[*parent, *child]);
    }

    fn remove(&self, node: &u32) {
        self.op(Op::Remove, &[*node]);
    }

    fn first_child(&self, node: &u32) -> Option<u32> {
        Some(self.make(Op::FirstChild, &[*node]))
    }

    fn next_sibling(&self, node: &u32) -> Option<u32> {
        Some(self.make(Op::NextSibling, &[*node]))
    }
}
