// Loads the article-cards WebAssembly module from the folder this file is in. When it is
// ready, window.ArticleCards is set and "articlecards:ready" is dispatched on window.
// An external module (not an inline script), so pages with a strict CSP can use it.
import init from "./article-cards.js";

init({ module_or_path: new URL("article-cards_bg.wasm", import.meta.url) }).catch((error) => {
  console.error("article-cards: the WebAssembly module failed to load", error);
  window.dispatchEvent(new CustomEvent("articlecards:error", { detail: { message: String(error) } }));
});
