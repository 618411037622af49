//! The few operations the card markup needs from a document, so that one definition can
//! build browser DOM nodes and native HTML alike (the pattern of leptos tachys's
//! `Renderer`). Record data reaches a node only through `set_attribute` and `text` /
//! `set_text`: no operation parses markup.

use super::skeleton::Skeleton;
use crate::model::Words;

pub trait Dom {
    /// A handle to a node; cloning it clones the handle, not the node.
    type Node: Clone;

    /// Whether the document runs scripts. There, `<noscript>` content would be inert text,
    /// so the fallback image for readers without JavaScript is written only where this is
    /// false (the prerender tool).
    const RUNS_SCRIPTS: bool;

    /// A deep copy of the node `skeleton` describes in `words` (built once per set of words,
    /// then cloned). `None` only if the document refuses our constant markup.
    fn instantiate(&self, skeleton: &'static Skeleton, words: &Words) -> Option<Self::Node>;
    /// A new element with no attributes, for building skeletons; in the SVG namespace when
    /// `svg` is set.
    fn element(&self, tag: &str, svg: bool) -> Option<Self::Node>;
    /// A new text node.
    fn text(&self, text: &str) -> Self::Node;
    fn set_attribute(&self, node: &Self::Node, name: &str, value: &str);
    /// Replaces the node's children with one text node (none for empty text).
    fn set_text(&self, node: &Self::Node, text: &str);
    fn append(&self, parent: &Self::Node, child: &Self::Node);
    /// Takes the node out of its parent.
    fn remove(&self, node: &Self::Node);
    fn first_child(&self, node: &Self::Node) -> Option<Self::Node>;
    fn next_sibling(&self, node: &Self::Node) -> Option<Self::Node>;
}
