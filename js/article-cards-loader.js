// Defines the <article-cards> element at once, then loads the article-cards WebAssembly
// module from the folder this file is in. When ready, window.ArticleCards is set and
// "article-cards-ready" is dispatched on window. An external module, not an inline script,
// so pages with a strict Content-Security-Policy can use it.
//
// The element is defined before anything is awaited, so that frameworks (React 19, Vue 3)
// see a defined element and set `records` as a property. Until the module is ready, an
// element holds card-shaped placeholders for its records (no layout shift when the cards
// arrive); then it renders.
//
// Cards prerendered by `article-cards render` are taken over in place by the same build.
// Files are named by literal relative URLs, which bundlers (Vite, webpack 5) follow and point
// at the copies they emit; on a plain page they resolve beside this file.
const WASM_URL = new URL("./article-cards_bg.wasm", import.meta.url);
/** The glue as a file, for a fresh instance after a crash (bundlers copy it as an asset). */
const GLUE_URL = new URL("./article-cards.js", import.meta.url);
/** The cards' stylesheet: adopted into shadow roots (see `styleShadowRoot`). */
const CSS_URL = new URL("./article-cards.css", import.meta.url);
let instances = 1;
/** More placeholders than this would only cover what is far below the viewport. */
const MAX_PLACEHOLDERS = 24;
/** Elements that asked to render before the module was ready. */
const waitingForModule = new Set();
/** Every connected element, wherever it is (a shadow root included), for a restart. */
const connectedElements = new Set();
/** The cards' stylesheet as a constructed sheet, fetched once a shadow root needs it. */
let shadowSheet = null;

/**
 * Brings the cards' stylesheet into `element`'s shadow root, if it is in one and the
 * stylesheet does not reach the element there yet: a page's stylesheets do not reach into
 * shadow trees (Lit and other web components render there). The sheet is adopted first, so
 * the root's own adopted sheets (Lit's `static styles`) still override it; a root that
 * links the stylesheet itself is left as it is, its own overrides with it. Returns a
 * promise that resolves once the cards can be styled there (or it has failed, which is
 * reported), or null where there is nothing to do.
 */
function styleShadowRoot(element) {
  const root = element.getRootNode();
  // The stylesheet sets this on the element wherever it applies.
  if (!(root instanceof ShadowRoot) || getComputedStyle(element).getPropertyValue("--ac-placeholder-height")) return null;
  shadowSheet ??= fetch(CSS_URL)
    .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`HTTP ${response.status}`))))
    .then((text) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      return sheet;
    });
  return shadowSheet
    .then((sheet) => {
      if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
    })
    .catch((error) => {
      // The cards still render: unstyled, not missing.
      console.error(
        `article-cards: <article-cards> is in a shadow root, and its stylesheet ${CSS_URL} could not be ` +
          `adopted there (${error.message}); add article-cards.css to that shadow root yourself.`,
      );
    });
}

/**
 * Whether `name` is an option attribute. The list comes from the module
 * (`ArticleCards.optionAttributes`, from the model's table of options), so it is known only
 * once the module is ready: until then nothing renders, and the attributes present then are
 * read when it is.
 */
function isOptionAttribute(name) {
  return window.ArticleCards?.optionAttributes.some(([attribute]) => attribute === name) ?? false;
}

/**
 * <article-cards>: renders records from its `records` property, else from a `records`
 * attribute holding JSON, else from a child <script type="application/json">, with options
 * from its attributes. Changes re-render (batched per task); removing the element unmounts
 * everything.
 */
class ArticleCardsElement extends HTMLElement {
  static observedAttributes = ["records"];

  #records = undefined;
  /** The host's own words (the `labels` option), from the `labels` property. */
  #labels = undefined;
  #handle = null;
  #renderQueued = false;
  /** In a shadow root, rendering waits until the cards' stylesheet is there. */
  #waitingForStyles = false;
  /** The `records` attribute value last reported as not JSON (reported once). */
  #reportedAttribute = null;
  /**
   * Option attributes are watched with a MutationObserver rather than `observedAttributes`,
   * which must be known when the element is defined, before the module (and its table of
   * options) has loaded.
   */
  #optionChanges = new MutationObserver((changes) => {
    if (changes.some(({ attributeName }) => isOptionAttribute(attributeName))) this.#queueRender();
  });
  /**
   * In a shadow root, the cards' stylesheet is adopted again if the component replaces the
   * root's adopted sheets later (a theme switch, say): the cards, unstyled, change size. In
   * the next frame, not from the ResizeObserver's callback: a size changed there again is a
   * "ResizeObserver loop" error event on the page.
   */
  #stylesLost = null;

  connectedCallback() {
    connectedElements.add(this);
    this.#optionChanges.observe(this, { attributes: true });
    if (this.getRootNode() instanceof ShadowRoot) {
      this.#stylesLost ??= new ResizeObserver(() => requestAnimationFrame(() => styleShadowRoot(this)));
      this.#stylesLost.observe(this);
    }
    const styled = styleShadowRoot(this);
    if (styled) {
      this.#waitingForStyles = true;
      styled.then(() => {
        this.#waitingForStyles = false;
        this.#queueRender();
      });
    }
    // A `records` or `labels` property set before this element was upgraded is an own
    // property that hides the accessor below: take it over.
    for (const property of ["records", "labels"]) {
      if (Object.prototype.hasOwnProperty.call(this, property)) {
        const early = this[property];
        delete this[property];
        this[property] = early;
      }
    }
    this.#queueRender();
  }

  /**
   * Unmounts once the task is over, unless the element is back in the page by then: an
   * element moved (a framework reordering its children, Turbo's `data-turbo-permanent`
   * carried into the next page) keeps its cards, their nodes and state.
   */
  disconnectedCallback() {
    connectedElements.delete(this);
    this.#optionChanges.disconnect();
    this.#stylesLost?.disconnect();
    setTimeout(() => {
      if (this.isConnected) return;
      this.#handle?.unmount();
      this.#handle = null;
    });
  }

  /** Renders now that the module has loaded (the element asked before it had). */
  moduleReady() {
    this.#queueRender();
  }

  /** After a crash: drop what the dead instance rendered and render with the new one. */
  restart() {
    this.#handle = null;
    this.querySelectorAll(":scope > [data-article-cards]").forEach((old) => old.remove());
    this.#queueRender();
  }

  /** The `records` attribute changed (option attributes: see `#optionChanges`). */
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

  get labels() {
    return this.#labels;
  }

  set labels(labels) {
    this.#labels = labels;
    this.#queueRender();
  }

  #queueRender() {
    if (this.#renderQueued) return;
    this.#renderQueued = true;
    queueMicrotask(() => {
      this.#renderQueued = false;
      if (this.isConnected && !this.#waitingForStyles) this.#render();
    });
  }

  #render() {
    const records = this.#records ?? this.#attributeRecords() ?? this.#inlineRecords();
    if (records === undefined) {
      // No records from anywhere yet: the element stays as the page wrote it. A framework
      // that rendered it on the server sets `records` when it hydrates, and finds in the
      // element exactly what it rendered there (placeholders or cards would not match).
      this.#handle?.unmount();
      this.#handle = null;
      this.querySelector(":scope > .ac-placeholders")?.remove();
      // Looked at again once the module is ready and the page has loaded (a `records`
      // attribute that is not JSON is reported then).
      if (!window.ArticleCards) waitingForModule.add(this);
      else if (document.readyState !== "complete") window.addEventListener("load", () => this.#queueRender(), { once: true });
      return;
    }
    if (!window.ArticleCards) {
      waitingForModule.add(this);
      this.#reserveSpace(records);
      return;
    }
    try {
      if (this.#handle) this.#handle.update(records, this.#options());
      else this.#handle = window.ArticleCards.mount(this, records, this.#options());
    } catch (error) {
      console.error(`article-cards: <article-cards> ${error.message}`);
    }
  }

  #options() {
    const options = {};
    for (const [attribute, option, isSwitch] of window.ArticleCards.optionAttributes) {
      const value = this.getAttribute(attribute);
      if (value === null) continue;
      options[option] = isSwitch ? value !== "false" : value;
    }
    if (this.#labels !== undefined) options.labels = this.#labels;
    return options;
  }

  /**
   * Card-shaped placeholders for `records`, in the place and grid the cards will take
   * (styles/article-cards.css, "Placeholders"); `mount` replaces them.
   */
  #reserveSpace(records) {
    if (!Array.isArray(records) || this.querySelector(":scope > .ac-placeholders, :scope > [data-article-cards]")) return;
    const root = document.createElement("div");
    root.className = "ac-root ac-placeholders";
    root.setAttribute("aria-hidden", "true");
    for (const name of ["theme", "layout"]) {
      const value = this.getAttribute(name);
      if (value !== null) root.dataset[name] = value;
    }
    const list = root.appendChild(document.createElement("div"));
    list.className = "ac-list";
    for (let i = 0; i < Math.min(records.length, MAX_PLACEHOLDERS); i++) {
      list.appendChild(document.createElement("div")).className = "ac-placeholder";
    }
    this.append(root);
  }

  /**
   * Records from a `records` attribute, for pages that write JSON there. A framework that
   * met the element before it was defined writes "[object Object],…": say what to do, once
   * the module is ready and the page has loaded. Not before: a framework that rendered the
   * page on the server writes that too (Svelte), then sets the property when its script
   * hydrates the page, which may run after the module is ready.
   */
  #attributeRecords() {
    const text = this.getAttribute("records");
    if (text === null) return undefined;
    try {
      return JSON.parse(text);
    } catch {
      if (window.ArticleCards && document.readyState === "complete" && this.#reportedAttribute !== text) {
        this.#reportedAttribute = text;
        console.error(
          `article-cards: <article-cards records="${text.slice(0, 40)}…"> is not JSON. ` +
            "Set the records property instead (element.records = [...]; React 19, Vue 3, Preact and " +
            "Svelte do so once the element is defined: load article-cards-loader.js before your " +
            "app's script).",
        );
      }
      return undefined;
    }
  }

  #inlineRecords() {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script && document.readyState === "loading") {
      // The parser may not have reached the element's children yet.
      document.addEventListener("DOMContentLoaded", () => this.#queueRender(), { once: true });
    }
    if (!script) return undefined;
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
// "article-cards-ready" fires again) and re-render every <article-cards> with it.
function restartAfterCrash() {
  setTimeout(async () => {
    instances += 1;
    const glue = new URL(GLUE_URL);
    glue.searchParams.set("instance", instances);
    // Computed: bundlers must leave this import alone.
    const fresh = await import(/* @vite-ignore */ /* webpackIgnore: true */ glue.href);
    await fresh.default({ module_or_path: WASM_URL });
    connectedElements.forEach((element) => element.restart());
  });
}

/**
 * One card, `[tag, [[name, value], ...], ...children]` with texts as strings:
 * js/warm-up-records.json rendered at build time by the renderer the module uses
 * (scripts/warm-up-card.mjs writes it here), so the loader holds no copy of the card's markup.
 */
const WARM_UP_CARD = /* warm-up card */ null;
const SVG_NAMESPACE = "http://www.w3.org/2000/svg";

/** `tree` as nodes: elements, attributes and text nodes, never parsed markup. */
function build(tree, inSvg) {
  if (typeof tree === "string") return document.createTextNode(tree);
  const [tag, attributes, ...children] = tree;
  const svg = inSvg || tag === "svg";
  const element = svg ? document.createElementNS(SVG_NAMESPACE, tag) : document.createElement(tag);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  for (const child of children) element.append(build(child, svg));
  return element;
}

/**
 * What a page's first cards would otherwise wait for, done while the module downloads, each
 * in an idle moment of its own. A page's first `Intl` formatter loads ICU's data (37–73 ms on
 * a desktop; ARCHITECTURE.md, "Intl warmed before the first mount"), after which any other is
 * quick.
 */
function warmUpIntl() {
  new Intl.DateTimeFormat().format(0);
  new Intl.RelativeTimeFormat().format(-1, "day");
}

/**
 * A page's first layout of a card looks up the card's fonts: the first frame of the first
 * cards took 50–85 ms instead of 20–35 on a desktop, 270–300 instead of 160 on the mobile
 * profile (ARCHITECTURE.md, "Fonts are looked up before the first card"). So a hidden card is
 * laid out once, added and removed in one task (never painted); not where cards are shown
 * already.
 */
function warmUpFonts() {
  if (!document.body || document.querySelector(".ac-card")) return;
  const box = document.createElement("div");
  box.setAttribute("aria-hidden", "true");
  box.inert = true;
  Object.assign(box.style, {
    position: "absolute",
    top: "0",
    left: "0",
    width: "100%",
    height: "0",
    overflow: "hidden",
    visibility: "hidden",
    pointerEvents: "none",
  });
  box.append(build(WARM_UP_CARD, false));
  document.body.append(box);
  box.getBoundingClientRect();
  box.remove();
}

/** Runs `work` after the page's stylesheets have loaded, when it has nothing else to do. */
function whenIdle(work) {
  if (document.readyState !== "complete") {
    window.addEventListener("load", () => whenIdle(work), { once: true });
  } else if ("requestIdleCallback" in window) {
    requestIdleCallback(work);
  } else {
    setTimeout(work);
  }
}
async function load() {
  // The .wasm download (and its streaming compilation) starts at once, alongside the glue's.
  const wasm = fetch(WASM_URL);
  wasm.catch(() => {}); // a failure is reported through init
  const { default: init } = await import("./article-cards.js");
  await init({ module_or_path: wasm });
}

// A page may hold two copies of this file (a page's own tag beside an app's bundled copy, or
// two URLs): the one that runs first defines the element and loads the module for every
// element; another one does nothing, so the module is downloaded, run and restarted once.
if (!customElements.get("article-cards")) {
  customElements.define("article-cards", ArticleCardsElement);
  window.addEventListener("article-cards-crash", restartAfterCrash);
  whenIdle(() => {
    warmUpIntl();
    if (WARM_UP_CARD) whenIdle(warmUpFonts);
  });
  load().then(
    () => {
      waitingForModule.forEach((element) => element.moduleReady());
      waitingForModule.clear();
    },
    (error) => {
      console.error("article-cards: the WebAssembly module failed to load", error);
      // "articlecards:error" is the deprecated name, still dispatched for this version.
      for (const name of ["article-cards-error", "articlecards:error"]) {
        window.dispatchEvent(new CustomEvent(name, { detail: { message: String(error) } }));
      }
    },
  );
}
