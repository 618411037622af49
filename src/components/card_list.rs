//! The list of cards, keyed by `webUrl` so that an update keeps the state of cards that
//! remain (open panel, loaded figure, focus) and moves rather than re-creates them (within
//! a segment of [`SEGMENT_LEN`](super::card_segment::SEGMENT_LEN) cards). The
//! `.ac-root` wrapper and the `.ac-list` grid come from the renderer (or are adopted from
//! prerendered markup) and enter Yew's tree as `Html::VRef`; the cards render into the
//! grid through a portal. One set of listeners on the grid serves every card.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use super::card_event::CardEvent;
use super::card_listeners::{CardListeners, CardOrigin};
use super::card_segment::{CardSegment, Cards};
use super::prerendered::PrerenderedCards;
use crate::intl::card_words;
use crate::model::{CardOptions, Words};
use crate::render::card_markup::{card_count_mark, shell_attributes, CARD_COUNT_ATTRIBUTE};
use crate::render::render_list_shell;
use crate::render::web::WebDom;

#[derive(Properties, PartialEq, Clone)]
pub struct CardListProps {
    /// Validated records; `webUrl`s are unique (the model removes duplicates). From
    /// `validate_feed(..).cards.into()`.
    pub cards: Cards,
    #[prop_or_default]
    pub options: Rc<CardOptions>,
    #[prop_or(AttrValue::Static("ac"))]
    pub id_prefix: AttrValue,
    #[prop_or_default]
    pub on_event: Callback<CardEvent>,
    /// Set when taking over prerendered cards: adds what readers without JavaScript need
    /// (see `render::figure_markup`).
    #[prop_or_default]
    pub no_script_fallbacks: bool,
}

/// What the cards of a list share: the grid's listeners and the prerendered cards to adopt.
#[derive(Clone)]
pub struct CardListContext {
    pub listeners: Rc<CardListeners>,
    pub prerendered: Option<Rc<PrerenderedCards>>,
}

impl PartialEq for CardListContext {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.listeners, &other.listeners)
    }
}

/// The cards shown and whom their events go to, as the grid's listeners need them.
type Current = Rc<RefCell<(Cards, Callback<CardEvent>, Rc<Words>)>>;

/// The wrapper, the grid, and what the grid's listeners need to know about the cards.
struct Shell {
    root: Element,
    list: Element,
    context: CardListContext,
    current: Current,
}

impl Shell {
    /// Adopts the prerendered wrapper and grid handed over for `id_prefix`, or renders new ones.
    fn new(id_prefix: &str, options: &CardOptions) -> Option<Shell> {
        let prerendered = PrerenderedCards::take(id_prefix);
        let (root, list) = match prerendered.as_ref().and_then(|cards| cards.shell.clone()) {
            Some(shell) => shell,
            None => {
                // No cards yet: each render gives the grid its count.
                let (root, list) = WebDom::with_page(|dom| render_list_shell(dom, options, &card_words(options), 0))??;
                (root.dyn_into().ok()?, list.dyn_into().ok()?)
            }
        };
        let current: Current = Rc::new(RefCell::new((Cards::default(), Callback::noop(), card_words(options))));
        let resolve = {
            let current = current.clone();
            Rc::new(move |card: &Element| {
                let index: usize = card.get_attribute("data-index")?.parse().ok()?;
                let (cards, on_event, words) = &*current.borrow();
                let entry = cards.find(index)?;
                Some(CardOrigin {
                    index,
                    record: entry.record.clone(),
                    on_event: on_event.clone(),
                    words: words.clone(),
                })
            })
        };
        let listeners = Rc::new(CardListeners::for_list(&list, resolve));
        Some(Shell { root, list, context: CardListContext { listeners, prerendered }, current })
    }
}

#[component]
pub fn CardList(props: &CardListProps) -> Html {
    // A list reused for another mount (another prefix) starts afresh.
    let shell = use_memo(props.id_prefix.clone(), |prefix| Shell::new(prefix, &props.options));
    {
        let shell = shell.clone();
        use_effect_with(props.id_prefix.clone(), move |_| {
            if let Some(prerendered) = shell.as_ref().as_ref().and_then(|shell| shell.context.prerendered.as_ref()) {
                prerendered.report();
            }
        });
    }
    {
        // After each render the new cards are on the page: their figures can be watched.
        let shell = shell.clone();
        let segment_count = props.cards.segments().len();
        use_effect(move || {
            if let Some(shell) = shell.as_ref() {
                shell.context.listeners.placed(segment_count);
            }
        });
    }
    let Some(shell) = shell.as_ref() else { return Html::default() };
    let words = card_words(&props.options);
    // Only when it changes: setting `dir`, even to the value it has, makes the browser
    // recompute the style of every card (about 20 ms for 1,000 on each update).
    sync_attribute(&shell.root, "dir", Some(words.direction()));
    *shell.current.borrow_mut() = (props.cards.clone(), props.on_event.clone(), words);
    // An empty list (a parked app, for one) holds no listeners or observer.
    if props.cards.is_empty() {
        shell.context.listeners.stop();
    } else {
        shell.context.listeners.listen();
    }
    let (theme, layout) = shell_attributes(&props.options);
    sync_attribute(&shell.root, "data-theme", theme);
    sync_attribute(&shell.root, "data-layout", Some(layout));
    sync_attribute(&shell.list, CARD_COUNT_ATTRIBUTE, card_count_mark(props.cards.len()).as_deref());
    let cards = html! {
        { for props.cards.segments().iter().enumerate().map(|(number, cards)| html! {
            <CardSegment key={number} {number}
                cards={cards.clone()}
                options={props.options.clone()}
                id_prefix={props.id_prefix.clone()}
                on_event={props.on_event.clone()}
                no_script_fallbacks={props.no_script_fallbacks}
                list={shell.context.clone()} />
        }) }
    };
    html! {
        <>
            { Html::VRef(shell.root.clone().into()) }
            { create_portal(cards, shell.list.clone()) }
        </>
    }
}

/// Gives an attribute of the list's wrapper or grid `value` (`None`: removes it), unless it
/// has that already.
fn sync_attribute(element: &Element, name: &str, value: Option<&str>) {
    if element.get_attribute(name).as_deref() == value {
        return;
    }
    let _ = match value {
        Some(value) => element.set_attribute(name, value),
        None => element.remove_attribute(name),
    };
}
