// End to end: the cards look the same on pages that use popular CSS frameworks (Bootstrap 5,
// Pico 2, Tailwind's preflight), whether the framework's stylesheet is linked before or
// after article-cards.css — box for box, font for font, against a page with no host CSS.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { newLocalPage } from "./support/browser.mjs";
import { cardGeometry } from "./support/geometry.mjs";
import { repoRoot } from "./support/server.mjs";
import { seed, story } from "./support/records.mjs";
import { withServerAndBrowser } from "./support/suite.mjs";

const FRAMEWORKS = {
  "Bootstrap 5": "/vendor/bootstrap/dist/css/bootstrap.min.css",
  "Pico 2": "/vendor/@picocss/pico/css/pico.min.css",
  "Tailwind preflight": "/vendor/tailwindcss/preflight.css",
};

/** A host page with `hostCss` linked before or after the widget's stylesheet. */
function page(hostCss, order) {
  const host = hostCss ? `<link rel="stylesheet" href="${hostCss}" />` : "";
  const widget = '<link rel="stylesheet" href="/article-cards.css" />';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>article-cards on a framework page</title>
    <link rel="icon" href="data:," />
    ${order === "before" ? host + widget : widget + host}
    <script type="module" src="/article-cards-loader.js"></script>
  </head>
  <body>
    <main class="container"><h1>News</h1><div id="cards" style="width: 900px"></div></main>
  </body>
</html>`;
}

const pagePath = (name, order) => `/${name.toLowerCase().replaceAll(" ", "-")}-${order}.html`;
const pages = { "/clean.html": page(null) };
for (const [name, href] of Object.entries(FRAMEWORKS)) {
  for (const order of ["before", "after"]) pages[pagePath(name, order)] = page(href, order);
}

let server;
let browser;
withServerAndBrowser(
  { mounts: { "/": join(repoRoot, "dist"), "/vendor/": join(repoRoot, "node_modules") }, pages },
  (started) => ({ server, browser } = started),
);

const records = [story(1, { images: [{ url: "http://127.0.0.1:1/figure.png", width: 600, height: 400, alt: "A chart" }] }), seed];

async function geometryOf(path) {
  const page = await newLocalPage(browser, { viewport: { width: 1000, height: 900 }, reducedMotion: "reduce" });
  await page.goto(server.url + path);
  await page.waitForFunction(() => window.ArticleCards);
  await page.evaluate((records) => {
    ArticleCards.mount(document.getElementById("cards"), records, { now: "2026-11-25T12:00:00Z", locale: "en-US", showSignals: true });
  }, records);
  await page.waitForSelector("article.ac-card >> nth=1");
  await page.locator(".ac-related__toggle").first().click();
  await page.mouse.move(0, 0);
  await page.waitForSelector('figure[data-state="error"]');
  const geometry = await cardGeometry(page);
  await page.context().close();
  return geometry;
}

let clean;
for (const [name, href] of Object.entries(FRAMEWORKS)) {
  for (const order of ["before", "after"]) {
    test(`${name} linked ${order} article-cards.css leaves the cards as on a clean page`, async () => {
      clean ??= await geometryOf("/clean.html");
      const hosted = await geometryOf(pagePath(name, order));
      const frameworkApplies = await (async () => {
        const page = await newLocalPage(browser);
        await page.goto(server.url + pagePath(name, order));
        const h1 = await page.evaluate(() => getComputedStyle(document.querySelector("h1")).marginTop);
        await page.context().close();
        return h1;
      })();
      assert.notEqual(frameworkApplies, "21.44px", `${href} restyles the host's own heading`);
      assert.ok(clean.length > 60, `the cards have their parts (${clean.length} elements)`);
      assert.deepEqual(hosted, clean);
    });
  }
}
