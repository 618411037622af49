// The benchmark's premise, checked in CI: the widget, the plain-JS renderer and the Lit
// component render the same cards — same count, same text, same elements and attributes.
// (Timing is never asserted; that is bench/run.mjs's job, and it only reports.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { repoRoot } from "./support/server.mjs";
import { newLocalPage } from "./support/browser.mjs";
import { withServerAndBrowser } from "./support/suite.mjs";

let server;
let browser;
withServerAndBrowser({
  mounts: { "/dist/": join(repoRoot, "dist"), "/bench/": join(repoRoot, "bench"), "/node_modules/": join(repoRoot, "node_modules") },
}, (started) => ({ server, browser } = started));

/** Renders 60 benchmark records with `impl`; returns the text and the DOM's shape. */
async function render(impl) {
  const page = await newLocalPage(browser, { viewport: { width: 1200, height: 900 } });
  await page.goto(`${server.url}/bench/page.html?impl=${impl}`);
  await page.waitForFunction(() => window.benchReady === true);
  await page.evaluate(() => window.bench.mount(60));
  await page.evaluate(() => window.bench.openPanels(5));
  const result = await page.evaluate(() => {
    const volatile = new Set(["id", "aria-labelledby", "aria-controls", "src", "data-state"]);
    const shape = [...document.querySelector(".ac-root").querySelectorAll("*")].map((element) => {
      const attributes = [...element.attributes].filter((a) => !volatile.has(a.name)).map((a) => `${a.name}=${a.value}`).sort();
      return `${element.tagName.toLowerCase()}[${attributes.join(" ")}]`;
    });
    return { texts: window.bench.texts(), shape };
  });
  await page.context().close();
  return result;
}

test("the three benchmark implementations render the same cards", async () => {
  const widget = await render("widget");
  assert.equal(widget.texts.length, 60);
  for (const impl of ["vanilla", "lit"]) {
    const other = await render(impl);
    assert.deepEqual(other.texts, widget.texts, `${impl}: same text`);
    const firstDifference = other.shape.findIndex((entry, i) => entry !== widget.shape[i]);
    assert.deepEqual(
      [other.shape.length, firstDifference === -1 ? null : [other.shape[firstDifference], widget.shape[firstDifference]]],
      [widget.shape.length, null],
      `${impl}: same elements and attributes`,
    );
  }
});
