// End to end: cards in the reader's language. German and Arabic cards are axe-clean with
// their panels open and a failed figure; Arabic cards are laid out right to left; the
// element's `labels` property overrides words, also when set before the element is
// upgraded, and hostile labels stay text; bad labels are reported.
import { test } from "node:test";
import assert from "node:assert/strict";
import AxeBuilder from "@axe-core/playwright";
import { newLocalPage } from "./support/browser.mjs";
import { blankPage, seed, story } from "./support/records.mjs";
import { payloads, unsafeAttributes } from "./support/xss.mjs";
import { withServerAndBrowser } from "./support/suite.mjs";

const WCAG_22_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
/** The seed (its figure fails: the browser blocks every non-local request), and a card whose
 * link goes to another host than its provider's. */
const records = [seed, story(2, { webUrl: "https://mirror.example.net/story/2", topics: ["Batteries"] })];
const element = (locale) =>
  `<article-cards locale="${locale}" related-open show-signals now="2026-11-25T12:00:00Z">` +
  `<script type="application/json">${JSON.stringify(records)}</script></article-cards>`;

let server;
let browser;
withServerAndBrowser({
  pages: {
    "/de.html": blankPage(element("de-DE")),
    "/ar.html": blankPage(element("ar")),
    "/blank.html": blankPage(),
    // A classic script sets the labels while the element is still undefined.
    "/early-labels.html": blankPage(
      `<article-cards id="early"><script type="application/json">${JSON.stringify([seed])}</script></article-cards>
       <script>document.getElementById("early").labels = { relatedResearch: "Further reading" };</script>`,
    ),
  },
}, (started) => ({ server, browser } = started));

async function open(path, viewport = { width: 1000, height: 900 }) {
  const page = await newLocalPage(browser, { viewport });
  const problems = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("dialog", (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    dialog.dismiss();
  });
  await page.goto(server.url + path);
  await page.waitForFunction(() => window.ArticleCards);
  return { page, problems };
}

for (const [locale, related, unavailable] of [
  ["de", "Verwandte Forschung", "Bild nicht verfügbar"],
  ["ar", "أبحاث ذات صلة", "الصورة غير متاحة"],
]) {
  test(`axe: no WCAG 2.2 A/AA violations on ${locale} cards with open panels and a failed figure`, async () => {
    const { page, problems } = await open(`/${locale}.html`);
    await page.waitForSelector("article.ac-card >> nth=1");
    await page.waitForSelector(".ac-figure__fallback");
    assert.equal(await page.locator(".ac-related__label").first().textContent(), related);
    assert.equal(await page.locator(".ac-figure__fallback").first().textContent(), unavailable);
    const results = await new AxeBuilder({ page }).include("article-cards").withTags(WCAG_22_A_AA).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    assert.deepEqual(summary, []);
    assert.ok(results.passes.some((rule) => rule.id === "color-contrast"), "contrast was checked");
    assert.deepEqual(problems, []);
    await page.context().close();
  });
}

test("Arabic cards are laid out right to left: badge, chips, related panel and figure mirror", async () => {
  // Wide enough for each card to put its figure beside the text.
  const { page } = await open("/ar.html", { width: 1400, height: 900 });
  await page.waitForSelector("article.ac-card >> nth=1");
  const layout = await page.evaluate(() => {
    const box = (element) => element.getBoundingClientRect();
    const [seedCard, card] = document.querySelectorAll("article.ac-card");
    const [first, second] = seedCard.querySelectorAll(".ac-chip");
    const monogram = box(card.querySelector(".ac-monogram"));
    const name = box(card.querySelector(".ac-provider__name"));
    const date = box(card.querySelector(".ac-card__meta .ac-date"));
    const toggle = card.querySelector(".ac-related__toggle");
    const label = box(toggle.querySelector(".ac-related__label"));
    const chevron = box(toggle.querySelector(".ac-related__chevron"));
    const realHost = card.querySelector(".ac-provider__real-host");
    const arrow = realHost.querySelector("[aria-hidden]");
    const main = box(seedCard.querySelector(".ac-card__main"));
    const figure = box(seedCard.querySelector(".ac-figure"));
    return {
      direction: getComputedStyle(card).direction,
      monogramRightOfName: monogram.left >= name.right,
      dateLeftOfBadge: date.right <= monogram.left,
      firstChipRightOfSecond: box(first).left >= box(second).right || box(first).top < box(second).top,
      labelRightOfChevron: label.left >= chevron.right,
      arrow: arrow.textContent,
      realHost: realHost.textContent,
      figureLeftOfText: figure.right <= main.left,
    };
  });
  assert.deepEqual(layout, {
    direction: "rtl",
    monogramRightOfName: true,
    dateLeftOfBadge: true,
    firstChipRightOfSecond: true,
    labelRightOfChevron: true,
    arrow: "← ",
    realHost: "الرابط يؤدي إلى ← mirror.example.net",
    figureLeftOfText: true,
  });
  await page.context().close();
});

test("the element's labels property overrides words, also when set before the element is upgraded", async () => {
  const { page, problems } = await open("/early-labels.html");
  await page.waitForSelector("article.ac-card");
  assert.equal(await page.locator(".ac-related__label").textContent(), "Further reading");
  await page.evaluate(() => {
    document.getElementById("early").labels = { topics: "Tags", showCardsAbout: "More on {name}" };
  });
  await page.waitForFunction(() => document.querySelector(".ac-topics")?.getAttribute("aria-label") === "Tags");
  assert.equal(await page.locator(".ac-related__label").textContent(), "Related research", "labels replaced, not merged");
  assert.ok(await page.getByRole("button", { name: "More on AI" }).isVisible());
  assert.deepEqual(problems, []);
  await page.context().close();
});

test(`hostile labels (${payloads.length} payloads) are shown as text and run nothing; bad labels are reported`, async () => {
  const { page, problems } = await open("/blank.html");
  const warnings = [];
  page.on("console", (message) => message.type() === "warning" && warnings.push(message.text()));
  const keys = ["relatedResearch", "relatedCount", "relatedResearchFor", "showCardsAbout", "imageUnavailable", "figure", "topics", "linkGoesTo"];
  for (const [i, payload] of payloads.entries()) {
    const labels = Object.fromEntries(keys.map((key) => [key, `${payload} {count}{name}{source}{host}`]));
    await page.evaluate(({ labels, records }) => {
      window.handle?.unmount();
      window.handle = ArticleCards.mount(document.getElementById("cards"), records, { relatedOpen: true, labels });
    }, { labels, records: [story(i, { webUrl: `https://mirror.example.net/${i}` })] });
    await page.waitForSelector("article.ac-card");
    const shown = await page.evaluate(() => document.querySelector(".ac-related__label").textContent);
    assert.equal(shown, `${payload} {count}{name}{source}{host}`);
  }
  assert.deepEqual(await unsafeAttributes(page, "#cards"), []);
  assert.equal(await page.locator("#cards img:not(.ac-figure__image), #cards script, #cards iframe").count(), 0);
  assert.equal(await page.evaluate(() => window.acOwned), undefined);

  await page.evaluate((records) => {
    window.handle.unmount();
    window.handle = ArticleCards.mount(document.getElementById("cards"), records, {
      labels: { relatedReserch: "More", topics: 7 },
    });
  }, [seed]);
  await page.waitForSelector("article.ac-card");
  await page.waitForFunction(() => true);
  assert.ok(warnings.some((w) => w.includes("labels.relatedReserch") && w.includes("is not a label")), warnings.join("\n"));
  assert.ok(warnings.some((w) => w.includes("labels.topics") && w.includes("must be a string")), warnings.join("\n"));
  assert.equal(await page.locator(".ac-topics").getAttribute("aria-label"), "Topics");
  assert.deepEqual(problems, []);
  await page.context().close();
});
