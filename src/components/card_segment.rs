//! A run of up to [`SEGMENT_LEN`] consecutive cards of a list, keyed by `webUrl`, and a
//! list's cards held as such runs ([`Cards`]). A long feed arrives a step at a time
//! (`host::feeding`); cutting the list into segments means a step copies and re-diffs only
//! the segment it grows, and (after the first, whose cards sit in the `.ac-list` grid
//! itself) the browser lays out only that segment's grid, `.ac-segment`, not every card
//! shown so far.

use std::rc::Rc;

use yew::prelude::*;

use super::article_card::{ArticleCardProps, ListedCard};
use super::card_event::CardEvent;
use super::card_list::CardListContext;
use crate::model::{CardEntry, CardOptions};
use crate::render::card_markup::FIRST_SCREENFUL;

/// The segment grid's class, once, for the constants below (`concat!` takes only literals).
macro_rules! segment_class {
    () => {
        "ac-segment"
    };
}

/// Cards per segment. A list this long or shorter is one keyed list in one grid, so every
/// reorder keeps each card's node; in longer lists a card that moves to another segment is
/// rendered afresh. Divisible by every column count from 1 to 8, so each segment ends with
/// a full row and the next one's grid continues the columns without a gap.
pub const SEGMENT_LEN: usize = 1680;
/// The class of the grid that holds a segment after the first (the first's cards sit in the
/// list's grid itself).
pub const SEGMENT_CLASS: &str = segment_class!();
/// [`SEGMENT_CLASS`] as a selector.
pub const SEGMENT_SELECTOR: &str = concat!(".", segment_class!());

/// A list's cards, in the host's order, cut into segments of [`SEGMENT_LEN`] by position.
/// Growing it at the end ([`Cards::with_more`]) copies only the last segment: the others
/// are shared, and compare equal by pointer, so Yew skips them.
#[derive(Clone, PartialEq, Default)]
pub struct Cards {
    segments: Rc<[Rc<[CardEntry]>]>,
    len: usize,
}

impl Cards {
    /// These cards followed by `more`.
    pub fn with_more(&self, more: &[CardEntry]) -> Cards {
        if more.is_empty() {
            return self.clone();
        }
        let len = self.len + more.len();
        let mut segments = self.segments.to_vec();
        let mut more = more;
        if let Some(last) = segments.last_mut().filter(|last| last.len() < SEGMENT_LEN) {
            let (head, tail) = more.split_at(more.len().min(SEGMENT_LEN - last.len()));
            *last = last.iter().chain(head).cloned().collect();
            more = tail;
        }
        segments.extend(more.chunks(SEGMENT_LEN).map(Rc::from));
        Cards { segments: segments.into(), len }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn segments(&self) -> &[Rc<[CardEntry]>] {
        &self.segments
    }

    pub fn iter(&self) -> impl Iterator<Item = &CardEntry> {
        self.segments.iter().flat_map(|segment| segment.iter())
    }

    /// The card of the record at `index` of the host's array.
    pub fn find(&self, index: usize) -> Option<&CardEntry> {
        // Cards are in the host's order, so by ascending index.
        let after = self.segments.partition_point(|segment| segment.first().is_some_and(|first| first.index <= index));
        let segment = self.segments.get(after.checked_sub(1)?)?;
        segment.get(segment.binary_search_by_key(&index, |entry| entry.index).ok()?)
    }
}

impl From<Vec<CardEntry>> for Cards {
    fn from(cards: Vec<CardEntry>) -> Cards {
        Cards::default().with_more(&cards)
    }
}

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
        .enumerate()
        .map(|(position, entry)| {
            let card = ArticleCardProps {
                record: entry.record.clone(),
                index: entry.index,
                first_screen: props.number == 0 && position < FIRST_SCREENFUL,
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
        segment_grid(cards)
    }
}

/// The grid of a segment after the first. Its class is a literal, which `html!` keeps in a
/// static attribute list; `class={SEGMENT_CLASS}` built a `Classes` (an index map: 1.8 KB
/// of the `.wasm`, brotli). A test checks that the two agree.
fn segment_grid(cards: Html) -> Html {
    html! { <div class="ac-segment">{ cards }</div> }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{validate_feed, JsonValue};

    /// Cards for records 0..count, every third record left out (an invalid one).
    fn cards(count: usize) -> Vec<CardEntry> {
        let text = |t: String| JsonValue::String(t);
        let records = (0..count).map(|n| {
            let url = if n % 3 == 2 { "not a url".to_owned() } else { format!("https://e.org/{n}") };
            Ok(JsonValue::Object(vec![("title".into(), text(format!("T{n}"))), ("webUrl".into(), text(url))]))
        });
        validate_feed(records).cards
    }

    #[test]
    fn growing_in_steps_gives_the_segments_of_all_at_once_and_shares_the_full_ones() {
        let all = cards(9000);
        let mut grown = Cards::default();
        let mut before = Cards::default();
        for step in all.chunks(37) {
            before = grown.clone();
            grown = grown.with_more(step);
        }
        let at_once = Cards::from(all.clone());
        assert!(grown == at_once);
        assert_eq!(grown.len(), all.len());
        assert!(grown.segments().iter().all(|segment| !segment.is_empty() && segment.len() <= SEGMENT_LEN));
        assert!(grown.iter().eq(all.iter()));
        // The last step copied only the last segment.
        let shared = grown.segments().iter().zip(before.segments()).filter(|(a, b)| Rc::ptr_eq(a, b)).count();
        assert_eq!(shared, grown.segments().len() - 1);
    }

    #[test]
    fn the_segment_grid_has_the_segment_class() {
        let Html::VTag(grid) = segment_grid(Html::default()) else { panic!("an element") };
        assert_eq!(grid.attributes.iter().collect::<Vec<_>>(), [("class", SEGMENT_CLASS)]);
    }

    #[test]
    fn a_card_is_found_by_its_records_index_in_any_segment() {
        let grown = cards(9000).chunks(100).fold(Cards::default(), |grown, step| grown.with_more(step));
        for index in [0, 1, 2, 3, 2519, 2520, 2521, 5039, 5040, 8998, 8999, 9000] {
            let found = grown.find(index).map(|entry| entry.record.title.to_string());
            let expected = (index < 9000 && index % 3 != 2).then(|| format!("T{index}"));
            assert_eq!(found, expected, "record {index}");
        }
    }
}
