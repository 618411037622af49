//! article-cards: article cards for any web page, as Yew components compiled to WebAssembly.
//!
//! Data flows one way: host JSON → [`model`] (validation) → [`components`] (props) → DOM,
//! and user actions flow back out through [`host`] as DOM events. See ARCHITECTURE.md.

pub mod model;
pub mod components;
pub mod hooks;
pub mod intl;
#[cfg(feature = "embed")]
pub mod host;
