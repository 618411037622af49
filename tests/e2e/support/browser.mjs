// Launches Debian's Chromium headless through playwright-core, with the flags this
// sandboxed, offline machine needs. No browser is downloaded.
import { chromium } from "playwright-core";

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

/** Opens `url` in a fresh page and waits until the widget has rendered its cards. */
export async function openDemo(browser, url, { viewport = { width: 1100, height: 900 }, colorScheme = "light" } = {}) {
  const page = await browser.newPage({ viewport, colorScheme });
  const problems = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  await page.goto(url);
  await page.waitForSelector("article.ac-card");
  return { page, problems };
}
