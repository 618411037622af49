// A module that imports the declarations' named types, as an app with a bundler would, and
// builds records and options with them. The `@ts-expect-error` lines must fail.
import type {
  ArticleCardsApi,
  ArticleCardsElement,
  ArticleCardsOptions,
  ArticleCardEventMap,
  ArticleRecord,
} from "../../js/article-cards";

export const options: ArticleCardsOptions = { locale: "de-DE", theme: "auto", headingLevel: 4 };

/** Records from a feed whose numbers arrive as strings. */
export function fromFeed(items: readonly { headline: string; url: string; score: string }[]): ArticleRecord[] {
  return items.map((item) => ({ title: item.headline, webUrl: item.url, quality: item.score as `${number}` }));
}

/** Waits for the API; also types the globals from a module. */
export function whenReady(): Promise<ArticleCardsApi> {
  return new Promise((resolve) => {
    if (window.ArticleCards) return resolve(window.ArticleCards);
    window.addEventListener("article-cards-ready", () => resolve(window.ArticleCards!), { once: true });
  });
}

/** One listener for any card event, keyed by the event map. */
export function listen<K extends keyof ArticleCardEventMap>(element: ArticleCardsElement, name: K, use: (event: ArticleCardEventMap[K]) => void): void {
  element.addEventListener(name, use);
}

listen(document.createElement("article-cards"), "article-card-invalid", (event) => console.warn(event.detail.path));

// @ts-expect-error: a wrong option value (layout is "full" or "compact")
export const wrongLayout: ArticleCardsOptions = { layout: "grid" };
// @ts-expect-error: a record without title
export const untitled: ArticleRecord = { webUrl: "https://example.org/untitled" };
// @ts-expect-error: published is a boolean (or "true"/"false")
export const unpublished: ArticleRecord = { title: "T", webUrl: "https://example.org/p", published: "no" };
// @ts-expect-error: images have a url
export const imageless: ArticleRecord = { title: "T", webUrl: "https://example.org/i", images: [{ alt: "x" }] };
// @ts-expect-error: the topic event has no webUrl
listen(document.createElement("article-cards"), "article-card-topic", (event) => event.detail.webUrl);
