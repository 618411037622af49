//! What a card tells its owner: the user opened it, chose a topic, toggled the related
//! panel, or its figure loaded or failed. The host boundary turns these into DOM events;
//! a Yew app can handle them directly.

use std::rc::Rc;

use web_sys::{Element, MouseEvent};
use yew::AttrValue;

use crate::model::Record;

#[derive(Debug, Clone, PartialEq)]
pub struct CardEvent {
    /// Position of the record in the host's array.
    pub index: usize,
    pub record: Rc<Record>,
    /// The card's `<article>` element, once rendered.
    pub card: Option<Element>,
    pub action: CardAction,
}

#[derive(Debug, Clone, PartialEq)]
pub enum CardAction {
    /// The title link was clicked; cancel with `prevent_default` on the click to stay.
    Open(MouseEvent),
    Topic(AttrValue),
    Related {
        open: bool,
    },
    Figure {
        state: FigureState,
        url: AttrValue,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FigureState {
    Loaded,
    Error,
}

impl FigureState {
    pub fn as_str(self) -> &'static str {
        match self {
            FigureState::Loaded => "loaded",
            FigureState::Error => "error",
        }
    }
}
