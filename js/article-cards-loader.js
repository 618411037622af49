// Loads the article-cards WebAssembly module from the folder this file is in, then registers
// the <article-cards> element. When ready, window.ArticleCards is set and
// "articlecards:ready" is dispatched on window. An external module, not an inline script,
// so pages with a strict Content-Security-Policy can use it.
//
// Cards prerendered by `article-cards render` are taken over in place by the same build.
const BUILD = "article-cards";
/** The glue and module that loaded, for restarts. */
let loaded = null;
let instances = 1;

/** Attribute name → option name, for <article-cards>. */
const ATTRIBUTE_OPTIONS = {
  locale: "locale",
  "time-zone": "timeZone",
  theme: "theme",
  layout: "layout",
  "heading-level": "headingLevel",
  "related-open": "relatedOpen",
  "link-target": "linkTarget",
  "show-signals": "showSignals",
  now: "now",
};
const BOOLEAN_OPTIONS = new Set(["relatedOpen", "showSignals"]);

/**
 * <article-cards>: renders records from its `records` property, or else from a child
 * <script type="application/json">, with options from its attributes. Changes re-render
 * (batched per task); removing the element unmounts everything.
 */
class ArticleCardsElement extends HTMLElement {
  static observedAttributes = Object.keys(ATTRIBUTE_OPTIONS);

  #records = undefined;
  #handle = null;
  #renderQueued = false;

  connectedCallback() {
    // A `records` property set before this element was upgraded is an own property that
    // hides the accessor below: take it over.
    if (Object.prototype.hasOwnProperty.call(this, "records")) {
      const early = this.records;
      delete this.records;
      this.#records = early;
    }
    this.#queueRender();
  }

  disconnectedCallback() {
    this.#handle?.unmount();
    this.#handle = null;
  }

  /** After a crash: drop what the dead instance rendered and render with the new one. */
  restart() {
    this.#handle = null;
    this.querySelectorAll(":scope > [data-article-cards]").forEach((old) => old.remove());
    this.#queueRender();
  }

  attributeChangedCallback() {
    this.#queueRender();
  }

  get records() {
    return this.#records;
  }

  set records(records) {
    this.#records = records;
    this.#queueRender();
  }

  #queueRender() {
    if (this.#renderQueued) return;
    this.#renderQueued = true;
    queueMicrotask(() => {
      this.#renderQueued = false;
      if (this.isConnected) this.#render();
    });
  }

  #render() {
    const records = this.#records ?? this.#inlineRecords();
    try {
      if (this.#handle) this.#handle.update(records, this.#options());
      else this.#handle = window.ArticleCards.mount(this, records, this.#options());
    } catch (error) {
      console.error(`article-cards: <article-cards> ${error.message}`);
    }
  }

  #options() {
    const options = {};
    for (const [attribute, option] of Object.entries(ATTRIBUTE_OPTIONS)) {
      const value = this.getAttribute(attribute);
      if (value === null) continue;
      options[option] = BOOLEAN_OPTIONS.has(option) ? value !== "false" : value;
    }
    return options;
  }

  #inlineRecords() {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script && document.readyState === "loading") {
      // The parser may not have reached the element's children yet.
      document.addEventListener("DOMContentLoaded", () => this.#queueRender(), { once: true });
    }
    if (!script) return [];
    try {
      return JSON.parse(script.textContent);
    } catch (error) {
      console.error(`article-cards: <article-cards> inline JSON: ${error.message}`);
      return [];
    }
  }
}

// A panic leaves a WebAssembly instance unusable. Start a fresh instance of the module
// (a new module URL gives a new instance; window.ArticleCards is replaced and
// "articlecards:ready" fires again) and re-render every <article-cards> with it.
window.addEventListener("article-cards-crash", () => {
  setTimeout(async () => {
    instances += 1;
    const fresh = await import(`${loaded.glue}?instance=${instances}`);
    await fresh.default({ module_or_path: loaded.wasm });
    document.querySelectorAll("article-cards").forEach((element) => element.restart());
  });
});

async function load(build) {
  const files = { glue: new URL(`${build}.js`, import.meta.url), wasm: new URL(`${build}_bg.wasm`, import.meta.url) };
  // The .wasm download (and its streaming compilation) starts at once, alongside the glue's.
  const wasm = fetch(files.wasm);
  wasm.catch(() => {}); // a failure is reported through init
  const { default: init } = await import(files.glue);
  await init({ module_or_path: wasm });
  loaded = files;
}

load(BUILD)
  .then(
    () => {
      if (!customElements.get("article-cards")) customElements.define("article-cards", ArticleCardsElement);
    },
    (error) => {
      console.error("article-cards: the WebAssembly module failed to load", error);
      window.dispatchEvent(new CustomEvent("articlecards:error", { detail: { message: String(error) } }));
    },
  );
