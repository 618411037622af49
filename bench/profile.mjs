// Where the time of one benchmark operation goes: a sampling CPU profile of one mount of
// 1,000 cards (or another operation), summed by function, top 25 by self time.
// Usage: node bench/profile.mjs [widget|vanilla|lit] [operation, default "mount(1000)"]
import { join } from "node:path";
import { startServer, repoRoot } from "../tests/e2e/support/server.mjs";
import { launchBrowser, newLocalPage } from "../tests/e2e/support/browser.mjs";

const [impl = "widget", operation = "mount(1000)"] = process.argv.slice(2);
const server = await startServer({
  mounts: { "/dist/": join(repoRoot, "dist"), "/bench/": join(repoRoot, "bench"), "/node_modules/": join(repoRoot, "node_modules") },
});
const browser = await launchBrowser();
const page = await newLocalPage(browser, { viewport: { width: 1200, height: 900 } });
await page.goto(`${server.url}/bench/page.html?impl=${impl}`);
await page.waitForFunction(() => window.benchReady === true);
if (operation !== "mount(1000)") await page.evaluate(() => window.bench.mount(1000));

const cdp = await page.context().newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
await cdp.send("Profiler.start");
const ms = await page.evaluate(`window.bench.${operation}`);
const { profile } = await cdp.send("Profiler.stop");

const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const selfMs = new Map();
profile.samples.forEach((id, i) => {
  const { functionName, url } = nodes.get(id).callFrame;
  const name = `${functionName || "(anonymous)"} ${url.split("/").pop()}`.trim();
  selfMs.set(name, (selfMs.get(name) || 0) + (profile.timeDeltas[i] || 0) / 1000);
});
console.log(`${impl} ${operation}: ${ms.toFixed(0)} ms`);
for (const [name, time] of [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${time.toFixed(1).padStart(8)} ms  ${name}`);
await browser.close();
await server.close();
