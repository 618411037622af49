// End to end: panic containment, on the crash-test build (target/crash-test-dist, built by
// scripts/test with the `crash-test` feature, which adds ArticleCards.crashForTest()).
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { repoRoot } from "./support/server.mjs";
import { newLocalPage } from "./support/browser.mjs";
import { blankPage, story } from "./support/records.mjs";
import { withServerAndBrowser } from "./support/suite.mjs";

const page = blankPage(`<div id="cards"></div><article-cards id="element"></article-cards><div id="shadow-host"></div>`);
const LOADER_TAG = '<script type="module" src="/article-cards-loader.js"></script>';
/** The page with a second copy of the loader, from another URL (as a bundled app's copy is). */
const twoLoaders = page.replace(LOADER_TAG, `${LOADER_TAG}${LOADER_TAG.replace("/article-cards-loader.js", "/copy/article-cards-loader.js")}`);

let server;
let browser;
const built = join(repoRoot, "target/crash-test-dist");
withServerAndBrowser(
  { mounts: { "/": built, "/copy/": built }, pages: { "/crash.html": page, "/two-loaders.html": twoLoaders } },
  (started) => ({ server, browser } = started),
);

test("a panic is reported to the host, and the widget restarts itself with a fresh instance", async (t) => {
  const page = await newLocalPage(browser, { viewport: { width: 1000, height: 900 } });
  const consoleErrors = [];
  page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
  await page.goto(server.url + "/crash.html");
  await page.waitForFunction(() => window.ArticleCards && customElements.get("article-cards"));
  await page.evaluate((records) => {
    window.crashes = [];
    window.readies = 0;
    window.crashDetailKeys = [];
    window.addEventListener("article-cards-crash", (e) => window.crashDetailKeys.push(Object.keys(e.detail)));
    window.addEventListener("article-cards-crash", (e) => window.crashes.push(e.detail.message));
    window.addEventListener("article-cards-ready", () => window.readies++);
    window.handle = ArticleCards.mount(document.getElementById("cards"), records.slice(0, 1), {});
    document.getElementById("element").records = records.slice(1);
    // An element in a web component's shadow root, which `document.querySelectorAll` misses.
    const inShadow = document.createElement("article-cards");
    inShadow.records = records.slice(0, 1);
    document.getElementById("shadow-host").attachShadow({ mode: "open" }).append(inShadow);
  }, [story(1), story(2), story(3)]);
  await page.waitForSelector("#element article.ac-card >> nth=1");
  await page.waitForSelector("#shadow-host article.ac-card");
  await page.evaluate(() => {
    window.shadowCardsBefore = document.getElementById("shadow-host").shadowRoot.querySelector("[data-article-cards]");
  });

  const started = Date.now();
  const thrown = await page.evaluate(() => {
    try {
      ArticleCards.crashForTest();
      return "no error";
    } catch (error) {
      return `${error.constructor.name}: ${error.message}`;
    }
  });
  assert.equal(thrown, "RuntimeError: unreachable");
  assert.deepEqual(await page.evaluate(() => window.crashes.map((m) => m.split("\n").at(-1))), ["deliberate crash for tests"]);
  assert.deepEqual(await page.evaluate(() => window.crashDetailKeys), [["message"]]);
  assert.ok(consoleErrors.some((m) => m.startsWith("article-cards crashed:") && m.includes("deliberate crash for tests")));

  // The crashed instance refuses work with a clear error instead of misbehaving.
  const refused = await page.evaluate(() => {
    try {
      window.handle.update([]);
      return "accepted";
    } catch (error) {
      return error.message;
    }
  });
  assert.match(refused, /^article-cards crashed/);

  // A fresh instance takes over: ready fires again, the element re-renders and works.
  await page.waitForFunction(() => window.readies === 1);
  await page.waitForFunction(() => document.querySelectorAll("#element [data-article-cards]").length === 1 && document.querySelectorAll("#element article.ac-card").length === 2);
  await page.waitForFunction(() => {
    const inShadow = document.getElementById("shadow-host").shadowRoot.querySelector("article-cards");
    const rendered = inShadow.querySelectorAll("[data-article-cards]");
    // Rendered afresh by the new instance, the dead one's nodes gone.
    return rendered.length === 1 && rendered[0] !== window.shadowCardsBefore && inShadow.querySelectorAll("article.ac-card").length === 1;
  });
  const shadowToggle = page.locator("#shadow-host .ac-related__toggle");
  await shadowToggle.click();
  assert.equal(await shadowToggle.getAttribute("aria-expanded"), "true", "the element in the shadow root works with the new instance");
  t.diagnostic(`restarted in ${Date.now() - started} ms`);
  const toggle = page.locator("#element .ac-related__toggle").first();
  await toggle.click();
  assert.equal(await toggle.getAttribute("aria-expanded"), "true");
  const remounted = await page.evaluate((records) => {
    window.handle.unmount();
    window.handle = ArticleCards.mount(document.getElementById("cards"), records, {});
    return document.querySelectorAll("#cards [data-article-cards]").length;
  }, [story(4)]);
  assert.equal(remounted, 1, "the host re-mounts with the new instance; the crashed cards were removed");
  await page.waitForSelector("#cards article.ac-card");
  assert.equal(await page.locator("#cards .ac-card__title").textContent(), "Story 4");
  await page.context().close();
});

test("a page with two copies of the loader downloads the module once, and restarts once after a panic", async () => {
  const page = await newLocalPage(browser, { viewport: { width: 1000, height: 900 } });
  const downloads = () => ["/article-cards_bg.wasm", "/copy/article-cards_bg.wasm"].map((path) => server.count(path));
  const before = downloads();
  await page.addInitScript(() => {
    window.readies = 0;
    window.addEventListener("article-cards-ready", () => window.readies++);
  });
  await page.goto(server.url + "/two-loaders.html");
  await page.evaluate((records) => (document.getElementById("element").records = records), [story(1), story(2)]);
  await page.waitForSelector("#element article.ac-card >> nth=1");
  assert.equal(await page.evaluate(() => window.readies), 1, "one module ready");
  const loaded = downloads();
  assert.equal(loaded[0] - before[0] + loaded[1] - before[1], 1, "the .wasm is downloaded once");

  await page.evaluate(() => {
    try {
      ArticleCards.crashForTest();
    } catch {}
  });
  await page.waitForFunction(() => window.readies === 2);
  await page.waitForFunction(() => document.querySelectorAll("#element article.ac-card").length === 2);
  // Time for a second restart to show itself, were there one.
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => window.readies), 2, "one fresh instance");
  assert.equal(await page.locator("#element [data-article-cards]").count(), 1);
  await page.context().close();
});
