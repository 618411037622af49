//! The host boundary, kept thin: wasm-bindgen exports, reading host values into the
//! model, and turning card events and problems into DOM events and console messages.

mod app_pool;
mod crash;
pub mod dom_events;
mod feeding;
mod held_height;
pub mod js_reader;
mod js_writer;
pub mod mount;
mod report;
mod start;
mod stylesheet_check;

pub use mount::{mount, MountHandle};
