// End to end: a long-lived page. Mounting, updating and unmounting 1,000 times, and adding and
// removing 1,000 <article-cards> elements, leaves the JS heap and WebAssembly memory flat.
import { test } from "node:test";
import assert from "node:assert/strict";
import { newLocalPage } from "./support/browser.mjs";
import { blankPage, story } from "./support/records.mjs";
import { withServerAndBrowser } from "./support/suite.mjs";

const CYCLES = 1000;
const WARM_UP = 400; // long enough for the allocator to reach its high-water mark
const WASM_PAGE = 65_536;
let server;
let browser;
withServerAndBrowser({ pages: { "/blank.html": blankPage() } }, (started) => ({ server, browser } = started));

/** JS heap in use after a forced garbage collection, and the wasm memory size. */
async function settledMemory(page, cdp) {
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
  for (let i = 0; i < 3; i++) await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  const { wasmMemoryBytes, liveMounts } = await page.evaluate(() => ArticleCards.stats());
  return { heap: usedSize, wasm: wasmMemoryBytes, liveMounts };
}

async function measure(t, cycle) {
  const page = await newLocalPage(browser, { viewport: { width: 1000, height: 800 } });
  await page.goto(server.url + "/blank.html");
  await page.waitForFunction(() => window.ArticleCards && customElements.get("article-cards"));
  const cdp = await page.context().newCDPSession(page);
  const records = [story(1), story(2, { images: [{ url: `${server.url}/images/gw-chirp.svg`, width: 720, height: 405 }] })];
  const changed = [story(2, { images: [{ url: `${server.url}/images/gw-chirp.svg`, width: 720, height: 405 }] }), story(3)];
  await page.evaluate(cycle, { count: WARM_UP, records, changed });
  const before = await settledMemory(page, cdp);
  await page.evaluate(cycle, { count: CYCLES, records, changed });
  const afterCycles = await settledMemory(page, cdp);
  const growth = afterCycles.heap - before.heap;
  t.diagnostic(`${CYCLES} cycles: JS heap ${(before.heap / 1e6).toFixed(2)} → ${(afterCycles.heap / 1e6).toFixed(2)} MB (${(growth / 1024).toFixed(0)} KB), wasm memory ${before.wasm} → ${afterCycles.wasm} bytes`);
  assert.ok(growth < 1_000_000, `JS heap grew by ${growth} bytes`);
  // At most one 64 KiB page over 1,000 cycles, which a leak of 66 bytes a cycle would pass:
  // a mount's records, closures or card state are far more. Exactly none flaked under load
  // (the allocator's high-water mark moved by a page once).
  assert.ok(afterCycles.wasm - before.wasm <= WASM_PAGE, `WebAssembly memory grew by ${afterCycles.wasm - before.wasm} bytes`);
  assert.equal(afterCycles.liveMounts, 0);
  assert.equal(await page.evaluate(() => document.querySelectorAll("[data-article-cards], .ac-card").length), 0);
  await page.context().close();
}

test(`mount, update and unmount ${CYCLES} times on fresh host elements: no growth`, async (t) => {
  await measure(t, async ({ count, records, changed }) => {
    for (let i = 0; i < count; i++) {
      const element = document.createElement("div");
      document.querySelector("main").append(element);
      const handle = ArticleCards.mount(element, records, { relatedOpen: i % 2 === 0 });
      await new Promise((resolve) => setTimeout(resolve));
      handle.update(changed);
      await new Promise((resolve) => setTimeout(resolve));
      element.querySelector(".ac-related__toggle")?.click();
      handle.unmount();
      handle.free();
      element.remove();
    }
  });
});

test(`add and remove ${CYCLES} <article-cards> elements: no growth`, async (t) => {
  await measure(t, async ({ count, records }) => {
    for (let i = 0; i < count; i++) {
      const element = document.createElement("article-cards");
      element.records = records;
      document.querySelector("main").append(element);
      await new Promise((resolve) => setTimeout(resolve));
      element.remove();
    }
    await new Promise((resolve) => setTimeout(resolve));
  });
});
