// The benchmark: drives headless Chromium over the widget, a plain-JS renderer and a Lit
// component rendering the same DOM, interleaving them rep by rep, and writes BENCHMARKS.md.
// Run with `scripts/bench` (which builds the release first). Timing is reported, never
// asserted: this is not a test.
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";
import * as esbuild from "esbuild";
import { startServer, repoRoot } from "../tests/e2e/support/server.mjs";
import { launchBrowser, newLocalPage } from "../tests/e2e/support/browser.mjs";
import { renderCards } from "../tests/e2e/support/prerender.mjs";
import { firstCardOnMobile, prerenderedOnMobile } from "./mobile.mjs";
import { generateRecords, NOW } from "./records.js";

const IMPLEMENTATIONS = ["widget", "vanilla", "lit"];
const QUICK = process.argv.includes("--quick");
// `--from-results` rewrites BENCHMARKS.md from the last run's figures without measuring.
const FROM_RESULTS = process.argv.includes("--from-results");
const RESULTS_FILE = join(repoRoot, "target/bench-results.json");
const reps = (n) => (QUICK ? Math.min(n, 2) : n);
const OPERATIONS = [
  { name: "mount 1,000 cards", reps: reps(10), prepare: (b) => b.make(1000), run: (b) => b.mount(1000) },
  { name: "mount 10,000 cards", reps: reps(10), prepare: (b) => b.make(10000), run: (b) => b.mount(10000) },
  { name: "update every 10th of 1,000", reps: reps(10), setup: (b) => b.mount(1000), run: (b) => b.updateEveryTenth() },
  { name: "append 100 to 1,000", reps: reps(10), setup: (b) => b.mount(1000), prepare: (b) => b.make(1100), run: (b) => b.append(100) },
  { name: "swap two of 1,000", reps: reps(10), setup: (b) => b.mount(1000), run: (b) => b.swap() },
  { name: "open 100 related panels", reps: reps(10), setup: (b) => b.mount(1000), run: (b) => b.openPanels(100) },
  { name: "unmount 1,000", reps: reps(10), setup: (b) => b.mount(1000), run: (b) => b.unmount() },
];
/** Ratio to vanilla each operation must stay within, and whether it must also beat Lit. */
const TARGETS = {
  "mount 1,000 cards": { ratio: 1.25, belowLit: true },
  "mount 10,000 cards": { ratio: 1.3 },
  "update every 10th of 1,000": { ratio: 1.3, belowLit: true },
  "append 100 to 1,000": { ratio: 1.3, belowLit: true },
  "swap two of 1,000": { ratio: 1.3, belowLit: true },
  "open 100 related panels": { ratio: 1.1 },
  "unmount 1,000": { ratio: 1.3, belowLit: true },
  "first card, mobile profile": { ratio: 1.25, belowLit: true },
};
const SIZE_TARGET_KB = 75;

/**
 * bench/page.html with `impl`'s files named in its <head>: the widget's loader with the tag
 * README.md gives a page (the harness's import of it then finds it loaded); the plain-JS and
 * Lit modules preloaded with every module they import, as esbuild's metafile lists them.
 */
async function startupPage(impl) {
  const tags =
    impl === "widget"
      ? [readFileSync(join(repoRoot, "README.md"), "utf8").match(/<script type="module" src="\/[^/"]+\/article-cards-loader\.js"><\/script>/)[0].replace(/src="\/[^/"]+\//, 'src="/dist/')]
      : Object.keys((await esbuild.build({ entryPoints: [join(repoRoot, `bench/implementations/${impl}.js`)], bundle: true, metafile: true, write: false, format: "esm", logLevel: "silent", absWorkingDir: repoRoot })).metafile.inputs)
          .map((file) => `<link rel="modulepreload" href="/${file}" />`);
  return readFileSync(join(repoRoot, "bench/page.html"), "utf8").replace("</title>", `</title>\n    ${tags.join("\n    ")}`);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const measured = FROM_RESULTS ? JSON.parse(readFileSync(RESULTS_FILE, "utf8")) : await measure();
writeFileSync(RESULTS_FILE, JSON.stringify(measured));
const { results, cpu, memory, loaded, machine, prerender, hydration, longFeed, prerenderedMobile } = measured;

async function measure() {
const pages = {};
const server = await startServer({
  mounts: { "/dist/": join(repoRoot, "dist"), "/bench/": join(repoRoot, "bench"), "/node_modules/": join(repoRoot, "node_modules") },
  pages,
  compress: true,
});
// The harness's 1,000 records, prerendered by the tool (for the take-over measurement).
const harnessRecords = generateRecords(1000, { imageBase: `${server.url}/dist/images/` });
pages["/bench/prerendered-1000.html"] = renderCards(harnessRecords, ["--fragment", "--now", NOW, "--locale", "en-US", "--time-zone", "UTC"], { profile: "release" }).html;
// `gc` in every page, for the memory section's young-generation GC (the flag only adds that function).
const browser = await launchBrowser({ args: ["--js-flags=--expose-gc"] });

// The startup pages: each implementation's files named in the page's <head>, as a production
// page names them, rather than found only once the harness has imported them.
for (const impl of IMPLEMENTATIONS) pages[`/bench/startup-${impl}.html`] = await startupPage(impl);

async function openBench(impl, query = "", file = "page.html") {
  const page = await newLocalPage(browser, { viewport: { width: 1200, height: 900 } });
  await page.goto(`${server.url}/bench/${file}?impl=${impl}${query}`);
  await page.waitForFunction(() => window.benchReady === true, null, { timeout: 60000 });
  return page;
}


// Each operation's wall time, and the main thread's CPU time over the same span (why: the
// text above the Operations table in BENCHMARKS.md, written below).
const results = {};
const cpu = {};
for (const operation of OPERATIONS) {
  results[operation.name] = Object.fromEntries(IMPLEMENTATIONS.map((impl) => [impl, []]));
  cpu[operation.name] = Object.fromEntries(IMPLEMENTATIONS.map((impl) => [impl, []]));
  for (let rep = 0; rep < operation.reps; rep++) {
    for (const impl of IMPLEMENTATIONS) {
      const page = await openBench(impl);
      if (operation.setup) await page.evaluate(`(${operation.setup})(window.bench)`);
      await page.evaluate(() => window.bench.quiet());
      if (operation.prepare) await page.evaluate(`(${operation.prepare})(window.bench)`);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Performance.enable");
      const threadTime = async () => (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "ThreadTime").value;
      const cpuBefore = await threadTime();
      const ms = await page.evaluate(`(${operation.run})(window.bench)`);
      cpu[operation.name][impl].push((await threadTime() - cpuBefore) * 1000);
      results[operation.name][impl].push(ms);
      await page.context().close();
    }
  }
  console.log(operation.name, Object.fromEntries(IMPLEMENTATIONS.map((i) => [i, median(results[operation.name][i]).toFixed(1)])));
}

// Startup: navigation to the first card painted, WebAssembly fetch and compile included.
results["startup to first card"] = Object.fromEntries(IMPLEMENTATIONS.map((impl) => [impl, []]));
for (let rep = 0; rep < reps(10); rep++) {
  for (const impl of IMPLEMENTATIONS) {
    const page = await openBench(impl, "&startup=20", `startup-${impl}.html`);
    results["startup to first card"][impl].push(await page.evaluate(() => window.firstCardPainted));
    await page.context().close();
  }
}

// The first card on a phone: the startup page on the mobile profile (bench/mobile.mjs).
results["first card, mobile profile"] = Object.fromEntries(IMPLEMENTATIONS.map((impl) => [impl, []]));
for (let rep = 0; rep < reps(10); rep++) {
  for (const impl of IMPLEMENTATIONS) {
    results["first card, mobile profile"][impl].push(await firstCardOnMobile(browser, `${server.url}/bench/startup-${impl}.html?impl=${impl}&startup=20`));
  }
}
console.log("first card, mobile profile", Object.fromEntries(IMPLEMENTATIONS.map((i) => [i, median(results["first card, mobile profile"][i]).toFixed(0)])));

// A prerendered page on the mobile profile (widget only: the others have no prerendering).
pages["/bench/prerendered-page.html"] = renderCards(generateRecords(20, { imageBase: `${server.url}/dist/images/` }), ["--page", "--assets", "/dist/", "--now", NOW, "--locale", "en-US"], { profile: "release" }).html;
const prerenderedMobile = [];
for (let rep = 0; rep < reps(10); rep++) prerenderedMobile.push(await prerenderedOnMobile(browser, `${server.url}/bench/prerendered-page.html`));
console.log("prerendered page, mobile profile", prerenderedMobile.at(-1));

// A long feed: 10,000 records, the first screenful and the longest task.
const longFeed = Object.fromEntries(IMPLEMENTATIONS.map((impl) => [impl, []]));
for (let rep = 0; rep < reps(10); rep++) {
  for (const impl of IMPLEMENTATIONS) {
    const page = await openBench(impl);
    await page.evaluate(() => window.bench.quiet());
    longFeed[impl].push(await page.evaluate(() => window.bench.mountLongFeed(10000)));
    await page.context().close();
  }
}
console.log("long feed", Object.fromEntries(IMPLEMENTATIONS.map((i) => [i, median(longFeed[i].map((r) => r.longestTask)).toFixed(0)])));

// Take-over: the widget adopting 1,000 prerendered cards (widget only: the others cannot).
const hydration = [];
for (let rep = 0; rep < reps(10); rep++) {
  const page = await openBench("widget", "&prerendered=1000");
  await page.evaluate(() => window.bench.quiet());
  hydration.push(await page.evaluate(() => window.bench.takeOver(1000)));
  await page.context().close();
}
console.log("take over 1,000", median(hydration).toFixed(1));

// Memory after mounting 1,000 cards: JS heap after forced GCs, plus WebAssembly memory.
// Each implementation on fresh pages, interleaved; the repetition of median growth is kept.
// A young-generation GC comes first: it drops the JS wrappers of DOM nodes that a script
// touched and no longer holds, which a full GC keeps as long as their nodes live. Forced
// full GCs alone raced the young-generation GC the page had queued, and a widget page held
// 0.6 MB more whenever they won (bench/analysis.md, "Memory growth").
const memory = {};
const loaded = {};
const memoryRuns = Object.fromEntries(IMPLEMENTATIONS.map((impl) => [impl, []]));
for (let rep = 0; rep < reps(10); rep++) for (const impl of IMPLEMENTATIONS) {
  const page = await openBench(impl);
  const cdp = await page.context().newCDPSession(page);
  const settle = async () => {
    await page.evaluate(() => gc({ type: "minor" }));
    for (let i = 0; i < 3; i++) await cdp.send("HeapProfiler.collectGarbage");
    const { usedSize } = await cdp.send("Runtime.getHeapUsage");
    const wasm = await page.evaluate(() => window.ArticleCards?.stats().wasmMemoryBytes ?? 0);
    return { heap: usedSize, wasm };
  };
  const before = await settle();
  await page.evaluate(() => window.bench.mount(1000));
  const after = await settle();
  memoryRuns[impl].push({ heap: after.heap, wasm: after.wasm, total: after.heap + after.wasm, growth: after.heap + after.wasm - before.heap - before.wasm });
  loaded[impl] = await page.evaluate(() =>
    performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname).filter((p) => /\.(js|wasm)$/.test(p) && !p.startsWith("/bench/harness") && !p.startsWith("/bench/records")),
  );
  await page.context().close();
}
for (const impl of IMPLEMENTATIONS) {
  const byGrowth = [...memoryRuns[impl]].sort((a, b) => a.growth - b.growth);
  memory[impl] = { ...byGrowth[Math.floor(byGrowth.length / 2)], runs: byGrowth.map((run) => run.growth) };
}
console.log("memory growth", Object.fromEntries(IMPLEMENTATIONS.map((i) => [i, (memory[i].growth / 1e6).toFixed(2)])));
await browser.close();
await server.close();

// Prerendering: the native tool on a 10,000-record feed, the whole command timed (start-up,
// reading, validation, rendering, writing).
const feed = generateRecords(10000, { imageBase: "https://example.org/figures/" });
const prerender = { records: feed.length, ms: [], bytes: 0 };
for (let rep = 0; rep < reps(10); rep++) {
  const started = process.hrtime.bigint();
  const { html, status } = renderCards(feed, ["--now", NOW, "--locale", "en-US"], { profile: "release" });
  prerender.ms.push(Number(process.hrtime.bigint() - started) / 1e6);
  if (status !== 0) throw new Error(`article-cards render exited with ${status}`);
  prerender.bytes = Buffer.byteLength(html);
}
console.log("prerender 10,000", median(prerender.ms).toFixed(0), "ms");
const chromium = execFileSync("/usr/bin/chromium", ["--version"], { stdio: ["ignore", "pipe", "ignore"] }).toString().trim();
const machine = `${cpus()[0].model}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM; ${chromium} headless; ${new Date().toISOString().slice(0, 10)}`;
return { results, cpu, memory, loaded, machine, prerender, hydration, longFeed, prerenderedMobile };
}

// Code each implementation ships (the harness and records are shared and not counted).
const fileOf = (path) => join(repoRoot, path.replace(/^\/dist\//, "dist/").replace(/^\/bench\//, "bench/").replace(/^\/node_modules\//, "node_modules/"));
const sizes = Object.fromEntries(IMPLEMENTATIONS.map((impl) => {
  const totals = { raw: 0, gzip: 0, brotli: 0, files: loaded[impl].length };
  for (const path of loaded[impl]) {
    const bytes = readFileSync(fileOf(path));
    totals.raw += bytes.length;
    totals.gzip += gzipSync(bytes, { level: 9 }).length;
    totals.brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return [impl, totals];
}));

// BENCHMARKS.md
const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const spread = (values) => `${fmt(Math.min(...values))}–${fmt(Math.max(...values))}`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1048576).toFixed(1)} MB`;
const lines = [];
lines.push("# Benchmarks", "");
lines.push("Generated by `scripts/bench` (`node bench/run.mjs`); do not edit by hand. The three implementations render the same DOM");
lines.push("for the same deterministic records (`bench/records.js`, seed 42): **widget** is article-cards (Yew/WebAssembly,");
lines.push("release build); **vanilla** is a hand-written renderer with `<template>`/`cloneNode` and one delegated listener");
lines.push("(`bench/implementations/vanilla.js`), the practical lower bound; **lit** is a Lit 3 web component with `repeat`");
lines.push("(`bench/implementations/lit.js`). Each figure is the time from the call to the next painted frame after the DOM");
lines.push("shows the result (polled between tasks, then `requestAnimationFrame` + `setTimeout`), on a fresh page per repetition,");
lines.push("the implementations interleaved repetition by repetition. Each operation starts once the page is quiet (two whole");
lines.push("idle periods after loading and after the setup's mount), so what came before is not timed with it. Ratios are to");
lines.push("vanilla, measured in the same run. The");
lines.push("server compresses like a real host (brotli for `.wasm`, `.js`, `.css`, `.html`). The *mobile profile* is Chrome");
lines.push("DevTools Protocol CPU throttling 4× with 150 ms latency, 1.6 Mbit/s down and 0.75 Mbit/s up (`bench/mobile.mjs`).");
lines.push("The two startup rows load a page that names its implementation's files in its `<head>`, as a production page");
lines.push("does: the widget's page has the loader's tag README.md gives, the plain-JS and Lit pages a `modulepreload`");
lines.push("for every module they import.", "");
lines.push(`Machine: ${machine}.`, "");
lines.push("## Operations (ms, median and min–max)", "");
lines.push("The two CPU columns are the same ratios of the main thread's CPU time over the same span (medians; CDP");
lines.push("`Performance.getMetrics`, ThreadTime): on this shared machine a page's main thread now and then waits for the CPU,");
lines.push("which stretches its wall time more than its CPU time. The targets are judged on wall time.", "");
lines.push("| operation | reps | widget | vanilla | lit | widget ÷ vanilla | lit ÷ vanilla | CPU: widget ÷ vanilla | CPU: lit ÷ vanilla | target | met |");
lines.push("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|");
const cpuRatio = (name, impl) => {
  const times = cpu?.[name];
  return times?.[impl]?.length ? `${(median(times[impl]) / median(times.vanilla)).toFixed(2)}×` : "";
};
for (const [name, byImpl] of Object.entries(results)) {
  const [w, v, l] = IMPLEMENTATIONS.map((impl) => median(byImpl[impl]));
  const ratio = w / v;
  const wanted = TARGETS[name];
  const target = wanted ? `≤ ${wanted.ratio.toFixed(2)}×${wanted.belowLit ? ", < lit" : ""}` : "";
  const met = wanted ? (ratio <= wanted.ratio && (!wanted.belowLit || w < l) ? "yes" : "**no**") : "";
  lines.push(`| ${name} | ${byImpl.widget.length} | ${fmt(w)} (${spread(byImpl.widget)}) | ${fmt(v)} (${spread(byImpl.vanilla)}) | ${fmt(l)} (${spread(byImpl.lit)}) | ${ratio.toFixed(2)}× | ${(l / v).toFixed(2)}× | ${cpuRatio(name, "widget")} | ${cpuRatio(name, "lit")} | ${target} | ${met} |`);
}
lines.push("", "## Memory after mounting 1,000 cards", "");
lines.push(`Median growth of ${memory.widget.runs?.length ?? 1} fresh pages per implementation, interleaved (the row is that page's), each measured after a young-generation GC and three full GCs. Growth of each, widget: ${(memory.widget.runs ?? [memory.widget.growth]).map(mb).join(", ")}; vanilla: ${(memory.vanilla.runs ?? [memory.vanilla.growth]).map(mb).join(", ")}.`, "");
lines.push("| | widget | vanilla | lit | widget ÷ vanilla | target | met |", "|---|---:|---:|---:|---:|---:|:---:|");
const memRow = (label, key, target) => {
  const ratio = memory.widget[key] / memory.vanilla[key];
  const verdict = target ? `≤ ${target}× | ${ratio <= target ? "yes" : "**no**"}` : " | ";
  return `| ${label} | ${mb(memory.widget[key])} | ${mb(memory.vanilla[key])} | ${mb(memory.lit[key])} | ${ratio.toFixed(2)}× | ${verdict} |`;
};
lines.push(memRow("JS heap (after GC)", "heap"));
lines.push(memRow("JS heap + WebAssembly memory", "total"));
lines.push(memRow("growth from the empty page", "growth", 2));
lines.push("", "## Code shipped (what the page downloads to render cards; the shared stylesheet excluded)", "");
lines.push("| | files | raw | gzip -9 | brotli -11 |", "|---|---:|---:|---:|---:|");
for (const impl of IMPLEMENTATIONS) lines.push(`| ${impl} | ${sizes[impl].files} | ${kb(sizes[impl].raw)} | ${kb(sizes[impl].gzip)} | ${kb(sizes[impl].brotli)} |`);
lines.push("", `Target: the widget's files (module, glue, loader) ≤ ${SIZE_TARGET_KB} KB brotli — ${sizes.widget.brotli <= SIZE_TARGET_KB * 1024 ? "met" : "**not met**"} (${kb(sizes.widget.brotli)}).`, "");
if (longFeed) {
  lines.push("## A long feed: 10,000 records", "");
  lines.push("From the `mount` call: when the first screenful was there to paint (at the start of the first frame in which a card reaches below the viewport, laid out), when the last card");
  lines.push("was, and the longest task in between (Long Tasks API; the target is no task over 50 ms). Each page's longest task is 0 when it had none over 50 ms,");
  lines.push("so the median is 0 when fewer than half the pages had one; how many did is counted beside it.", "");
  lines.push("| | reps | first screenful (ms) | all cards (ms) | longest task (ms) | pages with a task over 50 ms | longest task ≤ 50 ms |", "|---|---:|---:|---:|---:|---:|:---:|");
  for (const impl of IMPLEMENTATIONS) {
    const runs = longFeed[impl];
    const longest = median(runs.map((r) => r.longestTask));
    const withLongTask = runs.filter((r) => r.longestTask > 50).length;
    lines.push(`| ${impl} | ${runs.length} | ${fmt(median(runs.map((r) => r.firstScreenful)))} | ${fmt(median(runs.map((r) => r.all)))} | ${fmt(longest)} | ${withLongTask} of ${runs.length} | ${longest <= 50 ? "yes" : "**no**"} |`);
  }
  lines.push("");
}
if (prerenderedMobile) {
  const at = (key) => median(prerenderedMobile.map((r) => r[key]));
  lines.push("## A prerendered page on the mobile profile", "");
  lines.push("A page written by `article-cards render --page` (20 cards), on the mobile profile, from navigation (ms, medians).", "");
  lines.push("| reps | first contentful paint | first card painted | a topic chip first answers a tap |", "|---:|---:|---:|---:|");
  lines.push(`| ${prerenderedMobile.length} | ${fmt(at("firstPaint"))} | ${fmt(at("firstCardPaint"))} | ${fmt(at("chipWorks"))} |`, "");
}
if (prerender) {
  const ms = median(prerender.ms);
  const mount10k = results["mount 10,000 cards"];
  lines.push("## Prerendering (`article-cards render`, native, release build)", "");
  lines.push("The whole command on the same 10,000 records: start-up, JSON parsing, validation, rendering and writing the HTML.");
  lines.push("For scale, the browser-side figures for 10,000 cards from the same run.", "");
  lines.push("| | reps | ms (median, min–max) | cards per second | ÷ vanilla mount of 10,000 in the browser |", "|---|---:|---:|---:|---:|");
  lines.push(`| article-cards render | ${prerender.ms.length} | ${fmt(ms)} (${spread(prerender.ms)}) | ${Math.round((prerender.records / ms) * 1000).toLocaleString("en-US")} | ${(ms / median(mount10k.vanilla)).toFixed(2)}× |`);
  lines.push(`| widget mount (browser) | ${mount10k.widget.length} | ${fmt(median(mount10k.widget))} | ${Math.round((10000 / median(mount10k.widget)) * 1000).toLocaleString("en-US")} | ${(median(mount10k.widget) / median(mount10k.vanilla)).toFixed(2)}× |`);
  lines.push("", `Output: ${mb(prerender.bytes)} of HTML for ${prerender.records.toLocaleString("en-US")} cards, including the records as inline JSON.`, "");
}
if (hydration) {
  const mount1k = results["mount 1,000 cards"];
  const ms = median(hydration);
  lines.push("## Take-over (1,000 prerendered cards adopted by the widget)", "");
  lines.push("From the `mount` call to the painted frame after the last card is taken over; the cards were on screen before.", "");
  lines.push("| | reps | ms (median, min–max) | ÷ vanilla mount of 1,000 | ÷ widget mount of 1,000 |", "|---|---:|---:|---:|---:|");
  lines.push(`| take over 1,000 | ${hydration.length} | ${fmt(ms)} (${spread(hydration)}) | ${(ms / median(mount1k.vanilla)).toFixed(2)}× | ${(ms / median(mount1k.widget)).toFixed(2)}× |`, "");
}
lines.push("## How to reproduce", "", "```sh", "scripts/bench            # full run, about 10 minutes; rewrites BENCHMARKS.md", "scripts/bench --quick    # 2 repetitions each, for a quick look", "```", "");
lines.push(readFileSync(join(repoRoot, "bench/analysis.md"), "utf8").trim(), "");
writeFileSync(join(repoRoot, "BENCHMARKS.md"), lines.join("\n"));
console.log("wrote BENCHMARKS.md");
