//! The one formatting rule for the card's words: `{name}` in a word's text is a placeholder
//! (ASCII letters between braces); everything else is literal text, braces included. Values
//! are inserted as they are, never read for placeholders again.

/// A part of a word's text: literal text, or a placeholder's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    Slot(&'a str),
}

/// The word's text as literal text and placeholders, in order (no empty texts).
pub fn pieces(template: &str) -> Vec<Piece<'_>> {
    let mut pieces = Vec::new();
    let (mut text_start, mut at) = (0, 0);
    while let Some(open) = template[at..].find('{').map(|found| at + found) {
        let after = &template[open + 1..];
        let name_len = after.bytes().take_while(u8::is_ascii_alphabetic).count();
        if name_len > 0 && after.as_bytes().get(name_len) == Some(&b'}') {
            if open > text_start {
                pieces.push(Piece::Text(&template[text_start..open]));
            }
            pieces.push(Piece::Slot(&after[..name_len]));
            text_start = open + name_len + 2;
            at = text_start;
        } else {
            at = open + 1;
        }
    }
    if text_start < template.len() {
        pieces.push(Piece::Text(&template[text_start..]));
    }
    pieces
}

/// The word's text with each placeholder named in `values` replaced by its value; other
/// placeholders stay as written.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    for piece in pieces(template) {
        match piece {
            Piece::Text(text) => out.push_str(text),
            Piece::Slot(name) => match values.iter().find(|(key, _)| *key == name) {
                Some((_, value)) => out.push_str(value),
                None => {
                    out.push('{');
                    out.push_str(name);
                    out.push('}');
                }
            },
        }
    }
    out
}

/// The text before and after the first `{slot}`, for words whose value is a node of its own
/// (a topic's name, a link's host). Without the placeholder, all of it comes before.
pub fn around<'a>(template: &'a str, slot: &str) -> (&'a str, &'a str) {
    let mut at = 0;
    for piece in pieces(template) {
        match piece {
            Piece::Slot(name) if name == slot => return (&template[..at], &template[at + name.len() + 2..]),
            Piece::Slot(name) => at += name.len() + 2,
            Piece::Text(text) => at += text.len(),
        }
    }
    (template, "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled_and_other_braces_kept() {
        assert_eq!(fill("Related research ({count})", &[("count", "3")]), "Related research (3)");
        assert_eq!(fill("{name}に関するカードを表示", &[("name", "AI")]), "AIに関するカードを表示");
        assert_eq!(fill("{a}{b}", &[("a", "1"), ("b", "2")]), "12");
        assert_eq!(fill("{unknown} and {count}", &[("count", "1")]), "{unknown} and 1");
        assert_eq!(fill("{ count } {} {1} {", &[("count", "1")]), "{ count } {} {1} {");
        assert_eq!(fill("{{count}}", &[("count", "1")]), "{1}");
        // A value is inserted as it is, never read for placeholders.
        assert_eq!(fill("{name}", &[("name", "{name}<img>")]), "{name}<img>");
    }

    #[test]
    fn text_around_a_slot() {
        assert_eq!(around("Show cards about {name}", "name"), ("Show cards about ", ""));
        assert_eq!(around("显示关于{name}的卡片", "name"), ("显示关于", "的卡片"));
        assert_eq!(around("{name}に関するカードを表示", "name"), ("", "に関するカードを表示"));
        assert_eq!(around("Topic:", "name"), ("Topic:", ""));
        assert_eq!(around("{{name}} {name}", "name"), ("{", "} {name}"));
    }
}
