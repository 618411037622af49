// The widget's DOM as a Lit 3 component, <ac-lit-cards>, rendering into light DOM so the
// widget's stylesheet applies unchanged. Cards are keyed by webUrl with repeat(); guard()
// skips cards whose inputs did not change (as the widget's components do). Open panels and
// figure states are kept per webUrl on the element, so they survive keyed updates; one
// IntersectionObserver per element starts the figures.
import { LitElement, html, nothing } from "lit";
import { repeat } from "lit/directives/repeat.js";
import { guard } from "lit/directives/guard.js";
import { keyed } from "lit/directives/keyed.js";
import { ref } from "lit/directives/ref.js";
import {
  dateFormatter, displayExcerpt, elementId, figureOf, FIRST_SCREENFUL, isForeignHost, isoUtc, monogram,
  paletteIndex, parseTime, providerOf, readOptions, signalEntries, urlHost,
} from "./shared.js";

let mounts = 0;

// Tag names cannot be bound, so one template per heading level.
const HEADINGS = {
  2: (id, link) => html`<h2 id=${id} dir="auto" class="ac-card__title">${link}</h2>`,
  3: (id, link) => html`<h3 id=${id} dir="auto" class="ac-card__title">${link}</h3>`,
  4: (id, link) => html`<h4 id=${id} dir="auto" class="ac-card__title">${link}</h4>`,
  5: (id, link) => html`<h5 id=${id} dir="auto" class="ac-card__title">${link}</h5>`,
  6: (id, link) => html`<h6 id=${id} dir="auto" class="ac-card__title">${link}</h6>`,
};

// Templates are written without whitespace between tags: Lit keeps every text node, and the
// widget renders none.
function date(at, now, dates) {
  return html`<time datetime=${isoUtc(at)} class="ac-date"
    ><span class="ac-date__absolute">${dates.absolute(at)}</span
    ><span class="ac-date__relative">${dates.relative(at, now)}</span
  ></time>`;
}

function providerBadge(record) {
  const host = urlHost(record.webUrl);
  const provider = providerOf(record.provider, host);
  const showDomain = provider.domain != null && provider.domain !== provider.label;
  return html`<div class="ac-provider"
    ><span aria-hidden="true" class="ac-monogram ac-monogram--${paletteIndex(provider)}">${monogram(provider.label)}</span
    ><span class="ac-provider__text"
      ><span dir="auto" class="ac-provider__name">${provider.label ?? ""}</span
      >${showDomain ? html`<span class="ac-provider__domain">${provider.domain}</span>` : nothing}${
      isForeignHost(provider.domain, host)
        ? html`<span class="ac-provider__real-host"
            ><span class="ac-visually-hidden">Link goes to </span><span aria-hidden="true">→ </span>${host}</span
          >`
        : nothing
    }</span
  ></div>`;
}

function topicChips(topics) {
  if (!topics?.length) return nothing;
  return html`<ul aria-label="Topics" class="ac-topics">${topics.map(
    (topic) => html`<li
      ><button type="button" dir="auto" class="ac-chip"
        ><span class="ac-visually-hidden">Show cards about </span>${topic}</button
    ></li>`,
  )}</ul>`;
}

function signalList(record) {
  const entries = signalEntries(record);
  if (!entries.length) return nothing;
  return html`<dl class="ac-signals">${entries.map(
    ([name, value]) => html`<div class="ac-signals__item"><dt>${name}</dt><dd dir="auto">${String(value)}</dd></div>`,
  )}</dl>`;
}

function relatedItem(item, now, dates, target) {
  const at = parseTime(item.publishedDateTime);
  const provider = providerOf(item.provider, "").label ?? urlHost(item.webUrl);
  return html`<li class="ac-related__item"
    ><a href=${item.webUrl} dir="auto" rel="noopener noreferrer" target=${target} class="ac-related__link">${item.title}</a
    ><div class="ac-related__meta"
      ><span dir="auto" class="ac-related__provider">${provider}</span
      >${item.type != null ? html`<span class="ac-related__kind">${item.type}</span>` : nothing}${
      at != null ? date(at, now, dates) : nothing
    }</div
    >${item.excerpt != null ? html`<p dir="auto" class="ac-related__excerpt">${displayExcerpt(item.excerpt)}</p>` : nothing}</li
  >`;
}

export class AcLitCards extends LitElement {
  static properties = {
    records: { attribute: false },
    options: { attribute: false },
  };

  constructor() {
    super();
    this.records = [];
    this.options = undefined;
    this.idPrefix = ++mounts;
    /** webUrl → whether its related panel is open, for panels toggled by the reader. */
    this.openPanels = new Map();
    /** webUrl → { url, state } of its figure: waiting, loading, loaded or error. */
    this.figures = new Map();
    /** webUrl → the ref callback of its <figure>, stable so Lit calls it only on change. */
    this.figureRefs = new Map();
    this.figureOwners = new WeakMap();
    this.observer = null;
  }

  /** Light DOM: the widget's stylesheet reaches the cards. */
  createRenderRoot() {
    return this;
  }

  connectedCallback() {
    this.style.display = "block";
    this.observer = new IntersectionObserver((entries) => this.#onNear(entries), { rootMargin: "300px 0px" });
    super.connectedCallback();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.observer.disconnect();
  }

  willUpdate(changed) {
    if (changed.has("options") || !this.opts) {
      const previous = this.opts;
      this.opts = readOptions(this.options);
      this.dates = dateFormatter(this.opts);
      if (previous && previous.relatedOpen !== this.opts.relatedOpen) this.openPanels.clear();
    }
    if (changed.has("records") && changed.get("records")?.length) {
      // Forget the state of cards that are gone: one that comes back starts afresh.
      const present = new Set(this.records.map((record) => record.webUrl));
      for (const map of [this.openPanels, this.figures, this.figureRefs]) {
        for (const url of map.keys()) if (!present.has(url)) map.delete(url);
      }
    }
  }

  render() {
    const { opts } = this;
    const now = opts.now ?? Date.now();
    return html`<div data-article-cards=""
      ><div data-layout=${opts.layout} data-theme=${opts.theme ?? nothing} class="ac-root"
        ><div class="ac-list">${repeat(this.records, (record) => record.webUrl, (record, index) => {
          const url = record.webUrl;
          const open = this.openPanels.get(url) ?? opts.relatedOpen;
          const figure = figureOf(record);
          const figureState = figure ? this.#figureState(url, figure.image.url) : null;
          return guard([record, index, open, figureState, opts], () => this.#card(record, index, open, figure, figureState, now));
        })}</div
      ></div
    ></div>`;
  }

  #card(record, index, open, figure, figureState, now) {
    const { opts, dates } = this;
    const url = record.webUrl;
    const id = elementId(this.idPrefix, url);
    const at = parseTime(record.publishedDateTime);
    const link = html`<a href=${url} rel="noopener noreferrer" target=${opts.linkTarget} class="ac-card__link">${record.title}</a>`;
    return html`<article aria-labelledby=${`${id}-title`} data-index=${index}
      data-ac-first-screen=${index < FIRST_SCREENFUL ? "" : nothing}
      data-category=${record.category ?? nothing} data-type=${record.type ?? nothing}
      data-quality=${record.quality ?? nothing} data-heat=${record.heat ?? nothing}
      data-published=${record.published ?? nothing} class="ac-card"
      ><div class="ac-card__body"
        >${figure ? keyed(figure.image.url, this.#figure(url, figure, figureState)) : nothing}<div class="ac-card__main"
          ><div class="ac-card__meta">${providerBadge(record)}${at != null ? date(at, now, dates) : nothing}</div
          >${HEADINGS[opts.headingLevel](`${id}-title`, link)}${
          record.excerpt != null ? html`<p dir="auto" class="ac-card__excerpt">${displayExcerpt(record.excerpt)}</p>` : nothing
        }${topicChips(record.topics)}${opts.showSignals ? signalList(record) : nothing}</div
        ></div
      >${this.#related(url, `${id}-related`, record.related, open, now)}</article
    >`;
  }

  #figure(url, { image, source }, state) {
    const sized = image.width != null && image.height != null;
    const done = (outcome) => () => this.#setFigureState(url, image.url, outcome);
    return html`<figure data-state=${state} class="ac-figure" ${ref(this.#figureRef(url))}
      ><div class=${sized ? "ac-figure__frame" : "ac-figure__frame ac-figure__frame--unsized"}
        >${sized ? html`<svg class="ac-figure__ratio" viewBox=${`0 0 ${image.width} ${image.height}`} aria-hidden="true" focusable="false"></svg>` : nothing}<img width=${sized ? image.width : nothing} height=${sized ? image.height : nothing} alt=${image.alt ?? ""}
          referrerpolicy="no-referrer" decoding="async" class="ac-figure__image"
          src=${state === "waiting" ? nothing : image.url} @load=${done("loaded")} @error=${done("error")}
        />${state === "error" ? html`<span class="ac-figure__fallback">Image unavailable</span>` : nothing}</div
      ><figcaption dir="auto" class="ac-figure__caption">Figure: ${source}</figcaption
    ></figure>`;
  }

  #related(url, panelId, items, open, now) {
    if (!items?.length) return nothing;
    const { dates, opts } = this;
    const count = items.length;
    return html`<section aria-label="Related research for this article (${count})" class="ac-related"
      ><button type="button" aria-expanded=${String(open)} aria-controls=${panelId} class="ac-related__toggle"
        @click=${() => this.#toggle(url)}
        ><span class="ac-related__label">Related research</span
        ><span class="ac-related__count">(${count})</span
        ><span aria-hidden="true" class="ac-related__chevron"></span
      ></button
      ><div id=${panelId} hidden=${open ? nothing : "hidden"} class="ac-related__panel"
        ><ul class="ac-related__list">${items.map((item) => relatedItem(item, now, dates, opts.linkTarget))}</ul
      ></div
    ></section>`;
  }

  #toggle(url) {
    this.openPanels.set(url, !(this.openPanels.get(url) ?? this.opts.relatedOpen));
    this.requestUpdate();
  }

  /** The figure state for the card's current image; a new image starts out waiting. */
  #figureState(url, imageUrl) {
    let entry = this.figures.get(url);
    if (entry?.url !== imageUrl) this.figures.set(url, (entry = { url: imageUrl, state: "waiting" }));
    return entry.state;
  }

  #setFigureState(url, imageUrl, state) {
    const entry = this.figures.get(url);
    if (entry?.url !== imageUrl || entry.state === state) return;
    entry.state = state;
    this.requestUpdate();
  }

  #figureRef(url) {
    let callback = this.figureRefs.get(url);
    if (!callback) {
      let observed = null;
      callback = (figure) => {
        if (observed) this.observer?.unobserve(observed);
        observed = figure ?? null;
        if (figure && this.figures.get(url)?.state === "waiting") {
          this.figureOwners.set(figure, url);
          this.observer.observe(figure);
        }
      };
      this.figureRefs.set(url, callback);
    }
    return callback;
  }

  #onNear(entries) {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      this.observer.unobserve(entry.target);
      const entryState = this.figures.get(this.figureOwners.get(entry.target));
      if (entryState?.state === "waiting") {
        entryState.state = "loading";
        this.requestUpdate();
      }
    }
  }
}

if (!customElements.get("ac-lit-cards")) customElements.define("ac-lit-cards", AcLitCards);

/** Renders `records` into `container`; returns {update(records, options?), unmount()}. */
export function mount(container, records, options) {
  const element = document.createElement("ac-lit-cards");
  element.options = options;
  element.records = records;
  container.append(element);
  return {
    update(next, nextOptions) {
      if (nextOptions !== undefined) element.options = nextOptions;
      element.records = next;
    },
    unmount() {
      element.remove();
    },
  };
}
