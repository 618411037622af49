//! Strings the views hand to the DOM thousands of times (tag names, class names, fixed
//! attribute values). Interned once, each later use passes a cached JS string instead of
//! decoding UTF-8 again: decoding was the largest single cost of mounting many cards.

use crate::model::provider::MONOGRAM_PALETTE_SIZE;

const TAGS: &[&str] = &[
    "article", "div", "span", "h2", "h3", "h4", "h5", "h6", "a", "p", "ul", "li", "button", "time", "figure",
    "figcaption", "img", "svg", "section", "dl", "dt", "dd",
];

const CLASSES: &[&str] = &[
    "ac-root", "ac-list", "ac-card", "ac-card__body", "ac-card__main", "ac-card__meta", "ac-card__title",
    "ac-card__link", "ac-card__excerpt", "ac-provider", "ac-provider__text", "ac-provider__name",
    "ac-provider__domain", "ac-provider__real-host", "ac-visually-hidden", "ac-date", "ac-date__absolute",
    "ac-date__relative", "ac-topics", "ac-chip", "ac-signals", "ac-signals__item", "ac-figure",
    "ac-figure__frame", "ac-figure__frame ac-figure__frame--unsized", "ac-figure__ratio", "ac-figure__image", "ac-figure__fallback",
    "ac-figure__caption", "ac-related", "ac-related__toggle", "ac-related__label", "ac-related__count",
    "ac-related__chevron", "ac-related__panel", "ac-related__list", "ac-related__item", "ac-related__link",
    "ac-related__meta", "ac-related__provider", "ac-related__kind", "ac-related__excerpt",
];

const VALUES: &[&str] = &[
    "true", "false", "auto", "button", "noopener noreferrer", "_self", "_blank", "no-referrer", "async", "Topics",
    "waiting", "loading", "loaded", "error", "full", "compact", "light", "dark", "Show cards about ", "Related research",
    "Figure: ", "Image unavailable", "Link goes to ", "→ ",
];

/// Interns the strings above. Needs wasm-bindgen's `enable-interning` feature to have effect.
pub fn intern_common_strings() {
    for text in TAGS.iter().chain(CLASSES).chain(VALUES) {
        wasm_bindgen::intern(text);
    }
    for index in 0..MONOGRAM_PALETTE_SIZE {
        wasm_bindgen::intern(&format!("ac-monogram ac-monogram--{index}"));
    }
}

#[cfg(test)]
mod tests {
    use super::CLASSES;

    /// Every class name written in a component is interned: a new one must be added here.
    #[test]
    fn every_class_name_in_the_components_is_interned() {
        let sources = [
            include_str!("article_card.rs"),
            include_str!("card_list.rs"),
            include_str!("lazy_figure.rs"),
            include_str!("provider_badge.rs"),
            include_str!("published_date.rs"),
            include_str!("related_panel.rs"),
            include_str!("signal_list.rs"),
            include_str!("topic_chips.rs"),
        ];
        for source in sources {
            for literal in source.split('"').skip(1).step_by(2).filter(|s| s.starts_with("ac-") && !s.ends_with('-')) {
                let literal = literal.split_whitespace().next().unwrap_or(literal);
                if !literal.starts_with("ac-monogram") {
                    assert!(CLASSES.iter().any(|c| c.split_whitespace().any(|part| part == literal)), "{literal} is not interned");
                }
            }
        }
    }
}
