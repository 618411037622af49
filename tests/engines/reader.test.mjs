// In Firefox and WebKit: what a reader does with the cards — the demo's cards render, a topic
// chip tells the host, the related panel opens and closes by mouse and by keyboard, and the
// host can cancel the navigation of a card's link.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { repoRoot } from "../e2e/support/server.mjs";
import { cardEvents, cardServer, mountCards, storyWithFigure } from "./support/cards.mjs";
import { probedFile } from "./support/pages.mjs";
import { inEveryEngine } from "./support/suite.mjs";

const cardPages = cardServer();

/** The second card's related toggle and panel, as the reader finds them. */
async function secondPanel(page) {
  const card = (await page.$$("article.ac-card"))[1];
  return { toggle: await card.$(".ac-related__toggle"), panel: await card.$(".ac-related__panel"), list: await card.$(".ac-related__list") };
}

const panelState = (page) =>
  page.run(() => {
    const card = document.querySelectorAll("article.ac-card")[1];
    const toggle = card.querySelector(".ac-related__toggle");
    const panel = document.getElementById(toggle.getAttribute("aria-controls"));
    return { expanded: toggle.getAttribute("aria-expanded"), hidden: panel.hidden };
  });

inEveryEngine(
  () => {
    const options = cardPages();
    return { ...options, pages: { ...options.pages, "/": probedFile(join(repoRoot, "dist/index.html")) } };
  },
  (context) => {
    test("the demo shows its 14 valid records as cards and reports the invalid one", async () => {
      const { page } = context;
      await page.open("/");
      await page.until("14 cards", () => document.querySelectorAll("article.ac-card").length === 14);
      const titles = await page.run(() => [...document.querySelectorAll("article.ac-card .ac-card__title")].map((title) => title.textContent));
      assert.equal(new Set(titles).size, 14, "fourteen different titles");
      assert.ok(titles.every((title) => title.trim().length > 0));
      assert.ok(await page.$("article.ac-card").isDisplayed());
      const problems = await page.problems();
      assert.equal(problems.length, 1, `one console message: ${problems.join(" | ")}`);
      assert.match(problems[0], /webUrl/, "it names the invalid record's field");
    });

    test("a topic chip dispatches article-card-topic with the card's index and topic", async () => {
      const { page } = context;
      await mountCards(page, [1, 2].map((n) => storyWithFigure(page.server.url, n)));
      const chips = await (await page.$$("article.ac-card"))[1].$$(".ac-chip");
      assert.equal(await chips[1].getProperty("textContent"), "Show cards about AI");
      await chips[1].click();
      const events = await cardEvents(page);
      assert.deepEqual(events.filter((e) => e.startsWith("article-card-topic")), ['article-card-topic {"index":1,"topic":"AI"}']);
      assert.deepEqual(await page.problems(), []);
    });

    test("the related panel opens and closes with the mouse", async () => {
      const { page } = context;
      await mountCards(page, [1, 2].map((n) => storyWithFigure(page.server.url, n)));
      const { toggle, list } = await secondPanel(page);
      assert.deepEqual(await panelState(page), { expanded: "false", hidden: true });
      assert.equal(await list.isDisplayed(), false, "closed at first");
      await toggle.click();
      assert.deepEqual(await panelState(page), { expanded: "true", hidden: false });
      await list.waitForDisplayed({ timeoutMsg: "the related list shows (once it has faded in)" });
      await toggle.click();
      assert.deepEqual(await panelState(page), { expanded: "false", hidden: true });
      assert.equal(await list.isDisplayed(), false);
      const events = (await cardEvents(page)).filter((e) => e.startsWith("article-card-related"));
      assert.deepEqual(events, ['article-card-related {"index":1,"open":true}', 'article-card-related {"index":1,"open":false}']);
      assert.deepEqual(await page.problems(), []);
    });

    test("the related panel is reached with Tab and toggled with Enter and Space", async () => {
      const { page } = context;
      await mountCards(page, [1, 2].map((n) => storyWithFigure(page.server.url, n)));
      await page.run(() => document.querySelectorAll("article.ac-card")[1].querySelector(".ac-card__link").focus());
      let reached = false;
      for (let presses = 0; presses < 12 && !reached; presses++) {
        await page.keys(["Tab"]);
        reached = await page.run(() => document.activeElement === document.querySelectorAll("article.ac-card")[1].querySelector(".ac-related__toggle"));
      }
      assert.ok(reached, "Tab from the card's title link reaches its related toggle");
      await page.keys(["Enter"]);
      await page.until("Enter opens the panel", () => document.querySelectorAll(".ac-related__toggle")[1].getAttribute("aria-expanded") === "true");
      assert.deepEqual(await panelState(page), { expanded: "true", hidden: false });
      await (await secondPanel(page)).list.waitForDisplayed({ timeoutMsg: "the related list shows" });
      await page.keys([" "]);
      await page.until("Space closes the panel", () => document.querySelectorAll(".ac-related__toggle")[1].getAttribute("aria-expanded") === "false");
      assert.deepEqual(await panelState(page), { expanded: "false", hidden: true });
      assert.deepEqual(await page.problems(), []);
    });

    test("article-card-open is cancelable: the host's preventDefault keeps the reader on the page", async () => {
      const { page } = context;
      await mountCards(page, [1, 2].map((n) => storyWithFigure(page.server.url, n)));
      await page.run(() => {
        document.addEventListener("article-card-open", (event) => {
          window.openCancelable = event.cancelable;
          event.preventDefault();
        });
      });
      const before = await page.browser.getUrl();
      const link = (await page.$$("article.ac-card .ac-card__link"))[1];
      assert.equal(await link.getAttribute("href"), "https://example.org/story/2");
      await link.click();
      const events = (await cardEvents(page)).filter((e) => e.startsWith("article-card-open"));
      assert.equal(events.length, 1);
      assert.match(events[0], /^article-card-open \{"index":1,"webUrl":"https:\/\/example.org\/story\/2","secured":"cqo\+5yf0pk9/);
      assert.equal(await page.run(() => window.openCancelable), true);
      assert.equal(await page.browser.getUrl(), before, "no navigation");
      assert.equal(await page.run(() => document.querySelectorAll("article.ac-card").length), 2, "the page is still there");
      assert.deepEqual(await page.problems(), []);
    });
  },
);
