// In-page side of the benchmark: loads one implementation (?impl=widget|vanilla|lit) and
// exposes window.bench, whose operations resolve with the time from the call to the next
// painted frame after the DOM shows the result (polled between tasks, then rAF + setTimeout,
// as js-framework-benchmark does). A poll costs the same whatever the implementation and
// however many tasks it takes: a mount is done when the last card in the DOM is the last
// record's (found by descending last children, not by counting cards). With ?startup=N it
// mounts N records at once and records when the first card was painted. With
// ?prerendered=N the page starts with N cards from the prerender tool (served by run.mjs),
// for bench.takeOver(N).
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
/**
 * The last card in the container, found from its last child downwards: a few steps however
 * many cards there are. (Counting the live collection after a change walks every card, which
 * between every two tasks of a mount in steps cost seconds that a mount in one task never paid.)
 */
function lastCard() {
  let node = container.lastElementChild;
  while (node && !node.classList.contains("ac-card")) node = node.lastElementChild;
  return node;
}
/** Whether the cards of all `count` records are there: all three render in record order. */
const allThere = (count) => lastCard()?.getAttribute("data-index") === String(count - 1);
/** Counted once the timing is over: a mount that stops short, or adds too many, is an error. */
function checkCount(count) {
  if (cards.length !== count) throw new Error(`${impl}: ${cards.length} cards for ${count} records`);
}

/**
 * Resolves once the page has had nothing to do for two whole idle periods (a browser grants
 * at most 50 ms each), or after 3 s. Called before each timed operation, so that what came
 * before it (loading the page, the setup's mount: its garbage collection, images arriving,
 * deferred work of any implementation) is not timed as part of it. Without it, a mount's
 * tail landed in the next operation at random: plain JS's "update every tenth" ran 26–109 ms
 * after a mount and 13–23 ms after a pause.
 */
async function quiet() {
  const given = performance.now() + 3000;
  for (let quietPeriods = 0; quietPeriods < 2 && performance.now() < given; ) {
    const idle = await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }));
    quietPeriods = !idle.didTimeout && idle.timeRemaining() >= 49 ? quietPeriods + 1 : 0;
  }
}

/**
 * The records of a feed of `count`: those `make` made for this operation, else made now.
 * run.mjs has them made in a call of their own just before the operation, so that the
 * main thread's CPU time it takes over the operation leaves out making them.
 */
let made = null;
function recordsOf(count) {
  const records = made?.length === count ? made : generateRecords(count, { imageBase });
  made = null;
  return records;
}

window.bench = {
  quiet,
  /** Makes the records of a feed of `count` for the next operation (`recordsOf`). */
  make(count) {
    made = generateRecords(count, { imageBase });
  },
  /** Mounts `count` records, timed. */
  async mount(count) {
    current = recordsOf(count);
    const ms = await timed(() => (handle = implementation.mount(container, current, options)), () => allThere(count));
    checkCount(count);
    return ms;
  },
  updateEveryTenth() {
    current = current.map((record, i) => (i % 10 ? record : { ...record, title: `${record.title} (updated)` }));
    const last = Math.floor((current.length - 1) / 10) * 10;
    return timed(() => handle.update(current), () => titleOf(last)?.endsWith("(updated)"));
  },
  append(count) {
    current = current.concat(recordsOf(current.length + count).slice(current.length));
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
   * earlier task (it is not the widget's). The page is checked at the start of each frame
   * for the first screenful, then between tasks for the last card (`allThere`, a few steps).
   */
  async mountLongFeed(count) {
    current = generateRecords(count, { imageBase });
    await nextTask();
    const tasks = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration)));
    observer.observe({ type: "longtask" });
    const started = performance.now();
    handle = implementation.mount(container, current, options);
    const screenful = () => lastCard()?.getBoundingClientRect().top >= innerHeight || allThere(count);
    // Checked at the start of each frame: once the screenful is there, reading a card's
    // position has laid it out, and the frame paints it next, before any other task runs.
    let firstScreenful;
    while (firstScreenful === undefined) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      if (screenful()) firstScreenful = performance.now() - started;
    }
    await settle(() => allThere(count));
    const all = performance.now() - started;
    await nextPaint();
    observer.disconnect();
    checkCount(count);
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
