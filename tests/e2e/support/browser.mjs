// Launches Debian's Chromium headless through playwright-core, with the flags this
// sandboxed, offline machine needs. No browser is downloaded.
import { chromium } from "playwright-core";

/**
 * `args`: more command-line flags (the benchmark's memory section exposes V8's `gc`).
 * `backForwardCache`: keep Chromium's back/forward cache on (Playwright turns it off).
 */
export async function launchBrowser({ args = [], backForwardCache = false } = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    headless: true,
    ignoreDefaultArgs: backForwardCache ? ["--disable-back-forward-cache"] : [],
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
      ...args,
    ],
  });
}

/**
 * A new page that can reach only 127.0.0.1: anything else (such as the seed record's real
 * figure URL) is aborted before it leaves the machine, as a failed load.
 */
export async function newLocalPage(browser, options = {}) {
  // A context of its own per page (axe needs one, and tests stay independent); tests end
  // with page.context().close().
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.route((url) => url.hostname !== "127.0.0.1", (route) => route.abort("internetdisconnected"));
  return page;
}

/**
 * Holds the widget's loader back until the returned `release()` is called, so that a test
 * can look at prerendered cards before the widget runs. Call before `page.goto`.
 */
export async function holdLoader(page) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route("**/article-cards-loader.js", async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Opens `url` in a fresh page and waits until the widget has rendered its cards. */
export async function openDemo(browser, url, { viewport = { width: 1100, height: 900 }, colorScheme = "light" } = {}) {
  const page = await newLocalPage(browser, { viewport, colorScheme });
  const problems = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  await page.goto(url);
  await page.waitForSelector("article.ac-card");
  return { page, problems };
}
