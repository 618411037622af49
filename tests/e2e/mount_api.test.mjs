// End to end: the script-embed API (ArticleCards.mount, update, unmount) driven in Chromium
// against the Trunk release build, as a host page would use it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { newLocalPage } from "./support/browser.mjs";
import { blankPage, seed, story } from "./support/records.mjs";
import { widgetListeners } from "./support/listeners.mjs";
import { withServerAndBrowser } from "./support/suite.mjs";

let server;
let browser;
withServerAndBrowser({
  pages: {
    "/blank.html": blankPage(),
    "/far.html": blankPage('<div style="height: 4000px">spacer</div><div id="cards"></div>'),
  },
}, (started) => ({ server, browser } = started));

/** Opens a test page once the widget is ready; collects page errors and console errors. */
async function open(path = "/blank.html", viewport = { width: 900, height: 800 }) {
  const page = await newLocalPage(browser, { viewport });
  const errors = [];
  const consoleErrors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error" && message.text().startsWith("article-cards:")) consoleErrors.push(message.text());
  });
  await page.goto(server.url + path);
  await page.waitForFunction(() => typeof window.ArticleCards?.mount === "function");
  return { page, errors, consoleErrors };
}

/** Mounts `records` into #cards and records every widget event on `window.seen`. */
async function mount(page, records, options = {}) {
  await page.evaluate(
    ({ records, options }) => {
      window.seen = [];
      const types = ["article-card-open", "article-card-topic", "article-card-related", "article-card-figure", "article-card-invalid"];
      for (const type of types) document.addEventListener(type, (event) => window.seen.push({ type, detail: event.detail }));
      window.handle = ArticleCards.mount(document.getElementById("cards"), records, options);
    },
    { records, options },
  );
}

const seen = (page, type) => page.evaluate((type) => window.seen.filter((e) => e.type === type).map((e) => e.detail), type);
const titles = (page) => page.locator(".ac-card__title").allTextContents();

test("article-cards-ready fires on window once the API is set, then its deprecated name articlecards:ready", async () => {
  const page = await newLocalPage(browser);
  await page.addInitScript(() => {
    window.readyEvents = [];
    for (const name of ["article-cards-ready", "articlecards:ready"]) {
      window.addEventListener(name, () => window.readyEvents.push([name, typeof window.ArticleCards?.mount]));
    }
  });
  await page.goto(server.url + "/blank.html");
  await page.waitForFunction(() => window.readyEvents.length === 2);
  assert.deepEqual(await page.evaluate(() => window.readyEvents), [
    ["article-cards-ready", "function"],
    ["articlecards:ready", "function"],
  ]);
  const stats = await page.evaluate(() => Object.entries(ArticleCards.stats()).map(([key, value]) => [key, typeof value]));
  assert.deepEqual(stats, [["wasmMemoryBytes", "number"], ["liveMounts", "number"]]);
  await page.context().close();
});

test("article-cards-error, then its deprecated name articlecards:error, fire when the module fails to load", async () => {
  const page = await newLocalPage(browser);
  await page.route("**/article-cards_bg.wasm", (route) => route.abort("failed"));
  await page.addInitScript(() => {
    window.errorEvents = [];
    for (const name of ["article-cards-error", "articlecards:error"]) {
      window.addEventListener(name, (event) => window.errorEvents.push([name, typeof event.detail.message]));
    }
  });
  await page.goto(server.url + "/blank.html");
  await page.waitForFunction(() => window.errorEvents.length === 2);
  assert.deepEqual(await page.evaluate(() => window.errorEvents), [
    ["article-cards-error", "string"],
    ["articlecards:error", "string"],
  ]);
  assert.equal(await page.evaluate(() => window.ArticleCards), undefined);
  await page.context().close();
});

test("mount renders every valid record while reporting each bad one", async () => {
  const { page, errors, consoleErrors } = await open();
  await mount(page, [
    seed,
    { webUrl: "https://example.org/no-title" },
    story(2, { webUrl: "JavaScript:alert(document.domain)" }),
    story(3, { quality: "lots" }),
  ]);
  await page.waitForFunction(() => window.seen.filter((e) => e.type === "article-card-invalid").length === 3);
  assert.deepEqual(await titles(page), [seed.title, "Story 3"]);
  assert.deepEqual(await seen(page, "article-card-invalid"), [
    { index: 1, path: "title", message: "is required", severity: "error" },
    { index: 2, path: "webUrl", message: "must be an http: or https: URL", severity: "error" },
    { index: 3, path: "quality", message: "must be an integer; ignored", severity: "warning" },
  ]);
  assert.equal(await page.locator('article[data-index="3"]').count(), 1, "a card with a warning still renders");
  assert.deepEqual(consoleErrors.sort(), [
    "article-cards: record 1 title: is required",
    "article-cards: record 2 webUrl: must be an http: or https: URL",
  ]);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("mount throws a TypeError only for a target that is not an element or records that are not an array", async () => {
  const { page } = await open();
  const outcomes = await page.evaluate(() => {
    const attempt = (...args) => {
      try {
        ArticleCards.mount(...args);
        return "returned";
      } catch (error) {
        return `${error.constructor.name}: ${error.message}`;
      }
    };
    const cards = document.getElementById("cards");
    return [attempt("#cards", []), attempt(null, []), attempt(cards, { length: 1 }), attempt(cards, "[]"), attempt(cards, [42, null])];
  });
  assert.deepEqual(outcomes, [
    "TypeError: ArticleCards.mount: the first argument must be an Element",
    "TypeError: ArticleCards.mount: the first argument must be an Element",
    "TypeError: ArticleCards.mount: records must be an array",
    "TypeError: ArticleCards.mount: records must be an array",
    "returned",
  ]);
  await page.context().close();
});

test("update is keyed by webUrl: a card that stays keeps its node and its open panel", async () => {
  const { page, errors } = await open();
  await mount(page, [story(1), story(2), story(3)]);
  await page.waitForSelector("article.ac-card");
  const second = page.locator("article.ac-card").nth(1);
  await second.locator(".ac-related__toggle").click();
  await second.evaluate((card) => (card.dataset.testMarker = "kept"));

  await page.evaluate((records) => window.handle.update(records), [story(3), story(2, { excerpt: "Updated." }), story(4)]);
  await page.waitForFunction(() => document.querySelectorAll("article.ac-card")[2]?.textContent.includes("Story 4"));
  assert.deepEqual(await titles(page), ["Story 3", "Story 2", "Story 4"]);
  const kept = page.locator('article[data-test-marker="kept"]');
  assert.equal(await kept.locator(".ac-card__title").textContent(), "Story 2");
  assert.equal(await kept.locator(".ac-card__excerpt").textContent(), "Updated.");
  assert.equal(await kept.locator(".ac-related__toggle").getAttribute("aria-expanded"), "true");
  assert.ok(await kept.locator(".ac-related__panel").isVisible());
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("update keeps a loaded figure loaded and focus where it was, however the cards move", async () => {
  const { page } = await open();
  const image = { url: `${server.url}/images/gw-chirp.svg`, width: 720, height: 405 };
  await mount(page, [story(1), story(2, { images: [image] }), story(3)]);
  await page.waitForFunction(() => window.seen.some((e) => e.type === "article-card-figure"));
  const figureCard = page.locator("article.ac-card", { hasText: "Story 2" });
  await figureCard.locator("img").evaluate((img) => (img.dataset.testMarker = "same image"));
  await figureCard.getByRole("button", { name: "Show cards about AI" }).focus();

  await page.evaluate((records) => window.handle.update(records), [story(2, { images: [image] }), story(4), story(1)]);
  await page.waitForFunction(() => document.querySelector(".ac-card__title")?.textContent === "Story 2");
  await page.waitForTimeout(50);
  assert.equal(await figureCard.locator("figure").getAttribute("data-state"), "loaded");
  assert.equal(await figureCard.locator('img[data-test-marker="same image"]').count(), 1);
  assert.equal(server.count("/images/gw-chirp.svg"), 1, "the figure is not fetched again");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Show cards about AI");
  assert.equal(await page.evaluate(() => document.activeElement.closest("article").dataset.index), "0");
  await page.context().close();
});

test("a duplicate webUrl is reported as an error on the later record and shown once", async () => {
  const { page, errors } = await open();
  await mount(page, [story(1), story(2), story(1, { title: "Story 1 again" })]);
  await page.waitForFunction(() => window.seen.some((e) => e.type === "article-card-invalid"));
  assert.deepEqual(await titles(page), ["Story 1", "Story 2"]);
  assert.deepEqual(await seen(page, "article-card-invalid"), [
    { index: 2, path: "webUrl", message: "duplicates the webUrl of record 0; not shown twice", severity: "error" },
  ]);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("update shows a record changed in place, and reports bad records again at their new place", async () => {
  const { page, errors } = await open();
  await page.evaluate((records) => (window.records = records), [story(1), story(2, { quality: "lots" }), { title: "No URL" }]);
  await mount(page, []);
  await page.evaluate(() => window.handle.update(window.records));
  const invalidCount = (count) => window.seen.filter((e) => e.type === "article-card-invalid").length === count;
  await page.waitForFunction(invalidCount, 2);
  // The very objects, changed in place (an update validates only records whose content changed).
  await page.evaluate(() => {
    window.records[0].title = "Story 1, changed";
    window.records.reverse();
    window.handle.update(window.records);
  });
  await page.waitForFunction(invalidCount, 4);
  assert.deepEqual(await titles(page), ["Story 2", "Story 1, changed"]);
  const invalid = (await seen(page, "article-card-invalid")).map(({ index, path }) => `${index} ${path}`);
  assert.deepEqual(invalid, ["1 quality", "2 webUrl", "0 webUrl", "1 quality"]);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("mounting and unmounting leaves no listeners behind, on the page or on detached roots", async () => {
  const { page } = await open();
  const before = await widgetListeners(page);
  /** Mounts into a fresh element, opens a panel, unmounts, and waits for the idle emptying. */
  const cycles = (count) =>
    page.evaluate(async ({ count, records }) => {
      for (let i = 0; i < count; i++) {
        const element = document.getElementById("cards").appendChild(document.createElement("div"));
        const handle = ArticleCards.mount(element, records, {});
        await new Promise((resolve) => setTimeout(resolve));
        element.querySelector(".ac-related__toggle").click();
        handle.unmount();
        element.remove();
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
    }, { count, records: [story(1), story(2)] });
  await page.evaluate((records) => {
    window.handle = ArticleCards.mount(document.getElementById("cards"), records, {});
  }, [story(1), story(2)]);
  await page.waitForSelector("article.ac-card");
  const mounted = await widgetListeners(page);
  assert.ok(mounted.roots === 1 && mounted.inside > 0, `the count sees the widget's own listeners: ${JSON.stringify(mounted)}`);
  await page.evaluate(() => window.handle.unmount());
  await cycles(1);
  const once = await widgetListeners(page);
  await cycles(20);
  const many = await widgetListeners(page);
  assert.deepEqual(many, once, "20 more mounts and unmounts keep no more roots and listeners than one");
  assert.equal(once.roots, 1, "one unmounted app is kept, for the next mount");
  assert.equal(once.inside, 0, "an unmounted app's cards hold no listeners");
  assert.deepEqual([once.window, once.document], [before.window, before.document]);
  await page.context().close();
});

test("a page that keeps no handle keeps its cards; free() without unmount() unmounts", async () => {
  const { page } = await open();
  const cdp = await page.context().newCDPSession(page);
  await page.evaluate((records) => {
    ArticleCards.mount(document.getElementById("cards"), records, {});
  }, [story(1), story(2)]);
  await page.waitForSelector("article.ac-card");
  // The handle's JS object is garbage; the glue's FinalizationRegistry would free it.
  for (let i = 0; i < 3; i++) {
    await cdp.send("HeapProfiler.collectGarbage");
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
  }
  assert.equal(await page.locator("#cards article.ac-card").count(), 2, "the cards stay");
  assert.equal(await page.evaluate(() => ArticleCards.stats().liveMounts), 1);

  const freed = await page.evaluate((records) => {
    const element = document.getElementById("cards").appendChild(document.createElement("div"));
    const handle = ArticleCards.mount(element, records, {});
    const mounted = ArticleCards.stats().liveMounts;
    handle.free();
    return { mounted, after: ArticleCards.stats().liveMounts, left: element.childElementCount };
  }, [story(3)]);
  assert.deepEqual(freed, { mounted: 2, after: 1, left: 0 });
  await cdp.detach();
  await page.context().close();
});

test("unmount removes everything mount added and the cards stop sending events", async () => {
  const { page } = await open();
  const before = await page.evaluate(() => document.getElementById("cards").outerHTML);
  await mount(page, [story(1)]);
  await page.waitForSelector("article.ac-card");
  const chip = await page.locator(".ac-chip").first().elementHandle();
  await page.evaluate(() => {
    window.handle.unmount();
    window.handle.unmount();
  });
  assert.equal(await page.evaluate(() => document.getElementById("cards").outerHTML), before);
  await chip.evaluate((button) => button.click());
  assert.deepEqual(await seen(page, "article-card-topic"), []);
  await page.context().close();
});

test("the figure is requested only when its card comes near the viewport", async () => {
  const { page } = await open("/far.html");
  const image = { url: `${server.url}/images/capacity-fade.svg`, width: 640, height: 480, alt: "Capacity fade chart" };
  await mount(page, [story(1, { images: [image] })]);
  await page.waitForSelector("article.ac-card");
  await page.waitForTimeout(400);
  assert.equal(server.count("/images/capacity-fade.svg"), 0, "not requested while far below the viewport");
  assert.equal(await page.locator("figure").getAttribute("data-state"), "waiting");
  const reserved = await page.locator(".ac-figure__frame").boundingBox();
  assert.ok(Math.abs(reserved.width / reserved.height - 640 / 480) < 0.02, `box reserved at 4:3 (${reserved.width}x${reserved.height})`);

  await page.locator("article.ac-card").scrollIntoViewIfNeeded();
  await page.waitForFunction(() => window.seen.some((e) => e.type === "article-card-figure"));
  assert.equal(server.count("/images/capacity-fade.svg"), 1);
  assert.deepEqual(await seen(page, "article-card-figure"), [{ index: 0, state: "loaded", url: image.url }]);
  assert.equal(await page.locator("figure").getAttribute("data-state"), "loaded");
  assert.equal(await page.locator("figure img").getAttribute("alt"), "Capacity fade chart");
  await page.context().close();
});

test("a figure that fails to load shows a quiet fallback in the same box", async () => {
  const { page } = await open();
  const url = `${server.url}/images/missing.png`;
  await mount(page, [story(1, { images: [{ url, width: 800, height: 600 }] })]);
  await page.waitForFunction(() => window.seen.some((e) => e.type === "article-card-figure"));
  assert.deepEqual(await seen(page, "article-card-figure"), [{ index: 0, state: "error", url }]);
  assert.ok(await page.getByText("Image unavailable").isVisible());
  const box = await page.locator(".ac-figure__frame").boundingBox();
  assert.ok(Math.abs(box.width / box.height - 800 / 600) < 0.02, `box ${box.width}x${box.height} keeps 4:3`);
  assert.equal(await page.locator("figure img").evaluate((img) => getComputedStyle(img).opacity), "0");
  await page.context().close();
});

test("cards send open (cancelable), topic and related events with their documented detail", async () => {
  const { page } = await open();
  await mount(page, [story(1, { secured: null }), seed]);
  await page.waitForSelector("article.ac-card");
  await page.evaluate(() => document.addEventListener("article-card-open", (event) => event.preventDefault()));

  await page.locator('article[data-index="0"] .ac-card__link').click();
  const card = page.locator('article[data-index="1"]');
  await card.locator(".ac-card__link").click();
  await card.getByRole("button", { name: "Show cards about AI" }).click();
  await card.getByRole("button", { name: /Related research/ }).click();

  assert.equal(new URL(page.url()).pathname, "/blank.html", "a cancelled open does not navigate");
  assert.deepEqual(await seen(page, "article-card-open"), [
    { index: 0, webUrl: story(1).webUrl, secured: null },
    { index: 1, webUrl: seed.webUrl, secured: seed.secured },
  ]);
  const absent = await page.evaluate(() => window.seen.find((e) => e.type === "article-card-open").detail);
  assert.ok("secured" in absent && absent.secured === null, "secured is null, not undefined, when the record has none");
  assert.deepEqual(await seen(page, "article-card-topic"), [{ index: 1, topic: "AI" }]);
  assert.deepEqual(await seen(page, "article-card-related"), [{ index: 1, open: true }]);
  const bubbles = await page.evaluate(() => {
    const event = [];
    document.addEventListener("article-card-topic", (e) => event.push(e.bubbles, e.composed, e.target.tagName), { once: true });
    document.querySelector(".ac-chip").click();
    return event;
  });
  assert.deepEqual(bubbles, [true, true, "ARTICLE"]);
  await page.context().close();
});

test("the related panel works from the keyboard alone", async () => {
  const { page } = await open();
  await mount(page, [seed]);
  await page.waitForSelector("article.ac-card");
  const order = [];
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press("Tab");
    order.push(await page.evaluate(() => document.activeElement.textContent.trim()));
  }
  assert.deepEqual(order, [seed.title, "Show cards about Computer Vision", "Show cards about AI", "Related research(1)"]);
  await page.keyboard.press("Enter");
  const toggle = page.locator(".ac-related__toggle");
  assert.equal(await toggle.getAttribute("aria-expanded"), "true");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), seed.related[0].title);
  await page.context().close();
});
