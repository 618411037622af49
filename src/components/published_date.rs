//! A publication date as `<time datetime>`: the localised date and how long ago it was.

use yew::prelude::*;

use crate::intl::{absolute_date, relative_date, DateLocale};
use crate::model::Timestamp;

#[derive(Properties, PartialEq)]
pub struct PublishedDateProps {
    pub at: Timestamp,
    /// What "ago" is measured from.
    pub now: Timestamp,
    pub locale: DateLocale,
}

#[component]
pub fn PublishedDate(props: &PublishedDateProps) -> Html {
    let absolute = absolute_date(props.at, &props.locale);
    let relative = relative_date(props.at.relative_to(props.now), &props.locale);
    html! {
        <time class="ac-date" datetime={props.at.to_iso_utc()}>
            <span class="ac-date__absolute">{ absolute }</span>
            <span class="ac-date__relative">{ relative }</span>
        </time>
    }
}
