//! Cards that `article-cards render` wrote into the page, waiting to be taken over by the
//! list that `mount` renders in their place. `mount` collects them before the list renders
//! and hands them over by the list's id prefix (the list's props stay those a Yew app can
//! build); the list adopts their `.ac-root` and `.ac-list`, and each card claims its
//! `<article>` by its link. A card whose markup does not have the shape the widget would
//! render is rendered afresh instead, and the list says how many on the console.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use web_sys::Element;

use crate::render::web::class_of;

pub struct PrerenderedCards {
    /// The `.ac-root` and its `.ac-list`.
    pub shell: Option<(Element, Element)>,
    /// The position of each record's card in `cards`, by `webUrl`.
    positions: HashMap<Rc<str>, usize>,
    /// The cards not claimed yet, in the records' order.
    cards: RefCell<Vec<Option<Element>>>,
    rendered_afresh: Cell<usize>,
}

thread_local! {
    static HANDED_OVER: RefCell<Vec<(String, Rc<PrerenderedCards>)>> = const { RefCell::new(Vec::new()) };
}

impl PrerenderedCards {
    /// The cards in `wrapper` (what the tool wrote), for the records with the `web_urls`
    /// given, in order. Cards of other records leave the page now, before anything renders;
    /// `<noscript>` fallbacks are emptied, as a browser that runs scripts renders them
    /// (markup parsed with scripting off, by `DOMParser` as Turbo and htmx do, holds real
    /// elements there).
    pub fn collect(wrapper: &Element, web_urls: impl Iterator<Item = Rc<str>>) -> PrerenderedCards {
        // The table type the feed's validator has (`model::feed`): one hash table's code
        // less in the module.
        let positions: HashMap<Rc<str>, usize> = web_urls.enumerate().map(|(position, url)| (url, position)).collect();
        let mut cards = vec![None; positions.len()];
        let root = wrapper.first_element_child().filter(|root| class_of(root).as_deref() == Some("ac-root"));
        let list = root
            .as_ref()
            .and_then(Element::first_element_child)
            .filter(|list| class_of(list).as_deref() == Some("ac-list"));
        if let Some(list) = &list {
            let mut next = list.first_element_child();
            while let Some(card) = next {
                next = card.next_element_sibling();
                let web_url =
                    card.query_selector(".ac-card__link").ok().flatten().and_then(|link| link.get_attribute("href"));
                match web_url.and_then(|url| positions.get(url.as_str())) {
                    Some(&position) => cards[position] = Some(card),
                    None => card.remove(),
                }
            }
        }
        if let Ok(fallbacks) = wrapper.query_selector_all("noscript") {
            for fallback in (0..fallbacks.length()).filter_map(|i| fallbacks.item(i)) {
                fallback.set_text_content(None);
            }
        }
        let shell = root.zip(list);
        PrerenderedCards { shell, positions, cards: RefCell::new(cards), rendered_afresh: Cell::new(0) }
    }

    /// Leaves these cards for the list with `id_prefix`, which takes them when it renders.
    pub fn hand_over(self, id_prefix: &str) {
        HANDED_OVER.with(|handed| handed.borrow_mut().push((id_prefix.to_owned(), Rc::new(self))));
    }

    /// The cards left for the list with `id_prefix`, if any.
    pub fn take(id_prefix: &str) -> Option<Rc<PrerenderedCards>> {
        HANDED_OVER.with(|handed| {
            let mut handed = handed.borrow_mut();
            let position = handed.iter().position(|(prefix, _)| prefix == id_prefix)?;
            Some(handed.swap_remove(position).1)
        })
    }

    /// The prerendered card of the record with `web_url`, once.
    pub fn claim(&self, web_url: &str) -> Option<Element> {
        let position = *self.positions.get(web_url)?;
        self.cards.borrow_mut()[position].take()
    }

    /// Notes that a claimed card did not match and was replaced by a fresh one.
    pub fn rendered_afresh(&self, card: &Element) {
        card.remove();
        self.rendered_afresh.set(self.rendered_afresh.get() + 1);
    }

    /// Says on the console how many cards were rendered afresh, once they all rendered.
    pub fn report(&self) {
        let count = self.rendered_afresh.get();
        if count > 0 {
            let message = format!(
                "article-cards: {count} prerendered card(s) rendered afresh: their markup is not what these records and options render (other records, options or version)"
            );
            web_sys::console::warn_1(&message.into());
        }
    }
}
