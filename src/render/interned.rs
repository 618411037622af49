//! Strings handed to the DOM for every card: the attribute names and the fixed values the
//! markup fills into each clone. Interned once, each later use passes a cached JS string
//! instead of decoding UTF-8 again (decoding was the largest single cost of mounting many
//! cards). The skeletons' own tags, classes and texts cross once per page, when each
//! skeleton is built, so they need no interning.

use crate::model::provider::MONOGRAM_PALETTE_SIZE;
use crate::model::template::fill;
use crate::model::{Word, Words};

const ATTRIBUTES: &[&str] = &[
    "aria-labelledby",
    "data-index",
    "data-category",
    "data-type",
    "data-quality",
    "data-heat",
    "data-published",
    "id",
    "href",
    "target",
    "class",
    "datetime",
    "data-state",
    "src",
    "width",
    "height",
    "alt",
    "aria-label",
    "aria-expanded",
    "aria-controls",
    "hidden",
    "data-theme",
    "data-layout",
    "viewBox",
    "dir",
];

const VALUES: &[&str] = &[
    "true",
    "false",
    "_self",
    "_blank",
    "hidden",
    "waiting",
    "loading",
    "loaded",
    "error",
    "full",
    "compact",
    "light",
    "dark",
    "ac-figure__frame ac-figure__frame--unsized",
    "ltr",
    "rtl",
];

/// Interns the strings above. Needs wasm-bindgen's `enable-interning` feature to have effect.
pub fn intern_common_strings() {
    for text in ATTRIBUTES.iter().chain(VALUES) {
        wasm_bindgen::intern(text);
    }
    for index in 0..MONOGRAM_PALETTE_SIZE {
        wasm_bindgen::intern(&format!("ac-monogram ac-monogram--{index}"));
    }
    // The related panel's count and label for the counts most cards have, in the default words.
    let words = Words::default();
    for count in 1..=5 {
        let text = count.to_string();
        let value = [("count", text.as_str())];
        wasm_bindgen::intern(&fill(words.get(Word::RelatedCount), &value));
        if count <= 3 {
            wasm_bindgen::intern(&fill(words.get(Word::RelatedResearchFor), &value));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ATTRIBUTES;

    /// Every attribute name the markup sets is interned: a new one must be added here. The
    /// sources are every file of `src/render/`, found when the test runs (a new markup file
    /// is checked without being listed).
    #[test]
    fn every_attribute_name_set_by_the_markup_is_interned() {
        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/render");
        let sources: Vec<String> = std::fs::read_dir(&folder)
            .expect("src/render/ is readable")
            .map(|entry| entry.expect("a directory entry").path())
            .filter(|path| path.extension().is_some_and(|extension| extension == "rs"))
            .filter(|path| !path.ends_with("interned.rs"))
            .map(|path| std::fs::read_to_string(path).expect("a source file"))
            .collect();
        assert!(sources.len() >= 4, "the markup files were found ({})", sources.len());
        let mut checked = 0;
        for source in &sources {
            for call in source.split("set_attribute(").skip(1) {
                // The name is the call's first string literal, if the call has one.
                let arguments = call.split(')').next().unwrap_or_default();
                let Some(name) = arguments.split('"').nth(1).filter(|_| !call.starts_with("&node")) else { continue };
                assert!(ATTRIBUTES.contains(&name), "{name} is not interned");
                checked += 1;
            }
        }
        assert!(checked > 20, "the check found the calls ({checked})");
    }
}
