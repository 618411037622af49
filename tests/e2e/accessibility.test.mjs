// End to end: the cards are usable by everyone — axe-clean in both themes with panels open
// and closed, visible focus, reduced motion honoured, right-to-left text laid out as such.
import { test } from "node:test";
import assert from "node:assert/strict";
import AxeBuilder from "@axe-core/playwright";
import { newLocalPage, openDemo } from "./support/browser.mjs";
import { withServerAndBrowser } from "./support/suite.mjs";

const WCAG_22_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
let server;
let browser;
withServerAndBrowser({}, (started) => ({ server, browser } = started));

for (const colorScheme of ["light", "dark"]) {
  for (const panels of ["closed", "open"]) {
    test(`axe: no WCAG 2.2 A/AA violations on the demo, ${colorScheme}, panels ${panels}`, async () => {
      const { page } = await openDemo(browser, server.url + "/", { colorScheme });
      await page.waitForFunction(() => document.querySelectorAll("article.ac-card").length === 14);
      if (panels === "open") {
        await page.getByLabel("Open related panels").check();
        await page.waitForFunction(() => document.querySelector('.ac-related__toggle[aria-expanded="true"]'));
      }
      const results = await new AxeBuilder({ page }).withTags(WCAG_22_A_AA).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      assert.deepEqual(summary, []);
      assert.ok(results.passes.some((rule) => rule.id === "color-contrast"), "contrast was checked");
      await page.context().close();
    });
  }
}

test("every interactive part shows a visible focus ring when reached by keyboard", async () => {
  const { page } = await openDemo(browser, server.url + "/");
  await page.locator(".ac-card__link").first().focus();
  const rings = [];
  for (let i = 0; i < 6; i++) {
    rings.push(
      await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement);
        return `${document.activeElement.className}: ${style.outlineStyle} ${parseFloat(style.outlineWidth) >= 2}`;
      }),
    );
    await page.keyboard.press("Tab");
  }
  for (const ring of rings) assert.match(ring, /: solid true$/, ring);
  await page.context().close();
});

test("prefers-reduced-motion turns transitions and animations off", async () => {
  const motion = async (reducedMotion) => {
    const page = await newLocalPage(browser, { reducedMotion });
    await page.goto(server.url + "/");
    await page.waitForSelector("article.ac-card");
    await page.locator(".ac-related__toggle").first().click();
    const result = await page.evaluate(() => ({
      chip: getComputedStyle(document.querySelector(".ac-chip")).transitionDuration,
      panel: getComputedStyle(document.querySelector(".ac-related__panel:not([hidden])")).animationName,
    }));
    await page.context().close();
    return result;
  };
  assert.deepEqual(await motion("no-preference"), { chip: "0.16s", panel: "ac-reveal" });
  assert.deepEqual(await motion("reduce"), { chip: "0s", panel: "none" });
});

test("right-to-left titles and excerpts are laid out right to left", async () => {
  const { page } = await openDemo(browser, server.url + "/");
  const arabic = page.locator("article.ac-card", { hasText: "نيتشر" });
  const directions = await arabic.evaluate((card) =>
    [".ac-card__title", ".ac-card__excerpt", ".ac-provider__name"].map((s) => getComputedStyle(card.querySelector(s)).direction),
  );
  assert.deepEqual(directions, ["rtl", "rtl", "rtl"]);
  const english = await page.locator(".ac-card__title").first().evaluate((t) => getComputedStyle(t).direction);
  assert.equal(english, "ltr");
  await page.context().close();
});
