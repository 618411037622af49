// The benchmark's practical lower bound: the widget's DOM built by hand. Static parts are
// cloned from prebuilt nodes, text goes in with textContent, attributes with setAttribute.
// Updates are keyed by webUrl and move the fewest nodes; one listener on the list handles
// every related-panel toggle; one IntersectionObserver per mount starts the figures.
import {
  dateFormatter, displayExcerpt, elementId, figureOf, FIRST_SCREENFUL, isForeignHost, isoUtc, monogram,
  paletteIndex, parseTime, providerOf, readOptions, signalEntries, urlHost,
} from "./shared.js";

let mounts = 0;

/** An element with attributes and children; used only to build the prototypes below. */
function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** An SVG element with attributes; used only to build the prototypes below. */
function svgElement(tag, attributes) {
  const element = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

let prototypes = null;
function getPrototypes() {
  prototypes ??= {
    provider: h("div", { class: "ac-provider" },
      h("span", { "aria-hidden": "true" }),
      h("span", { class: "ac-provider__text" }, h("span", { dir: "auto", class: "ac-provider__name" }))),
    domain: h("span", { class: "ac-provider__domain" }),
    realHost: h("span", { class: "ac-provider__real-host" },
      h("span", { class: "ac-visually-hidden" }, "Link goes to "), h("span", { "aria-hidden": "true" }, "→ "), ""),
    time: h("time", { class: "ac-date" }, h("span", { class: "ac-date__absolute" }), h("span", { class: "ac-date__relative" })),
    excerpt: h("p", { dir: "auto", class: "ac-card__excerpt" }),
    topics: h("ul", { "aria-label": "Topics", class: "ac-topics" }),
    chip: h("li", {}, h("button", { type: "button", dir: "auto", class: "ac-chip" },
      h("span", { class: "ac-visually-hidden" }, "Show cards about "), "")),
    signals: h("dl", { class: "ac-signals" }),
    signal: h("div", { class: "ac-signals__item" }, h("dt"), h("dd", { dir: "auto" })),
    figure: h("figure", { "data-state": "waiting", class: "ac-figure" },
      h("div", { class: "ac-figure__frame" },
        h("img", { referrerpolicy: "no-referrer", decoding: "async", class: "ac-figure__image" })),
      h("figcaption", { dir: "auto", class: "ac-figure__caption" })),
    ratio: svgElement("svg", { class: "ac-figure__ratio", "aria-hidden": "true", focusable: "false" }),
    fallback: h("span", { class: "ac-figure__fallback" }, "Image unavailable"),
    related: h("section", { class: "ac-related" },
      h("button", { type: "button", class: "ac-related__toggle" },
        h("span", { class: "ac-related__label" }, "Related research"),
        h("span", { class: "ac-related__count" }),
        h("span", { "aria-hidden": "true", class: "ac-related__chevron" })),
      h("div", { class: "ac-related__panel" }, h("ul", { class: "ac-related__list" }))),
    relatedItem: h("li", { class: "ac-related__item" },
      h("a", { dir: "auto", rel: "noopener noreferrer", class: "ac-related__link" }),
      h("div", { class: "ac-related__meta" }, h("span", { dir: "auto", class: "ac-related__provider" }))),
    relatedKind: h("span", { class: "ac-related__kind" }),
    relatedExcerpt: h("p", { dir: "auto", class: "ac-related__excerpt" }),
  };
  return prototypes;
}

const clone = (node) => node.cloneNode(true);

/** Replaces `current` by `next` (either may be null) in `parent`; returns `next`. */
function put(parent, current, next, before) {
  if (current && next) current.replaceWith(next);
  else if (current) current.remove();
  else if (next) parent.insertBefore(next, before);
  return next;
}

/** The card's index, and the mark of the first screenful, which the stylesheet never skips. */
function setPosition(article, index) {
  article.setAttribute("data-index", index);
  setOptional(article, "data-ac-first-screen", index < FIRST_SCREENFUL ? "" : null);
}

function setOptional(element, name, value) {
  if (value == null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

const sameProvider = (a, b) => a === b || (a?.name === b?.name && a?.domain === b?.domain);
const sameList = (a, b) => a === b || (a?.length === b?.length && (a?.every((x, i) => x === b[i]) ?? true));
const figureKey = (f) => (f ? [f.image.url, f.image.width, f.image.height, f.image.alt, f.source].join("\n") : "");

/**
 * Indices of `positions` (old positions of the new sequence, -1 for new nodes) that form a
 * longest increasing run: those nodes stay where they are, every other one is moved.
 */
function staying(positions) {
  const keep = new Uint8Array(positions.length);
  const tails = [];
  const previous = new Int32Array(positions.length);
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i];
    if (position < 0) continue;
    let low = 0;
    let high = tails.length;
    if (high > 0 && positions[tails[high - 1]] < position) low = high;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (positions[tails[middle]] < position) low = middle + 1;
      else high = middle;
    }
    previous[i] = low > 0 ? tails[low - 1] : -1;
    tails[low] = i;
  }
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = previous[i]) keep[i] = 1;
  return keep;
}

/** Renders `records` into `container`; returns {update(records, options?), unmount()}. */
export function mount(container, records, options) {
  const mountNumber = ++mounts;
  const document = container.ownerDocument;
  const T = getPrototypes();
  let opts;
  let dates;
  let cardPrototype;
  const configure = (options) => {
    opts = readOptions(options);
    dates = dateFormatter(opts);
    const heading = h(`h${opts.headingLevel}`, { dir: "auto", class: "ac-card__title" },
      h("a", { rel: "noopener noreferrer", target: opts.linkTarget, class: "ac-card__link" }));
    cardPrototype = h("article", { class: "ac-card" },
      h("div", { class: "ac-card__body" }, h("div", { class: "ac-card__main" }, h("div", { class: "ac-card__meta" }), heading)));
  };
  configure(options);

  const wrapper = h("div", { "data-article-cards": "" });
  const root = h("div", { "data-layout": opts.layout, class: "ac-root" });
  if (opts.theme) root.setAttribute("data-theme", opts.theme);
  const list = h("div", { class: "ac-list" });
  root.append(list);
  wrapper.append(root);

  /** webUrl → the card's nodes and state. */
  let views = new Map();
  /** webUrl → open state to restore while cards are rebuilt for new options. */
  const reopen = new Map();
  const viewOfArticle = new WeakMap();
  const figureSource = new WeakMap();
  const observer = new IntersectionObserver(onNear, { rootMargin: "300px 0px" });

  function onNear(entries) {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const figure = entry.target;
      observer.unobserve(figure);
      figure.setAttribute("data-state", "loading");
      figure.firstChild.querySelector(".ac-figure__image").setAttribute("src", figureSource.get(figure));
    }
  }

  function onImage(event) {
    const image = event.target;
    if (image.className !== "ac-figure__image") return;
    const frame = image.parentNode;
    const failed = event.type === "error";
    frame.parentNode.setAttribute("data-state", failed ? "error" : "loaded");
    if (failed && !image.nextSibling) frame.append(clone(T.fallback));
    else if (!failed && image.nextSibling) image.nextSibling.remove();
  }

  function onClick(event) {
    const button = event.target.closest(".ac-related__toggle");
    if (!button || !list.contains(button)) return;
    const view = viewOfArticle.get(button.closest(".ac-card"));
    view.open = !view.open;
    button.setAttribute("aria-expanded", String(view.open));
    if (view.open) button.nextSibling.removeAttribute("hidden");
    else button.nextSibling.setAttribute("hidden", "hidden");
  }

  list.addEventListener("click", onClick);
  list.addEventListener("load", onImage, true);
  list.addEventListener("error", onImage, true);

  function time(at, now) {
    const node = clone(T.time);
    node.setAttribute("datetime", isoUtc(at));
    node.firstChild.textContent = dates.absolute(at);
    node.lastChild.textContent = dates.relative(at, now);
    return node;
  }

  function providerBadge(record) {
    const host = urlHost(record.webUrl);
    const provider = providerOf(record.provider, host);
    const node = clone(T.provider);
    const mark = node.firstChild;
    const text = node.lastChild;
    mark.setAttribute("class", `ac-monogram ac-monogram--${paletteIndex(provider)}`);
    mark.textContent = monogram(provider.label);
    text.firstChild.textContent = provider.label ?? "";
    if (provider.domain != null && provider.domain !== provider.label) {
      const domain = clone(T.domain);
      domain.textContent = provider.domain;
      text.append(domain);
    }
    if (isForeignHost(provider.domain, host)) {
      const realHost = clone(T.realHost);
      realHost.lastChild.data = host;
      text.append(realHost);
    }
    return node;
  }

  function topics(list) {
    if (!list?.length) return null;
    const node = clone(T.topics);
    for (const topic of list) {
      const chip = clone(T.chip);
      chip.firstChild.lastChild.data = topic;
      node.append(chip);
    }
    return node;
  }

  function signals(record) {
    const entries = opts.showSignals ? signalEntries(record) : [];
    if (!entries.length) return null;
    const node = clone(T.signals);
    for (const [name, value] of entries) {
      const item = clone(T.signal);
      item.firstChild.textContent = name;
      item.lastChild.textContent = String(value);
      node.append(item);
    }
    return node;
  }

  function figure(data) {
    if (!data) return null;
    const { image, source } = data;
    const node = clone(T.figure);
    const frame = node.firstChild;
    const img = frame.firstChild;
    if (image.width != null && image.height != null) {
      img.setAttribute("width", image.width);
      img.setAttribute("height", image.height);
      const ratio = clone(T.ratio);
      ratio.setAttribute("viewBox", `0 0 ${image.width} ${image.height}`);
      frame.insertBefore(ratio, img);
    } else {
      frame.setAttribute("class", "ac-figure__frame ac-figure__frame--unsized");
    }
    img.setAttribute("alt", image.alt ?? "");
    node.lastChild.textContent = `Figure: ${source}`;
    figureSource.set(node, image.url);
    observer.observe(node);
    return node;
  }

  function relatedItem(item, now) {
    const node = clone(T.relatedItem);
    const link = node.firstChild;
    const meta = node.lastChild;
    link.setAttribute("href", item.webUrl);
    link.setAttribute("target", opts.linkTarget);
    link.textContent = item.title;
    meta.firstChild.textContent = providerOf(item.provider, "").label ?? urlHost(item.webUrl);
    if (item.type != null) {
      const kind = clone(T.relatedKind);
      kind.textContent = item.type;
      meta.append(kind);
    }
    const at = parseTime(item.publishedDateTime);
    if (at != null) meta.append(time(at, now));
    if (item.excerpt != null) {
      const excerpt = clone(T.relatedExcerpt);
      excerpt.textContent = displayExcerpt(item.excerpt);
      node.append(excerpt);
    }
    return node;
  }

  function related(view, items, now) {
    if (!items?.length) return null;
    const node = clone(T.related);
    const button = node.firstChild;
    const panel = node.lastChild;
    const panelId = `${view.id}-related`;
    node.setAttribute("aria-label", `Related research for this article (${items.length})`);
    button.setAttribute("aria-expanded", String(view.open));
    button.setAttribute("aria-controls", panelId);
    button.childNodes[1].textContent = `(${items.length})`;
    panel.id = panelId;
    if (!view.open) panel.setAttribute("hidden", "hidden");
    for (const item of items) panel.firstChild.append(relatedItem(item, now));
    return node;
  }

  /** Brings a card's nodes up to `record`, rebuilding only the parts whose inputs changed. */
  function render(view, record, now) {
    const first = view.record === null;
    const old = view.record ?? {};
    const { article, main } = view;
    view.record = record;
    setOptional(article, "data-category", record.category);
    setOptional(article, "data-type", record.type);
    setOptional(article, "data-quality", record.quality);
    setOptional(article, "data-heat", record.heat);
    setOptional(article, "data-published", record.published);
    if (first || !sameProvider(old.provider, record.provider) || old.publishedDateTime !== record.publishedDateTime) {
      const at = parseTime(record.publishedDateTime);
      view.meta.replaceChildren(providerBadge(record), ...(at == null ? [] : [time(at, now)]));
    }
    if (first || old.title !== record.title) view.link.textContent = record.title;
    if (old.excerpt !== record.excerpt) {
      let excerpt = null;
      if (record.excerpt != null) {
        excerpt = clone(T.excerpt);
        excerpt.textContent = displayExcerpt(record.excerpt);
      }
      view.excerpt = put(main, view.excerpt, excerpt, view.heading.nextSibling);
    }
    if (!sameList(old.topics, record.topics)) view.topics = put(main, view.topics, topics(record.topics), view.signals);
    view.signals = put(main, view.signals, signals(record), null);
    const figureData = figureOf(record);
    const key = figureKey(figureData);
    if (key !== view.figureKey) {
      if (view.figure) observer.unobserve(view.figure);
      view.figure = put(view.body, view.figure, figure(figureData), main);
      view.figureKey = key;
    }
    if (!sameList(old.related, record.related)) view.related = put(article, view.related, related(view, record.related, now), null);
  }

  function create(record, index, now) {
    const article = clone(cardPrototype);
    const body = article.firstChild;
    const main = body.firstChild;
    const meta = main.firstChild;
    const heading = meta.nextSibling;
    const link = heading.firstChild;
    const id = elementId(mountNumber, record.webUrl);
    article.setAttribute("aria-labelledby", `${id}-title`);
    setPosition(article, index);
    heading.id = `${id}-title`;
    link.setAttribute("href", record.webUrl);
    const view = {
      record: null, index, id, article, body, main, meta, heading, link,
      excerpt: null, topics: null, signals: null, figure: null, figureKey: "", related: null,
      open: reopen.get(record.webUrl) ?? opts.relatedOpen,
    };
    viewOfArticle.set(article, view);
    render(view, record, now);
    return view;
  }

  function remove(view) {
    if (view.figure) observer.unobserve(view.figure);
    view.article.remove();
  }

  function update(next, nextOptions) {
    if (!views) return;
    if (nextOptions !== undefined) {
      // New options change every card: rebuild them all, keeping open panels open unless
      // relatedOpen changed (which then applies to every card).
      const relatedOpen = opts.relatedOpen;
      configure(nextOptions);
      root.setAttribute("data-layout", opts.layout);
      setOptional(root, "data-theme", opts.theme);
      for (const [url, view] of views) {
        if (opts.relatedOpen === relatedOpen) reopen.set(url, view.open);
        remove(view);
      }
      views = new Map();
    }
    const now = opts.now ?? Date.now();
    const nextViews = new Map();
    const ordered = new Array(next.length);
    const positions = new Int32Array(next.length);
    for (let i = 0; i < next.length; i++) {
      const record = next[i];
      let view = views.get(record.webUrl);
      if (view) {
        positions[i] = view.index;
        if (view.record !== record) render(view, record, now);
        if (view.index !== i) {
          view.index = i;
          setPosition(view.article, i);
        }
      } else {
        positions[i] = -1;
        view = create(record, i, now);
      }
      ordered[i] = view;
      nextViews.set(record.webUrl, view);
    }
    let kept = 0;
    for (const [url, view] of views) {
      if (nextViews.has(url)) kept++;
      else remove(view);
    }
    views = nextViews;
    reopen.clear();
    if (kept === 0) {
      const fragment = document.createDocumentFragment();
      for (const view of ordered) fragment.append(view.article);
      list.append(fragment);
      return;
    }
    const keep = staying(positions);
    let before = null;
    for (let i = ordered.length - 1; i >= 0; i--) {
      const article = ordered[i].article;
      if (!keep[i]) list.insertBefore(article, before);
      before = article;
    }
  }

  function unmount() {
    if (!views) return;
    observer.disconnect();
    list.removeEventListener("click", onClick);
    list.removeEventListener("load", onImage, true);
    list.removeEventListener("error", onImage, true);
    wrapper.remove();
    views = null;
  }

  container.append(wrapper);
  update(records);
  return { update, unmount };
}
