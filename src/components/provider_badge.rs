//! The provider badge: a coloured monogram, the provider's name and domain, and the real
//! host of the link when it is not the provider's (readers must see where a link goes).
//! A plain view function, not a component: it holds no state, and a component per badge
//! would cost every card a scheduler round.

use yew::prelude::*;

use crate::model::Provider;

/// `link_host` is the host of the card's link.
pub fn provider_badge(provider: Option<&Provider>, link_host: &str) -> Html {
    let fallback = Provider::new(None, Some(link_host.to_owned()));
    let provider = provider.unwrap_or(&fallback);
    let monogram_class = format!("ac-monogram ac-monogram--{}", provider.palette_index());
    let domain = provider.domain.as_deref().filter(|domain| Some(*domain) != provider.label());
    let foreign_host = provider.is_foreign_host(link_host).then(|| link_host.to_owned());
    html! {
        <div class="ac-provider">
            <span class={monogram_class} aria-hidden="true">{ provider.monogram() }</span>
            <span class="ac-provider__text">
                <span class="ac-provider__name" dir="auto">{ provider.label().unwrap_or_default() }</span>
                if let Some(domain) = domain {
                    <span class="ac-provider__domain">{ domain }</span>
                }
                if let Some(host) = foreign_host {
                    <span class="ac-provider__real-host">
                        <span class="ac-visually-hidden">{ "Link goes to " }</span>
                        <span aria-hidden="true">{ "→ " }</span>{ host }
                    </span>
                }
            </span>
        </div>
    }
}
