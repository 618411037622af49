//! Compile-time descriptions of fixed markup: the skeletons that cards, chips and related
//! items are cloned from. Only constants of ours are described here, never record data.
//! The card's words are named, not written: a skeleton is built once per set of words (a
//! locale with the host's labels), with text nodes and attribute values, never markup.

use super::dom::Dom;
use crate::model::template::around;
use crate::model::{Word, Words};

/// A fixed element with fixed attributes and children, or a fixed text.
pub enum Skeleton {
    Element {
        tag: &'static str,
        svg: bool,
        attributes: &'static [(&'static str, &'static str)],
        /// Attributes whose value is one of the card's words.
        worded: &'static [(&'static str, Word)],
        children: &'static [Skeleton],
    },
    Text(&'static str),
    /// A word of the card (no node when it is empty).
    Word(Word),
    /// The text of a word before its placeholder `{slot}`, whose value the filler adds.
    WordBefore(Word, &'static str),
}

/// An HTML element.
pub const fn html(
    tag: &'static str,
    attributes: &'static [(&'static str, &'static str)],
    children: &'static [Skeleton],
) -> Skeleton {
    Skeleton::Element { tag, svg: false, attributes, worded: &[], children }
}

/// An HTML element with attributes whose values are words.
pub const fn worded(
    tag: &'static str,
    attributes: &'static [(&'static str, &'static str)],
    worded: &'static [(&'static str, Word)],
    children: &'static [Skeleton],
) -> Skeleton {
    Skeleton::Element { tag, svg: false, attributes, worded, children }
}

/// An SVG element (in the SVG namespace), without children.
pub const fn svg(tag: &'static str, attributes: &'static [(&'static str, &'static str)]) -> Skeleton {
    Skeleton::Element { tag, svg: true, attributes, worded: &[], children: &[] }
}

/// Builds the node `skeleton` describes in `words`; backends call it once per skeleton and
/// set of words, and clone. `None` for a word that is empty: an empty text node would not
/// survive being written as HTML and read back, so prerendered cards would differ.
pub fn build<D: Dom>(dom: &D, skeleton: &Skeleton, words: &Words) -> Option<D::Node> {
    let text = match skeleton {
        Skeleton::Text(text) => text,
        Skeleton::Word(word) => words.get(*word),
        Skeleton::WordBefore(word, slot) => around(words.get(*word), slot).0,
        Skeleton::Element { tag, svg, attributes, worded, children } => {
            let node = dom.element(tag, *svg)?;
            for (name, value) in *attributes {
                dom.set_attribute(&node, name, value);
            }
            for (name, word) in *worded {
                dom.set_attribute(&node, name, words.get(*word));
            }
            for child in *children {
                if let Some(child) = build(dom, child, words) {
                    dom.append(&node, &child);
                }
            }
            return Some(node);
        }
    };
    (!text.is_empty()).then(|| dom.text(text))
}

/// The first `N` children of `node`, found in one walk.
pub fn children_of<D: Dom, const N: usize>(dom: &D, node: &D::Node) -> Option<[D::Node; N]> {
    let mut children: Vec<D::Node> = Vec::with_capacity(N);
    for _ in 0..N {
        let child = match children.last() {
            None => dom.first_child(node)?,
            Some(previous) => dom.next_sibling(previous)?,
        };
        children.push(child);
    }
    children.try_into().ok()
}
