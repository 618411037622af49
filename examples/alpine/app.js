// An Alpine.js page (index.html): `newsApp` holds the records, and the markup gives them to
// the <article-cards> element with `x-effect="$el.records = records"` (a property; Alpine's
// `:records` writes an attribute) and takes its topic event with `@article-card-topic`. `mountedCards` is a component that calls ArticleCards.mount in
// `init`, `update` in a `$watch`, and `unmount` in `destroy`.
import Alpine from "alpinejs";
import { records } from "../records.js";

Alpine.data("newsApp", () => ({ records, shown: true, topic: null }));

Alpine.data("mountedCards", () => {
  // Kept out of Alpine's reactive state, which would wrap it in a proxy.
  let handle = null;
  const mountInto = (element, records) => {
    handle?.unmount(); // after a crash, the restarted widget mounts afresh
    handle = window.ArticleCards.mount(element, records, { locale: "en-GB", headingLevel: 3 });
  };
  let onReady = null;
  return {
    init() {
      // Now if the widget is ready, and on every "article-cards-ready" (again when a fresh
      // instance replaces a crashed one).
      onReady = () => mountInto(this.$el, Alpine.raw(this.records));
      window.addEventListener("article-cards-ready", onReady);
      if (window.ArticleCards) onReady();
      this.$watch("records", (records) => handle?.update(Alpine.raw(records)));
    },
    destroy() {
      window.removeEventListener("article-cards-ready", onReady);
      handle?.unmount();
      handle = null;
    },
  };
});

Alpine.start();
