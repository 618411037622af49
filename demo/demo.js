// The demo host page's own script: mounts the cards from window.demoRecords the way any page
// would, applies the option controls, filters by topic, and lists the widget's events.
(function () {
  "use strict";

  const cards = document.getElementById("cards");
  const controls = document.getElementById("controls");
  const filter = document.getElementById("filter");
  const log = document.getElementById("log");
  let handle = null;
  let topic = null;

  function options() {
    const form = new FormData(controls);
    return {
      theme: form.get("theme"),
      layout: form.get("layout"),
      locale: form.get("locale") || undefined,
      showSignals: form.has("showSignals"),
      relatedOpen: form.has("relatedOpen"),
    };
  }

  function records() {
    const all = window.demoRecords || [];
    return topic ? all.filter((record) => Array.isArray(record.topics) && record.topics.includes(topic)) : all;
  }

  function render() {
    handle.update(records(), options());
    filter.hidden = !topic;
    document.getElementById("filter-topic").textContent = topic || "";
    document.documentElement.dataset.theme = options().theme;
  }

  function note(type, detail) {
    const item = document.createElement("li");
    const name = document.createElement("code");
    name.textContent = type;
    const shown = Object.assign({}, detail);
    if (typeof shown.secured === "string" && shown.secured.length > 24) {
      shown.secured = shown.secured.slice(0, 24) + "…";
    }
    item.append(name, " ", JSON.stringify(shown));
    // Appended in a scroll box, so earlier entries never move (no layout shift).
    log.append(item);
    log.scrollTop = log.scrollHeight;
  }

  const events = ["article-card-open", "article-card-topic", "article-card-related", "article-card-figure", "article-card-invalid"];
  events.forEach((type) => cards.addEventListener(type, (event) => note(type, event.detail)));

  cards.addEventListener("article-card-topic", (event) => {
    topic = event.detail.topic;
    render();
  });
  document.getElementById("filter-clear").addEventListener("click", () => {
    topic = null;
    render();
  });
  controls.addEventListener("change", render);

  function start() {
    handle?.unmount(); // after a crash, the restarted widget mounts afresh
    handle = window.ArticleCards.mount(cards, records(), options());
  }

  // Not once: "article-cards-ready" fires again when a fresh instance replaces a crashed one.
  window.addEventListener("article-cards-ready", start);
  if (window.ArticleCards) start();
})();
