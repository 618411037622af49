//! A publication date as `<time datetime>`: the localised date and how long ago it was.
//! A plain view function: it holds no state.

use yew::prelude::*;

use crate::intl::{absolute_date, relative_date, DateLocale};
use crate::model::Timestamp;

/// `now` is what "ago" is measured from.
pub fn published_date(at: Timestamp, now: Timestamp, locale: &DateLocale) -> Html {
    let absolute = absolute_date(at, locale);
    let relative = relative_date(at.relative_to(now), locale);
    html! {
        <time class="ac-date" datetime={at.to_iso_utc()}>
            <span class="ac-date__absolute">{ absolute }</span>
            <span class="ac-date__relative">{ relative }</span>
        </time>
    }
}
