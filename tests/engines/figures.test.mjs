// In Firefox and WebKit: the lazy figure — an image is requested only when its card comes
// near the viewport, reports article-card-figure, and a failed load shows the quiet
// "Image unavailable" note instead of a broken image.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cardEvents, cardServer, mountCards, storyWithFigure } from "./support/cards.mjs";
import { inEveryEngine } from "./support/suite.mjs";

const CARDS = 30;

inEveryEngine(cardServer(), (context) => {
  test("figures are requested only near the viewport, the rest when the reader scrolls to them", async () => {
    const { page } = context;
    const { server } = page;
    const records = Array.from({ length: CARDS }, (_, i) => storyWithFigure(server.url, i + 1));
    await mountCards(page, records);
    await page.until("the first figure loads", () => document.querySelector("figure.ac-figure")?.dataset.state === "loaded");
    const requested = records.map((_, i) => server.count(`/figures/figure-${i + 1}.svg`));
    const early = requested.filter(Boolean).length;
    assert.ok(early >= 1 && early <= 9, `${early} of ${CARDS} figures requested at the top of the page`);
    assert.equal(requested[CARDS - 1], 0, "the last figure waits");

    // The reader scrolls to the last card until it is in view (cards above it may still
    // change height as they render: see layout.test.mjs).
    await page.until("the last figure loads once scrolled to", () => {
      const last = [...document.querySelectorAll("article.ac-card")].at(-1);
      last.scrollIntoView();
      return last.querySelector("figure.ac-figure").dataset.state === "loaded";
    });
    assert.equal(server.count(`/figures/figure-${CARDS}.svg`), 1);
    const image = (await page.$$(".ac-figure__image"))[CARDS - 1];
    await image.waitForDisplayed({ timeoutMsg: "the image shows (once it has faded in)" });
    assert.equal(await image.getProperty("complete"), true);
    assert.equal(await image.getProperty("currentSrc"), `${server.url}/figures/figure-${CARDS}.svg`);
    const events = await cardEvents(page);
    assert.ok(events.includes(`article-card-figure {"index":${CARDS - 1},"state":"loaded","url":"${server.url}/figures/figure-${CARDS}.svg"}`), events.join("\n"));
    assert.deepEqual(await page.problems(), []);
  });

  test("a figure that fails to load shows a quiet note and reports the error", async () => {
    const { page } = context;
    const { server } = page;
    await mountCards(page, [storyWithFigure(server.url, 1, { figure: "missing.svg" })]);
    await page.until("the figure fails", () => document.querySelector("figure.ac-figure").dataset.state === "error");
    const note = await page.$(".ac-figure__fallback");
    assert.ok(await note.isDisplayed(), "the note shows");
    assert.equal(await note.getText(), "Image unavailable");
    const covers = await page.run(() => {
      const frame = document.querySelector(".ac-figure__frame").getBoundingClientRect();
      const note = document.querySelector(".ac-figure__fallback").getBoundingClientRect();
      return Math.abs(frame.width - note.width) < 1 && Math.abs(frame.height - note.height) < 1 && frame.height > 100;
    });
    assert.ok(covers, "the note fills the figure's reserved box: no broken-image icon shows");
    assert.deepEqual(await cardEvents(page), [`article-card-figure {"index":0,"state":"error","url":"${server.url}/figures/missing.svg"}`]);
    assert.deepEqual(await page.problems(), []);
  });
});
