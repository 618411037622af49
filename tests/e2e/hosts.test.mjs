// End to end: the widget in framework hosts — examples/react (React 19, bundled with esbuild
// at test time, development build under StrictMode) and examples/vue (Vue 3's browser
// build, no build step). Each is driven with the widget's .wasm held back until the app has
// rendered, and at full speed.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { startServer, repoRoot } from "./support/server.mjs";
import { newLocalPage } from "./support/browser.mjs";
import { withServerAndBrowser } from "./support/suite.mjs";

const dist = join(repoRoot, "dist");
let browser;
let reactBuild;
const servers = {};

withServerAndBrowser(null, (started) => ({ browser } = started));

before(async () => {
  reactBuild = await mkdtemp(join(tmpdir(), "article-cards-react-"));
  await build({
    entryPoints: [join(repoRoot, "examples/react/app.jsx")],
    bundle: true,
    jsx: "automatic",
    outdir: reactBuild,
    define: { "process.env.NODE_ENV": '"development"' },
    logLevel: "warning",
  });
  servers.react = await startServer({
    mounts: { "/": join(repoRoot, "examples/react"), "/build/": reactBuild, "/article-cards/": dist },
  });
  servers.vue = await startServer({
    mounts: {
      "/": join(repoRoot, "examples/vue"),
      "/vendor/": join(repoRoot, "node_modules/vue/dist"),
      "/article-cards/": dist,
    },
  });
});

after(async () => {
  await Promise.all(Object.values(servers).map((server) => server.close()));
  await rm(reactBuild, { recursive: true, force: true });
});

/**
 * Opens a host's page. With `holdWasm`, the widget's .wasm is answered only when the
 * returned `release()` is called. Console errors and page errors are collected.
 */
async function open(host, { holdWasm = false } = {}) {
  const page = await newLocalPage(browser, { viewport: { width: 1100, height: 900 } });
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  let release = () => {};
  if (holdWasm) {
    const held = new Promise((resolve) => (release = resolve));
    await page.route("**/article-cards_bg.wasm", async (route) => {
      await held;
      await route.continue();
    });
  }
  await page.goto(servers[host].url + "/");
  return { page, errors, release };
}

const elementCards = "#element-cards article.ac-card";
const mountedCards = "#mounted-cards article.ac-card";

for (const host of ["react", "vue"]) {
  test(`${host}: rendered before the widget has loaded, the element gets records as a property and renders once ready`, async () => {
    const { page, errors, release } = await open(host, { holdWasm: true });
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
    assert.deepEqual(early, { property: 3, attribute: null, placeholders: 3, ready: false });
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
    assert.equal(await page.evaluate(() => ArticleCards.stats().liveMounts), 0, "both unmounted");
    await page.click("#toggle");
    await page.waitForSelector(`${mountedCards} >> nth=2`);
    await page.waitForSelector(`${elementCards} >> nth=2`);
    assert.equal(await page.evaluate(() => ArticleCards.stats().liveMounts), 2);
    assert.deepEqual(errors, []);
    await page.context().close();
  });
}
