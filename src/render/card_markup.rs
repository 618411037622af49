//! A card: its skeleton (one constant per heading level, with every optional part in
//! place) and how a clone of it is filled from a record. Absent optional parts are removed
//! from the clone; lists (chips, signals, related items) are filled from their own
//! skeletons. Also the list around the cards.

use std::borrow::Cow;
use std::rc::Rc;

use super::dom::Dom;
use super::figure_markup::{fill_figure, FIGURE, IMAGE_OPTIONAL_ATTRIBUTES};
use super::meta_markup::{fill_meta, META};
use super::related_markup::{fill_related, CLOSED_ATTRIBUTE, RELATED};
use super::skeleton::{children_of, html, worded, Skeleton};
use crate::intl::DateLocale;
use crate::model::fingerprint::fingerprint;
use crate::model::template::around;
use crate::model::{CardOptions, Choice, Record, Theme, Timestamp, Word, Words};

/// How many cards a list shows at its start with `data-ac-first-screen`: the cards
/// `article-cards.css` never skips (`content-visibility`), three rows of three columns or
/// twelve of one. A mark, not `:nth-child(-n + 12)`: with a positional selector, every card
/// inserted before another (Yew inserts a step's cards from the last one back) made the
/// browser restyle every card of the grid, each frame of a long feed (1,000–1,700 cards,
/// 40–65 ms a frame).
pub const FIRST_SCREENFUL: usize = 12;
/// Marks the list's first cards ([`FIRST_SCREENFUL`]).
pub const FIRST_SCREEN_ATTRIBUTE: &str = "data-ac-first-screen";
/// Holds, on the `.ac-list` of a list of at most [`FEW_CARDS`] cards, how many it has
/// ([`card_count_mark`]): fewer cards than the width has room for share it, in as many
/// columns as there are cards (a lone card takes it all, and with it the wide layout). A
/// count in the markup, not the cards counted by CSS: prerendered HTML that the browser
/// paints while it still arrives shows its first cards alone for a moment, and they must
/// already sit in their columns.
pub const CARD_COUNT_ATTRIBUTE: &str = "data-ac-cards";
/// The most cards [`CARD_COUNT_ATTRIBUTE`] counts: more than a list's columns on any but
/// the widest screens. `article-cards.css` has a rule for each count up to it.
pub const FEW_CARDS: usize = 8;
/// Marks the element a mount renders into, which the stylesheet's rules are scoped to; the
/// prerender tool writes it around its cards too.
pub const MOUNT_ATTRIBUTE: &str = "data-article-cards";
/// Marks the prerender tool's element around its cards, until a mount takes them over.
pub const PRERENDERED_ATTRIBUTE: &str = "data-ac-prerendered";

/// Everything a card's markup depends on.
pub struct CardInput<'a> {
    pub record: &'a Record,
    /// Position of the record in the host's array (`data-index`).
    pub index: usize,
    /// Among the list's first [`FIRST_SCREENFUL`] cards (`data-ac-first-screen`).
    pub first_screen: bool,
    pub options: &'a CardOptions,
    /// Keeps element ids unique when several card lists share a page.
    pub id_prefix: &'a str,
    /// What relative dates are measured from.
    pub now: Timestamp,
    pub locale: &'a DateLocale,
    /// The card's own words, in the locale's language with the host's labels.
    pub words: &'a Words,
    pub state: CardState,
    /// Adds what readers without JavaScript need (prerendered cards).
    pub no_script_fallbacks: bool,
}

/// What the reader changed on a card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CardState {
    pub related_open: bool,
    pub figure: FigurePhase,
}

/// Where the figure's image is: not requested yet, requested, shown, or failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FigurePhase {
    Waiting,
    Loading,
    Loaded,
    Error,
}

impl FigurePhase {
    /// The figure's `data-state`.
    pub fn as_str(self) -> &'static str {
        match self {
            FigurePhase::Waiting => "waiting",
            FigurePhase::Loading => "loading",
            FigurePhase::Loaded => "loaded",
            FigurePhase::Error => "error",
        }
    }

    /// The phase a figure's `data-state` names.
    pub fn parse(state: &str) -> Option<FigurePhase> {
        [FigurePhase::Waiting, FigurePhase::Loading, FigurePhase::Loaded, FigurePhase::Error]
            .into_iter()
            .find(|phase| phase.as_str() == state)
    }
}

macro_rules! card_skeleton {
    ($heading:literal) => {
        html(
            "article",
            &[("class", "ac-card")],
            &[
                html(
                    "div",
                    &[("class", "ac-card__body")],
                    &[
                        // Before the text, so that it never moves the text: see `FIGURE`.
                        FIGURE,
                        html(
                            "div",
                            &[("class", "ac-card__main")],
                            &[
                                META,
                                html(
                                    $heading,
                                    &[("class", "ac-card__title"), ("dir", "auto")],
                                    &[html("a", &[("class", "ac-card__link"), ("rel", "noopener noreferrer")], &[])],
                                ),
                                html("p", &[("class", "ac-card__excerpt"), ("dir", "auto")], &[]),
                                worded("ul", &[("class", "ac-topics")], &[("aria-label", Word::Topics)], &[]),
                            ],
                        ),
                    ],
                ),
                RELATED,
            ],
        )
    };
}

/// The card for heading levels 2 to 6.
static CARDS: [Skeleton; 5] =
    [card_skeleton!("h2"), card_skeleton!("h3"), card_skeleton!("h4"), card_skeleton!("h5"), card_skeleton!("h6")];

static CHIP: Skeleton = html(
    "li",
    &[],
    &[html(
        "button",
        &[("type", "button"), ("class", "ac-chip"), ("dir", "auto")],
        &[html("span", &[("class", "ac-visually-hidden")], &[Skeleton::WordBefore(Word::ShowCardsAbout, "name")])],
    )],
);

/// Words around a value read to screen readers only, after the value (where a language puts
/// the topic or host first or in the middle).
pub static HIDDEN: Skeleton = html("span", &[("class", "ac-visually-hidden")], &[]);

/// The signals, last in the card's text; shown only with the `showSignals` option, so added
/// where they are shown rather than cloned with every card and removed.
static SIGNALS: Skeleton = html("dl", &[("class", "ac-signals")], &[]);

static SIGNAL: Skeleton =
    html("div", &[("class", "ac-signals__item")], &[html("dt", &[], &[]), html("dd", &[("dir", "auto")], &[])]);

static LIST_SHELL: Skeleton = html("div", &[("class", "ac-root")], &[html("div", &[("class", "ac-list")], &[])]);

/// The card's element id (the title's and the panel's ids derive from it): stable across
/// reorders, unique per list.
pub fn card_id(id_prefix: &str, record: &Record) -> String {
    format!("{id_prefix}-{:08x}", fingerprint(record.web_url.as_str()))
}

/// A new card for `input`; `None` only if the document refused our constant markup.
pub fn render_card<D: Dom>(dom: &D, input: &CardInput) -> Option<D::Node> {
    let (record, options) = (input.record, input.options);
    let level = usize::from(options.heading_level.clamp(2, 6)) - 2;
    let card = dom.instantiate(&CARDS[level], input.words)?;
    let id = card_id(input.id_prefix, record);
    dom.set_attribute(&card, "aria-labelledby", &format!("{id}-title"));
    dom.set_attribute(&card, "data-index", &input.index.to_string());
    if input.first_screen {
        dom.set_attribute(&card, FIRST_SCREEN_ATTRIBUTE, "");
    }
    for (attribute, _, value) in signals(record) {
        dom.set_attribute(&card, attribute, &value.attribute());
    }

    let body = dom.first_child(&card)?;
    let figure = dom.first_child(&body)?;
    let main = dom.next_sibling(&figure)?;
    let [meta, heading, excerpt, topics] = children_of(dom, &main)?;
    fill_meta(dom, &meta, input)?;

    dom.set_attribute(&heading, "id", &format!("{id}-title"));
    let link = dom.first_child(&heading)?;
    dom.set_attribute(&link, "href", record.web_url.as_str());
    dom.set_attribute(&link, "target", options.link_target.name());
    dom.set_text(&link, &record.title);

    match &record.excerpt {
        Some(text) => dom.set_text(&excerpt, text),
        None => dom.remove(&excerpt),
    }
    fill_topics(dom, &topics, &record.topics, input.words)?;
    if options.show_signals {
        append_signals(dom, &main, record, input.words)?;
    }

    match record.figure() {
        Some(shown) => fill_figure(dom, &figure, &shown, input)?,
        None => dom.remove(&figure),
    }
    let related = dom.next_sibling(&body)?;
    if record.related.is_empty() {
        dom.remove(&related);
    } else {
        fill_related(dom, &related, &record.related, &format!("{id}-related"), input)?;
    }
    Some(card)
}

/// A signal's value: written as the card's `data-*` attribute for host CSS and, with the
/// `showSignals` option, shown under its word.
enum SignalValue<'a> {
    Text(&'a str),
    Number(i32),
    Flag(bool),
}

impl<'a> SignalValue<'a> {
    fn attribute(&self) -> Cow<'a, str> {
        match *self {
            SignalValue::Text(text) => Cow::Borrowed(text),
            SignalValue::Number(number) => Cow::Owned(number.to_string()),
            SignalValue::Flag(flag) => Cow::Borrowed(if flag { "true" } else { "false" }),
        }
    }

    fn shown<'w>(&self, words: &'w Words) -> Cow<'w, str>
    where
        'a: 'w,
    {
        match *self {
            SignalValue::Flag(flag) => Cow::Borrowed(words.get(if flag { Word::Yes } else { Word::No })),
            _ => self.attribute(),
        }
    }
}

/// How a signal's value is read from a record.
type SignalOf = for<'r> fn(&'r Record) -> Option<SignalValue<'r>>;

/// The signals, in the order they are shown: each one's attribute on the card, word and value.
const SIGNAL_KINDS: [(&str, Word, SignalOf); 5] = [
    ("data-category", Word::Category, |record| record.signals.category.as_deref().map(SignalValue::Text)),
    ("data-type", Word::Type, |record| record.kind.as_deref().map(SignalValue::Text)),
    ("data-quality", Word::Quality, |record| record.quality.map(SignalValue::Number)),
    ("data-heat", Word::Heat, |record| record.signals.heat.map(SignalValue::Number)),
    ("data-published", Word::Published, |record| record.signals.published.map(SignalValue::Flag)),
];

/// The record's signals, where it has them: each one's attribute, word and value.
fn signals(record: &Record) -> impl Iterator<Item = (&'static str, Word, SignalValue<'_>)> {
    SIGNAL_KINDS.into_iter().filter_map(|(attribute, word, value)| Some((attribute, word, value(record)?)))
}

const OPTIONAL_COUNT: usize = 2 + SIGNAL_KINDS.len() + IMAGE_OPTIONAL_ATTRIBUTES.len();

/// The attributes a card's markup writes only for some records or states: where a fresh
/// render of a card lacks one, the card on the page loses it (`morph`). Gathered at compile
/// time: an iterator chain collected at run time cost 0.3 KB brotli.
pub const OPTIONAL_ATTRIBUTES: [&str; OPTIONAL_COUNT] = {
    let mut names = [FIRST_SCREEN_ATTRIBUTE; OPTIONAL_COUNT];
    names[1] = CLOSED_ATTRIBUTE;
    let mut i = 0;
    while i < SIGNAL_KINDS.len() {
        names[2 + i] = SIGNAL_KINDS[i].0;
        i += 1;
    }
    let mut j = 0;
    while j < IMAGE_OPTIONAL_ATTRIBUTES.len() {
        names[2 + i + j] = IMAGE_OPTIONAL_ATTRIBUTES[j];
        j += 1;
    }
    names
};

fn fill_topics<D: Dom>(dom: &D, list: &D::Node, topics: &[Rc<str>], words: &Words) -> Option<()> {
    if topics.is_empty() {
        dom.remove(list);
        return Some(());
    }
    let after = around(words.get(Word::ShowCardsAbout), "name").1;
    for topic in topics {
        let chip = dom.instantiate(&CHIP, words)?;
        let button = dom.first_child(&chip)?;
        dom.append(&button, &dom.text(topic));
        append_hidden(dom, &button, after, words)?;
        dom.append(list, &chip);
    }
    Some(())
}

/// Adds `text` for screen readers only at the end of `parent`, unless it is empty.
pub fn append_hidden<D: Dom>(dom: &D, parent: &D::Node, text: &str, words: &Words) -> Option<()> {
    if !text.is_empty() {
        let hidden = dom.instantiate(&HIDDEN, words)?;
        dom.set_text(&hidden, text);
        dom.append(parent, &hidden);
    }
    Some(())
}

/// Appends the signals shown with the `showSignals` option to `main`, unless there are none.
fn append_signals<D: Dom>(dom: &D, main: &D::Node, record: &Record, words: &Words) -> Option<()> {
    let mut shown = signals(record).peekable();
    if shown.peek().is_none() {
        return Some(());
    }
    let list = dom.instantiate(&SIGNALS, words)?;
    for (_, word, value) in shown {
        let item = dom.instantiate(&SIGNAL, words)?;
        let term = dom.first_child(&item)?;
        dom.set_text(&term, words.get(word));
        dom.set_text(&dom.next_sibling(&term)?, &value.shown(words));
        dom.append(&list, &item);
    }
    dom.append(main, &list);
    Some(())
}

/// The `.ac-root` wrapper (theme and layout as data attributes, the words' direction as
/// `dir`) and the `.ac-list` grid in it, which the list's `card_count` cards go into.
pub fn render_list_shell<D: Dom>(
    dom: &D,
    options: &CardOptions,
    words: &Words,
    card_count: usize,
) -> Option<(D::Node, D::Node)> {
    let root = dom.instantiate(&LIST_SHELL, words)?;
    let (theme, layout) = shell_attributes(options);
    if let Some(theme) = theme {
        dom.set_attribute(&root, "data-theme", theme);
    }
    dom.set_attribute(&root, "data-layout", layout);
    dom.set_attribute(&root, "dir", words.direction());
    let list = dom.first_child(&root)?;
    if let Some(count) = card_count_mark(card_count) {
        dom.set_attribute(&list, CARD_COUNT_ATTRIBUTE, &count);
    }
    Some((root, list))
}

/// The value of [`CARD_COUNT_ATTRIBUTE`] for a list of `card_count` cards; `None` where the
/// list has none.
pub fn card_count_mark(card_count: usize) -> Option<String> {
    (1..=FEW_CARDS).contains(&card_count).then(|| card_count.to_string())
}

/// The list wrapper's `data-theme` (absent for "auto") and `data-layout`.
pub fn shell_attributes(options: &CardOptions) -> (Option<&'static str>, &'static str) {
    let theme = (options.theme != Theme::Auto).then(|| options.theme.name());
    (theme, options.layout.name())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `article-cards.css` places the cards of a list by the count the markup writes: it has
    /// a rule for every count up to `FEW_CARDS`, and the markup writes none beyond.
    #[test]
    fn the_stylesheet_has_a_rule_for_every_card_count_the_markup_writes() {
        let stylesheet = include_str!("../../styles/article-cards.css");
        for count in 1..=FEW_CARDS + 1 {
            let rule = format!(r#"[{CARD_COUNT_ATTRIBUTE}="{count}"]"#);
            assert_eq!(stylesheet.contains(&rule), card_count_mark(count).is_some(), "{count} cards");
        }
        assert_eq!(card_count_mark(0), None);
    }
}
