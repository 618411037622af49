//! Compile-time descriptions of fixed markup: the skeletons that cards, chips and related
//! items are cloned from. Only constants of ours are described here, never record data.

use super::dom::Dom;

/// A fixed element with fixed attributes and children, or a fixed text.
pub enum Skeleton {
    Element {
        tag: &'static str,
        svg: bool,
        attributes: &'static [(&'static str, &'static str)],
        children: &'static [Skeleton],
    },
    Text(&'static str),
}

/// An HTML element.
pub const fn html(
    tag: &'static str,
    attributes: &'static [(&'static str, &'static str)],
    children: &'static [Skeleton],
) -> Skeleton {
    Skeleton::Element { tag, svg: false, attributes, children }
}

/// An SVG element (in the SVG namespace), without children.
pub const fn svg(tag: &'static str, attributes: &'static [(&'static str, &'static str)]) -> Skeleton {
    Skeleton::Element { tag, svg: true, attributes, children: &[] }
}

/// Builds the node `skeleton` describes; backends call it once per skeleton and clone.
pub fn build<D: Dom>(dom: &D, skeleton: &Skeleton) -> Option<D::Node> {
    match skeleton {
        Skeleton::Text(text) => Some(dom.text(text)),
        Skeleton::Element { tag, svg, attributes, children } => {
            let node = dom.element(tag, *svg)?;
            for (name, value) in *attributes {
                dom.set_attribute(&node, name, value);
            }
            for child in *children {
                dom.append(&node, &build(dom, child)?);
            }
            Some(node)
        }
    }
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
