// End to end: the <article-cards> element — inline JSON, the records property (also before
// the element is upgraded), attributes, no records at all, removal, several elements on one
// page, a shadow root that brings the stylesheet in itself, and cards their stylesheet does
// not reach (a page without it, a mount into a shadow root).
import { test } from "node:test";
import assert from "node:assert/strict";
import { newLocalPage } from "./support/browser.mjs";
import { countListeners, widgetListeners } from "./support/listeners.mjs";
import { blankPage, seed, story } from "./support/records.mjs";
import { withServerAndBrowser } from "./support/suite.mjs";

const inline = (records, attributes = "") =>
  `<article-cards ${attributes}><script type="application/json">${JSON.stringify(records)}</script></article-cards>`;

let server;
let browser;
withServerAndBrowser({
  pages: {
    "/inline.html": blankPage(inline([seed, story(2)], 'locale="en-GB" heading-level="2" theme="dark"')),
    "/empty.html": blankPage("<article-cards></article-cards>"),
    // A classic script sets the property while the element is still undefined.
    "/early.html": blankPage(
      `<article-cards id="early"></article-cards>
       <script>document.getElementById("early").records = ${JSON.stringify([story(7), story(8)])};</script>`,
    ),
    "/attribute.html": blankPage(`<article-cards records='${JSON.stringify([story(3)]).replaceAll("&", "&amp;").replaceAll("'", "&#39;")}'></article-cards>`),
    "/object-attribute.html": blankPage('<article-cards records="[object Object],[object Object]"></article-cards>'),
    "/two.html": blankPage(inline([story(1)], 'id="first"') + inline([story(2), story(3)], 'id="second" layout="compact"')),
    "/move.html": blankPage(`<div id="from">${inline([story(1), story(2), story(3)])}</div><div id="to"></div>`),
    // A page that forgot the cards' stylesheet.
    "/unstyled.html": blankPage(inline([story(1)])).replace('<link rel="stylesheet" href="/article-cards.css" />', ""),
    "/unstyled-empty.html": blankPage().replace('<link rel="stylesheet" href="/article-cards.css" />', ""),
    "/shadow.html": blankPage('<div id="host"></div>'),
  },
}, (started) => ({ server, browser } = started));

async function open(path, viewport = { width: 1000, height: 900 }) {
  const page = await newLocalPage(browser, { viewport });
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(server.url + path);
  await page.waitForFunction(() => window.ArticleCards);
  return { page, errors };
}

/** A new page whose widget .wasm is answered only once `release()` is called. */
async function pageHoldingWasm() {
  const page = await newLocalPage(browser, { viewport: { width: 1000, height: 900 } });
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route("**/article-cards_bg.wasm", async (route) => {
    await held;
    await route.continue();
  });
  return { page, release };
}

test("inline JSON and attributes render cards with no script of the page's own", async () => {
  const { page, errors } = await open("/inline.html");
  await page.waitForSelector("article.ac-card >> nth=1");
  assert.deepEqual(await page.locator("h2.ac-card__title").allTextContents(), [seed.title, "Story 2"]);
  assert.equal(await page.locator(".ac-root").getAttribute("data-theme"), "dark");
  assert.match(await page.locator(".ac-date__absolute").first().textContent(), /^8 May 2020$/);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("changing an attribute or the records property re-renders", async () => {
  const { page } = await open("/inline.html");
  await page.waitForSelector("article.ac-card");
  await page.evaluate(() => {
    const element = document.querySelector("article-cards");
    element.setAttribute("theme", "light");
    element.setAttribute("heading-level", "4");
    element.setAttribute("related-open", "");
  });
  await page.waitForSelector("h4.ac-card__title");
  assert.equal(await page.locator(".ac-root").getAttribute("data-theme"), "light");
  assert.equal(await page.locator(".ac-related__toggle").first().getAttribute("aria-expanded"), "true");
  await page.evaluate((records) => (document.querySelector("article-cards").records = records), [story(5)]);
  await page.waitForFunction(() => document.querySelector(".ac-card__title")?.textContent === "Story 5");
  assert.equal(await page.locator("article.ac-card").count(), 1);
  await page.context().close();
});

test("the element is defined before the module has loaded, holds a placeholder per record, then renders", async () => {
  const { page, release } = await pageHoldingWasm();
  await page.goto(server.url + "/inline.html");
  await page.waitForFunction(() => customElements.get("article-cards"));
  const early = await page.evaluate(() => ({
    ready: Boolean(window.ArticleCards),
    placeholders: document.querySelectorAll("article-cards .ac-placeholder").length,
    theme: document.querySelector(".ac-placeholders").dataset.theme,
    hidden: document.querySelector(".ac-placeholders").getAttribute("aria-hidden"),
  }));
  assert.deepEqual(early, { ready: false, placeholders: 2, theme: "dark", hidden: "true" });
  // Set before the module (and its list of option attributes) has loaded: read when it has.
  await page.evaluate(() => document.querySelector("article-cards").setAttribute("heading-level", "4"));
  release();
  await page.waitForSelector("h4.ac-card__title >> nth=1");
  assert.equal(await page.locator(".ac-placeholder").count(), 0);
  await page.context().close();
});

test("an element given no records adds nothing to itself, before the module loads and after, until records come", async () => {
  const { page, release } = await pageHoldingWasm();
  // What a framework that rendered the page on the server finds when it hydrates: the
  // element as its HTML wrote it (React reports anything else as a hydration mismatch).
  const insideAfterAWhile = async () => {
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
    return page.evaluate(() => document.querySelector("article-cards").childNodes.length);
  };
  /** Records given, then taken away again once `shown` shows: the element is emptied. */
  const giveAndTakeAway = async (shown) => {
    await page.evaluate((records) => (document.querySelector("article-cards").records = records), [story(1)]);
    await page.waitForSelector(shown);
    await page.evaluate(() => (document.querySelector("article-cards").records = undefined));
    await page.waitForFunction(() => document.querySelector("article-cards").childNodes.length === 0);
  };
  await page.goto(server.url + "/empty.html");
  await page.waitForFunction(() => customElements.get("article-cards"));
  assert.equal(await insideAfterAWhile(), 0, "before the module has loaded");
  // Before the module has loaded: the records' placeholders go too.
  await giveAndTakeAway("article-cards .ac-placeholder");
  release();
  await page.waitForFunction(() => window.ArticleCards);
  assert.equal(await insideAfterAWhile(), 0, "once it has");
  await giveAndTakeAway("article-cards article.ac-card");
  assert.equal(await page.evaluate(() => ArticleCards.stats().liveMounts), 0, "records taken away: unmounted");
  await page.context().close();
});

test("a records attribute holding JSON renders; one that is not JSON is named in a console error", async () => {
  const { page, errors } = await open("/attribute.html");
  await page.waitForSelector("article.ac-card");
  assert.deepEqual(await page.locator(".ac-card__title").allTextContents(), ["Story 3"]);
  assert.deepEqual(errors, []);
  await page.context().close();

  const bad = await newLocalPage(browser);
  const messages = [];
  bad.on("console", (message) => message.type() === "error" && messages.push(message.text()));
  await bad.goto(server.url + "/object-attribute.html");
  await bad.waitForFunction(() => window.ArticleCards);
  await bad.waitForTimeout(100);
  assert.equal(messages.length, 1, messages.join("\n"));
  assert.match(messages[0], /records="\[object Object\].*is not JSON\. Set the records property instead/);
  await bad.context().close();
});

test("a records property set before the element was upgraded is not lost", async () => {
  const { page } = await open("/early.html");
  await page.waitForSelector("article.ac-card >> nth=1");
  assert.deepEqual(await page.locator(".ac-card__title").allTextContents(), ["Story 7", "Story 8"]);
  assert.equal(await page.evaluate(() => document.getElementById("early").records.length), 2);
  await page.context().close();
});

test("removing the element removes its cards, listeners and observers", async () => {
  const { page } = await open("/empty.html", { width: 420, height: 500 });
  // Count IntersectionObservers the widget creates and disconnects.
  await page.evaluate(() => {
    window.observers = { live: 0 };
    const Original = window.IntersectionObserver;
    window.IntersectionObserver = class extends Original {
      constructor(...args) {
        super(...args);
        window.observers.live++;
      }
      disconnect() {
        if (!this.done) window.observers.live--;
        this.done = true;
        super.disconnect();
      }
    };
  });
  const before = await countListeners(page, "main");
  const widgetBefore = await widgetListeners(page);
  const image = { url: `${server.url}/images/capacity-fade.svg`, width: 640, height: 480 };
  const records = Array.from({ length: 12 }, (_, n) => story(n, { images: [image] }));
  await page.evaluate((records) => (document.querySelector("article-cards").records = records), records);
  await page.waitForSelector("article.ac-card >> nth=11");
  assert.ok((await page.evaluate(() => window.observers.live)) >= 1, "figures far from view are being observed");
  assert.ok((await countListeners(page, "main")).element > before.element, "the count sees the widget's listeners");
  await page.evaluate(() => document.querySelector("article-cards").remove());
  await page.waitForTimeout(50);
  assert.equal(await page.evaluate(() => document.querySelectorAll("[data-article-cards], .ac-card").length), 0);
  assert.equal(await page.evaluate(() => window.observers.live), 0, "every IntersectionObserver is disconnected");
  assert.deepEqual(await countListeners(page, "main"), before);
  // Where a leak would show: the removed element's app, parked off the page, holds no listeners.
  await page.waitForTimeout(300); // the parked app is emptied when the browser is idle
  const widgetAfter = await widgetListeners(page);
  assert.equal(widgetAfter.inside, 0, "the parked app's cards hold no listeners");
  assert.deepEqual([widgetAfter.window, widgetAfter.document], [widgetBefore.window, widgetBefore.document]);
  await page.context().close();
});

test("an element moved within the page keeps its cards as they are, not rendered again; removed for a task, it unmounts", async () => {
  const { page, errors } = await open("/move.html");
  await page.waitForSelector("article.ac-card >> nth=2");
  await page.locator(".ac-related__toggle").nth(1).click();
  const moved = await page.evaluate(async () => {
    const cards = [...document.querySelectorAll("article.ac-card")];
    const ids = () => [...document.querySelectorAll("[id]")].map((node) => node.id);
    const idsBefore = ids();
    const element = document.querySelector("article-cards");
    // A reorder, as frameworks do it: out of the page and back in, in one task.
    document.getElementById("to").append(element);
    element.remove();
    document.getElementById("from").append(element);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return {
      same: [...document.querySelectorAll("article.ac-card")].map((card, i) => card === cards[i]),
      // A mount afresh would give the cards ids of its own.
      sameIds: ids().join() === idsBefore.join(),
      open: [...document.querySelectorAll(".ac-related__toggle")].map((toggle) => toggle.getAttribute("aria-expanded")),
      mounts: ArticleCards.stats().liveMounts,
    };
  });
  assert.deepEqual(moved, { same: [true, true, true], sameIds: true, open: ["false", "true", "false"], mounts: 1 });
  const removed = await page.evaluate(async () => {
    const element = document.querySelector("article-cards");
    element.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const afterATask = { mounts: ArticleCards.stats().liveMounts, children: element.children.length };
    document.getElementById("to").append(element);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { afterATask, back: element.querySelectorAll("article.ac-card").length };
  });
  // Only the inline records' <script> is left; put back later, it renders afresh.
  assert.deepEqual(removed, { afterATask: { mounts: 0, children: 1 }, back: 3 });
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("several elements on one page share one WebAssembly module", async () => {
  const before = server.count("/article-cards_bg.wasm");
  const { page } = await open("/two.html");
  await page.waitForSelector("#second article.ac-card >> nth=1");
  assert.equal(await page.locator("#first article.ac-card").count(), 1);
  assert.equal(await page.locator("#second .ac-root").getAttribute("data-layout"), "compact");
  assert.equal(server.count("/article-cards_bg.wasm") - before, 1);
  const ids = await page.locator("[id]").evaluateAll((es) => es.map((e) => e.id));
  assert.equal(new Set(ids).size, ids.length, "element ids stay unique across both lists");
  await page.context().close();
});

test("in a shadow root that links the cards' stylesheet itself, the element leaves the root and its overrides alone", async () => {
  const { page } = await open("/empty.html");
  const fetchedBefore = server.count("/article-cards.css");
  await page.evaluate(async (records) => {
    const root = document.body.appendChild(document.createElement("div")).attachShadow({ mode: "open" });
    const link = Object.assign(document.createElement("link"), { rel: "stylesheet", href: "/article-cards.css" });
    const loaded = new Promise((resolve) => link.addEventListener("load", resolve));
    // The host's own override, after the stylesheet: it wins as long as nothing is adopted.
    const override = Object.assign(document.createElement("style"), { textContent: ".ac-root { --ac-radius: 3px; }" });
    root.append(link, override);
    await loaded;
    const element = document.createElement("article-cards");
    element.records = records;
    root.append(element);
  }, [story(1)]);
  await page.waitForSelector("div >> article.ac-card");
  const shadow = await page.evaluate(() => {
    const root = document.querySelector("body > div:last-child").shadowRoot;
    return { adopted: root.adoptedStyleSheets.length, radius: getComputedStyle(root.querySelector(".ac-card")).borderTopLeftRadius };
  });
  assert.deepEqual(shadow, { adopted: 0, radius: "3px" });
  assert.equal(server.count("/article-cards.css") - fetchedBefore, 1, "only the host's own link fetched it");
  await page.context().close();
});

test("in a shadow root whose component replaces its adopted sheets later, the cards' stylesheet is adopted again in the next frame", async () => {
  const { page, errors } = await open("/empty.html");
  await page.evaluate((records) => {
    window.addEventListener("error", (event) => window.errorEvents.push(event.message));
    window.errorEvents = [];
    const root = document.body.appendChild(document.createElement("div")).attachShadow({ mode: "open" });
    const element = document.createElement("article-cards");
    element.records = records;
    root.append(element);
    window.shadow = root;
  }, [story(1), story(2)]);
  await page.waitForFunction(() => window.shadow.querySelectorAll("article.ac-card").length === 2);
  const after = await page.evaluate(async () => {
    const root = window.shadow;
    const own = new CSSStyleSheet();
    own.replaceSync("p { color: green; }");
    // A component's theme switch: its own sheets only.
    root.adoptedStyleSheets = [own];
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let i = 0; i < 3; i++) await nextFrame();
    return {
      list: getComputedStyle(root.querySelector(".ac-list")).display,
      sheets: root.adoptedStyleSheets.length,
      ownKept: root.adoptedStyleSheets.at(-1) === own,
      // No "ResizeObserver loop completed with undelivered notifications".
      errorEvents: window.errorEvents,
    };
  });
  assert.deepEqual(after, { list: "grid", sheets: 2, ownKept: true, errorEvents: [] });
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("cards their stylesheet does not reach get one console warning per document or shadow root, naming it, when mounted after the load too; styled cards none", async () => {
  const sheet = `${server.url}/article-cards.css`;
  const onPage = `article-cards: the cards are shown without their stylesheet: add <link rel="stylesheet" href="${sheet}"> to the page`;
  const inShadow = `article-cards: the cards are shown without their stylesheet: add <link rel="stylesheet" href="${sheet}"> to the shadow root they are in`;
  // Each case: a page, then what its own script does once it has loaded.
  const cases = {
    "unstyled page, element": ["/unstyled.html", () => {}],
    "styled page, element": ["/inline.html", () => {}],
    // An app that mounts long after the load (a route, data fetched), twice.
    "unstyled page, two mounts after the load": ["/unstyled-empty.html", async () => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      for (const n of [1, 2]) ArticleCards.mount(document.getElementById("cards").appendChild(document.createElement("div")), [{ title: `Story ${n}`, webUrl: `https://example.org/${n}` }]);
    }],
    "styled page, mount into a shadow root": ["/shadow.html", () => {
      const shadow = document.getElementById("host").attachShadow({ mode: "open" });
      ArticleCards.mount(shadow.appendChild(document.createElement("div")), [{ title: "Story", webUrl: "https://example.org/1" }]);
    }],
    "styled page, mount into a shadow root that links the stylesheet": ["/shadow.html", async () => {
      const shadow = document.getElementById("host").attachShadow({ mode: "open" });
      const link = Object.assign(document.createElement("link"), { rel: "stylesheet", href: "/article-cards.css" });
      await new Promise((resolve) => shadow.appendChild(link).addEventListener("load", resolve));
      ArticleCards.mount(shadow.appendChild(document.createElement("div")), [{ title: "Story", webUrl: "https://example.org/1" }]);
    }],
    "styled page, element in a shadow root": ["/shadow.html", async () => {
      const element = document.createElement("article-cards");
      element.records = [{ title: "Story", webUrl: "https://example.org/1" }];
      document.getElementById("host").attachShadow({ mode: "open" }).append(element);
      await new Promise((resolve) => (function wait() { element.querySelector("article.ac-card") ? resolve() : setTimeout(wait, 20); })());
    }],
  };
  const warned = {};
  for (const [name, [path, act]] of Object.entries(cases)) {
    const page = await newLocalPage(browser, { viewport: { width: 1000, height: 900 } });
    const warnings = [];
    page.on("console", (message) => message.type() === "warning" && warnings.push(message.text()));
    await page.goto(server.url + path);
    await page.waitForFunction(() => document.readyState === "complete" && window.ArticleCards);
    await page.evaluate(`(${act})()`);
    await page.waitForFunction(() => document.querySelector("article.ac-card, #host") !== null);
    // The check runs in the first idle callback after a mount (after the load): two more have run after it.
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(() => requestIdleCallback(resolve)))));
    warned[name] = warnings;
    await page.context().close();
  }
  assert.deepEqual(warned, {
    "unstyled page, element": [onPage],
    "styled page, element": [],
    "unstyled page, two mounts after the load": [onPage],
    "styled page, mount into a shadow root": [inShadow],
    "styled page, mount into a shadow root that links the stylesheet": [],
    "styled page, element in a shadow root": [],
  });
});
