//! The native backend: a small node tree that writes itself out as HTML, for the prerender
//! tool and the native tests. Text and attribute values are escaped as they are written.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use super::dom::Dom;
use super::skeleton::{build, Skeleton};
use crate::model::Words;

/// Builds [`NativeNode`]s.
pub struct NativeDom;

/// A node of the tree; clones share the node.
#[derive(Clone)]
pub struct NativeNode(Rc<RefCell<NodeData>>);

struct NodeData {
    kind: Kind,
    parent: Weak<RefCell<NodeData>>,
    children: Vec<NativeNode>,
}

enum Kind {
    Element { tag: String, attributes: Vec<(String, String)> },
    Text(String),
}

/// Elements that have no end tag.
const VOID_ELEMENTS: &[&str] = &["img", "br", "hr", "input", "meta", "link", "source", "wbr"];

impl NativeNode {
    fn new(kind: Kind) -> NativeNode {
        NativeNode(Rc::new(RefCell::new(NodeData { kind, parent: Weak::new(), children: Vec::new() })))
    }

    /// The node as HTML: its outer markup, or its escaped text.
    pub fn to_html(&self) -> String {
        let mut out = String::new();
        self.write_html(&mut out);
        out
    }

    fn write_html(&self, out: &mut String) {
        let node = self.0.borrow();
        match &node.kind {
            Kind::Text(text) => escape_into(out, text, false),
            Kind::Element { tag, attributes } => {
                out.push('<');
                out.push_str(tag);
                for (name, value) in attributes {
                    out.push(' ');
                    out.push_str(name);
                    out.push_str("=\"");
                    escape_into(out, value, true);
                    out.push('"');
                }
                out.push('>');
                if VOID_ELEMENTS.contains(&tag.as_str()) {
                    return;
                }
                for child in &node.children {
                    child.write_html(out);
                }
                out.push_str("</");
                out.push_str(tag);
                out.push('>');
            }
        }
    }

    /// The node as a JSON tree, for building it without an HTML parser: an element is
    /// `[tag, [[name, value], ...], ...children]` (attributes in order), a text its string.
    #[cfg(feature = "prerender")]
    pub fn to_tree(&self) -> serde_json::Value {
        use serde_json::{json, Value};
        let node = self.0.borrow();
        match &node.kind {
            Kind::Text(text) => Value::String(text.clone()),
            Kind::Element { tag, attributes } => {
                let head = [json!(tag), json!(attributes)];
                Value::Array(head.into_iter().chain(node.children.iter().map(NativeNode::to_tree)).collect())
            }
        }
    }

    fn index_in_parent(&self) -> Option<(NativeNode, usize)> {
        let parent = NativeNode(self.0.borrow().parent.upgrade()?);
        let index = parent.0.borrow().children.iter().position(|child| Rc::ptr_eq(&child.0, &self.0))?;
        Some((parent, index))
    }
}

/// Escapes what the HTML parser would read as markup: `&`, `<`, `>` in text and also `"`
/// in attribute values (which are always double-quoted).
fn escape_into(out: &mut String, text: &str, attribute: bool) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            '\u{a0}' => out.push_str("&nbsp;"),
            _ => out.push(c),
        }
    }
}

impl Dom for NativeDom {
    type Node = NativeNode;
    const RUNS_SCRIPTS: bool = false;

    fn instantiate(&self, skeleton: &'static Skeleton, words: &Words) -> Option<NativeNode> {
        build(self, skeleton, words)
    }

    fn element(&self, tag: &str, _svg: bool) -> Option<NativeNode> {
        Some(NativeNode::new(Kind::Element { tag: tag.to_owned(), attributes: Vec::new() }))
    }

    fn text(&self, text: &str) -> NativeNode {
        NativeNode::new(Kind::Text(text.to_owned()))
    }

    fn set_attribute(&self, node: &NativeNode, name: &str, value: &str) {
        if let Kind::Element { attributes, .. } = &mut node.0.borrow_mut().kind {
            match attributes.iter_mut().find(|(existing, _)| existing == name) {
                Some((_, old)) => *old = value.to_owned(),
                None => attributes.push((name.to_owned(), value.to_owned())),
            }
        }
    }

    fn set_text(&self, node: &NativeNode, text: &str) {
        for child in std::mem::take(&mut node.0.borrow_mut().children) {
            child.0.borrow_mut().parent = Weak::new();
        }
        if !text.is_empty() {
            self.append(node, &self.text(text));
        }
    }

    fn append(&self, parent: &NativeNode, child: &NativeNode) {
        self.remove(child);
        child.0.borrow_mut().parent = Rc::downgrade(&parent.0);
        parent.0.borrow_mut().children.push(child.clone());
    }

    fn remove(&self, node: &NativeNode) {
        if let Some((parent, index)) = node.index_in_parent() {
            parent.0.borrow_mut().children.remove(index);
            node.0.borrow_mut().parent = Weak::new();
        }
    }

    fn first_child(&self, node: &NativeNode) -> Option<NativeNode> {
        node.0.borrow().children.first().cloned()
    }

    fn next_sibling(&self, node: &NativeNode) -> Option<NativeNode> {
        let (parent, index) = node.index_in_parent()?;
        let sibling = parent.0.borrow().children.get(index + 1).cloned();
        sibling
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attribute_values_are_escaped_never_markup() {
        let dom = NativeDom;
        let node = dom.element("p", false).expect("an element");
        dom.set_attribute(&node, "title", r#""><script>x</script>&"#);
        dom.set_text(&node, "<b>&amp;</b>");
        assert_eq!(
            node.to_html(),
            r#"<p title="&quot;&gt;&lt;script&gt;x&lt;/script&gt;&amp;">&lt;b&gt;&amp;amp;&lt;/b&gt;</p>"#
        );
    }

    #[test]
    fn removing_and_reading_siblings_follow_the_tree() {
        let dom = NativeDom;
        let list = dom.element("ul", false).expect("an element");
        let items: Vec<NativeNode> = (0..3).map(|_| dom.element("li", false).expect("an element")).collect();
        for item in &items {
            dom.append(&list, item);
        }
        dom.remove(&items[1]);
        assert!(dom.next_sibling(&items[0]).is_some_and(|next| Rc::ptr_eq(&next.0, &items[2].0)));
        assert_eq!(list.to_html(), "<ul><li></li><li></li></ul>");
    }
}
