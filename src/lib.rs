//! article-cards: article cards for any web page, as Yew components compiled to WebAssembly.
//!
//! Data flows one way: host JSON → [`model`] (validation) → [`components`] (props) → [`render`] → DOM,
//! and user actions flow back out through [`host`] as DOM events. See ARCHITECTURE.md.

pub mod model;
pub mod components;
pub mod intl;
pub mod render;
#[cfg(feature = "embed")]
pub mod host;
