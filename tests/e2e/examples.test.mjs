// End to end: each embedding example in examples/ works as its README says.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { startServer, repoRoot } from "./support/server.mjs";
import { holdLoader, newLocalPage } from "./support/browser.mjs";
import { withServerAndBrowser } from "./support/suite.mjs";

const dist = join(repoRoot, "dist");
let browser;

withServerAndBrowser(null, (started) => ({ browser } = started));

/** Serves an example folder at / with the widget's built files at /article-cards/. */
async function serveExample(name) {
  return startServer({ mounts: { "/": join(repoRoot, "examples", name), "/article-cards/": dist } });
}

async function open(server) {
  const page = await newLocalPage(browser, { viewport: { width: 1000, height: 900 } });
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (m) => m.type() === "error" && m.text().startsWith("article-cards") && errors.push(m.text()));
  await page.goto(server.url + "/");
  await page.waitForSelector("article.ac-card >> nth=1");
  return { page, errors };
}

test("examples/plain-html: a page not built with Trunk mounts cards from its own script", async () => {
  const server = await serveExample("plain-html");
  const { page, errors } = await open(server);
  assert.equal(await page.locator("#status").textContent(), "2 articles");
  assert.equal(await page.locator("h2.ac-card__title").count(), 2);
  assert.equal(await page.locator(".ac-card__link").first().getAttribute("target"), "_blank");
  await page.getByRole("button", { name: "Show cards about Archaeology" }).click();
  assert.equal(await page.locator("#status").textContent(), "You chose the topic “Archaeology”.");
  assert.deepEqual(errors, []);
  await page.context().close();
  await server.close();
});

test("examples/element-only: <article-cards> with inline JSON and attributes, no page script", async () => {
  const server = await serveExample("element-only");
  const { page, errors } = await open(server);
  assert.equal(await page.locator("h2.ac-card__title").count(), 2);
  assert.equal(await page.locator(".ac-root").getAttribute("data-layout"), "compact");
  assert.equal(await page.locator(".ac-signals").count(), 2);
  assert.equal(await page.locator(".ac-date__absolute").first().textContent(), "8 May 2020");
  assert.deepEqual(errors, []);
  await page.context().close();
  await server.close();
});

test("examples/yew-app: a Yew app renders <ArticleCard> from the crate and handles its events in Rust", async () => {
  const server = await startServer({ mounts: { "/": join(repoRoot, "examples/yew-app/dist") } });
  const { page, errors } = await open(server);
  assert.deepEqual(await page.locator("h2.ac-card__title").allTextContents(), [
    "Computer vision helps scientists study lithium ion batteries",
    "Ancient DNA reveals how the first farmers reached Britain",
  ]);
  assert.equal(await page.evaluate(() => typeof window.ArticleCards), "undefined", "no script-embed API in a Yew app");
  await page.getByRole("button", { name: "Show cards about Genetics" }).click();
  await page.getByText("Topic chosen: Genetics").waitFor();
  await page.getByRole("button", { name: /Related research/ }).click();
  assert.equal(await page.locator(".ac-related__toggle").getAttribute("aria-expanded"), "true");
  assert.deepEqual(errors, []);
  await page.context().close();
  await server.close();
});

test("examples/prerendered: the tool's page shows its cards before the widget loads, then takes them over in place", async () => {
  const server = await serveExample("prerendered");
  const page = await newLocalPage(browser, { viewport: { width: 1000, height: 900 } });
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (m) => ["error", "warning"].includes(m.type()) && m.text().startsWith("article-cards") && errors.push(m.text()));
  const release = await holdLoader(page);
  await page.goto(server.url + "/", { waitUntil: "commit" });
  await page.waitForSelector("article.ac-card >> nth=3");
  await page.evaluate(() => (window.firstCard = document.querySelector("article.ac-card")));
  release();
  await page.waitForFunction(() => window.ArticleCards && !document.querySelector("[data-ac-prerendered]"));
  assert.ok(await page.evaluate(() => document.querySelector("article.ac-card") === window.firstCard), "the same node");
  assert.equal(await page.locator(".ac-date__absolute").first().textContent(), "18 Nov 2026", "en-GB dates");
  assert.equal(await page.locator(".ac-card__link").first().getAttribute("target"), "_blank");
  const toggle = page.locator(".ac-related__toggle").first();
  await toggle.click();
  assert.equal(await toggle.getAttribute("aria-expanded"), "true");
  assert.equal(server.count("/article-cards/article-cards_bg.wasm"), 1, "the one build");
  assert.deepEqual(errors, []);
  await page.context().close();
  await server.close();
});

