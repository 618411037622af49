// End to end: the demo, the plain-HTML example and a page the prerender tool wrote work under a strict Content-Security-Policy
// served as a header, with no policy violation at all; the demo also with Trusted Types enforced, so no string
// reaches an HTML or script sink.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { startServer, repoRoot } from "./support/server.mjs";
import { newLocalPage } from "./support/browser.mjs";
import { withServerAndBrowser } from "./support/suite.mjs";
import { STRICT_CSP, TRUSTED_TYPES_CSP, recordViolations } from "./support/csp.mjs";
import { heightsHeld } from "./support/geometry.mjs";

const headers = { "content-security-policy": STRICT_CSP };
let browser;

withServerAndBrowser(null, (started) => ({ browser } = started));

/** Starts a server for test `t` that stops when the test ends, passed or not (its pages still open). */
async function serve(t, options) {
  const server = await startServer(options);
  t.after(() => server.close());
  return server;
}

/**
 * Opens `url` for test `t`, recording every securitypolicyviolation from the very start of
 * the page; the page closes when the test ends.
 */
async function openUnderPolicy(t, url, policy = STRICT_CSP) {
  const page = await newLocalPage(browser, { viewport: { width: 1100, height: 900 } });
  t.after(() => page.context().close());
  await recordViolations(page);
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const response = await page.goto(url);
  assert.equal(response.headers()["content-security-policy"], policy);
  await page.waitForSelector("article.ac-card >> nth=1");
  return { page, errors };
}

for (const [name, policy] of [["a strict CSP", STRICT_CSP], ["a strict CSP with Trusted Types enforced", TRUSTED_TYPES_CSP]]) {
  test(`the demo works under ${name} with zero violations`, async (t) => {
    const server = await serve(t, { headers: { "content-security-policy": policy } });
    const { page, errors } = await openUnderPolicy(t, server.url + "/", policy);
    await page.waitForFunction(() => document.querySelectorAll("article.ac-card").length === 14);
    await page.locator(".ac-related__toggle").first().click();
    await page.getByLabel("Theme").selectOption("dark");
    await page.locator("article.ac-card").last().scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    assert.ok((await page.locator('figure[data-state="loaded"]').count()) > 0, "figures load under the policy");
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    assert.deepEqual(errors, []);
    assert.equal(await page.evaluate(() => typeof window.wasmBindings), "undefined", "no bindings leak onto window");
  });
}

test("the plain-HTML example works under a strict CSP with zero violations, cards in a shadow root too", async (t) => {
  const server = await serve(t, {
    headers,
    mounts: { "/": join(repoRoot, "examples/plain-html"), "/article-cards/": join(repoRoot, "dist") },
  });
  const { page, errors } = await openUnderPolicy(t, server.url + "/");
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
});

test("a page written by `article-cards render --page` works under a strict CSP with zero violations", async (t) => {
  const server = await serve(t, {
    headers,
    mounts: { "/": join(repoRoot, "examples/prerendered"), "/article-cards/": join(repoRoot, "dist") },
  });
  const { page, errors } = await openUnderPolicy(t, server.url + "/");
  await page.waitForFunction(() => window.ArticleCards && !document.querySelector("[data-ac-prerendered]"));
  await page.locator(".ac-related__toggle").first().click();
  assert.equal(await page.locator(".ac-related__toggle").first().getAttribute("aria-expanded"), "true");
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector("main")).maxWidth), "1152px", "the page's own layout applies");
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(errors, []);
});

test("a long feed keeps its height under a strict CSP (styles set through CSSOM), with zero violations", async (t) => {
  const server = await serve(t, { headers });
  const { page, errors } = await openUnderPolicy(t, server.url + "/");
  await page.evaluate(async () => {
    const records = Array.from({ length: 3000 }, (_, i) => ({ title: `Story ${i}`, webUrl: `https://example.org/csp/${i}` }));
    const container = document.body.appendChild(document.createElement("div"));
    window.handle = ArticleCards.mount(container, records, {});
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  });
  const held = await page.evaluate(heightsHeld);
  // Past the cards shown so far: as the feed ends, its last segment is drawn for a frame.
  await page.keyboard.press("End");
  await page.waitForFunction(() => document.querySelectorAll("article.ac-card").length === 14 + 3000);
  // Polled from here: a predicate in a string is an eval, which the policy blocks.
  while ((await page.evaluate(heightsHeld)).length > 0) await page.waitForTimeout(50);
  assert.equal(held.length, 1, "the feed's height is held while it arrives");
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(errors, []);
});

test("the policy is really enforced: an inline script on the same page is blocked and reported", async (t) => {
  const server = await serve(t, { headers, pages: { "/inline.html": "<!doctype html><title>x</title><script>window.ran = true</script>" } });
  const page = await newLocalPage(browser);
  t.after(() => page.context().close());
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.violations.push(e.violatedDirective));
  });
  await page.goto(server.url + "/inline.html");
  await page.waitForFunction(() => window.violations.length > 0);
  assert.equal(await page.evaluate(() => window.ran), undefined);
  assert.deepEqual(await page.evaluate(() => window.violations), ["script-src-elem"]);
});
