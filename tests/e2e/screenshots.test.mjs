// Screenshots of the demo (light and dark, 420 and 1100 px wide, the first related panel
// open), once every figure in view has settled: into target/screenshots/, or into
// docs/screenshots/ for the README when `scripts/screenshots` runs this file.
import { test } from "node:test";
import assert from "node:assert/strict";
import { statSync } from "node:fs";
import { openDemo } from "./support/browser.mjs";
import { screenshotPath } from "./support/screenshots.mjs";
import { withServerAndBrowser } from "./support/suite.mjs";

let server;
let browser;
withServerAndBrowser({}, (started) => ({ server, browser } = started));

for (const colorScheme of ["light", "dark"]) {
  for (const width of [420, 1100]) {
    test(`screenshot of the demo, ${colorScheme}, ${width} px`, async () => {
      const height = width > 500 ? 1500 : 1800;
      const { page } = await openDemo(browser, server.url + "/", { viewport: { width, height }, colorScheme });
      await page.locator(".ac-related__toggle").first().click();
      // Every figure near the viewport has been requested; wait until each has loaded or failed.
      await page.waitForFunction(() =>
        [...document.querySelectorAll("figure.ac-figure")].every((f) => f.dataset.state !== "loading"),
      );
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(350); // let the fade-in of loaded figures finish
      const path = screenshotPath(`demo-${width}-${colorScheme}.png`);
      await page.screenshot({ path });
      assert.ok(statSync(path).size > 20_000, "the screenshot has content");
      await page.context().close();
    });
  }
}
