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

const reactBuild = { jsx: "automatic", define: { "process.env.NODE_ENV": '"development"' } };
/** How the server renders the React example into #app (as Next.js does). */
const reactOnServer = {
  contents:
    'import { StrictMode, createElement } from "react"; import { renderToString } from "react-dom/server"; import { NewsApp } from "./news-app.jsx";' +
    "export const html = renderToString(createElement(StrictMode, null, createElement(NewsApp)));",
  options: { jsx: "automatic" },
};
/** How the server renders the Vue example into #app (as Nuxt does), with Node's Vue. */
const vueOnServer = {
  contents:
    'import { createSSRApp } from "vue"; import { renderToString } from "vue/server-renderer"; import { newsApp } from "./news-app.js";' +
    "export const html = await renderToString(newsApp(createSSRApp));",
  options: {
    plugins: [
      {
        name: "node-vue",
        setup: (build) => build.onResolve({ filter: /\/vendor\/vue\.esm-browser\.js$/ }, () => ({ path: "vue", external: true })),
      },
    ],
  },
};
const svelteBuild = { format: "esm", plugins: [svelteFiles()] };
/** How the server renders the Svelte example into #app (as SvelteKit does). */
const svelteOnServer = {
  contents: 'import { render } from "svelte/server"; import App from "./App.svelte"; export const html = render(App).body;',
  options: { plugins: [svelteFiles({ generate: "server" })] },
};

/**
 * Per app: its folder in examples/, the entry and esbuild options of its bundle, and for an
 * app whose page a server renders first, how (`server`: a module exporting `html`).
 */
const APPS = {
  // Development build, under StrictMode.
  react: { folder: "react", entry: "app.jsx", options: reactBuild },
  "react-ssr": { folder: "react", entry: "app.jsx", options: reactBuild, server: reactOnServer },
  // examples/preact/README.md: the React example with React's imports resolved to Preact's.
  preact: { folder: "react", entry: "app.jsx", options: { jsx: "automatic", alias: { react: "preact/compat", "react-dom": "preact/compat" } } },
  // Vue's browser build, no build step.
  vue: { folder: "vue", vendor: join(repoRoot, "node_modules/vue/dist") },
  "vue-ssr": { folder: "vue", vendor: join(repoRoot, "node_modules/vue/dist"), server: vueOnServer },
  svelte: { folder: "svelte", entry: "main.js", options: svelteBuild },
  "svelte-ssr": { folder: "svelte", entry: "main.js", options: svelteBuild, server: svelteOnServer },
  angular: { folder: "angular", entry: "app.ts", options: { format: "esm" } },
  alpine: { folder: "alpine", entry: "app.js", options: { format: "esm" } },
  solid: { folder: "solid", entry: "app.js", options: { format: "esm" } },
  lit: { folder: "lit", entry: "app.js", options: { format: "esm" } },
};

/** The apps the two-ways-in tests drive: each shows the element and `mount` side by side. */
export const TWO_WAY_APPS = ["react", "react-ssr", "vue", "vue-ssr", "preact", "svelte", "svelte-ssr", "angular", "alpine", "solid"];

/**
 * Builds app `name` and returns the server mounts that serve it under `prefix` ("/" or
 * "/name/"), its page (`page`: its index.html, with the server's HTML in #app where a server
 * renders it first; to serve at `prefix`), the files its bundle was made from (`bundled`),
 * and `remove()` for the build.
 */
export async function buildHostApp(name, prefix = "/") {
  const { folder, entry, options, vendor, server } = APPS[name];
  const mounts = { [prefix]: join(repoRoot, "examples", folder), [`${prefix}article-cards/`]: join(repoRoot, "dist") };
  const written = await readFile(join(repoRoot, "examples", folder, "index.html"), "utf8");
  const page = server ? written.replace('<div id="app"></div>', `<div id="app">${await renderOnServer(folder, server)}</div>`) : written;
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
 * The HTML a server renders for examples/`folder`'s app (`server.contents`, a module that
 * exports `html`). Its bundle is written under target/, where Node finds the repository's
 * packages.
 */
async function renderOnServer(folder, server) {
  await mkdir(join(repoRoot, "target"), { recursive: true });
  const outdir = await mkdtemp(join(repoRoot, "target", "server-render-"));
  try {
    await build({
      stdin: { contents: server.contents, resolveDir: join(repoRoot, "examples", folder), loader: "jsx" },
      bundle: true,
      platform: "node",
      format: "esm",
      packages: "external",
      outfile: join(outdir, "render.mjs"),
      logLevel: "warning",
      ...server.options,
    });
    return (await import(pathToFileURL(join(outdir, "render.mjs")).href)).html;
  } finally {
    await rm(outdir, { recursive: true, force: true });
  }
}
