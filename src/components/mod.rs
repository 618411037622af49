//! Yew components. They take validated model data as small `PartialEq` props, never parse
//! JSON, and get their markup from the renderer (`crate::render`) as `Html::VRef` nodes.

pub mod article_card;
pub mod card_event;
pub mod card_list;
mod card_listeners;
pub mod card_segment;
pub mod prerendered;

pub use article_card::{ArticleCard, ArticleCardProps};
pub use card_event::{CardAction, CardEvent, FigureState};
pub use card_list::{CardList, CardListProps};
