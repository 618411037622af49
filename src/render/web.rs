//! The browser backend: web-sys DOM nodes. Each skeleton is built once per page and set of
//! words with `createElement` and `createTextNode`, and kept; every use is one
//! `cloneNode(true)` of it.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Node};

use super::dom::Dom;
use super::skeleton::{build, Skeleton};
use crate::model::Words;

const SVG_NAMESPACE: &str = "http://www.w3.org/2000/svg";

/// Creates nodes in `document`.
pub struct WebDom {
    pub document: Document,
}

/// Built skeletons kept at most: a few per set of words a page uses; a page that makes up
/// new labels for mount after mount starts the collection again.
const MAX_BUILT: usize = 256;

thread_local! {
    /// Built skeletons, by the address of their (static) description and their words.
    static BUILT: RefCell<Vec<(usize, Words, Node)>> = const { RefCell::new(Vec::new()) };
    /// The page's document, looked up once: cards are rendered by the thousand.
    static PAGE: Option<WebDom> = web_sys::window().and_then(|window| window.document()).map(|document| WebDom { document });
}

impl WebDom {
    /// Calls `work` with the page's document; `None` outside a page (in a worker).
    pub fn with_page<T>(work: impl FnOnce(&WebDom) -> T) -> Option<T> {
        PAGE.with(|page| page.as_ref().map(work))
    }
}

impl Dom for WebDom {
    type Node = Node;
    const RUNS_SCRIPTS: bool = true;

    fn instantiate(&self, skeleton: &'static Skeleton, words: &Words) -> Option<Node> {
        let key = skeleton as *const Skeleton as usize;
        let built = BUILT.with(|built| {
            let built = built.borrow();
            let found = built.iter().find(|(address, built_words, _)| *address == key && built_words == words);
            found.map(|(_, _, node)| node.clone())
        });
        let prototype = match built {
            Some(prototype) => prototype,
            None => {
                let prototype = build(self, skeleton, words)?;
                BUILT.with(|built| {
                    let mut built = built.borrow_mut();
                    if built.len() >= MAX_BUILT {
                        built.clear();
                    }
                    built.push((key, words.clone(), prototype.clone()))
                });
                prototype
            }
        };
        prototype.clone_node_with_deep(true).ok()
    }

    fn element(&self, tag: &str, svg: bool) -> Option<Node> {
        let element = if svg {
            self.document.create_element_ns(Some(SVG_NAMESPACE), tag)
        } else {
            self.document.create_element(tag)
        };
        element.ok().map(Node::from)
    }

    fn text(&self, text: &str) -> Node {
        self.document.create_text_node(text).into()
    }

    fn set_attribute(&self, node: &Node, name: &str, value: &str) {
        // Unchecked (an `instanceof` per call would cost): the markup sets attributes only
        // on its elements. Fails only for names that are not attribute names; ours are constants.
        let _ = node.unchecked_ref::<Element>().set_attribute(name, value);
    }

    fn set_text(&self, node: &Node, text: &str) {
        node.set_text_content(Some(text));
    }

    fn append(&self, parent: &Node, child: &Node) {
        // Fails only for a child that cannot go there; ours are built to fit.
        let _ = parent.append_child(child);
    }

    fn remove(&self, node: &Node) {
        // `ChildNode.remove()`, which text nodes have too: one call, and none without a parent.
        node.unchecked_ref::<Element>().remove();
    }

    fn first_child(&self, node: &Node) -> Option<Node> {
        node.first_child()
    }

    fn next_sibling(&self, node: &Node) -> Option<Node> {
        node.next_sibling()
    }
}
