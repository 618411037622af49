// In Firefox and WebKit: what a host page does with the widget — keyed updates through the
// mount handle keep a kept card's node and open panel, unmount leaves nothing behind, and the
// <article-cards> element renders inline JSON, follows its records property and attributes,
// and unmounts when removed; in a shadow root, a keyed move gives focus back there; cards
// mounted into a shadow root without their stylesheet are said once on the console.
import { test } from "node:test";
import assert from "node:assert/strict";
import { BLANK, cardServer, mountCards, storyWithFigure, storyWithoutFigure } from "./support/cards.mjs";
import { withProbe } from "./support/pages.mjs";
import { blankPage } from "../e2e/support/records.mjs";
import { inEveryEngine } from "./support/suite.mjs";

const ELEMENT = "/element.html";
const SHADOW = "/shadow.html";
const inlineRecords = [storyWithoutFigure(1), storyWithoutFigure(2)];
const elementPage = blankPage(
  `<article-cards locale="en-GB" theme="dark"><script type="application/json">${JSON.stringify(inlineRecords)}</script></article-cards>`,
);

const titles = (page) => page.run(() => [...document.querySelectorAll("article.ac-card .ac-card__title")].map((title) => title.textContent));

inEveryEngine(cardServer({ [ELEMENT]: withProbe(elementPage), [SHADOW]: withProbe(blankPage('<div id="host"></div>')) }), (context) => {
  test("handle.update is keyed: a kept card keeps its node and its open panel; unmount leaves nothing", async () => {
    const { page } = context;
    const url = page.server.url;
    await mountCards(page, [1, 2, 3].map((n) => storyWithFigure(url, n)));
    await (await page.$$(".ac-related__toggle"))[1].click();
    await page.run(() => (window.kept = document.querySelectorAll("article.ac-card")[1]));
    await page.run((records) => window.handle.update(records), [storyWithFigure(url, 4), storyWithFigure(url, 2)]);
    await page.until("the update renders", () => document.querySelectorAll("article.ac-card").length === 2);
    assert.deepEqual(await titles(page), ["Story 4", "Story 2"]);
    const kept = await page.run(() => {
      const card = document.querySelectorAll("article.ac-card")[1];
      return { same: card === window.kept, expanded: card.querySelector(".ac-related__toggle").getAttribute("aria-expanded") };
    });
    assert.deepEqual(kept, { same: true, expanded: "true" }, "Story 2 is the same node, its panel still open");
    await (await page.$$("article.ac-card"))[1].$(".ac-related__list").waitForDisplayed({ timeoutMsg: "its related list still shows" });

    await page.run(() => window.handle.unmount());
    const left = await page.run(() => ({ children: document.getElementById("cards").childNodes.length, mounts: ArticleCards.stats().liveMounts }));
    assert.deepEqual(left, { children: 0, mounts: 0 });
    assert.deepEqual(await page.problems(), []);
  });

  test("<article-cards>: inline JSON and attributes render; the records property and attribute changes re-render; removal unmounts", async () => {
    const { page } = context;
    await page.open(ELEMENT);
    await page.until("the element's cards render", () => document.querySelectorAll("article.ac-card").length === 2);
    assert.deepEqual(await titles(page), ["Story 1", "Story 2"]);
    assert.equal(await page.run(() => document.querySelector(".ac-root").dataset.theme), "dark");
    assert.equal(await page.$(".ac-date__absolute").getText(), "8 May 2020", "the locale attribute applies (en-GB)");

    await page.run((records) => (document.querySelector("article-cards").records = records), [storyWithoutFigure(3)]);
    await page.until("the records property re-renders", () => document.querySelector(".ac-card__title")?.textContent === "Story 3");
    assert.deepEqual(await titles(page), ["Story 3"]);

    await page.run(() => document.querySelector("article-cards").setAttribute("heading-level", "4"));
    await page.until("the attribute change re-renders", () => Boolean(document.querySelector("h4.ac-card__title")));
    await page.run(() => document.querySelector("article-cards").setAttribute("theme", "light"));
    await page.until("the theme follows the attribute", () => document.querySelector(".ac-root").dataset.theme === "light");

    await page.run(() => document.querySelector("article-cards").remove());
    // Once the task that removed it is over (a move would have put it back by then).
    await page.until("removing the element unmounts", () => ArticleCards.stats().liveMounts === 0);
    assert.equal(await page.run(() => document.querySelectorAll("article.ac-card").length), 0);
    assert.deepEqual(await page.problems(), []);
  });

  test("<article-cards> in a shadow root: a keyed update that moves the focused card gives focus back in that root", async () => {
    const { page } = context;
    await page.open(BLANK);
    await page.run((records) => {
      const element = document.createElement("article-cards");
      element.records = records;
      document.getElementById("cards").attachShadow({ mode: "open" }).append(element);
    }, [1, 2, 3].map((n) => storyWithoutFigure(n)));
    await page.until("the cards render in the shadow root", () => document.getElementById("cards").shadowRoot.querySelectorAll("article.ac-card").length === 3);
    await page.run(() => {
      const root = document.getElementById("cards").shadowRoot;
      window.chip = root.querySelectorAll("article.ac-card")[2].querySelector(".ac-chip");
      window.chip.focus();
      const element = root.querySelector("article-cards");
      element.records = [...element.records].reverse();
    });
    await page.until("the focused card moves first", () => document.getElementById("cards").shadowRoot.querySelector("article.ac-card") === window.chip.closest("article"));
    await page.until("focus is back on its chip", () => document.getElementById("cards").shadowRoot.activeElement === window.chip);
    assert.deepEqual(await page.problems(), []);
  });
  test("cards mounted into a shadow root without their stylesheet are said once on the console, after the load", async () => {
    const { page } = context;
    await page.open(SHADOW);
    await page.until("the page has loaded and the widget is ready", () => document.readyState === "complete" && Boolean(window.ArticleCards));
    await page.run(() => {
      const shadow = document.getElementById("host").attachShadow({ mode: "open" });
      for (const n of [1, 2]) ArticleCards.mount(shadow.appendChild(document.createElement("div")), [{ title: `Story ${n}`, webUrl: `https://example.org/${n}` }]);
    });
    // WebKit has no requestIdleCallback: the check runs from a timer there.
    await page.until("the check has run", () => window.probe.messages.some((message) => message.includes("without their stylesheet")));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const warnings = (await page.problems()).filter((problem) => problem.includes("without their stylesheet"));
    assert.deepEqual(warnings, [`warn: article-cards: the cards are shown without their stylesheet: add <link rel="stylesheet" href="${page.server.url}/article-cards.css"> to the shadow root they are in`]);
  });
});
