//! The one definition of a card's markup. The fixed skeleton of a card, a chip, a related
//! item and a signal is a compile-time constant ([`skeleton`]); a card is a clone of it with
//! its dynamic parts filled in ([`card_markup`]) through a [`Dom`] backend: the browser's
//! DOM in WebAssembly (a card's operations in one call, [`batch`]; single calls, [`web`]), or a small tree that writes escaped HTML for the prerender
//! tool ([`native`]). Record text only ever becomes text nodes and attribute values, never
//! markup. See ARCHITECTURE.md, "The renderer".

pub mod batch;
pub mod card_markup;
pub mod dom;
pub mod figure_markup;
mod meta_markup;
pub mod morph;
#[cfg(not(target_arch = "wasm32"))]
pub mod native;
pub mod related_markup;
pub mod skeleton;
pub mod text_patch;
pub mod web;

pub use card_markup::{render_card, render_list_shell, CardInput, CardState, FigurePhase};
pub use dom::Dom;
