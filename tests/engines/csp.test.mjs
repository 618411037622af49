// In Firefox and WebKit: under a strict Content-Security-Policy (no inline script or style),
// and under the same with Trusted Types enforced (no string reaches an HTML sink), the demo,
// a host page's mount and an <article-cards> in a shadow root (styled by the stylesheet it
// adopts there) work with no violation; control pages show that each policy is enforced and
// that violations are seen.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { repoRoot } from "../e2e/support/server.mjs";
import { STRICT_CSP, TRUSTED_TYPES_CSP } from "../e2e/support/csp.mjs";
import { BLANK, cardEvents, cardServer, mountCards, storyWithFigure, storyWithoutFigure } from "./support/cards.mjs";
import { probedFile, withProbe } from "./support/pages.mjs";
import { inEveryEngine } from "./support/suite.mjs";

const cardPages = cardServer({ "/inline-script.html": withProbe("<!doctype html><html><head><title>x</title><script>window.ran = true</script></head></html>") });

const violations = (page) => page.run(() => window.probe.violations);

for (const [name, policy] of [["strict CSP", STRICT_CSP], ["strict CSP with Trusted Types", TRUSTED_TYPES_CSP]]) inEveryEngine(
  () => {
    const options = cardPages();
    return { ...options, headers: { "content-security-policy": policy }, pages: { ...options.pages, "/": probedFile(join(repoRoot, "dist/index.html")) } };
  },
  (context) => {
    if (policy === TRUSTED_TYPES_CSP) {
      test(`${name}: Trusted Types are enforced: a string given to innerHTML throws, and its violation is seen`, async () => {
        const { page } = context;
        await page.open(BLANK);
        const thrown = await page.run(() => {
          try {
            document.getElementById("cards").innerHTML = "<b>markup</b>";
            return null;
          } catch (error) {
            return error.name;
          }
        });
        assert.equal(thrown, "TypeError");
        await page.until("a violation is reported", () => window.probe.violations.length > 0);
        assert.match((await violations(page))[0], /^require-trusted-types-for/);
      });
    }

    test(`${name}: the policy is enforced: an inline script is blocked and its violation seen`, async () => {
      const { page } = context;
      await page.open("/inline-script.html");
      await page.until("a violation is reported", () => window.probe.violations.length > 0);
      assert.equal(await page.run(() => typeof window.ran), "undefined", "the inline script did not run");
      assert.match((await violations(page))[0], /^script-src/);
    });

    test(`${name}: the demo works under the policy: cards, panel, theme, figures, no violation`, async () => {
      const { page } = context;
      await page.open("/");
      await page.until("14 cards", () => document.querySelectorAll("article.ac-card").length === 14);
      await (await page.$(".ac-related__toggle")).click();
      assert.equal(await page.$(".ac-related__toggle").getAttribute("aria-expanded"), "true");
      await (await page.$("select[name=theme]")).selectByAttribute("value", "dark");
      await page.until("dark cards", () => document.querySelector(".ac-root").dataset.theme === "dark");
      await page.run(() => [...document.querySelectorAll("article.ac-card")].at(-1).scrollIntoView());
      await page.until("a figure loads", () => Boolean(document.querySelector('figure.ac-figure[data-state="loaded"]')));
      assert.deepEqual(await violations(page), []);
      const problems = await page.problems();
      assert.ok(problems.length > 0, "the demo's invalid record is reported");
      assert.deepEqual(problems.filter((problem) => !/record 7 webUrl/.test(problem)), [], "and nothing else");
    });

    test(`${name}: a host page mounts, updates and loads figures under the policy with no violation`, async () => {
      const { page } = context;
      await mountCards(page, [1, 2].map((n) => storyWithFigure(page.server.url, n)));
      await page.until("the figures load", () => [...document.querySelectorAll("figure.ac-figure")].every((figure) => figure.dataset.state === "loaded"));
      await (await page.$(".ac-chip")).click();
      assert.ok((await cardEvents(page)).some((event) => event.startsWith("article-card-topic")));
      await page.run(() => window.handle.update([]));
      await page.until("the update empties the list", () => document.querySelectorAll("article.ac-card").length === 0);
      assert.deepEqual(await violations(page), []);
      assert.deepEqual(await page.problems(), []);
    });

    test(`${name}: <article-cards> in a shadow root adopts the cards' stylesheet there: styled cards, no violation`, async () => {
      const { page } = context;
      await page.open(BLANK);
      await page.run((records) => {
        const root = document.getElementById("cards").attachShadow({ mode: "open" });
        const element = document.createElement("article-cards");
        element.records = records;
        root.append(element);
      }, [storyWithoutFigure(1), storyWithoutFigure(2)]);
      await page.until("the cards render in the shadow root", () => document.getElementById("cards").shadowRoot.querySelectorAll("article.ac-card").length === 2);
      const styles = await page.run(() => {
        const root = document.getElementById("cards").shadowRoot;
        const card = getComputedStyle(root.querySelector(".ac-card"));
        return {
          list: getComputedStyle(root.querySelector(".ac-list")).display,
          cardRadius: card.borderTopLeftRadius,
          cardBorder: card.borderTopStyle,
          sheets: root.adoptedStyleSheets.length,
        };
      });
      assert.deepEqual(styles, { list: "grid", cardRadius: "14px", cardBorder: "solid", sheets: 1 });
      assert.deepEqual(await violations(page), []);
      assert.deepEqual(await page.problems(), []);
    });
  },
);
