// End to end: cards prerendered by `article-cards render` and sent in the first HTML
// response. The widget takes them over in place (same nodes, same text, no layout shift)
// and they work afterwards; figures still load lazily; without JavaScript they are
// readable, linked and styled; a card of another shape is rendered afresh on its own; and
// the XSS corpus stays text through the tool and through the take-over.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "./support/server.mjs";
import { holdLoader, newLocalPage } from "./support/browser.mjs";
import { blankPage, story } from "./support/records.mjs";
import { payloads, unsafeAttributes, xssRecord } from "./support/xss.mjs";
import { renderCards } from "./support/prerender.mjs";
import { screenshotPath } from "./support/screenshots.mjs";
import { withServerAndBrowser } from "./support/suite.mjs";

const CARDS = 30;
const images = mkdtempSync(join(tmpdir(), "article-cards-images-"));
const pages = {};
let server;
let browser;
withServerAndBrowser({ mounts: { "/": join(repoRoot, "dist"), "/img/": images }, pages }, (started) => ({ server, browser } = started));

before(() => {
  for (let i = 1; i <= CARDS; i++) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360"><rect width="640" height="360" fill="hsl(${i * 37} 60% 45%)"/><text x="40" y="200" font-size="96" fill="#fff">Figure ${i}</text></svg>`;
    writeFileSync(join(images, `card-${i}.svg`), svg);
  }
});
after(() => rmSync(images, { recursive: true, force: true }));

const HOUR = 3_600_000;
const ago = (ms) => new Date(Date.now() - ms).toISOString();
/** Dates whose wording differs most between locales and from plain "N units ago". */
const DATES = [ago(30 * HOUR), ago(10 * 24 * HOUR), ago(400 * 24 * HOUR), "2024-09-30T12:00:00Z", ago(3 * HOUR), "2025-06-30T12:00:00Z"];

/** Thirty cards with local figures and assorted dates; the first title tries to end the
 *  records' script. */
function localRecords() {
  return Array.from({ length: CARDS }, (_, i) =>
    story(i + 1, {
      title: i === 0 ? "</script><b>Not bold</b> and <!-- not a comment" : `Story ${i + 1}`,
      publishedDateTime: DATES[i % DATES.length],
      images: [{ url: `${server.url}/img/card-${i + 1}.svg`, width: 640, height: 360, alt: `Figure ${i + 1}` }],
    }),
  );
}

/** Renders `records` with the tool into a page served at `path`; returns the tool's result. */
function publish(path, records, flags = ["--locale", "en-US"]) {
  const rendered = renderCards(records, flags);
  pages[path] = blankPage(`<h1>Today's research</h1>\n${rendered.html}`);
  return rendered;
}

/** Opens `path` with the widget's loader held back until `release()` is called. */
async function openHeld(path, options = {}) {
  const page = await newLocalPage(browser, { viewport: { width: 1100, height: 900 }, ...options });
  const messages = [];
  page.on("console", (m) => m.text().startsWith("article-cards") && messages.push(`${m.type()}: ${m.text()}`));
  page.on("pageerror", (error) => messages.push(`pageerror: ${error.message}`));
  const release = await holdLoader(page);
  await page.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shifts.push(entry.value);
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(server.url + path, { waitUntil: "commit" });
  return { page, messages, release };
}

/** Waits until every card is taken over: its ids are rewritten from the tool's "ac-"
 *  prefix to the mount's "ac1-". */
async function hydrated(page) {
  await page.waitForFunction(
    () => window.ArticleCards && [...document.querySelectorAll("article.ac-card")].every((card) => !card.getAttribute("aria-labelledby").startsWith("ac-")),
  );
  // Two frames and a moment: anything the take-over changes has been laid out and painted.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.waitForTimeout(300);
}

const requestedFigures = () => Array.from({ length: CARDS }, (_, i) => server.count(`/img/card-${i + 1}.svg`));

/**
 * Every text of the cards, hidden ones included, without the <noscript> fallbacks (the
 * take-over empties them). Not `innerText`: it leaves out cards that `content-visibility`
 * has not rendered yet, so it depends on timing.
 */
function cardsText() {
  return [...document.querySelectorAll("article.ac-card")]
    .map((card) => {
      const copy = card.cloneNode(true);
      copy.querySelectorAll("noscript").forEach((fallback) => fallback.remove());
      return copy.textContent;
    })
    .join("\n");
}

test("the widget takes the prerendered cards over: the same nodes and text, no layout shift, the one build", async () => {
  // The tool's English dates must read exactly like the browser's Intl, or the take-over
  // would rewrite them: en-GB has "Sept" and "yesterday"/"last week"/"last year".
  publish("/hydrate.html", localRecords(), ["--locale", "en-GB", "--time-zone", "UTC"]);
  const { page, messages, release } = await openHeld("/hydrate.html");
  await page.waitForSelector(`article.ac-card >> nth=${CARDS - 1}`);
  // A figure that starts loading drops its <noscript> fallback; every other element stays.
  const before = await page.evaluate(() => {
    window.prerendered = [...document.querySelectorAll("[data-article-cards] :not(noscript)")];
    return { elements: window.prerendered.length };
  });
  before.text = await page.evaluate(cardsText);
  assert.ok(before.elements > CARDS * 20, `${before.elements} prerendered elements`);
  assert.deepEqual(requestedFigures().filter(Boolean), [], "no figure is requested before the widget runs");

  release();
  await hydrated(page);
  const after = await page.evaluate(() => {
    const now = [...document.querySelectorAll("[data-article-cards] :not(noscript)")];
    return {
      kept: window.prerendered.filter((node, i) => node.isConnected && now[i] === node).length,
      elements: now.length,
    };
  });
  after.text = await page.evaluate(cardsText);
  assert.equal(after.kept, before.elements, "every prerendered element is still on the page, in its place");
  assert.equal(after.elements, before.elements, "and none was added");
  assert.equal(after.text, before.text, "the text is what the tool wrote");
  for (const words of ["yesterday", "last week", "last year", "30 Sept 2024", "3 hours ago", "30 Jun 2025"]) assert.ok(before.text.includes(words), words);
  assert.equal(await page.locator(".ac-card__title").first().textContent(), "</script><b>Not bold</b> and <!-- not a comment");
  assert.equal(server.count("/article-cards_bg.wasm"), 1, "the one build");
  const cls = await page.evaluate(() => window.shifts.reduce((sum, value) => sum + value, 0));
  assert.equal(cls.toFixed(3), "0.000", "no layout shift from first paint to after the take-over");
  assert.deepEqual(messages, []);
  await page.context().close();
});

test("after the take-over the related panel, chips, events, updates and removal work", async () => {
  publish("/interactive.html", localRecords().slice(0, 4));
  const { page, messages, release } = await openHeld("/interactive.html");
  release();
  await hydrated(page);
  await page.evaluate(() => {
    window.events = [];
    for (const type of ["article-card-topic", "article-card-related", "article-card-open"]) {
      document.addEventListener(type, (e) => {
        e.preventDefault();
        window.events.push(`${type} ${JSON.stringify(e.detail)}`);
      });
    }
  });
  const card = page.locator("article.ac-card").nth(1);
  const toggle = card.locator(".ac-related__toggle");
  await toggle.click();
  assert.equal(await toggle.getAttribute("aria-expanded"), "true");
  assert.ok(await card.locator(".ac-related__list").isVisible());
  await toggle.press("Enter");
  assert.equal(await toggle.getAttribute("aria-expanded"), "false");
  await card.getByRole("button", { name: "Show cards about AI" }).click();
  await card.locator(".ac-card__link").click();
  const events = await page.evaluate(() => window.events);
  assert.deepEqual(events.slice(0, 3), ['article-card-related {"index":1,"open":true}', 'article-card-related {"index":1,"open":false}', 'article-card-topic {"index":1,"topic":"AI"}']);
  assert.match(events[3], /^article-card-open \{"index":1,"webUrl":"https:\/\/example.org\/story\/2","secured":"cqo\+5yf0pk9/);

  // Keyed updates keep the adopted nodes of the cards that remain.
  const kept = await page.evaluate(async () => {
    const element = document.querySelector("article-cards");
    const second = document.querySelectorAll("article.ac-card")[1];
    const records = JSON.parse(element.querySelector("script").textContent);
    element.records = [records[1], records[3]];
    await new Promise((resolve) => setTimeout(resolve, 50));
    return document.querySelectorAll("article.ac-card")[0] === second && document.querySelectorAll("article.ac-card").length === 2;
  });
  assert.ok(kept);
  await page.evaluate(() => document.querySelector("article-cards").remove());
  // Once the task that removed it is over (a move would have put it back by then).
  await page.waitForFunction(() => ArticleCards.stats().liveMounts === 0);
  assert.deepEqual(messages, []);
  await page.context().close();
});

test("figures still load lazily after the take-over: only those near the viewport, the rest on scroll", async () => {
  publish("/lazy.html", localRecords());
  const { page, release } = await openHeld("/lazy.html");
  release();
  await hydrated(page);
  const early = requestedFigures();
  const requested = early.filter(Boolean).length;
  assert.ok(requested >= 1 && requested <= 6, `${requested} of ${CARDS} figures requested at the top of the page`);
  assert.equal(early[CARDS - 1], 0, "the last figure waits");
  await page.locator("article.ac-card").last().scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelectorAll("figure.ac-figure")[29].dataset.state === "loaded");
  assert.equal(requestedFigures()[CARDS - 1], 1);
  await page.context().close();
});

test("without JavaScript the cards are readable, linked and styled, related lists shown, figures loaded", async () => {
  publish("/no-js.html", localRecords().slice(0, 6));
  const page = await newLocalPage(browser, { viewport: { width: 1100, height: 900 }, javaScriptEnabled: false });
  await page.goto(server.url + "/no-js.html");
  assert.equal(await page.evaluate(() => matchMedia("(scripting: none)").matches), true);
  assert.equal(await page.locator("article.ac-card").count(), 6);
  const link = page.locator(".ac-card__link").nth(1);
  assert.equal(await link.getAttribute("href"), "https://example.org/story/2");
  assert.equal(await link.textContent(), "Story 2");
  const styled = await page.locator("article.ac-card").first().evaluate((card) => {
    const style = getComputedStyle(card);
    return { radius: style.borderTopLeftRadius, border: style.borderTopStyle, font: getComputedStyle(card.querySelector(".ac-card__title")).fontWeight };
  });
  assert.notEqual(styled.radius, "0px", "the stylesheet applies");
  assert.equal(styled.font, "650");
  const related = page.locator("article.ac-card").first().locator(".ac-related__link");
  assert.ok(await related.isVisible(), "the related list is open");
  assert.equal(await related.getAttribute("href"), "https://www.nature.com/articles/s41467-020-16233-5");
  assert.equal(await page.locator(".ac-related__chevron").first().isVisible(), false, "no chevron promises a toggle that cannot work");
  const figure = page.locator("article.ac-card").first().locator("noscript img");
  await page.waitForFunction(() => document.querySelector("noscript img")?.complete);
  const shown = await figure.evaluate((img) => ({ width: img.naturalWidth, visible: img.getBoundingClientRect().height > 100, opacity: getComputedStyle(img).opacity }));
  assert.deepEqual(shown, { width: 640, visible: true, opacity: "1" });
  assert.equal(await page.locator(".ac-figure__image:not([src])").first().isVisible(), false);
  await page.screenshot({ path: screenshotPath("prerendered-no-js.png") });
  await page.context().close();
});

test("cards prerendered with other options are rendered afresh in place, with a warning, not adopted", async () => {
  const records = localRecords().slice(0, 3);
  const fragment = renderCards(records, ["--fragment"]).html;
  pages["/mismatch.html"] = blankPage(`<p id="above">Above</p><div id="cards">${fragment}</div><p id="below">Below</p>`);
  const { page, messages, release } = await openHeld("/mismatch.html");
  release();
  await page.waitForFunction(() => window.ArticleCards);
  const outcome = await page.evaluate(async (records) => {
    const article = document.querySelector("article.ac-card");
    window.handle = ArticleCards.mount(document.getElementById("cards"), records, { showSignals: true });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return { kept: article.isConnected, lists: document.querySelectorAll("#cards > [data-article-cards]").length };
  }, records);
  assert.deepEqual(outcome, { kept: false, lists: 1 });
  await page.waitForSelector("article.ac-card .ac-signals");
  assert.equal(await page.locator("article.ac-card").count(), 3);
  assert.equal(messages.length, 1);
  assert.match(messages[0], /^warning: article-cards: 3 prerendered card\(s\) rendered afresh: their markup is not what these records and options render/);

  // The same records and options are adopted.
  const kept = await page.evaluate(
    async ({ records, fragment }) => {
      // Parsed as Turbo and htmx parse pages: scripting off, so <noscript> holds a real <img>.
      const host = document.createElement("div");
      host.append(...new DOMParser().parseFromString(fragment, "text/html").body.childNodes);
      document.body.append(host);
      const article = host.querySelector("article.ac-card");
      // A rejected record first: positions shift (data-index is rewritten), the cards do not.
      ArticleCards.mount(host, [{ title: "No link" }, ...records], {});
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return article.isConnected && host.querySelector("article.ac-card") === article && article.dataset.index === "1";
    },
    { records, fragment },
  );
  assert.ok(kept, "the same records and options adopt the cards in place, also when parsed by DOMParser");
  assert.equal(messages.filter((m) => m.includes("rendered afresh")).length, 1);
  assert.deepEqual(messages.filter((m) => m.includes("crashed")), []);
  await page.context().close();
});

test("XSS corpus: through the tool and through the take-over, every payload stays text", async (t) => {
  // The third record per payload keeps its figure (a safe URL, the payload as alt text), so
  // the payload also reaches the <noscript> image.
  const figure = (payload, i) => ({
    title: `Figure ${i}`,
    webUrl: `https://example.org/xss/${i}/figure`,
    images: [{ url: "https://example.org/figure.png", alt: payload, width: 40, height: 30 }],
  });
  const records = payloads.flatMap((payload, i) => [xssRecord(payload, i), { title: payload, webUrl: payload }, figure(payload, i)]);
  const rendered = publish("/xss.html", records, ["--related-open", "--show-signals"]);
  assert.equal(rendered.status, 2, "records with a payload as webUrl are rejected");
  t.diagnostic(`${payloads.length} payloads, ${records.length} records`);

  const check = async (page) => {
    assert.equal(await page.evaluate(() => window.__xss), undefined, "the sentinel stays unset");
    assert.deepEqual(await unsafeAttributes(page, "[data-article-cards]"), []);
    const foreign = await page.evaluate(
      () => document.querySelectorAll("article-cards :is(iframe, svg:not(.ac-figure__frame > .ac-figure__ratio:empty), math, object, embed, style, form, base, meta, link), article-cards script + script, [data-article-cards] script").length,
    );
    assert.equal(foreign, 0, "no markup from a payload became an element");
  };

  const noJs = await newLocalPage(browser, { viewport: { width: 1200, height: 900 }, javaScriptEnabled: false });
  await noJs.goto(server.url + "/xss.html");
  assert.equal(await noJs.locator("article.ac-card").count(), payloads.length * 2);
  assert.equal(await noJs.locator("noscript img").count(), payloads.length, "the payloads reached the <noscript> images");
  await check(noJs);
  await noJs.context().close();

  const { page, messages, release } = await openHeld("/xss.html", { viewport: { width: 1200, height: 900 } });
  const dialogs = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss();
  });
  release();
  await hydrated(page);
  await check(page);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(messages.filter((m) => m.startsWith("pageerror") || m.includes("rendered afresh") || m.includes("crashed")), []);
  const titles = new Set(await page.locator(".ac-card__title").allTextContents());
  assert.deepEqual(payloads.filter((p) => p.trim().length <= 300 && !titles.has(p.trim())), [], "every payload is shown as text, exactly");
  await page.context().close();
});

test("a prerendered card of another shape is rendered afresh on its own; the others are adopted", async () => {
  publish("/one-changed.html", localRecords().slice(0, 3));
  const { page, messages, release } = await openHeld("/one-changed.html");
  await page.waitForSelector("article.ac-card >> nth=2");
  const before = await page.evaluateHandle(() => {
    const cards = [...document.querySelectorAll("article.ac-card")];
    // As if written by another version: the second card lost its excerpt element.
    cards[1].querySelector(".ac-card__excerpt").remove();
    return cards;
  });
  release();
  await hydrated(page);
  const outcome = await before.evaluate((cards) => ({
    connected: cards.map((card) => card.isConnected),
    order: [...document.querySelectorAll("article.ac-card")].map((card) => cards.indexOf(card)),
    excerpts: document.querySelectorAll("article.ac-card .ac-card__excerpt").length,
  }));
  assert.deepEqual(outcome, { connected: [true, false, true], order: [0, -1, 2], excerpts: 3 });
  const toggle = page.locator(".ac-related__toggle").nth(1);
  await toggle.click();
  assert.equal(await toggle.getAttribute("aria-expanded"), "true");
  assert.deepEqual(messages, ["warning: article-cards: 1 prerendered card(s) rendered afresh: their markup is not what these records and options render (other records, options or version)"]);
  await page.context().close();
});
