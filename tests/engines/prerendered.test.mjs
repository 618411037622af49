// In Firefox and WebKit: examples/prerendered, the page the prerender tool writes — the
// widget takes its cards over in place (the very nodes the HTML made, which then work), the
// page painted while its HTML arrives in pieces moves no card part already shown, and with
// JavaScript off the cards are readable, linked and styled, related lists shown.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inPieces } from "../e2e/support/prerender.mjs";
import { repoRoot } from "../e2e/support/server.mjs";
import { probedFile } from "./support/pages.mjs";
import { inEveryEngine } from "./support/suite.mjs";

const example = join(repoRoot, "examples/prerendered");
const records = JSON.parse(readFileSync(join(example, "records.json"), "utf8"));
const CARDS = 4;

inEveryEngine(
  () => ({
    mounts: { "/": example, "/article-cards/": join(repoRoot, "dist") },
    pages: {
      "/": probedFile(join(example, "index.html")),
      "/in-pieces.html": inPieces(probedFile(join(example, "index.html"))),
    },
  }),
  (context) => {
    test("the widget takes the prerendered cards over: the same nodes, then chips and panels work", async () => {
      const { page } = context;
      await page.open("/");
      // The widget asks for the first figure once it runs on the cards; the HTML alone never does.
      await page.until("the widget runs on the cards", () => Boolean(window.ArticleCards && document.querySelector("article .ac-figure__image[src]")));
      assert.deepEqual(await page.problems(), [], "no warning that the cards were rendered afresh");
      const kept = await page.run(() => {
        const now = [...document.querySelectorAll("article")];
        return { parsed: window.probe.parsedCards.length, now: now.length, same: now.every((card, i) => card === window.probe.parsedCards[i]) };
      });
      assert.deepEqual(kept, { parsed: CARDS, now: CARDS, same: true }, "every card is the node the HTML made");

      await page.run(() => {
        window.heard = [];
        for (const type of ["article-card-topic", "article-card-related"]) document.addEventListener(type, (event) => window.heard.push(`${type} ${JSON.stringify(event.detail)}`));
      });
      const card = (await page.$$("article.ac-card"))[0];
      const [topic] = records[0].topics;
      await (await card.$$(".ac-chip"))[0].click();
      const toggle = await card.$(".ac-related__toggle");
      await toggle.click();
      assert.equal(await toggle.getAttribute("aria-expanded"), "true");
      await card.$(".ac-related__list").waitForDisplayed({ timeoutMsg: "the related list shows" });
      assert.deepEqual(await page.run(() => window.heard), [
        `article-card-topic ${JSON.stringify({ index: 0, topic })}`,
        'article-card-related {"index":0,"open":true}',
      ]);
      assert.equal(page.server.count("/article-cards/article-cards_bg.wasm"), 1, "the one build");
      assert.deepEqual(await page.problems(), [], "no warning that the cards were rendered afresh");
    });

    test("while the HTML arrives in pieces, no card part already painted moves", async () => {
      const { page } = context;
      await page.open("/in-pieces.html");
      await page.until("the widget runs on the cards", () => Boolean(window.ArticleCards && document.querySelector("article .ac-figure__image[src]")));
      const { moves, partialFrames } = await page.run(() => ({ moves: window.probe.moves, partialFrames: window.probe.partialFrames }));
      assert.ok(partialFrames >= 2, `frames painted while the cards arrived (${partialFrames})`);
      assert.deepEqual(moves, []);
      assert.deepEqual(await page.problems(), []);
    });

    test("without JavaScript the cards are readable, linked and styled, with related lists shown", async () => {
      const page = await context.session({ javaScript: false });
      const widgetLoads = () => page.server.count("/article-cards/article-cards_bg.wasm");
      const loadsBefore = widgetLoads();
      await page.open("/");
      assert.equal(await page.run(() => matchMedia("(scripting: none)").matches), true, "JavaScript is off");
      const cards = await page.$$("article.ac-card");
      assert.equal(cards.length, CARDS);
      const link = await cards[0].$(".ac-card__link");
      assert.match(await link.getAttribute("href"), /^https:\/\//);
      assert.ok((await link.getText()).length > 10, "the title is readable");
      assert.notEqual(await cards[0].getCSSProperty("border-top-left-radius").then((p) => p.value), "0px", "the stylesheet applies");
      await cards[0].$(".ac-related__link").waitForDisplayed({ timeoutMsg: "the related list is shown" });
      assert.equal(await cards[0].$(".ac-related__chevron").isDisplayed(), false, "no chevron promises a toggle that cannot work");
      assert.equal(widgetLoads(), loadsBefore, "no script ran: the widget was not loaded");
    });
  },
);
