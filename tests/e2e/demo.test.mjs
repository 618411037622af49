// End to end: the demo page (index.html, built by Trunk in release mode) as a visitor sees it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openDemo } from "./support/browser.mjs";
import { withServerAndBrowser } from "./support/suite.mjs";

let server;
let browser;
withServerAndBrowser({}, (started) => ({ server, browser } = started));

test("the demo shows every valid record as a card and reports the invalid one", async () => {
  const { page, problems } = await openDemo(browser, server.url + "/");
  const consoleErrors = [];
  page.on("console", (message) => message.type() === "error" && consoleErrors.push(message.text()));
  const expected = await page.evaluate(() => window.demoRecords.length - 1);
  await page.waitForFunction((n) => document.querySelectorAll("article.ac-card").length === n, expected);
  assert.equal(expected, 14);
  assert.equal(await page.locator("article.ac-card").count(), expected);
  await page.getByText('"index":7,"path":"webUrl"').waitFor();
  assert.equal(await page.getByText("This record is invalid").count(), 0, "the invalid record is not rendered");
  assert.deepEqual(problems, []);
  await page.context().close();
});

test("choosing a topic chip lets the host filter the cards, and Show all restores them", async () => {
  const { page } = await openDemo(browser, server.url + "/");
  await page.locator("article.ac-card").first().getByRole("button", { name: "Show cards about Batteries" }).click();
  await page.waitForFunction(() => document.querySelectorAll("article.ac-card").length < 14);
  const count = await page.locator("article.ac-card").count();
  const matching = await page.evaluate(() => window.demoRecords.filter((r) => r.topics?.includes("Batteries")).length);
  assert.equal(count, matching);
  await page.getByRole("button", { name: "Show all" }).click();
  await page.waitForFunction(() => document.querySelectorAll("article.ac-card").length === 14);
  await page.context().close();
});

test("the theme option forces dark cards even on a light system", async () => {
  const { page } = await openDemo(browser, server.url + "/", { colorScheme: "light" });
  const background = () => page.locator("article.ac-card").first().evaluate((card) => getComputedStyle(card).backgroundColor);
  assert.equal(await background(), "rgb(255, 255, 255)");
  await page.getByLabel("Theme").selectOption("dark");
  await page.waitForFunction(() => document.querySelector(".ac-root")?.dataset.theme === "dark");
  assert.equal(await background(), "rgb(23, 25, 30)");
  await page.context().close();
});
