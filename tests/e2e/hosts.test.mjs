// End to end, in Chromium: the widget in framework hosts (support/host-apps.mjs) — React 19
// (development build, StrictMode), Vue 3, the React example on Preact 11, Svelte 5,
// Angular 21, Solid 1.9 and Alpine.js 3, each with the element and `mount` side by side (React, Vue and Svelte also
// rendered on the server and hydrated), and a Lit 3 component with the element in its shadow root.
// Each is driven with the widget's .wasm held back until the app has rendered, and at full
// speed.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer } from "./support/server.mjs";
import { newLocalPage } from "./support/browser.mjs";
import { withServerAndBrowser } from "./support/suite.mjs";
import { buildHostApp, TWO_WAY_APPS } from "./support/host-apps.mjs";

let browser;
const apps = {};
const servers = {};

withServerAndBrowser(null, (started) => ({ browser } = started));

before(async () => {
  for (const name of [...TWO_WAY_APPS, "lit"]) {
    apps[name] = await buildHostApp(name);
    servers[name] = await startServer({ mounts: apps[name].mounts, pages: { "/": apps[name].page } });
  }
});

after(async () => {
  await Promise.all(Object.values(servers).map((server) => server.close()));
  await Promise.all(Object.values(apps).map((app) => app.remove()));
});

/** The widget's .wasm, for `open`'s `hold`. */
const WASM = "**/article-cards_bg.wasm";

/**
 * Opens a host's page. With `hold` (a URL pattern), that file is answered only when the
 * returned `release()` is called. Console errors and warnings (a framework's hydration
 * mismatch is a warning in Vue) and page errors are collected.
 */
async function open(host, { hold = null } = {}) {
  const page = await newLocalPage(browser, { viewport: { width: 1100, height: 900 } });
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => ["error", "warning"].includes(message.type()) && errors.push(message.text()));
  let release = () => {};
  if (hold) {
    const held = new Promise((resolve) => (release = resolve));
    await page.route(hold, async (route) => {
      await held;
      await route.continue();
    });
  }
  // A held script holds the page's load event back.
  await page.goto(servers[host].url + "/", { waitUntil: hold ? "commit" : "load" });
  return { page, errors, release };
}

test("preact: the React example's bundle is made with Preact, not React", () => {
  const from = (folder) => apps.preact.bundled.some((file) => file.includes(`node_modules/${folder}/`));
  assert.deepEqual({ preact: from("preact"), react: from("react"), reactDom: from("react-dom") }, { preact: true, react: false, reactDom: false });
});

const elementCards = "#element-cards article.ac-card";
const mountedCards = "#mounted-cards article.ac-card";

for (const host of TWO_WAY_APPS) {
  test(`${host}: rendered before the widget has loaded, the element gets records as a property and renders once ready`, async () => {
    const { page, errors, release } = await open(host, { hold: WASM });
    await page.waitForSelector("#element-cards");
    const early = await page.evaluate(() => {
      const element = document.getElementById("element-cards");
      return {
        property: Array.isArray(element.records) ? element.records.length : String(element.records),
        attribute: element.getAttribute("records"),
        placeholders: element.querySelectorAll(".ac-placeholder").length,
        ready: Boolean(window.ArticleCards),
      };
    });
    // Svelte's server writes the array as an attribute; the element ignores it for the property.
    const attribute = host === "svelte-ssr" ? "[object Object],[object Object],[object Object]" : null;
    assert.deepEqual(early, { property: 3, attribute, placeholders: 3, ready: false });
    release();
    await page.waitForSelector(`${elementCards} >> nth=2`);
    await page.waitForSelector(`${mountedCards} >> nth=2`);
    assert.equal(await page.locator("#element-cards .ac-placeholder").count(), 0, "the placeholders are gone");
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test(`${host}: a keyed state change keeps a kept card's node and its open panel`, async () => {
    const { page, errors } = await open(host);
    await page.waitForSelector(`${elementCards} >> nth=2`);
    await page.waitForSelector(`${mountedCards} >> nth=2`);
    for (const cards of [elementCards, mountedCards]) {
      await page.locator(cards).nth(1).locator(".ac-related__toggle").click();
    }
    await page.evaluate(({ elementCards, mountedCards }) => {
      window.kept = [document.querySelectorAll(elementCards)[1], document.querySelectorAll(mountedCards)[1]];
    }, { elementCards, mountedCards });
    await page.click("#drop-first");
    await page.waitForFunction((selector) => document.querySelectorAll(selector).length === 2, elementCards);
    await page.waitForFunction((selector) => document.querySelectorAll(selector).length === 2, mountedCards);
    const after = await page.evaluate(({ elementCards, mountedCards }) => {
      const now = [document.querySelector(elementCards), document.querySelector(mountedCards)];
      return now.map((card, i) => ({
        same: card === window.kept[i],
        open: card.querySelector(".ac-related__toggle").getAttribute("aria-expanded"),
      }));
    }, { elementCards, mountedCards });
    assert.deepEqual(after, [{ same: true, open: "true" }, { same: true, open: "true" }]);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test(`${host}: the framework's own event binding receives the widget's events`, async () => {
    const { page, errors } = await open(host);
    await page.waitForSelector(elementCards);
    const chip = page.locator("#element-cards .ac-chip").first();
    const topic = (await chip.textContent()).replace("Show cards about ", "");
    await chip.click();
    await page.waitForFunction((text) => document.getElementById("chosen").textContent === text, `You chose “${topic}”.`);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test(`${host}: hiding the cards unmounts both ways in (cleanup runs), showing them mounts again`, async () => {
    const { page, errors } = await open(host);
    await page.waitForSelector(`${mountedCards} >> nth=2`);
    await page.waitForSelector(`${elementCards} >> nth=2`);
    assert.equal(await page.evaluate(() => ArticleCards.stats().liveMounts), 2);
    await page.click("#toggle");
    await page.waitForFunction(() => !document.querySelector("article.ac-card"));
    // Once the framework has run its cleanup, which may come after its DOM is gone (Preact).
    await page.waitForFunction(() => ArticleCards.stats().liveMounts === 0);
    await page.click("#toggle");
    await page.waitForSelector(`${mountedCards} >> nth=2`);
    await page.waitForSelector(`${elementCards} >> nth=2`);
    assert.equal(await page.evaluate(() => ArticleCards.stats().liveMounts), 2);
    assert.deepEqual(errors, []);
    await page.context().close();
  });
}

test("svelte-ssr: the app's script arriving after the widget is ready still hydrates the element, with no error logged", async () => {
  // Svelte's server wrote records="[object Object],…": until the app's script has run, the
  // element cannot tell a framework about to set the property from a page's mistake.
  const { page, errors, release } = await open("svelte-ssr", { hold: "**/build/main.js" });
  await page.waitForFunction(() => window.ArticleCards);
  release();
  await page.waitForSelector(`${elementCards} >> nth=2`);
  await page.waitForFunction(() => document.readyState === "complete");
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
  assert.deepEqual(errors, []);
  await page.context().close();
});

// Playwright's CSS selectors pierce open shadow roots; code in the page is handed the
// component's `shadowRoot`.
const litCards = "news-feed #element-cards article.ac-card";
const litRoot = (page) => page.evaluateHandle(() => document.querySelector("news-feed").shadowRoot);

test("lit: in the component's shadow root, the element waits for the widget, then renders cards styled by the cards' stylesheet", async () => {
  const { page, errors, release } = await open("lit", { hold: WASM });
  await page.waitForSelector("news-feed #element-cards .ac-placeholder >> nth=2");
  const feed = await litRoot(page);
  const early = await feed.evaluate((feed) => {
    const element = feed.getElementById("element-cards");
    return {
      property: element.records.length,
      placeholders: element.querySelectorAll(".ac-placeholder").length,
      // A styled placeholder reserves a card's height; an unstyled one is an empty div.
      reserves: element.querySelector(".ac-placeholder").getBoundingClientRect().height > 100,
      ready: Boolean(window.ArticleCards),
    };
  });
  assert.deepEqual(early, { property: 3, placeholders: 3, reserves: true, ready: false });
  release();
  await page.waitForSelector(`${litCards} >> nth=2`);
  const styles = await feed.evaluate((feed) => {
    const root = feed.querySelector(".ac-root");
    const card = getComputedStyle(root.querySelector(".ac-card"));
    return {
      list: getComputedStyle(root.querySelector(".ac-list")).display,
      cardRadius: card.borderTopLeftRadius,
      cardBorder: card.borderTopStyle,
      // Set by the component's static styles, which come after the cards' stylesheet.
      accent: getComputedStyle(root).getPropertyValue("--ac-accent").trim(),
      sheets: feed.adoptedStyleSheets.length,
    };
  });
  assert.deepEqual(styles, {
    list: "grid",
    cardRadius: "14px",
    cardBorder: "solid",
    accent: "light-dark(#6d28d9, #c4b5fd)",
    sheets: 2,
  });
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("lit: a keyed update keeps a kept card's node and open panel, and focus stays on a moved card's chip", async () => {
  const { page, errors } = await open("lit");
  await page.waitForSelector(`${litCards} >> nth=2`);
  await page.locator(litCards).nth(1).locator(".ac-related__toggle").click();
  const feed = await litRoot(page);
  await feed.evaluate((feed) => (window.kept = feed.querySelectorAll("#element-cards article.ac-card")[1]));
  await page.click("news-feed #drop-first");
  await page.waitForFunction((feed) => feed.querySelectorAll("#element-cards article.ac-card").length === 2, feed);
  const kept = await feed.evaluate((feed) => {
    const card = feed.querySelector("#element-cards article.ac-card");
    return { same: card === window.kept, open: card.querySelector(".ac-related__toggle").getAttribute("aria-expanded") };
  });
  assert.deepEqual(kept, { same: true, open: "true" });
  // Reversing the records moves the focused card: the browser blurs a node it moves, and
  // the widget gives focus back, finding it in the shadow root rather than the document.
  await page.locator(litCards).nth(1).locator(".ac-chip").first().focus();
  const moved = await feed.evaluate((feed) => {
    const element = feed.getElementById("element-cards");
    const chip = feed.activeElement;
    element.records = [...element.records].reverse();
    const after = () => ({
      chip: chip.matches(".ac-chip"),
      first: feed.querySelector("#element-cards article.ac-card") === chip.closest("article"),
      focused: feed.activeElement === chip,
    });
    return new Promise((resolve) => setTimeout(() => resolve(after()), 100));
  });
  assert.deepEqual(moved, { chip: true, first: true, focused: true });
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("lit: Lit's own event listener receives the widget's events; hiding the cards unmounts, showing mounts again", async () => {
  const { page, errors } = await open("lit");
  await page.waitForSelector(`${litCards} >> nth=2`);
  const chip = page.locator("news-feed #element-cards .ac-chip").first();
  const topic = (await chip.textContent()).replace("Show cards about ", "");
  await chip.click();
  await page.locator("news-feed #chosen", { hasText: `You chose “${topic}”.` }).waitFor();
  await page.click("news-feed #toggle");
  await page.locator(litCards).first().waitFor({ state: "detached" });
  // Once the task that removed the element is over (a move would have put it back by then).
  await page.waitForFunction(() => ArticleCards.stats().liveMounts === 0);
  await page.click("news-feed #toggle");
  await page.waitForSelector(`${litCards} >> nth=2`);
  assert.equal(await page.evaluate(() => ArticleCards.stats().liveMounts), 1);
  assert.deepEqual(errors, []);
  await page.context().close();
});
