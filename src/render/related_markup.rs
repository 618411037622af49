//! The related-research disclosure: a button that says what it opens and how many items,
//! and the list of related items (title link, provider, kind, date, excerpt).

use super::card_markup::CardInput;
use super::dom::Dom;
use super::meta_markup::{fill_date, DATE};
use super::skeleton::{children_of, html, Skeleton};
use crate::model::template::fill;
use crate::model::{Choice, RelatedItem, Word};

/// On the related panel while it is closed.
pub const CLOSED_ATTRIBUTE: &str = "hidden";

pub const RELATED: Skeleton = html(
    "section",
    &[("class", "ac-related")],
    &[
        html(
            "button",
            &[("type", "button"), ("class", "ac-related__toggle")],
            &[
                html("span", &[("class", "ac-related__label")], &[Skeleton::Word(Word::RelatedResearch)]),
                html("span", &[("class", "ac-related__count")], &[]),
                html("span", &[("class", "ac-related__chevron"), ("aria-hidden", "true")], &[]),
            ],
        ),
        html("div", &[("class", "ac-related__panel")], &[html("ul", &[("class", "ac-related__list")], &[])]),
    ],
);

static ITEM: Skeleton = html(
    "li",
    &[("class", "ac-related__item")],
    &[
        html("a", &[("class", "ac-related__link"), ("dir", "auto"), ("rel", "noopener noreferrer")], &[]),
        html(
            "div",
            &[("class", "ac-related__meta")],
            &[
                html("span", &[("class", "ac-related__provider"), ("dir", "auto")], &[]),
                html("span", &[("class", "ac-related__kind")], &[]),
                DATE,
            ],
        ),
        html("p", &[("class", "ac-related__excerpt"), ("dir", "auto")], &[]),
    ],
);

/// Fills a clone of [`RELATED`] with `items` (not empty); `panel_id` is unique in the page.
pub fn fill_related<D: Dom>(
    dom: &D,
    section: &D::Node,
    items: &[RelatedItem],
    panel_id: &str,
    input: &CardInput,
) -> Option<()> {
    let count = items.len().to_string();
    let count = [("count", count.as_str())];
    dom.set_attribute(section, "aria-label", &fill(input.words.get(Word::RelatedResearchFor), &count));
    let [toggle, panel] = children_of(dom, section)?;
    let open = input.state.related_open;
    dom.set_attribute(&toggle, "aria-expanded", if open { "true" } else { "false" });
    dom.set_attribute(&toggle, "aria-controls", panel_id);
    let [_, count_node] = children_of(dom, &toggle)?;
    dom.set_text(&count_node, &fill(input.words.get(Word::RelatedCount), &count));
    dom.set_attribute(&panel, "id", panel_id);
    if !open {
        dom.set_attribute(&panel, CLOSED_ATTRIBUTE, CLOSED_ATTRIBUTE);
    }
    let list = dom.first_child(&panel)?;
    for item in items {
        dom.append(&list, &related_item(dom, item, input)?);
    }
    Some(())
}

fn related_item<D: Dom>(dom: &D, item: &RelatedItem, input: &CardInput) -> Option<D::Node> {
    let node = dom.instantiate(&ITEM, input.words)?;
    let [link, meta, excerpt] = children_of(dom, &node)?;
    dom.set_attribute(&link, "href", item.web_url.as_str());
    dom.set_attribute(&link, "target", input.options.link_target.name());
    dom.set_text(&link, &item.title);
    let [provider, kind, date] = children_of(dom, &meta)?;
    let provider_name = item.provider.as_ref().and_then(|p| p.label()).unwrap_or_else(|| item.web_url.host());
    dom.set_text(&provider, provider_name);
    match &item.kind {
        Some(text) => dom.set_text(&kind, text),
        None => dom.remove(&kind),
    }
    match item.published_at {
        Some(at) => fill_date(dom, &date, at, input.now, input.locale)?,
        None => dom.remove(&date),
    }
    match &item.excerpt {
        Some(text) => dom.set_text(&excerpt, text),
        None => dom.remove(&excerpt),
    }
    Some(node)
}
