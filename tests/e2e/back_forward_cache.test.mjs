// End to end, in Chromium with its back/forward cache on: a page of cards is kept whole when
// the reader leaves it, and Back shows it at once, as it was, the cards working. Nothing of
// the widget's (an `unload` listener, a channel left open) may keep a page out of the cache,
// which would make Back load and render it all again; a control page with an `unload`
// listener shows that such a page is seen.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launchBrowser, newLocalPage } from "./support/browser.mjs";
import { blankPage, story } from "./support/records.mjs";
import { startServer } from "./support/server.mjs";

const away = '<a id="away" href="/other.html">Another page</a>';
const records = [1, 2, 3].map((n) => story(n, { images: [] }));
const PAGES = {
  "/cards.html": blankPage(`<article-cards><script type="application/json">${JSON.stringify(records)}</script></article-cards>${away}`),
  "/unload.html": blankPage(`<script>addEventListener("unload", () => {});</script>${away}`),
  "/other.html": "<!doctype html><title>Another page</title><p>Another page</p>",
};

let server;
let browser;
before(async () => {
  // `no-store`, the test server's default, keeps a page out of the cache by itself.
  server = await startServer({ pages: PAGES, headers: { "cache-control": "max-age=0" } });
  browser = await launchBrowser({ backForwardCache: true });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens `path`, runs `ready`, leaves for another page and comes Back. Returns why the page
 *  was not kept (Chromium's reasons; none when it was) and whether its JS state survived. */
async function leaveAndComeBack(page, path, ready = async () => {}) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Page.enable");
  const notKept = [];
  cdp.on("Page.backForwardCacheNotUsed", (event) => notKept.push(...event.notRestoredExplanations.map((why) => why.reason)));
  await page.goto(server.url + path);
  await ready();
  await page.evaluate(() => (window.leftAt = performance.now()));
  await page.click("#away");
  await page.waitForURL("**/other.html");
  // A page restored from the cache fires no load event.
  await page.goBack({ waitUntil: "commit" });
  await page.waitForFunction(() => document.getElementById("away"));
  return { notKept, kept: await page.evaluate(() => window.leftAt !== undefined) };
}

test("a page with cards is kept in the back/forward cache: Back shows its cards as they were, working", async () => {
  const page = await newLocalPage(browser, { viewport: { width: 1000, height: 900 } });
  const problems = [];
  page.on("pageerror", (error) => problems.push(error.message));
  const back = await leaveAndComeBack(page, "/cards.html", async () => {
    await page.waitForSelector("article.ac-card >> nth=2");
    await page.locator(".ac-related__toggle").nth(1).click();
  });
  assert.deepEqual(back, { notKept: [], kept: true });
  const shown = await page.evaluate(() => ({
    cards: document.querySelectorAll("article.ac-card").length,
    open: [...document.querySelectorAll(".ac-related__toggle")].map((toggle) => toggle.getAttribute("aria-expanded")),
    mounts: ArticleCards.stats().liveMounts,
  }));
  assert.deepEqual(shown, { cards: 3, open: ["false", "true", "false"], mounts: 1 });
  const topics = await page.evaluate(() => {
    const seen = [];
    document.addEventListener("article-card-topic", (event) => seen.push(event.detail.topic));
    document.querySelector(".ac-chip").click();
    return seen;
  });
  assert.equal(topics.length, 1);
  assert.deepEqual(problems, []);
  await page.context().close();
});

test("control: a page with an unload listener is not kept, and the reason is seen", async () => {
  const page = await newLocalPage(browser, { viewport: { width: 1000, height: 900 } });
  const back = await leaveAndComeBack(page, "/unload.html");
  assert.equal(back.kept, false);
  assert.ok(back.notKept.includes("UnloadHandlerExistsInMainFrame"), back.notKept.join());
  await page.context().close();
});
