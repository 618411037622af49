// In Firefox and WebKit: Back in Turbo Drive, htmx 2 and htmx 4, which put back a copy of the
// page they left, cards and all, or request it again (tests/e2e/support/page-swaps.mjs): each
// card shows once, as the reader left it, and works; Back to a long feed lands where the
// reader left. And Turbo carrying the element to the next page: its cards stay as they are.
import { test } from "node:test";
import assert from "node:assert/strict";
import { AS_LEFT, cardsAsShown, keptByBack, landsNear, LONG_FEED, longFeedIsBack, pauseTurboRendering, readingPosition, SWAP_HOSTS, swapMounts, swapPages } from "../e2e/support/page-swaps.mjs";
import { heightsHeld } from "../e2e/support/geometry.mjs";
import { withProbe } from "./support/pages.mjs";
import { inEveryEngine } from "./support/suite.mjs";

/** The pages of the engine's server, written once it has started (the figures are its). */
let pages;
const serverOptions = () => ({ mounts: swapMounts, pages: (pages = {}) });

inEveryEngine(serverOptions, (context) => {
  for (const host of Object.keys(SWAP_HOSTS)) {
    test(`${host}: Back to a page of cards shows each card once, ${SWAP_HOSTS[host].requestsAgain ? "as the page first showed them, its panels aside" : "as the reader left it"}, and working`, async () => {
      const { page } = context;
      for (const [path, html] of Object.entries(swapPages(page.server.url))) pages[path] = withProbe(html);
      await page.open(`/${host}/feed.html`);
      await page.until("the figures load", () => document.querySelectorAll('article.ac-card figure[data-state="loaded"]').length === 4);
      await (await page.$$(".ac-related__toggle"))[1].click();
      await page.run(pauseTurboRendering);
      await (await page.$("#away")).click();
      await page.until("the other page shows, the cards unmounted", () => document.querySelector("h1")?.textContent === "Other" && ArticleCards.stats().liveMounts === 0);
      await page.browser.back();
      await page.until("the page of cards is back, mounted", () => document.querySelector("h1")?.textContent === "Feed" && ArticleCards.stats().liveMounts === 1);
      // A page requested again loads its figures again.
      await page.until("the figures are shown", () => document.querySelectorAll('article.ac-card figure[data-state="loaded"]').length === 4);
      assert.deepEqual(keptByBack(host, await page.run(cardsAsShown)), keptByBack(host, AS_LEFT));
      await page.run(() => {
        window.topics = [];
        document.addEventListener("article-card-topic", (event) => window.topics.push(event.detail.topic));
      });
      await (await page.$("article.ac-card .ac-chip")).click();
      await page.until("a chip of the card put back sends its event", () => window.topics.length === 1);
      const toggle = (await page.$$(".ac-related__toggle"))[2];
      await toggle.click();
      await page.until("a panel of the card put back opens", () => document.querySelectorAll(".ac-related__toggle")[2].getAttribute("aria-expanded") === "true");
      assert.deepEqual(await page.problems(), []);
    });
  }

  for (const host of Object.keys(SWAP_HOSTS)) {
    // htmx 4 without its history cache requests the page again on Back, inside the Navigation
    // API's traversal where a browser has one; Firefox ESR and WebKitGTK have not, and restore
    // the scroll position when Back begins, while the other page is still shown.
    // htmx (2, and 4's history cache) keeps its copy of a page in sessionStorage; WebKit's refuses this one (its 5 MB hold
    // about 2.5 million characters of such text), so htmx requests the page again on Back and
    // restores no scroll position, whatever the page holds.
    const skip =
      (SWAP_HOSTS[host].requestsAgain && "htmx 4 requests the page again and restores a scroll position only through the Navigation API, which this browser lacks") ||
      (host.startsWith("htmx") && context.engine.id === "webkit" && "WebKit's sessionStorage cannot hold htmx's copy of a page this long") ||
      // Seen in 2 of 4 runs: Back showed the copy, but no scroll position was restored (10 s).
      (host === "htmx4-cache" && context.engine.id === "firefox" && "htmx 4's history cache restores no scroll position in Firefox now and then");
    test(`${host}: Back to a long feed, scrolled far down, lands where the reader left, not at its top`, { skip }, async () => {
      const { page } = context;
      for (const [path, html] of Object.entries(swapPages(page.server.url))) pages[path] = withProbe(html);
      await page.open(`/${host}/long.html`);
      await page.until("the feed renders", (cards) => document.querySelectorAll("article.ac-card").length === cards, LONG_FEED);
      await page.run(() => document.querySelectorAll("article.ac-card")[1100].scrollIntoView());
      const left = await page.run(readingPosition);
      await (await page.$("#away")).click();
      await page.until("the other page shows, the cards unmounted", () => document.querySelector("h1")?.textContent === "Other" && ArticleCards.stats().liveMounts === 0);
      await page.browser.back();
      await page.until("the feed is back, all of it rendered by the mount after Back, and a scroll position restored", longFeedIsBack, LONG_FEED);
      const back = await page.run(readingPosition);
      assert.ok(landsNear(left, back), `left at card ${left.card}, back at card ${back.card}`);
      assert.deepEqual(await page.run(heightsHeld), []);
      assert.deepEqual(await page.problems(), []);
    });
  }

  test("turbo: an element carried to the next page (data-turbo-permanent) keeps its cards as they are, not rendered again", async () => {
    const { page } = context;
    for (const [path, html] of Object.entries(swapPages(page.server.url))) pages[path] = withProbe(html);
    await page.open("/turbo/kept-1.html");
    await page.until("the figures load", () => document.querySelectorAll('article.ac-card figure[data-state="loaded"]').length === 4);
    await (await page.$$(".ac-related__toggle"))[1].click();
    await page.run(() => {
      window.keptCards = [...document.querySelectorAll("article.ac-card")];
      window.keptIds = [...document.querySelectorAll("[id]")].map((node) => node.id).join();
    });
    await (await page.$("#away")).click();
    await page.until("the next page shows", () => document.querySelector("h1")?.textContent === "Page 2");
    await page.until("a task has passed", () => new Promise((resolve) => setTimeout(() => resolve(true), 100)));
    const kept = await page.run(() => ({
      sameNodes: [...document.querySelectorAll("article.ac-card")].every((card, i) => card === window.keptCards[i]),
      sameIds: [...document.querySelectorAll("[id]")].map((node) => node.id).join() === window.keptIds,
      mounts: ArticleCards.stats().liveMounts,
    }));
    assert.deepEqual({ ...kept, shown: await page.run(cardsAsShown) }, { sameNodes: true, sameIds: true, mounts: 1, shown: AS_LEFT });
    assert.deepEqual(await page.problems(), []);
  });
});
