// In-page side of the benchmark: loads one implementation (?impl=widget|vanilla|lit) and
// exposes window.bench, whose operations resolve with the time from the call to the next
// painted frame after the DOM shows the result (polled between tasks, then rAF + setTimeout,
// as js-framework-benchmark does). With ?startup=N it mounts N records at once and records
// when the first card was painted. With ?prerendered=N the page starts with N cards from
// the prerender tool (served by run.mjs), for bench.takeOver(N).
import { generateRecords, NOW } from "/bench/records.js";

const params = new URLSearchParams(location.search);
const impl = params.get("impl");
const MODULES = {
  widget: "/bench/implementations/widget.js",
  vanilla: "/bench/implementations/vanilla.js",
  lit: "/bench/implementations/lit.js",
};
const prerendered = Number(params.get("prerendered"));
if (prerendered) {
  // Before the loader runs, as on a real page.
  document.getElementById("cards").innerHTML = await (await fetch(`/bench/prerendered-${prerendered}.html`)).text();
}
if (impl === "widget") await import("/dist/article-cards-loader.js");
const implementation = await import(MODULES[impl]);
await implementation.ready?.();

const container = document.getElementById("cards");
const options = { now: NOW, locale: "en-US", timeZone: "UTC" };
const imageBase = new URL("/dist/images/", location.href).href;
const cards = container.getElementsByClassName("ac-card");
let handle = null;
let current = [];

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
async function settle(done) {
  while (!done()) await nextTask();
  await nextPaint();
}
async function timed(action, done) {
  const started = performance.now();
  action();
  await settle(done);
  return performance.now() - started;
}
const titleOf = (i) => cards[i]?.querySelector(".ac-card__title")?.textContent;

window.bench = {
  /** Mounts `count` records, timed. */
  mount(count) {
    current = generateRecords(count, { imageBase });
    return timed(() => (handle = implementation.mount(container, current, options)), () => cards.length === count);
  },
  updateEveryTenth() {
    current = current.map((record, i) => (i % 10 ? record : { ...record, title: `${record.title} (updated)` }));
    const last = Math.floor((current.length - 1) / 10) * 10;
    return timed(() => handle.update(current), () => titleOf(last)?.endsWith("(updated)"));
  },
  append(count) {
    current = current.concat(generateRecords(current.length + count, { imageBase }).slice(current.length));
    return timed(() => handle.update(current), () => cards.length === current.length);
  },
  swap() {
    current = current.slice();
    [current[1], current[998]] = [current[998], current[1]];
    return timed(() => handle.update(current), () => titleOf(1) === current[1].title && titleOf(998) === current[998].title);
  },
  openPanels(count) {
    const toggles = [...container.querySelectorAll(".ac-related__toggle")].slice(0, count);
    return timed(() => toggles.forEach((toggle) => toggle.click()), () => toggles.every((t) => t.getAttribute("aria-expanded") === "true"));
  },
  /** Takes over the prerendered cards (?prerendered=N), timed until the last is adopted. */
  takeOver(count) {
    current = generateRecords(count, { imageBase });
    // The tool writes ids with the prefix "ac-"; the first mount's are "ac1-".
    const adopted = () => cards.length === count && cards[count - 1].getAttribute("aria-labelledby").startsWith("ac1-");
    return timed(() => (handle = implementation.mount(container, current, options)), adopted);
  },
  unmount() {
    return timed(() => handle.unmount(), () => cards.length === 0);
  },
  /**
   * Mounts a long feed of `count` records and says when the first screenful was painted
   * (a card reaches below the viewport's bottom edge), when the last card was, and the
   * longest task (Long Tasks API) from the call until then. The records are made in an
   * earlier task (it is not the widget's). The page is checked once per frame for the first
   * screenful, then once the DOM has not changed for 100 ms: checking between every two
   * tasks would measure the checks (a live collection of 10,000 cards is counted afresh
   * after every change).
   */
  async mountLongFeed(count) {
    current = generateRecords(count, { imageBase });
    await nextTask();
    const tasks = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration)));
    observer.observe({ type: "longtask" });
    const started = performance.now();
    handle = implementation.mount(container, current, options);
    const screenful = () => cards.length > 0 && cards[cards.length - 1].getBoundingClientRect().top >= innerHeight;
    const until = async (done, wait) => {
      while (!done()) await wait();
      await nextPaint();
    };
    // Checked at the start of each frame: once the screenful is there, reading a card's
    // position has laid it out, and the frame paints it next, before any other task runs.
    let firstScreenful;
    while (firstScreenful === undefined) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      if (screenful() || cards.length === count) firstScreenful = performance.now() - started;
    }
    // Counting 10,000 cards takes tens of milliseconds (a long task of the harness's own), so
    // they are counted only once nothing has changed for 100 ms.
    let changed = true;
    const changes = new MutationObserver(() => (changed = true));
    changes.observe(container, { childList: true, subtree: true });
    const quiet = () => {
      changed = false;
      return new Promise((resolve) => setTimeout(resolve, 100));
    };
    await until(() => !changed && cards.length === count, quiet);
    changes.disconnect();
    const all = performance.now() - started;
    await nextPaint();
    observer.disconnect();
    return { firstScreenful, all, longestTask: Math.max(0, ...tasks) };
  },
  /** Text of every card, for checking that the implementations render the same. */
  texts: () => [...cards].map((card) => card.textContent.replace(/\s+/g, " ").trim()),
};

const startup = Number(params.get("startup"));
if (startup) {
  current = generateRecords(startup, { imageBase });
  handle = implementation.mount(container, current, options);
  await settle(() => cards.length > 0);
  window.firstCardPainted = performance.now();
}
window.benchReady = true;
