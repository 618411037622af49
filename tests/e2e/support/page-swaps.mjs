// Pages for the hosts that swap whole pages and, on Back, put back a copy of the cards (Turbo
// Drive, htmx 2, htmx 4 with its history cache) or request the page again (htmx 4): for
// tests/e2e/page_snapshots.test.mjs and tests/engines/page_snapshots.test.mjs.
// At /<host>/feed.html, four cards with local figures and a link away to /<host>/other.html;
// at /turbo/kept-1.html and /turbo/kept-2.html, the same cards in an element that Turbo
// carries from page to page (`data-turbo-permanent`), each page linking to the other; at
// /<host>/long.html, a feed too long to be taken over in one task (`LONG_FEED` cards), and at
// /turbo/long-again.html the same, its records given again as Turbo puts it back.
import { join } from "node:path";
import { story } from "./records.mjs";
import { repoRoot } from "./server.mjs";

/**
 * Each host: its scripts, as its documentation has a page load them, and its `<body>`'s
 * attributes. htmx 4 boosts the links below an element only when told to (`:inherited`),
 * and on Back requests the page again (`requestsAgain`: the page as it first showed, the
 * scroll position restored by the browser) unless its history-cache extension puts back a
 * copy, as htmx 2 does.
 */
export const SWAP_HOSTS = {
  turbo: { head: '<script type="module" src="/vendor/turbo/turbo.es2017-esm.js"></script>', body: "" },
  htmx: { head: '<script src="/vendor/htmx/htmx.min.js"></script>', body: ' hx-boost="true"' },
  htmx4: { head: '<script src="/vendor/htmx4/htmx.min.js"></script>', body: ' hx-boost:inherited="true"', requestsAgain: true },
  "htmx4-cache": {
    head: '<script src="/vendor/htmx4/htmx.min.js"></script><script src="/vendor/htmx4/ext/hx-history-cache.min.js"></script>',
    body: ' hx-boost:inherited="true"',
  },
};

/** The server mounts for the widget and the hosts' scripts. */
export const swapMounts = {
  "/": join(repoRoot, "dist"),
  "/vendor/turbo/": join(repoRoot, "node_modules/@hotwired/turbo/dist"),
  "/vendor/htmx/": join(repoRoot, "node_modules/htmx.org/dist"),
  "/vendor/htmx4/": join(repoRoot, "node_modules/htmx4/dist"),
};

const FIGURES = ["gw-chirp.svg", "capacity-fade.svg", "sst-anomaly-heatmap.svg", "raman-spectrum.svg"];

/** Four cards with figures from `origin` (the test server). */
export function swapRecords(origin) {
  return FIGURES.map((figure, i) => story(i + 1, { images: [{ url: `${origin}/images/${figure}`, width: 640, height: 360 }] }));
}

/** Cards of /<host>/long.html: more than a mount renders in one task (1,000). */
export const LONG_FEED = 1500;

/** Every host's pages, by path, their figures served from `origin`. */
export function swapPages(origin) {
  const element = `<article-cards><script type="application/json">${JSON.stringify(swapRecords(origin))}</script></article-cards>`;
  // Short records with figures (a card's height close to the placeholder's, which cards far
  // from the viewport count as), so that htmx can keep the page in its history
  // (sessionStorage: about 5 million characters in Chromium).
  const long = Array.from({ length: LONG_FEED }, (_, i) =>
    story(i + 1, { excerpt: "An excerpt.", images: [{ url: `${origin}/images/${FIGURES[i % FIGURES.length]}`, width: 640, height: 360 }], related: [], secured: undefined }),
  );
  const longFeed = `<article-cards><script type="application/json">${JSON.stringify(long)}</script></article-cards>`;
  const pages = {};
  for (const host of Object.keys(SWAP_HOSTS)) {
    pages[`/${host}/feed.html`] = hostPage(host, `<h1>Feed</h1>${element}<a id="away" href="/${host}/other.html">Other page</a>`);
    pages[`/${host}/other.html`] = hostPage(host, `<h1>Other</h1><a href="/${host}/feed.html">Feed</a>`);
    // The link stays in view (a click by a reader, not by script: WebKit's Back skips an entry
    // that script added without one).
    pages[`/${host}/long.html`] = hostPage(host, `<h1>Feed</h1><a id="away" href="/${host}/other.html" style="position: fixed; top: 0; right: 0; z-index: 1">Other page</a>${longFeed}`);
  }
  // The same, where the page gives the element its records again as Turbo puts it back (as a
  // page that sets its widgets up on every render does).
  pages["/turbo/long-again.html"] = pages["/turbo/long.html"].replace(
    "</head>",
    `<script>
      document.addEventListener("turbo:render", () => {
        const element = document.querySelector("article-cards");
        if (element) element.records = JSON.parse(element.querySelector("script").textContent);
      });
    </script>
  </head>`,
  );
  const kept = element.replace("<article-cards>", '<article-cards id="kept-feed" data-turbo-permanent>');
  for (const [page, next] of [[1, 2], [2, 1]]) {
    pages[`/turbo/kept-${page}.html`] = hostPage("turbo", `<h1>Page ${page}</h1>${kept}<a id="away" href="/turbo/kept-${next}.html">Page ${next}</a>`);
  }
  return pages;
}

function hostPage(host, body) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>article-cards in ${host}</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/article-cards.css" />
    <script type="module" src="/article-cards-loader.js"></script>
    ${SWAP_HOSTS[host].head}
  </head>
  <body${SWAP_HOSTS[host].body}>
    <main>${body}</main>
  </body>
</html>`;
}

/** In the page: its cards, lists, panels and figures, as shown. */
export function cardsAsShown() {
  return {
    cards: document.querySelectorAll("article.ac-card").length,
    lists: document.querySelectorAll("article-cards > [data-article-cards]").length,
    open: [...document.querySelectorAll(".ac-related__toggle")].map((toggle) => toggle.getAttribute("aria-expanded")),
    figures: [...document.querySelectorAll("figure.ac-figure")].map((figure) => figure.dataset.state),
  };
}

/** What `cardsAsShown` finds after Back: four cards in one list, as the reader left them
 *  (the second card's panel opened, every figure shown). */
export const AS_LEFT = {
  cards: 4,
  lists: 1,
  open: ["false", "true", "false", "false"],
  figures: ["loaded", "loaded", "loaded", "loaded"],
};

/** Of what `cardsAsShown` found, what Back in `host` must keep: everything where the host
 *  puts a copy back; where it requests the page again, all but the panels (closed as on the
 *  first visit in Chromium and Firefox; WebKit, without the Navigation API htmx 4 uses in
 *  Chromium, came back with them as left). */
export function keptByBack(host, shown) {
  if (!SWAP_HOSTS[host].requestsAgain) return shown;
  const { open, ...kept } = shown;
  return kept;
}

/**
 * In the page, before leaving it: Turbo clones the body a task after it starts rendering the
 * next page, before the body is replaced or after, as it happens (after: the element has
 * left the page, and unmounts once that task is over). A page that pauses rendering
 * (Turbo's documented way to animate a page out) always has it cloned before, cards and all.
 * (No effect in htmx.)
 */
export function pauseTurboRendering() {
  document.addEventListener(
    "turbo:before-render",
    (event) => {
      event.preventDefault();
      setTimeout(() => event.detail.resume(), 50);
    },
    { once: true },
  );
}

/** In the page: where the reader is in the feed, as the first card in view (by its index),
 *  and how many cards a row holds. */
export function readingPosition() {
  const cards = [...document.querySelectorAll("article.ac-card")];
  const card = cards.find((card) => card.getBoundingClientRect().bottom > 0);
  const rowTop = card?.getBoundingClientRect().top;
  return { card: card ? Number(card.dataset.index) : -1, columns: cards.filter((other) => other.getBoundingClientRect().top === rowTop).length };
}

/** In the page: whether the long feed is back in full, rendered by the mount after Back (until
 *  it has replaced it, the page's copy has all the cards, with the first mount's ids), and a
 *  scroll position restored (htmx 4's history cache restores it a frame after its swap,
 *  which may come after the last card). */
export function longFeedIsBack(cards) {
  return (
    document.querySelectorAll("article.ac-card").length === cards &&
    document.querySelector("article.ac-card:last-child .ac-card__title")?.id.startsWith("ac2-") &&
    scrollY > 0
  );
}

/** Whether Back landed within two rows of where the reader left (`readingPosition`s): cards
 *  the reader scrolled past had their own heights, the copy's cards far from the viewport a
 *  placeholder's, so the page above them is a little taller. */
export function landsNear(left, back) {
  return Math.abs(back.card - left.card) <= 2 * left.columns;
}
