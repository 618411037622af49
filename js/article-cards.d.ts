// TypeScript declarations for article-cards: the `ArticleCards` global that
// article-cards-loader.js sets, its options, the record, the events, the <article-cards>
// element, and that element in React 19 and Vue 3 templates. Written by hand from the
// README and src/model/ (options.rs, validate.rs, fields.rs); scripts/check-types checks it
// against tests/types/.
//
// How to use it. This file is a module (it exports types) whose globals sit in
// `declare global`, so it works both ways:
// - as a global declaration, with no import: list it in tsconfig.json ("files" or "include")
//   or write `/// <reference path="./cards/article-cards.d.ts" />`; `ArticleCards`, the
//   events on `addEventListener`, `document.querySelector("article-cards")` and the JSX
//   element are then typed everywhere;
// - imported, for the named types: `import type { ArticleRecord } from "./cards/article-cards"`
//   (which also brings the globals in).
// A file without exports could only be used the first way (importing it is error TS2306, "not
// a module"), and a package's `types` entry must be a module. It exports types only, because
// the loader it describes exports no values: it defines the element and sets the global.
//
// The React and Vue parts name no type of React or Vue, so this file compiles in projects that
// have neither installed (augmenting a module that is absent declares it, without an error),
// even without `skipLibCheck`.

// ---------------------------------------------------------------------------------------------
// The record
// ---------------------------------------------------------------------------------------------

/**
 * An integer as a JSON number, or as a numeric string such as `"19"` (feeds often send
 * numbers as strings; `"19.0"` counts too). Anything else is dropped with a warning.
 */
export type IntegerLike = number | `${number}`;

/** `true` or `false`, also as the strings `"true"` and `"false"`. */
export type BooleanLike = boolean | "true" | "false";

/** Who published an article. Shown as a badge: the name, else the domain. */
export interface ArticleProvider {
  /** The publisher's name, such as `"Phys.org"`. */
  name?: string | null;
  /** The publisher's domain, such as `"phys.org"`; decides the badge's colour. */
  domain?: string | null;
}

/** An image of an article; the card shows the first one as its lazily loaded figure. */
export interface ArticleImage {
  /** Absolute `http:`/`https:` URL; an image without a usable one is ignored, with a warning. */
  url: string;
  /** Width in pixels, 1 to 20,000: with `height`, reserves the figure's box before it loads. */
  width?: IntegerLike | null;
  /** Height in pixels, 1 to 20,000. */
  height?: IntegerLike | null;
  /** Alternative text; at most 500 characters (longer is shortened). */
  alt?: string | null;
}

/**
 * One entry of a record's related-research panel. An item whose `title` or `webUrl` is
 * missing or unsafe is dropped with a warning; the card still renders.
 */
export interface ArticleRelatedItem {
  /** Non-empty; at most 300 characters (longer is shortened). */
  title: string;
  /** Absolute `http:`/`https:` URL. */
  webUrl: string;
  /** Clamped; an ellipsis is added where the feed cut a sentence. At most 1,000 characters. */
  excerpt?: string | null;
  /** ISO 8601 / RFC 3339 date-time, such as `"2020-05-08T10:15:00Z"`. */
  publishedDateTime?: string | null;
  /** A label, such as `"Paper"`. */
  type?: string | null;
  provider?: ArticleProvider | null;
  /** An integer, -1,000,000,000 to 1,000,000,000. */
  quality?: IntegerLike | null;
  /** The first image of the first related item that has one is the card's figure when the record has none. */
  images?: readonly ArticleImage[] | null;
}

/**
 * One article: what `ArticleCards.mount`, `update` and the element's `records` take.
 *
 * `null` means absent. An invalid optional field is dropped with a warning carrying its JSON
 * path (`related[0].images[0].width`); a record whose `title` or `webUrl` is missing or unsafe
 * is reported as an error and not shown. Unknown fields are ignored at run time (the type
 * rejects them in object literals, to catch misspellings). Cards are keyed by `webUrl`:
 * a second record with the same `webUrl` is dropped.
 */
export interface ArticleRecord {
  /** **Required**, non-empty; at most 300 characters (longer is shortened). */
  title: string;
  /** **Required**: an absolute `http:`/`https:` URL. The card's link and its key. */
  webUrl: string;
  /** Clamped; an ellipsis is added where the feed cut a sentence. At most 1,000 characters. */
  excerpt?: string | null;
  /**
   * ISO 8601 / RFC 3339 date-time: `"2020-05-08T10:15:00Z"`, `"2020-05-08 10:15:00+00:00"`.
   * Shown in the `locale` and `timeZone` options' terms.
   */
  publishedDateTime?: string | null;
  /** A label, shown with `showSignals`; at most 80 characters. */
  category?: string | null;
  /** A label, shown with `showSignals`; at most 80 characters. */
  type?: string | null;
  /** An integer, -1,000,000,000 to 1,000,000,000 (numeric strings accepted); shown with `showSignals`. */
  quality?: IntegerLike | null;
  /** An integer, -1,000,000,000 to 1,000,000,000 (numeric strings accepted); shown with `showSignals`. */
  heat?: IntegerLike | null;
  /** Whether the article is published; shown with `showSignals`. */
  published?: BooleanLike | null;
  provider?: ArticleProvider | null;
  /** Topic chips; choosing one sends `article-card-topic`. At most 20 (more are ignored), duplicates removed. */
  topics?: readonly string[] | null;
  /** The related-research panel; at most 20 items. */
  related?: readonly ArticleRelatedItem[] | null;
  /** The first one is the card's figure; at most 10. */
  images?: readonly ArticleImage[] | null;
  /** Opaque string, never rendered, handed back as `secured` in `article-card-open`. */
  secured?: string | null;
}

// ---------------------------------------------------------------------------------------------
// The options
// ---------------------------------------------------------------------------------------------

/** Follows `prefers-color-scheme` (`"auto"`), or always light or dark. */
export type ArticleCardsTheme = "auto" | "light" | "dark";
/** The full card, or a compact one. */
export type ArticleCardsLayout = "full" | "compact";
/** The level of the cards' title headings. */
export type ArticleCardsHeadingLevel = 2 | 3 | 4 | 5 | 6;
/** Where the cards' links open: the same tab or a new one. */
export type ArticleCardsLinkTarget = "_self" | "_blank";

/**
 * Display options for `ArticleCards.mount` and `update`; on the element, its attributes.
 * A wrong or unknown option is named in a console warning and its default is used; `null`
 * or absent means the default.
 */
export interface ArticleCardsOptions {
  /**
   * BCP 47 language tag such as `"de-DE"`, for dates and the card's own words (built in:
   * en, de, fr, es, pt, ja, zh, ar; `de-AT` uses de, other languages English). Default: the
   * browser's.
   */
  locale?: string | null;
  /** IANA time zone such as `"Europe/Berlin"`, for dates. Default: the browser's. */
  timeZone?: string | null;
  /** `"auto"` follows `prefers-color-scheme`. Default: `"auto"`. */
  theme?: ArticleCardsTheme | null;
  /** Default: `"full"`. */
  layout?: ArticleCardsLayout | null;
  /** The title headings' level, 2 to 6. Default: 3. */
  headingLevel?: ArticleCardsHeadingLevel | null;
  /** Open every related-research panel. Default: `false`. */
  relatedOpen?: boolean | null;
  /** Default: `"_self"`. */
  linkTarget?: ArticleCardsLinkTarget | null;
  /** Show category, type, quality, heat and published. Default: `false`. */
  showSignals?: boolean | null;
  /**
   * ISO 8601 date-time string (not a `Date`) that relative dates are measured from.
   * Default: the current time.
   */
  now?: string | null;
  /** The host's own words over the locale's, by name. Default: none. */
  labels?: ArticleCardsLabels | null;
}

/**
 * The card's own words, each replacing the built-in word of the locale's language. `{count}`,
 * `{name}`, `{source}` and `{host}` are replaced by their values; the words are shown as text,
 * never read as HTML.
 */
export interface ArticleCardsLabels {
  /** The related panel's button. Default: `"Related research"`. */
  relatedResearch?: string;
  /** The number of related items after it. Default: `"({count})"`. */
  relatedCount?: string;
  /** The related panel's accessible name. Default: `"Related research for this article ({count})"`. */
  relatedResearchFor?: string;
  /** A topic chip's accessible name. Default: `"Show cards about {name}"`. */
  showCardsAbout?: string;
  /** Shown when a figure's image fails. Default: `"Image unavailable"`. */
  imageUnavailable?: string;
  /** The figure's caption. Default: `"Figure: {source}"`. */
  figure?: string;
  /** The topic list's accessible name. Default: `"Topics"`. */
  topics?: string;
  /** Read before a link's real host when it is not the provider's. Default: `"Link goes to {host}"`. */
  linkGoesTo?: string;
  /** The arrow shown before that host (hidden from screen readers). Default: `"→ "` (`"← "` in Arabic). */
  linkArrow?: string;
  /** Signal names (`showSignals`). Defaults: `"Category"`, `"Type"`, `"Quality"`, `"Heat"`, `"Published"`. */
  category?: string;
  type?: string;
  quality?: string;
  heat?: string;
  published?: string;
  /** The `published` signal's values. Defaults: `"yes"`, `"no"`. */
  yes?: string;
  no?: string;
}

// ---------------------------------------------------------------------------------------------
// The API: window.ArticleCards
// ---------------------------------------------------------------------------------------------

/** What `ArticleCards.mount` returns: the cards rendered into one element. */
export interface ArticleCardsMountHandle {
  /**
   * Shows `records` instead, keyed by `webUrl`: cards that stay keep their state (open panel,
   * loaded figure) and their DOM nodes. `options`, if given, replace the current ones
   * (`null`: the defaults). Throws a `TypeError` when `records` is not an array; after `unmount` it does nothing.
   */
  update(records: readonly ArticleRecord[], options?: ArticleCardsOptions | null): void;
  /** Removes everything `mount` added. Calling it twice is harmless. */
  unmount(): void;
  /**
   * Unmounts (if not done yet) and releases the handle; it cannot be used after. Optional: a
   * handle the page drops is never released behind its back, so its cards stay.
   */
  free(): void;
}

/** Figures for diagnosing a long-lived page. */
export interface ArticleCardsStats {
  /** The WebAssembly module's memory, in bytes. */
  wasmMemoryBytes: number;
  /** Mounts not unmounted yet (each `<article-cards>` element counts as one). */
  liveMounts: number;
}

/** `window.ArticleCards`, set when the module is ready (see the `article-cards-ready` event). */
export interface ArticleCardsApi {
  /**
   * Renders `records` into `element` and returns a handle. Throws a `TypeError` only when
   * `element` is not an element or `records` is not an array; a bad record is reported
   * (console and `article-card-invalid`) and skipped. Cards prerendered into `element` by
   * `article-cards render` are taken over in place.
   */
  readonly mount: (element: Element, records: readonly ArticleRecord[], options?: ArticleCardsOptions | null) => ArticleCardsMountHandle;
  /** `{wasmMemoryBytes, liveMounts}`, for diagnosing long-lived pages. */
  readonly stats: () => ArticleCardsStats;
  /** The widget's version, such as `"0.1.0"`. */
  readonly version: string;
  /**
   * The `<article-cards>` attributes that set options, as `[attribute, option, isSwitch]`
   * (`["heading-level", "headingLevel", false]`); a switch is on when present, unless
   * `"false"`. The loader reads the element's options with this list.
   */
  readonly optionAttributes: readonly (readonly [attribute: string, option: keyof ArticleCardsOptions, isSwitch: boolean])[];
}

// ---------------------------------------------------------------------------------------------
// The events
// ---------------------------------------------------------------------------------------------

/** `article-card-open`: the reader opened a card's link. */
export interface ArticleCardOpenDetail {
  /** The record's position in the array passed to `mount`/`update`/`records`. */
  index: number;
  /** The link being followed. */
  webUrl: string;
  /** The record's `secured` string, or `null` when it has none. */
  secured: string | null;
}

/** `article-card-topic`: the reader chose a topic chip. */
export interface ArticleCardTopicDetail {
  /** The record's position in the array passed in. */
  index: number;
  /** The chip's topic, as in the record's `topics`. */
  topic: string;
}

/** `article-card-related`: the reader opened or closed the related-research panel. */
export interface ArticleCardRelatedDetail {
  /** The record's position in the array passed in. */
  index: number;
  /** Whether the panel is now open. */
  open: boolean;
}

/** `article-card-figure`: the card's figure loaded or failed. */
export interface ArticleCardFigureDetail {
  /** The record's position in the array passed in. */
  index: number;
  state: "loaded" | "error";
  /** The image's URL. */
  url: string;
}

/** `article-card-invalid`: a problem with a record, also logged to the console. */
export interface ArticleCardInvalidDetail {
  /** The record's position in the array passed in. */
  index: number;
  /** JSON path of the field inside the record, such as `"related[0].images[0].width"`; `""` for the record itself. */
  path: string;
  /** What is wrong, such as `"is required"`. */
  message: string;
  /** `"error"`: the record is not shown. `"warning"`: the field was dropped, the card shown. */
  severity: "error" | "warning";
}

/** `article-cards-crash` and `article-cards-error` on window. */
export interface ArticleCardsFailureDetail {
  /** What went wrong. */
  message: string;
}

/** `article-card-open`, cancelable: `preventDefault()` stops the navigation. */
export type ArticleCardOpenEvent = CustomEvent<ArticleCardOpenDetail>;
/** `article-card-topic`. */
export type ArticleCardTopicEvent = CustomEvent<ArticleCardTopicDetail>;
/** `article-card-related`. */
export type ArticleCardRelatedEvent = CustomEvent<ArticleCardRelatedDetail>;
/** `article-card-figure`. */
export type ArticleCardFigureEvent = CustomEvent<ArticleCardFigureDetail>;
/** `article-card-invalid`. */
export type ArticleCardInvalidEvent = CustomEvent<ArticleCardInvalidDetail>;

/**
 * The cards' events: bubbling, composed `CustomEvent`s dispatched on the card's `<article>`
 * (`article-card-invalid` on the mount element when the record did not render), so any
 * ancestor, the document and the window can listen.
 */
export interface ArticleCardEventMap {
  "article-card-open": ArticleCardOpenEvent;
  "article-card-topic": ArticleCardTopicEvent;
  "article-card-related": ArticleCardRelatedEvent;
  "article-card-figure": ArticleCardFigureEvent;
  "article-card-invalid": ArticleCardInvalidEvent;
}

/** The widget's own events on window. */
export interface ArticleCardsWindowEventMap {
  /** `window.ArticleCards` is callable; fires again when a fresh instance replaces a crashed one. */
  "article-cards-ready": Event;
  /** The WebAssembly module failed to load. */
  "article-cards-error": CustomEvent<ArticleCardsFailureDetail>;
  /** A bug made the module panic; a fresh instance starts and `article-cards-ready` fires again. */
  "article-cards-crash": CustomEvent<ArticleCardsFailureDetail>;
  /**
   * @deprecated The old name of `article-cards-ready`, dispatched right after it; removed in
   * the next version.
   */
  "articlecards:ready": Event;
  /**
   * @deprecated The old name of `article-cards-error`, dispatched right after it; removed in
   * the next version.
   */
  "articlecards:error": CustomEvent<ArticleCardsFailureDetail>;
}

// ---------------------------------------------------------------------------------------------
// The element: <article-cards>
// ---------------------------------------------------------------------------------------------

/**
 * `<article-cards>`, defined by the loader before anything loads. Records come from its
 * `records` property, else from a `records` attribute holding JSON, else from a child
 * `<script type="application/json">`; options come from its attributes
 * ({@link ArticleCardsAttributes}). Changing either re-renders; removing the element removes
 * its cards. With no records from any of them it adds nothing to itself.
 */
export interface ArticleCardsElement extends HTMLElement {
  /**
   * The records to show (an array). A value set before the widget loaded is kept.
   * `undefined` until set: the `records` attribute or inline JSON is used then.
   */
  records: readonly ArticleRecord[] | undefined;
  /** The `labels` option: the host's own words. `undefined` until set. */
  labels: ArticleCardsLabels | undefined;
}

/** An attribute's value as text, or a value a framework writes as that text. */
type AttributeText<T extends string | number> = T | `${T}`;
/** A boolean attribute: on when present and not `"false"`. */
type BooleanAttribute = boolean | "" | "true" | "false";

/** The attributes of `<article-cards>`: the options, in kebab-case. */
export interface ArticleCardsAttributes {
  /** BCP 47 tag such as `"de-DE"`. Default: the browser's. */
  locale?: string;
  /** IANA zone such as `"Europe/Berlin"`. Default: the browser's. */
  "time-zone"?: string;
  /** Default: `"auto"` (follows `prefers-color-scheme`). */
  theme?: ArticleCardsTheme;
  /** Default: `"full"`. */
  layout?: ArticleCardsLayout;
  /** 2 to 6. Default: 3. */
  "heading-level"?: AttributeText<ArticleCardsHeadingLevel>;
  /** Default: `"_self"`. */
  "link-target"?: ArticleCardsLinkTarget;
  /** Open every related-research panel: on when present and not `"false"`. */
  "related-open"?: BooleanAttribute;
  /** Show category, type, quality, heat and published: on when present and not `"false"`. */
  "show-signals"?: BooleanAttribute;
  /** ISO 8601 date-time that relative dates are measured from. Default: the current time. */
  now?: string;
}

// ---------------------------------------------------------------------------------------------
// React 19, Preact, Solid and Vue 3
// ---------------------------------------------------------------------------------------------

/** A ref to the element, as React's `useRef` and ref callbacks give it. */
type ElementRef = { current: ArticleCardsElement | null } | ((element: ArticleCardsElement | null) => void | (() => void)) | null;

/**
 * `<article-cards>` in React 19 JSX. React 19 sets `records` as a property (the element is
 * defined before your app renders, if the loader comes first) and adds an `on<event>` prop as
 * a listener for `<event>`, so `onarticle-card-topic` listens to `article-card-topic`.
 * No children: the widget renders the element's content.
 *
 * Note: TypeScript does not report an unknown attribute whose name has a hyphen, so a
 * misspelled `onarticle-card-topik` or `heading-levle` passes the type check.
 */
export interface ArticleCardsReactProps extends ArticleCardsAttributes {
  /** The records, set as the element's property. */
  records?: readonly ArticleRecord[];
  /** The `labels` option, set as the element's property. */
  labels?: ArticleCardsLabels;
  ref?: ElementRef;
  id?: string;
  className?: string;
  hidden?: boolean;
  title?: string;
  lang?: string;
  dir?: "ltr" | "rtl" | "auto";
  slot?: string;
  style?: { readonly [property: string]: string | number | undefined };
  "onarticle-card-open"?: (event: ArticleCardOpenEvent) => void;
  "onarticle-card-topic"?: (event: ArticleCardTopicEvent) => void;
  "onarticle-card-related"?: (event: ArticleCardRelatedEvent) => void;
  "onarticle-card-figure"?: (event: ArticleCardFigureEvent) => void;
  "onarticle-card-invalid"?: (event: ArticleCardInvalidEvent) => void;
}

/**
 * The props that Vue's template type checker (vue-tsc, Volar) reads for `<article-cards>`.
 * It camelizes attribute names before looking them up, hence `headingLevel` here; but write
 * them in kebab-case in templates (`heading-level="2"`): Vue sets an unknown prop on a custom
 * element as an attribute of the name written, and the element reads `heading-level`.
 */
export interface ArticleCardsVueProps {
  /** The records, set as the element's property (`:records="records"`). */
  records?: readonly ArticleRecord[];
  /** The `labels` option, set as the element's property (`:labels="labels"`). */
  labels?: ArticleCardsLabels;
  /** `locale`: BCP 47 tag such as `"de-DE"`. Default: the browser's. */
  locale?: string;
  /** `time-zone`: IANA zone such as `"Europe/Berlin"`. Default: the browser's. */
  timeZone?: string;
  /** `theme`. Default: `"auto"` (follows `prefers-color-scheme`). */
  theme?: ArticleCardsTheme;
  /** `layout`. Default: `"full"`. */
  layout?: ArticleCardsLayout;
  /** `heading-level`: 2 to 6. Default: 3. */
  headingLevel?: AttributeText<ArticleCardsHeadingLevel>;
  /** `link-target`. Default: `"_self"`. */
  linkTarget?: ArticleCardsLinkTarget;
  /** `related-open`: open every related-research panel. */
  relatedOpen?: BooleanAttribute;
  /** `show-signals`: show category, type, quality, heat and published. */
  showSignals?: BooleanAttribute;
  /** `now`: ISO 8601 date-time that relative dates are measured from. */
  now?: string;
}

/** `$emit` in Vue's form (one overload per event): how vue-tsc types `@article-card-topic="…"` handlers. */
type ArticleCardsVueEmit = ((name: "article-card-open", event: ArticleCardOpenEvent) => void) &
  ((name: "article-card-topic", event: ArticleCardTopicEvent) => void) &
  ((name: "article-card-related", event: ArticleCardRelatedEvent) => void) &
  ((name: "article-card-figure", event: ArticleCardFigureEvent) => void) &
  ((name: "article-card-invalid", event: ArticleCardInvalidEvent) => void);

/**
 * `<article-cards>` in Vue 3 templates, as Vue's guide types elements not built with Vue: a
 * constructor whose instances carry `$props` and `$emit` for the type checker only.
 */
export type ArticleCardsVueComponent = new () => ArticleCardsElement & {
  /** @deprecated For template type checking only: the element has no `$props`. */
  $props: ArticleCardsVueProps;
  /** @deprecated For template type checking only: the element has no `$emit`. */
  $emit: ArticleCardsVueEmit;
};

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "article-cards": ArticleCardsReactProps;
    }
  }
}

/**
 * `<article-cards>` in Preact JSX: React's props, and `class`. Preact, like React 19, sets
 * `records` as a property once the element is defined and listens to `article-card-topic` for
 * `onarticle-card-topic`.
 */
export interface ArticleCardsPreactProps extends ArticleCardsReactProps {
  class?: string;
}

declare module "preact" {
  namespace JSX {
    interface IntrinsicElements {
      "article-cards": ArticleCardsPreactProps;
    }
  }
}

/**
 * `<article-cards>` in Solid JSX. Solid sets a custom element's dynamic props as properties
 * (`records={records()}`), leaves static ones in the markup as attributes
 * (`heading-level="3"`), and listens to the widget's events with `on:`
 * (`on:article-card-topic={…}`).
 */
export interface ArticleCardsSolidProps extends ArticleCardsAttributes {
  /** The records, set as the element's property. */
  records?: readonly ArticleRecord[];
  /** The `labels` option, set as the element's property. */
  labels?: ArticleCardsLabels;
  ref?: ArticleCardsElement | ((element: ArticleCardsElement) => void);
  id?: string;
  class?: string;
  hidden?: boolean;
  title?: string;
  lang?: string;
  dir?: "ltr" | "rtl" | "auto";
  slot?: string;
  "on:article-card-open"?: (event: ArticleCardOpenEvent) => void;
  "on:article-card-topic"?: (event: ArticleCardTopicEvent) => void;
  "on:article-card-related"?: (event: ArticleCardRelatedEvent) => void;
  "on:article-card-figure"?: (event: ArticleCardFigureEvent) => void;
  "on:article-card-invalid"?: (event: ArticleCardInvalidEvent) => void;
}

declare module "solid-js" {
  namespace JSX {
    interface IntrinsicElements {
      "article-cards": ArticleCardsSolidProps;
    }
  }
}

declare module "vue" {
  interface GlobalComponents {
    "article-cards": ArticleCardsVueComponent;
  }
}

// ---------------------------------------------------------------------------------------------
// Globals
// ---------------------------------------------------------------------------------------------

declare global {
  /**
   * The widget's API, set by article-cards-loader.js when the WebAssembly module is ready,
   * and announced by the `article-cards-ready` event on window: `undefined` until then.
   * Frozen; replaced by a fresh instance after a crash (`article-cards-ready` fires again).
   */
  var ArticleCards: ArticleCardsApi | undefined;

  interface HTMLElementTagNameMap {
    "article-cards": ArticleCardsElement;
  }

  interface HTMLElementEventMap extends ArticleCardEventMap {}
  interface DocumentEventMap extends ArticleCardEventMap {}
  interface WindowEventMap extends ArticleCardEventMap, ArticleCardsWindowEventMap {}
}
