// In Firefox and WebKit: the layout holds — a figure's box is reserved at its image's ratio
// before the image is requested, text below the cards (in view) does not move while their
// figures load, and the card's container width picks its layout (figure beside the text,
// or above it), also on a page in quirks mode; Arabic cards mirror that layout; before the
// loader has run, an element with inline records keeps a screenful without showing them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cardServer, mountCards, storyWithFigure } from "./support/cards.mjs";
import { FIGURE } from "./support/figures.mjs";
import { startHeldFigures } from "./support/held-figures.mjs";
import { withProbe } from "./support/pages.mjs";
import { blankPage } from "../e2e/support/records.mjs";
import { inEveryEngine } from "./support/suite.mjs";

const BELOW_FOLD = "/below-fold.html";
const WIDTHS = "/widths.html";
const QUIRKS_WIDTHS = "/quirks-widths.html";
const UNDEFINED = "/undefined.html";
const UNDEFINED_PRERENDERED = "/undefined-prerendered.html";

/** The cards, then text, far below the first screen: their figures wait until scrolled to. */
const belowFold = blankPage('<div style="height: 3000px">Spacer</div><div id="cards"></div><p id="below">Text below the cards.</p>');
const widths = blankPage('<div id="wide" style="width: 1000px"></div><div id="narrow" style="width: 320px"></div>');

/** An `<article-cards>` element holding `inside` on a page whose loader has not run (none). */
const notYetDefined = (inside) =>
  blankPage(`<p>Before</p><article-cards>${inside}</article-cards><p id="after">After</p>`).replace(/<script type="module"[^>]*><\/script>/, "");
const inlineRecords = `<script type="application/json">${JSON.stringify([{ title: "Records stay unseen", webUrl: "https://example.org/a" }])}</script>`;

const frames = (page) => page.run(() => [...document.querySelectorAll(".ac-figure__frame")].map((frame) => frame.getBoundingClientRect().toJSON()));

const pages = {
  [BELOW_FOLD]: withProbe(belowFold),
  [WIDTHS]: withProbe(widths),
  // No doctype: the engine lays the page out in quirks mode.
  [QUIRKS_WIDTHS]: withProbe(widths.replace(/^<!doctype html>\n/, "")),
  [UNDEFINED]: withProbe(notYetDefined(inlineRecords)),
  [UNDEFINED_PRERENDERED]: withProbe(notYetDefined(`${inlineRecords}<div data-ac-prerendered><p>A prerendered card</p></div>`)),
};

inEveryEngine(cardServer(pages), (context) => {
  test("before the loader runs, an element with inline records keeps a screenful and shows none of them", async () => {
    const { page } = context;
    await page.open(UNDEFINED);
    const kept = await page.run(() => {
      const script = document.querySelector("article-cards > script").getBoundingClientRect();
      return {
        after: document.getElementById("after").getBoundingClientRect().top,
        screen: innerHeight,
        // Hidden content is never hit: a visible record text would be.
        hit: document.elementFromPoint(script.left + 10, script.top + 5)?.localName,
      };
    });
    assert.ok(kept.after >= kept.screen, `what follows starts a screenful down (${kept.after} px of ${kept.screen})`);
    assert.notEqual(kept.hit, "script", "the records' text is not shown");
    await page.open(UNDEFINED_PRERENDERED);
    const after = await page.run(() => document.getElementById("after").getBoundingClientRect().top);
    assert.ok(after < kept.screen / 2, `prerendered cards keep only their own height (what follows at ${after} px)`);
    assert.deepEqual(await page.problems(), []);
  });

  for (const [width, figure] of [[1000, 1], [320, 2]]) {
    test(`a 600×400 figure's box is reserved at 3:2 before its image loads (${width} px container)`, async () => {
      const { page } = context;
      await mountCards(page, [storyWithFigure(page.server.url, figure)], { path: BELOW_FOLD });
      await page.run((width) => (document.getElementById("cards").style.width = `${width}px`), width);
      const [waiting] = await frames(page);
      assert.equal(await page.run(() => document.querySelector("figure.ac-figure").dataset.state), "waiting");
      assert.equal(page.server.count(`/figures/figure-${figure}.svg`), 0, "the image has not been requested");
      const ratio = FIGURE.width / FIGURE.height;
      assert.ok(Math.abs(waiting.width / waiting.height - ratio) < 0.02, `the waiting box is ${waiting.width}×${waiting.height}, not 3:2`);

      await page.run(() => document.getElementById("cards").scrollIntoView());
      await page.until("the figure loads", () => document.querySelector("figure.ac-figure").dataset.state === "loaded");
      const [loaded] = await frames(page);
      assert.ok(Math.abs(loaded.height - waiting.height) < 1 && Math.abs(loaded.width - waiting.width) < 1, `the box stays ${waiting.width}×${waiting.height} (now ${loaded.width}×${loaded.height})`);
      assert.deepEqual(await page.problems(), []);
    });
  }

  test("text below the cards does not move while their figures load", async () => {
    const { page } = context;
    const held = await startHeldFigures();
    try {
      // One row of cards and the text below them, all in view, their figures requested.
      await mountCards(page, [1, 2, 3].map((n) => storyWithFigure(page.server.url, n, { figureUrl: held.figure(n) })));
      await page.until("the figures are requested", () => document.querySelectorAll('figure.ac-figure[data-state="loading"]').length === 3);
      await page.run(() => window.probe.startTracking("#below"));
      held.release();
      await page.until("every figure loads", () => [...document.querySelectorAll("figure.ac-figure")].every((figure) => figure.dataset.state === "loaded"));
      await page.run(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const tops = await page.run(() => window.probe.stopTracking());
      assert.ok(tops.length > 0, "the text below was in view");
      const moved = Math.max(...tops) - Math.min(...tops);
      assert.ok(moved < 0.5, `the text below moved by ${moved.toFixed(1)} px (seen at ${tops.join(", ")} px from the top of the page)`);
      assert.deepEqual(await page.problems(), []);
    } finally {
      await held.close();
    }
  });

  test("a wide card puts its figure beside the text, a narrow one above it", async () => {
    const { page } = context;
    await page.open(WIDTHS);
    await page.until("the widget loads", () => Boolean(window.ArticleCards));
    const record = storyWithFigure(page.server.url, 1);
    await page.run((record) => {
      ArticleCards.mount(document.getElementById("wide"), [record], {});
      ArticleCards.mount(document.getElementById("narrow"), [record], {});
    }, record);
    await page.until("both cards render", () => document.querySelectorAll("article.ac-card").length === 2);
    const boxes = await page.run(() =>
      ["wide", "narrow"].map((id) => {
        const card = document.querySelector(`#${id} article.ac-card`);
        const box = (selector) => card.querySelector(selector).getBoundingClientRect().toJSON();
        return { card: card.getBoundingClientRect().toJSON(), text: box(".ac-card__main"), figure: box("figure.ac-figure"), overflows: card.scrollWidth > card.clientWidth };
      }),
    );
    const [wide, narrow] = boxes;
    assert.ok(Math.abs(wide.card.width - 1000) <= 1 && Math.abs(narrow.card.width - 320) <= 1, "each card fills its container");
    assert.ok(wide.figure.x >= wide.text.x + wide.text.width - 1, "wide: the figure is beside the text");
    assert.ok(wide.figure.y < wide.text.y + wide.text.height, "wide: side by side, not below");
    assert.ok(narrow.figure.y + narrow.figure.height <= narrow.text.y + 1, "narrow: the figure is above the text");
    assert.ok(!wide.overflows && !narrow.overflows, "nothing overflows");
    assert.deepEqual(await page.problems(), []);
  });
  test("a page in quirks mode (no doctype) lays the cards out as a standards-mode page does", async () => {
    const { page } = context;
    const record = storyWithFigure(page.server.url, 1);
    const geometry = async (path) => {
      await page.open(path);
      await page.until("the widget loads", () => Boolean(window.ArticleCards));
      await page.run((record) => {
        ArticleCards.mount(document.getElementById("wide"), [record], {});
        ArticleCards.mount(document.getElementById("narrow"), [record], {});
      }, record);
      await page.until("both cards render", () => document.querySelectorAll("article.ac-card").length === 2);
      return page.run(() => ({
        mode: document.compatMode,
        cards: ["wide", "narrow"].map((id) => {
          const card = document.querySelector(`#${id} article.ac-card`);
          const size = (part) => {
            const box = part.getBoundingClientRect();
            return [Math.round(box.width), Math.round(box.height)];
          };
          return {
            card: size(card),
            parts: [".ac-card__title", ".ac-figure__frame", ".ac-chip", ".ac-related__toggle", ".ac-monogram"].map((selector) =>
              size(card.querySelector(selector)),
            ),
            title: getComputedStyle(card.querySelector(".ac-card__title")).fontSize,
          };
        }),
      }));
    };
    const standards = await geometry(WIDTHS);
    const quirks = await geometry(QUIRKS_WIDTHS);
    assert.deepEqual([standards.mode, quirks.mode], ["CSS1Compat", "BackCompat"]);
    assert.deepEqual(quirks.cards, standards.cards);
    assert.deepEqual(await page.problems(), []);
  });

  test("an Arabic card is laid out right to left: figure, badge, chips and panel toggle mirror", async () => {
    const { page } = context;
    await page.open(WIDTHS);
    await page.until("the widget loads", () => Boolean(window.ArticleCards));
    const record = storyWithFigure(page.server.url, 1, { webUrl: "https://mirror.example.net/1", topics: ["Batteries", "Energy storage"] });
    await page.run((record) => ArticleCards.mount(document.getElementById("wide"), [record], { locale: "ar-EG" }), record);
    await page.until("the card renders", () => document.querySelector("#wide article.ac-card"));
    const layout = await page.run(() => {
      const card = document.querySelector("#wide article.ac-card");
      const box = (selector) => card.querySelector(selector).getBoundingClientRect();
      const [first, second] = [...card.querySelectorAll(".ac-chip")].map((chip) => chip.getBoundingClientRect());
      return {
        direction: getComputedStyle(card).direction,
        figureLeftOfText: box("figure.ac-figure").right <= box(".ac-card__main").left + 1,
        monogramRightOfName: box(".ac-monogram").left >= box(".ac-provider__name").right - 1,
        firstChipRightOfSecond: first.left >= second.right - 1,
        labelRightOfChevron: box(".ac-related__label").left >= box(".ac-related__chevron").right - 1,
        label: card.querySelector(".ac-related__label").textContent,
        overflows: card.scrollWidth > card.clientWidth,
      };
    });
    assert.deepEqual(layout, {
      direction: "rtl",
      figureLeftOfText: true,
      monogramRightOfName: true,
      firstChipRightOfSecond: true,
      labelRightOfChevron: true,
      label: "أبحاث ذات صلة",
      overflows: false,
    });
    assert.deepEqual(await page.problems(), []);
  });
});
