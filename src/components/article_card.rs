//! One article card: an `<article>` named by its title, with the provider badge, date,
//! excerpt, topic chips, figure and related panel. Signals are data attributes for host CSS.

use std::rc::Rc;

use yew::prelude::*;

use super::card_event::{CardAction, CardEvent};
use super::lazy_figure::LazyFigure;
use super::provider_badge::provider_badge;
use super::published_date::published_date;
use super::related_panel::RelatedPanel;
use super::signal_list::signal_list;
use super::topic_chips::topic_chips;
use crate::intl::{current_time, DateLocale};
use crate::model::fingerprint::fingerprint;
use crate::model::{CardOptions, Record, Timestamp};

#[derive(Properties, PartialEq)]
pub struct ArticleCardProps {
    pub record: Rc<Record>,
    /// Position of the record in the host's array, reported in events.
    #[prop_or_default]
    pub index: usize,
    #[prop_or_default]
    pub options: Rc<CardOptions>,
    /// Keeps element ids unique when several card lists share a page.
    #[prop_or(AttrValue::Static("ac"))]
    pub id_prefix: AttrValue,
    #[prop_or_default]
    pub on_event: Callback<CardEvent>,
    /// Fallbacks for readers without JavaScript, for prerendered cards.
    #[prop_or_default]
    pub no_script_fallbacks: bool,
}

#[component]
pub fn ArticleCard(props: &ArticleCardProps) -> Html {
    let card_ref = use_node_ref();
    let record = &props.record;
    let options = &props.options;
    let emit = {
        let (index, record, card_ref, on_event) = (props.index, record.clone(), card_ref.clone(), props.on_event.clone());
        Callback::from(move |action: CardAction| {
            let card = card_ref.cast::<web_sys::Element>();
            on_event.emit(CardEvent { index, record: record.clone(), card, action });
        })
    };
    let figure = record.figure();

    let id = format!("{}-{:08x}", props.id_prefix, fingerprint(record.web_url.as_str()));
    let title_id = format!("{id}-title");
    let now: Timestamp = options.now.unwrap_or_else(current_time);
    let locale = DateLocale { locale: options.locale.clone(), time_zone: options.time_zone.clone() };
    let heading = format!("h{}", options.heading_level.clamp(2, 6));
    let signals = &record.signals;

    html! {
        <article ref={card_ref} class="ac-card" aria-labelledby={title_id.clone()}
            data-index={props.index.to_string()}
            data-category={signals.category.clone()}
            data-type={signals.kind.clone()}
            data-quality={signals.quality.map(|q| q.to_string())}
            data-heat={signals.heat.map(|h| h.to_string())}
            data-published={signals.published.map(|p| p.to_string())}>
            <div class="ac-card__body">
                <div class="ac-card__main">
                    <div class="ac-card__meta">
                        { provider_badge(record.provider.as_ref(), record.web_url.host()) }
                        if let Some(at) = record.published_at {
                            { published_date(at, now, &locale) }
                        }
                    </div>
                    <@{heading} class="ac-card__title" id={title_id} dir="auto">
                        <a class="ac-card__link" href={record.web_url.as_str().to_owned()}
                            rel="noopener noreferrer" target={options.link_target.as_attribute()}
                            onclick={emit.reform(CardAction::Open)}>{ &record.title }</a>
                    </@>
                    if let Some(excerpt) = &record.excerpt {
                        <p class="ac-card__excerpt" dir="auto">{ excerpt }</p>
                    }
                    { topic_chips(&record.topics, &emit.reform(CardAction::Topic)) }
                    if options.show_signals {
                        { signal_list(signals) }
                    }
                </div>
                if let Some(figure) = figure {
                    <LazyFigure image={figure.image.clone()} source={AttrValue::from(figure.source.to_owned())}
                        no_script_fallback={props.no_script_fallbacks}
                        on_state={{
                            let url = AttrValue::from(figure.image.url.as_str().to_owned());
                            emit.reform(move |state| CardAction::Figure { state, url: url.clone() })
                        }} />
                }
            </div>
            <RelatedPanel items={record.related.clone()} panel_id={format!("{id}-related")}
                open_initially={options.related_open} link_target={options.link_target}
                {now} {locale} on_toggle={emit.reform(|open| CardAction::Related { open })} />
        </article>
    }
}
