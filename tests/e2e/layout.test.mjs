// End to end: the cards hold their shape on any page — container widths pick the layout,
// long words wrap, nothing shifts while figures load, and hostile host CSS changes nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { newLocalPage, openDemo } from "./support/browser.mjs";
import { blankPage, story } from "./support/records.mjs";
import { withServerAndBrowser } from "./support/suite.mjs";

const HOSTILE_CSS = `
  html { font-size: 5px; }
  * { margin: 13px; padding: 7px; font-size: 30px; line-height: 3; letter-spacing: 2px;
      box-sizing: content-box; font-family: "Comic Sans MS", cursive; text-transform: uppercase; }
  img { max-width: none; height: 900px; }
  h2, h3 { font-size: 60px; margin: 40px; }
  ul { list-style: square; padding-left: 80px; }
  button { background: hotpink; border: 5px solid red; min-width: 300px; }
  div { float: left; }
`;

const sized = '<div id="cards" style="width: 600px"></div>';

let server;
let browser;
withServerAndBrowser({
  pages: {
    "/sized.html": blankPage('<div id="cards"></div>'),
    "/clean.html": blankPage(sized),
    "/hostile.html": blankPage(`<style>${HOSTILE_CSS}</style>${sized}`),
    // No doctype: the browser lays the page out in quirks mode.
    "/quirks.html": blankPage(sized).replace(/^<!doctype html>\n/, ""),
  },
}, (started) => ({ server, browser } = started));

async function mountedAt(path, records, { width = 1200, setup } = {}) {
  const page = await newLocalPage(browser, { viewport: { width, height: 900 } });
  await page.goto(server.url + path);
  await page.waitForFunction(() => window.ArticleCards);
  if (setup) await page.evaluate(setup);
  await page.evaluate((records) => {
    window.handle = ArticleCards.mount(document.getElementById("cards"), records, { now: "2026-11-25T12:00:00Z", locale: "en-US" });
  }, records);
  await page.waitForSelector("article.ac-card");
  return page;
}

const figureRecord = (n) =>
  story(n, { images: [{ url: `http://127.0.0.1:1/figure-${n}.png`, width: 800, height: 450, alt: "A chart" }] });

for (const [width, layout] of [[280, "narrow"], [420, "narrow"], [720, "wide"], [1100, "wide"]]) {
  test(`a ${width} px container gives the ${layout} card layout`, async () => {
    const page = await mountedAt("/sized.html", [figureRecord(1)], {
      setup: `document.getElementById("cards").style.width = "${width}px"`,
    });
    const card = page.locator("article.ac-card");
    const text = await card.locator(".ac-card__main").boundingBox();
    const figure = await card.locator("figure").boundingBox();
    const cardBox = await card.boundingBox();
    assert.ok(Math.abs(cardBox.width - width) <= 1, `the card fills the ${width} px it is given (${cardBox.width})`);
    if (layout === "wide") assert.ok(figure.x > text.x + text.width - 1, "figure beside the text");
    else assert.ok(figure.y + figure.height <= text.y + 1, "figure above the text");
    assert.ok(await card.evaluate((c) => c.scrollWidth <= c.clientWidth), "nothing overflows the card");
    await page.context().close();
  });
}

test("up to eight cards, or placeholders, share a wide container's width; more keep their columns", async () => {
  const width = 3100; // room for nine columns of cards (20em and a 1.25em gap each)
  const rows = await (async () => {
    const page = await newLocalPage(browser, { viewport: { width: width + 100, height: 900 } });
    await page.goto(server.url + "/sized.html");
    await page.waitForFunction(() => window.ArticleCards);
    const measured = [];
    for (const count of [1, 2, 3, 4, 5, 6, 7, 8, 12]) {
      const records = Array.from({ length: count }, (_, i) => story(i + 1));
      measured.push(await page.evaluate(async ({ width, count, records }) => {
        const container = document.getElementById("cards");
        container.style.width = `${width}px`;
        const handle = ArticleCards.mount(container, records, {});
        while (container.querySelectorAll("article.ac-card").length < count) await new Promise(requestAnimationFrame);
        const widths = (selector) => [...container.querySelectorAll(selector)].map((n) => Math.round(n.getBoundingClientRect().width));
        const gap = parseFloat(getComputedStyle(container.querySelector(".ac-list")).columnGap);
        const cards = widths("article.ac-card");
        handle.unmount();
        // As README.md has a page write placeholders for `mount`.
        container.innerHTML = `<div class="ac-root ac-placeholders" aria-hidden="true"><div class="ac-list">${'<div class="ac-placeholder"></div>'.repeat(count)}</div></div>`;
        const placeholders = widths(".ac-placeholder");
        container.replaceChildren();
        const columns = Math.min(count, 9);
        return { count, cards, placeholders, expected: Math.round((width - (columns - 1) * gap) / columns) };
      }, { width, count, records }));
    }
    await page.context().close();
    return measured;
  })();
  for (const { count, cards, placeholders, expected } of rows) {
    const near = (widths) => widths.length === count && widths.every((w) => Math.abs(w - expected) <= 1);
    assert.ok(near(cards), `${count} cards: ${cards} px each, expected ${expected}`);
    assert.ok(near(placeholders), `${count} placeholders: ${placeholders} px each, expected ${expected}`);
  }
});

test("long unbroken words and URLs wrap inside a 280 px card", async () => {
  const long = story(1, {
    title: "Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(4),
    excerpt: `See https://example.org/${"very-long-path-segment-".repeat(12)} for the data.`,
    topics: ["Supercalifragilisticexpialidocious-topic-name-that-goes-on"],
  });
  const page = await mountedAt("/sized.html", [long], { setup: 'document.getElementById("cards").style.width = "280px"' });
  const overflowing = await page.locator("article.ac-card *").evaluateAll((nodes) =>
    nodes.filter((n) => n.getBoundingClientRect().right > n.closest("article").getBoundingClientRect().right + 0.5).map((n) => n.className),
  );
  assert.deepEqual(overflowing, []);
  await page.context().close();
});

test("no layout shift while scrolling the demo and loading its figures (CLS 0.00)", async () => {
  const { page } = await openDemo(browser, server.url + "/", { viewport: { width: 1100, height: 800 } });
  await page.waitForFunction(() => document.querySelectorAll("article.ac-card").length === 14);
  await page.evaluate(() => {
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shifts.push(entry.value);
    }).observe({ type: "layout-shift" });
  });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y <= height; y += 250) {
    await page.evaluate((y) => window.scrollTo(0, y), y);
    await page.waitForTimeout(60);
  }
  await page.waitForFunction(() => [...document.querySelectorAll("figure.ac-figure")].every((f) => ["loaded", "error"].includes(f.dataset.state)));
  await page.waitForTimeout(300);
  const loaded = await page.locator('figure[data-state="loaded"]').count();
  assert.ok(loaded >= 8, `figures loaded while scrolling (${loaded})`);
  const cls = await page.evaluate(() => window.shifts.reduce((sum, value) => sum + value, 0));
  assert.equal(cls.toFixed(2), "0.00");
  await page.context().close();
});

/** The sizes and fonts of a figure card and a plain one (its panel open), at 900 px. */
async function cardGeometry(path) {
  const page = await mountedAt(path, [figureRecord(1), story(2)], { width: 900 });
  await page.locator(".ac-related__toggle").first().click();
  const geometry = await page.evaluate(() => {
    const box = (selector) => {
      const r = document.querySelector(selector).getBoundingClientRect();
      return [Math.round(r.width), Math.round(r.height)];
    };
    const style = (selector, property) => getComputedStyle(document.querySelector(selector))[property];
    return {
      card: box("article.ac-card"),
      title: [box(".ac-card__title"), style(".ac-card__title", "fontSize"), style(".ac-card__title", "fontFamily")],
      chip: [box(".ac-chip"), style(".ac-chip", "backgroundColor")],
      figure: box(".ac-figure__frame"),
      related: box(".ac-related__panel"),
      date: style(".ac-date__absolute", "fontSize"),
    };
  });
  const host = await page.evaluate(() => ({ hostMain: getComputedStyle(document.querySelector("main")).marginTop, mode: document.compatMode }));
  await page.context().close();
  return { geometry, ...host };
}

test("hostile host CSS (resets, odd html font-size, img max-width: none) leaves the cards as they were", async () => {
  const clean = await cardGeometry("/clean.html");
  const hostile = await cardGeometry("/hostile.html");
  assert.equal(hostile.hostMain, "13px", "the hostile rules do apply to the host's own elements");
  assert.deepEqual(hostile.geometry, clean.geometry);
  assert.equal(clean.geometry.title[1], "23.2px", "a 600 px card uses the wide title size");
});

test("a page in quirks mode (no doctype) lays the cards out as a standards-mode page does", async () => {
  const standards = await cardGeometry("/clean.html");
  const quirks = await cardGeometry("/quirks.html");
  assert.deepEqual([standards.mode, quirks.mode], ["CSS1Compat", "BackCompat"]);
  assert.deepEqual(quirks.geometry, standards.geometry);
});

test("printed, the cards take the light theme's colours whatever their theme, and leave out figures whose image has not arrived", async () => {
  const page = await newLocalPage(browser, { viewport: { width: 1000, height: 700 }, colorScheme: "dark" });
  await page.goto(server.url + "/sized.html");
  await page.waitForFunction(() => window.ArticleCards);
  const image = { url: `${server.url}/images/capacity-fade.svg`, width: 640, height: 480 };
  await page.evaluate((records) => {
    const cards = document.getElementById("cards");
    ArticleCards.mount(cards.appendChild(document.createElement("div")), records, { theme: "dark" });
    ArticleCards.mount(cards.appendChild(document.createElement("div")), records.slice(0, 1));
  }, Array.from({ length: 12 }, (_, n) => story(n + 1, { images: [image] })));
  await page.waitForFunction(() => document.querySelector('figure.ac-figure[data-state="loaded"]'));
  const looks = () =>
    page.evaluate(() => ({
      titles: [...new Set([...document.querySelectorAll(".ac-card__title")].map((title) => getComputedStyle(title).color))],
      figures: [...new Set([...document.querySelectorAll("figure.ac-figure")].map((figure) => `${figure.dataset.state} ${getComputedStyle(figure).display}`))].sort(),
    }));
  const onScreen = await looks();
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  const printed = await looks();
  assert.equal(onScreen.titles.length, 1, "dark theme and auto in a dark scheme: one text colour");
  assert.notDeepEqual(printed.titles, onScreen.titles, "the light text colour is not kept for paper");
  assert.equal(printed.titles.length, 1);
  const [r, g, b] = printed.titles[0].match(/\d+/g).map(Number);
  assert.ok(r + g + b < 150, `dark text on paper: ${printed.titles[0]}`);
  assert.deepEqual(printed.figures, ["loaded flex", "waiting none"]);
  assert.deepEqual(onScreen.figures, ["loaded flex", "waiting flex"]);
  await page.context().close();
});
