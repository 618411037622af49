//! One article card: an `<article>` named by its title, with the provider badge, date,
//! excerpt, topic chips, figure and related panel; signals are data attributes for host
//! CSS. The markup comes from the renderer (`crate::render`): the card's node is built once,
//! from a clone of the card's skeleton (or adopted from the prerendered page), enters
//! Yew's tree as `Html::VRef`, and is patched in place when the props change, so a card
//! that stays keeps its nodes, focus, open panel and loaded figure. `ArticleCard` is a card
//! on its own, with its own listeners; a `CardList` renders `ListedCard`s, which are given
//! their list (its listeners, the prerendered cards) as a prop: a context consumer would cost
//! each of a thousand cards a subscription.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::Element;
use yew::prelude::*;

use super::card_event::CardEvent;
use super::card_list::CardListContext;
use super::card_listeners::{CardListeners, CardOrigin};
use crate::intl::{card_words, current_time, DateLocale};
use crate::model::{CardOptions, Record, Words};
use crate::render::batch::render_web_card;
use crate::render::card_markup::FIRST_SCREEN_ATTRIBUTE;
use crate::render::morph::{morph, Mode};
use crate::render::text_patch::patch_texts;
use crate::render::web::WebDom;
use crate::render::{CardInput, CardState, FigurePhase};

#[derive(Properties, PartialEq)]
pub struct ArticleCardProps {
    pub record: Rc<Record>,
    /// Position of the record in the host's array, reported in events.
    #[prop_or_default]
    pub index: usize,
    /// Among the first cards of its list (`render::card_markup::FIRST_SCREENFUL`), which
    /// are never skipped by `content-visibility`; a card on its own is.
    #[prop_or(true)]
    pub first_screen: bool,
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

/// The card's node and the props it shows.
struct Shown {
    card: Element,
    record: Rc<Record>,
    index: usize,
    first_screen: bool,
    options: Rc<CardOptions>,
    id_prefix: AttrValue,
    no_script_fallbacks: bool,
}

impl Shown {
    fn of(card: Element, props: &ArticleCardProps) -> Shown {
        Shown {
            card,
            record: props.record.clone(),
            index: props.index,
            first_screen: props.first_screen,
            options: props.options.clone(),
            id_prefix: props.id_prefix.clone(),
            no_script_fallbacks: props.no_script_fallbacks,
        }
    }

    /// Whether the props render the card as it is rendered, but for its record.
    fn same_settings(&self, props: &ArticleCardProps) -> bool {
        self.options == props.options
            && self.id_prefix == props.id_prefix
            && self.no_script_fallbacks == props.no_script_fallbacks
    }
}

/// Whom the events of a card outside a list go to; follows the latest props.
type OwnOrigin = Rc<RefCell<Option<CardOrigin>>>;

/// The card's node, what it shows, and the listeners that serve it: its list's, or its own
/// when it is not in a list. The component's one piece of state (a card in a list keeps
/// nothing else: 1,000 of them are on the page at once).
struct CardNode {
    shown: Shown,
    listeners: Listeners,
}

enum Listeners {
    List(Rc<CardListeners>),
    /// Whom the card's events go to, set from the latest props. Boxed: a card in a list
    /// would otherwise hold room for a set of listeners it never has (about 100 bytes).
    Own(Box<(CardListeners, OwnOrigin)>),
}

impl CardNode {
    fn listeners(&self) -> &CardListeners {
        match &self.listeners {
            Listeners::List(listeners) => listeners,
            Listeners::Own(own) => &own.0,
        }
    }
}

/// A card leaving its list stops its figure being watched (its own listeners go with it).
/// Dropped with the component's hook state, so a card needs no effect.
impl Drop for CardNode {
    fn drop(&mut self) {
        if let Listeners::List(listeners) = &self.listeners {
            if let Some(figure) = self.shown.card.query_selector("figure.ac-figure[data-state=waiting]").ok().flatten()
            {
                listeners.unwatch(&figure);
            }
        }
    }
}

/// A card on its own (a Yew app rendering single cards): it attaches its own listeners.
#[component]
pub fn ArticleCard(props: &ArticleCardProps) -> Html {
    let node = use_mut_ref(|| None::<CardNode>);
    card_html(&node, props, None)
}

#[derive(Properties, PartialEq)]
pub struct ListedCardProps {
    pub card: ArticleCardProps,
    pub list: CardListContext,
}

/// A card of a `CardList`, served by the list's listeners.
#[component]
pub fn ListedCard(props: &ListedCardProps) -> Html {
    let node = use_mut_ref(|| None::<CardNode>);
    card_html(&node, &props.card, Some(&props.list))
}

/// Renders the card into `node` (creating it the first time, patching it after) and
/// returns it for Yew's tree.
fn card_html(node: &RefCell<Option<CardNode>>, props: &ArticleCardProps, list: Option<&CardListContext>) -> Html {
    {
        let mut node = node.borrow_mut();
        match node.as_mut() {
            Some(current) => {
                if update(&mut current.shown, props) {
                    watch_waiting_figure(&current.shown, current.listeners());
                }
            }
            None => *node = create(props, list),
        }
        if let Some(CardNode { listeners: Listeners::Own(own), .. }) = node.as_ref() {
            *own.1.borrow_mut() = Some(origin_of(props));
        }
    }
    let card = node.borrow().as_ref().map(|current| current.shown.card.clone());
    card.map_or_else(Html::default, |card| Html::VRef(card.into()))
}

fn input<'a>(props: &'a ArticleCardProps, locale: &'a DateLocale, words: &'a Words, state: CardState) -> CardInput<'a> {
    CardInput {
        record: &props.record,
        index: props.index,
        first_screen: props.first_screen,
        options: &props.options,
        id_prefix: &props.id_prefix,
        now: props.options.now.unwrap_or_else(current_time),
        locale,
        words,
        state,
        no_script_fallbacks: props.no_script_fallbacks,
    }
}

/// Whom the events of a card outside a list go to.
fn origin_of(props: &ArticleCardProps) -> CardOrigin {
    CardOrigin {
        index: props.index,
        record: props.record.clone(),
        on_event: props.on_event.clone(),
        words: card_words(&props.options),
    }
}

fn locale_of(options: &CardOptions) -> DateLocale {
    DateLocale { locale: options.locale.clone(), time_zone: options.time_zone.clone() }
}

/// The card's node: the one left on the page (prerendered, or a copy a page put back) if
/// the list holds one of the right shape, else a fresh one. A card taken over keeps the
/// state its markup shows (an open panel, a figure shown).
fn create(props: &ArticleCardProps, list: Option<&CardListContext>) -> Option<CardNode> {
    let locale = locale_of(&props.options);
    let prerendered =
        list.and_then(|list| Some((list, list.prerendered.as_ref()?.claim(props.record.web_url.as_str())?)));
    let state = CardState {
        related_open: prerendered.as_ref().and_then(|(_, card)| panel_open(card)).unwrap_or(props.options.related_open),
        // A copy made while its image loaded may have missed the load event: requested again.
        figure: prerendered
            .as_ref()
            .and_then(|(_, card)| figure_phase(card))
            .filter(|phase| *phase != FigurePhase::Loading)
            .unwrap_or(FigurePhase::Waiting),
    };
    let words = card_words(&props.options);
    let fresh = render_web_card(&input(props, &locale, &words, state))?;
    let card = match prerendered {
        Some((_, card)) if morph(&card, &fresh, Mode::Adopt) => card,
        Some((list, card)) => {
            if let Some(prerendered) = &list.prerendered {
                prerendered.rendered_afresh(&card);
            }
            fresh
        }
        None => fresh,
    };
    let listeners = match list {
        Some(list) => Listeners::List(list.listeners.clone()),
        None => {
            let own_origin: OwnOrigin = Rc::default();
            let origin = own_origin.clone();
            let resolve = Rc::new(move |_: &Element| {
                let origin = own_origin.borrow();
                let origin = origin.as_ref()?;
                Some(CardOrigin {
                    index: origin.index,
                    record: origin.record.clone(),
                    on_event: origin.on_event.clone(),
                    words: origin.words.clone(),
                })
            });
            let listeners = CardListeners::new(&card, resolve);
            listeners.listen();
            Listeners::Own(Box::new((listeners, origin)))
        }
    };
    let node = CardNode { shown: Shown::of(card, props), listeners };
    watch_waiting_figure(&node.shown, node.listeners());
    Some(node)
}

/// Patches the card for new props: only `data-index` and the first-screen mark when only
/// the position changed, also the title's and excerpt's texts when only they changed
/// (`patch_texts`), else a fresh render (with the reader's state read back from the DOM)
/// morphed into the node. Returns whether it morphed.
fn update(shown: &mut Shown, props: &ArticleCardProps) -> bool {
    let patched = shown.same_settings(props)
        && (shown.record == props.record
            || WebDom::with_page(|dom| patch_texts(dom, &shown.card, &shown.record, &props.record)) == Some(true));
    if patched {
        shown.record = props.record.clone();
        if shown.index != props.index {
            let _ = shown.card.set_attribute("data-index", &props.index.to_string());
            shown.index = props.index;
        }
        if shown.first_screen != props.first_screen {
            let _ = match props.first_screen {
                true => shown.card.set_attribute(FIRST_SCREEN_ATTRIBUTE, ""),
                false => shown.card.remove_attribute(FIRST_SCREEN_ATTRIBUTE),
            };
            shown.first_screen = props.first_screen;
        }
        return false;
    }
    let state = kept_state(&shown.card, shown, props);
    let locale = locale_of(&props.options);
    let words = card_words(&props.options);
    let Some(fresh) = render_web_card(&input(props, &locale, &words, state)) else { return false };
    morph(&shown.card, &fresh, Mode::Update);
    *shown = Shown::of(shown.card.clone(), props);
    true
}

/// The reader's state that survives new props: the open panel (unless the host changed
/// the `relatedOpen` option, which it means for every card) and the figure's phase (if it
/// shows the same image).
fn kept_state(card: &Element, shown: &Shown, props: &ArticleCardProps) -> CardState {
    let related_open = if shown.options.related_open != props.options.related_open {
        props.options.related_open
    } else {
        panel_open(card).unwrap_or(props.options.related_open)
    };
    let same_image = shown.record.figure().map(|f| f.image) == props.record.figure().map(|f| f.image);
    let figure = same_image.then(|| figure_phase(card)).flatten().unwrap_or(FigurePhase::Waiting);
    CardState { related_open, figure }
}

/// Whether `card`'s related panel is open, if it has one.
fn panel_open(card: &Element) -> Option<bool> {
    let toggle = card.query_selector(".ac-related__toggle").ok().flatten()?;
    Some(toggle.get_attribute("aria-expanded").as_deref() == Some("true"))
}

/// Where `card`'s figure is, if it has one.
fn figure_phase(card: &Element) -> Option<FigurePhase> {
    let figure = card.query_selector("figure.ac-figure").ok().flatten()?;
    FigurePhase::parse(&figure.get_attribute("data-state")?)
}

/// Has the card's figure requested when it comes near the viewport, if it waits.
fn watch_waiting_figure(shown: &Shown, listeners: &CardListeners) {
    let Some(figure) = shown.card.query_selector("figure.ac-figure[data-state=waiting]").ok().flatten() else { return };
    listeners.watch(&figure, &shown.record);
}
