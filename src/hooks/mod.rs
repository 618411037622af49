//! Hooks for browser-only work, run in effects so components can also render off-browser.

pub mod use_near_viewport;
