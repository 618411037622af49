//! Cards that their stylesheet does not reach show unstyled, which is easy to miss in a
//! page's own styles: said once on the console, per document or shadow root, looked at
//! after the page has loaded (its stylesheets with it) when the browser is idle. Every
//! mount is looked at, so an app that mounts long after the page loaded (a route, data
//! fetched), or into a shadow root (which the page's stylesheets do not reach), hears of it
//! too. (`<article-cards>` in a shadow root adopts the stylesheet itself before it mounts.)

use wasm_bindgen::prelude::*;
use web_sys::Element;

// The stylesheet sets `--ac-placeholder-height` wherever it applies. Beside the glue, as
// README's embed has it (a bundler that moved the glue rewrites this URL with it).
#[wasm_bindgen(inline_js = r#"
const STYLESHEET = new URL("./article-cards.css", import.meta.url);
const stylesheetLookedAt = new WeakSet();
export function checkStylesheet(mounted) {
  const root = mounted.getRootNode();
  if (stylesheetLookedAt.has(root)) return;
  stylesheetLookedAt.add(root);
  const lookAt = () => {
    // Taken out (or not rendered) before the browser was idle: another mount there looks again.
    const cards = mounted.firstElementChild;
    if (!mounted.isConnected || !cards) return stylesheetLookedAt.delete(root);
    if (getComputedStyle(cards).getPropertyValue("--ac-placeholder-height")) return;
    const where = root instanceof ShadowRoot ? "the shadow root they are in" : "the page";
    console.warn(`article-cards: the cards are shown without their stylesheet: add <link rel="stylesheet" href="${STYLESHEET}"> to ${where}`);
  };
  const whenIdle = () => (window.requestIdleCallback ? requestIdleCallback(lookAt) : setTimeout(lookAt));
  if (document.readyState === "complete") whenIdle();
  else addEventListener("load", whenIdle, { once: true });
}
"#)]
extern "C" {
    /// Looks at the cards of `mounted` (a mount's root, marked `data-article-cards`) if its
    /// document or shadow root has not been looked at yet. Only reads style: no markup.
    /// Caught: nothing thrown in a check unwinds through the mount.
    #[wasm_bindgen(js_name = checkStylesheet, catch)]
    pub fn check_stylesheet(mounted: &Element) -> Result<(), JsValue>;
}
