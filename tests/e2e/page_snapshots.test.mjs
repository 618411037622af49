// End to end, in Chromium: pages that put back a copy of the cards. Turbo Drive (Rails'
// default) keeps a `cloneNode` of the page's body when it leaves the page, and shows it on
// Back; htmx 2 keeps the body's `innerHTML` and writes it back, as htmx 4's history cache
// does (htmx 4 alone requests the page again). A page may also `cloneNode`
// or `innerHTML` a container of cards and put the copy back itself. Such a page holds
// rendered cards that no mount renders: they are taken over (each card once, working, as
// the reader left it), not rendered beside (every card twice, the copies dead).
import { test } from "node:test";
import assert from "node:assert/strict";
import { newLocalPage } from "./support/browser.mjs";
import { heightsHeld } from "./support/geometry.mjs";
import { AS_LEFT, cardsAsShown, keptByBack, landsNear, LONG_FEED, longFeedIsBack, pauseTurboRendering, readingPosition, SWAP_HOSTS, swapMounts, swapPages, swapRecords } from "./support/page-swaps.mjs";
import { story } from "./support/records.mjs";
import { withServerAndBrowser } from "./support/suite.mjs";

/** Filled once the server's origin is known (the figures are local). */
const pages = {};
let server;
let browser;
withServerAndBrowser({ mounts: swapMounts, pages }, (started) => {
  ({ server, browser } = started);
  Object.assign(pages, swapPages(server.url));
});

async function open(path) {
  const page = await newLocalPage(browser, { viewport: { width: 1100, height: 900 } });
  const problems = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => ["error", "warning"].includes(message.type()) && problems.push(message.text()));
  await page.goto(server.url + path);
  return { page, problems };
}

/** Counts the cards in the document after every change, from now on (the page's JS realm
 *  outlives Turbo's and htmx's visits). */
async function watchMostCards(page) {
  await page.evaluate(() => {
    window.mostCards = 0;
    new MutationObserver(() => {
      window.mostCards = Math.max(window.mostCards, document.querySelectorAll("article.ac-card").length);
    }).observe(document, { childList: true, subtree: true });
  });
}

for (const [host, paused] of [...Object.keys(SWAP_HOSTS).map((host) => [host, true]), ["turbo", false]]) {
  const how = host === "turbo" ? (paused ? " (rendering paused, as to animate a page out)" : " (rendering at once)") : "";
  test(`${host}${how}: Back to a page of cards shows each card once, ${SWAP_HOSTS[host].requestsAgain ? "as the page first showed them, its panels aside" : "as the reader left it"}, and working`, async () => {
    const { page, problems } = await open(`/${host}/feed.html`);
    await page.waitForFunction(() => document.querySelectorAll('article.ac-card figure[data-state="loaded"]').length === 4);
    await page.locator(".ac-related__toggle").nth(1).click();
    if (paused) await page.evaluate(pauseTurboRendering);
    await page.locator("#away").click();
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "Other");
    // Leaving the page unmounts, once the task that took the element out is over.
    await page.waitForFunction(() => ArticleCards.stats().liveMounts === 0);
    await watchMostCards(page);
    await page.goBack();
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "Feed");
    await page.waitForFunction(() => ArticleCards.stats().liveMounts === 1);
    // A page requested again loads its figures again.
    await page.waitForFunction(() => document.querySelectorAll('article.ac-card figure[data-state="loaded"]').length === 4);
    assert.deepEqual(keptByBack(host, await page.evaluate(cardsAsShown)), keptByBack(host, AS_LEFT));
    assert.equal(await page.evaluate(() => window.mostCards), AS_LEFT.cards, "never more cards on the page");
    // The cards work: a chip's event, a panel, and an update through the element.
    const topics = await page.evaluate(() => {
      const seen = [];
      document.addEventListener("article-card-topic", (event) => seen.push(event.detail.topic));
      document.querySelector("article.ac-card .ac-chip").click();
      return seen;
    });
    assert.equal(topics.length, 1);
    const toggle = page.locator(".ac-related__toggle").nth(2);
    await toggle.click();
    assert.equal(await toggle.getAttribute("aria-expanded"), "true");
    await page.evaluate(() => {
      const element = document.querySelector("article-cards");
      element.records = JSON.parse(element.querySelector("script").textContent).slice(0, 2);
    });
    await page.waitForFunction(() => document.querySelectorAll("article.ac-card").length === 2);
    assert.deepEqual(problems, []);
    await page.context().close();
  });
}

for (const [host, path, again] of [...Object.keys(SWAP_HOSTS).map((host) => [host, `/${host}/long.html`, ""]), ["turbo", "/turbo/long-again.html", " (its records given again as it is put back)"]]) {
  test(`${host}: Back to a long feed, scrolled far down, lands where the reader left, not at its top${again}`, async () => {
    const { page, problems } = await open(path);
    await page.waitForFunction((cards) => document.querySelectorAll("article.ac-card").length === cards, LONG_FEED);
    await page.evaluate(() => document.querySelectorAll("article.ac-card")[1100].scrollIntoView());
    const left = await page.evaluate(readingPosition);
    await page.locator("#away").click();
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "Other" && ArticleCards.stats().liveMounts === 0);
    await page.goBack();
    await page.waitForFunction(longFeedIsBack, LONG_FEED);
    const back = await page.evaluate(readingPosition);
    assert.ok(landsNear(left, back), `left at card ${left.card}, back at card ${back.card}`);
    // The page's height held while the feed arrived is given back.
    assert.deepEqual(await page.evaluate(heightsHeld), []);
    assert.deepEqual(problems, []);
    await page.context().close();
  });
}

/** In the page: resolves once `condition()` holds (polled between tasks), or fails after 20 s. */
const UNTIL = `window.until = (condition) => new Promise((resolve, reject) => {
  const started = performance.now();
  const poll = () => {
    if (condition()) resolve();
    else if (performance.now() - started > 20000) reject(new Error("never: " + condition));
    else setTimeout(poll, 20);
  };
  poll();
});`;

test("turbo: an element carried to the next page (data-turbo-permanent) keeps its cards as they are, not rendered again", async () => {
  const { page, problems } = await open("/turbo/kept-1.html");
  await page.waitForFunction(() => document.querySelectorAll('article.ac-card figure[data-state="loaded"]').length === 4);
  await page.locator(".ac-related__toggle").nth(1).click();
  await page.evaluate(() => {
    window.keptCards = [...document.querySelectorAll("article.ac-card")];
    window.keptIds = [...document.querySelectorAll("[id]")].map((node) => node.id).join();
  });
  await page.locator("#away").click();
  await page.waitForFunction(() => document.querySelector("h1")?.textContent === "Page 2");
  await page.waitForTimeout(100);
  const kept = await page.evaluate(() => ({
    sameNodes: [...document.querySelectorAll("article.ac-card")].every((card, i) => card === window.keptCards[i]),
    // A mount afresh would give the cards ids of its own.
    sameIds: [...document.querySelectorAll("[id]")].map((node) => node.id).join() === window.keptIds,
    mounts: ArticleCards.stats().liveMounts,
  }));
  assert.deepEqual({ ...kept, shown: await page.evaluate(cardsAsShown) }, { sameNodes: true, sameIds: true, mounts: 1, shown: AS_LEFT });
  assert.deepEqual(problems, []);
  await page.context().close();
});

/** Opens `path` once the widget is ready, with `until` in the page. */
async function openWithUntil(path) {
  const opened = await open(path);
  await opened.page.waitForFunction(() => window.ArticleCards);
  await opened.page.evaluate(UNTIL);
  return opened;
}

test("mount into a container holding a copy of its cards takes the copy's nodes over; another mount's cards are left alone", async () => {
  const { page, problems } = await openWithUntil("/turbo/other.html");
  const outcome = await page.evaluate(async (feed) => {
    const cardsOf = (wrapper) => [...wrapper.querySelectorAll("article.ac-card")];
    const main = document.querySelector("main");
    const first = main.appendChild(document.createElement("div"));
    ArticleCards.mount(first, feed);
    await until(() => cardsOf(first).length === feed.length);
    first.querySelectorAll(".ac-related__toggle")[1].click();
    // Put back as a page would: a copy of the container, the original gone (not unmounted).
    const copy = first.cloneNode(true);
    const copied = cardsOf(copy);
    first.replaceWith(copy);
    const handle = ArticleCards.mount(copy, feed);
    await until(() => copy.querySelector("article.ac-card .ac-card__title")?.id.startsWith("ac2-"));
    const kept = cardsOf(copy).map((card, i) => card === copied[i]);
    const open = [...copy.querySelectorAll(".ac-related__toggle")].map((toggle) => toggle.getAttribute("aria-expanded"));
    // A second mount into the same container renders beside the first, as it always did.
    const second = ArticleCards.mount(copy, feed.slice(0, 1));
    const wrappers = () => [...copy.querySelectorAll(":scope > [data-article-cards]")];
    await until(() => wrappers().length === 2 && cardsOf(wrappers()[1]).length === 1);
    handle.update(feed.slice(0, 3));
    await until(() => cardsOf(wrappers()[0]).length === 3);
    const counts = wrappers().map((wrapper) => cardsOf(wrapper).length);
    second.unmount();
    handle.unmount();
    return { kept, open, counts, left: copy.childNodes.length, mounts: ArticleCards.stats().liveMounts };
  }, swapRecords(server.url));
  assert.deepEqual(outcome, {
    kept: [true, true, true, true],
    open: ["false", "true", "false", "false"],
    counts: [3, 1],
    left: 0,
    mounts: 1, // the original, never unmounted
  });
  assert.deepEqual(problems, []);
  await page.context().close();
});

test("a copy of a long feed's cards is replaced, not validated whole in the mount's task", async () => {
  const { page, problems } = await openWithUntil("/turbo/other.html");
  const feed = Array.from({ length: 1200 }, (_, i) => story(i + 1, { images: [], related: [] }));
  const outcome = await page.evaluate(async (feed) => {
    const main = document.querySelector("main");
    const first = main.appendChild(document.createElement("div"));
    const original = ArticleCards.mount(first, feed);
    await until(() => first.querySelectorAll("article.ac-card").length === feed.length);
    const copy = first.cloneNode(true);
    const copied = [...copy.querySelectorAll("article.ac-card")];
    original.unmount();
    first.replaceWith(copy);
    ArticleCards.mount(copy, feed);
    const copyLeft = copied.some((card) => card.isConnected);
    await until(() => copy.querySelectorAll("article.ac-card").length === feed.length);
    return { copyLeft, lists: copy.querySelectorAll(":scope > [data-article-cards]").length };
  }, feed);
  assert.deepEqual(outcome, { copyLeft: false, lists: 1 });
  assert.deepEqual(problems, []);
  await page.context().close();
});
