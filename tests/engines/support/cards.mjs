// Records and mounting for the engine tests: stories whose figures are served locally, and a
// blank host page that mounts them with ArticleCards.mount and lists every card event.
import { join } from "node:path";
import { repoRoot } from "../../e2e/support/server.mjs";
import { blankPage, seed, story } from "../../e2e/support/records.mjs";
import { FIGURE, figureFolder } from "./figures.mjs";
import { withProbe } from "./pages.mjs";

export const BLANK = "/blank.html";

/** Server options: dist/ at /, the figures at /figures/, the blank page, and `pages`. */
export function cardServer(pages = {}) {
  const figures = figureFolder();
  return () => ({
    mounts: { "/": join(repoRoot, "dist"), "/figures/": figures },
    pages: { [BLANK]: withProbe(blankPage('<div id="cards"></div><p id="below">Text below the cards.</p>')), ...pages },
  });
}

/** Story `n` with no figure at all (the seed's related item has a remote image). */
export function storyWithoutFigure(n, changes = {}) {
  return story(n, { related: seed.related.map(({ images, ...item }) => item), ...changes });
}

/** Story `n` with its own 600×400 figure: /figures/figure-n.svg of `serverUrl`, or the file
 *  there named by `figure`, or the full URL `figureUrl`. */
export function storyWithFigure(serverUrl, n, { figure = `figure-${n}.svg`, figureUrl = `${serverUrl}/figures/${figure}`, ...changes } = {}) {
  const images = [{ url: figureUrl, ...FIGURE, alt: `Figure ${n}` }];
  return story(n, { images, ...changes });
}

/**
 * Opens `path` (the blank page unless given), mounts `records` with `options` into #cards
 * as `window.handle`, and waits for the cards. Every card event is listed in
 * `window.cardEvents` as "type {detail}".
 */
export async function mountCards(page, records, { path = BLANK, options = {} } = {}) {
  await page.open(path);
  await page.until("the widget loads", () => Boolean(window.ArticleCards));
  await page.run(
    (records, options) => {
      window.cardEvents = [];
      for (const type of ["article-card-open", "article-card-topic", "article-card-related", "article-card-figure", "article-card-invalid"]) {
        document.addEventListener(type, (event) => window.cardEvents.push(`${type} ${JSON.stringify(event.detail)}`));
      }
      window.handle = ArticleCards.mount(document.getElementById("cards"), records, options);
    },
    records,
    options,
  );
  await page.until("the cards render", (n) => document.querySelectorAll("article.ac-card").length === n, records.length);
}

/** The card events the page has seen so far. */
export const cardEvents = (page) => page.run(() => window.cardEvents);
