//! Brings a card already on the page to what a fresh render of it looks like, keeping every
//! node whose shape still matches: a keyed update patches the nodes of a card that stays
//! (so its focus, loaded image and open panel stay), and `mount` adopts a prerendered card
//! only when its shape matches what the widget would render. Subtrees that are already
//! equal (`isEqualNode`, one call each) are skipped, so only the differing path is walked.

use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

/// What to do where the shapes differ.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Replace the differing subtree with the fresh one.
    Update,
    /// Give up: the existing card is not what the widget renders.
    Adopt,
}

/// Makes `existing` equal to `wanted` (a fresh render, whose nodes may move into
/// `existing`). Returns false only in [`Mode::Adopt`], when the shapes differ.
pub fn morph(existing: &Node, wanted: &Node, mode: Mode) -> bool {
    if existing.is_equal_node(Some(wanted)) {
        return true;
    }
    if !same_shape(existing, wanted) {
        if mode == Mode::Adopt {
            return false;
        }
        let _ = existing.unchecked_ref::<Element>().replace_with_with_node_1(wanted);
        return true;
    }
    if existing.node_type() == Node::TEXT_NODE {
        existing.set_node_value(wanted.node_value().as_deref());
        return true;
    }
    // Elements (the text case is above): attributes compared in one call on shallow
    // copies, and copied one by one only when they differ.
    let attributes_equal = existing
        .clone_node()
        .is_ok_and(|shallow| wanted.clone_node().is_ok_and(|other| shallow.is_equal_node(Some(&other))));
    if !attributes_equal {
        copy_attributes(existing.unchecked_ref(), wanted.unchecked_ref());
    }
    // Listed first: a replaced child moves out of `wanted`.
    let pairs: Vec<(Node, Node)> = children(existing).into_iter().zip(children(wanted)).collect();
    pairs.iter().all(|(existing, wanted)| morph(existing, wanted, mode))
}

/// Same kind of node, same tag, same number of children.
fn same_shape(existing: &Node, wanted: &Node) -> bool {
    existing.node_type() == wanted.node_type()
        && existing.node_name() == wanted.node_name()
        && existing.child_nodes().length() == wanted.child_nodes().length()
}

/// The attributes the markup writes only sometimes. Other attributes on a card that the
/// fresh render lacks are the host's (its own data attributes, test markers) and stay.
const OPTIONAL_ATTRIBUTES: &[&str] =
    &["data-category", "data-type", "data-quality", "data-heat", "data-published", "hidden", "src", "width", "height"];

fn copy_attributes(existing: &Element, wanted: &Element) {
    for name in OPTIONAL_ATTRIBUTES {
        if !wanted.has_attribute(name) && existing.has_attribute(name) {
            let _ = existing.remove_attribute(name);
        }
    }
    for name in wanted.get_attribute_names().iter().filter_map(|name| name.as_string()) {
        let value = wanted.get_attribute(&name);
        if existing.get_attribute(&name) != value {
            let _ = existing.set_attribute(&name, value.as_deref().unwrap_or_default());
        }
    }
}

fn children(node: &Node) -> Vec<Node> {
    let mut children = Vec::new();
    let mut next = node.first_child();
    while let Some(child) = next {
        next = child.next_sibling();
        children.push(child);
    }
    children
}
