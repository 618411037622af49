// In Firefox and WebKit: the framework examples that show the element and `mount` side by
// side (React 19, Vue 3, the React example on Preact, Svelte 5, Angular 22;
// tests/e2e/support/host-apps.mjs), each at /<app>/: both ways render, a keyed state change
// keeps a kept card's node and open panel, the framework's own event binding receives a
// topic, and hiding the cards unmounts both.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../e2e/support/server.mjs";
import { buildHostApp, TWO_WAY_APPS } from "../e2e/support/host-apps.mjs";
import { withProbe } from "./support/pages.mjs";
import { inEveryEngine } from "./support/suite.mjs";

const apps = await Promise.all(TWO_WAY_APPS.map((name) => buildHostApp(name, `/${name}/`)));
after(() => Promise.all(apps.map((app) => app.remove())));

/** Every app's files, and its page (the example's index.html) with the probe. */
function serverOptions() {
  const mounts = Object.assign({}, ...apps.map((app) => app.mounts));
  const pages = {};
  TWO_WAY_APPS.forEach((name, i) => {
    const folder = apps[i].mounts[`/${name}/`];
    pages[`/${name}/index.html`] = withProbe(readFileSync(join(folder, "index.html"), "utf8"));
  });
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
});
