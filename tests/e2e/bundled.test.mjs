// End to end: the npm package in a bundled app. A scratch Vite app in a temporary folder
// installs pkg/'s tarball offline (scripts/package writes it; run here when it is missing or
// older than dist/), imports the package and its CSS, and is built with the repository's
// Vite; its output is served under the strict CSP. The cards render with the .wasm and the
// glue Vite copied into its assets, also after a crash restart; TypeScript finds the types.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer, repoRoot } from "./support/server.mjs";
import { newLocalPage } from "./support/browser.mjs";
import { story } from "./support/records.mjs";
import { withServerAndBrowser } from "./support/suite.mjs";
import { STRICT_CSP, recordViolations } from "./support/csp.mjs";

const pkg = join(repoRoot, "pkg");
const dist = join(repoRoot, "dist");
let browser;
let app;
let server;
/** The files Vite wrote into the app's dist/assets/. */
let assets;

withServerAndBrowser(null, (started) => ({ browser } = started));

/** pkg/'s tarball; scripts/package makes it first when it is missing or older than dist/. */
function packedTarball() {
  const tarball = () => readdirSync(pkg).filter((name) => name.endsWith(".tgz")).map((name) => join(pkg, name))[0];
  const built = Math.max(...readdirSync(dist).filter((name) => name.startsWith("article-cards")).map((name) => statSync(join(dist, name)).mtimeMs));
  if (!existsSync(pkg) || !tarball() || statSync(tarball()).mtimeMs < built) {
    execFileSync(join(repoRoot, "scripts/package"), { cwd: repoRoot, stdio: ["ignore", 2, 2] });
  }
  return tarball();
}

/** The app's entry: the package and its CSS, imported as an app does, and one `mount`. */
const MAIN_JS = `import "article-cards";
import "article-cards/article-cards.css";

const records = ${JSON.stringify([story(3)])};
let handle = null;
window.readies = 0;
function showCards() {
  window.readies++;
  handle?.unmount();
  handle = window.ArticleCards.mount(document.getElementById("mounted"), records, { theme: "light" });
}
window.addEventListener("article-cards-ready", showCards);
// A web component's shadow root, which the app's CSS does not reach.
const inShadow = document.createElement("article-cards");
inShadow.records = ${JSON.stringify([story(4)])};
document.getElementById("shadow-host").attachShadow({ mode: "open" }).append(inShadow);
`;

const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>A bundled app</title>
    <link rel="icon" href="data:," />
    <script type="module" src="./main.js"></script>
  </head>
  <body>
    <article-cards id="light" theme="light"><script type="application/json">${JSON.stringify([story(1)])}</script></article-cards>
    <article-cards id="dark" theme="dark"><script type="application/json">${JSON.stringify([story(2)])}</script></article-cards>
    <div id="mounted"></div>
    <div id="shadow-host"></div>
  </body>
</html>
`;

before(async () => {
  const tarball = packedTarball();
  app = await mkdtemp(join(tmpdir(), "article-cards-vite-app-"));
  await writeFile(join(app, "package.json"), JSON.stringify({ name: "scratch-app", private: true, type: "module" }));
  await writeFile(join(app, "index.html"), INDEX_HTML);
  await writeFile(join(app, "main.js"), MAIN_JS);
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", tarball], { cwd: app, stdio: ["ignore", 2, 2] });
  // The repository's Vite, run in the app's folder as `npx vite build` would be: it finds
  // article-cards in the app's node_modules. Warnings (such as a `new URL` it could not
  // follow) are printed at this level.
  const log = execFileSync(join(repoRoot, "node_modules/.bin/vite"), ["build", "--logLevel", "warn"], { cwd: app, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  assert.equal(log.trim(), "", "vite build prints no warning");
  assets = await readdir(join(app, "dist/assets"));
  server = await startServer({ mounts: { "/": join(app, "dist") }, headers: { "content-security-policy": STRICT_CSP } });
});

after(async () => {
  await server?.close();
  if (app) await rm(app, { recursive: true, force: true });
});

/** Opens the built app, recording CSP violations, the widget's errors and every request. */
async function openApp() {
  const page = await newLocalPage(browser, { viewport: { width: 1100, height: 900 } });
  await recordViolations(page);
  const errors = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => message.type() === "error" && message.text().includes("article-cards") && errors.push(message.text()));
  const requests = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    requests.push(url.pathname + url.search);
  });
  const response = await page.goto(server.url + "/");
  assert.equal(response.headers()["content-security-policy"], STRICT_CSP);
  await page.waitForFunction(() => document.querySelectorAll("article.ac-card").length === 3 && document.getElementById("shadow-host").shadowRoot.querySelector("article.ac-card"), null, { timeout: 15_000 }).catch((error) => {
    assert.fail(`the cards did not render (${error.message})\nerrors: ${errors.join("\n")}\nrequests: ${requests.join(", ")}`);
  });
  return { page, errors, requests };
}

/** The one asset whose name matches `pattern` (Vite names them name-hash.ext). */
function asset(pattern) {
  const matches = assets.filter((name) => pattern.test(name));
  assert.equal(matches.length, 1, `one asset matches ${pattern}: ${assets.join(", ")}`);
  return matches[0];
}

test("an app bundled with Vite from the npm tarball shows cards, styled (in a shadow root too), with the .wasm from its own assets, under a strict CSP", async () => {
  const { page, errors, requests } = await openApp();
  assert.deepEqual(await page.locator(".ac-card__title").allTextContents(), ["Story 1", "Story 2", "Story 3", "Story 4"]);

  const wasm = asset(/^article-cards_bg-[\w-]+\.wasm$/);
  assert.deepEqual(requests.filter((path) => path.endsWith(".wasm")), [`/assets/${wasm}`], "the hashed .wasm Vite emitted, once");
  const packed = readFileSync(join(pkg, "article-cards_bg.wasm"));
  assert.ok(packed.equals(await readFile(join(app, "dist/assets", wasm))), "Vite copied the package's .wasm unchanged");

  const style = await page.evaluate(() => {
    const background = (selector) => getComputedStyle(document.querySelector(selector)).backgroundColor;
    return {
      grid: getComputedStyle(document.querySelector("#light .ac-list")).display,
      light: background("#light article.ac-card"),
      dark: background("#dark article.ac-card"),
    };
  });
  assert.equal(style.grid, "grid", "the package's CSS lays the cards out");
  assert.equal(style.light, "rgb(255, 255, 255)", "a light card's surface");
  assert.notEqual(style.dark, style.light, "theme=dark darkens the card (Vite rewrote light-dark(); it still switches)");
  assert.notEqual(style.dark, "rgba(0, 0, 0, 0)");

  const stylesheet = asset(/^article-cards-[\w-]+\.css$/);
  assert.equal(requests.filter((path) => path === `/assets/${stylesheet}`).length, 1, "the shadow root's stylesheet, copied by Vite into the app's assets, fetched once");
  const shadowGrid = await page.evaluate(() => getComputedStyle(document.getElementById("shadow-host").shadowRoot.querySelector(".ac-list")).display);
  assert.equal(shadowGrid, "grid", "the element in a shadow root adopted the package's CSS");

  const toggle = page.locator("#mounted .ac-related__toggle").first();
  await toggle.click();
  assert.equal(await toggle.getAttribute("aria-expanded"), "true", "the mounted card responds");
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("after a crash, the bundled widget restarts with a fresh instance from the glue Vite copied into its assets", async () => {
  const { page, errors, requests } = await openApp();
  // What the panic hook dispatches (src/host/crash.rs); the release build has no way to
  // panic on purpose, and the loader's restart is what is tested here (crash.test.mjs
  // panics for real on a plain page).
  await page.evaluate(() => window.dispatchEvent(new CustomEvent("article-cards-crash", { detail: { message: "simulated" } })));
  await page.waitForFunction(() => window.readies === 2);
  await page.waitForFunction(() => document.querySelectorAll("article-cards > [data-article-cards]").length === 2 && document.querySelectorAll("article.ac-card").length === 3);

  const packedGlue = readFileSync(join(pkg, "article-cards.js"));
  const glue = assets.filter((name) => name.endsWith(".js")).find((name) => packedGlue.equals(readFileSync(join(app, "dist/assets", name))));
  assert.ok(glue, "Vite copied the glue as a file (not a data: URL, which the CSP would block)");
  assert.ok(requests.includes(`/assets/${glue}?instance=2`), `the fresh instance's glue: ${requests.join(", ")}`);
  const wasm = asset(/^article-cards_bg-[\w-]+\.wasm$/);
  assert.deepEqual(requests.filter((path) => path.endsWith(".wasm")), [`/assets/${wasm}`, `/assets/${wasm}`]);

  const toggle = page.locator("#light .ac-related__toggle").first();
  await toggle.click();
  assert.equal(await toggle.getAttribute("aria-expanded"), "true", "the restarted element's card responds");
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("the shipped loader, minified, still tells bundlers to leave its computed import alone", () => {
  packedTarball();
  const loader = readFileSync(join(pkg, "article-cards-loader.js"), "utf8");
  // The fresh instance after a crash is imported from a computed URL: webpack, without its
  // comment, would try to bundle it and fail at run time.
  const computed = [...loader.matchAll(/\bimport\((?!["'`])([^)]*)\)/g)].map((match) => match[1]);
  assert.equal(computed.length, 1, `one computed import(): ${computed.join(" | ")}`);
  assert.match(computed[0], /^\/\* @vite-ignore \*\/ \/\* webpackIgnore: true \*\/ \w/);
});

test("TypeScript finds the package's types through its exports map", () => {
  const source = `import type { ArticleRecord } from "article-cards";
const records: ArticleRecord[] = [{ title: "A", webUrl: "https://example.org/a" }];
window.ArticleCards?.mount(document.body, records, { theme: "dark" });
document.querySelector("article-cards")!.records = records;
// @ts-expect-error a record needs a title
const untitled: ArticleRecord = { webUrl: "https://example.org/b" };
`;
  const options = { strict: true, noEmit: true, module: "esnext", moduleResolution: "bundler", target: "es2022", lib: ["es2022", "dom"], types: [] };
  writeFileSync(join(app, "typed.ts"), source);
  writeFileSync(join(app, "tsconfig.json"), JSON.stringify({ compilerOptions: options, files: ["typed.ts"] }));
  execFileSync(join(repoRoot, "node_modules/.bin/tsc"), ["-p", app], { cwd: app, stdio: ["ignore", 2, 2] });
});
