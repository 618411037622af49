// A page script that uses article-cards through its globals only (no import: this file is a
// script, as a page's own <script> would be): the API, the options, the records, the events
// and the element. The `@ts-expect-error` lines are mistakes the declarations must catch.

const pageRecords: ArticleRecordsForPage = [
  {
    title: "Computer vision helps scientists study lithium ion batteries",
    webUrl: "https://phys.org/news/2020-05-vision-scientists-lithium-ion-batteries.html",
    excerpt: "Lithium-ion batteries lose capacity over time …",
    publishedDateTime: "2020-05-08T10:15:00Z",
    provider: { name: "Phys.org", domain: "phys.org" },
    topics: ["Computer Vision", "AI"],
    category: "Science",
    type: "News",
    quality: 19,
    heat: "7", // numeric strings are accepted
    published: true,
    secured: "opaque-token",
    images: [{ url: "https://phys.org/figure.jpg", width: 600, height: "400", alt: "A battery" }],
    related: [
      {
        title: "Machine learning for battery research",
        webUrl: "https://example.org/paper",
        type: "Paper",
        quality: "3",
        provider: { domain: "example.org" },
        images: [{ url: "https://example.org/figure.png" }],
      },
    ],
  },
  // `null` means absent.
  { title: "A record with nulls", webUrl: "https://example.org/nulls", excerpt: null, provider: null, topics: null },
];
type ArticleRecordsForPage = import("../../js/article-cards").ArticleRecord[];

function showCards(api: NonNullable<typeof ArticleCards>): void {
  const element = document.getElementById("cards");
  if (!element) return;
  const handle = api.mount(element, pageRecords, {
    locale: "en-GB",
    timeZone: "Europe/Berlin",
    theme: "dark",
    layout: "compact",
    headingLevel: 2,
    relatedOpen: true,
    linkTarget: "_blank",
    showSignals: false,
    now: "2020-05-09T00:00:00Z",
    labels: { relatedResearch: "Further reading", showCardsAbout: "More on {name}" },
  });
  handle.update(pageRecords.slice(1));
  handle.update(pageRecords, { theme: "light" });
  handle.update(pageRecords, null); // null: the defaults
  handle.unmount();

  const stats = api.stats();
  const memory: number = stats.wasmMemoryBytes + stats.liveMounts;
  const version: string = api.version;
  console.log(memory, version);

  // The events, typed through addEventListener on elements, the document and the window.
  element.addEventListener("article-card-open", (event) => {
    const index: number = event.detail.index;
    const url: string = event.detail.webUrl;
    const secured: string | null = event.detail.secured;
    if (secured !== null && url.startsWith("https:")) event.preventDefault();
    console.log(index);
  });
  element.addEventListener("article-card-topic", (event) => console.log(event.detail.index, event.detail.topic.toUpperCase()));
  element.addEventListener("article-card-related", (event) => console.log(event.detail.open === true));
  element.addEventListener("article-card-figure", (event) => {
    const state: "loaded" | "error" = event.detail.state;
    console.log(state, event.detail.url);
  });
  element.addEventListener("article-card-invalid", (event) => {
    const { index, path, message, severity } = event.detail;
    if (severity === "error") console.error(index, path, message);
  });
  document.addEventListener("article-card-topic", (event) => console.log(event.detail.topic));

  // @ts-expect-error: a misspelled event detail field (webUrl)
  element.addEventListener("article-card-open", (event) => console.log(event.detail.webURL));
  // @ts-expect-error: secured may be null
  element.addEventListener("article-card-open", (event) => console.log(event.detail.secured.length));
  // @ts-expect-error: a figure's state is "loaded" or "error"
  element.addEventListener("article-card-figure", (event) => event.detail.state === "failed");
  // @ts-expect-error: a misspelled stats field (liveMounts)
  console.log(stats.liveMount);
}

window.addEventListener("article-cards-ready", () => {
  if (window.ArticleCards) showCards(window.ArticleCards);
});
if (ArticleCards) showCards(ArticleCards);
window.addEventListener("article-cards-error", (event) => console.error(event.detail.message));
// @ts-expect-error: not one of the widget's events (a mix of both styles), so no detail
window.addEventListener("article-cards:error", (event) => console.error(event.detail.message));
// The deprecated names still type (marked @deprecated) for one version.
window.addEventListener("articlecards:ready", () => window.ArticleCards?.stats());
window.addEventListener("articlecards:error", (event) => console.error(event.detail.message));
window.addEventListener("article-cards-crash", (event) => console.error(event.detail.message));
// @ts-expect-error: the crash detail is {message}
window.addEventListener("article-cards-crash", (event) => console.error(event.detail.reason));

// @ts-expect-error: ArticleCards is undefined until "article-cards-ready"
ArticleCards.mount(document.body, pageRecords);

// The element: typed by tag name, with its records property.
const cardsElement = document.querySelector("article-cards");
if (cardsElement) {
  cardsElement.records = pageRecords;
  const current: readonly import("../../js/article-cards").ArticleRecord[] | undefined = cardsElement.records;
  cardsElement.setAttribute("heading-level", "2");
  cardsElement.addEventListener("article-card-related", (event) => console.log(event.detail.open, current));
  // @ts-expect-error: records is an array, not JSON text (that is the attribute)
  cardsElement.records = JSON.stringify(pageRecords);
  cardsElement.labels = { topics: "Tags", imageUnavailable: "No picture" };
  // @ts-expect-error: labels are strings
  cardsElement.labels = { topics: 3 };
}
const created = document.createElement("article-cards");
created.records = [];

// Mistakes in the options and the records.
function mistakes(api: NonNullable<typeof ArticleCards>, element: HTMLElement): void {
  // @ts-expect-error: a wrong option value (theme is "auto", "light" or "dark")
  api.mount(element, pageRecords, { theme: "blue" });
  // @ts-expect-error: headingLevel is 2 to 6
  api.mount(element, pageRecords, { headingLevel: 7 });
  // @ts-expect-error: now is an ISO string; a Date is ignored at run time
  api.mount(element, pageRecords, { now: new Date() });
  // @ts-expect-error: an unknown (misspelled) option
  api.mount(element, pageRecords, { headingLvl: 2 });
  // @ts-expect-error: linkTarget is "_self" or "_blank"
  api.mount(element, pageRecords, { linkTarget: "_top" });
  // @ts-expect-error: a misspelled label (relatedResearch)
  api.mount(element, pageRecords, { labels: { relatedReserch: "More" } });
  // @ts-expect-error: mount takes an element, not a selector
  api.mount("#cards", pageRecords);
  // @ts-expect-error: records is an array
  api.mount(element, pageRecords[0]);
  // @ts-expect-error: a record without title
  api.mount(element, [{ webUrl: "https://example.org/untitled" }]);
  // @ts-expect-error: a record without webUrl
  api.mount(element, [{ title: "Nowhere" }]);
  // @ts-expect-error: quality is an integer or a numeric string
  api.mount(element, [{ title: "T", webUrl: "https://example.org/q", quality: "high" }]);
  // @ts-expect-error: topics are strings
  api.mount(element, [{ title: "T", webUrl: "https://example.org/t", topics: [{ name: "AI" }] }]);
  // @ts-expect-error: a misspelled record field (publishedDateTime)
  api.mount(element, [{ title: "T", webUrl: "https://example.org/d", publishedDate: "2020-05-08" }]);
  // @ts-expect-error: a related item without webUrl
  api.mount(element, [{ title: "T", webUrl: "https://example.org/r", related: [{ title: "R" }] }]);
  // @ts-expect-error: update needs the records
  api.mount(element, pageRecords).update();
}
console.log(mistakes);
