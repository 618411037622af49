//! Validated records: what a card shows, with every field already checked and cleaned.
//! Views take these and never see raw host JSON. Lists are `Rc<[_]>` so that views can
//! hold them as props without copying. Compact, since every record of a feed stays in
//! memory while its card is shown: texts are `Box<str>` (no spare capacity), and values that
//! repeat across records are `Rc<str>` shared within the feed (`shared_strings.rs`).

use std::ops::Deref;
use std::rc::Rc;

use super::provider::Provider;
use super::safe_url::SafeUrl;
use super::timestamp::Timestamp;

/// What a record and each of its related items both are: an article, read by one function
/// (`validate::read_article`). A record adds its signals, topics, related items and
/// `secured`, and reads as its article through `Deref` (`record.title`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Article {
    /// Trimmed, never empty.
    pub title: Box<str>,
    pub web_url: SafeUrl,
    /// As displayed: with an ellipsis where the feed cut it mid-sentence.
    pub excerpt: Option<Box<str>>,
    pub published_at: Option<Timestamp>,
    /// The record's `type`.
    pub kind: Option<Rc<str>>,
    pub provider: Option<Provider>,
    pub quality: Option<i32>,
    pub images: Box<[Image]>,
}

// A feed's articles, each record's and its related items', stay in memory while their cards
// are shown (about 3,000 for 1,000 cards in the benchmark): 80 bytes each in WebAssembly,
// with the 8-byte `Option<Timestamp>` and `SafeUrl`'s `u16` host range (96 before them).
#[cfg(target_arch = "wasm32")]
const _: () = assert!(std::mem::size_of::<Article>() == 80);

/// A related item is an article and nothing more.
pub type RelatedItem = Article;

/// `Eq` matters beyond tests: `Rc<Record>` props then compare by pointer first, so a card
/// whose record did not change skips its re-render without comparing every field.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Record {
    pub article: Article,
    pub signals: Signals,
    pub topics: Rc<[Rc<str>]>,
    pub related: Rc<[RelatedItem]>,
    /// Opaque; handed back to the host in events, never rendered.
    pub secured: Option<Box<str>>,
}

impl Deref for Record {
    type Target = Article;

    fn deref(&self) -> &Article {
        &self.article
    }
}

/// The ranking and labelling fields only a record has; with the article's `type` and
/// `quality`, exposed to host CSS as data attributes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Signals {
    pub category: Option<Rc<str>>,
    pub heat: Option<i32>,
    pub published: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Image {
    pub url: SafeUrl,
    pub width: Option<u32>,
    pub height: Option<u32>,
    pub alt: Option<Box<str>>,
}

/// The image a card shows and whose it is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figure<'a> {
    pub image: &'a Image,
    /// Named in the caption: the provider of the item the image belongs to, else its host.
    pub source: &'a str,
}

impl Record {
    /// The first image of the record, else the first image of its related items.
    pub fn figure(&self) -> Option<Figure<'_>> {
        let own = self.images.first().map(|image| (image, self.provider.as_ref()));
        let from_related =
            || self.related.iter().find_map(|item| item.images.first().map(|image| (image, item.provider.as_ref())));
        own.or_else(from_related).map(|(image, provider)| Figure {
            image,
            source: provider.and_then(Provider::label).unwrap_or_else(|| image.url.host()),
        })
    }
}
