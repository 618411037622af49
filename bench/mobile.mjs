// The benchmark's mobile profile: a page loaded on a slow phone over a slow network, from a
// server that compresses like a real host. Chrome DevTools Protocol: CPU throttled 4×,
// network 150 ms latency, 1.6 Mbit/s down, 0.75 Mbit/s up, no cache.
import { newLocalPage } from "../tests/e2e/support/browser.mjs";

const MOBILE_NETWORK = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 };
const MOBILE_CPU_SLOWDOWN = 4;

/** A new page with the mobile profile applied, and its CDP session. */
async function mobilePage(browser) {
  const page = await newLocalPage(browser, { viewport: { width: 412, height: 915 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", MOBILE_NETWORK);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: MOBILE_CPU_SLOWDOWN });
  return page;
}

/** Milliseconds from navigation until the bench page (`url`, with ?startup=N) painted its first card. */
export async function firstCardOnMobile(browser, url) {
  const page = await mobilePage(browser);
  await page.goto(url);
  await page.waitForFunction(() => window.benchReady === true, null, { timeout: 120000 });
  const ms = await page.evaluate(() => window.firstCardPainted);
  await page.context().close();
  return ms;
}

/**
 * A prerendered page (`url`, written by `article-cards render --page`) on the mobile
 * profile: its first contentful paint, the first paint of a card's content (the first
 * largest-contentful-paint candidate inside a card), and when a topic chip first answered a
 * click (the widget has taken the cards over).
 */
export async function prerenderedOnMobile(browser, url) {
  const page = await mobilePage(browser);
  await page.addInitScript(() => {
    window.figures = {};
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name === "first-contentful-paint") window.figures.firstPaint = entry.startTime;
      }
    }).observe({ type: "paint", buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.element?.closest("article.ac-card")) window.figures.firstCardPaint ??= entry.startTime;
      }
    }).observe({ type: "largest-contentful-paint", buffered: true });
    document.addEventListener("article-card-topic", () => (window.figures.chipWorks ??= performance.now()));
    // A reader who keeps tapping the first chip until it answers.
    const tap = setInterval(() => {
      if (window.figures.chipWorks) return clearInterval(tap);
      document.querySelector(".ac-chip")?.click();
    }, 25);
  });
  await page.goto(url);
  await page.waitForFunction(() => window.figures.chipWorks && window.figures.firstPaint, null, { timeout: 120000 });
  const figures = await page.evaluate(() => window.figures);
  await page.context().close();
  return figures;
}
