//! The list of cards, keyed by `webUrl` so that an update keeps the state of cards that
//! remain (open panel, loaded figure, focus) and moves rather than re-creates them.

use std::rc::Rc;

use yew::prelude::*;

use super::article_card::ArticleCard;
use super::card_event::CardEvent;
use crate::model::{CardEntry, CardOptions, Layout, Theme};

#[derive(Properties, PartialEq, Clone)]
pub struct CardListProps {
    /// Validated records; `webUrl`s are unique (the model removes duplicates).
    pub cards: Rc<[CardEntry]>,
    #[prop_or_default]
    pub options: Rc<CardOptions>,
    #[prop_or(AttrValue::Static("ac"))]
    pub id_prefix: AttrValue,
    #[prop_or_default]
    pub on_event: Callback<CardEvent>,
    /// Set when prerendering, and when hydrating what was prerendered: adds what readers
    /// without JavaScript need (see `LazyFigure`).
    #[prop_or_default]
    pub no_script_fallbacks: bool,
}

#[component]
pub fn CardList(props: &CardListProps) -> Html {
    let theme = match props.options.theme {
        Theme::Auto => None,
        Theme::Light => Some("light"),
        Theme::Dark => Some("dark"),
    };
    let layout = match props.options.layout {
        Layout::Full => "full",
        Layout::Compact => "compact",
    };
    html! {
        <div class="ac-root" data-theme={theme} data-layout={layout}>
            // Keyed by the prefix: a list reused for another mount starts afresh.
            <div class="ac-list" key={props.id_prefix.as_str()}>
                { for props.cards.iter().map(|entry| html! {
                    <ArticleCard key={entry.record.web_url.as_str()}
                        record={entry.record.clone()}
                        index={entry.index}
                        options={props.options.clone()}
                        id_prefix={props.id_prefix.clone()}
                        on_event={props.on_event.clone()}
                        no_script_fallbacks={props.no_script_fallbacks} />
                }) }
            </div>
        </div>
    }
}
