// End to end: the demo, the plain-HTML example and a page the prerender tool wrote work under a strict Content-Security-Policy
// served as a header, with no policy violation at all.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { startServer, repoRoot } from "./support/server.mjs";
import { newLocalPage } from "./support/browser.mjs";
import { withServerAndBrowser } from "./support/suite.mjs";
import { STRICT_CSP, recordViolations } from "./support/csp.mjs";

const headers = { "content-security-policy": STRICT_CSP };
let browser;

withServerAndBrowser(null, (started) => ({ browser } = started));

/** Opens `url`, recording every securitypolicyviolation from the very start of the page. */
async function openUnderPolicy(url) {
  const page = await newLocalPage(browser, { viewport: { width: 1100, height: 900 } });
  await recordViolations(page);
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const response = await page.goto(url);
  assert.equal(response.headers()["content-security-policy"], STRICT_CSP);
  await page.waitForSelector("article.ac-card >> nth=1");
  return { page, errors };
}

test("the demo works under a strict CSP with zero violations", async () => {
  const server = await startServer({ headers });
  const { page, errors } = await openUnderPolicy(server.url + "/");
  await page.waitForFunction(() => document.querySelectorAll("article.ac-card").length === 14);
  await page.locator(".ac-related__toggle").first().click();
  await page.getByLabel("Theme").selectOption("dark");
  await page.locator("article.ac-card").last().scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  assert.ok((await page.locator('figure[data-state="loaded"]').count()) > 0, "figures load under the policy");
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(errors, []);
  assert.equal(await page.evaluate(() => typeof window.wasmBindings), "undefined", "no bindings leak onto window");
  await page.context().close();
  await server.close();
});

test("the plain-HTML example works under a strict CSP with zero violations, cards in a shadow root too", async () => {
  const server = await startServer({
    headers,
    mounts: { "/": join(repoRoot, "examples/plain-html"), "/article-cards/": join(repoRoot, "dist") },
  });
  const { page, errors } = await openUnderPolicy(server.url + "/");
  await page.getByRole("button", { name: "Show cards about AI" }).click();
  // An <article-cards> in a web component's shadow root adopts the cards' stylesheet there.
  await page.evaluate(() => {
    const element = document.createElement("article-cards");
    element.records = [{ title: "In a shadow root", webUrl: "https://example.org/shadow" }];
    const host = document.body.appendChild(document.createElement("div"));
    host.id = "shadow-host";
    host.attachShadow({ mode: "open" }).append(element);
  });
  await page.waitForSelector("#shadow-host article.ac-card");
  const shadowList = await page.evaluate(() => getComputedStyle(document.getElementById("shadow-host").shadowRoot.querySelector(".ac-list")).display);
  assert.equal(shadowList, "grid", "styled under the policy");
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(errors, []);
  await page.context().close();
  await server.close();
});

test("a page written by `article-cards render --page` works under a strict CSP with zero violations", async () => {
  const server = await startServer({
    headers,
    mounts: { "/": join(repoRoot, "examples/prerendered"), "/article-cards/": join(repoRoot, "dist") },
  });
  const { page, errors } = await openUnderPolicy(server.url + "/");
  await page.waitForFunction(() => window.ArticleCards && !document.querySelector("[data-ac-prerendered]"));
  await page.locator(".ac-related__toggle").first().click();
  assert.equal(await page.locator(".ac-related__toggle").first().getAttribute("aria-expanded"), "true");
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector("main")).maxWidth), "1152px", "the page's own layout applies");
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(errors, []);
  await page.context().close();
  await server.close();
});

test("the policy is really enforced: an inline script on the same page is blocked and reported", async () => {
  const server = await startServer({ headers, pages: { "/inline.html": "<!doctype html><title>x</title><script>window.ran = true</script>" } });
  const page = await newLocalPage(browser);
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.violations.push(e.violatedDirective));
  });
  await page.goto(server.url + "/inline.html");
  await page.waitForFunction(() => window.violations.length > 0);
  assert.equal(await page.evaluate(() => window.ran), undefined);
  assert.deepEqual(await page.evaluate(() => window.violations), ["script-src-elem"]);
  await page.context().close();
  await server.close();
});
