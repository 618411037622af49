//! article-cards: article cards for any web page, as Yew components compiled to WebAssembly.
//!
//! Data flows one way: host JSON → [`model`] (validation) → [`components`] (props) → [`render`] → DOM,
//! and user actions flow back out through [`host`] as DOM events. See ARCHITECTURE.md.

pub mod components;
#[cfg(feature = "embed")]
pub mod host;
pub mod intl;
pub mod model;
pub mod render;
