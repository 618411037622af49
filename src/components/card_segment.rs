//! A run of up to [`SEGMENT_LEN`] consecutive cards of a list, keyed by `webUrl`. A long
//! feed arrives a step at a time (`host::feeding`); cutting the list into segments means a
//! step re-diffs only the segment it grows, and (after the first, whose cards sit in the
//! `.ac-list` grid itself) the browser lays out only that segment's grid, `.ac-segment`,
//! not every card shown so far.

use std::rc::Rc;

use yew::prelude::*;

use super::article_card::{ArticleCardProps, ListedCard};
use super::card_event::CardEvent;
use super::card_list::CardListContext;
use crate::model::{CardEntry, CardOptions};

/// Cards per segment. A list this long or shorter is one keyed list in one grid, so every
/// reorder keeps each card's node; in longer lists a card that moves to another segment is
/// rendered afresh. Divisible by every column count from 1 to 8, so each segment ends with
/// a full row and the next one's grid continues the columns without a gap.
pub const SEGMENT_LEN: usize = 1680;

#[derive(Properties, PartialEq, Clone)]
pub struct CardSegmentProps {
    /// The segment's place in the list: the first one is not wrapped.
    pub number: usize,
    pub cards: Rc<[CardEntry]>,
    pub options: Rc<CardOptions>,
    pub id_prefix: AttrValue,
    pub on_event: Callback<CardEvent>,
    pub no_script_fallbacks: bool,
    pub list: CardListContext,
}

#[component]
pub fn CardSegment(props: &CardSegmentProps) -> Html {
    let cards: Html = props
        .cards
        .iter()
        .map(|entry| {
            let card = ArticleCardProps {
                record: entry.record.clone(),
                index: entry.index,
                options: props.options.clone(),
                id_prefix: props.id_prefix.clone(),
                on_event: props.on_event.clone(),
                no_script_fallbacks: props.no_script_fallbacks,
            };
            html! { <ListedCard key={entry.record.web_url.shared()} {card} list={props.list.clone()} /> }
        })
        .collect();
    if props.number == 0 {
        cards
    } else {
        html! { <div class="ac-segment">{ cards }</div> }
    }
}
