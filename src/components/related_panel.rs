//! The related-research disclosure: a button that says what it opens and how many items,
//! and the list of related items (title link, provider, date), closed by default.

use std::rc::Rc;

use yew::prelude::*;

use super::published_date::published_date;
use crate::intl::DateLocale;
use crate::model::{LinkTarget, RelatedItem, Timestamp};

#[derive(Properties, PartialEq)]
pub struct RelatedPanelProps {
    pub items: Rc<[RelatedItem]>,
    /// Unique in the page; the panel's id, referenced by `aria-controls`.
    pub panel_id: AttrValue,
    #[prop_or_default]
    pub open_initially: bool,
    pub link_target: LinkTarget,
    pub now: Timestamp,
    pub locale: DateLocale,
    #[prop_or_default]
    pub on_toggle: Callback<bool>,
}

#[component]
pub fn RelatedPanel(props: &RelatedPanelProps) -> Html {
    let open = use_state_eq(|| props.open_initially);
    {
        // A host that changes the relatedOpen option means it for every card.
        let open = open.clone();
        use_effect_with(props.open_initially, move |&wanted| open.set(wanted));
    }
    if props.items.is_empty() {
        return Html::default();
    }
    let toggle = {
        let open = open.clone();
        let on_toggle = props.on_toggle.clone();
        Callback::from(move |_: MouseEvent| {
            let now_open = !*open;
            open.set(now_open);
            on_toggle.emit(now_open);
        })
    };
    let count = props.items.len();
    html! {
        <section class="ac-related" aria-label={format!("Related research for this article ({count})")}>
            <button type="button" class="ac-related__toggle" aria-expanded={open.to_string()}
                aria-controls={props.panel_id.clone()} onclick={toggle}>
                <span class="ac-related__label">{ "Related research" }</span>
                <span class="ac-related__count">{ format!("({count})") }</span>
                <span class="ac-related__chevron" aria-hidden="true"></span>
            </button>
            <div class="ac-related__panel" id={props.panel_id.clone()} hidden={!*open}>
                <ul class="ac-related__list">
                    { for props.items.iter().map(|item| related_item(item, props)) }
                </ul>
            </div>
        </section>
    }
}

fn related_item(item: &RelatedItem, props: &RelatedPanelProps) -> Html {
    let provider = item.provider.as_ref().and_then(|p| p.label()).unwrap_or_else(|| item.web_url.host()).to_owned();
    html! {
        <li class="ac-related__item" key={item.web_url.as_str()}>
            <a class="ac-related__link" href={item.web_url.as_str().to_owned()} dir="auto"
                rel="noopener noreferrer" target={props.link_target.as_attribute()}>{ &item.title }</a>
            <div class="ac-related__meta">
                <span class="ac-related__provider" dir="auto">{ provider }</span>
                if let Some(kind) = &item.kind {
                    <span class="ac-related__kind">{ kind }</span>
                }
                if let Some(at) = item.published_at {
                    { published_date(at, props.now, &props.locale) }
                }
            </div>
            if let Some(excerpt) = &item.excerpt {
                <p class="ac-related__excerpt" dir="auto">{ excerpt }</p>
            }
        </li>
    }
}
