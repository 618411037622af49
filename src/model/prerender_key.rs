//! The key of a prerendered card list: a hash of everything that shapes its markup (the
//! validated cards, the options that change elements, the crate version, and the markup
//! revision that `build.rs` derives from the component sources and the Yew version). The prerender
//! tool writes it on the list; the browser hydrates the list only when its own records and
//! options give the same key, because Yew's hydration panics on markup of another shape.
//! Locale, time zone and `now` are left out: they change text only, which hydration
//! rewrites anyway; so are the records' positions in the host's array, which only appear in
//! attributes (`data-index`), which hydration also rewrites.

use std::hash::{Hash, Hasher};

use super::feed::CardEntry;
use super::options::CardOptions;

/// `"<version>-<16 hex digits>"`, the same natively and in wasm.
pub fn prerender_key(cards: &[CardEntry], options: &CardOptions) -> String {
    let mut hasher = StableHasher::default();
    for entry in cards {
        entry.record.hash(&mut hasher);
    }
    (options.theme, options.layout, options.heading_level, options.related_open, options.link_target, options.show_signals)
        .hash(&mut hasher);
    env!("ARTICLE_CARDS_MARKUP_REVISION").hash(&mut hasher);
    format!("{}-{:016x}", env!("CARGO_PKG_VERSION"), hasher.finish())
}

/// 64-bit FNV-1a that feeds `usize`s as 64-bit numbers, so a 32-bit wasm build and a 64-bit
/// native build hash the same values alike (std's hashers make no such promise).
struct StableHasher(u64);

impl Default for StableHasher {
    fn default() -> Self {
        StableHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for StableHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    fn write_usize(&mut self, n: usize) {
        self.write(&(n as u64).to_le_bytes());
    }

    fn write_isize(&mut self, n: isize) {
        self.write(&(n as i64).to_le_bytes());
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{validate_feed, JsonValue, Layout, LinkTarget, Theme};

    fn seed_cards() -> Vec<CardEntry> {
        let text = include_str!("../../tests/fixtures/seed-record.json");
        let record: JsonValue = serde_json::from_str(text).expect("the seed fixture is JSON");
        validate_feed(vec![Ok(record)]).cards
    }

    #[test]
    fn same_records_and_options_give_the_same_key() {
        let options = CardOptions::default();
        assert_eq!(prerender_key(&seed_cards(), &options), prerender_key(&seed_cards(), &options));
        assert!(prerender_key(&seed_cards(), &options).starts_with(concat!(env!("CARGO_PKG_VERSION"), "-")));
    }

    #[test]
    fn text_only_options_do_not_change_the_key() {
        let plain = CardOptions::default();
        let localised = CardOptions {
            locale: Some("de-DE".into()),
            time_zone: Some("Europe/Berlin".into()),
            now: crate::model::Timestamp::parse("2030-01-01T00:00:00Z"),
            ..CardOptions::default()
        };
        assert_eq!(prerender_key(&seed_cards(), &plain), prerender_key(&seed_cards(), &localised));
    }

    #[test]
    fn markup_shaping_options_and_records_change_the_key() {
        let cards = seed_cards();
        let plain = prerender_key(&cards, &CardOptions::default());
        for options in [
            CardOptions { related_open: true, ..CardOptions::default() },
            CardOptions { show_signals: true, ..CardOptions::default() },
            CardOptions { heading_level: 2, ..CardOptions::default() },
            CardOptions { layout: Layout::Compact, ..CardOptions::default() },
            CardOptions { theme: Theme::Dark, ..CardOptions::default() },
            CardOptions { link_target: LinkTarget::NewTab, ..CardOptions::default() },
        ] {
            assert_ne!(prerender_key(&cards, &options), plain, "{options:?}");
        }
        let mut retitled = (*cards[0].record).clone();
        retitled.title.push('!');
        let changed = vec![CardEntry { index: 0, record: retitled.into() }];
        assert_ne!(prerender_key(&changed, &CardOptions::default()), plain);
        assert_ne!(prerender_key(&[], &CardOptions::default()), plain);
    }
}
