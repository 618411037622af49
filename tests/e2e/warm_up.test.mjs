// End to end: while the WebAssembly module downloads, the loader makes an `Intl` formatter
// and lays out one hidden card (the warm-up card the build wrote into it), so that the first
// real cards find ICU's data loaded and their fonts looked up. The card is added and removed
// in one task (never painted), fetches nothing, and is skipped where cards are shown already.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { startServer, repoRoot } from "./support/server.mjs";
import { newLocalPage } from "./support/browser.mjs";
import { withServerAndBrowser } from "./support/suite.mjs";
import { blankPage, story } from "./support/records.mjs";

let browser;
withServerAndBrowser(null, (started) => ({ browser } = started));

/**
 * Records, from before the page's first byte, the `Intl.DateTimeFormat`s made, and every
 * element added to <body> that holds a card: the element itself (inspected later), and
 * whether the same delivery of mutations (one task's) also removed it.
 */
async function watchWarmUps(page) {
  await page.addInitScript(() => {
    window.formattersMade = 0;
    Intl.DateTimeFormat = new Proxy(Intl.DateTimeFormat, {
      construct(target, args, newTarget) {
        window.formattersMade += 1;
        return Reflect.construct(target, args, newTarget);
      },
    });
    window.warmUps = [];
    new MutationObserver((mutations) => {
      const removed = new Set(mutations.flatMap((m) => [...m.removedNodes]));
      for (const mutation of mutations) {
        if (mutation.target !== document.body) continue;
        for (const node of mutation.addedNodes) {
          if (node.nodeType === Node.ELEMENT_NODE && node.querySelector("article.ac-card")) {
            window.warmUps.push({ box: node, removedInTheSameTask: removed.has(node) });
          }
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

/** Resolves once the page has loaded and then been idle twice (when the warm-up runs). */
const loadedAndIdle = (page) =>
  page.evaluate(async () => {
    if (document.readyState !== "complete") await new Promise((resolve) => addEventListener("load", resolve, { once: true }));
    for (let i = 0; i < 2; i++) await new Promise((resolve) => requestIdleCallback(resolve));
  });

test("while the module downloads, an Intl formatter is made and one hidden card laid out and removed in the same task, fetching nothing", async () => {
  const server = await startServer({ pages: { "/blank.html": blankPage() } });
  const page = await newLocalPage(browser, { viewport: { width: 1100, height: 900 } });
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const requested = [];
  page.on("request", (request) => requested.push(new URL(request.url()).pathname));
  // The module is held back, as on a slow network, until the warm-up has been seen.
  let releaseModule;
  const moduleHeld = new Promise((resolve) => (releaseModule = resolve));
  await page.route("**/article-cards_bg.wasm", async (route) => {
    await moduleHeld;
    await route.continue();
  });
  await watchWarmUps(page);
  await page.goto(server.url + "/blank.html");
  const bodyBefore = await page.evaluate(() => document.body.innerHTML);
  await page.waitForFunction(() => window.warmUps.length > 0);
  assert.equal(await page.evaluate(() => window.ArticleCards), undefined, "it ran before the module was ready");
  assert.equal(await page.evaluate(() => window.formattersMade), 1, "ICU's data is loaded already");

  const warmUp = await page.evaluate(() => {
    const { box, removedInTheSameTask } = window.warmUps[0];
    const card = box.querySelector("article.ac-card");
    return {
      count: window.warmUps.length,
      removedInTheSameTask,
      connected: box.isConnected,
      hidden: box.style.visibility === "hidden" && box.getAttribute("aria-hidden") === "true" && box.inert,
      cards: box.querySelectorAll("article.ac-card").length,
      parts: [".ac-card__link", ".ac-card__excerpt", ".ac-chip", ".ac-related__item", ".ac-figure__caption"].filter((part) => card.querySelector(part)),
      figure: card.querySelector("figure.ac-figure").dataset.state,
      fetching: box.querySelectorAll("[src], [srcset]").length,
    };
  });
  assert.deepEqual(warmUp, {
    count: 1,
    removedInTheSameTask: true,
    connected: false,
    hidden: true,
    cards: 1,
    parts: [".ac-card__link", ".ac-card__excerpt", ".ac-chip", ".ac-related__item", ".ac-figure__caption"],
    figure: "waiting",
    fetching: 0,
  });
  assert.equal(await page.evaluate(() => document.body.innerHTML), bodyBefore, "nothing is left on the page");
  assert.deepEqual(
    [...new Set(requested)].sort(),
    ["/article-cards-loader.js", "/article-cards.css", "/article-cards.js", "/article-cards_bg.wasm", "/blank.html"],
    "the warm-up fetched nothing",
  );

  releaseModule();
  await page.waitForFunction(() => window.ArticleCards);
  await page.evaluate((records) => window.ArticleCards.mount(document.getElementById("cards"), records), [story(1), story(2)]);
  await page.waitForFunction(() => document.querySelectorAll("#cards article.ac-card").length === 2);
  await loadedAndIdle(page);
  assert.equal(await page.evaluate(() => window.warmUps.length), 1, "only once");
  assert.deepEqual(errors, []);
  await page.context().close();
  await server.close();
});

test("no warm-up card where cards are shown already: a prerendered page", async () => {
  const server = await startServer({
    mounts: { "/": join(repoRoot, "examples/prerendered"), "/article-cards/": join(repoRoot, "dist") },
  });
  const page = await newLocalPage(browser, { viewport: { width: 1100, height: 900 } });
  await watchWarmUps(page);
  await page.goto(server.url + "/");
  await page.waitForFunction(() => window.ArticleCards && !document.querySelector("[data-ac-prerendered]"));
  await loadedAndIdle(page);
  assert.equal(await page.evaluate(() => window.warmUps.length), 0);
  await page.context().close();
  await server.close();
});
