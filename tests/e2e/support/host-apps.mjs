// The framework examples as the host-app tests serve them (tests/e2e/hosts.test.mjs in
// Chromium, tests/engines/hosts.test.mjs in Firefox and WebKit): each bundled as its README
// says, into a temporary folder, and mounted with the widget's files from dist/.
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { repoRoot } from "./server.mjs";
import { svelteFiles } from "../../../examples/svelte/svelte-files.mjs";

/** Per app: its folder in examples/, and the entry and esbuild options of its bundle. */
const APPS = {
  // Development build, under StrictMode (app.jsx hydrates a server-rendered page).
  react: { folder: "react", entry: "app.jsx", options: { jsx: "automatic", define: { "process.env.NODE_ENV": '"development"' } } },
  // The same, its page rendered on the server first (serverRenderedReactPage, below).
  "react-ssr": { folder: "react", entry: "app.jsx", options: { jsx: "automatic", define: { "process.env.NODE_ENV": '"development"' } }, serverRendered: true },
  // examples/preact/README.md: the React example with React's imports resolved to Preact's.
  preact: { folder: "react", entry: "app.jsx", options: { jsx: "automatic", alias: { react: "preact/compat", "react-dom": "preact/compat" } } },
  // Vue's browser build, no build step.
  vue: { folder: "vue", vendor: join(repoRoot, "node_modules/vue/dist") },
  svelte: { folder: "svelte", entry: "main.js", options: { format: "esm", plugins: [svelteFiles] } },
  angular: { folder: "angular", entry: "app.ts", options: { format: "esm" } },
  lit: { folder: "lit", entry: "app.js", options: { format: "esm" } },
};

/** The apps the two-ways-in tests drive: each shows the element and `mount` side by side. */
export const TWO_WAY_APPS = ["react", "react-ssr", "vue", "preact", "svelte", "angular"];

/**
 * Builds app `name` and returns the server mounts that serve it under `prefix` ("/" or
 * "/name/"), its page (`page`: the HTML of its index.html, to serve at `prefix`), the files
 * its bundle was made from (`bundled`), and `remove()` for the build.
 */
export async function buildHostApp(name, prefix = "/") {
  const { folder, entry, options, vendor, serverRendered } = APPS[name];
  const mounts = { [prefix]: join(repoRoot, "examples", folder), [`${prefix}article-cards/`]: join(repoRoot, "dist") };
  const page = serverRendered ? await serverRenderedReactPage() : await readFile(join(repoRoot, "examples", folder, "index.html"), "utf8");
  if (vendor) return { mounts: { ...mounts, [`${prefix}vendor/`]: vendor }, page, bundled: [], remove: async () => {} };
  const outdir = await mkdtemp(join(tmpdir(), `article-cards-${name}-`));
  const { metafile } = await build({
    entryPoints: [join(repoRoot, "examples", folder, entry)],
    bundle: true,
    outdir,
    logLevel: "warning",
    metafile: true,
    ...options,
  });
  return {
    mounts: { ...mounts, [`${prefix}build/`]: outdir },
    page,
    bundled: Object.keys(metafile.inputs),
    remove: () => rm(outdir, { recursive: true, force: true }),
  };
}

/**
 * examples/react/index.html with the app rendered into #app by react-dom/server, as a
 * server-rendering host (Next.js) sends it; examples/react/app.jsx hydrates it. The server's
 * bundle of news-app.jsx is written under target/, where Node finds the repository's React.
 */
async function serverRenderedReactPage() {
  await mkdir(join(repoRoot, "target"), { recursive: true });
  const outdir = await mkdtemp(join(repoRoot, "target", "react-server-"));
  try {
    await build({
      stdin: {
        contents: 'import { StrictMode, createElement } from "react"; import { renderToString } from "react-dom/server"; import { NewsApp } from "./news-app.jsx"; export const html = renderToString(createElement(StrictMode, null, createElement(NewsApp)));',
        resolveDir: join(repoRoot, "examples/react"),
        loader: "jsx",
      },
      bundle: true,
      platform: "node",
      format: "esm",
      packages: "external",
      jsx: "automatic",
      outfile: join(outdir, "render.mjs"),
      logLevel: "warning",
    });
    const { html } = await import(pathToFileURL(join(outdir, "render.mjs")).href);
    const page = await readFile(join(repoRoot, "examples/react/index.html"), "utf8");
    return page.replace('<div id="app"></div>', `<div id="app">${html}</div>`);
  } finally {
    await rm(outdir, { recursive: true, force: true });
  }
}
