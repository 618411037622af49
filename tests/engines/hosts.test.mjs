// In Firefox and WebKit: the framework examples (tests/e2e/support/host-apps.mjs), each at
// /<app>/. Those that show the element and `mount` side by side (React 19, Vue 3 and Svelte
// 5, each also rendered on the server and hydrated, the React example on Preact, Angular 21,
// Solid 1.9, Alpine.js 3):
// both ways render, a keyed state change keeps a kept card's node and open panel, the
// framework's own event binding receives a topic, and hiding the cards unmounts both. The
// Lit 3 component: its shadow root's cards are styled, its own styles win, they are styled
// again after the component replaces its adopted sheets, and the same flow.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { buildHostApp, TWO_WAY_APPS } from "../e2e/support/host-apps.mjs";
import { withProbe } from "./support/pages.mjs";
import { inEveryEngine } from "./support/suite.mjs";

const APPS = [...TWO_WAY_APPS, "lit"];
const apps = await Promise.all(APPS.map((name) => buildHostApp(name, `/${name}/`)));
after(() => Promise.all(apps.map((app) => app.remove())));

/** Every app's files, and its page (the example's index.html) with the probe. */
function serverOptions() {
  const mounts = Object.assign({}, ...apps.map((app) => app.mounts));
  const pages = {};
  APPS.forEach((name, i) => (pages[`/${name}/index.html`] = withProbe(apps[i].page)));
  return { mounts, pages };
}

const ELEMENT_CARDS = "#element-cards article.ac-card";
const MOUNTED_CARDS = "#mounted-cards article.ac-card";
const LISTS = [ELEMENT_CARDS, MOUNTED_CARDS];

inEveryEngine(serverOptions, (context) => {
  for (const name of TWO_WAY_APPS) {
    test(`${name}: both ways in render; a keyed change keeps nodes and panels; the framework's event binding works; hiding unmounts`, async () => {
      const { page } = context;
      await page.open(`/${name}/index.html`);
      await page.until("both lists render three cards", (lists) => lists.every((list) => document.querySelectorAll(list).length === 3), LISTS);

      for (const list of LISTS) await (await page.$$(`${list} .ac-related__toggle`))[1].click();
      await page.run((lists) => (window.kept = lists.map((list) => document.querySelectorAll(list)[1])), LISTS);
      await (await page.$("#drop-first")).click();
      await page.until("the first story is dropped from both", (lists) => lists.every((list) => document.querySelectorAll(list).length === 2), LISTS);
      const kept = await page.run((lists) =>
        lists.map((list, i) => {
          const card = document.querySelector(list);
          return { same: card === window.kept[i], open: card.querySelector(".ac-related__toggle").getAttribute("aria-expanded") };
        }), LISTS);
      assert.deepEqual(kept, [{ same: true, open: "true" }, { same: true, open: "true" }]);

      const chip = await page.$("#element-cards .ac-chip");
      const topic = await page.run(() => document.querySelector("#element-cards .ac-chip").textContent.replace("Show cards about ", ""));
      await chip.click();
      await page.until("the app shows the chosen topic", (topic) => document.getElementById("chosen").textContent === `You chose “${topic}”.`, topic);

      await (await page.$("#toggle")).click();
      await page.until("hiding removes the cards", () => !document.querySelector("article.ac-card"));
      // Once the framework has run its cleanup, which may come after its DOM is gone (Preact).
      await page.until("both are unmounted", () => ArticleCards.stats().liveMounts === 0);
      assert.deepEqual(await page.problems(), []);
    });
  }

  test("lit: the cards in the component's shadow root are styled, its own styles winning; a keyed change, Lit's event binding and unmount work", async () => {
    const { page } = context;
    await page.open("/lit/index.html");
    await page.until("the component renders three cards", () => document.querySelector("news-feed")?.shadowRoot?.querySelectorAll("article.ac-card").length === 3);
    const styles = await page.run(() => {
      const root = document.querySelector("news-feed").shadowRoot.querySelector(".ac-root");
      return {
        list: getComputedStyle(root.querySelector(".ac-list")).display,
        cardBorder: getComputedStyle(root.querySelector(".ac-card")).borderTopStyle,
        accent: getComputedStyle(root).getPropertyValue("--ac-accent").trim(),
      };
    });
    assert.deepEqual(styles, { list: "grid", cardBorder: "solid", accent: "light-dark(#6d28d9, #c4b5fd)" });
    // A theme switch that replaces the component's adopted sheets: the cards' comes back.
    await page.run(() => {
      const root = document.querySelector("news-feed").shadowRoot;
      window.ownSheet = new CSSStyleSheet();
      root.adoptedStyleSheets = [window.ownSheet];
    });
    await page.until("the cards' stylesheet is adopted again, the component's own kept", () => {
      const root = document.querySelector("news-feed").shadowRoot;
      return getComputedStyle(root.querySelector(".ac-list")).display === "grid" && root.adoptedStyleSheets.at(-1) === window.ownSheet;
    });

    const feed = await page.$("news-feed");
    await (await feed.shadow$$(".ac-related__toggle"))[1].click();
    await page.run(() => (window.kept = document.querySelector("news-feed").shadowRoot.querySelectorAll("article.ac-card")[1]));
    await (await feed.shadow$("#drop-first")).click();
    await page.until("the first story is dropped", () => document.querySelector("news-feed").shadowRoot.querySelectorAll("article.ac-card").length === 2);
    const kept = await page.run(() => {
      const card = document.querySelector("news-feed").shadowRoot.querySelector("article.ac-card");
      return { same: card === window.kept, open: card.querySelector(".ac-related__toggle").getAttribute("aria-expanded") };
    });
    assert.deepEqual(kept, { same: true, open: "true" });

    const topic = await page.run(() => document.querySelector("news-feed").shadowRoot.querySelector(".ac-chip").textContent.replace("Show cards about ", ""));
    await (await feed.shadow$(".ac-chip")).click();
    await page.until("the component shows the chosen topic", (topic) => document.querySelector("news-feed").shadowRoot.getElementById("chosen").textContent === `You chose “${topic}”.`, topic);

    await (await feed.shadow$("#toggle")).click();
    await page.until("hiding unmounts the cards", () => !document.querySelector("news-feed").shadowRoot.querySelector("article.ac-card") && ArticleCards.stats().liveMounts === 0);
    assert.deepEqual(await page.problems(), []);
  });
});
