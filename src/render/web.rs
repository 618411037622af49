//! The browser backend for the few nodes outside a card's first render: the list's shell and
//! what the listeners change on a card on the page (its figure's phase and image). Each call
//! is one call into the DOM; cards themselves are rendered by [`super::batch`].

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Node};

use super::dom::Dom;
use super::skeleton::{build, Skeleton};
use crate::model::Words;

const SVG_NAMESPACE: &str = "http://www.w3.org/2000/svg";

/// `element`'s `class` attribute. Never `Element::class_name` on an element the page hands
/// over (an event's target, a child found in the page): on an SVG element `className` is an
/// `SVGAnimatedString`, and wasm-bindgen's glue, passing it as a string, writes past the
/// memory it allocated for it. A card's `<svg>` can be the target of a `load` event, so that
/// corrupted the heap, and a later call trapped ("memory access out of bounds").
pub fn class_of(element: &Element) -> Option<String> {
    element.get_attribute("class")
}

/// Creates nodes in `document`.
pub struct WebDom {
    pub document: Document,
}

thread_local! {
    /// The page's document, looked up once.
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
        // Built afresh: this backend makes a list shell per mount and a note per failed image.
        build(self, skeleton, words)
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
