//! Yew view components. They take validated model data as small `PartialEq` props, never
//! parse JSON, and keep browser-only work (observers) in effects.

pub mod article_card;
pub mod card_event;
pub mod card_list;
pub mod interned;
pub mod lazy_figure;
pub mod provider_badge;
pub mod published_date;
pub mod related_panel;
pub mod signal_list;
pub mod topic_chips;

pub use article_card::{ArticleCard, ArticleCardProps};
pub use card_event::{CardAction, CardEvent, FigureState};
pub use card_list::{CardList, CardListProps};
