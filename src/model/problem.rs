//! Problems found while validating host input, each with the JSON path it concerns.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// The record cannot be shown as a card.
    Error,
    /// An optional field was dropped; the card still renders.
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Path inside the record, such as `related[0].images[0].width`; empty for the record itself.
    pub path: String,
    pub message: String,
    pub severity: Severity,
}

/// A location in a JSON tree, built on the stack while validating so that the path text is
/// only written out when there is a problem to report.
#[derive(Clone, Copy)]
pub enum JsonPath<'a> {
    Root,
    Key(&'a JsonPath<'a>, &'a str),
    Index(&'a JsonPath<'a>, usize),
}

impl<'a> JsonPath<'a> {
    pub fn key(&'a self, key: &'a str) -> JsonPath<'a> {
        JsonPath::Key(self, key)
    }

    pub fn index(&'a self, index: usize) -> JsonPath<'a> {
        JsonPath::Index(self, index)
    }
}

impl fmt::Display for JsonPath<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            JsonPath::Root => Ok(()),
            JsonPath::Key(JsonPath::Root, key) => f.write_str(key),
            JsonPath::Key(parent, key) => write!(f, "{parent}.{key}"),
            JsonPath::Index(parent, index) => write!(f, "{parent}[{index}]"),
        }
    }
}

/// Collects the problems of one record.
#[derive(Default)]
pub struct Problems(pub Vec<Problem>);

impl Problems {
    pub fn warn(&mut self, path: &JsonPath, message: impl Into<String>) {
        self.push(path, message.into(), Severity::Warning);
    }

    pub fn error(&mut self, path: &JsonPath, message: impl Into<String>) {
        self.push(path, message.into(), Severity::Error);
    }

    fn push(&mut self, path: &JsonPath, message: String, severity: Severity) {
        self.0.push(Problem { path: path.to_string(), message, severity });
    }

    pub fn has_errors(&self) -> bool {
        self.0.iter().any(|p| p.severity == Severity::Error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_read_like_javascript_accessors() {
        let root = JsonPath::Root;
        let related = root.key("related");
        let first = related.index(0);
        let images = first.key("images");
        let image = images.index(2);
        assert_eq!(image.key("width").to_string(), "related[0].images[2].width");
        assert_eq!(root.key("title").to_string(), "title");
        assert_eq!(root.to_string(), "");
    }
}
