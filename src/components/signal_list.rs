//! Ranking signals (category, type, quality, heat, published), shown only when the host
//! asks for them with the `showSignals` option. A plain view function: it holds no state.

use yew::prelude::*;

use crate::model::Signals;

pub fn signal_list(signals: &Signals) -> Html {
    let entries: Vec<(&str, String)> = [
        ("Category", signals.category.clone()),
        ("Type", signals.kind.clone()),
        ("Quality", signals.quality.map(|q| q.to_string())),
        ("Heat", signals.heat.map(|h| h.to_string())),
        ("Published", signals.published.map(|p| if p { "yes" } else { "no" }.to_owned())),
    ]
    .into_iter()
    .filter_map(|(name, value)| Some((name, value?)))
    .collect();
    if entries.is_empty() {
        return Html::default();
    }
    html! {
        <dl class="ac-signals">
            { for entries.into_iter().map(|(name, value)| html! {
                <div class="ac-signals__item" key={name}>
                    <dt>{ name }</dt>
                    <dd dir="auto">{ value }</dd>
                </div>
            }) }
        </dl>
    }
}
