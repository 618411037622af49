// In WebKit: a page with cards is kept in the browser's back/forward cache (WebKit's page
// cache) when the reader leaves it, and Back shows it as it was, the cards working, as
// tests/e2e/back_forward_cache.test.mjs checks in Chromium. Not in Firefox: under geckodriver
// it kept no page at all, not even one without the widget (and with
// `browser.sessionhistory.max_total_viewers` set), so there is nothing to see there.
import { test } from "node:test";
import assert from "node:assert/strict";
import { blankPage } from "../e2e/support/records.mjs";
import { storyWithoutFigure } from "./support/cards.mjs";
import { withProbe } from "./support/pages.mjs";
import { inEveryEngine } from "./support/suite.mjs";

const away = '<a id="away" href="/other.html">Another page</a>';
const records = [1, 2, 3].map((n) => storyWithoutFigure(n));

inEveryEngine(
  () => ({
    pages: {
      "/cards.html": withProbe(blankPage(`<article-cards><script type="application/json">${JSON.stringify(records)}</script></article-cards>${away}`)),
      "/other.html": "<!doctype html><title>Another page</title><p>Another page</p>",
    },
    // `no-store`, the test server's default, keeps a page out of the cache by itself.
    headers: { "cache-control": "max-age=0" },
  }),
  (context) => {
    /** Leaves the page for another and comes Back; whether its JS state survived. */
    async function leaveAndComeBack(page) {
      await page.run(() => (window.leftAt = performance.now()));
      await (await page.$("#away")).click();
      await page.until("the other page shows", () => document.title === "Another page");
      await page.browser.back();
      await page.until("the page is back", () => Boolean(document.getElementById("away")));
      return page.run(() => window.leftAt !== undefined);
    }

    const skip = context.engine.id === "firefox" && "Firefox under geckodriver keeps no page in its back/forward cache";
    test("a page with cards is kept in the back/forward cache: Back shows its cards as they were, working", { skip }, async () => {
      const { page } = context;
      await page.open("/cards.html");
      await page.until("the cards render", () => document.querySelectorAll("article.ac-card").length === 3);
      await (await page.$$(".ac-related__toggle"))[1].click();
      assert.equal(await leaveAndComeBack(page), true, "kept in the cache");
      const shown = await page.run(() => ({
        cards: document.querySelectorAll("article.ac-card").length,
        open: [...document.querySelectorAll(".ac-related__toggle")].map((toggle) => toggle.getAttribute("aria-expanded")),
        mounts: ArticleCards.stats().liveMounts,
      }));
      assert.deepEqual(shown, { cards: 3, open: ["false", "true", "false"], mounts: 1 });
      await page.run(() => {
        window.topics = [];
        document.addEventListener("article-card-topic", (event) => window.topics.push(event.detail.topic));
      });
      await (await page.$(".ac-chip")).click();
      await page.until("a chip sends its event", () => window.topics.length === 1);
      assert.deepEqual(await page.problems(), []);
    });
  },
);
