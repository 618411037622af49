// End to end: every option of mount() and update() changes what the reader sees.
import { test } from "node:test";
import assert from "node:assert/strict";
import { newLocalPage } from "./support/browser.mjs";
import { blankPage, seed, story } from "./support/records.mjs";
import { withServerAndBrowser } from "./support/suite.mjs";

let server;
let browser;
withServerAndBrowser({ pages: { "/blank.html": blankPage() } }, (started) => ({ server, browser } = started));

const NOW = "2026-11-25T12:00:00Z";

/** A page with `records` mounted with `options`; returns the page and its console warnings. */
async function mounted(records, options) {
  const page = await newLocalPage(browser, { viewport: { width: 1000, height: 900 }, locale: "en-US", timezoneId: "UTC" });
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await page.goto(server.url + "/blank.html");
  await page.waitForFunction(() => window.ArticleCards);
  await page.evaluate(({ records, options }) => {
    window.handle = ArticleCards.mount(document.getElementById("cards"), records, options);
  }, { records, options });
  await page.waitForSelector("article.ac-card");
  return { page, warnings };
}

async function update(page, records, options) {
  await page.evaluate(({ records, options }) => window.handle.update(records, options), { records, options });
  await page.waitForTimeout(50);
}

const dateText = (page) => page.locator(".ac-card__meta time").first().innerText();

test("locale: dates are written in the host's locale, or the one the option names", async () => {
  const { page } = await mounted([seed], { now: NOW });
  assert.equal(await dateText(page), "May 8, 2020\n6 years ago");
  await update(page, [seed], { now: NOW, locale: "de-DE" });
  assert.equal(await dateText(page), "08.05.2020\nvor 6 Jahren");
  await update(page, [seed], { now: NOW, locale: "fr-FR" });
  assert.equal(await dateText(page), "8 mai 2020\nil y a 6 ans");
  await page.context().close();
});

test("timeZone: the calendar date follows the zone", async () => {
  const lateEvening = story(1, { publishedDateTime: "2020-05-08T23:30:00Z" });
  const { page } = await mounted([lateEvening], { now: NOW, locale: "en-US", timeZone: "UTC" });
  assert.match(await dateText(page), /^May 8, 2020/);
  await update(page, [lateEvening], { now: NOW, locale: "en-US", timeZone: "Asia/Tokyo" });
  assert.match(await dateText(page), /^May 9, 2020/);
  await page.context().close();
});

test("now: relative dates are measured from it", async () => {
  const { page } = await mounted([seed], { locale: "en-US", now: "2021-06-01T00:00:00Z" });
  assert.equal(await dateText(page), "May 8, 2020\nlast year");
  await update(page, [seed], { locale: "en-US", now: "2020-05-08T13:15:00Z" });
  assert.equal(await dateText(page), "May 8, 2020\n3 hours ago");
  await page.context().close();
});

test("theme and layout: forced by option, exposed for CSS", async () => {
  const { page } = await mounted([seed], { theme: "dark", layout: "compact" });
  const root = page.locator(".ac-root");
  assert.equal(await root.getAttribute("data-theme"), "dark");
  assert.equal(await root.getAttribute("data-layout"), "compact");
  assert.equal(await page.locator(".ac-card").evaluate((c) => getComputedStyle(c).backgroundColor), "rgb(23, 25, 30)");
  await update(page, [seed], { theme: "light" });
  assert.equal(await root.getAttribute("data-theme"), "light");
  assert.equal(await root.getAttribute("data-layout"), "full");
  assert.equal(await page.locator(".ac-card").evaluate((c) => getComputedStyle(c).backgroundColor), "rgb(255, 255, 255)");
  await page.context().close();
});

test("headingLevel: titles are headings of that level, 3 by default", async () => {
  const { page } = await mounted([seed], {});
  assert.equal(await page.locator("h3.ac-card__title").count(), 1);
  await update(page, [seed], { headingLevel: 5 });
  assert.equal(await page.getByRole("heading", { level: 5, name: seed.title }).count(), 1);
  await page.context().close();
});

test("relatedOpen: every related panel starts open, and closes when the option is turned off", async () => {
  const { page } = await mounted([seed, story(2)], { relatedOpen: true });
  const toggles = page.locator(".ac-related__toggle");
  assert.deepEqual(await toggles.evaluateAll((ts) => ts.map((t) => t.getAttribute("aria-expanded"))), ["true", "true"]);
  assert.ok(await page.locator(".ac-related__panel").first().isVisible());
  await update(page, [seed, story(2)], { relatedOpen: false });
  assert.deepEqual(await toggles.evaluateAll((ts) => ts.map((t) => t.getAttribute("aria-expanded"))), ["false", "false"]);
  await page.context().close();
});

test("linkTarget: links open where the host asks, always with rel=noopener noreferrer", async () => {
  const { page } = await mounted([seed], { linkTarget: "_blank", relatedOpen: true });
  const links = page.locator(".ac-card a");
  assert.deepEqual(await links.evaluateAll((as) => as.map((a) => [a.target, a.rel])), [
    ["_blank", "noopener noreferrer"],
    ["_blank", "noopener noreferrer"],
  ]);
  await update(page, [seed], { linkTarget: "_self" });
  assert.equal(await page.locator(".ac-card__link").getAttribute("target"), "_self");
  await page.context().close();
});

test("showSignals: signals are shown only when asked, and are always data attributes", async () => {
  const { page } = await mounted([seed], {});
  assert.equal(await page.locator(".ac-signals").count(), 0);
  assert.equal(await page.locator('article[data-quality="19"][data-heat="19"][data-published="false"][data-type="article"]').count(), 1);
  await update(page, [seed], { showSignals: true });
  const pairs = await page.locator(".ac-signals__item").evaluateAll((items) =>
    items.map((item) => [item.querySelector("dt").textContent, item.querySelector("dd").textContent]),
  );
  assert.deepEqual(pairs, [["Category", "news"], ["Type", "article"], ["Quality", "19"], ["Heat", "19"], ["Published", "no"]]);
  await page.context().close();
});

test("an unknown option or a wrong value is a console warning naming it, never a crash", async () => {
  const { page, warnings } = await mounted([seed], { colour: "red", theme: "purple", headingLevel: 9, locale: 42 });
  assert.equal(await page.locator("article.ac-card").count(), 1);
  assert.deepEqual(warnings, [
    "article-cards: option colour: is not an option; ignored",
    "article-cards: option locale: must be a string, got a number; ignored",
    'article-cards: option theme: must be one of "auto", "light", "dark"; default used',
    "article-cards: option headingLevel: must be between 2 and 6; ignored",
  ]);
  assert.equal(await page.locator("h3.ac-card__title").count(), 1);
  await page.context().close();
});
